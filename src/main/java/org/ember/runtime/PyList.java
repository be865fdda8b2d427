package org.ember.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code list}. Thread safety without a global lock: every mutation holds the list's monitor,
 * so each single operation (append, pop, slice assignment, sort...) is atomic; element reads are
 * lock-free on a snapshot of the array and fall back to the lock only when they race a shrink.
 */
public final class PyList extends PyObject {

    public static final PyType TYPE = PyType.builtin("list", PyList.class)
            .subclassable()
            .slots(PyList::fillSlots)
            .dict(PyList::fillDict)
            .build().withCollectionFlag(PyType.SEQUENCE);   // match: a sequence

    private static final Object[] EMPTY = new Object[0];

    private volatile Object[] items;
    private volatile int size;

    public PyList() {
        this.items = EMPTY;
    }

    private PyList(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    public static PyList of(Object... values) {
        return new PyList(values.clone(), values.length);
    }

    /**
     * A list over the first {@code size} slots of {@code items}, which the caller hands over and
     * must not touch again: builders (str.split, splitlines) fill an array without the monitor
     * each append takes.
     */
    static PyList owning(Object[] items, int size) {
        return new PyList(items, size);
    }

    /** list(iterable). */
    public static PyList fromIterable(Object iterable) {
        PyList list = new PyList();
        list.extend(iterable);
        return list;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    static PyList asList(Object o) {
        if (o instanceof PyList l) return l;
        if (o instanceof PyInstance inst && inst.base instanceof PyList l) return l;
        return null;
    }

    private static PyList self(Object o) {
        return asList(o);
    }

    /** Item i, or null when out of range; lock-free unless racing a concurrent shrink. */
    public Object getOrNull(int i) {
        Object[] a = items;
        if (i >= 0 && i < size && i < a.length) {
            Object v = a[i];
            if (v != null) return v;
        }
        synchronized (this) {
            return i >= 0 && i < size ? items[i] : null;
        }
    }

    /** self[i] = value for 0 <= i < len (STORE_SUBSCR_LIST_INT); false when out of range. */
    public synchronized boolean setIfInRange(int i, Object value) {
        if (i < 0 || i >= size) return false;
        items[i] = value;
        return true;
    }

    public Object get(int i) {
        Object v = getOrNull(i);
        if (v == null) throw Errors.indexError("list index out of range");
        return v;
    }

    /** A snapshot copy of the items. */
    public synchronized Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    // ---- mutations (all under the monitor) ----

    public synchronized void append(Object value) {
        ensureCapacity(size + 1);
        items[size] = value;
        size = size + 1;
    }

    private void ensureCapacity(int needed) {
        Object[] a = items;
        if (needed > a.length) {
            // Grow by half: Java cannot extend an array in place as CPython's realloc often can,
            // so CPython's 1/8 over-allocation would copy each element about eight times.
            int newCap = needed + (needed >> 1) + 4;
            items = Arrays.copyOf(a, newCap);
        }
    }

    /**
     * The items of a generic iterable, as CPython's list_extend and PySequence_Tuple take them:
     * the iterator first, then the length hint (which may run a Python __len__/__length_hint__;
     * a hint no array can hold beside {@code current} items is a MemoryError), then the items.
     */
    static Object[] collect(Object iterable, int current, int defaultHint) {
        Object it = Abstract.getIter(iterable);
        long hint = Abstract.lengthHint(iterable, defaultHint);
        Abstract.checkCapacity(current, hint);
        // presized from the hint up to a bound: a hint may lie, and a huge one would allocate at once
        List<Object> collected = new ArrayList<>((int) Math.min(hint, 1 << 16));
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) collected.add(x);
        return collected.toArray();
    }

    /** list.extend(iterable): collects first (the iterable may be this list), then appends atomically. */
    public void extend(Object iterable) {
        Object[] more;
        PyList other = asList(iterable);
        PyTuple tuple = PyTuple.asTuple(iterable);
        if (other != null && Abstract.typeOf(iterable).iter == PyList.TYPE.iter) {
            more = other.toArray();
        } else if (tuple != null && Abstract.typeOf(iterable).iter == PyTuple.TYPE.iter) {
            more = tuple.items();
        } else if (SetOps.tableOf(iterable) != null
                && (Abstract.typeOf(iterable).iter == PySet.TYPE.iter || Abstract.typeOf(iterable).iter == PyFrozenSet.TYPE.iter)) {
            // list(a_set) is atomic, as in CPython (a critical section in the free-threaded
            // build): another thread adding to the set cannot make it fail half-way
            more = SetOps.snapshot(iterable);
        } else {
            more = collect(iterable, size, 8);
        }
        synchronized (this) {
            ensureCapacity(size + more.length);
            System.arraycopy(more, 0, items, size, more.length);
            size = size + more.length;
        }
    }

    public synchronized void insert(long index, Object value) {
        int n = size;
        if (index < 0) index = Math.max(0, index + n);
        int at = (int) Math.min(index, n);
        ensureCapacity(n + 1);
        System.arraycopy(items, at, items, at + 1, n - at);
        items[at] = value;
        size = n + 1;
    }

    public synchronized Object pop(long index) {
        int n = size;
        if (n == 0) throw Errors.indexError("pop from empty list");
        if (index < 0) index += n;
        if (index < 0 || index >= n) throw Errors.indexError("pop index out of range");
        int at = (int) index;
        Object v = items[at];
        System.arraycopy(items, at + 1, items, at, n - at - 1);
        items[n - 1] = null;
        size = n - 1;
        return v;
    }

    public synchronized void clear() {
        items = EMPTY;
        size = 0;
    }

    private synchronized void setAt(long index, Object value) {
        int n = size;
        if (index < 0) index += n;
        if (index < 0 || index >= n) throw Errors.indexError("list assignment index out of range");
        items[(int) index] = value;
    }

    private synchronized void deleteAt(long index) {
        int n = size;
        if (index < 0) index += n;
        if (index < 0 || index >= n) throw Errors.indexError("list assignment index out of range");
        pop(index);
    }

    /** a[slice] = values (values already materialized). */
    private synchronized void setSlice(PySlice slice, Object[] values) {
        int n = size;
        PySlice.Indices ix = slice.indices(n);
        if (ix.step() == 1) {
            int start = ix.start(), stop = Math.max(ix.start(), ix.stop());
            int newSize = n - (stop - start) + values.length;
            Object[] result = new Object[Math.max(newSize, 4)];
            System.arraycopy(items, 0, result, 0, start);
            System.arraycopy(values, 0, result, start, values.length);
            System.arraycopy(items, stop, result, start + values.length, n - stop);
            items = result;
            size = newSize;
            return;
        }
        if (values.length != ix.length()) {
            throw Errors.valueError("attempt to assign sequence of size %d to extended slice of size %d", values.length, ix.length());
        }
        for (int i = 0, j = ix.start(); i < values.length; i++, j += ix.step()) items[j] = values[i];
    }

    private synchronized void deleteSlice(PySlice slice) {
        int n = size;
        PySlice.Indices ix = slice.indices(n);
        if (ix.length() == 0) return;
        boolean[] doomed = new boolean[n];
        for (int i = 0, j = ix.start(); i < ix.length(); i++, j += ix.step()) doomed[j] = true;
        Object[] result = new Object[Math.max(n - ix.length(), 4)];
        int k = 0;
        for (int i = 0; i < n; i++) if (!doomed[i]) result[k++] = items[i];
        items = result;
        size = k;
    }

    public synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object tmp = items[i];
            items[i] = items[j];
            items[j] = tmp;
        }
    }

    /** Removes the first item equal to x; false if none. Comparisons run outside the lock. */
    private boolean remove(Object x) {
        for (int i = 0; ; i++) {
            Object v = getOrNull(i);
            if (v == null) return false;
            if (Abstract.equal(v, x)) {
                synchronized (this) {
                    if (i < size && items[i] == v) {
                        pop(i);
                        return true;
                    }
                }
                i = -1; // the list changed under us: search again
            }
        }
    }

    // ---- sort ----

    /**
     * list.sort(key=None, reverse=False): {@link ListSort}, CPython's algorithm, comparing only
     * with {@code <}. The list is empty while sorting; changes made meanwhile are discarded and
     * reported as "list modified during sort". A comparison that raises leaves the list in the
     * partial order CPython leaves it in (reversed back when reverse=True, as there); a key
     * function that raises leaves it untouched.
     */
    public void sort(Object key, boolean reverse) {
        Object[] values;
        synchronized (this) {
            values = Arrays.copyOf(items, size);
            items = EMPTY;
            size = 0;
        }
        PyException failure = null;
        try {
            sortValues(values, key, reverse);
        } catch (PyException e) {
            failure = e;
        }
        boolean modified;
        synchronized (this) {
            modified = items != EMPTY || size != 0;
            items = values;
            size = values.length;
        }
        if (failure != null) throw failure;
        if (modified) throw Errors.valueError("list modified during sort");
    }

    /** Sorts values in place; reverse=True reverses before and after (also when a comparison raises). */
    private static void sortValues(Object[] values, Object key, boolean reverse) {
        Object[] keys = null;
        if (key != null && key != PyNone.NONE) {
            keys = new Object[values.length];
            for (int i = 0; i < values.length; i++) keys[i] = Abstract.call(key, values[i]);
        }
        if (reverse) {
            if (keys != null) reverseArray(keys);
            reverseArray(values);
        }
        try {
            if (keys == null) ListSort.sort(values, null);
            else ListSort.sort(keys, values);
        } finally {
            if (reverse) reverseArray(values);
        }
    }

    private static void reverseArray(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    // ---- helpers shared with tuple ----

    /** The repetition of n items count times (count given as a Python int). */
    static Object[] repeatItems(Object[] items, int n, Object countObj) {
        long count = Abstract.asSize(countObj, Exceptions.OverflowError);
        if (count <= 0 || n == 0) return new Object[0];
        if (count > Abstract.MAX_ARRAY_SIZE / n) throw Errors.memoryError();
        Object[] out = new Object[(int) (count * n)];
        for (int c = 0; c < count; c++) System.arraycopy(items, 0, out, c * n, n);
        return out;
    }

    /** start/stop arguments of index(), clamped to [0, n]. */
    static int[] searchRange(int n, Object startArg, Object stopArg) {
        long start = startArg == null ? 0 : Abstract.asSize(startArg, null);
        long stop = stopArg == null ? n : Abstract.asSize(stopArg, null);
        if (start < 0) start = Math.max(0, start + n);
        if (stop < 0) stop = Math.max(0, stop + n);
        return new int[] {(int) Math.min(start, n), (int) Math.min(stop, n)};
    }

    // ---- slots ----

    private static void fillSlots(PyType t) {
        t.repr = self -> {
            PyList list = self(self);
            Object[] snapshot = list.toArray();
            if (snapshot.length == 0) return new PyStr("[]");
            ThreadState ts = ThreadState.current();
            if (!ts.reprEnter(list)) return new PyStr("[...]");
            try {
                return new PyStr(PyTuple.reprItems(snapshot, snapshot.length, "[", "]", false));
            } finally {
                ts.reprLeave(list);
            }
        };
        t.hash = SlotDefs.NOT_HASHABLE;
        t.len = self -> self(self).size;
        t.richcompare = (a, b, op) -> {
            PyList y = asList(b);
            if (y == null) return PyNotImplemented.INSTANCE;
            PyList x = self(a);
            if ((op == CompareOp.EQ || op == CompareOp.NE) && x.size != y.size) return PyBool.of(op == CompareOp.NE);
            return compareItems(x, y, op);
        };
        t.contains = (self, item) -> {
            PyList list = self(self);
            for (int i = 0; ; i++) {
                Object v = list.getOrNull(i);
                if (v == null) return false;
                if (Abstract.equal(v, item)) return true;
            }
        };
        t.getitem = PyList::getItem;
        t.setitem = PyList::setItem;
        t.iter = self -> new PyListIterator(self(self));
        t.sqConcat = (a, b) -> {
            PyList y = asList(b);
            if (y == null) throw Errors.typeError("can only concatenate list (not \"%s\") to list", Abstract.typeName(b));
            Object[] xs = self(a).toArray(), ys = y.toArray();
            Object[] all = Arrays.copyOf(xs, xs.length + ys.length);
            System.arraycopy(ys, 0, all, xs.length, ys.length);
            return new PyList(all, all.length);
        };
        t.sqRepeat = (a, n) -> {
            Object[] xs = self(a).toArray();
            Object[] out = repeatItems(xs, xs.length, n);
            return new PyList(out, out.length);
        };
        t.inplace[BinOp.ADD.ordinal()] = (a, b) -> {
            self(a).extend(b);
            return a;
        };
        t.inplace[BinOp.MUL.ordinal()] = (a, n) -> {
            if (Abstract.typeOf(n).index == null) return PyNotImplemented.INSTANCE;
            PyList list = self(a);
            synchronized (list) {
                Object[] out = repeatItems(list.items, list.size, n);
                list.items = out.length == 0 ? EMPTY : out;
                list.size = out.length;
            }
            return a;
        };
        t.newInstance = (type, args, off, n, kw) -> type.wrap(new PyList());
        t.init = (self, args, off, n, kw) -> {
            if (kw != null && kw.size() > 0 && overridesNew(self)) {
                n -= kw.size();   // CPython: a subclass with its own __new__ may pass keywords through; they are ignored here
                kw = null;
            }
            Object[] a = ArgSpec.positional("list", 0, 1).bind(args, off, n, kw);
            PyList list = self(self);
            list.clear();
            if (a[0] != null) list.extend(a[0]);
            return PyNone.NONE;
        };
    }

    /**
     * CPython's list comparison over the live lists: an item's __eq__ may resize either list, and
     * the lengths that decide are the ones after the items compared equal (a list cleared by
     * the comparison compares as empty).
     */
    private static Object compareItems(PyList x, PyList y, CompareOp op) {
        int i = 0;
        int order = PyTuple.UNORDERED;
        Object a = null, b = null;
        for (; ; i++) {
            a = x.getOrNull(i);
            b = y.getOrNull(i);
            if (a == null || b == null) break;
            if (a == b) continue;
            order = PyTuple.exactOrder(a, b);
            if (order == 0 || order == PyTuple.UNORDERED && Abstract.richCompareBool(a, b, CompareOp.EQ)) continue;
            break;
        }
        int nx = x.size, ny = y.size;
        if (i >= nx || i >= ny || a == null || b == null) return PyBool.of(op.holds(Integer.compare(nx, ny)));
        return PyTuple.compareDiffering(a, b, order, op);
    }

    private static boolean overridesNew(Object self) {
        return Abstract.typeOf(self).lookup("__new__") != TYPE.lookup("__new__");
    }

    /**
     * list[slice]: copies only the selected items, under the monitor. The slice's bounds are
     * resolved first, outside it (their __index__ may run Python code), and again if the list's
     * size changed meanwhile. (Copying the whole list first was a tenth of sorting's allocation:
     * its merge sort halves lists by slicing.)
     */
    private PyList sliceItems(PySlice slice) {
        while (true) {
            int n = size;
            PySlice.Indices ix = slice.indices(n);
            synchronized (this) {
                if (size != n) continue;
                int length = ix.length();
                Object[] out;
                if (length == 0) {
                    out = EMPTY;
                } else if (ix.step() == 1) {
                    out = Arrays.copyOfRange(items, ix.start(), ix.start() + length);
                } else {
                    out = new Object[length];
                    Object[] a = items;
                    for (int i = 0, j = ix.start(); i < length; i++, j += ix.step()) out[i] = a[j];
                }
                return new PyList(out, length);
            }
        }
    }

    private static Object getItem(Object selfObj, Object key) {
        PyList list = self(selfObj);
        if (key instanceof PySlice slice) return list.sliceItems(slice);
        if (Abstract.typeOf(key).index == null) {
            throw Errors.typeError("list indices must be integers or slices, not %s", Abstract.typeName(key));
        }
        long i = Abstract.asSize(key, Exceptions.IndexError);
        if (i < 0) i += list.size;
        if (i < 0 || i > Integer.MAX_VALUE) throw Errors.indexError("list index out of range");
        return list.get((int) i);
    }

    private static void setItem(Object selfObj, Object key, Object value) {
        PyList list = self(selfObj);
        if (key instanceof PySlice slice) {
            if (value == null) {
                list.deleteSlice(slice);
                return;
            }
            Object[] values;
            try {
                values = value == selfObj || value == list ? list.toArray() : PyTuple.fromIterable(value).items();
            } catch (PyException e) {
                if (!e.matches(Exceptions.TypeError)) throw e;
                throw Errors.typeError("must assign iterable to extended slice");
            }
            list.setSlice(slice, values);
            return;
        }
        if (Abstract.typeOf(key).index == null) {
            throw Errors.typeError("list indices must be integers or slices, not %s", Abstract.typeName(key));
        }
        long i = Abstract.asSize(key, Exceptions.IndexError);
        if (value == null) list.deleteAt(i);
        else list.setAt(i, value);
    }

    private static final ArgSpec SORT_ARGS = ArgSpec.keywords("sort", 0, 0, 0, "key", "reverse");

    private static void fillDict(TypeBuilder d) {
        d.method1("append", (self, x) -> {
            self(self).append(x);
            return PyNone.NONE;
        });
        d.method1("extend", (self, x) -> {
            self(self).extend(x);
            return PyNone.NONE;
        });
        d.method("insert", ArgSpec.positional("insert", 2, 2), (self, a) -> {
            self(self).insert(Abstract.asSize(a[0], null), a[1]);
            return PyNone.NONE;
        });
        d.method("pop", ArgSpec.positional("pop", 0, 1), (self, a) ->
                self(self).pop(a[0] == null ? -1 : Abstract.asSize(a[0], Exceptions.IndexError)));
        d.method1("remove", (self, x) -> {
            if (!self(self).remove(x)) throw Errors.valueError("list.remove(x): x not in list");
            return PyNone.NONE;
        });
        d.method("index", ArgSpec.positional("index", 1, 3), (self, a) -> {
            PyList list = self(self);
            int[] r = searchRange(list.size, a[1], a[2]);
            for (int i = r[0]; i < r[1]; i++) {
                Object v = list.getOrNull(i);
                if (v == null) break;
                if (Abstract.equal(v, a[0])) return PyInt.of(i);
            }
            throw Errors.valueError("list.index(x): x not in list");
        });
        d.method1("count", (self, x) -> {
            int n = 0;
            for (Object v : self(self).toArray()) if (Abstract.equal(v, x)) n++;
            return PyInt.of(n);
        });
        d.method0("__reversed__", self -> PyListIterator.reversed(self(self)));
        d.method0("clear", self -> {
            self(self).clear();
            return PyNone.NONE;
        });
        d.method0("copy", self -> {
            Object[] xs = self(self).toArray();
            return new PyList(xs, xs.length);
        });
        d.method0("reverse", self -> {
            self(self).reverse();
            return PyNone.NONE;
        });
        d.method("sort", SORT_ARGS, (self, a) -> {
            self(self).sort(a[0], a[1] != null && Abstract.isTrue(a[1]));
            return PyNone.NONE;
        });
    }
}
