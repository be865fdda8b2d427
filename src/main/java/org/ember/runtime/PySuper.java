package org.ember.runtime;

/**
 * {@code super}: attribute lookup that starts after a given class in the MRO of the object's
 * type. The two-argument form is complete here; the zero-argument form needs the caller's
 * frame ({@code __class__} cell and first argument), so the interpreter supplies them and calls
 * {@link #of(PyType, Object)} (LOAD_SUPER_ATTR can use {@link #lookup} without allocating).
 */
public final class PySuper extends PyObject {

    public static final PyType TYPE = PyType.builtin("super", PySuper.class)
            .subclassable()
            .slots(t -> {
                t.getattro = PySuper::getAttr;
                t.descrGet = (self, obj, type) -> {
                    PySuper s = (PySuper) Abstract.builtinPart(self);
                    if (obj == null || s.obj != null) return self;
                    // a subclass of super binds by calling itself: type(self)(thisclass, obj)
                    PyType selfType = Abstract.typeOf(self);
                    return selfType == PySuper.TYPE ? of(s.thisClass, obj) : Abstract.call(selfType, s.thisClass, obj);
                };
                t.repr = self -> {
                    PySuper s = (PySuper) Abstract.builtinPart(self);
                    String head = "<super: <class '" + s.thisClass.name() + "'>"; // tp_name, not the qualified repr
                    return new PyStr(s.obj == null ? head + ", NULL>" : head + ", <" + s.objType.name() + " object>>");
                };
                t.newInstance = (type, args, off, n, kw) -> type.wrap(new PySuper(null, null, null));
                t.init = PySuper::init;
            })
            .dict(d -> {
                d.getset("__thisclass__", self -> orNone(((PySuper) Abstract.builtinPart(self)).thisClass), null);
                d.getset("__self__", self -> orNone(((PySuper) Abstract.builtinPart(self)).obj), null);
                d.getset("__self_class__", self -> orNone(((PySuper) Abstract.builtinPart(self)).objType), null);
            })
            .build();

    private PyType thisClass;
    private Object obj;
    /** type(obj), or obj itself when obj is a subclass of thisClass (super(C, D) in classmethods). */
    private PyType objType;

    private PySuper(PyType thisClass, Object obj, PyType objType) {
        this.thisClass = thisClass;
        this.obj = obj;
        this.objType = objType;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    /** super(thisClass, obj), checking obj. */
    public static PySuper of(PyType thisClass, Object obj) {
        return new PySuper(thisClass, obj, checkObject(thisClass, obj));
    }

    private static PyType checkObject(PyType thisClass, Object obj) {
        if (obj instanceof PyType t && t.isSubtype(thisClass)) return t;
        PyType type = Abstract.typeOf(obj);
        if (type.isSubtype(thisClass)) return type;
        Object cls = Abstract.lookupAttr(obj, new PyStr("__class__"));
        if (cls instanceof PyType c && c != type && c.isSubtype(thisClass)) return c;
        throw Errors.typeError("super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).",
                type.name(), thisClass.name());
    }

    private static Object init(Object self, Object[] args, int offset, int nargs, PyTuple kwnames) {
        Object[] a = ArgSpec.positional("super", 0, 2).bind(args, offset, nargs, kwnames);
        if (a[0] == null) {
            // zero-argument form: __class__ and the first argument of the calling function's frame
            Object[] implicit = org.ember.interp.Frames.zeroArgSuper();
            a[0] = implicit[0];
            a[1] = implicit[1];
        }
        if (!(a[0] instanceof PyType thisClass)) {
            throw Errors.typeError("super() argument 1 must be a type, not %s", Abstract.typeName(a[0]));
        }
        PySuper s = (PySuper) Abstract.builtinPart(self);
        s.thisClass = thisClass;
        if (a[1] != null && a[1] != PyNone.NONE) {
            s.objType = checkObject(thisClass, a[1]);
            s.obj = a[1];
        }
        return PyNone.NONE;
    }

    /**
     * {@code super(thisClass, obj).name} without the super object: the attribute found after
     * thisClass in objType's MRO, bound to obj; null when not found there.
     */
    public static Object lookup(PyType thisClass, Object obj, PyType objType, String name) {
        PyType[] mro = objType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != thisClass) i++;
        for (i++; i < mro.length; i++) {
            Object found = mro[i].dict().getItemStr(name);
            if (found == null) continue;
            Slot.Ternary get = Abstract.typeOf(found).descrGet;
            if (get == null) return found;
            return get.apply(found, obj == objType ? null : obj, objType);
        }
        return null;
    }

    private static Object getAttr(Object self, Object nameObj) {
        PySuper s = (PySuper) Abstract.builtinPart(self);
        String name = ((PyStr) nameObj).value();
        if (s.objType != null && !name.equals("__class__")) {
            Object found = lookup(s.thisClass, s.obj, s.objType, name);
            if (found != null) return found;
        }
        return Abstract.genericGetAttr(self, (PyStr) nameObj, false);
    }
}
