package org.ember.runtime;

import java.math.BigInteger;

/**
 * {@code int(str, base)}: Python's integer literal syntax for a given base (2..36, or 0 to read
 * the base from a 0x/0o/0b prefix), with surrounding whitespace, a sign, single underscores
 * between digits, any Unicode decimal digits, and the interpreter's digit-count limit.
 */
final class IntParser {
    private IntParser() {}

    static PyInt parse(String text, long base) {
        if (base != 0 && (base < 2 || base > 36)) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        PyInt result = tryParse(text, (int) base);
        if (result == null) {
            throw Errors.valueError("invalid literal for int() with base %d: %s", base, PyStr.repr(shortened(text)));
        }
        return result;
    }

    /** int(bytes-like, base): ASCII text only; the error shows the bytes' repr. */
    static PyInt parseBytes(byte[] b, long base) {
        if (base != 0 && (base < 2 || base > 36)) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        PyInt result = null;
        boolean ascii = true;
        for (byte x : b) ascii &= x >= 0;
        if (ascii) result = tryParse(BytesMethods.latin1(b), (int) base);
        if (result == null) {
            throw Errors.valueError("invalid literal for int() with base %d: %s", base,
                    Repr.bytes(b.length > 200 ? java.util.Arrays.copyOf(b, 200) : b));
        }
        return result;
    }

    /** CPython shows at most 200 characters of the bad literal. */
    private static String shortened(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static PyInt tryParse(String text, int base) {
        int start = 0, end = text.length();
        while (start < end && PyStr.isSpace(text.charAt(start))) start++;
        while (end > start && PyStr.isSpace(text.charAt(end - 1))) end--;
        boolean negative = false;
        if (start < end && (text.charAt(start) == '+' || text.charAt(start) == '-')) {
            negative = text.charAt(start) == '-';
            start++;
        }
        boolean prefixed = false;
        if (end - start >= 2 && text.charAt(start) == '0') {
            char p = Character.toLowerCase(text.charAt(start + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                base = prefixBase;
                start += 2;
                prefixed = true;
            }
        }
        boolean baseZeroDecimal = base == 0;
        if (base == 0) base = 10;
        StringBuilder digits = new StringBuilder(end - start);
        boolean lastUnderscore = prefixed; // an underscore may follow the prefix
        boolean allowUnderscore = prefixed;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_') {
                if (!allowUnderscore) return null;
                allowUnderscore = false;
                lastUnderscore = true;
                continue;
            }
            if (cp > 127 && Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) return null;
            int d = Character.digit(cp, base);
            if (d < 0) return null;
            digits.append(Character.forDigit(d, base));
            allowUnderscore = true;
            lastUnderscore = false;
        }
        if (digits.isEmpty() || (lastUnderscore && !digits.isEmpty())) return null;
        if (baseZeroDecimal && digits.length() > 1 && digits.charAt(0) == '0') {
            for (int i = 0; i < digits.length(); i++) if (digits.charAt(i) != '0') return null;
        }
        checkDigitLimit(digits.length(), base);
        BigInteger v = new BigInteger(digits.toString(), base);
        return PyInt.of(negative ? v.negate() : v);
    }

    private static void checkDigitLimit(int digits, int base) {
        int limit = ThreadState.current().interpreter().intMaxStrDigits();
        // Only decimal-like (non power of two) bases are limited, as in CPython.
        if (limit > 0 && Integer.bitCount(base) != 1 && digits > limit) {
            throw Errors.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
                    + "use sys.set_int_max_str_digits() to increase the limit", limit, digits);
        }
    }
}
