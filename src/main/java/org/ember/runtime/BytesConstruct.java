package org.ember.runtime;

import java.io.ByteArrayOutputStream;

/** {@code bytes(...)} and {@code bytearray(...)}: the constructors' argument rules and messages. */
final class BytesConstruct {
    private BytesConstruct() {}

    private static final ArgSpec BYTES_ARGS = ArgSpec.keywords("bytes", 0, 0, 3, "source", "encoding", "errors");
    private static final ArgSpec BYTEARRAY_ARGS = ArgSpec.keywords("bytearray", 0, 0, 3, "source", "encoding", "errors");

    static Object newBytes(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        Object[] a = BYTES_ARGS.bind(args, offset, nargs, kwnames);
        PyBytes result = new PyBytes(bytesFrom(a[0], a[1], a[2]));
        return type == PyBytes.TYPE ? result : type.wrap(result);
    }

    static Object newByteArray(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        Object[] a = BYTEARRAY_ARGS.bind(args, offset, nargs, kwnames);
        PyByteArray result = new PyByteArray(byteArrayFrom(a[0], a[1], a[2]));
        return type == PyByteArray.TYPE ? result : type.wrap(result);
    }

    private static byte[] bytesFrom(Object x, Object encoding, Object errors) {
        if (x == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        PyStr s = PyStr.asStr(x);
        if (encoding != null) {
            if (s == null) throw Errors.typeError("encoding without a string argument");
            return Codecs.encode(s, BytesMethods.encodingArg(encoding, "bytes"), errors == null ? "strict" : BytesMethods.errorsArg(errors, "bytes"));
        }
        if (errors != null) {
            throw Errors.typeError(s != null ? "string argument without an encoding" : "errors without a string argument");
        }
        Object method = Abstract.typeOf(x).lookup("__bytes__");
        if (method != null) {
            Object r = Abstract.callMethod(method, x);
            PyBytes b = PyBytes.asBytes(r);
            if (b == null) throw Errors.typeError("__bytes__ returned non-bytes (type %s)", Abstract.typeName(r));
            return b.value;
        }
        if (s != null) throw Errors.typeError("string argument without an encoding");
        return fromObject(x, "bytes");
    }

    private static byte[] byteArrayFrom(Object x, Object encoding, Object errors) {
        if (x == null) {
            if (encoding != null || errors != null) throw Errors.typeError("encoding or errors without sequence argument");
            return new byte[0];
        }
        PyStr s = PyStr.asStr(x);
        if (s != null) {
            if (encoding == null) throw Errors.typeError("string argument without an encoding");
            return Codecs.encode(s, BytesMethods.encodingArg(encoding, "bytearray"), errors == null ? "strict" : BytesMethods.errorsArg(errors, "bytearray"));
        }
        if (encoding != null) throw Errors.typeError("encoding without a string argument");
        if (errors != null) throw Errors.typeError("errors without a string argument");
        return fromObject(x, "bytearray");
    }

    /** An int (that many zero bytes), a buffer (a copy) or an iterable of ints in range(256). */
    private static byte[] fromObject(Object x, String typeName) {
        if (Abstract.typeOf(x).index != null) {
            long n = Abstract.asSize(x, Exceptions.OverflowError);
            if (n < 0) throw Errors.valueError("negative count");
            ValueFormat.checkSize(n);
            return new byte[(int) n];
        }
        byte[] buffer = PyBuffer.bytesOf(x);
        if (buffer != null) return buffer;
        return fromIterable(x, typeName);
    }

    /** bytes(iterable): each item an int in range(256). */
    static byte[] fromIterable(Object x, String typeName) {
        Object it;
        try {
            it = Abstract.getIter(x);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TypeError)) throw e;
            throw Errors.typeError("cannot convert '%s' object to %s", Abstract.typeName(x), typeName);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            out.write(itemValue(item, typeName));
        }
        return out.toByteArray();
    }

    private static int itemValue(Object item, String typeName) {
        PyInt i = Abstract.index(item);
        if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 255) {
            throw Errors.valueError(typeName.equals("bytes") ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
        }
        return (int) i.longValue();
    }
}
