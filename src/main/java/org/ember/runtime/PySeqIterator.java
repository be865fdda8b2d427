package org.ember.runtime;

/**
 * {@code iterator}: iterates anything with {@code __getitem__} by calling it with 0, 1, 2, ...
 * until IndexError or StopIteration (the old sequence protocol behind {@code iter()}).
 */
public final class PySeqIterator extends PyObject {

    public static final PyType TYPE = PyType.builtin("iterator", PySeqIterator.class)
            .slots(t -> {
                t.iter = self -> self;
                t.iternext = self -> ((PySeqIterator) self).next();
            })
            .dict(d -> {
                d.method0("__length_hint__", self -> ((PySeqIterator) self).lengthHint());
                d.method0("__reduce__", self -> ((PySeqIterator) self).reduce());
                d.method1("__setstate__", (self, state) -> {
                    ((PySeqIterator) self).setState(IteratorState.position(state));
                    return PyNone.NONE;
                });
            })
            .build();

    /** len(sequence) - index; NotImplemented for a sequence without __len__; 0 once exhausted. */
    private Object lengthHint() {
        Object seq;
        long at;
        synchronized (this) {
            seq = sequence;
            at = index;
        }
        if (seq == null) return PyInt.of(0);
        if (Abstract.typeOf(seq).len == null) return PyNotImplemented.INSTANCE;
        return PyInt.of(Math.max(0, Abstract.len(seq) - at));
    }

    /** (iter, (sequence,), index); (iter, ((),)) once exhausted. */
    private synchronized Object reduce() {
        if (sequence == null) return IteratorState.reduceExhausted(IteratorState.builtin("iter"), PyTuple.EMPTY);
        return IteratorState.reduce(IteratorState.builtin("iter"), sequence, index);
    }

    private synchronized void setState(long position) {
        if (sequence != null) index = Math.max(0, position);
    }

    private Object sequence;
    private long index;

    public PySeqIterator(Object sequence) {
        this.sequence = sequence;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized Object next() {
        if (sequence == null) return null;
        try {
            return Abstract.getItem(sequence, PyInt.of(index++));
        } catch (PyException e) {
            if (e.matches(Exceptions.IndexError) || e.matches(Exceptions.StopIteration)) {
                sequence = null;
                return null;
            }
            throw e;
        }
    }
}
