package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Deep nesting never overflows the Java stack: CPython 3.13's limits (measured with python3.13:
 * the largest n that still parses) are reproduced, beyond them the "too complex" error.
 */
class ParserDepthTest {

    private static void limit(IntFunction<String> source, int largestAccepted) {
        assertDoesNotThrow(() -> Parser.parse(source.apply(largestAccepted), "<s>", Parser.Mode.EXEC, false));
        ParseError e = assertThrows(ParseError.class,
                () -> Parser.parse(source.apply(largestAccepted + 1), "<s>", Parser.Mode.EXEC, false));
        assertEquals("Parser stack overflowed - Python source too complex to parse", e.msg);
        assertEquals(ParseError.Kind.MemoryError, e.kind);   // as CPython: not a SyntaxError, no position
        assertEquals("MemoryError: Parser stack overflowed - Python source too complex to parse\n",
                SyntaxErrorFormat.format(e));
    }

    @Test void unaryMinus() { limit(n -> "-".repeat(n) + "1", 5968); }
    @Test void not() { limit(n -> "not ".repeat(n) + "1", 5968); }
    @Test void lambdas() { limit(n -> "lambda:".repeat(n) + "1", 2984); }
    @Test void power() { limit(n -> "x" + "**x".repeat(n), 2984); }
    @Test void conditional() { limit(n -> "1 if 1 else ".repeat(n) + "1", 5968); }

    @Test
    void farBeyondTheLimitStillAParseError() {
        assertThrows(ParseError.class, () -> Parser.parse("-".repeat(1_000_000) + "1", "<s>", Parser.Mode.EXEC, false));
    }

    @Test
    void longFlatSourcesAreFine() {
        assertDoesNotThrow(() -> Parser.parse("x" + ".y".repeat(100_000), "<s>", Parser.Mode.EXEC, false));
        assertDoesNotThrow(() -> Parser.parse("x" + "+y".repeat(100_000), "<s>", Parser.Mode.EXEC, false));
        assertDoesNotThrow(() -> Parser.parse("f(x)\n".repeat(100_000), "<s>", Parser.Mode.EXEC, false));
        assertDoesNotThrow(() -> Parser.parse("(" .repeat(199) + ")".repeat(199), "<s>", Parser.Mode.EXEC, false));
    }
}
