package org.ember.runtime;

/**
 * {@code member_descriptor}: one {@code __slots__} entry of a heap type, reading and writing a
 * fixed index of the instance's {@code values} array (see {@link PyHeapObject}).
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

    public PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
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
        Object value = d.check(obj).valueAt(d.index);
        if (value == null) {
            throw Errors.attributeError("'%s' object has no attribute '%s'", Abstract.typeName(obj), d.name);
        }
        return value;
    }

    private static void descrSet(Object descr, Object obj, Object value) {
        PyMemberDescr d = (PyMemberDescr) descr;
        PyHeapObject h = d.check(obj);
        if (value == null && h.valueAt(d.index) == null) {
            throw Errors.attributeError("%s", d.name); // CPython's message for deleting an unset slot
        }
        h.setSlot(d.index, value);
    }
}
