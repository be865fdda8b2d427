package org.ember.runtime;

/** {@code set}: mutable; every operation holds the set's monitor, so each is atomic. */
public final class PySet extends PyObject {

    public static final PyType TYPE = PyType.builtin("set", PySet.class)
            .subclassable()
            .slots(PySet::fillSlots)
            .dict(PySet::fillDict)
            .build();

    final SetTable table;

    public PySet() {
        this(new SetTable());
    }

    PySet(SetTable table) {
        this.table = table;
    }

    /** set(iterable). */
    public static PySet fromIterable(Object iterable) {
        return new PySet(SetOps.tableFromIterable(iterable));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PySet self(Object o) {
        return (PySet) Abstract.builtinPart(o);
    }

    public boolean add(Object key) {
        long hash = SetTable.hashElement(key);
        synchronized (this) {
            return table.add(key, hash);
        }
    }

    public boolean discard(Object key) {
        long hash;
        try {
            hash = SetTable.hashElement(key);
        } catch (PyException e) {
            return discard(SetOps.frozenKeyOrThrow(key, e));
        }
        synchronized (this) {
            return table.discard(key, hash);
        }
    }

    public boolean contains(Object key) {
        return SetOps.contains(this, key);
    }

    public synchronized int size() {
        return table.used;
    }

    /** Takes over another table's slots (CPython's set_swap_bodies, for intersection_update), atomically. */
    private synchronized void replaceWith(SetTable other) {
        table.adopt(other);
    }

    private static void fillSlots(PyType t) {
        SetOps.fillOperatorSlots(t);
        t.hash = SlotDefs.NOT_HASHABLE;
        t.inplace[BinOp.OR.ordinal()] = (a, b) -> {
            if (SetOps.tableOf(b) == null) return PyNotImplemented.INSTANCE;
            update(a, b);
            return a;
        };
        t.inplace[BinOp.AND.ordinal()] = (a, b) -> {
            if (SetOps.tableOf(b) == null) return PyNotImplemented.INSTANCE;
            self(a).replaceWith(SetOps.intersectionTable(a, b));
            return a;
        };
        t.inplace[BinOp.SUB.ordinal()] = (a, b) -> {
            if (SetOps.tableOf(b) == null) return PyNotImplemented.INSTANCE;
            SetOps.differenceUpdate(self(a).table, self(a), a, b);
            return a;
        };
        t.inplace[BinOp.XOR.ordinal()] = (a, b) -> {
            if (SetOps.tableOf(b) == null) return PyNotImplemented.INSTANCE;
            SetOps.symmetricDifferenceUpdate(self(a).table, self(a), a, b);
            return a;
        };
        t.newInstance = (type, args, off, n, kw) -> type.wrap(new PySet());
        t.init = (self, args, off, n, kw) -> {
            if (kw != null && kw.size() > 0) throw Errors.typeError("set() takes no keyword arguments");
            Object[] a = ArgSpec.positional("set", 0, 1).bind(args, off, n, kw);
            PySet set = self(self);
            synchronized (set) {
                set.table.clear();
            }
            if (a[0] != null) update(self, a[0]);
            return PyNone.NONE;
        };
    }

    /** set.update(iterable) (CPython's _PySet_Update, e.g. for SET_UPDATE). */
    public void updateWith(Object iterable) {
        update(this, iterable);
    }

    /** set.update(iterable): elements are collected first, then added under the lock. */
    private static void update(Object self, Object iterable) {
        PySet set = self(self);
        if (SetOps.tableOf(iterable) == null) {
            addOneByOne(set, iterable);
            return;
        }
        SetTable incoming = SetOps.stableTable(iterable); // its slots as they are: CPython merges in slot order
        synchronized (set) {
            set.table.merge(incoming);
        }
    }

    /**
     * CPython adds a non-set iterable's elements to the table itself, one by one (a dict after one
     * presizing): merging a table built apart would lay it out, and so iterate it, differently.
     * Iterating and hashing run Python code, so they happen before the lock is taken.
     */
    private static void addOneByOne(PySet set, Object iterable) {
        PyDict dict = PyDict.asDict(iterable);
        boolean presize = dict != null && Abstract.typeOf(iterable).iter == PyDict.TYPE.iter;
        java.util.List<Object> items;
        if (presize) {
            items = dict.keys();
        } else {
            items = new java.util.ArrayList<>();
            Object it = Abstract.getIter(iterable);
            for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) items.add(x);
        }
        long[] hashes = new long[items.size()];
        for (int i = 0; i < hashes.length; i++) hashes[i] = SetTable.hashElement(items.get(i));
        synchronized (set) {
            SetTable t = set.table;
            if (presize && (long) (t.fill + items.size()) * 5 >= (long) t.mask() * 3) t.resize((t.used + items.size()) * 2);
            for (int i = 0; i < hashes.length; i++) t.add(items.get(i), hashes[i]);
        }
    }

    private static void fillDict(TypeBuilder d) {
        SetOps.fillSharedMethods(d);
        d.method1("add", (self, x) -> {
            self(self).add(x);
            return PyNone.NONE;
        });
        d.method1("discard", (self, x) -> {
            self(self).discard(x);
            return PyNone.NONE;
        });
        d.method1("remove", (self, x) -> {
            if (!self(self).discard(x)) throw Errors.keyError(x);
            return PyNone.NONE;
        });
        d.method0("pop", self -> {
            PySet set = self(self);
            synchronized (set) {
                Object x = set.table.pop();
                if (x == null) throw Errors.withArgs(Exceptions.KeyError, new PyStr("pop from an empty set"));
                return x;
            }
        });
        d.method0("clear", self -> {
            PySet set = self(self);
            synchronized (set) {
                set.table.clear();
            }
            return PyNone.NONE;
        });
        d.method0("copy", self -> new PySet(SetOps.copyTable(self)));
        d.method("update", ArgSpec.varargs("update"), (self, a) -> {
            for (Object other : ((PyTuple) a[0]).items()) update(self, other);
            return PyNone.NONE;
        });
        d.method("difference_update", ArgSpec.varargs("difference_update"), (self, a) -> {
            for (Object other : ((PyTuple) a[0]).items()) SetOps.differenceUpdate(self(self).table, self(self), self, other);
            return PyNone.NONE;
        });
        d.method("intersection_update", ArgSpec.varargs("intersection_update"), (self, a) -> {
            self(self).replaceWith(SetOps.intersectionOfAll(self, ((PyTuple) a[0]).items()));
            return PyNone.NONE;
        });
        d.method1("symmetric_difference_update", (self, other) -> {
            SetOps.symmetricDifferenceUpdate(self(self).table, self(self), self, other);
            return PyNone.NONE;
        });
    }
}
