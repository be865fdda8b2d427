package org.ember.runtime;

/** Iterator over a bytes or bytearray: yields ints; a bytearray is read at each step (it may change). */
public final class PyBytesIterator extends PyObject {

    public static final PyType BYTES_ITERATOR = define("bytes_iterator");
    public static final PyType BYTEARRAY_ITERATOR = define("bytearray_iterator");

    private static PyType define(String name) {
        return PyType.builtin(name, PyBytesIterator.class)
                .slots(t -> {
                    t.iter = self -> self;
                    t.iternext = self -> ((PyBytesIterator) self).next();
                })
                .build();
    }

    private final PyType type;
    private PyBuffer source;
    private int index;

    PyBytesIterator(PyType type, PyBuffer source) {
        this.type = type;
        this.source = source;
    }

    @Override
    public PyType type() {
        return type;
    }

    private synchronized Object next() {
        if (source == null) return null;
        int value = source instanceof PyByteArray a ? a.byteAtOrMinus(index) : byteAt((PyBytes) source, index);
        if (value < 0) {
            source = null;
            return null;
        }
        index++;
        return PyInt.of(value);
    }

    private static int byteAt(PyBytes b, int i) {
        return i < b.value.length ? b.value[i] & 0xFF : -1;
    }
}
