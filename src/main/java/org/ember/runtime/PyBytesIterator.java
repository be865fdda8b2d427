package org.ember.runtime;

/** Iterator over a bytes, bytearray or memoryview: a bytearray is read at each step (it may change). */
public final class PyBytesIterator extends PyObject {

    public static final PyType BYTES_ITERATOR = define("bytes_iterator");
    public static final PyType BYTEARRAY_ITERATOR = define("bytearray_iterator");
    public static final PyType MEMORY_ITERATOR = define("memory_iterator");

    private static PyType define(String name) {
        return PyType.builtin(name, PyBytesIterator.class)
                .slots(t -> {
                    t.iter = self -> self;
                    t.iternext = self -> ((PyBytesIterator) self).next();
                })
                .dict(d -> {
                    if (name.equals("memory_iterator")) return;   // CPython's has no pickling support
                    d.method0("__length_hint__", self -> PyInt.of(((PyBytesIterator) self).remaining()));
                    d.method0("__reduce__", self -> ((PyBytesIterator) self).reduce());
                    d.method1("__setstate__", (self, state) -> {
                        ((PyBytesIterator) self).setState(IteratorState.position(state));
                        return PyNone.NONE;
                    });
                })
                .build();
    }

    private synchronized int remaining() {
        return source == null ? 0 : Math.max(0, length() - index);
    }

    private int length() {
        return source.byteLength();
    }

    /** (iter, (bytes,), index); (iter, ((),)) once exhausted. */
    private synchronized Object reduce() {
        if (source == null) return IteratorState.reduceExhausted(IteratorState.builtin("iter"), PyTuple.EMPTY);
        return IteratorState.reduce(IteratorState.builtin("iter"), source, index);
    }

    /** bytes clamps a negative position to 0, bytearray takes it as the end (CPython's). */
    private synchronized void setState(long position) {
        if (source == null) return;
        if (position < 0 && source instanceof PyByteArray) source = null;
        else index = (int) IteratorState.clamp(position, 0, length());
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
        if (source instanceof PyMemoryView view) {
            Object item = view.itemOrNull(index);
            if (item == null) source = null;
            else index++;
            return item;
        }
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
