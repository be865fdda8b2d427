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

    @Test
    void lineTextForErrorMessages() {
        Tokenizer tokenizer = new Tokenizer("a = 1\r\nb = 2\nc", "<test>", false);
        assertEquals("a = 1\n", tokenizer.lineText(1));
        assertEquals("b = 2\n", tokenizer.lineText(2));
        assertEquals("c\n", tokenizer.lineText(3));
        assertEquals(null, tokenizer.lineText(4));
        assertEquals(null, tokenizer.lineText(0));
    }

    @Test
    void cursorPositionForColumnlessTokens() {
        Tokenizer tokenizer = new Tokenizer("if x:\n  y\n", "<test>", false);
        Token t;
        do {
            t = tokenizer.next();
        } while (t.type() != TokenType.INDENT);
        assertEquals(-1, t.colOffset());
        assertEquals(2, tokenizer.currentLineno());
        assertEquals(2, tokenizer.currentColumn());
    }

    @Test
    void byteColumnsOnNonAsciiLines() {
        Tokenizer tokenizer = new Tokenizer("\u00e9 = '\ud83d\ude00' + z\n", "<test>", false);
        assertEquals("NAME \u00e9 1:0-1:2", tokenizer.next().toString());
        assertEquals("EQUAL = 1:3-1:4", tokenizer.next().toString());
        assertEquals("STRING '\ud83d\ude00' 1:5-1:11", tokenizer.next().toString());
        assertEquals("PLUS + 1:12-1:13", tokenizer.next().toString());
    }

    @Test
    void failedTokenizerStaysFailed() {
        Tokenizer tokenizer = new Tokenizer("x = 'abc\ny = 1\n", "<test>", false);
        assertEquals(TokenType.NAME, tokenizer.next().type());
        assertEquals(TokenType.EQUAL, tokenizer.next().type());
        ParseError first = assertThrows(ParseError.class, tokenizer::next);
        ParseError again = assertThrows(ParseError.class, tokenizer::next);
        assertEquals(first, again);
    }

    @Test
    void warningsAreCollected() {
        Tokenizer tokenizer = new Tokenizer("x = 1if y else 2\n", "<test>", false);
        while (tokenizer.next().type() != TokenType.ENDMARKER) {
            // read all
        }
        assertEquals(1, tokenizer.warnings().size());
        assertEquals("invalid decimal literal", tokenizer.warnings().get(0).message());
        assertEquals(5, tokenizer.warnings().get(0).asError().offset);
    }
}
