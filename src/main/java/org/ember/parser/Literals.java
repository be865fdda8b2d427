package org.ember.parser;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Decoding of literal tokens into AST constant values: numbers, strings, bytes and the literal
 * parts of f-strings / t-strings. Errors are reported through {@link Failure}, which the parser
 * turns into a positioned {@link ParseError}.
 */
final class Literals {
    private Literals() {}

    /** A decoding error: message plus the char range inside the decoded body it concerns. */
    static final class Failure extends RuntimeException {
        final String msg;
        Failure(String msg) {
            super(msg, null, false, false);
            this.msg = msg;
        }
    }

    // ---- numbers ---------------------------------------------------------------------------------

    /** The constant value of a NUMBER token: Long/BigInteger, Double or Ast.Imaginary. */
    static Object number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Ast.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char radixChar = Character.toLowerCase(s.charAt(1));
            int radix = radixChar == 'x' ? 16 : radixChar == 'o' ? 8 : radixChar == 'b' ? 2 : 0;
            if (radix != 0) {
                return integer(s.substring(2), radix);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        return Ast.intValue(new BigInteger(digits, radix));
    }

    /** True when the NUMBER token is an imaginary literal. */
    static boolean isImaginary(String text) {
        char last = text.charAt(text.length() - 1);
        return last == 'j' || last == 'J';
    }

    // ---- string prefixes -------------------------------------------------------------------------

    /** The parts of a STRING token: prefix flags and the body between the quotes. */
    record StringParts(boolean raw, boolean bytes, boolean unicodeKind, String body) {}

    static StringParts split(String token) {
        int i = 0;
        boolean raw = false, bytes = false, u = false;
        while (i < token.length()) {
            char c = token.charAt(i);
            if (c == '\'' || c == '"') break;
            switch (Character.toLowerCase(c)) {
                case 'r' -> raw = true;
                case 'b' -> bytes = true;
                case 'u' -> u = true;
                default -> { }
            }
            i++;
        }
        char quote = token.charAt(i);
        int quoteLen = token.length() - i >= 6 && token.charAt(i + 1) == quote && token.charAt(i + 2) == quote ? 3 : 1;
        String body = token.substring(i + quoteLen, token.length() - quoteLen);
        return new StringParts(raw, bytes, u, body);
    }

    /** The prefix of an FSTRING_START/TSTRING_START token says whether the string is raw. */
    static boolean isRawPrefix(String startToken) {
        for (int i = 0; i < startToken.length(); i++) {
            char c = startToken.charAt(i);
            if (c == 'r' || c == 'R') return true;
            if (c == '\'' || c == '"') return false;
        }
        return false;
    }

    // ---- str ------------------------------------------------------------------------------------

    /** Decodes the escapes of a (non-raw) str literal body. */
    static String decodeStr(String body) {
        return decodeStrValue(body).toString();
    }

    /**
     * Decodes the escapes of a (non-raw) str literal body into a str constant value: a String,
     * or a {@link SurrogateStr} when escapes put a high surrogate before a low one.
     */
    static Object decodeStrValue(String body) {
        int bs = body.indexOf('\\');
        if (bs < 0) return body;
        CodePointBuilder out = new CodePointBuilder(body.length());
        out.append(body, 0, bs);
        int i = bs;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                // A lone trailing backslash (only possible in f-string parts): kept as is.
                out.append('\\');
                break;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\r' -> { if (i < n && body.charAt(i) == '\n') i++; }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++, i++) {
                        value = value * 8 + (body.charAt(i) - '0');
                    }
                    out.appendCodePoint(value);
                }
                case 'x' -> { out.appendCodePoint(hex(body, i, 2, "truncated \\xXX escape", i - 2)); i += 2; }
                case 'u' -> { out.appendCodePoint(hex(body, i, 4, "truncated \\uXXXX escape", i - 2)); i += 4; }
                case 'U' -> {
                    int cp = hex(body, i, 8, "truncated \\UXXXXXXXX escape", i - 2);
                    if (cp < 0 || cp > 0x10FFFF) {
                        throw unicodeError(i - 2, i + 7, "illegal Unicode character");
                    }
                    out.appendCodePoint(cp);
                    i += 8;
                }
                case 'N' -> i = namedEscape(body, i, out);
                default -> out.append('\\').append(e);   // invalid escape: kept (CPython warns)
            }
        }
        return out.value();
    }

    private static int hex(String body, int at, int digits, String what, int escapeStart) {
        int value = 0;
        for (int k = 0; k < digits; k++) {
            int d = at + k < body.length() ? Character.digit(body.charAt(at + k), 16) : -1;
            if (d < 0) {
                throw unicodeError(escapeStart, at + k - 1, what);
            }
            value = value * 16 + d;
        }
        return value;
    }

    /** Collects decoded code points; surrogates from separate escapes stay separate. */
    static final class CodePointBuilder {
        private int[] cps;
        private int n;

        CodePointBuilder(int capacity) {
            cps = new int[Math.max(capacity, 4)];
        }

        /** True when the last code point is a high surrogate that came from source text (not an escape). */
        private boolean lastIsSourceHigh;

        /** A char of source text: a surrogate pair written literally in the source is one code point. */
        CodePointBuilder append(char c) {
            if (lastIsSourceHigh && Character.isLowSurrogate(c)) {
                cps[n - 1] = Character.toCodePoint((char) cps[n - 1], c);
                lastIsSourceHigh = false;
                return this;
            }
            appendCodePoint(c);
            lastIsSourceHigh = Character.isHighSurrogate(c);
            return this;
        }

        CodePointBuilder append(String s) {
            s.codePoints().forEach(this::appendCodePoint);
            return this;
        }

        CodePointBuilder append(String s, int from, int to) {
            return append(s.substring(from, to));
        }

        CodePointBuilder appendCodePoint(int cp) {
            if (n == cps.length) cps = java.util.Arrays.copyOf(cps, n * 2);
            cps[n++] = cp;
            lastIsSourceHigh = false;
            return this;
        }

        Object value() {
            return SurrogateStr.of(java.util.Arrays.copyOf(cps, n));
        }
    }

    private static int namedEscape(String body, int at, CodePointBuilder out) {
        int escapeStart = at - 2;
        if (at >= body.length() || body.charAt(at) != '{') {
            throw unicodeError(escapeStart, at - 1, "malformed \\N character escape");
        }
        int close = body.indexOf('}', at);
        if (close < 0 || close == at + 1) {
            throw unicodeError(escapeStart, close < 0 ? body.length() - 1 : close, "malformed \\N character escape");
        }
        String name = body.substring(at + 1, close);
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw unicodeError(escapeStart, close, "unknown Unicode character name");
        }
        out.appendCodePoint(cp);
        return close + 1;
    }

    /** CPython's "(unicode error) 'unicodeescape' codec can't decode bytes ..." message. */
    private static Failure unicodeError(int start, int end, String reason) {
        String where = end > start ? "bytes in position " + start + "-" + end : "byte 0x5c in position " + start;
        return new Failure("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason);
    }

    // ---- bytes ----------------------------------------------------------------------------------

    /** Decodes a bytes literal body (raw or not); non-ASCII characters are an error. */
    static byte[] decodeBytes(String body, boolean raw) {
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 0x80) {
                throw new Failure("bytes can only contain ASCII literal characters");
            }
        }
        if (raw || body.indexOf('\\') < 0) {
            return body.getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\r' -> { if (i < n && body.charAt(i) == '\n') i++; }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++, i++) {
                        value = value * 8 + (body.charAt(i) - '0');
                    }
                    out.write(value & 0xFF);
                }
                case 'x' -> {
                    int d1 = i < n ? Character.digit(body.charAt(i), 16) : -1;
                    int d2 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new Failure("(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> { out.write('\\'); out.write(e); }
            }
        }
        return out.toByteArray();
    }

    // ---- invalid escapes (SyntaxWarning) ----------------------------------------------------

    /** The first invalid escape of a literal: its text ("\\d", "\\400"), whether octal, its offset in the body. */
    record InvalidEscape(String text, boolean octal, int offset) {}

    /**
     * The first escape CPython warns about in a non-raw literal body: an unknown escape letter
     * ({@code \\N}, {@code \\u}, {@code \\U} are unknown in bytes) or an octal escape above 0o377;
     * null when there is none. Malformed escapes are errors found by the decoder, not here.
     */
    static InvalidEscape firstInvalidEscape(String body, boolean bytes) {
        int n = body.length();
        for (int i = 0; i + 1 < n; i++) {
            if (body.charAt(i) != '\\') continue;
            int e = body.codePointAt(i + 1);
            if (e >= '0' && e <= '7') {
                int end = i + 2;
                int value = e - '0';
                while (end < n && end < i + 4 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                    value = value * 8 + (body.charAt(end++) - '0');
                }
                if (value > 0377) return new InvalidEscape(body.substring(i, end), true, i);
                i = end - 1;
            } else if ("\n\r\\'\"abfnrtvx".indexOf(e) >= 0 || (!bytes && "NuU".indexOf(e) >= 0)) {
                i++;
            } else {
                return new InvalidEscape("\\" + Character.toString(e), false, i);
            }
        }
        return null;
    }

    // ---- f-string / t-string literal parts ---------------------------------------------------

    /**
     * Decodes the raw source text of an FSTRING_MIDDLE token: doubled braces become single ones
     * and, unless the string is raw, escapes are processed.
     */
    static Object decodeFStringPart(String raw, boolean isRaw) {
        String text = raw;
        if (text.indexOf("{{") >= 0 || text.indexOf("}}") >= 0) {
            StringBuilder sb = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                sb.append(c);
                if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                    i++;
                }
            }
            text = sb.toString();
        }
        return isRaw ? text : decodeStrValue(text);
    }
}
