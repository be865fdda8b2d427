package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** PEP 263/3120 decoding; expected messages and positions are CPython 3.14's compile(bytes). */
class SourceDecodeTest {

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String decode(String latin1) {
        return Tokenizer.decode(bytes(latin1), "<f>");
    }

    @Test
    void utf8ByDefault() {
        assertEquals("x='\u00e9'\n", decode("x='\u00c3\u00a9'\n"));
    }

    @Test
    void byteOrderMarkIsDropped() {
        assertEquals("x = 1\n", decode("\u00ef\u00bb\u00bfx = 1\n"));
    }

    @Test
    void latin1Cookie() {
        assertEquals("# -*- coding: latin-1 -*-\nx = '\u00e9'\n", decode("# -*- coding: latin-1 -*-\nx = '\u00e9'\n"));
    }

    @Test
    void cookieOnSecondLineAfterComment() {
        assertEquals("#!/usr/bin/python\n# vim: set fileencoding=utf-8 :\nx='\u00e9'\n",
                decode("#!/usr/bin/python\n# vim: set fileencoding=utf-8 :\nx='\u00c3\u00a9'\n"));
    }

    @Test
    void cookieAfterCodeIsIgnored() {
        ParseError e = assertThrows(ParseError.class, () -> decode("x = 1\n# coding: latin-1\ny = '\u00e9'\n"));
        assertEquals("Non-UTF-8 code starting with '\\xe9' on line 3, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(6, e.offset);
        assertEquals(6, e.endOffset);
        assertEquals("y = '\ufffd'", e.text);
    }

    @Test
    void invalidUtf8() {
        ParseError e = assertThrows(ParseError.class, () -> decode("x = '\u00ff'\n"));
        assertEquals("Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(6, e.offset);
    }

    @Test
    void unknownEncoding() {
        ParseError e = assertThrows(ParseError.class, () -> decode("# coding: foobar\nx = 1\n"));
        assertEquals("unknown encoding: foobar", e.msg);
        assertEquals(0, e.lineno);
    }

    @Test
    void bomWithOtherCookie() {
        ParseError e = assertThrows(ParseError.class, () -> decode("\u00ef\u00bb\u00bf# coding: latin-1\nx = 1\n"));
        assertEquals("encoding problem: iso-8859-1 with BOM", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(0, e.offset);
        assertEquals(17, e.endOffset);
    }
}
