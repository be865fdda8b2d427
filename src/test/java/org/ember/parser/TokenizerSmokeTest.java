package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quick hand-written checks; the recorded corpus (TokenizerTest) is the thorough one. */
class TokenizerSmokeTest {

    private static List<String> types(String src) {
        Tokenizer tokenizer = new Tokenizer(src, "<test>", false);
        List<String> out = new ArrayList<>();
        for (;;) {
            Token t = tokenizer.next();
            out.add(t.type() + (t.type().operator == null && !t.text().isBlank() ? ":" + t.text() : ""));
            if (t.type() == TokenType.ENDMARKER) {
                return out;
            }
        }
    }

    @Test
    void indentationAndNewlines() {
        assertEquals(List.of("NAME:if", "NAME:x", "COLON", "NEWLINE", "INDENT", "NAME:y", "NEWLINE",
                "DEDENT", "ENDMARKER"), types("if x:\n  # c\n\n  y\n"));
    }

    @Test
    void implicitNewlineAtEnd() {
        assertEquals(List.of("NAME:x", "NEWLINE", "ENDMARKER"), types("x"));
    }

    @Test
    void endmarkerRepeats() {
        Tokenizer tokenizer = new Tokenizer("", "<test>", false);
        assertEquals(TokenType.ENDMARKER, tokenizer.next().type());
        assertEquals(TokenType.ENDMARKER, tokenizer.next().type());
    }

    @Test
    void badNumberRaisesCPythonError() {
        ParseError e = assertThrows(ParseError.class, () -> types("x = 0x\n"));
        assertEquals("invalid hexadecimal literal", e.msg);
        assertEquals(6, e.offset);
    }
}
