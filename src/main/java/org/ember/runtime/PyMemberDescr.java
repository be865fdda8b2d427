package org.ember.runtime;

/**
 * {@code member_descriptor}: one {@code __slots__} entry of a heap type, reading and writing a
 * fixed index of the instance's {@code values} array (see {@link PyHeapObject}); or one field of
 * a builtin exception type ({@code OSError.errno}, {@link ExceptionFields}), kept in the
 * exception's own field array, which reads None while unset and may always be deleted (T_OBJECT).
 */
public final class PyMemberDescr extends PyObject {

    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescr.class)
            .slots(t -> {
                t.descrGet = PyMemberDescr::descrGet;
                t.descrSet = PyMemberDescr::descrSet;
                t.repr = self -> new PyStr("<member '" + ((PyMemberDescr) self).name + "' of '"
                        + ((PyMemberDescr) self).owner.name() + "' objects>");
            })
            .dict(d -> d.getset("__name__", self -> new PyStr(((PyMemberDescr) self).name), null))
            .build();

    private final PyType owner;
    private final String name;
    private final int index;
    /**
     * What the member reads: a {@code __slots__} entry, or a builtin exception's field (index into
     * {@link PyBaseException}'s fields) holding any object (T_OBJECT) or an index-sized int
     * (Py_T_PYSSIZET: UnicodeError.start/end, 0 while unset, not deletable).
     */
    enum Kind { SLOT, EXCEPTION_OBJECT, EXCEPTION_SSIZE }

    private final Kind kind;
    private final boolean exceptionField;

    public PyMemberDescr(PyType owner, String name, int index) {
        this(owner, name, index, Kind.SLOT);
    }

    PyMemberDescr(PyType owner, String name, int index, Kind kind) {
        this.owner = owner;
        this.name = name;
        this.index = index;
        this.kind = kind;
        this.exceptionField = kind != Kind.SLOT;
    }

    /** A {@code __slots__} member (the specializer's LOAD_ATTR_SLOT/STORE_ATTR_SLOT apply), not an exception field. */
    public boolean isSlot() {
        return !exceptionField;
    }

    public String name() {
        return name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int index() {
        return index;
    }

    /** The class whose __slots__ declared the member. */
    public PyType owner() {
        return owner;
    }

    private PyHeapObject check(Object obj) {
        if (!Abstract.typeOf(obj).isSubtype(owner) || !(obj instanceof PyHeapObject h)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name(), Abstract.typeName(obj));
        }
        return h;
    }

    private static Object descrGet(Object descr, Object obj, Object type) {
        PyMemberDescr d = (PyMemberDescr) descr;
        if (obj == null) return d;
        if (d.exceptionField) {
            Object field = ((PyBaseException) d.check(obj)).field(d.index);
            if (field != null) return field;
            return d.kind == Kind.EXCEPTION_SSIZE ? PyInt.of(0) : PyNone.NONE;
        }
        Object value = d.check(obj).valueAt(d.index);
        if (value == null) {
            throw Errors.attributeError("'%s' object has no attribute '%s'", Abstract.typeName(obj), d.name);
        }
        return value;
    }

    /** A Py_T_PYSSIZET member's new value: an int (no __index__) that fits, never a deletion. */
    private static Object asSize(Object value) {
        if (value == null) throw Errors.typeError("can't delete numeric/char attribute");
        PyInt i = PyInt.asInt(value);
        if (i == null) throw Errors.typeError("an integer is required");
        if (!i.fitsLong()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return PyInt.of(i.longValue());
    }

    private static void descrSet(Object descr, Object obj, Object value) {
        PyMemberDescr d = (PyMemberDescr) descr;
        PyHeapObject h = d.check(obj);
        if (d.exceptionField) {
            ((PyBaseException) h).setField(d.index, d.kind == Kind.EXCEPTION_SSIZE ? asSize(value) : value);
            return;
        }
        if (value == null && h.valueAt(d.index) == null) {
            throw Errors.attributeError("%s", d.name); // CPython's message for deleting an unset slot
        }
        h.setSlot(d.index, value);
    }
}
