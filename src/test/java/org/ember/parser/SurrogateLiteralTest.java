package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * String literals whose escapes put a high surrogate before a low one are two code points, not
 * the astral character a Java String would make of them; the dumps are CPython 3.13's ast.dump.
 */
class SurrogateLiteralTest {

    private static String dump(String source) {
        return AstDump.dump(Parser.parse(source, "<test>", Parser.Mode.EXEC, false));
    }

    private static String constant(String value) {
        return "Module(body=[Expr(value=Constant(value=" + value + "))])";
    }

    @Test
    void escapedPairStaysTwoCodePoints() {
        assertEquals(constant("'\\ud800\\udc00'"), dump("'\\ud800\\udc00'"));
        assertEquals(constant("'\\ud800\\udc00'"), dump("'\\ud800' '\\udc00'"));
        assertEquals(constant("'a\\udc00\\ud800b'"), dump("'a\\udc00\\ud800b'"));
    }

    @Test
    void astralCharactersAreOneCodePoint() {
        assertEquals(constant("'\uD800\uDC00'"), dump("'\\U00010000'"));
        assertEquals(constant("'\uD800\uDC00'"), dump("'\uD800\uDC00'"));
        assertEquals(constant("'\uD83D\uDE00 x'"), dump("'\uD83D\uDE00 x'"));
    }

    @Test
    void fStringPartsAndConcatenation() {
        assertEquals("Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), "
                + "conversion=-1), Constant(value='\\ud800\\udc00')]))])", dump("f'{x}\\ud800\\udc00'"));
        assertEquals("Module(body=[Expr(value=BinOp(left=Constant(value='\\ud83d\\ude00'), op=Add(), "
                + "right=Constant(value='x')))])", dump("'\\ud83d\\ude00' + 'x'"));
    }

    @Test
    void valuesCompareByCodePoints() {
        Object split = SurrogateStr.of(new int[] {0xD800, 0xDC00});
        assertEquals(SurrogateStr.of(new int[] {0xD800, 0xDC00}), split);
        assertEquals("\uD800\uDC00", SurrogateStr.of(new int[] {0x10000}));
        assertEquals(false, split.equals("\uD800\uDC00"));
        assertEquals(split, SurrogateStr.concat("\uD800", "\uDC00"));
    }
}
