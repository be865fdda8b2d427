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

    /** Fills a fresh table from any iterable, as CPython's set_update_internal. */
    static void update(SetTable target, Object iterable) {
        SetTable other = tableOf(iterable);
        if (other != null) {
            SetTable snapshot;
            synchronized (lockOf(iterable)) {
                snapshot = other.copy();
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
        synchronized (lockOf(self)) {
            return tableOf(self).find(key, hash) >= 0;
        }
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
        synchronized (lockOf(o)) {
            return tableOf(o).elements().toArray();
        }
    }

    static SetTable copyTable(Object o) {
        synchronized (lockOf(o)) {
            return tableOf(o).copy();
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

    static Object union(Object self, Object other) {
        SetTable t = copyTable(self);
        update(t, other);
        return make(self, t);
    }

    static SetTable intersectionTable(Object self, Object other) {
        SetTable result = new SetTable();
        SetTable otherTable = tableOf(other);
        if (otherTable != null) {
            List<Object> mine = elements(self), theirs = elements(other);
            // Iterate the smaller, look up in the larger (as CPython's set_intersection).
            boolean swap = theirs.size() > mine.size();
            List<Object> small = swap ? mine : theirs;
            Object large = swap ? other : self;
            for (Object x : small) if (contains(large, x)) result.add(x, SetTable.hashElement(x));
            return result;
        }
        Object it = Abstract.getIter(other);
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (contains(self, x)) result.add(x, SetTable.hashElement(x));
        }
        return result;
    }

    static SetTable differenceTable(Object self, Object other) {
        SetTable result = new SetTable();
        SetTable otherTable = tableOf(other);
        Object lookIn = otherTable != null ? other : new PySet(tableFromIterable(other));
        for (Object x : elements(self)) if (!contains(lookIn, x)) result.add(x, SetTable.hashElement(x));
        return result;
    }

    static SetTable symmetricDifferenceTable(Object self, Object other) {
        SetTable otherTable = tableOf(other) != null ? copyTable(other) : tableFromIterable(other);
        SetTable result = copyTable(self);
        for (Object x : otherTable.elements()) {
            long h = SetTable.hashElement(x);
            if (!result.discard(x, h)) result.add(x, h);
        }
        return result;
    }

    static boolean isSubset(Object self, Object other) {
        Object otherSet = tableOf(other) != null ? other : new PySet(tableFromIterable(other));
        if (elements(self).size() > elements(otherSet).size()) return false;
        for (Object x : elements(self)) if (!contains(otherSet, x)) return false;
        return true;
    }

    static Object richCompare(Object a, Object b, CompareOp op) {
        if (tableOf(b) == null) return PyNotImplemented.INSTANCE;
        int na = elements(a).size(), nb = elements(b).size();
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
        t.len = self -> elements(self).size();
        t.contains = SetOps::contains;
        t.iter = self -> new PySetIterator(self);
        t.repr = self -> new PyStr(repr(self));
    }

    private static boolean bothSets(Object a, Object b) {
        return tableOf(a) != null && tableOf(b) != null;
    }

    /** The read-only methods (union, issubset, ...), given the builder of set or frozenset. */
    static void fillSharedMethods(TypeBuilder d) {
        d.method("union", ArgSpec.varargs("union"), (self, a) -> {
            SetTable t = copyTable(self);
            for (Object other : ((PyTuple) a[0]).items()) update(t, other);
            return make(self, t);
        });
        d.method("intersection", ArgSpec.varargs("intersection"), (self, a) -> {
            Object result = make(self, copyTable(self));
            for (Object other : ((PyTuple) a[0]).items()) result = make(self, intersectionTable(result, other));
            return result;
        });
        d.method("difference", ArgSpec.varargs("difference"), (self, a) -> {
            Object result = make(self, copyTable(self));
            for (Object other : ((PyTuple) a[0]).items()) result = make(self, differenceTable(result, other));
            return result;
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
