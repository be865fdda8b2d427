package org.ember.runtime;

/**
 * {@code list_iterator} / {@code tuple_iterator}. A list iterator reads the live list (so it
 * sees appends made during iteration, as CPython's does); a tuple iterator reads a fixed array.
 */
public final class PyListIterator extends PyObject {

    public static final PyType LIST_TYPE = iteratorType("list_iterator");
    public static final PyType TUPLE_TYPE = iteratorType("tuple_iterator");
    public static final PyType REVERSE_TYPE = iteratorType("list_reverseiterator");

    private static PyType iteratorType(String name) {
        return PyType.builtin(name, PyListIterator.class)
                .slots(t -> {
                    t.iter = self -> self;
                    t.iternext = self -> ((PyListIterator) self).next();
                })
                .dict(d -> {
                    d.method0("__length_hint__", self -> PyInt.of(((PyListIterator) self).remaining()));
                    d.method0("__reduce__", self -> ((PyListIterator) self).reduce());
                    d.method1("__setstate__", (self, state) -> {
                        ((PyListIterator) self).setState(IteratorState.position(state));
                        return PyNone.NONE;
                    });
                })
                .build();
    }

    /** (iter, (list,), index), (reversed, (list,), index) for a reversed one; (iter, ([],)) once exhausted. */
    private Object reduce() {
        int i = index;
        boolean reverse = type == REVERSE_TYPE;
        Object sequence = list != null ? list : PyTuple.of(java.util.Arrays.copyOf(items, fixedSize));
        if (i < 0) {
            return IteratorState.reduceExhausted(IteratorState.builtin(reverse ? "reversed" : "iter"),
                    list != null ? new PyList() : PyTuple.EMPTY);
        }
        return IteratorState.reduce(IteratorState.builtin(reverse ? "reversed" : "iter"), sequence, i);
    }

    /**
     * Moves to {@code position}: a list iterator clamps it to [-1, len] (-1 is exhausted), a
     * reversed one to [-1, len - 1], a tuple iterator to [0, len]. An exhausted one stays so.
     */
    private synchronized void setState(long position) {
        if (index < 0) return;
        if (type == REVERSE_TYPE) index = (int) IteratorState.clamp(position, -1, list.size() - 1);
        else if (list != null) index = (int) IteratorState.clamp(position, -1, list.size());
        else index = (int) IteratorState.clamp(position, 0, fixedSize);
    }

    private final PyList list;
    private final Object[] items;
    private final int fixedSize;
    private final PyType type;
    private volatile int index;

    PyListIterator(PyList list) {
        this.list = list;
        this.items = null;
        this.fixedSize = 0;
        this.type = LIST_TYPE;
    }

    /** list.__reversed__(): from the last item down to the first, on the live list. */
    static PyListIterator reversed(PyList list) {
        PyListIterator it = new PyListIterator(list, REVERSE_TYPE);
        it.index = list.size() - 1;
        return it;
    }

    private PyListIterator(PyList list, PyType type) {
        this.list = list;
        this.items = null;
        this.fixedSize = 0;
        this.type = type;
    }

    PyListIterator(Object[] items, int size, PyType type) {
        this.list = null;
        this.items = items;
        this.fixedSize = size;
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /**
     * The next item, or null when exhausted. Not synchronized, like free-threaded CPython's
     * list iterator (relaxed atomics): the list itself stays consistent, while threads sharing
     * one iterator may see an item twice or skip one.
     */
    public Object next() {
        int i = index;
        if (i < 0) return null;
        if (type == REVERSE_TYPE) {
            Object value = i < list.size() ? list.getOrNull(i) : null;
            index = value == null ? -1 : i - 1;
            return value;
        }
        Object value = list != null ? list.getOrNull(i) : i < fixedSize ? items[i] : null;
        if (value == null) {
            index = -1;
            return null;
        }
        index = i + 1;
        return value;
    }

    private int remaining() {
        int i = index;
        if (i < 0) return 0;
        if (type == REVERSE_TYPE) return i < list.size() ? i + 1 : 0;
        return Math.max(0, (list != null ? list.size() : fixedSize) - i);
    }
}
