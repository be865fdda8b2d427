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
            .build();

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
