package org.ember.runtime;

import java.math.BigInteger;

/** {@code int.to_bytes} and {@code int.from_bytes}. */
final class IntBytes {
    private IntBytes() {}

    static void fill(TypeBuilder d) {
        d.method("to_bytes", ArgSpec.keywords("to_bytes", 0, 0, 2, "length", "byteorder", "signed"), (self, a) ->
                new PyBytes(toBytes(PyInt.asInt(self).bigValue(), a[0] == null ? 1 : Abstract.asSize(a[0], Exceptions.OverflowError),
                        littleEndian(a[1]), a[2] != null && Abstract.isTrue(a[2]))));
        d.classMethod("from_bytes", ArgSpec.keywords("from_bytes", 0, 1, 2, "bytes", "byteorder", "signed"), (cls, a) -> {
            PyInt value = PyInt.of(fromBytes(bytesOf(a[0]), littleEndian(a[1]), a[2] != null && Abstract.isTrue(a[2])));
            PyType type = (PyType) cls;
            return type == PyInt.TYPE ? value : Abstract.call(type, value);
        });
    }

    private static boolean littleEndian(Object order) {
        if (order == null) return false;
        PyStr s = PyStr.asStr(order);
        if (s == null) throw Errors.typeError("to_bytes() argument 'byteorder' must be str, not %s", Abstract.typeName(order));
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Errors.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    static byte[] toBytes(BigInteger v, long length, boolean little, boolean signed) {
        if (length < 0) throw Errors.valueError("length argument must be non-negative");
        if (!signed && v.signum() < 0) throw Errors.overflowError("can't convert negative int to unsigned");
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (v.signum() != 0 && bits > length * 8) throw Errors.overflowError("int too big to convert");
        ValueFormat.checkSize(length);
        byte[] out = new byte[(int) length];
        byte[] twos = v.toByteArray(); // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < out.length; i++) {
            int from = twos.length - 1 - i;
            out[out.length - 1 - i] = from >= 0 ? twos[from] : fill;
        }
        if (little) reverse(out);
        return out;
    }

    private static BigInteger fromBytes(byte[] b, boolean little, boolean signed) {
        byte[] big = b.clone();
        if (little) reverse(big);
        return signed ? (big.length == 0 ? BigInteger.ZERO : new BigInteger(big)) : new BigInteger(1, big);
    }

    private static byte[] bytesOf(Object o) {
        byte[] b = PyBuffer.bytesOf(o);
        if (b != null) return b;
        if (PyStr.asStr(o) != null) throw Errors.typeError("cannot convert 'str' object to bytes");
        Object method = Abstract.typeOf(o).lookup("__bytes__");
        if (method != null) {
            PyBytes r = PyBytes.asBytes(Abstract.callMethod(method, o));
            if (r == null) throw Errors.typeError("__bytes__ returned non-bytes");
            return r.value;
        }
        return new PyBytes(BytesConstruct.fromIterable(o, "bytes")).value;
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }
}
