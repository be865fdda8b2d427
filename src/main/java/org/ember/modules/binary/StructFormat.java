package org.ember.modules.binary;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyType;

/**
 * A parsed struct format ({@code "<2hq"}): the list of codes with their byte offsets, the total
 * size and the number of Python values it packs. Packing and unpacking of single items follow
 * CPython's {@code _struct} for x86-64 Linux: native ({@code @}) sizes and alignment are the C
 * ones of that platform, the other byte orders use the standard sizes without alignment.
 */
final class StructFormat {

    /** One format code: {@code count} is the repeat count (the length for 's' and 'p'). */
    record Code(char ch, int count, int size, int offset) {}

    final String text;
    final boolean littleEndian;
    final boolean nativeMode;
    final List<Code> codes;
    final int size;
    final int itemCount;
    /** The item count before capping to an int (only huge formats differ), for messages. */
    long totalItems;
    /** The module's {@code struct.error} type the parse and pack errors use. */
    final PyType error;

    private StructFormat(String text, boolean littleEndian, boolean nativeMode, List<Code> codes, int size, int itemCount, PyType error) {
        this.text = text;
        this.littleEndian = littleEndian;
        this.nativeMode = nativeMode;
        this.codes = codes;
        this.size = size;
        this.itemCount = itemCount;
        this.error = error;
    }

    // ---- parsing ----

    static StructFormat parse(String text, PyType error) {
        int pos = 0;
        boolean little = true, nativeMode = true;
        if (!text.isEmpty()) {
            switch (text.charAt(0)) {
                case '@' -> pos = 1;
                case '=' -> { pos = 1; nativeMode = false; }
                case '<' -> { pos = 1; nativeMode = false; }
                case '>', '!' -> { pos = 1; nativeMode = false; little = false; }
                default -> { }
            }
        }
        List<Code> codes = new ArrayList<>();
        long size = 0;
        long items = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) && c < 128) {
                pos++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                    if (count > Long.MAX_VALUE / 10) throw Errors.of(error, "total struct size too long");
                    count = count * 10 + (text.charAt(pos) - '0');
                    pos++;
                }
                if (pos >= text.length()) throw Errors.of(error, "repeat count given without format specifier");
                c = text.charAt(pos);
            }
            pos++;
            int itemSize = itemSize(c, nativeMode, error);
            if (nativeMode) size = align(size, itemSize, c, error);
            long bytes;
            try {
                bytes = Math.multiplyExact(count, (long) itemSize);
                size = Math.addExact(size, bytes);
            } catch (ArithmeticException e) {
                throw Errors.of(error, "total struct size too long");
            }
            if (c == 's' || c == 'p') items++;
            else if (c != 'x') items += count;
            if (count > Integer.MAX_VALUE || size > Integer.MAX_VALUE) {
                // Ember's buffers are Java arrays: a format this large could never be used
                codes.add(new Code(c, -1, itemSize, -1));
            } else {
                codes.add(new Code(c, (int) count, itemSize, (int) (size - bytes)));
            }
        }
        if (size > Integer.MAX_VALUE || items > Integer.MAX_VALUE) {
            StructFormat huge = new StructFormat(text, little, nativeMode, codes, -1, (int) Math.min(items, Integer.MAX_VALUE), error).withHugeSize(size);
            huge.totalItems = items;
            return huge;
        }
        StructFormat f = new StructFormat(text, little, nativeMode, codes, (int) size, (int) items, error);
        f.totalItems = items;
        return f;
    }

    /** calcsize of formats bigger than a Java array: only the size can be asked for. */
    private long hugeSize = -1;

    private StructFormat withHugeSize(long size) {
        hugeSize = size;
        return this;
    }

    long calcSize() {
        return hugeSize >= 0 ? hugeSize : size;
    }

    /** Refuses to pack or unpack with a format whose size does not fit in memory. */
    void checkUsable() {
        if (hugeSize >= 0) throw Errors.memoryError();
    }

    private static long align(long size, int itemSize, char c, PyType error) {
        if (c == 's' || c == 'p' || c == 'x' || itemSize <= 1) return size;
        long rem = size % itemSize;
        if (rem == 0) return size;
        long aligned = size + (itemSize - rem);
        if (aligned < 0) throw Errors.of(error, "total struct size too long");
        return aligned;
    }

    /** The size of one item of code c (x86-64 Linux native sizes, or the standard ones). */
    private static int itemSize(char c, boolean nativeMode, PyType error) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p': return 1;
            case 'h', 'H', 'e': return 2;
            case 'i', 'I', 'f': return 4;
            case 'q', 'Q', 'd': return 8;
            case 'l', 'L': return nativeMode ? 8 : 4;
            case 'n', 'N', 'P':
                if (nativeMode) return 8;
                throw Errors.of(error, "bad char in struct format");
            default:
                throw Errors.of(error, "bad char in struct format");
        }
    }

    // ---- packing ----

    /** Packs values[from..] into out at base; values.length - from == itemCount is checked by the caller. */
    void pack(Object[] values, int from, byte[] out, int base) {
        checkUsable();
        int v = from;
        for (Code code : codes) {
            int at = base + code.offset;
            switch (code.ch) {
                case 'x' -> { }
                case 's' -> packString(values[v++], out, at, code.count);
                case 'p' -> packPascal(values[v++], out, at, code.count);
                default -> {
                    for (int k = 0; k < code.count; k++) packItem(code.ch, code.size, values[v++], out, at + k * code.size);
                }
            }
        }
    }

    private void packString(Object value, byte[] out, int at, int length) {
        byte[] data = bytesArgument(value, 's');
        System.arraycopy(data, 0, out, at, Math.min(length, data.length));
    }

    private void packPascal(Object value, byte[] out, int at, int length) {
        if (length == 0) {
            bytesArgument(value, 'p');
            return;
        }
        byte[] data = bytesArgument(value, 'p');
        int n = Math.min(data.length, length - 1);
        System.arraycopy(data, 0, out, at + 1, n);
        out[at] = (byte) Math.min(n, 255);
    }

    private byte[] bytesArgument(Object value, char c) {
        Object b = Abstract.builtinPart(value);
        if (!(b instanceof PyBytes) && !(b instanceof org.ember.runtime.PyByteArray)) {
            throw Errors.of(error, "argument for '%s' must be a bytes object", String.valueOf(c));
        }
        return PyBuffer.bytesOf(b);
    }

    private void packItem(char c, int size, Object value, byte[] out, int at) {
        switch (c) {
            case 'c' -> {
                Object b = Abstract.builtinPart(value);
                byte[] data = b instanceof PyBytes bytes ? bytes.value : null;
                if (data == null || data.length != 1) throw Errors.of(error, "char format requires a bytes object of length 1");
                out[at] = data[0];
            }
            case '?' -> out[at] = (byte) (Abstract.isTrue(value) ? 1 : 0);
            case 'e' -> putLong(out, at, 2, HalfFloat.pack(floatArgument(value)));
            case 'f' -> putLong(out, at, 4, Float.floatToRawIntBits(toFloat(floatArgument(value))) & 0xFFFFFFFFL);
            case 'd' -> putLong(out, at, 8, Double.doubleToRawLongBits(floatArgument(value)));
            case 'P' -> putLong(out, at, 8, pointerArgument(value));
            default -> putLong(out, at, size, integerArgument(c, size, value));
        }
    }

    /** A C float: the standard sizes refuse finite values too large for it, a native cast gives inf. */
    private float toFloat(double x) {
        float f = (float) x;
        if (!nativeMode && Float.isInfinite(f) && !Double.isInfinite(x)) {
            throw Errors.overflowError("float too large to pack with f format");
        }
        return f;
    }

    private double floatArgument(Object value) {
        PyType t = Abstract.typeOf(value);
        if (t.toFloat == null && t.index == null) throw Errors.of(error, "required argument is not a float");
        return PyFloat.convert(value).value;
    }

    private static boolean isSigned(char c) {
        return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    }

    /** The integer for code c as its low {@code size} bytes, or struct.error naming the range. */
    private long integerArgument(char c, int size, Object value) {
        PyInt i = indexArgument(value);
        boolean signed = isSigned(c);
        if (i.fitsLong() && size < 8) {
            // the common case without BigInteger: the range fits in a long
            long v = i.longValue();
            long lo = signed ? -(1L << (size * 8 - 1)) : 0, hi = signed ? (1L << (size * 8 - 1)) - 1 : (1L << (size * 8)) - 1;
            if (v >= lo && v <= hi) return v;
        } else if (i.fitsLong() && (signed || i.longValue() >= 0)) {
            return i.longValue();
        }
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(size * 8 - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE);
        BigInteger big = i.bigValue();
        if (big.compareTo(min) < 0 || big.compareTo(max) > 0) {
            throw Errors.of(error, "'%s' format requires %s <= number <= %s", String.valueOf(c), min, max);
        }
        return big.longValue();
    }

    /** A pointer ('P'): any value from -2**63 to 2**64-1, as CPython's PyLong_AsVoidPtr allows. */
    private long pointerArgument(Object value) {
        PyInt i = indexArgument(value);
        BigInteger big = i.bigValue();
        if (big.bitLength() > 64 || (big.signum() < 0 && big.bitLength() > 63)) {
            throw Errors.overflowError("int too large to convert to C unsigned long");
        }
        return big.longValue();
    }

    private PyInt indexArgument(Object value) {
        if (value instanceof PyInt i) return i;
        if (Abstract.typeOf(value).index == null) throw Errors.of(error, "required argument is not an integer");
        return Abstract.index(value);
    }

    private void putLong(byte[] out, int at, int size, long bits) {
        for (int k = 0; k < size; k++) {
            int index = littleEndian ? at + k : at + size - 1 - k;
            out[index] = (byte) (bits >>> (8 * k));
        }
    }

    // ---- unpacking ----

    /** The values packed in data[base .. base + size). */
    Object[] unpack(byte[] data, int base) {
        checkUsable();
        Object[] values = new Object[itemCount];
        int v = 0;
        for (Code code : codes) {
            int at = base + code.offset;
            switch (code.ch) {
                case 'x' -> { }
                case 's' -> values[v++] = new PyBytes(java.util.Arrays.copyOfRange(data, at, at + code.count));
                case 'p' -> values[v++] = unpackPascal(data, at, code.count);
                default -> {
                    for (int k = 0; k < code.count; k++) values[v++] = unpackItem(code.ch, code.size, data, at + k * code.size);
                }
            }
        }
        return values;
    }

    private static PyBytes unpackPascal(byte[] data, int at, int length) {
        if (length == 0) return new PyBytes(new byte[0]);
        int n = Math.min(data[at] & 0xFF, length - 1);
        return new PyBytes(java.util.Arrays.copyOfRange(data, at + 1, at + 1 + n));
    }

    private Object unpackItem(char c, int size, byte[] data, int at) {
        long bits = getLong(data, at, size);
        return switch (c) {
            case 'c' -> new PyBytes(new byte[] {data[at]});
            case '?' -> PyBool.of(data[at] != 0);
            case 'e' -> new PyFloat(HalfFloat.unpack((int) bits));
            case 'f' -> new PyFloat(Float.intBitsToFloat((int) bits));
            case 'd' -> new PyFloat(Double.longBitsToDouble(bits));
            default -> {
                if (isSigned(c)) {
                    int shift = 64 - 8 * size;
                    yield PyInt.of((bits << shift) >> shift);
                }
                if (size == 8 && bits < 0) yield PyInt.of(new BigInteger(Long.toUnsignedString(bits)));
                yield PyInt.of(bits);
            }
        };
    }

    private long getLong(byte[] data, int at, int size) {
        long bits = 0;
        for (int k = 0; k < size; k++) {
            int index = littleEndian ? at + k : at + size - 1 - k;
            bits |= (data[index] & 0xFFL) << (8 * k);
        }
        return bits;
    }

    static PyException error(PyType error, String format, Object... args) {
        return Errors.of(error, format, args);
    }
}
