package org.ember.modules.collections;

import java.util.Arrays;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.BinOp;
import org.ember.runtime.CompareOp;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyGenericAlias;
import org.ember.runtime.PyInstance;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyNotImplemented;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.Slot;
import org.ember.runtime.ThreadState;

/**
 * {@code collections.deque}: a circular buffer (power-of-two capacity) with O(1) appends and pops
 * at both ends and O(1) indexing, an optional maxlen, and a mutation counter ({@code state}) by
 * which iterators and searches notice "deque mutated during iteration".
 *
 * <p>Threads: as {@code PyList}, every operation on the buffer holds the deque's monitor, so each
 * single operation is atomic; Python code (comparisons, reprs, iteration of an argument) never
 * runs under the monitor: searches compare against a snapshot and then check the state.
 */
public final class PyDeque extends PyObject {

    public static final PyType TYPE = PyType.builtin("deque", PyDeque.class).module("collections").subclassable()
            .slots(PyDeque::fillSlots)
            .dict(PyDeque::fillDict)
            .build().withCollectionFlag(PyType.SEQUENCE);   // match: a sequence

    private static final int MIN_CAPACITY = 8;

    private Object[] buffer = new Object[MIN_CAPACITY];
    private int head;
    private int size;
    /** -1: unbounded. */
    private int maxlen = -1;
    /** Changes on every mutation (CPython's deque->state). */
    private long state;

    public PyDeque() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The deque inside {@code o} (a deque or an instance of a deque subclass), or null. */
    static PyDeque asDeque(Object o) {
        if (o instanceof PyDeque d) return d;
        if (o instanceof PyInstance inst && inst.base instanceof PyDeque d) return d;
        return null;
    }

    private static PyDeque self(Object o) {
        return asDeque(o);
    }

    // ---- the buffer (callers hold the monitor) ----

    private int slot(int index) {
        return (head + index) & (buffer.length - 1);
    }

    private void growIfFull() {
        if (size < buffer.length) return;
        buffer = ordered(buffer.length * 2);
        head = 0;
    }

    /** The items in order, in a new array of {@code capacity} slots. */
    private Object[] ordered(int capacity) {
        Object[] out = new Object[capacity];
        int first = Math.min(size, buffer.length - head);
        System.arraycopy(buffer, head, out, 0, first);
        System.arraycopy(buffer, 0, out, first, size - first);
        return out;
    }

    private void replaceAll(Object[] items, int count) {
        int capacity = MIN_CAPACITY;
        while (capacity < count) capacity <<= 1;
        buffer = Arrays.copyOf(items, capacity);
        if (count < items.length) Arrays.fill(buffer, count, Math.min(items.length, capacity), null);
        head = 0;
        size = count;
        state++;
    }

    private Object removeFirst() {
        Object item = buffer[head];
        buffer[head] = null;
        head = (head + 1) & (buffer.length - 1);
        size--;
        state++;
        return item;
    }

    private Object removeLast() {
        int at = slot(size - 1);
        Object item = buffer[at];
        buffer[at] = null;
        size--;
        state++;
        return item;
    }

    // ---- operations ----

    public synchronized int size() {
        return size;
    }

    public synchronized Object[] toArray() {
        return ordered(size);
    }

    synchronized long state() {
        return state;
    }

    /** The item at {@code index} if the deque still has {@code expectedState}; else null. */
    synchronized Object itemIfState(int index, long expectedState) {
        if (state != expectedState || index < 0 || index >= size) return null;
        return buffer[slot(index)];
    }

    public synchronized void append(Object x) {
        if (maxlen == 0) return;
        if (maxlen > 0 && size >= maxlen) removeFirst();
        growIfFull();
        buffer[slot(size)] = x;
        size++;
        state++;
    }

    public synchronized void appendLeft(Object x) {
        if (maxlen == 0) return;
        if (maxlen > 0 && size >= maxlen) removeLast();
        growIfFull();
        head = (head - 1) & (buffer.length - 1);
        buffer[head] = x;
        size++;
        state++;
    }

    public synchronized Object pop() {
        if (size == 0) throw Errors.indexError("pop from an empty deque");
        return removeLast();
    }

    public synchronized Object popLeft() {
        if (size == 0) throw Errors.indexError("pop from an empty deque");
        return removeFirst();
    }

    public synchronized void clear() {
        buffer = new Object[MIN_CAPACITY];
        head = 0;
        size = 0;
        state++;
    }

    void extend(Object iterable, boolean left) {
        // extending by itself (or by anything) reads the argument outside the monitor
        if (iterable == this || asDeque(iterable) == this || iterable instanceof PyList || iterable instanceof PyTuple) {
            Object[] items = iterable instanceof PyTuple t ? t.items()
                    : iterable instanceof PyList l ? l.toArray() : toArray();
            for (Object item : items) add(item, left);
            return;
        }
        Object it = Abstract.getIter(iterable);
        for (Object item = Abstract.next(it); item != null; item = Abstract.next(it)) add(item, left);
    }

    private void add(Object item, boolean left) {
        if (left) appendLeft(item);
        else append(item);
    }

    private synchronized Object get(long index) {
        if (index < 0) index += size;
        if (index < 0 || index >= size) throw Errors.indexError("deque index out of range");
        return buffer[slot((int) index)];
    }

    private synchronized void set(long index, Object value) {
        if (index < 0) index += size;
        if (index < 0 || index >= size) throw Errors.indexError("deque index out of range");
        buffer[slot((int) index)] = value;
    }

    private synchronized void delete(long index) {
        if (index < 0) index += size;
        if (index < 0 || index >= size) throw Errors.indexError("deque index out of range");
        Object[] items = ordered(size);
        System.arraycopy(items, (int) index + 1, items, (int) index, size - (int) index - 1);
        replaceAll(items, size - 1);
    }

    private synchronized void insert(long index, Object value) {
        if (maxlen >= 0 && size >= maxlen) throw Errors.indexError("deque already at its maximum size");
        if (index < 0) index = Math.max(0, index + size);
        if (index > size) index = size;
        Object[] items = ordered(size + 1);
        System.arraycopy(items, (int) index, items, (int) index + 1, size - (int) index);
        items[(int) index] = value;
        replaceAll(items, size + 1);
    }

    private synchronized void rotate(long n) {
        if (size <= 1) return;
        int shift = (int) Math.floorMod(n, (long) size);
        if (shift == 0) return;
        Object[] items = ordered(size);
        Object[] rotated = new Object[size];
        System.arraycopy(items, size - shift, rotated, 0, shift);
        System.arraycopy(items, 0, rotated, shift, size - shift);
        replaceAll(rotated, size);
    }

    private synchronized void reverse() {
        Object[] items = ordered(size);
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
        replaceAll(items, size);
    }

    /** Keeps the last maxlen items of {@code items} (what appending them one by one would leave). */
    private synchronized void setItems(Object[] items) {
        int from = maxlen >= 0 && items.length > maxlen ? items.length - maxlen : 0;
        replaceAll(Arrays.copyOfRange(items, from, items.length), items.length - from);
    }

    int maxlen() {
        return maxlen;
    }

    // ---- searching: compare outside the monitor, then check nothing changed ----

    /** The first index in [start, stop) whose item equals {@code value}, or -1. */
    private int find(Object value, long start, long stop) {
        return find(value, start, stop, false);
    }

    /** find; a mutation by a comparison is an IndexError for remove() (CPython's choice), else a RuntimeError. */
    private int find(Object value, long start, long stop, boolean indexErrorOnMutation) {
        long expected = state();
        Object[] items = toArray();
        for (int i = (int) Math.min(start, items.length); i < stop && i < items.length; i++) {
            boolean equal = Abstract.equal(items[i], value);
            if (state() != expected) {
                if (indexErrorOnMutation) throw Errors.indexError("deque mutated during iteration");
                throw Errors.runtimeError("deque mutated during iteration");
            }
            if (equal) return i;
        }
        return -1;
    }

    private long count(Object value) {
        long expected = state();
        long count = 0;
        for (Object item : toArray()) {
            if (Abstract.equal(item, value)) count++;
            if (state() != expected) throw Errors.runtimeError("deque mutated during iteration");
        }
        return count;
    }

    // ---- slots ----

    /** d[key]'s index (3.14: any __index__ object; too big an int is an OverflowError). */
    /** deque indexing goes through CPython's sequence protocol, hence its message for a non-int. */
    private static long indexArgument(Object key) {
        if (!(key instanceof PyInt) && Abstract.typeOf(key).index == null) {
            throw Errors.typeError("sequence index must be integer, not '%s'", Abstract.typeName(key));
        }
        return Abstract.asSize(key, Exceptions.OverflowError);
    }

    private static void fillSlots(PyType t) {
        t.newInstance = (type, args, off, n, kw) -> type.wrap(new PyDeque());
        t.init = (self, args, off, n, kw) -> {
            Object[] a = ArgSpec.keywords("deque", 0, 0, 2, "iterable", "maxlen").bind(args, off, n, kw);
            PyDeque deque = self(self);
            int maxlen = -1;
            if (a[1] != null && a[1] != PyNone.NONE) {
                // PyLong_AsSsize_t: an int (no __index__), "an integer is required" otherwise
                if (PyInt.asInt(a[1]) == null) throw Errors.typeError("an integer is required");
                PyInt asInt = PyInt.asInt(a[1]);
                if (!asInt.fitsLong()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
                long requested = asInt.longValue();
                if (requested < 0) throw Errors.valueError("maxlen must be non-negative");
                maxlen = (int) Math.min(requested, Integer.MAX_VALUE);
            }
            synchronized (deque) {
                deque.maxlen = maxlen;
                if (deque.size > 0) deque.clear();
            }
            if (a[0] != null) deque.extend(a[0], false);
            return PyNone.NONE;
        };
        t.repr = PyDeque::repr;
        t.hash = self -> {
            // CPython names a static type by its tp_name, "collections.deque"
            String name = Abstract.typeOf(self) == TYPE ? "collections.deque" : Abstract.typeName(self);
            throw Errors.typeError("unhashable type: '%s'", name);
        };
        t.len = self -> self(self).size();
        t.bool = self -> self(self).size() > 0;
        t.iter = self -> new DequeIterator(self(self), false);
        t.contains = (self, item) -> self(self).find(item, 0, Long.MAX_VALUE) >= 0;
        t.getitem = (Slot.SequenceItem) (self, key) -> self(self).get(indexArgument(key));
        t.setitem = (self, key, value) -> {
            if (value == null) self(self).delete(indexArgument(key));
            else self(self).set(indexArgument(key), value);
        };
        t.richcompare = PyDeque::compare;
        t.sqConcat = (a, b) -> {
            PyDeque other = asDeque(b);
            if (other == null) {
                throw Errors.typeError("can only concatenate deque (not \"%s\") to deque", Abstract.typeName(b));
            }
            Object result = copyOf(a);
            self(result).extend(PyTuple.of(other.toArray()), false);
            return result;
        };
        t.sqRepeat = (a, n) -> {
            Object result = copyOf(a);
            repeatInPlace(self(result), n);
            return result;
        };
        t.inplace[BinOp.ADD.ordinal()] = (a, b) -> {
            self(a).extend(b, false);
            return a;
        };
        t.inplace[BinOp.MUL.ordinal()] = (a, n) -> {
            if (Abstract.typeOf(n).index == null) return PyNotImplemented.INSTANCE;
            repeatInPlace(self(a), n);
            return a;
        };
    }

    private static void repeatInPlace(PyDeque deque, Object count) {
        long n = Abstract.asSize(count, Exceptions.OverflowError);
        Object[] items = deque.toArray();
        if (n <= 0 || items.length == 0) {
            deque.clear();
            return;
        }
        int keep = deque.maxlen >= 0 ? deque.maxlen : Integer.MAX_VALUE;
        long total = Math.min((long) items.length * n, keep);
        if ((long) items.length * n > Abstract.MAX_ARRAY_SIZE && deque.maxlen < 0) throw Errors.memoryError();
        // the result is the last `total` items of the repetition
        Object[] out = new Object[(int) total];
        long skip = (long) items.length * n - total;
        for (int i = 0; i < total; i++) out[i] = items[(int) ((skip + i) % items.length)];
        deque.setItems(out);
    }

    private static Object repr(Object self) {
        PyDeque deque = self(self);
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(self)) return new PyStr("[...]");
        try {
            String items = Abstract.repr(PyList.of(deque.toArray())).value();
            String name = Abstract.typeName(self);
            int maxlen = deque.maxlen;
            return new PyStr(maxlen >= 0 ? name + "(" + items + ", maxlen=" + maxlen + ")" : name + "(" + items + ")");
        } finally {
            ts.reprLeave(self);
        }
    }

    private static Object compare(Object a, Object b, CompareOp op) {
        PyDeque x = asDeque(a), y = asDeque(b);
        if (x == null || y == null) return PyNotImplemented.INSTANCE;
        Object[] xs = x.toArray(), ys = y.toArray();
        if ((op == CompareOp.EQ || op == CompareOp.NE) && xs.length != ys.length) return PyBool.of(op == CompareOp.NE);
        int i = 0;
        while (i < xs.length && i < ys.length && Abstract.equal(xs[i], ys[i])) i++;
        if (i >= xs.length || i >= ys.length) return PyBool.of(op.holds(Integer.compare(xs.length, ys.length)));
        if (op == CompareOp.EQ) return PyBool.FALSE;
        if (op == CompareOp.NE) return PyBool.TRUE;
        return Abstract.richCompare(xs[i], ys[i], op);
    }

    /** deque.copy(): an exact deque copies itself; a subclass is called as type(d)(d[, maxlen]). */
    private static Object copyOf(Object self) {
        PyDeque deque = self(self);
        if (self instanceof PyDeque) {
            PyDeque copy = new PyDeque();
            synchronized (deque) {
                copy.maxlen = deque.maxlen;
                copy.replaceAll(deque.ordered(deque.size), deque.size);
            }
            return copy;
        }
        PyType type = Abstract.typeOf(self);
        Object result = deque.maxlen < 0 ? Abstract.call(type, self) : Abstract.call(type, self, PyInt.of(deque.maxlen));
        if (asDeque(result) == null) {
            throw Errors.typeError("%s() must return a deque, not %s", type.name(), Abstract.typeName(result));
        }
        return result;
    }

    private static long[] searchBounds(Object startArg, Object stopArg, int n) {
        long start = startArg == null ? 0 : sliceIndex(startArg);
        long stop = stopArg == null ? Long.MAX_VALUE : sliceIndex(stopArg);
        if (start < 0) start = Math.max(0, start + n);
        if (stop < 0) stop = Math.max(0, stop + n);
        return new long[] {start, Math.min(stop, n)};
    }

    private static long sliceIndex(Object o) {
        if (Abstract.typeOf(o).index == null) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        return Abstract.asSize(o, null);
    }

    private static Object reduce(Object self) {
        PyDeque deque = self(self);
        Object state = PyNone.NONE;
        if (self instanceof PyInstance) {
            Object getState = Abstract.lookupAttr(self, new PyStr("__getstate__"));
            if (getState != null) state = Abstract.call(getState);
        }
        Object it = new DequeIterator(deque, false);
        Object args = deque.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(deque.maxlen));
        return PyTuple.of(Abstract.typeOf(self), args, state, it);
    }

    private static void fillDict(org.ember.runtime.TypeBuilder d) {
        d.value("__doc__", new PyStr("A list-like sequence optimized for data accesses near its endpoints."));
        d.value("__hash__", PyNone.NONE);
        d.method1("append", (self, x) -> {
            self(self).append(x);
            return PyNone.NONE;
        });
        d.method1("appendleft", (self, x) -> {
            self(self).appendLeft(x);
            return PyNone.NONE;
        });
        d.method0("pop", self -> self(self).pop());
        d.method0("popleft", self -> self(self).popLeft());
        d.method1("extend", (self, it) -> {
            self(self).extend(it, false);
            return PyNone.NONE;
        });
        d.method1("extendleft", (self, it) -> {
            self(self).extend(it, true);
            return PyNone.NONE;
        });
        d.method0("clear", self -> {
            self(self).clear();
            return PyNone.NONE;
        });
        d.method0("copy", PyDeque::copyOf);
        d.method0("__copy__", PyDeque::copyOf);
        d.method1("count", (self, v) -> PyInt.of(self(self).count(v)));
        d.method("index", ArgSpec.positional("index", 1, 3), (self, a) -> {
            PyDeque deque = self(self);
            long[] bounds = searchBounds(a[1], a[2], deque.size());
            int found = deque.find(a[0], bounds[0], bounds[1]);
            if (found < 0) throw Errors.valueError("deque.index(x): x not in deque");
            return PyInt.of(found);
        });
        d.method("insert", ArgSpec.positional("insert", 2, 2), (self, a) -> {
            self(self).insert(Abstract.asSize(a[0], null), a[1]);
            return PyNone.NONE;
        });
        d.method1("remove", (self, v) -> {
            PyDeque deque = self(self);
            int found = deque.find(v, 0, Long.MAX_VALUE, true);
            if (found < 0) throw Errors.valueError("deque.remove(x): x not in deque");
            deque.delete(found);
            return PyNone.NONE;
        });
        d.method0("reverse", self -> {
            self(self).reverse();
            return PyNone.NONE;
        });
        d.method("rotate", ArgSpec.positional("rotate", 0, 1), (self, a) -> {
            self(self).rotate(a[0] == null ? 1 : Abstract.asSize(a[0], Exceptions.OverflowError));
            return PyNone.NONE;
        });
        d.method0("__reversed__", self -> new DequeIterator(self(self), true));
        d.method0("__reduce__", PyDeque::reduce);
        d.getset("maxlen", self -> {
            int maxlen = self(self).maxlen;
            return maxlen < 0 ? PyNone.NONE : PyInt.of(maxlen);
        }, null);
        d.classMethod("__class_getitem__", ArgSpec.one("__class_getitem__"), (cls, a) -> new PyGenericAlias(cls, a[0]));
    }
}
