package org.ember.runtime;

/** {@code cell}: a variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {

    public static final PyType TYPE = PyType.builtin("cell", PyCell.class)
            .slots(t -> {
                t.repr = self -> {
                    Object c = ((PyCell) self).contents;
                    return new PyStr("<cell at " + Abstract.addressOf(self) + ": "
                            + (c == null ? "empty" : Abstract.typeName(c) + " object at " + Abstract.addressOf(c)) + ">");
                };
                t.hash = SlotDefs.NOT_HASHABLE; // cells compare by contents, so they are unhashable
                t.richcompare = PyCell::compare;
                t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.positional("cell", 0, 1).bind(args, off, n, kw);
                    return new PyCell(a[0]);
                };
            })
            .dict(d -> d.getset("cell_contents", self -> {
                Object c = ((PyCell) self).contents;
                if (c == null) throw Errors.valueError("Cell is empty");
                return c;
            }, (self, v) -> ((PyCell) self).contents = v))
            .build();

    /** The value, or null while the cell is empty (unbound). */
    public volatile Object contents;

    public PyCell(Object contents) {
        this.contents = contents;
    }

    /** Two cells compare their contents; an empty cell sorts before a full one, and two empty cells are equal. */
    private static Object compare(Object a, Object b, CompareOp op) {
        if (!(b instanceof PyCell other)) return PyNotImplemented.INSTANCE;
        Object x = ((PyCell) a).contents, y = other.contents;
        if (x != null && y != null) return Abstract.richCompare(x, y, op);
        return PyBool.of(op.holds(Boolean.compare(y == null, x == null)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
