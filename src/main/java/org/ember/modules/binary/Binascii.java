package org.ember.modules.binary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * {@code binascii}: hex, base64, quoted-printable and uuencode conversions and the CRCs, with
 * CPython's argument rules (decoders also take ASCII str, encoders only bytes-likes) and messages.
 */
public final class Binascii {
    private Binascii() {}

    public static final PyType ERROR = Defs.exceptionType("binascii", "Error", Exceptions.ValueError);
    public static final PyType INCOMPLETE = Defs.exceptionType("binascii", "Incomplete", Exceptions.Exception);

    private static final byte[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .getBytes(StandardCharsets.US_ASCII);
    private static final int[] B64_VALUE = new int[256];
    static {
        java.util.Arrays.fill(B64_VALUE, -1);
        for (int i = 0; i < 64; i++) B64_VALUE[B64[i]] = i;
    }
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final int QP_MAX_LINE = 76;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("binascii");
        Defs.set(m, "__doc__", new PyStr("Conversion between binary data and ASCII"));
        Defs.set(m, "Error", ERROR);
        Defs.set(m, "Incomplete", INCOMPLETE);
        for (String name : new String[] {"hexlify", "b2a_hex"}) {
            Defs.def(m, ArgSpec.keywords(name, 0, 1, 3, "data", "sep", "bytes_per_sep"),
                    (self, a) -> Defs.bytes(hexlify(Defs.bytesLike(a[0]), a[1], a[2] == null ? 1 : Defs.intArg(a[2]))));
        }
        for (String name : new String[] {"unhexlify", "a2b_hex"}) {
            Defs.def(m, ArgSpec.one(name), (self, a) -> Defs.bytes(unhexlify(asciiData(a[0]))));
        }
        Defs.def(m, ArgSpec.keywords("b2a_base64", 1, 1, 1, "data", "newline"),
                (self, a) -> Defs.bytes(b2aBase64(Defs.bytesLike(a[0]), a[1] == null || Abstract.isTrue(a[1]))));
        Defs.def(m, ArgSpec.keywords("a2b_base64", 1, 1, 1, "data", "strict_mode"),
                (self, a) -> Defs.bytes(a2bBase64(asciiData(a[0]), a[1] != null && Abstract.isTrue(a[1]))));
        Defs.def(m, ArgSpec.keywords("b2a_qp", 0, 1, 4, "data", "quotetabs", "istext", "header"),
                (self, a) -> Defs.bytes(b2aQp(Defs.bytesLike(a[0]), flag(a[1], false), flag(a[2], true), flag(a[3], false))));
        Defs.def(m, ArgSpec.keywords("a2b_qp", 0, 1, 2, "data", "header"),
                (self, a) -> Defs.bytes(a2bQp(asciiData(a[0]), flag(a[1], false))));
        Defs.def(m, ArgSpec.keywords("b2a_uu", 1, 1, 1, "data", "backtick"),
                (self, a) -> Defs.bytes(b2aUu(Defs.bytesLike(a[0]), flag(a[1], false))));
        Defs.def(m, ArgSpec.one("a2b_uu"), (self, a) -> Defs.bytes(a2bUu(asciiData(a[0]))));
        Defs.def(m, ArgSpec.positional("crc32", 1, 2),
                (self, a) -> PyInt.of(Checksums.crc32(Defs.bytesLike(a[0]), a[1] == null ? 0 : maskedInt(a[1]))));
        Defs.def(m, ArgSpec.positional("crc_hqx", 2, 2),
                (self, a) -> PyInt.of(crcHqx(Defs.bytesLike(a[0]), (int) (maskedInt(a[1]) & 0xFFFF))));
        return m;
    }

    private static boolean flag(Object o, boolean dflt) {
        return o == null ? dflt : Abstract.isTrue(o);
    }

    /** An int argument reduced modulo 2**32 (CPython's unsigned-int-with-mask conversion). */
    static long maskedInt(Object o) {
        return Abstract.index(o).bigValue().longValue() & 0xFFFFFFFFL;
    }

    /** The data of a decoder argument: a bytes-like object or an ASCII-only str. */
    static byte[] asciiData(Object o) {
        Object b = Abstract.builtinPart(o);
        if (b instanceof PyStr s) {
            String text = s.value();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) > 127) throw Errors.valueError("string argument should contain only ASCII characters");
            }
            return text.getBytes(StandardCharsets.US_ASCII);
        }
        byte[] data = PyBuffer.bytesOf(o);
        if (data == null) throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '%s'", Abstract.typeName(o));
        return data;
    }

    // ---- hex ----

    static byte[] hexlify(byte[] data, Object sepArg, int bytesPerSep) {
        byte[] hex = new byte[data.length * 2];
        byte[] digits = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < data.length; i++) {
            hex[2 * i] = digits[(data[i] >> 4) & 15];
            hex[2 * i + 1] = digits[data[i] & 15];
        }
        if (sepArg == null || data.length == 0) return hex;
        int sep = separator(sepArg);
        if (bytesPerSep == 0) return hex;
        int group = Math.abs(bytesPerSep);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a positive count groups from the right, a negative one from the left
        int first = bytesPerSep > 0 ? (data.length % group == 0 ? group : data.length % group) : group;
        for (int i = 0; i < data.length; i++) {
            if (i > 0 && (i - first) % group == 0 && i >= first) out.write(sep);
            out.write(hex[2 * i]);
            out.write(hex[2 * i + 1]);
        }
        return out.toByteArray();
    }

    private static int separator(Object sepArg) {
        Object b = Abstract.builtinPart(sepArg);
        if (b instanceof PyStr s) {
            if (s.value().codePointCount(0, s.value().length()) != 1) throw Errors.valueError("sep must be length 1.");
            int c = s.value().codePointAt(0);
            if (c > 127) throw Errors.valueError("sep must be ASCII.");
            return c;
        }
        byte[] bytes = PyBuffer.bytesOf(b);
        if (bytes == null) throw Errors.typeError("object of type '%s' has no len()", Abstract.typeName(sepArg));
        if (bytes.length != 1) throw Errors.valueError("sep must be length 1.");
        if ((bytes[0] & 0xFF) > 127) throw Errors.valueError("sep must be ASCII.");
        return bytes[0];
    }

    static byte[] unhexlify(byte[] data) {
        if (data.length % 2 != 0) throw Errors.of(ERROR, "Odd-length string");
        byte[] out = new byte[data.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(data[2 * i] & 0xFF, 16), lo = Character.digit(data[2 * i + 1] & 0xFF, 16);
            if (hi < 0 || lo < 0 || (data[2 * i] & 0x80) != 0 || (data[2 * i + 1] & 0x80) != 0) {
                throw Errors.of(ERROR, "Non-hexadecimal digit found");
            }
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    // ---- base64 ----

    static byte[] b2aBase64(byte[] data, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 * 4 + 5);
        int full = data.length - data.length % 3;
        for (int i = 0; i < full; i += 3) {
            int chunk = ((data[i] & 0xFF) << 16) | ((data[i + 1] & 0xFF) << 8) | (data[i + 2] & 0xFF);
            for (int shift = 18; shift >= 0; shift -= 6) out.write(B64[(chunk >> shift) & 63]);
        }
        int rest = data.length - full;
        if (rest > 0) {
            int chunk = (data[full] & 0xFF) << 16;
            if (rest == 2) chunk |= (data[full + 1] & 0xFF) << 8;
            out.write(B64[chunk >> 18]);
            out.write(B64[(chunk >> 12) & 63]);
            out.write(rest == 2 ? B64[(chunk >> 6) & 63] : '=');
            out.write('=');
        }
        if (newline) out.write('\n');
        return out.toByteArray();
    }

    /** Non-alphabet characters are skipped (refused in strict mode); decoding stops at complete padding. */
    static byte[] a2bBase64(byte[] data, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 * 3 + 3);
        int quadPos = 0, pads = 0, left = 0;
        boolean paddingStarted = false, seenData = false;
        for (int index = 0; index < data.length; index++) {
            int ch = data[index] & 0xFF;
            if (ch == '=') {
                paddingStarted = true;
                if (strict && quadPos == 0) {
                    throw Errors.of(ERROR, seenData ? "Excess padding not allowed" : "Leading padding not allowed");
                }
                if (quadPos >= 2) {
                    pads++;
                    if (quadPos + pads >= 4) {
                        if (strict && index + 1 < data.length) throw Errors.of(ERROR, "Excess data after padding");
                        return out.toByteArray();
                    }
                }
                continue;
            }
            int value = B64_VALUE[ch];
            if (value < 0) {
                if (strict) throw Errors.of(ERROR, "Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw Errors.of(ERROR, "Discontinuous padding not allowed");
            seenData = true;
            pads = 0;
            switch (quadPos) {
                case 0 -> { left = value; quadPos = 1; }
                case 1 -> { out.write((left << 2) | (value >> 4)); left = value & 0x0F; quadPos = 2; }
                case 2 -> { out.write((left << 4) | (value >> 2)); left = value & 0x03; quadPos = 3; }
                default -> { out.write((left << 6) | value); quadPos = 0; }
            }
        }
        if (quadPos == 1) {
            long count = out.size() / 3 * 4L + 1;
            throw Errors.of(ERROR, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", count);
        }
        if (quadPos != 0) throw Errors.of(ERROR, "Incorrect padding");
        return out.toByteArray();
    }

    // ---- quoted-printable ----

    static byte[] b2aQp(byte[] data, boolean quoteTabs, boolean isText, boolean header) {
        int n = data.length;
        // the line ends of the output are those of the input's first line
        boolean crlf = false;
        for (int i = 0; i < n; i++) {
            if (data[i] == '\n') {
                crlf = i > 0 && data[i - 1] == '\r';
                break;
            }
        }
        QpOut out = new QpOut(crlf);
        int lineLength = 0;
        int in = 0;
        while (in < n) {
            int c = data[in] & 0xFF;
            if (mustQuote(data, in, c, lineLength, quoteTabs, isText, header)) {
                if (lineLength + 3 >= QP_MAX_LINE) {
                    out.softBreak();
                    lineLength = 0;
                }
                out.quoted(c);
                in++;
                lineLength += 3;
            } else if (isText && (c == '\n' || (in + 1 < n && c == '\r' && data[in + 1] == '\n'))) {
                lineLength = 0;
                out.quoteTrailingBlank();
                out.lineEnd();
                in += c == '\r' ? 2 : 1;
            } else {
                if (in + 1 != n && data[in + 1] != '\n' && lineLength + 1 >= QP_MAX_LINE) {
                    out.softBreak();
                    lineLength = 0;
                }
                lineLength++;
                out.write(header && c == ' ' ? '_' : c);
                in++;
            }
        }
        return out.toByteArray();
    }

    private static boolean mustQuote(byte[] data, int in, int c, int lineLength, boolean quoteTabs, boolean isText, boolean header) {
        int n = data.length;
        if (c > 126 || c == '=' || (header && c == '_')) return true;
        if (c == '.' && lineLength == 0 && (in + 1 == n || data[in + 1] == '\n' || data[in + 1] == '\r' || data[in + 1] == 0)) return true;
        if (!isText && (c == '\r' || c == '\n')) return true;
        if ((c == '\t' || c == ' ') && in + 1 == n) return true;
        return c < 33 && c != '\r' && c != '\n' && (quoteTabs || (c != '\t' && c != ' '));
    }

    /** The quoted-printable output, with the soft line breaks in the input's line-end style. */
    private static final class QpOut extends ByteArrayOutputStream {
        private final boolean crlf;

        QpOut(boolean crlf) {
            this.crlf = crlf;
        }

        void softBreak() {
            write('=');
            lineEnd();
        }

        void lineEnd() {
            if (crlf) write('\r');
            write('\n');
        }

        void quoted(int c) {
            write('=');
            write(HEX_UPPER[c >> 4]);
            write(HEX_UPPER[c & 15]);
        }

        /** A blank just before a line end would be lost in transport: it becomes =20 or =09. */
        void quoteTrailingBlank() {
            if (count == 0) return;
            int last = buf[count - 1];
            if (last != ' ' && last != '\t') return;
            count--;
            quoted(last);
        }
    }

    static byte[] a2bQp(byte[] data, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        int n = data.length;
        int in = 0;
        while (in < n) {
            int c = data[in] & 0xFF;
            if (c == '=') {
                in++;
                if (in >= n) break;
                int d = data[in] & 0xFF;
                if (d == '\n' || d == '\r') {
                    // a soft line break: skip to after the line end
                    if (d != '\n') {
                        while (in < n && data[in] != '\n') in++;
                    }
                    if (in < n) in++;
                } else if (d == '=') {
                    out.write('=');
                    in++;
                } else if (in + 1 < n && isHex(d) && isHex(data[in + 1] & 0xFF)) {
                    out.write((Character.digit(d, 16) << 4) | Character.digit(data[in + 1] & 0xFF, 16));
                    in += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                in++;
            } else {
                out.write(c);
                in++;
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // ---- uuencode ----

    static byte[] b2aUu(byte[] data, boolean backtick) {
        if (data.length > 45) throw Errors.of(ERROR, "At most 45 bytes at once");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(backtick && data.length == 0 ? '`' : ' ' + data.length);
        for (int i = 0; i < data.length; i += 3) {
            int chunk = 0;
            for (int k = 0; k < 3; k++) chunk = (chunk << 8) | (i + k < data.length ? data[i + k] & 0xFF : 0);
            for (int shift = 18; shift >= 0; shift -= 6) {
                int six = (chunk >> shift) & 63;
                out.write(backtick && six == 0 ? '`' : ' ' + six);
            }
        }
        out.write('\n');
        return out.toByteArray();
    }

    static byte[] a2bUu(byte[] data) {
        // the first character is the length; an empty line reads as the C string's terminator
        int first = data.length > 0 ? data[0] & 0xFF : 0;
        int binLength = (first - ' ') & 63;
        byte[] out = new byte[binLength];
        int in = 1, produced = 0, leftBits = 0, leftChar = 0;
        while (produced < binLength) {
            int c = in < data.length ? data[in] & 0xFF : '\n';
            int six;
            if (c == '\n' || c == '\r' || in >= data.length) {
                six = 0; // whitespace eaten at the end of the line
            } else {
                if (c < ' ' || c > ' ' + 64) throw Errors.of(ERROR, "Illegal char");
                six = (c - ' ') & 63;
            }
            in++;
            leftChar = (leftChar << 6) | six;
            leftBits += 6;
            if (leftBits >= 8) {
                leftBits -= 8;
                out[produced++] = (byte) (leftChar >> leftBits);
                leftChar &= (1 << leftBits) - 1;
            }
        }
        for (; in < data.length; in++) {
            int c = data[in] & 0xFF;
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') throw Errors.of(ERROR, "Trailing garbage");
        }
        return out;
    }

    // ---- CRC-CCITT (binhex) ----

    private static final int[] HQX_TABLE = new int[256];
    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            HQX_TABLE[i] = crc & 0xFFFF;
        }
    }

    static int crcHqx(byte[] data, int crc) {
        for (byte b : data) crc = ((crc << 8) & 0xFF00) ^ HQX_TABLE[((crc >> 8) & 0xFF) ^ (b & 0xFF)];
        return crc;
    }
}
