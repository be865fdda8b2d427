package org.ember.runtime;

/**
 * The buffer protocol, Ember's internal form: an object that can hand out its bytes. bytes,
 * bytearray and memoryview implement it; bytes(), bytearray(), memoryview(), b''.join, the
 * codecs and (later) struct, io and hashlib accept any implementor.
 */
public interface PyBuffer {

    /** A copy of the current contents (a bytearray may change right after). */
    byte[] toByteArray();

    /** The current length in bytes. */
    int byteLength();

    /** True when writes through a memoryview are refused. */
    boolean isReadOnly();

    /** The byte at index i (0..255); implementors override this when they can avoid a copy. */
    default int byteAt(int i) {
        return toByteArray()[i] & 0xFF;
    }

    /** Writes one byte in place (writable buffers only; the caller has checked the index). */
    default void setByteAt(int i, int value) {
        throw Errors.typeError("cannot modify read-only memory");
    }

    /** Writes src at offset in place (writable buffers only; the caller has checked the bounds). */
    default void writeBytes(int offset, byte[] src) {
        for (int k = 0; k < src.length; k++) setByteAt(offset + k, src[k] & 0xFF);
    }

    /** The struct format of one item ("B" for plain bytes; array.array has its typecode). */
    default String format() {
        return "B";
    }

    /** The size of one item in bytes (1 for plain bytes). */
    default int itemSize() {
        return 1;
    }

    /** A memoryview started (+1) or stopped (-1) exporting this buffer: resizable buffers count them. */
    default void exportChanged(int delta) {}

    /** The buffer behind o (o itself or the builtin part of a subclass instance), or null. */
    static PyBuffer of(Object o) {
        if (o instanceof PyBuffer b) return b;
        if (o instanceof PyInstance inst) {
            if (inst.base instanceof PyBuffer b) return b;
            return pythonBuffer(inst);
        }
        return null;
    }

    /** PEP 688: a class with __buffer__(flags) exports the memoryview it returns. */
    private static PyBuffer pythonBuffer(PyInstance inst) {
        Object method = Abstract.typeOf(inst).lookup("__buffer__");
        if (method == null) return null;
        Object view = Abstract.callMethod(method, inst, PyInt.of(284));   // inspect.BufferFlags.FULL_RO, as memoryview() asks
        if (view instanceof PyMemoryView m) return m;
        throw Errors.typeError("__buffer__ returned non-memoryview object");
    }

    /** The bytes of a bytes-like object, or null if o is not one. */
    static byte[] bytesOf(Object o) {
        PyBuffer b = of(o);
        return b == null ? null : b.toByteArray();
    }

    /** The bytes of o, or TypeError "a bytes-like object is required, not 'T'". */
    static byte[] require(Object o) {
        byte[] b = bytesOf(o);
        if (b == null) throw Errors.typeError("a bytes-like object is required, not '%s'", Abstract.typeName(o));
        return b;
    }
}
