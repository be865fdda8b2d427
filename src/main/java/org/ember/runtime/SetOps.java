package org.ember.runtime;

import java.util.List;

/**
 * What set and frozenset share: construction from iterables, the operators and the read-only
 * methods. A set's table is only touched under the set's monitor; a frozenset's never changes
 * after construction.
 */
final class SetOps {
    private SetOps() {}

    /** The table of a set/frozenset (or of an instance of a subclass), or null. */
    static SetTable tableOf(Object o) {
        Object part = Abstract.builtinPart(o);
        if (part instanceof PySet s) return s.table;
        if (part instanceof PyFrozenSet f) return f.table;
        return null;
    }

    /** The monitor guarding o's table. */
    static Object lockOf(Object o) {
        return Abstract.builtinPart(o);
    }

    /** A snapshot of the elements of a set-like object, in table order. */
    static List<Object> elements(Object o) {
        synchronized (lockOf(o)) {
            return tableOf(o).elements();
        }
    }

    /** len() of a set or frozenset (or an instance of a subclass). */
    static int size(Object o) {
        Object part = Abstract.builtinPart(o);
        if (part instanceof PyFrozenSet f) return f.table.used;
        return ((PySet) part).size();
    }

    /**
     * The table of set-like o, to read without holding a lock: a frozenset's own (it never changes
     * after construction), a snapshot of a set's (its elements' comparisons may run Python code
     * that changes it).
     */
    static SetTable stableTable(Object o) {
        Object part = Abstract.builtinPart(o);
        if (part instanceof PyFrozenSet f) return f.table;
        synchronized (part) {
            return ((PySet) part).table.copy();
        }
    }

    /** Whether set-like o holds an element equal to key, whose hash is known (CPython's set_contains_entry). */
    static boolean containsEntry(Object o, Object key, long hash) {
        Object part = Abstract.builtinPart(o);
        if (part instanceof PyFrozenSet f) return f.table.find(key, hash) >= 0;
        synchronized (part) {
            return ((PySet) part).table.find(key, hash) >= 0;
        }
    }

    private static boolean isEntry(Object key) {
        return key != null && key != SetTable.DUMMY;
    }

    /**
     * Walks a set-like object's live table in slot order with each element's stored hash, as
     * CPython's set_next: a comparison's Python code that changes the set (say, clears it) is
     * seen by the rest of the walk. A set's lock is held only while reading one slot, so that
     * the key and hash read belong together.
     */
    static final class Entries {
        private final PySet set;     // null for a frozenset (its table never changes)
        private final SetTable frozen;
        private int position;
        Object key;
        long hash;

        Entries(Object setLike) {
            Object part = Abstract.builtinPart(setLike);
            this.set = part instanceof PySet s ? s : null;
            this.frozen = set == null ? ((PyFrozenSet) part).table : null;
        }

        /** Advances to the next element (key, hash); false at the end. */
        boolean next() {
            if (set == null) return advance(frozen);
            synchronized (set) {
                return advance(set.table);
            }
        }

        private boolean advance(SetTable t) {
            Object[] keys = t.keys;
            while (position < keys.length) {
                int i = position++;
                if (isEntry(keys[i])) {
                    key = keys[i];
                    hash = t.hashes[i];
                    return true;
                }
            }
            return false;
        }
    }

    /** Fills a table from any iterable, as CPython's set_update_internal. */
    static void update(SetTable target, Object iterable) {
        Object part = Abstract.builtinPart(iterable);
        if (part instanceof PyFrozenSet f) { // never changes: merged without a snapshot
            target.merge(f.table);
            return;
        }
        if (part instanceof PySet s) {
            if (target.fill == 0) { // merging into an empty table compares nothing: no Python code under the lock
                synchronized (s) {
                    target.merge(s.table);
                }
                return;
            }
            SetTable snapshot;
            synchronized (s) {
                snapshot = s.table.copy();
            }
            target.merge(snapshot);
            return;
        }
        PyDict dict = PyDict.asDict(iterable);
        if (dict != null && Abstract.typeOf(iterable).iter == PyDict.TYPE.iter) {
            List<Object> keys = dict.keys();
            if ((long) (target.fill + keys.size()) * 5 >= (long) target.mask() * 3) {
                target.resize((target.used + keys.size()) * 2);
            }
            for (Object k : keys) target.add(k, SetTable.hashElement(k));
            return;
        }
        Object it = Abstract.getIter(iterable);
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) target.add(x, SetTable.hashElement(x));
    }

    static boolean contains(Object self, Object key) {
        long hash;
        try {
            hash = SetTable.hashElement(key);
        } catch (PyException e) {
            return contains(self, frozenKeyOrThrow(key, e));
        }
        return containsEntry(self, key, hash);
    }

    /**
     * CPython looks an unhashable set key (a set or an instance of a subclass of set) up as a
     * frozenset of the same elements, in `in`, discard() and remove(); any other unhashable
     * key's TypeError is rethrown.
     */
    static PyFrozenSet frozenKeyOrThrow(Object key, PyException hashError) {
        if (!(Abstract.builtinPart(key) instanceof PySet) || !hashError.matches(Exceptions.TypeError)) throw hashError;
        return new PyFrozenSet(copyTable(key));
    }

    /** The elements of set or frozenset {@code o}, read at one moment (under its lock). */
    static Object[] snapshot(Object o) {
        SetTable t = stableTable(o);
        Object[] out = new Object[t.used];
        int n = 0;
        for (Object k : t.keys) if (isEntry(k)) out[n++] = k;
        return out;
    }

    /** CPython's set_copy of o: its elements merged into a fresh table (see {@link SetTable#copyAsSet}). */
    static SetTable copyTable(Object o) {
        Object part = Abstract.builtinPart(o);
        if (part instanceof PyFrozenSet f) return f.table.copyAsSet();
        synchronized (part) {
            return ((PySet) part).table.copyAsSet();
        }
    }

    /** A new set or frozenset of the same builtin kind as {@code like}. */
    static Object make(Object like, SetTable table) {
        return Abstract.builtinPart(like) instanceof PyFrozenSet ? new PyFrozenSet(table) : new PySet(table);
    }

    static SetTable tableFromIterable(Object iterable) {
        SetTable t = new SetTable();
        update(t, iterable);
        return t;
    }

    private static boolean same(Object a, Object b) {
        return Abstract.builtinPart(a) == Abstract.builtinPart(b);
    }

    /** a | b (CPython's set_or): a copy of a, then b merged in. */
    static Object union(Object self, Object other) {
        SetTable t = copyTable(self);
        if (!same(self, other)) update(t, other);
        return make(self, t);
    }

    /**
     * CPython's set_intersection: with a set, the smaller one's elements (with their hashes) looked
     * up in the larger; with another iterable, its elements looked up in self until the result
     * is as large as self.
     */
    static SetTable intersectionTable(Object self, Object other) {
        if (same(self, other)) return copyTable(self);
        SetTable result = new SetTable();
        if (tableOf(other) != null) {
            boolean otherLarger = size(other) > size(self);
            Object small = otherLarger ? self : other, large = otherLarger ? other : self;
            for (Entries e = new Entries(small); e.next(); ) {
                if (containsEntry(large, e.key, e.hash)) result.add(e.key, e.hash);
            }
            return result;
        }
        int selfSize = size(self);
        Object it = Abstract.getIter(other);
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            long hash = Abstract.hash(x); // a plain hash(): 3.14 says "unhashable type: 'list'" here, not "cannot use ... as a set element"
            if (containsEntry(self, x, hash)) {
                result.add(x, hash);
                if (result.used >= selfSize) break;
            }
        }
        return result;
    }

    /**
     * CPython's set_difference: a set or exact dict no larger than a quarter of self is handled by
     * copying self and discarding (as is any other iterable); else self's elements not in other
     * are added to a fresh table. The two routes lay the result out (and iterate it) differently.
     */
    static SetTable differenceTable(Object self, Object other) {
        PyDict dict = other != null && other.getClass() == PyDict.class ? (PyDict) other : null;
        int otherSize;
        if (tableOf(other) != null) otherSize = size(other);
        else if (dict != null) otherSize = dict.size();
        else return copyAndDifference(self, other);
        if ((size(self) >> 2) > otherSize) return copyAndDifference(self, other);
        SetTable result = new SetTable();
        for (Entries e = new Entries(self); e.next(); ) {
            boolean inOther = dict != null ? dict.containsKnownHash(e.key, e.hash) : containsEntry(other, e.key, e.hash);
            if (!inOther) result.add(e.key, e.hash);
        }
        return result;
    }

    private static SetTable copyAndDifference(Object self, Object other) {
        SetTable result = copyTable(self);
        differenceUpdate(result, result, null, other);
        return result;
    }

    /**
     * CPython's set_difference_update_internal on table t, guarded by lock; owner is the set
     * object t belongs to (null for a private table). Discards other's elements (for a set,
     * with their hashes), then resizes dummies away when they fill more than a quarter.
     */
    static void differenceUpdate(SetTable t, Object lock, Object owner, Object other) {
        if (owner != null && same(owner, other)) {
            synchronized (lock) {
                t.clear();
            }
            return;
        }
        if (tableOf(other) != null) {
            for (Entries e = new Entries(other); e.next(); ) {
                synchronized (lock) {
                    t.discard(e.key, e.hash);
                }
            }
            synchronized (lock) {
                t.purgeDummiesIfMany();
            }
            return;
        }
        Object it = Abstract.getIter(other);
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            long hash = SetTable.hashElement(x);
            synchronized (lock) {
                t.discard(x, hash);
            }
        }
        synchronized (lock) {
            t.purgeDummiesIfMany();
        }
    }

    /** CPython's set_symmetric_difference: a copy of other, then self's elements toggled in it. */
    static SetTable symmetricDifferenceTable(Object self, Object other) {
        SetTable result = tableFromIterable(other);
        symmetricDifferenceUpdate(result, result, null, self);
        return result;
    }

    /**
     * CPython's set_symmetric_difference_update on table t (guarded by lock, belonging to owner or
     * to no set object): each element of other is discarded when present, else added.
     */
    static void symmetricDifferenceUpdate(SetTable t, Object lock, Object owner, Object other) {
        if (owner != null && same(owner, other)) {
            synchronized (lock) {
                t.clear();
            }
            return;
        }
        if (other != null && other.getClass() == PyDict.class) { // the dict's keys in its order
            for (Object k : ((PyDict) other).keys()) toggle(t, lock, k, SetTable.hashElement(k));
            return;
        }
        Object setLike = tableOf(other) != null ? other : new PyFrozenSet(tableFromIterable(other));
        for (Entries e = new Entries(setLike); e.next(); ) toggle(t, lock, e.key, e.hash);
    }

    private static void toggle(SetTable t, Object lock, Object key, long hash) {
        synchronized (lock) {
            if (!t.discard(key, hash)) t.add(key, hash);
        }
    }

    /** CPython's set_issubset: every element of self (with its hash) is in other. */
    static boolean isSubset(Object self, Object other) {
        Object otherSet = tableOf(other) != null ? other : new PySet(tableFromIterable(other));
        if (size(self) > size(otherSet)) return false;
        for (Entries e = new Entries(self); e.next(); ) {
            if (!containsEntry(otherSet, e.key, e.hash)) return false;
        }
        return true;
    }

    static Object richCompare(Object a, Object b, CompareOp op) {
        if (tableOf(b) == null) return PyNotImplemented.INSTANCE;
        int na = size(a), nb = size(b);
        return PyBool.of(switch (op) {
            case EQ -> na == nb && isSubset(a, b);
            case NE -> !(na == nb && isSubset(a, b));
            case LE -> isSubset(a, b);
            case GE -> isSubset(b, a);
            case LT -> na < nb && isSubset(a, b);
            case GT -> na > nb && isSubset(b, a);
        });
    }

    static String repr(Object self) {
        List<Object> items = elements(self);
        PyType type = Abstract.typeOf(self);
        boolean plainSet = type == PySet.TYPE;
        if (items.isEmpty()) return type.name() + "()";
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(self)) return type.name() + "(...)";
        try {
            String body = PyTuple.reprItems(items.toArray(), items.size(), "{", "}", false);
            return plainSet ? body : type.name() + "(" + body + ")";
        } finally {
            ts.reprLeave(self);
        }
    }

    /** Operator slots: both operands must be sets/frozensets, else NotImplemented. */
    static void fillOperatorSlots(PyType t) {
        t.binary[BinOp.OR.ordinal()] = (a, b) -> bothSets(a, b) ? union(a, b) : PyNotImplemented.INSTANCE;
        t.binary[BinOp.AND.ordinal()] = (a, b) -> bothSets(a, b) ? make(a, intersectionTable(a, b)) : PyNotImplemented.INSTANCE;
        t.binary[BinOp.SUB.ordinal()] = (a, b) -> bothSets(a, b) ? make(a, differenceTable(a, b)) : PyNotImplemented.INSTANCE;
        t.binary[BinOp.XOR.ordinal()] = (a, b) -> bothSets(a, b) ? make(a, symmetricDifferenceTable(a, b)) : PyNotImplemented.INSTANCE;
        t.richcompare = SetOps::richCompare;
        t.len = SetOps::size;
        t.contains = SetOps::contains;
        t.iter = self -> new PySetIterator(self);
        t.repr = self -> new PyStr(repr(self));
    }

    /** CPython's set_intersection_multi: self intersected with each of others in turn (a copy when none). */
    static SetTable intersectionOfAll(Object self, Object[] others) {
        if (others.length == 0) return copyTable(self);
        Object result = self;
        SetTable t = null;
        for (Object other : others) {
            t = intersectionTable(result, other);
            result = make(self, t);
        }
        return t;
    }

    private static boolean bothSets(Object a, Object b) {
        return tableOf(a) != null && tableOf(b) != null;
    }

    /** The read-only methods (union, issubset, ...), given the builder of set or frozenset. */
    static void fillSharedMethods(TypeBuilder d) {
        d.method("union", ArgSpec.varargs("union"), (self, a) -> {
            SetTable t = copyTable(self);
            for (Object other : ((PyTuple) a[0]).items()) if (!same(self, other)) update(t, other);
            return make(self, t);
        });
        d.method("intersection", ArgSpec.varargs("intersection"), (self, a) -> make(self, intersectionOfAll(self, ((PyTuple) a[0]).items())));
        d.method("difference", ArgSpec.varargs("difference"), (self, a) -> {
            Object[] others = ((PyTuple) a[0]).items();
            if (others.length == 0) return make(self, copyTable(self));
            SetTable t = differenceTable(self, others[0]);
            for (int i = 1; i < others.length; i++) differenceUpdate(t, t, null, others[i]);
            return make(self, t);
        });
        d.method1("symmetric_difference", (self, other) -> make(self, symmetricDifferenceTable(self, other)));
        d.method1("issubset", (self, other) -> PyBool.of(isSubset(self, other)));
        d.method1("issuperset", (self, other) -> {
            Object otherSet = tableOf(other) != null ? other : new PySet(tableFromIterable(other));
            return PyBool.of(isSubset(otherSet, self));
        });
        d.method1("isdisjoint", (self, other) -> {
            Object it = Abstract.getIter(other);
            for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) if (contains(self, x)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
    }
}
