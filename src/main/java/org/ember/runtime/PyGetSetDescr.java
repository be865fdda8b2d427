package org.ember.runtime;

/**
 * {@code getset_descriptor}: a computed attribute of a builtin type ({@code int.real},
 * {@code type.__name__}, a heap type's {@code __dict__}). A data descriptor when it has a setter
 * (and then always one, as CPython: without a setter, assignment raises AttributeError).
 */
public final class PyGetSetDescr extends PyObject {

    @FunctionalInterface public interface Getter { Object get(Object self); }
    /** value null means delete. */
    @FunctionalInterface public interface Setter { void set(Object self, Object valueOrNull); }

    /** The setter of what CPython declares as a READONLY member: its message differs from a getset's. */
    public static final Setter READONLY_MEMBER = (self, value) -> {
        throw Errors.attributeError("readonly attribute");
    };

    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescr.class)
            .slots(t -> {
                t.descrGet = PyGetSetDescr::descrGet;
                t.descrSet = PyGetSetDescr::descrSet;
                t.repr = self -> new PyStr("<attribute '" + ((PyGetSetDescr) self).name + "' of '"
                        + ((PyGetSetDescr) self).owner.name() + "' objects>");
            })
            .dict(d -> {
                d.getset("__name__", self -> new PyStr(((PyGetSetDescr) self).name), null);
                d.getset("__qualname__", self -> new PyStr(((PyGetSetDescr) self).owner.qualname() + "." + ((PyGetSetDescr) self).name), null);
                d.getset("__objclass__", self -> ((PyGetSetDescr) self).owner, null);
            })
            .build();

    private final PyType owner;
    private final String name;
    private final Getter getter;
    private final Setter setter;

    public PyGetSetDescr(PyType owner, String name, Getter getter, Setter setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void check(Object obj) {
        if (!Abstract.typeOf(obj).isSubtype(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name(), Abstract.typeName(obj));
        }
    }

    private static Object descrGet(Object descr, Object obj, Object type) {
        PyGetSetDescr d = (PyGetSetDescr) descr;
        if (obj == null) return d;
        d.check(obj);
        return d.getter.get(obj);
    }

    private static void descrSet(Object descr, Object obj, Object value) {
        PyGetSetDescr d = (PyGetSetDescr) descr;
        d.check(obj);
        if (d.setter == null) {
            throw Errors.attributeError("attribute '%s' of '%s' objects is not writable", d.name, d.owner.name());
        }
        d.setter.set(obj, value);
    }
}
