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
    /** True for a builtin exception's field (index into {@link PyBaseException}'s fields), false for a slot. */
    private final boolean exceptionField;

    public PyMemberDescr(PyType owner, String name, int index) {
        this(owner, name, index, false);
    }

    PyMemberDescr(PyType owner, String name, int index, boolean exceptionField) {
        this.owner = owner;
        this.name = name;
        this.index = index;
        this.exceptionField = exceptionField;
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
            return field == null ? PyNone.NONE : field;
        }
        Object value = d.check(obj).valueAt(d.index);
        if (value == null) {
            throw Errors.attributeError("'%s' object has no attribute '%s'", Abstract.typeName(obj), d.name);
        }
        return value;
    }

    private static void descrSet(Object descr, Object obj, Object value) {
        PyMemberDescr d = (PyMemberDescr) descr;
        PyHeapObject h = d.check(obj);
        if (d.exceptionField) {
            ((PyBaseException) h).setField(d.index, value);
            return;
        }
        if (value == null && h.valueAt(d.index) == null) {
            throw Errors.attributeError("%s", d.name); // CPython's message for deleting an unset slot
        }
        h.setSlot(d.index, value);
    }
}
