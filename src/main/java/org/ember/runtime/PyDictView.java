package org.ember.runtime;

/**
 * {@code dict_keys} / {@code dict_values} / {@code dict_items}: live views of a dict. Keys and
 * items views are set-like (comparisons and {@code & | - ^} with any iterable, giving sets).
 */
public final class PyDictView extends PyObject {

    public static final PyType KEYS_TYPE = viewType("dict_keys", PyDictIterator.Kind.KEYS);
    public static final PyType VALUES_TYPE = viewType("dict_values", PyDictIterator.Kind.VALUES);
    public static final PyType ITEMS_TYPE = viewType("dict_items", PyDictIterator.Kind.ITEMS);

    private static PyType viewType(String name, PyDictIterator.Kind kind) {
        boolean setLike = kind != PyDictIterator.Kind.VALUES;
        return PyType.builtin(name, PyDictView.class)
                .slots(t -> {
                    t.len = self -> ((PyDictView) self).dict.size();
                    t.iter = self -> new PyDictIterator(((PyDictView) self).dict, kind);
                    if (setLike) t.contains = PyDictView::contains;  // `in` on values iterates, as CPython's (no __contains__)
                    t.repr = PyDictView::repr;
                    if (setLike) {
                        t.hash = SlotDefs.NOT_HASHABLE;
                        t.richcompare = PyDictView::compare;
                        setOperator(t, BinOp.AND, "intersection_update");
                        setOperator(t, BinOp.OR, "update");
                        setOperator(t, BinOp.SUB, "difference_update");
                        setOperator(t, BinOp.XOR, "symmetric_difference_update");
                    }
                })
                .dict(d -> {
                    d.getset("mapping", self -> new PyMappingProxy(((PyDictView) self).dict), null);
                    d.method0("__reversed__", self -> new PyDictIterator(((PyDictView) self).dict, kind, true));
                    if (setLike) {
                        d.method1("isdisjoint", (self, other) -> {
                            Object it = Abstract.getIter(other);
                            for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                                if (contains(self, x)) return PyBool.FALSE;
                            }
                            return PyBool.TRUE;
                        });
                    }
                })
                .build();
    }

    private final PyDict dict;
    private final PyDictIterator.Kind kind;

    PyDictView(PyDict dict, PyDictIterator.Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> KEYS_TYPE;
            case VALUES -> VALUES_TYPE;
            case ITEMS -> ITEMS_TYPE;
        };
    }

    private static boolean contains(Object self, Object x) {
        PyDictView v = (PyDictView) self;
        switch (v.kind) {
            case KEYS:
                return v.dict.containsKey(x);
            case ITEMS: {
                PyTuple pair = PyTuple.asTuple(x);
                if (pair == null || pair.size() != 2) return false;
                Object value = v.dict.getItem(pair.get(0));
                return value != null && Abstract.equal(value, pair.get(1));
            }
            default:
                for (Object[] e : v.dict.entries()) if (Abstract.equal(e[1], x)) return true;
                return false;
        }
    }

    private static Object repr(Object self) {
        PyDictView v = (PyDictView) self;
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(v)) return new PyStr("...");
        try {
            return new PyStr(v.type().name() + "(" + Abstract.repr(PyList.fromIterable(v)).value() + ")");
        } finally {
            ts.reprLeave(v);
        }
    }

    private static boolean isSetLike(Object o) {
        return SetOps.tableOf(o) != null || o instanceof PyDictView v && v.kind != PyDictIterator.Kind.VALUES;
    }

    /** Comparisons as sets, against sets, frozensets and other set-like views. */
    /**
     * CPython's dictview_richcompare: sizes first, then every item of the smaller side looked up
     * with {@code in} in the other (an items view finds a pair by its key and compares the value,
     * so unhashable values compare fine).
     */
    private static Object compare(Object a, Object b, CompareOp op) {
        if (!isSetLike(b)) return PyNotImplemented.INSTANCE;
        long na = Abstract.len(a), nb = Abstract.len(b);
        boolean result = switch (op) {
            case EQ -> na == nb && allContainedIn(a, b);
            case NE -> !(na == nb && allContainedIn(a, b));
            case LT -> na < nb && allContainedIn(a, b);
            case LE -> na <= nb && allContainedIn(a, b);
            case GT -> na > nb && allContainedIn(b, a);
            case GE -> na >= nb && allContainedIn(b, a);
        };
        return PyBool.of(result);
    }

    private static boolean allContainedIn(Object items, Object container) {
        Object it = Abstract.getIter(items);
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!Abstract.contains(container, x)) return false;
        }
        return true;
    }

    /** view OP other (either side may be the view): set(left) updated in place with right. */
    private static void setOperator(PyType t, BinOp op, String updateMethod) {
        t.binary[op.ordinal()] = (a, b) -> {
            PySet result;
            try {
                result = PySet.fromIterable(a);
            } catch (PyException e) {
                if (e.matches(Exceptions.TypeError)) return PyNotImplemented.INSTANCE;
                throw e;
            }
            Abstract.invoke(result, updateMethod, b);
            return result;
        };
    }
}
