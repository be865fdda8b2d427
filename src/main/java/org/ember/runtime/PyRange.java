package org.ember.runtime;

/**
 * {@code range}: an immutable arithmetic sequence. Bounds are held as Java longs (a range whose
 * bounds do not fit raises OverflowError for now: big-int ranges are not supported yet).
 */
public final class PyRange extends PyObject {

    public static final PyType TYPE = PyType.builtin("range", PyRange.class)
            .slots(t -> {
                t.newInstance = (type, args, off, n, kw) -> make(args, off, n, kw);
                t.repr = self -> new PyStr(((PyRange) self).repr());
                t.len = self -> ((PyRange) self).lengthAsInt();
                t.iter = self -> new Iter((PyRange) self);
                t.getitem = (self, key) -> ((PyRange) self).getItem(key);
                t.contains = (self, item) -> ((PyRange) self).contains(item);
                t.bool = self -> ((PyRange) self).length > 0;
                t.hash = self -> PyTuple.hashItems(new Object[] {PyInt.of(((PyRange) self).length),
                        PyInt.of(((PyRange) self).start), PyInt.of(((PyRange) self).step)});
                t.richcompare = (a, b, op) -> compare(a, b, op);
            })
            .dict(d -> {
                BuiltinExtras.rangeMethods(d);
                d.getset("start", self -> PyInt.of(((PyRange) self).start), null);
                d.getset("stop", self -> PyInt.of(((PyRange) self).stop), null);
                d.getset("step", self -> PyInt.of(((PyRange) self).step), null);
            })
            .build();

    public final long start, stop, step, length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) n = start < stop ? (stop - start - 1) / step + 1 : 0;
        else n = start > stop ? (start - stop - 1) / -step + 1 : 0;
        this.length = n;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static Object make(Object[] args, int off, int n, PyTuple kw) {
        if (kw != null && kw.size() > 0) throw Errors.typeError("range() takes no keyword arguments");
        if (n == 0) throw Errors.typeError("range expected at least 1 argument, got 0");
        if (n > 3) throw Errors.typeError("range expected at most 3 arguments, got %d", n);
        if (n == 1) return new PyRange(0, bound(args[off]), 1);
        long step = n == 3 ? bound(args[off + 2]) : 1;
        if (step == 0) throw Errors.valueError("range() arg 3 must not be zero");
        return new PyRange(bound(args[off]), bound(args[off + 1]), step);
    }

    private static long bound(Object o) {
        PyInt i = Abstract.index(o);
        if (!i.fitsLong() || i.longValue() == Long.MIN_VALUE) {
            throw Errors.overflowError("range bounds beyond 64 bits are not supported yet");
        }
        return i.longValue();
    }

    private int lengthAsInt() {
        if (length > Integer.MAX_VALUE) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return (int) length;
    }

    private String repr() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    private Object getItem(Object key) {
        if (key instanceof PySlice slice) {
            PySlice.Indices ix = slice.indices(lengthAsInt());
            return new PyRange(start + ix.start() * step, start + ix.stop() * step, step * ix.step());
        }
        PyType keyType = Abstract.typeOf(key);
        if (keyType.index == null) {
            throw Errors.typeError("range indices must be integers or slices, not %s", keyType.name());
        }
        long i = Abstract.index(key).fitsLong() ? Abstract.index(key).longValue() : Long.MAX_VALUE;
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Errors.indexError("range object index out of range");
        return PyInt.of(start + i * step);
    }

    private boolean contains(Object item) {
        if (Abstract.typeOf(item) == PyInt.TYPE || Abstract.typeOf(item) == PyBool.TYPE) {
            PyInt v = (PyInt) item;
            if (!v.fitsLong()) return false;
            long x = v.longValue();
            if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
            return (x - start) % step == 0;
        }
        Object it = new Iter(this);
        for (Object o; (o = ((Iter) it).next()) != null; ) if (Abstract.equal(o, item)) return true;
        return false;
    }

    private static Object compare(Object a, Object b, CompareOp op) {
        if (!(b instanceof PyRange y) || op != CompareOp.EQ && op != CompareOp.NE) return PyNotImplemented.INSTANCE;
        PyRange x = (PyRange) a;
        boolean eq = x.length == y.length && (x.length == 0 || x.start == y.start && (x.length == 1 || x.step == y.step));
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    /** {@code range_iterator}. */
    public static final class Iter extends PyObject {
        public static final PyType TYPE = PyType.builtin("range_iterator", Iter.class)
                .slots(t -> {
                    t.iter = self -> self;
                    t.iternext = self -> ((Iter) self).next();
                })
                .dict(d -> d.method0("__length_hint__", self -> PyInt.of(Math.max(0, ((Iter) self).range.length - ((Iter) self).index))))
                .build();

        private final PyRange range;
        private long index;

        Iter(PyRange range) {
            this.range = range;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /**
         * The next int, or null when exhausted. Not synchronized: as in free-threaded CPython
         * (relaxed atomics), threads sharing one iterator may see an item twice or skip one, but
         * nothing worse; a lock here cost every for loop over a range two atomic operations.
         */
        public Object next() {
            if (index >= range.length) return null;
            return PyInt.of(range.start + index++ * range.step);
        }
    }
}
