package org.ember.runtime;

import java.math.BigInteger;

/**
 * The native single-character struct formats a memoryview can hold (x86-64 Linux sizes): item
 * size, and conversion of one item between its little-endian bits and a Python value, with the
 * memoryview messages ("memoryview: invalid type for format 'i'"). 'u' and 'w' (arrays of
 * characters) can be viewed and copied but not indexed, as in CPython.
 */
final class MemoryFormat {
    private MemoryFormat() {}

    /** The item size of a format this module knows, or -1. */
    static int size(char format) {
        return switch (format) {
            case 'b', 'B', 'c', '?' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f', 'u', 'w' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'd' -> 8;
            default -> -1;
        };
    }

    static boolean isByteFormat(char format) {
        return format == 'B' || format == 'b' || format == 'c';
    }

    private static void checkSupported(char format) {
        if (format == 'u' || format == 'w') {
            throw Errors.of(Exceptions.NotImplementedError, "memoryview: format %s not supported", String.valueOf(format));
        }
    }

    static Object decode(char format, long bits) {
        checkSupported(format);
        return switch (format) {
            case 'b' -> PyInt.of((byte) bits);
            case 'B', 'H', 'I' -> PyInt.of(bits);
            case 'c' -> new PyBytes(new byte[] {(byte) bits});
            case '?' -> PyBool.of(bits != 0);
            case 'h' -> PyInt.of((short) bits);
            case 'i' -> PyInt.of((int) bits);
            case 'l', 'q', 'n' -> PyInt.of(bits);
            case 'f' -> new PyFloat(Float.intBitsToFloat((int) bits));
            case 'd' -> new PyFloat(Double.longBitsToDouble(bits));
            case 'e' -> new PyFloat(Float.float16ToFloat((short) bits));
            default -> bits < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(bits))) : PyInt.of(bits); // L Q N P
        };
    }

    static long encode(char format, Object value) {
        checkSupported(format);
        String f = String.valueOf(format);
        switch (format) {
            case 'c' -> {
                PyBytes b = PyBytes.asBytes(value);
                if (b == null || b.value.length != 1) throw Errors.valueError("memoryview: invalid value for format 'c'");
                return b.value[0] & 0xFF;
            }
            case '?' -> {
                return Abstract.isTrue(value) ? 1 : 0;
            }
            case 'f', 'd', 'e' -> {
                PyType t = Abstract.typeOf(value);
                if (t.toFloat == null && t.index == null) throw Errors.typeError("memoryview: invalid type for format '%s'", f);
                double x = PyFloat.convert(value).value;
                if (format == 'd') return Double.doubleToRawLongBits(x);
                if (format == 'f') return Float.floatToRawIntBits((float) x) & 0xFFFFFFFFL;
                return Float.floatToFloat16((float) x) & 0xFFFF;
            }
            default -> {
                // integer formats take any __index__ object, as CPython's struct packing
                if (Abstract.typeOf(value).index == null) throw Errors.typeError("memoryview: invalid type for format '%s'", f);
                BigInteger v = Abstract.index(value).bigValue();
                int bits = 8 * size(format);
                boolean signed = Character.isLowerCase(format);
                BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
                BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                        : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
                if (v.compareTo(min) < 0 || v.compareTo(max) > 0) throw Errors.valueError("memoryview: invalid value for format '%s'", f);
                return v.longValue();
            }
        }
    }
}
