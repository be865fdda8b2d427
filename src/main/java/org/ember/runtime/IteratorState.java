package org.ember.runtime;

/**
 * The pickling protocol of the builtin sequence iterators (list, tuple, reversed list, str,
 * range): {@code __reduce__} gives (iter, (sequence,), position) — (iter, (empty,)) once
 * exhausted (array.array's iterator uses it too) — and {@code __setstate__(position)} moves the iterator, clamped to the sequence
 * as CPython clamps it.
 */
public final class IteratorState {
    private IteratorState() {}

    /** A builtin by name ({@code iter}, {@code reversed}), as the reduce tuples name them. */
    public static Object builtin(String name) {
        Object found = ThreadState.current().interpreter().builtins.getItemStr(name);
        if (found == null) throw Errors.attributeError("module 'builtins' has no attribute '%s'", name);
        return found;
    }

    /** The position a __setstate__ was given: an int (PyLong_AsSsize_t: no __index__). */
    public static long position(Object state) {
        PyInt i = PyInt.asInt(state);
        if (i == null) throw Errors.typeError("an integer is required");
        if (!i.fitsLong()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return i.longValue();
    }

    static long clamp(long value, long low, long high) {
        return Math.max(low, Math.min(high, value));
    }

    /** (callable, (sequence,), position). */
    public static PyTuple reduce(Object callable, Object sequence, long position) {
        return PyTuple.of(callable, PyTuple.of(sequence), PyInt.of(position));
    }

    /** (callable, (empty,)) for an exhausted iterator. */
    public static PyTuple reduceExhausted(Object callable, Object empty) {
        return PyTuple.of(callable, PyTuple.of(empty));
    }
}
