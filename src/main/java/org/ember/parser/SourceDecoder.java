package org.ember.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * PEP 263 / PEP 3120 source decoding: UTF-8 by default, a UTF-8 byte order mark, or a coding
 * cookie ({@code # -*- coding: latin-1 -*-}) on line 1 or 2.
 */
final class SourceDecoder {
    private SourceDecoder() {}

    static String decode(byte[] source, String filename) {
        int offset = 0;
        boolean bom = source.length >= 3 && (source[0] & 0xFF) == 0xEF && (source[1] & 0xFF) == 0xBB
                && (source[2] & 0xFF) == 0xBF;
        if (bom) {
            offset = 3;
        }
        String cookie = findCookie(source, offset);
        Charset charset = StandardCharsets.UTF_8;
        if (cookie != null) {
            String normal = normalName(cookie);
            if (bom && !normal.equals("utf-8")) {
                String line = cookieLine(source, offset);
                throw new ParseError(ParseError.Kind.SyntaxError,
                        "encoding problem: " + normal + " with BOM", filename, 1, 0, 1,
                        line.length(), line);
            }
            charset = lookup(normal, cookie, filename);
        }
        if (isAscii(source, offset) && asciiCompatible(charset)) {
            // Most sources are pure ASCII: one copy into a Latin-1 String, without the decoder's
            // CharBuffer and the compression of its chars back into bytes.
            return new String(source, offset, source.length - offset, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(source, offset, source.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return decodeError(source, offset, charset, filename);
        }
    }

    private static boolean isAscii(byte[] source, int offset) {
        for (int i = offset; i < source.length; i++) {
            if (source[i] < 0) return false;
        }
        return true;
    }

    /** Charsets that decode every byte below 0x80 as the same ASCII character (the usual cookies). */
    private static boolean asciiCompatible(Charset charset) {
        return charset == StandardCharsets.UTF_8 || charset == StandardCharsets.ISO_8859_1
                || charset == StandardCharsets.US_ASCII;
    }

    /**
     * Reports the first undecodable byte as CPython 3.14 does: "Non-UTF-8 code starting with
     * '\xff' on line N, but no encoding declared; ...", positioned at that byte in its line.
     */
    private static String decodeError(byte[] source, int offset, Charset charset, String filename) {
        int bad = firstUndecodable(source, offset, charset);
        int line = 1;
        int lineStart = offset;
        for (int i = offset; i < bad; i++) {
            if (source[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = bad;
        while (lineEnd < source.length && source[lineEnd] != '\n' && source[lineEnd] != '\r') {
            lineEnd++;
        }
        String before = new String(source, lineStart, bad - lineStart, charset);
        String text = new String(source, lineStart, lineEnd - lineStart, charset);
        int column = before.codePointCount(0, before.length()) + 1;
        String msg = charset == StandardCharsets.UTF_8
                ? String.format("Non-UTF-8 code starting with '\\x%02x' on line %d, but no encoding "
                        + "declared; see https://peps.python.org/pep-0263/ for details", source[bad] & 0xFF, line)
                : String.format("(unicode error) '%s' codec can't decode byte 0x%02x in position %d",
                        charset.name().toLowerCase(), source[bad] & 0xFF, bad - offset);
        throw new ParseError(ParseError.Kind.SyntaxError, msg, filename, line, column, line, column, text);
    }

    private static int firstUndecodable(byte[] source, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(source, offset, source.length - offset);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(source.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), source.length - 1);
    }

    private static ParseError error(String msg, String filename, int line) {
        return new ParseError(ParseError.Kind.SyntaxError, msg, filename, line, -1, -1, -1, null);
    }

    /** The first line after the BOM, as text (for the BOM/cookie conflict message). */
    private static String cookieLine(byte[] source, int offset) {
        int end = offset;
        while (end < source.length && source[end] != '\n' && source[end] != '\r') {
            end++;
        }
        return new String(source, offset, end - offset, StandardCharsets.ISO_8859_1);
    }

    /** The coding cookie of line 1, or of line 2 when line 1 is blank or a comment. */
    private static String findCookie(byte[] source, int offset) {
        int lineStart = offset;
        for (int line = 1; line <= 2 && lineStart < source.length; line++) {
            int end = lineStart;
            while (end < source.length && source[end] != '\n' && source[end] != '\r') {
                end++;
            }
            String text = new String(source, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            String cookie = cookieOf(text);
            if (cookie != null) {
                return cookie;
            }
            String stripped = text.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return null;
            }
            lineStart = end;
            if (lineStart < source.length && source[lineStart] == '\r') {
                lineStart++;
            }
            if (lineStart < source.length && source[lineStart] == '\n') {
                lineStart++;
            }
        }
        return null;
    }

    /** Matches {@code ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)}. */
    private static String cookieOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '#') {
            return null;
        }
        int at = line.indexOf("coding", i);
        while (at >= 0) {
            int j = at + 6;
            if (j < line.length() && (line.charAt(j) == ':' || line.charAt(j) == '=')) {
                j++;
                while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                    j++;
                }
                int start = j;
                while (j < line.length() && isNameChar(line.charAt(j))) {
                    j++;
                }
                if (j > start) {
                    return line.substring(start, j);
                }
            }
            at = line.indexOf("coding", at + 1);
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        return c == '-' || c == '_' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z');
    }

    /** CPython's get_normal_name: the utf-8 and latin-1 spellings it recognizes itself. */
    private static String normalName(String name) {
        String lower = name.toLowerCase().replace('_', '-');
        if (lower.equals("utf-8") || lower.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (lower.equals("latin-1") || lower.equals("iso-8859-1") || lower.equals("iso-latin-1")
                || lower.startsWith("latin-1-") || lower.startsWith("iso-8859-1-")
                || lower.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return name;
    }

    private static Charset lookup(String normal, String cookie, String filename) {
        try {
            return Charset.forName(normal.equals("utf-8") ? "UTF-8" : normal);
        } catch (IllegalArgumentException e) {
            throw error("unknown encoding: " + cookie, filename, 0);   // CPython says line 0
        }
    }
}
