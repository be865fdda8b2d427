package org.ember.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * The UTF-7 codec (RFC 2152) as CPython runs it: characters outside the directly encoded ASCII
 * set go as base64 of their UTF-16 units between '+' and an optional '-'. Encoding never fails
 * (lone surrogates are encoded as units); decoding reports errors under the codec name "utf7"
 * and, when not final, stops before an unfinished shift sequence so an incremental decoder can
 * resume there.
 */
public final class Utf7 {
    private Utf7() {}

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** The ASCII characters the encoder writes as themselves (all printable ones but '+', '\\', '~'; tab, LF, CR). */
    private static boolean encodeDirect(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') return true;
        return cp >= ' ' && cp < 0x7F && cp != '+' && cp != '\\' && cp != '~';
    }

    /** Any ASCII byte but '+' stands for itself outside a shift sequence. */
    private static boolean decodeDirect(int b) {
        return b <= 0x7F && b != '+';
    }

    private static int fromBase64(int b) {
        if (b >= 'A' && b <= 'Z') return b - 'A';
        if (b >= 'a' && b <= 'z') return b - 'a' + 26;
        if (b >= '0' && b <= '9') return b - '0' + 52;
        if (b == '+') return 62;
        if (b == '/') return 63;
        return -1;
    }

    private static boolean isBase64(int b) {
        return fromBase64(b) >= 0;
    }

    /** Whether an encoding name (any spelling codecs.lookup accepts) means UTF-7. */
    public static boolean isName(String encoding) {
        String key = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (key) {
            case "utf_7", "utf7", "u7", "unicode_1_1_utf_7", "csunicode11utf7" -> true;
            default -> false;
        };
    }

    // ---- encoding ----

    /** str.encode('utf-7'): the whole text, ending any open shift sequence with '-'. */
    public static byte[] encode(PyStr s) {
        Encoder e = new Encoder();
        int n = s.length();
        for (int i = 0; i < n; i++) e.put(s.codePointAt(i));
        e.finish();
        return e.out.toByteArray();
    }

    /** The encoder's state: whether a shift sequence is open and the bits not yet written. */
    private static final class Encoder {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean inShift;
        int bits;
        long buffer;

        void put(int cp) {
            if (inShift && encodeDirect(cp)) {
                flushBits();
                inShift = false;
                // a character that could be read as base64 (or '-') needs the explicit terminator
                if (isBase64(cp) || cp == '-') out.write('-');
                out.write(cp);
                return;
            }
            if (!inShift) {
                if (cp == '+') {
                    out.write('+');
                    out.write('-');
                    return;
                }
                if (encodeDirect(cp)) {
                    out.write(cp);
                    return;
                }
                out.write('+');
                inShift = true;
            }
            if (cp >= 0x10000) {
                unit(0xD800 + ((cp - 0x10000) >> 10));
                cp = 0xDC00 + ((cp - 0x10000) & 0x3FF);
            }
            unit(cp);
        }

        /** Adds a 16-bit unit to the base64 stream, writing every complete digit. */
        private void unit(int unit) {
            buffer = (buffer << 16) | unit;
            bits += 16;
            while (bits >= 6) {
                out.write(BASE64.charAt((int) (buffer >> (bits - 6)) & 0x3F));
                bits -= 6;
            }
            buffer &= (1L << bits) - 1;
        }

        /** Writes the leftover bits as one last digit padded with zero bits. */
        private void flushBits() {
            if (bits > 0) out.write(BASE64.charAt((int) (buffer << (6 - bits)) & 0x3F));
            bits = 0;
            buffer = 0;
        }

        void finish() {
            flushBits();
            if (inShift) out.write('-');
        }
    }

    // ---- decoding ----

    /** A decoding's text and how many bytes it consumed (fewer than given when not final). */
    public record Decoded(PyStr text, int consumed) {}

    /** bytes.decode('utf-7', errors): everything, final. */
    public static PyStr decode(byte[] in, String errors) {
        return decode(in, errors, true).text();
    }

    /** codecs.utf_7_decode(data, errors, final). */
    public static Decoded decode(byte[] in, String errors, boolean last) {
        return new Decoder(in, errors).run(last);
    }

    /** One decoding run over the input, CPython's state machine. */
    private static final class Decoder {
        private final byte[] in;
        private final String errors;
        private int[] out;
        private int count;

        private boolean inShift;
        private int bits;
        private long buffer;
        private int surrogate;       // a high surrogate waiting for its low half, else 0
        private int shiftStart;      // where the '+' of the latest shift sequence (or latest error) is
        private int shiftOutStart;   // the output length when the shift sequence began

        Decoder(byte[] in, String errors) {
            this.in = in;
            this.errors = errors;
            this.out = new int[Math.max(16, in.length)];
        }

        private void emit(int cp) {
            if (count == out.length) out = Arrays.copyOf(out, out.length * 2);
            out[count++] = cp;
        }

        Decoded run(boolean last) {
            int n = in.length;
            int s = 0;
            while (true) {
                while (s < n) s = step(s);
                if (!inShift || !last) break;
                // the input ended inside a shift sequence: only complete, zero-padded data may end it
                inShift = false;
                if (surrogate == 0 && bits < 6 && (bits == 0 || buffer == 0)) break;
                s = error(shiftStart, n, "unterminated shift sequence");
                if (s >= n) break;
            }
            if (inShift) {
                // not final: leave the unfinished shift sequence for the next call
                return new Decoded(PyStr.fromCodePoints(Arrays.copyOf(out, shiftOutStart)), shiftStart);
            }
            return new Decoded(PyStr.fromCodePoints(Arrays.copyOf(out, count)), s);
        }

        /** Decodes what starts at byte s; returns the next position. */
        private int step(int s) {
            int b = in[s] & 0xFF;
            if (inShift) return isBase64(b) ? base64Digit(s, b) : leaveShift(s, b);
            if (b == '+') {
                shiftStart = s;
                s++;
                if (s < in.length && in[s] == '-') {
                    emit('+');
                    return s + 1;
                }
                if (s < in.length && !isBase64(in[s] & 0xFF)) {
                    return error(shiftStart, s + 1, "ill-formed sequence");
                }
                inShift = true;
                surrogate = 0;
                shiftOutStart = count;
                bits = 0;
                buffer = 0;
                return s;
            }
            if (decodeDirect(b)) {
                emit(b);
                return s + 1;
            }
            shiftStart = s;
            return error(s, s + 1, "unexpected special character");
        }

        private int base64Digit(int s, int b) {
            buffer = (buffer << 6) | fromBase64(b);
            bits += 6;
            if (bits >= 16) {
                int unit = (int) (buffer >> (bits - 16)) & 0xFFFF;
                bits -= 16;
                buffer &= (1L << bits) - 1;
                unit(unit);
            }
            return s + 1;
        }

        /** A complete UTF-16 unit of a shift sequence: pairs surrogates, keeps lone ones. */
        private void unit(int unit) {
            if (surrogate != 0) {
                if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    emit(0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00));
                    surrogate = 0;
                    return;
                }
                emit(surrogate);
                surrogate = 0;
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) surrogate = unit;
            else emit(unit);
        }

        /** A non-base64 byte ends the shift sequence; a '-' there is absorbed. */
        private int leaveShift(int s, int b) {
            inShift = false;
            if (bits >= 6) return error(shiftStart, s + 1, "partial character in shift sequence");
            if (bits > 0 && buffer != 0) return error(shiftStart, s + 1, "non-zero padding bits in shift sequence");
            if (surrogate != 0 && decodeDirect(b)) emit(surrogate);
            surrogate = 0;
            return b == '-' ? s + 1 : s;
        }

        /** Applies the error handler to bytes [start, end); returns where decoding resumes. */
        private int error(int start, int end, String reason) {
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> emit(0xFFFD);
                case "backslashreplace" -> {
                    for (int i = start; i < end; i++) {
                        for (char c : String.format("\\x%02x", in[i] & 0xFF).toCharArray()) emit(c);
                    }
                }
                case "surrogateescape" -> {
                    // escapes up to four leading bytes >= 0x80 of the range and resumes after them
                    int i = start;
                    while (i < end && i - start < 4 && (in[i] & 0xFF) >= 0x80) emit(0xDC00 + (in[i++] & 0xFF));
                    if (i == start) throw fail(start, end, reason);
                    return i;
                }
                case "strict", "surrogatepass" -> throw fail(start, end, reason);
                case "xmlcharrefreplace", "namereplace" ->
                    throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
                default -> throw Errors.of(Exceptions.LookupError, "unknown error handler name '%s'", errors);
            }
            return end;
        }

        private PyException fail(int start, int end, String reason) {
            return UnicodeErrors.decodeError("utf7", in, start, end, reason);
        }
    }
}
