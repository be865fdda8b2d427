package org.ember.runtime;

import java.math.BigInteger;

/**
 * {@code range}: an immutable arithmetic sequence of arbitrary-precision ints. When the bounds,
 * the step and the length all fit Java longs (nearly always) they are held as longs in the public
 * fields, iteration uses {@link Iter} (what FOR_ITER_RANGE specializes on) and the common
 * operations stay in long arithmetic. Otherwise {@link #big} holds them as BigIntegers, iteration
 * uses {@link LongIter} ("longrange_iterator", as in CPython) and the long fields are unused.
 * The rarer operations (slicing, reversing, hashing, comparing) always compute on BigIntegers.
 */
public final class PyRange extends PyObject {

    public static final PyType TYPE = PyType.builtin("range", PyRange.class)
            .slots(t -> {
                t.newInstance = (type, args, off, n, kw) -> make(args, off, n, kw);
                t.repr = self -> new PyStr(((PyRange) self).repr());
                t.len = self -> ((PyRange) self).lengthAsInt();
                t.iter = self -> ((PyRange) self).iterator();
                t.getitem = (self, key) -> ((PyRange) self).getItem(key);
                t.contains = (self, item) -> ((PyRange) self).contains(item);
                t.bool = self -> ((PyRange) self).view().length.signum() > 0;
                t.hash = self -> ((PyRange) self).hash();
                t.richcompare = (a, b, op) -> compare(a, b, op);
            })
            .dict(d -> {
                BuiltinExtras.rangeMethods(d);
                d.getset("start", self -> PyInt.of(((PyRange) self).view().start), null);
                d.getset("stop", self -> PyInt.of(((PyRange) self).view().stop), null);
                d.getset("step", self -> PyInt.of(((PyRange) self).view().step), null);
            })
            .build().withCollectionFlag(PyType.SEQUENCE);   // match: a sequence

    /** Valid when {@link #big} is null. */
    public final long start, stop, step, length;
    /** The range in BigIntegers when it does not fit longs, else null. */
    private final Big big;

    /** A range whose bounds, step and length are known to fit longs (step not 0). */
    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        // the distance may exceed Long.MAX_VALUE (range(-maxsize, maxsize, 2)): it is exact as an
        // unsigned long, and so is -step (also for Long.MIN_VALUE)
        if (step > 0) n = start < stop ? Long.divideUnsigned(stop - start - 1, step) + 1 : 0;
        else n = start > stop ? Long.divideUnsigned(start - stop - 1, -step) + 1 : 0;
        this.length = n;
        this.big = null;
    }

    private PyRange(Big big) {
        this.start = this.stop = this.step = this.length = 0;
        this.big = big;
    }

    /** The range with these bounds and step (step not 0), in longs when everything fits. */
    static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        Big b = Big.of(start, stop, step);
        return b.fitsLongs() ? new PyRange(start.longValue(), stop.longValue(), step.longValue()) : new PyRange(b);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * The range as BigIntegers: start, stop, step and length. For the rare operations, which
     * then need one implementation only.
     */
    record Big(BigInteger start, BigInteger stop, BigInteger step, BigInteger length) {
        static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
        static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

        static Big of(BigInteger start, BigInteger stop, BigInteger step) {
            BigInteger n;
            if (step.signum() > 0) {
                n = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE) : BigInteger.ZERO;
            } else {
                n = start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
            }
            return new Big(start, stop, step, n);
        }

        /** The item at index i (0 <= i < length). */
        BigInteger item(BigInteger i) {
            return start.add(i.multiply(step));
        }

        /** Whether every value the long representation computes with fits a long (MIN_VALUE excluded, as before). */
        boolean fitsLongs() {
            return fits(start) && fits(stop) && fits(step) && fits(length)
                    && fits(start.add(length.multiply(step)));
        }

        private static boolean fits(BigInteger v) {
            return v.compareTo(LONG_MIN) > 0 && v.compareTo(LONG_MAX) <= 0;
        }
    }

    /** This range as BigIntegers. */
    Big view() {
        return big != null ? big : new Big(BigInteger.valueOf(start), BigInteger.valueOf(stop),
                BigInteger.valueOf(step), BigInteger.valueOf(length));
    }

    public PyInt startValue() {
        return PyInt.of(view().start);
    }

    public PyInt stopValue() {
        return PyInt.of(view().stop);
    }

    public PyInt stepValue() {
        return PyInt.of(view().step);
    }

    private static Object make(Object[] args, int off, int n, PyTuple kw) {
        if (kw != null && kw.size() > 0) throw Errors.typeError("range() takes no keyword arguments");
        if (n == 0) throw Errors.typeError("range expected at least 1 argument, got 0");
        if (n > 3) throw Errors.typeError("range expected at most 3 arguments, got %d", n);
        PyInt start = n == 1 ? PyInt.of(0) : Abstract.index(args[off]);
        PyInt stop = Abstract.index(args[n == 1 ? off : off + 1]);
        PyInt step = n == 3 ? Abstract.index(args[off + 2]) : PyInt.of(1);
        if (step.signum() == 0) throw Errors.valueError("range() arg 3 must not be zero");
        if (small(start) && small(stop) && small(step)) return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        return of(start.bigValue(), stop.bigValue(), step.bigValue());
    }

    /**
     * Bounds this small cannot overflow the long representation (every value it computes lies
     * between start and stop + step), so the range needs no BigInteger arithmetic: range() in
     * a loop (threads_cpu's sieve) made BigInteger subtract/divide and the Big path hot enough
     * for HotSpot's C2 to compile them late in the run.
     */
    private static boolean small(PyInt v) {
        return v.fitsLong() && v.longValue() >= -SMALL_BOUND && v.longValue() <= SMALL_BOUND;
    }

    private static final long SMALL_BOUND = 1L << 61;

    private int lengthAsInt() {
        long n = lengthAsSize();
        if (n > Integer.MAX_VALUE) throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        return (int) n;
    }

    /** len(range): the length when it fits sys.maxsize (a Py_ssize_t), else OverflowError. */
    public long lengthAsSize() {
        if (big == null) return length;
        if (big.length.compareTo(Big.LONG_MAX) > 0) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return big.length.longValue();
    }

    private String repr() {
        Big b = view();
        return b.step.equals(BigInteger.ONE) ? "range(" + b.start + ", " + b.stop + ")"
                : "range(" + b.start + ", " + b.stop + ", " + b.step + ")";
    }

    private Object iterator() {
        return big == null ? new Iter(this) : new LongIter(big.start, big.step, big.length);
    }

    /** reversed(range): the same items last to first. */
    public Object reversedIterator() {
        Big b = view();
        BigInteger last = b.item(b.length.subtract(BigInteger.ONE));
        Big reversed = b.length.signum() == 0 ? Big.of(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ONE)
                : new Big(last, last.subtract(b.length.multiply(b.step)), b.step.negate(), b.length);
        return reversed.fitsLongs()
                ? new Iter(new PyRange(reversed.start.longValue(), reversed.stop.longValue(), reversed.step.longValue()))
                : new LongIter(reversed.start, reversed.step, reversed.length);
    }

    private Object getItem(Object key) {
        if (key instanceof PySlice slice) return slice(slice);
        PyType keyType = Abstract.typeOf(key);
        if (keyType.index == null) {
            throw Errors.typeError("range indices must be integers or slices, not %s", keyType.name());
        }
        PyInt index = Abstract.index(key);
        if (big == null && index.fitsLong()) {
            long i = index.longValue();
            if (i < 0) i += length;
            if (i < 0 || i >= length) throw Errors.indexError("range object index out of range");
            return PyInt.of(start + i * step);
        }
        Big b = view();
        BigInteger i = index.bigValue();
        if (i.signum() < 0) i = i.add(b.length);
        if (i.signum() < 0 || i.compareTo(b.length) >= 0) throw Errors.indexError("range object index out of range");
        return PyInt.of(b.item(i));
    }

    /** range[slice]: another range (CPython's compute_slice over arbitrary-precision indices). */
    private PyRange slice(PySlice slice) {
        Big b = view();
        BigInteger sliceStep = slice.step == PyNone.NONE ? BigInteger.ONE : sliceIndex(slice.step);
        if (sliceStep.signum() == 0) throw Errors.valueError("slice step cannot be zero");
        boolean backwards = sliceStep.signum() < 0;
        BigInteger lower = backwards ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = backwards ? b.length.add(lower) : b.length;
        BigInteger from = slice.start == PyNone.NONE ? (backwards ? upper : lower) : clamp(sliceIndex(slice.start), b.length, lower, upper);
        BigInteger to = slice.stop == PyNone.NONE ? (backwards ? lower : upper) : clamp(sliceIndex(slice.stop), b.length, lower, upper);
        return of(b.start.add(from.multiply(b.step)), b.start.add(to.multiply(b.step)), b.step.multiply(sliceStep));
    }

    private static BigInteger sliceIndex(Object v) {
        if (Abstract.typeOf(v).index == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(v).bigValue();
    }

    private static BigInteger clamp(BigInteger index, BigInteger length, BigInteger lower, BigInteger upper) {
        if (index.signum() < 0) {
            index = index.add(length);
            return index.compareTo(lower) < 0 ? lower : index;
        }
        return index.compareTo(upper) > 0 ? upper : index;
    }

    private boolean contains(Object item) {
        if (Abstract.typeOf(item) == PyInt.TYPE || Abstract.typeOf(item) == PyBool.TYPE) return containsInt((PyInt) item);
        Object it = iterator();
        for (Object o; (o = Abstract.next(it)) != null; ) if (Abstract.equal(o, item)) return true;
        return false;
    }

    /** Whether the int v is one of the items: arithmetic, no iteration. */
    boolean containsInt(PyInt v) {
        if (big == null) {
            if (!v.fitsLong()) return false;
            long x = v.longValue();
            if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
            return (x - start) % step == 0;
        }
        BigInteger x = v.bigValue();
        Big b = big;
        boolean inside = b.step.signum() > 0 ? x.compareTo(b.start) >= 0 && x.compareTo(b.stop) < 0
                : x.compareTo(b.start) <= 0 && x.compareTo(b.stop) > 0;
        return inside && x.subtract(b.start).mod(b.step.abs()).signum() == 0;
    }

    /** The index of the int v, which {@link #containsInt} said is an item. */
    PyInt indexOfInt(PyInt v) {
        Big b = view();
        return PyInt.of(v.bigValue().subtract(b.start).divide(b.step));
    }

    /** CPython hashes (length, start, step) with start and step None where they do not matter. */
    private long hash() {
        Big b = view();
        Object first = b.length.signum() == 0 ? PyNone.NONE : PyInt.of(b.start);
        Object stepPart = b.length.compareTo(BigInteger.ONE) <= 0 ? PyNone.NONE : PyInt.of(b.step);
        return PyTuple.hashItems(new Object[] {PyInt.of(b.length), first, stepPart});
    }

    private static Object compare(Object a, Object b, CompareOp op) {
        if (!(b instanceof PyRange other) || op != CompareOp.EQ && op != CompareOp.NE) return PyNotImplemented.INSTANCE;
        Big x = ((PyRange) a).view(), y = other.view();
        boolean eq = x.length.equals(y.length) && (x.length.signum() == 0
                || x.start.equals(y.start) && (x.length.equals(BigInteger.ONE) || x.step.equals(y.step)));
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    /** {@code range_iterator}. */
    public static final class Iter extends PyObject {
        public static final PyType TYPE = PyType.builtin("range_iterator", Iter.class)
                .slots(t -> {
                    t.iter = self -> self;
                    t.iternext = self -> ((Iter) self).next();
                })
                .dict(d -> {
                    d.method0("__length_hint__", self -> PyInt.of(Math.max(0, ((Iter) self).range.length - ((Iter) self).index)));
                    d.method0("__reduce__", self -> ((Iter) self).reduce());
                    d.method1("__setstate__", (self, state) -> {
                        ((Iter) self).skip(IteratorState.position(state));
                        return PyNone.NONE;
                    });
                })
                .build();

        /** (iter, (range(next, end, step),), None): the range of what is left, as CPython 3.12+. */
        private Object reduce() {
            long left = Math.max(0, range.length - index);
            long next = range.start + Math.min(index, range.length) * range.step;
            PyRange rest = new PyRange(next, next + left * range.step, range.step);
            return PyTuple.of(IteratorState.builtin("iter"), PyTuple.of(rest), PyNone.NONE);
        }

        /** __setstate__(n): skips n items (clamped to what is left). */
        private synchronized void skip(long count) {
            long left = Math.max(0, range.length - index);
            index += IteratorState.clamp(count, 0, left);
        }

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

    /** {@code longrange_iterator}: iteration over a range that does not fit longs. */
    public static final class LongIter extends PyObject {
        public static final PyType TYPE = PyType.builtin("longrange_iterator", LongIter.class)
                .slots(t -> {
                    t.iter = self -> self;
                    t.iternext = self -> ((LongIter) self).next();
                })
                .dict(d -> {
                    d.method0("__length_hint__", self -> PyInt.of(((LongIter) self).remaining()));
                    d.method0("__reduce__", self -> ((LongIter) self).reduce());
                    d.method1("__setstate__", (self, state) -> {
                        ((LongIter) self).skip(state);
                        return PyNone.NONE;
                    });
                })
                .build();

        private synchronized BigInteger remaining() {
            return remaining.max(BigInteger.ZERO);
        }

        /** (iter, (range(next, end, step),), None), as range_iterator's. */
        private synchronized Object reduce() {
            BigInteger left = remaining.max(BigInteger.ZERO);
            PyRange rest = PyRange.of(current, current.add(left.multiply(step)), step);
            return PyTuple.of(IteratorState.builtin("iter"), PyTuple.of(rest), PyNone.NONE);
        }

        /** __setstate__(n): skips n items (an int; clamped to what is left). */
        private synchronized void skip(Object state) {
            PyInt n = PyInt.asInt(state);
            if (n == null) throw Errors.typeError("an integer is required");
            BigInteger count = n.bigValue().max(BigInteger.ZERO).min(remaining.max(BigInteger.ZERO));
            current = current.add(count.multiply(step));
            remaining = remaining.subtract(count);
        }

        private BigInteger current;
        private final BigInteger step;
        private BigInteger remaining;

        LongIter(BigInteger start, BigInteger step, BigInteger length) {
            this.current = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        synchronized Object next() {
            if (remaining.signum() <= 0) return null;
            BigInteger value = current;
            current = current.add(step);
            remaining = remaining.subtract(BigInteger.ONE);
            return PyInt.of(value);
        }
    }
}
