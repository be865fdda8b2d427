package org.ember.runtime;

import java.util.Arrays;

/**
 * {@code bytearray}: a mutable sequence of bytes. Like {@link PyList}, every mutation holds the
 * object's monitor, so single operations are atomic; reads take a snapshot under the monitor.
 */
public final class PyByteArray extends PyObject implements PyBuffer {

    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class)
            .subclassable()
            .slots(t -> {
                BytesMethods.fillSlots(t, BytesMethods.BYTEARRAY);
                ByteArrayMutation.fillSlots(t);
            })
            .dict(d -> {
                BuiltinExtras.bytesMethods(d, true);
                BytesMethods.fillDict(d, BytesMethods.BYTEARRAY);
                ByteArrayMutation.fillDict(d);
            })
            .build();

    private byte[] data;
    private int size;
    /** memoryviews currently exporting this buffer: resizing is refused while any is alive. */
    int exports;

    public PyByteArray(byte[] initial) {
        this.data = initial;
        this.size = initial.length;
    }

    public PyByteArray() {
        this(new byte[0]);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public static PyByteArray asByteArray(Object o) {
        if (o instanceof PyByteArray b) return b;
        if (o instanceof PyInstance inst && inst.base instanceof PyByteArray b) return b;
        return null;
    }

    @Override
    public synchronized byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    @Override
    public synchronized int byteLength() {
        return size;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    /**
     * The bytes at start, start+step, ... (count of them), copied without copying the whole
     * array (indexing must not be O(len)); positions past the current end (a concurrent
     * shrink) are left out.
     */
    synchronized byte[] copyRange(int start, int step, int count) {
        byte[] out = new byte[count];
        int copied = 0;
        for (int j = start; copied < count && j >= 0 && j < size; j += step) out[copied++] = data[j];
        return copied == count ? out : Arrays.copyOf(out, copied);
    }

    /** The byte at i (0..255), or -1 past the end. */
    synchronized int byteAtOrMinus(int i) {
        return i < size ? data[i] & 0xFF : -1;
    }

    @Override
    public synchronized void exportChanged(int delta) {
        exports += delta;
    }

    @Override
    public void setByteAt(int i, int value) {
        setByte(i, value);
    }

    @Override
    public synchronized void writeBytes(int offset, byte[] src) {
        write(offset, src);
    }

    synchronized void setByte(int i, int value) {
        if (i >= size) throw Errors.indexError("bytearray index out of range");
        data[i] = (byte) value;
    }

    /** Replaces the whole contents (resizing operations); refused while exported to a memoryview. */
    synchronized void replaceAll(byte[] contents) {
        if (contents.length != size) checkResizable();
        data = contents;
        size = contents.length;
    }

    /** Replaces bytes [start, stop) with the given bytes. */
    synchronized void replaceRange(int start, int stop, byte[] with) {
        int newSize = size - (stop - start) + with.length;
        if (newSize != size) checkResizable();
        if (stop == size) {
            // a change at the end (pop, +=, extend, BytesIO.write) reuses the array when it has
            // room and otherwise grows it geometrically, so repeated appends are amortized O(1)
            if (newSize > data.length) data = Arrays.copyOf(data, Math.max(newSize, size + (size >> 1) + 8));
            System.arraycopy(with, 0, data, start, with.length);
            size = newSize;
            return;
        }
        byte[] out = new byte[newSize];
        System.arraycopy(data, 0, out, 0, start);
        System.arraycopy(with, 0, out, start, with.length);
        System.arraycopy(data, stop, out, start + with.length, size - stop);
        data = out;
        size = newSize;
    }

    synchronized void append(int value) {
        checkResizable();
        if (size == data.length) data = Arrays.copyOf(data, Math.max(8, size + (size >> 1) + 1));
        data[size++] = (byte) value;
    }

    synchronized void checkResizable() {
        if (exports > 0) throw Errors.of(Exceptions.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    /** Writes through a memoryview: bytes [offset, offset + src.length) replaced in place. */
    synchronized void write(int offset, byte[] src) {
        System.arraycopy(src, 0, data, offset, src.length);
    }

    @Override
    public String toString() {
        return "bytearray(" + Repr.bytes(toByteArray()) + ")";
    }
}
