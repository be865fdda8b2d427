package org.ember.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * The {@code unicode_escape} and {@code raw_unicode_escape} codecs. Encoding: ASCII bytes with
 * backslash escapes ({@code unicode_escape} escapes everything outside printable ASCII;
 * {@code raw_unicode_escape} writes Latin-1 characters as their byte and only escapes the rest as
 * {@code \\uXXXX}/{@code \\UXXXXXXXX}). Decoding reads the bytes as Latin-1 and undoes the escapes,
 * with CPython's error reasons and ranges for the strict, ignore, replace and backslashreplace
 * handlers.
 */
final class EscapeCodecs {
    private EscapeCodecs() {}

    /** Whether the encoding name is one of these codecs; raw tells which. */
    enum Kind {
        UNICODE_ESCAPE("unicode-escape", "unicodeescape"), RAW_UNICODE_ESCAPE("raw-unicode-escape", "rawunicodeescape");

        final String name;
        final String errorName;

        Kind(String name, String errorName) {
            this.name = name;
            this.errorName = errorName;
        }
    }

    /** The codec for an encoding name (any case, '-', '_' or ' ' between words), or null. */
    static Kind kind(String encoding) {
        return switch (encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_')) {
            case "unicode_escape" -> Kind.UNICODE_ESCAPE;
            case "raw_unicode_escape" -> Kind.RAW_UNICODE_ESCAPE;
            default -> null;
        };
    }

    // ---- encoding (never fails: every code point has an escape) ----

    static byte[] encode(PyStr s, Kind kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0, n = s.length(); i < n; i++) {
            int cp = s.codePointAt(i);
            if (kind == Kind.RAW_UNICODE_ESCAPE) {
                if (cp < 0x100) out.write(cp);
                else writeAscii(out, hexEscape(cp));
                continue;
            }
            switch (cp) {
                case '\\' -> writeAscii(out, "\\\\");
                case '\t' -> writeAscii(out, "\\t");
                case '\n' -> writeAscii(out, "\\n");
                case '\r' -> writeAscii(out, "\\r");
                default -> {
                    if (cp >= 0x20 && cp < 0x7F) out.write(cp);
                    else writeAscii(out, cp < 0x100 ? String.format("\\x%02x", cp) : hexEscape(cp));
                }
            }
        }
        return out.toByteArray();
    }

    private static String hexEscape(int cp) {
        return cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    private static void writeAscii(ByteArrayOutputStream out, String text) {
        for (int i = 0; i < text.length(); i++) out.write(text.charAt(i));
    }

    // ---- decoding (3.14's DeprecationWarning texts for invalid escapes) ----

    static PyStr decode(byte[] in, Kind kind, String errors) {
        Decoder d = new Decoder(in, kind, errors);
        if (kind == Kind.RAW_UNICODE_ESCAPE) d.raw();
        else d.full();
        return PyStr.fromCodePoints(Arrays.copyOf(d.out, d.count));
    }

    private static final class Decoder {
        private final byte[] in;
        private final Kind kind;
        private final String errors;
        private int[] out;
        private int count;

        Decoder(byte[] in, Kind kind, String errors) {
            this.in = in;
            this.kind = kind;
            this.errors = errors;
            this.out = new int[Math.max(16, in.length)];
        }

        private void emit(int cp) {
            if (count == out.length) out = Arrays.copyOf(out, out.length * 2);
            out[count++] = cp;
        }

        private int at(int i) {
            return in[i] & 0xFF;
        }

        /** raw_unicode_escape: only \\u and \\U after an odd run of backslashes are escapes. */
        void raw() {
            int i = 0;
            while (i < in.length) {
                int c = at(i);
                if (c != '\\') { emit(c); i++; continue; }
                int run = i;
                while (run < in.length && at(run) == '\\') run++;
                int backslashes = run - i;
                boolean escape = backslashes % 2 == 1 && run < in.length && (at(run) == 'u' || at(run) == 'U');
                for (int k = 0; k < (escape ? backslashes - 1 : backslashes); k++) emit('\\');
                i = run;
                if (escape) i = hexEscape(run - 1, at(run) == 'u' ? 4 : 8);
            }
        }

        /** unicode_escape: Python's string-literal escapes over Latin-1 text. */
        void full() {
            int i = 0;
            while (i < in.length) {
                int c = at(i);
                if (c != '\\') { emit(c); i++; continue; }
                if (i + 1 >= in.length) {
                    i = error(i, in.length, "\\ at end of string");
                    continue;
                }
                int e = at(i + 1);
                switch (e) {
                    case '\n' -> i += 2;
                    case '\\', '\'', '"' -> { emit(e); i += 2; }
                    case 'a' -> { emit(7); i += 2; }
                    case 'b' -> { emit(8); i += 2; }
                    case 'f' -> { emit(12); i += 2; }
                    case 'n' -> { emit('\n'); i += 2; }
                    case 'r' -> { emit('\r'); i += 2; }
                    case 't' -> { emit('\t'); i += 2; }
                    case 'v' -> { emit(11); i += 2; }
                    case 'x' -> i = hexEscape(i, 2);
                    case 'u' -> i = hexEscape(i, 4);
                    case 'U' -> i = hexEscape(i, 8);
                    case 'N' -> i = namedEscape(i);
                    default -> {
                        if (e >= '0' && e <= '7') {
                            i = octalEscape(i);
                        } else {
                            invalidEscapeWarning(e);
                            emit('\\');
                            emit(e);
                            i += 2;
                        }
                    }
                }
            }
        }

        private int octalEscape(int start) {
            int i = start + 1, value = 0, digits = 0;
            while (i < in.length && digits < 3 && at(i) >= '0' && at(i) <= '7') {
                value = value * 8 + at(i++) - '0';
                digits++;
            }
            if (value > 0377) {
                org.ember.modules.Warnings.warn(ThreadState.current(), Exceptions.DeprecationWarning,
                        String.format("\"\\%o\" is an invalid octal escape sequence. Such sequences will not work in the future. ", value), 1);
            }
            emit(value);
            return i;
        }

        private void invalidEscapeWarning(int e) {
            org.ember.modules.Warnings.warn(ThreadState.current(), Exceptions.DeprecationWarning, String.format(
                    "\"\\%c\" is an invalid escape sequence. Such sequences will not work in the future. ", (char) e), 1);
        }

        /** \\xXX, \\uXXXX or \\UXXXXXXXX starting at the backslash; the index after it. */
        private int hexEscape(int start, int digits) {
            int i = start + 2, value = 0;
            for (int k = 0; k < digits; k++, i++) {
                int v = i < in.length ? Character.digit(at(i), 16) : -1;
                if (v < 0) {
                    String what = digits == 2 ? "\\xXX" : digits == 4 ? "\\uXXXX" : "\\UXXXXXXXX";
                    return error(start, i, "truncated " + what + " escape");
                }
                value = value * 16 + v;
            }
            if (value > 0x10FFFF) {
                return error(start, i, kind == Kind.RAW_UNICODE_ESCAPE ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
            }
            emit(value);
            return i;
        }

        /** \\N{NAME}. */
        private int namedEscape(int start) {
            int open = start + 2;
            if (open >= in.length || at(open) != '{') return error(start, Math.min(open, in.length), "malformed \\N character escape");
            int close = open + 1;
            while (close < in.length && at(close) != '}') close++;
            if (close >= in.length || close == open + 1) {
                return error(start, Math.min(close, in.length), "malformed \\N character escape");
            }
            String name = new String(in, open + 1, close - open - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
            int cp;
            try {
                cp = Character.codePointOf(name);
            } catch (IllegalArgumentException e) {
                return error(start, close + 1, "unknown Unicode character name");
            }
            emit(cp);
            return close + 1;
        }

        /** Applies the error handler to in[start:end]; returns where decoding goes on. */
        private int error(int start, int end, String reason) {
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> emit(0xFFFD);
                case "backslashreplace" -> {
                    for (int i = start; i < end; i++) for (char ch : String.format("\\x%02x", at(i)).toCharArray()) emit(ch);
                }
                default -> throw UnicodeErrors.decodeError(kind.errorName, in, start, end, reason);
            }
            return end;
        }
    }
}
