package org.ember.runtime;

import java.util.Arrays;

/** {@code tuple}: an immutable array of values. */
public final class PyTuple extends PyObject {

    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class)
            .subclassable()
            .slots(PyTuple::fillSlots)
            .dict(PyTuple::fillDict)
            .build().withCollectionFlag(PyType.SEQUENCE);   // match: a sequence

    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    private PyTuple(Object[] items) {
        this.items = items;
    }

    /** A tuple of these values (the array is copied). */
    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    /** A tuple owning {@code items}: the caller must not change the array afterwards. */
    static PyTuple wrapping(Object[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** tuple(iterable). */
    public static PyTuple fromIterable(Object iterable) {
        if (iterable.getClass() == PyTuple.class) return (PyTuple) iterable;
        if (iterable instanceof PyList list) return wrapping(list.toArray());   // exact lists only: a subclass may override __iter__
        return wrapping(PyList.collect(iterable, 0, 10));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /** The items themselves, not a copy: for the runtime's own readers (never mutate). */
    Object[] itemsShared() {
        return items;
    }

    /** A copy of the items. */
    public Object[] items() {
        return items.clone();
    }

    static PyTuple asTuple(Object o) {
        if (o instanceof PyTuple t) return t;
        if (o instanceof PyInstance inst && inst.base instanceof PyTuple t) return t;
        return null;
    }

    private static PyTuple self(Object o) {
        return asTuple(o);
    }

    /** CPython's tuple hash (xxHash-based, 3.8+), over the items' hashes. */
    public static long hashItems(Object[] items) {
        return hashItems(items, true);
    }

    /** The xxHash lanes over the items' hashes; a slice's hash (3.12+) leaves out the tuple's length term. */
    public static long hashItems(Object[] items, boolean addLength) {
        final long prime1 = 0x9E3779B185EBCA87L, prime2 = 0xC2B2AE3D27D4EB4FL, prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Object item : items) {
            // exact strs and ints (most keys' items) without the type's hash slot
            long lane = item instanceof PyStr s ? s.hash() : item.getClass() == PyInt.class ? ((PyInt) item).hash() : Abstract.hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        if (addLength) acc += items.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /**
     * Lexicographic comparison of two item arrays, as tuples and lists compare. Exact int, float
     * and str items are compared without dispatch (sort keys and records are mostly these).
     */
    static Object compareItems(Object[] x, int nx, Object[] y, int ny, CompareOp op) {
        int i = 0;
        int order = UNORDERED; // how x[i] and y[i] compare, when known without dispatch
        for (; i < nx && i < ny; i++) {
            Object a = x[i], b = y[i];
            if (a == b) continue;
            order = exactOrder(a, b);
            if (order == 0 || order == UNORDERED && Abstract.richCompareBool(a, b, CompareOp.EQ)) continue;
            break;
        }
        if (i >= nx || i >= ny) {
            return PyBool.of(op.holds(Integer.compare(nx, ny)));
        }
        return compareDiffering(x[i], y[i], order, op);
    }

    /**
     * A sequence comparison's answer at the first items that are not equal ({@code order}: how
     * they compare when known without dispatch, else UNORDERED). Shared with list's comparison.
     */
    static Object compareDiffering(Object a, Object b, int order, CompareOp op) {
        if (op == CompareOp.EQ) return PyBool.FALSE;
        if (op == CompareOp.NE) return PyBool.TRUE;
        if (order != UNORDERED) return PyBool.of(op.holds(order));
        return Abstract.richCompare(a, b, op);
    }

    static final int UNORDERED = 2;

    /**
     * {@code x == y} for two exact tuples, decided without the comparison protocol when every
     * item pair up to the first unequal one is identical or two exact ints, strs or floats
     * ({@link #exactOrder}): 0 equal, 1 not equal, or UNORDERED when an item pair needs the
     * protocol (which may run Python code). The same item comparisons, in the same order, as
     * {@link #compareItems}: lengths decide only after the common items.
     */
    static int equalityWithoutDispatch(PyTuple x, PyTuple y) {
        Object[] a = x.items, b = y.items;
        int common = Math.min(a.length, b.length);
        for (int i = 0; i < common; i++) {
            Object p = a[i], q = b[i];
            if (p == q) continue;
            int equality = exactEquality(p, q);
            if (equality == 0) continue;
            return equality;
        }
        return a.length == b.length ? 0 : 1;
    }

    /**
     * 0 when two exact ints, strs or floats are equal, 1 when not (what their {@code ==} says,
     * NaN included), UNORDERED for anything else. Equality, not order: strs compare by content
     * equality (a length check, then a vectorized compare), which decides faster than ordering.
     */
    static int exactEquality(Object a, Object b) {
        Class<?> c = a.getClass();
        if (c != b.getClass()) return UNORDERED;
        if (c == PyStr.class) return PyStr.sameText((PyStr) a, (PyStr) b) ? 0 : 1;
        if (c == PyInt.class) return PyInt.compare((PyInt) a, (PyInt) b) == 0 ? 0 : 1;
        if (c == PyFloat.class) return ((PyFloat) a).value == ((PyFloat) b).value ? 0 : 1;
        return UNORDERED;
    }

    /**
     * -1, 0 or 1 for two exact ints, strs or (non-NaN) floats, whose comparisons cannot be
     * overridden; UNORDERED for anything else, which goes through the comparison protocol.
     */
    static int exactOrder(Object a, Object b) {
        Class<?> c = a.getClass();
        if (c != b.getClass()) return UNORDERED;
        if (c == PyInt.class) return Integer.signum(PyInt.compare((PyInt) a, (PyInt) b));
        if (c == PyStr.class) return Integer.signum(PyStr.compare((PyStr) a, (PyStr) b));
        if (c == PyFloat.class) {
            double p = ((PyFloat) a).value, q = ((PyFloat) b).value;
            return p < q ? -1 : p > q ? 1 : p == q ? 0 : UNORDERED; // NaN: the protocol's answers
        }
        return UNORDERED;
    }

    /** repr of a sequence of items between brackets, with the one-element tuple comma. */
    static String reprItems(Object[] items, int n, String open, String close, boolean tupleComma) {
        StringBuilder b = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(", ");
            b.append(Abstract.repr(items[i]).value());
        }
        if (tupleComma && n == 1) b.append(',');
        return b.append(close).toString();
    }

    private static void fillSlots(PyType t) {
        t.repr = self -> {
            PyTuple tuple = self(self);
            if (tuple.items.length == 0) return new PyStr("()");
            ThreadState ts = ThreadState.current();
            if (!ts.reprEnter(self)) return new PyStr("(...)");
            try {
                return new PyStr(reprItems(tuple.items, tuple.items.length, "(", ")", true));
            } finally {
                ts.reprLeave(self);
            }
        };
        t.hash = self -> hashItems(self(self).items);
        t.len = self -> self(self).items.length;
        t.richcompare = (a, b, op) -> {
            PyTuple y = asTuple(b);
            if (y == null) return PyNotImplemented.INSTANCE;
            PyTuple x = self(a);
            return compareItems(x.items, x.items.length, y.items, y.items.length, op);
        };
        t.contains = (self, item) -> {
            for (Object x : self(self).items) if (Abstract.equal(x, item)) return true;
            return false;
        };
        t.getitem = PyTuple::getItem;
        t.iter = self -> new PyListIterator(self(self).items, self(self).items.length, PyListIterator.TUPLE_TYPE);
        t.sqConcat = (a, b) -> {
            PyTuple y = asTuple(b);
            if (y == null) throw Errors.typeError("can only concatenate tuple (not \"%s\") to tuple", Abstract.typeName(b));
            PyTuple x = self(a);
            Object[] all = Arrays.copyOf(x.items, x.items.length + y.items.length);
            System.arraycopy(y.items, 0, all, x.items.length, y.items.length);
            return wrapping(all);
        };
        t.sqRepeat = (a, n) -> {
            // CPython: an exact tuple repeated once is itself (a subclass instance is wrapped, so never this)
            if (a instanceof PyTuple exact && n instanceof PyInt count && count.fitsLong() && count.longValue() == 1) return exact;
            return wrapping(PyList.repeatItems(self(a).items, self(a).items.length, n));
        };
        t.newInstance = (type, args, off, n, kw) -> {
            if (kw != null && kw.size() > 0 && type.lookup("__init__") != TYPE.lookup("__init__")) {
                n -= kw.size();   // CPython: keywords are left to a subclass's own __init__
                kw = null;
            }
            Object[] a = ArgSpec.positional("tuple", 0, 1).bind(args, off, n, kw);
            PyTuple result = a[0] == null ? EMPTY : fromIterable(a[0]);
            return type == TYPE ? result : type.wrap(result);
        };
    }

    private static Object getItem(Object selfObj, Object key) {
        PyTuple t = self(selfObj);
        if (key instanceof PySlice slice) {
            PySlice.Indices ix = slice.indices(t.items.length);
            Object[] out = new Object[ix.length()];
            for (int i = 0, j = ix.start(); i < out.length; i++, j += ix.step()) out[i] = t.items[j];
            return wrapping(out);
        }
        if (Abstract.typeOf(key).index == null) {
            throw Errors.typeError("tuple indices must be integers or slices, not %s", Abstract.typeName(key));
        }
        long i = Abstract.asSize(key, Exceptions.IndexError);
        if (i < 0) i += t.items.length;
        if (i < 0 || i >= t.items.length) throw Errors.indexError("tuple index out of range");
        return t.items[(int) i];
    }

    private static void fillDict(TypeBuilder d) {
        BuiltinExtras.tupleMethods(d);
        d.method1("count", (self, x) -> {
            int n = 0;
            for (Object item : self(self).items) if (Abstract.equal(item, x)) n++;
            return PyInt.of(n);
        });
        d.method("index", ArgSpec.positional("index", 1, 3), (self, a) -> {
            Object[] items = self(self).items;
            int[] r = PyList.searchRange(items.length, a[1], a[2]);
            for (int i = r[0]; i < r[1]; i++) if (Abstract.equal(items[i], a[0])) return PyInt.of(i);
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
    }
}
