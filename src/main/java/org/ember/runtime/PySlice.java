package org.ember.runtime;

import java.math.BigInteger;

/** {@code slice}: start/stop/step, and CPython's normalization of them against a length. */
public final class PySlice extends PyObject {

    public static final PyType TYPE = PyType.builtin("slice", PySlice.class)
            .slots(t -> {
                t.repr = self -> {
                    PySlice s = (PySlice) self;
                    return new PyStr("slice(" + Abstract.repr(s.start).value() + ", " + Abstract.repr(s.stop).value()
                            + ", " + Abstract.repr(s.step).value() + ")");
                };
                t.hash = self -> PyTuple.hashItems(new Object[] {((PySlice) self).start, ((PySlice) self).stop, ((PySlice) self).step}, false);
                t.richcompare = (a, b, op) -> {
                    if (!(b instanceof PySlice y)) return PyNotImplemented.INSTANCE;
                    PySlice x = (PySlice) a;
                    return Abstract.richCompare(PyTuple.of(x.start, x.stop, x.step), PyTuple.of(y.start, y.stop, y.step), op);
                };
                t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.positional("slice", 1, 3).bind(args, off, n, kw);
                    if (a[1] == null) return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
                    return new PySlice(a[0], a[1], a[2] == null ? PyNone.NONE : a[2]);
                };
            })
            .dict(d -> {
                d.getset("start", self -> ((PySlice) self).start, null);
                d.getset("stop", self -> ((PySlice) self).stop, null);
                d.getset("step", self -> ((PySlice) self).step, null);
                d.method1("indices", (self, n) -> ((PySlice) self).indicesOfAnyLength(n));
            })
            .build();

    public final Object start, stop, step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A slice normalized against a sequence length (CPython's PySlice_AdjustIndices). */
    public record Indices(int start, int stop, int step, int length) {}

    public Indices indices(int length) {
        long stepValue = step == PyNone.NONE ? 1 : sliceIndex(step);
        if (stepValue == 0) throw Errors.valueError("slice step cannot be zero");
        if (stepValue < -Long.MAX_VALUE) stepValue = -Long.MAX_VALUE;
        long lower = stepValue < 0 ? -1 : 0;
        long upper = stepValue < 0 ? length - 1 : length;
        long startValue = start == PyNone.NONE ? (stepValue < 0 ? upper : lower) : clamp(sliceIndex(start), length, lower, upper);
        long stopValue = stop == PyNone.NONE ? (stepValue < 0 ? lower : upper) : clamp(sliceIndex(stop), length, lower, upper);
        long count;
        if (stepValue < 0) count = stopValue < startValue ? (startValue - stopValue - 1) / (-stepValue) + 1 : 0;
        else count = startValue < stopValue ? (stopValue - startValue - 1) / stepValue + 1 : 0;
        int s = (int) Math.max(Math.min(stepValue, Integer.MAX_VALUE), -Integer.MAX_VALUE);
        return new Indices((int) startValue, (int) stopValue, s, (int) count);
    }

    /**
     * slice.indices(length): CPython's _PySlice_GetLongIndices, with ints of any size (neither
     * the length nor the bounds are clamped to a machine size).
     */
    private PyTuple indicesOfAnyLength(Object lengthArg) {
        BigInteger length = Abstract.index(lengthArg).bigValue();
        if (length.signum() < 0) throw Errors.valueError("length should not be negative");
        BigInteger stepValue = step == PyNone.NONE ? BigInteger.ONE : bigSliceIndex(step);
        if (stepValue.signum() == 0) throw Errors.valueError("slice step cannot be zero");
        boolean backwards = stepValue.signum() < 0;
        BigInteger lower = backwards ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = backwards ? length.subtract(BigInteger.ONE) : length;
        BigInteger startValue = start == PyNone.NONE ? (backwards ? upper : lower) : bigClamp(bigSliceIndex(start), length, lower, upper);
        BigInteger stopValue = stop == PyNone.NONE ? (backwards ? lower : upper) : bigClamp(bigSliceIndex(stop), length, lower, upper);
        return PyTuple.of(PyInt.of(startValue), PyInt.of(stopValue), PyInt.of(stepValue));
    }

    private static BigInteger bigSliceIndex(Object v) {
        if (Abstract.typeOf(v).index == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(v).bigValue();
    }

    private static BigInteger bigClamp(BigInteger index, BigInteger length, BigInteger lower, BigInteger upper) {
        if (index.signum() < 0) {
            index = index.add(length);
            return index.compareTo(lower) < 0 ? lower : index;
        }
        return index.compareTo(upper) > 0 ? upper : index;
    }

    /** A bound or step as a clamped index, with CPython's _PyEval_SliceIndex message for other types. */
    private static long sliceIndex(Object v) {
        if (Abstract.typeOf(v).index == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.asSize(v, null);
    }

    private static long clamp(long index, int length, long lower, long upper) {
        if (index < 0) {
            index += length;
            return index < 0 ? lower : index;
        }
        return Math.min(index, upper);
    }
}
