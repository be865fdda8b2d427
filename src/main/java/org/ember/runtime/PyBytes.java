package org.ember.runtime;

/** {@code bytes}: an immutable sequence of bytes. The array is never changed after construction. */
public final class PyBytes extends PyObject implements PyBuffer {

    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class)
            .subclassable()
            .slots(t -> BytesMethods.fillSlots(t, BytesMethods.BYTES))
            .dict(d -> {
                BytesMethods.fillDict(d, BytesMethods.BYTES);
                BuiltinExtras.bytesMethods(d, false);
            })
            .build();

    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    /** The contents; callers must not modify it. */
    public final byte[] value;
    /** The cached hash: 0 until computed, a hash of 0 kept as -1 (one field: see PyStr's). */
    private long hash;

    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The bytes inside o (a bytes or an instance of a bytes subclass), or null. */
    public static PyBytes asBytes(Object o) {
        if (o instanceof PyBytes b) return b;
        if (o instanceof PyInstance inst && inst.base instanceof PyBytes b) return b;
        return null;
    }

    @Override
    public byte[] toByteArray() {
        return value.clone();
    }

    /** The contents without copying (read-only use). */
    public byte[] bytes() {
        return value;
    }

    @Override
    public int byteLength() {
        return value.length;
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public String toString() {
        return Repr.bytes(value);
    }

    /** Equal to the hash of the str with the same code points below 256 (latin-1), like CPython's. */
    public long hash() {
        long h = hash;
        if (h == 0) {
            h = PyStr.hashOf(new String(value, java.nio.charset.StandardCharsets.ISO_8859_1));
            hash = h == 0 ? -1 : h;
            return h;
        }
        return h == -1 ? 0 : h;
    }
}
