package org.ember.runtime;

/** {@code set_iterator}: walks the table in slot order; RuntimeError if the set changes size. */
public final class PySetIterator extends PyObject {

    public static final PyType TYPE = PyType.builtin("set_iterator", PySetIterator.class)
            .slots(t -> {
                t.iter = self -> self;
                t.iternext = self -> ((PySetIterator) self).next();
            })
            .dict(d -> {
                d.method0("__length_hint__", self -> PyInt.of(((PySetIterator) self).remaining()));
                d.method0("__reduce__", self -> PyTuple.of(IteratorState.builtin("iter"), PyTuple.of(((PySetIterator) self).rest())));
            })
            .build();

    private final Object set;
    private final int expectedSize;
    private int position;
    private boolean exhausted;
    /** Items handed out so far (for __length_hint__). */
    private int returned;

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

    /** As CPython's setiter_len: what is left while the set keeps its size, else 0. */
    private synchronized int remaining() {
        if (exhausted) return 0;
        synchronized (SetOps.lockOf(set)) {
            return SetOps.tableOf(set).used == expectedSize ? expectedSize - returned : 0;
        }
    }

    /**
     * The elements this iterator has yet to give, without consuming them (__reduce__, as CPython
     * lists a copy of the iterator): none once exhausted; RuntimeError if the set changed size.
     */
    private synchronized PyList rest() {
        PyList out = new PyList();
        if (exhausted) return out;
        synchronized (SetOps.lockOf(set)) {
            SetTable table = SetOps.tableOf(set);
            if (table.used != expectedSize) throw Errors.runtimeError("Set changed size during iteration");
            for (int i = position; i < table.keys.length; i++) {
                Object k = table.keys[i];
                if (k != null && k != SetTable.DUMMY) out.append(k);
            }
        }
        return out;
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
                if (k != null && k != SetTable.DUMMY) {
                    returned++;
                    return k;
                }
            }
        }
        exhausted = true;
        return null;
    }
}
