package org.ember.runtime;

/** {@code set_iterator}: walks the table in slot order; RuntimeError if the set changes size. */
public final class PySetIterator extends PyObject {

    public static final PyType TYPE = PyType.builtin("set_iterator", PySetIterator.class)
            .slots(t -> {
                t.iter = self -> self;
                t.iternext = self -> ((PySetIterator) self).next();
            })
            .build();

    private final Object set;
    private final int expectedSize;
    private int position;
    private boolean exhausted;

    PySetIterator(Object set) {
        this.set = set;
        synchronized (SetOps.lockOf(set)) {
            this.expectedSize = SetOps.tableOf(set).used;
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized Object next() {
        if (exhausted) return null;
        synchronized (SetOps.lockOf(set)) {
            SetTable table = SetOps.tableOf(set);
            if (table.used != expectedSize) {
                exhausted = true;
                throw Errors.runtimeError("Set changed size during iteration");
            }
            while (position < table.keys.length) {
                Object k = table.keys[position++];
                if (k != null && k != SetTable.DUMMY) return k;
            }
        }
        exhausted = true;
        return null;
    }
}
