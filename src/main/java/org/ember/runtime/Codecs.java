package org.ember.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * The built-in text codecs (utf-8, utf-16/32 and their -le/-be forms, latin-1, ascii, cp1252,
 * and the table-driven 8-bit codecs of {@link SingleByteCodecs}) with CPython's error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
 * namereplace, surrogateescape, surrogatepass) and its exact error ranges and reasons.
 */
public final class Codecs {
    private Codecs() {}

    /** A codec's identity: the name its errors report, and how it encodes one code point. */
    enum Codec {
        UTF8("utf-8"), UTF8SIG("utf-8"), ASCII("ascii"), LATIN1("latin-1"), CP1252("charmap"),
        UTF16("utf-16"), UTF16LE("utf-16-le"), UTF16BE("utf-16-be"),
        UTF32("utf-32"), UTF32LE("utf-32-le"), UTF32BE("utf-32-be"),
        /** A table of {@link SingleByteCodecs}: the table travels beside the codec. */
        CHARMAP("charmap");

        final String errorName;

        Codec(String errorName) {
            this.errorName = errorName;
        }

        boolean isUtf() {
            return this != ASCII && this != LATIN1 && this != CP1252 && this != CHARMAP;
        }
    }

    /** Python's codec name for an encoding name (after normalization), as codecs.lookup(name).name gives. */
    public static String canonicalName(String encoding) {
        if (Utf7.isName(encoding)) return "utf-7";
        EscapeCodecs.Kind escape = EscapeCodecs.kind(encoding);
        if (escape != null) return escape.name;
        return switch (lookup(encoding)) {
            case CHARMAP -> SingleByteCodecs.find(normalize(encoding)).name();
            case UTF8 -> "utf-8";
            case UTF8SIG -> "utf-8-sig";
            case ASCII -> "ascii";
            case LATIN1 -> "iso8859-1";
            case CP1252 -> "cp1252";
            case UTF16 -> "utf-16";
            case UTF16LE -> "utf-16-le";
            case UTF16BE -> "utf-16-be";
            case UTF32 -> "utf-32";
            case UTF32LE -> "utf-32-le";
            case UTF32BE -> "utf-32-be";
        };
    }

    static Codec lookup(String encoding) {
        String key = normalize(encoding);
        Codec c = switch (key) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001" -> Codec.UTF8;
            case "utf_8_sig" -> Codec.UTF8SIG;
            case "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
                 "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii" -> Codec.ASCII;
            case "latin_1", "latin1", "latin", "l1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1",
                 "iso_8859_1", "iso_8859_1_1987", "iso_ir_100" -> Codec.LATIN1;
            case "cp1252", "windows_1252", "1252" -> Codec.CP1252;
            case "utf_16", "utf16", "u16" -> Codec.UTF16;
            case "utf_16_le", "utf_16le", "unicodelittleunmarked" -> Codec.UTF16LE;
            case "utf_16_be", "utf_16be", "unicodebigunmarked" -> Codec.UTF16BE;
            case "utf_32", "utf32", "u32" -> Codec.UTF32;
            case "utf_32_le", "utf_32le" -> Codec.UTF32LE;
            case "utf_32_be", "utf_32be" -> Codec.UTF32BE;
            default -> SingleByteCodecs.find(key) != null ? Codec.CHARMAP : null;
        };
        if (c == null) throw Errors.of(Exceptions.LookupError, "unknown encoding: %s", encoding);
        return c;
    }

    /** encodings.normalize_encoding, lowercased: runs of other characters than alphanumerics and '.' become '_'. */
    private static String normalize(String encoding) {
        StringBuilder b = new StringBuilder();
        boolean pendingUnderscore = false;
        for (char c : encoding.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128 || c == '.') {
                if (pendingUnderscore && b.length() > 0) b.append('_');
                pendingUnderscore = false;
                b.append(c);
            } else {
                pendingUnderscore = true;
            }
        }
        return b.toString();
    }

    private static final String[] HANDLERS = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
            "namereplace", "surrogateescape", "surrogatepass"};

    private static void checkHandler(String errors) {
        for (String h : HANDLERS) if (h.equals(errors)) return;
        throw Errors.of(Exceptions.LookupError, "unknown error handler name '%s'", errors);
    }

    // ---- cp1252 ----

    /** cp1252's bytes 0x80..0x9F; -1 where the byte is undefined. */
    private static final int[] CP1252_HIGH = {
        0x20AC, -1, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017D, -1,
        -1, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, -1, 0x017E, 0x0178};

    private static int cp1252Byte(int cp) {
        if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return cp;
        for (int i = 0; i < CP1252_HIGH.length; i++) if (CP1252_HIGH[i] == cp) return 0x80 + i;
        return -1;
    }

    // ---- encoding ----

    /** Whether the encoding is one of the table-driven 8-bit codecs (CPython's charmap_encode/decode run them). */
    public static boolean isCharmap(String encoding) {
        if (Utf7.isName(encoding)) return false;
        if (EscapeCodecs.kind(encoding) != null) return false;
        Codec codec = lookup(encoding);
        return codec == Codec.CHARMAP || codec == Codec.CP1252;
    }

    /** The table of a CHARMAP codec's encoding name, else null. */
    private static SingleByteCodecs.Table tableOf(Codec codec, String encoding) {
        return codec == Codec.CHARMAP ? SingleByteCodecs.find(normalize(encoding)) : null;
    }

    /** str.encode(encoding, errors). */
    public static byte[] encode(PyStr s, String encoding, String errors) {
        if (Utf7.isName(encoding)) return Utf7.encode(s);   // every code point encodes: errors is never used
        EscapeCodecs.Kind escape = EscapeCodecs.kind(encoding);
        if (escape != null) return EscapeCodecs.encode(s, escape);
        Codec codec = lookup(encoding);
        SingleByteCodecs.Table table = tableOf(codec, encoding);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 4);
        if (codec == Codec.UTF8SIG) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            codec = Codec.UTF8;
        }
        if (codec == Codec.UTF16) out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        if (codec == Codec.UTF32) out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            if (encodable(codec, table, cp)) {
                put(codec, table, cp, out);
                i++;
                continue;
            }
            int end = i + 1;
            // the 8-bit codecs and utf-8 report a run of unencodable characters; utf-16/32 one at a time
            if (codec == Codec.UTF8 || !codec.isUtf()) {
                while (end < n && !encodable(codec, table, s.codePointAt(end))) end++;
            }
            handleEncodeError(codec, table, s, i, end, errors, out);
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean isSurrogate(int cp) {
        return cp >= 0xD800 && cp <= 0xDFFF;
    }

    private static boolean encodable(Codec codec, SingleByteCodecs.Table table, int cp) {
        return switch (codec) {
            case CHARMAP -> table.encode(cp) >= 0;
            case ASCII -> cp < 0x80;
            case LATIN1 -> cp < 0x100;
            case CP1252 -> cp1252Byte(cp) >= 0;
            default -> !isSurrogate(cp);
        };
    }

    /** Writes one encodable code point (or, for surrogatepass, a surrogate) in the codec's form. */
    private static void put(Codec codec, SingleByteCodecs.Table table, int cp, ByteArrayOutputStream out) {
        switch (codec) {
            case CHARMAP -> out.write(table.encode(cp));
            case ASCII, LATIN1 -> out.write(cp);
            case CP1252 -> out.write(cp1252Byte(cp));
            case UTF8 -> putUtf8(cp, out);
            case UTF16, UTF16LE, UTF16BE -> {
                boolean big = codec == Codec.UTF16BE;
                if (cp >= 0x10000) {
                    int v = cp - 0x10000;
                    putUnit16(0xD800 | (v >> 10), big, out);
                    putUnit16(0xDC00 | (v & 0x3FF), big, out);
                } else {
                    putUnit16(cp, big, out);
                }
            }
            default -> {
                boolean big = codec == Codec.UTF32BE;
                for (int k = 0; k < 4; k++) out.write(cp >> (big ? 24 - 8 * k : 8 * k));
            }
        }
    }

    private static void putUtf8(int cp, ByteArrayOutputStream out) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        }
    }

    private static void putUnit16(int unit, boolean big, ByteArrayOutputStream out) {
        if (big) {
            out.write(unit >> 8);
            out.write(unit);
        } else {
            out.write(unit);
            out.write(unit >> 8);
        }
    }

    private static String reasonFor(Codec codec) {
        return switch (codec) {
            case ASCII -> "ordinal not in range(128)";
            case LATIN1 -> "ordinal not in range(256)";
            case CP1252, CHARMAP -> "character maps to <undefined>";
            default -> "surrogates not allowed";
        };
    }

    private static void handleEncodeError(Codec codec, SingleByteCodecs.Table table, PyStr s, int start, int end, String errors,
                                          ByteArrayOutputStream out) {
        checkHandler(errors);
        switch (errors) {
            case "ignore" -> { }
            case "replace" -> {
                for (int i = start; i < end; i++) putReplacement(codec, table, s, start, end, "?", out);
            }
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) putReplacement(codec, table, s, start, end, backslashEscape(s.codePointAt(i)), out);
            }
            case "xmlcharrefreplace" -> {
                for (int i = start; i < end; i++) putReplacement(codec, table, s, start, end, "&#" + s.codePointAt(i) + ";", out);
            }
            case "namereplace" -> {
                for (int i = start; i < end; i++) {
                    int cp = s.codePointAt(i);
                    String name = unicodeName(cp);
                    putReplacement(codec, table, s, start, end, name == null ? backslashEscape(cp) : "\\N{" + name + "}", out);
                }
            }
            case "surrogateescape" -> {
                if (codec.isUtf() && codec != Codec.UTF8) {
                    throw UnicodeErrors.encodeError(codec.errorName, s, start, end, reasonFor(codec));
                }
                for (int i = start; i < end; i++) {
                    int cp = s.codePointAt(i);
                    if (cp < 0xDC80 || cp > 0xDCFF) throw UnicodeErrors.encodeError(codec.errorName, s, start, end, reasonFor(codec));
                }
                for (int i = start; i < end; i++) out.write(s.codePointAt(i) - 0xDC00);
            }
            case "surrogatepass" -> {
                if (!codec.isUtf()) throw UnicodeErrors.encodeError(codec.errorName, s, start, end, reasonFor(codec));
                for (int i = start; i < end; i++) put(codec, table, s.codePointAt(i), out);
            }
            default -> throw UnicodeErrors.encodeError(codec.errorName, s, start, end, reasonFor(codec));
        }
    }

    /**
     * A replacement text the handler made, encoded by the codec. It is ASCII, which every codec
     * here but a code page without some ASCII character (EBCDIC's missing brackets) can encode;
     * there CPython gives up with the original error.
     */
    private static void putReplacement(Codec codec, SingleByteCodecs.Table table, PyStr s, int start, int end, String text,
                                       ByteArrayOutputStream out) {
        for (int i = 0; i < text.length(); i++) {
            if (!encodable(codec, table, text.charAt(i))) throw UnicodeErrors.encodeError(codec.errorName, s, start, end, reasonFor(codec));
        }
        for (int i = 0; i < text.length(); i++) put(codec, table, text.charAt(i), out);
    }

    /** The Unicode character name as Python's unicodedata gives it, or null (controls and surrogates have none). */
    static String unicodeName(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE) {
            return null;
        }
        String name = Character.getName(cp);
        if (name == null) return null;
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        if (name.endsWith(" " + hex)) {
            // Java names characters without a listed name by their block; Python derives only these two
            if (name.startsWith("CJK UNIFIED IDEOGRAPHS")) return "CJK UNIFIED IDEOGRAPH-" + hex;
            return null;
        }
        return name;
    }

    static String backslashEscape(int cp) {
        if (cp < 0x100) return String.format("\\x%02x", cp);
        if (cp < 0x10000) return String.format("\\u%04x", cp);
        return String.format("\\U%08x", cp);
    }

    // ---- decoding ----

    /** bytes.decode(encoding, errors). */
    public static PyStr decode(byte[] b, String encoding, String errors) {
        if (Utf7.isName(encoding)) return Utf7.decode(b, errors);
        EscapeCodecs.Kind escape = EscapeCodecs.kind(encoding);
        if (escape != null) return EscapeCodecs.decode(b, escape, errors);
        Codec codec = lookup(encoding);
        if (codec == Codec.UTF8SIG) {
            // a leading byte-order mark is dropped; the error positions count from after it
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                b = Arrays.copyOfRange(b, 3, b.length);
            }
            codec = Codec.UTF8;
        }
        Decoder decoder = new Decoder(codec, b, errors);
        decoder.table = tableOf(codec, encoding);
        return decoder.run();
    }

    /** One decoding run: the input, the position, the code points made so far. */
    private static final class Decoder {
        private Codec codec;
        private SingleByteCodecs.Table table;   // for CHARMAP
        private final byte[] in;
        private final String errors;
        private int[] out;
        private int count;

        Decoder(Codec codec, byte[] in, String errors) {
            this.codec = codec;
            this.in = in;
            this.errors = errors;
            this.out = new int[Math.max(16, in.length)];
        }

        private void emit(int cp) {
            if (count == out.length) out = Arrays.copyOf(out, out.length * 2);
            out[count++] = cp;
        }

        PyStr run() {
            switch (codec) {
                case UTF8 -> utf8();
                case ASCII, LATIN1, CP1252, CHARMAP -> singleByte();
                case UTF16, UTF16LE, UTF16BE -> utf16();
                default -> utf32();
            }
            return PyStr.fromCodePoints(Arrays.copyOf(out, count));
        }

        private int u(int i) {
            return in[i] & 0xFF;
        }

        private void singleByte() {
            for (int i = 0; i < in.length; ) {
                int b = u(i);
                int cp = switch (codec) {
                    case ASCII -> b < 0x80 ? b : -1;
                    case LATIN1 -> b;
                    case CHARMAP -> table.decoding()[b];
                    default -> b >= 0x80 && b < 0xA0 ? CP1252_HIGH[b - 0x80] : b;
                };
                if (cp >= 0) {
                    emit(cp);
                    i++;
                } else {
                    i = error(i, i + 1, codec == Codec.ASCII ? "ordinal not in range(128)" : "character maps to <undefined>");
                }
            }
        }

        private void utf8() {
            int n = in.length;
            for (int i = 0; i < n; ) {
                int b0 = u(i);
                if (b0 < 0x80) {
                    emit(b0);
                    i++;
                    continue;
                }
                if (b0 < 0xC2 || b0 > 0xF4) {
                    i = error(i, i + 1, "invalid start byte");
                    continue;
                }
                int need = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
                int lo = 0x80, hi = 0xBF; // the valid range of the second byte
                if (b0 == 0xE0) lo = 0xA0;
                else if (b0 == 0xED) hi = 0x9F;
                else if (b0 == 0xF0) lo = 0x90;
                else if (b0 == 0xF4) hi = 0x8F;
                int k = 1;
                boolean bad = false;
                for (; k <= need; k++) {
                    if (i + k >= n) break;
                    int c = u(i + k);
                    if (k == 1 ? c < lo || c > hi : c < 0x80 || c > 0xBF) {
                        bad = true;
                        break;
                    }
                }
                if (bad) {
                    i = error(i, i + k, "invalid continuation byte");
                } else if (k <= need) {
                    i = error(i, n, "unexpected end of data");
                } else {
                    int cp = b0 & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
                    for (int j = 1; j <= need; j++) cp = (cp << 6) | (u(i + j) & 0x3F);
                    emit(cp);
                    i += need + 1;
                }
            }
        }

        private void utf16() {
            int i = 0;
            boolean big = codec == Codec.UTF16BE;
            if (codec == Codec.UTF16) {
                if (in.length >= 2 && u(0) == 0xFF && u(1) == 0xFE) i = 2;
                else if (in.length >= 2 && u(0) == 0xFE && u(1) == 0xFF) {
                    i = 2;
                    big = true;
                }
                codec = big ? Codec.UTF16BE : Codec.UTF16LE;
            }
            int n = in.length;
            while (i < n) {
                if (i + 1 >= n) {
                    i = error(i, n, "truncated data");
                    continue;
                }
                int unit = unit16(i, big);
                if (!isSurrogate(unit)) {
                    emit(unit);
                    i += 2;
                } else if (unit >= 0xDC00) {
                    i = error(i, i + 2, "illegal encoding");
                } else if (i + 3 >= n) {
                    i = error(i, n, "unexpected end of data");
                } else {
                    int low = unit16(i + 2, big);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        emit(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                        i += 4;
                    } else {
                        i = error(i, i + 2, "illegal UTF-16 surrogate");
                    }
                }
            }
        }

        private int unit16(int i, boolean big) {
            return big ? (u(i) << 8) | u(i + 1) : u(i) | (u(i + 1) << 8);
        }

        private void utf32() {
            int i = 0;
            boolean big = codec == Codec.UTF32BE;
            if (codec == Codec.UTF32) {
                if (in.length >= 4 && u(0) == 0xFF && u(1) == 0xFE && u(2) == 0 && u(3) == 0) i = 4;
                else if (in.length >= 4 && u(0) == 0 && u(1) == 0 && u(2) == 0xFE && u(3) == 0xFF) {
                    i = 4;
                    big = true;
                }
                codec = big ? Codec.UTF32BE : Codec.UTF32LE;
            }
            int n = in.length;
            while (i < n) {
                if (n - i < 4) {
                    i = error(i, n, "truncated data");
                    continue;
                }
                long cp = big ? ((long) u(i) << 24) | (u(i + 1) << 16) | (u(i + 2) << 8) | u(i + 3)
                              : ((long) u(i + 3) << 24) | (u(i + 2) << 16) | (u(i + 1) << 8) | u(i);
                if (cp > 0x10FFFF) {
                    i = error(i, i + 4, "code point not in range(0x110000)");
                } else if (isSurrogate((int) cp)) {
                    i = error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    emit((int) cp);
                    i += 4;
                }
            }
        }

        /** Applies the error handler to bytes [start, end); returns where decoding resumes. */
        private int error(int start, int end, String reason) {
            checkHandler(errors);
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> emit(0xFFFD);
                case "backslashreplace" -> {
                    for (int i = start; i < end; i++) {
                        for (char c : String.format("\\x%02x", u(i)).toCharArray()) emit(c);
                    }
                }
                case "surrogateescape" -> {
                    // escapes the leading bytes >= 0x80 of the range and resumes after them
                    int i = start;
                    while (i < end && u(i) >= 0x80) emit(0xDC00 + u(i++));
                    if (i == start) throw fail(start, end, reason);
                    return i;
                }
                case "surrogatepass" -> {
                    int consumed = surrogatePass(start);
                    if (consumed < 0) throw fail(start, end, reason);
                    return start + consumed;
                }
                case "xmlcharrefreplace", "namereplace" ->
                    throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
                default -> throw fail(start, end, reason);
            }
            return end;
        }

        /** An encoded surrogate at start for surrogatepass: emits it and returns its byte length, or -1. */
        private int surrogatePass(int start) {
            int n = in.length;
            switch (codec) {
                case UTF8 -> {
                    if (start + 2 < n && u(start) == 0xED && (u(start + 1) & 0xE0) == 0xA0 && (u(start + 2) & 0xC0) == 0x80) {
                        emit(0xD000 | ((u(start + 1) & 0x3F) << 6) | (u(start + 2) & 0x3F));
                        return 3;
                    }
                }
                case UTF16LE, UTF16BE -> {
                    if (start + 1 < n) {
                        int unit = unit16(start, codec == Codec.UTF16BE);
                        if (isSurrogate(unit)) {
                            emit(unit);
                            return 2;
                        }
                    }
                }
                case UTF32LE, UTF32BE -> {
                    if (start + 3 < n) {
                        boolean big = codec == Codec.UTF32BE;
                        long cp = big ? ((long) u(start) << 24) | (u(start + 1) << 16) | (u(start + 2) << 8) | u(start + 3)
                                      : ((long) u(start + 3) << 24) | (u(start + 2) << 16) | (u(start + 1) << 8) | u(start);
                        if (cp <= 0xFFFF && isSurrogate((int) cp)) {
                            emit((int) cp);
                            return 4;
                        }
                    }
                }
                default -> { }
            }
            return -1;
        }

        private PyException fail(int start, int end, String reason) {
            return UnicodeErrors.decodeError(codec.errorName, in, start, end, reason);
        }
    }
}
