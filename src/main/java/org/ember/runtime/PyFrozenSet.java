package org.ember.runtime;

/** {@code frozenset}: an immutable, hashable set. */
public final class PyFrozenSet extends PyObject {

    public static final PyType TYPE = PyType.builtin("frozenset", PyFrozenSet.class)
            .subclassable()
            .slots(t -> {
                SetOps.fillOperatorSlots(t);
                t.hash = self -> ((PyFrozenSet) Abstract.builtinPart(self)).table.frozenHash();
                t.newInstance = (type, args, off, n, kw) -> {
                    if (kw != null && kw.size() > 0) {
                        // CPython: keywords are left to a subclass's own __init__
                        if (type.lookup("__init__") == PyFrozenSet.TYPE.lookup("__init__")) throw Errors.typeError("frozenset() takes no keyword arguments");
                        n -= kw.size();
                        kw = null;
                    }
                    Object[] a = ArgSpec.positional("frozenset", 0, 1).bind(args, off, n, kw);
                    if (type == PyFrozenSet.TYPE && a[0] != null && a[0].getClass() == PyFrozenSet.class) return a[0];
                    PyFrozenSet result = new PyFrozenSet(a[0] == null ? new SetTable() : SetOps.tableFromIterable(a[0]));
                    return type.wrap(result);
                };
            })
            .dict(d -> {
                SetOps.fillSharedMethods(d);
                d.method0("copy", self -> self.getClass() == PyFrozenSet.class ? self
                        : new PyFrozenSet(SetOps.copyTable(self)));
            })
            .build();

    final SetTable table;

    PyFrozenSet(SetTable table) {
        this.table = table;
    }

    public static PyFrozenSet fromIterable(Object iterable) {
        return new PyFrozenSet(SetOps.tableFromIterable(iterable));
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
