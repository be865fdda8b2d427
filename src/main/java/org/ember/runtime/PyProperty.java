package org.ember.runtime;

/** {@code property}: a data descriptor calling fget/fset/fdel. */
public final class PyProperty extends PyObject {

    private static final ArgSpec ARGS = ArgSpec.keywords("property", 0, 0, 4, "fget", "fset", "fdel", "doc");

    public static final PyType TYPE = PyType.builtin("property", PyProperty.class)
            .subclassable()
            .slots(t -> {
                t.descrGet = PyProperty::get;
                t.descrSet = PyProperty::set;
                t.newInstance = (type, args, off, n, kw) -> type.wrap(new PyProperty(null, null, null, null));
                t.init = (self, args, off, n, kw) -> {
                    Object[] a = ARGS.bind(args, off, n, kw);
                    PyProperty p = of(self);
                    p.fget = noneToNull(a[0]);
                    p.fset = noneToNull(a[1]);
                    p.fdel = noneToNull(a[2]);
                    Object doc = noneToNull(a[3]);
                    p.getterDoc = false;
                    if (doc == null && p.fget != null) {
                        doc = noneToNull(docOf(p.fget));
                        p.getterDoc = doc != null;
                    }
                    if (Abstract.typeOf(self) == PyProperty.TYPE) {
                        p.doc = doc;
                    } else {
                        storeSubclassDoc(self, p, doc);
                    }
                    return PyNone.NONE;
                };
            })
            .dict(d -> {
                d.getset("fget", self -> orNone(of(self).fget), PyGetSetDescr.READONLY_MEMBER);
                d.getset("__name__", PyProperty::name, (self, v) -> of(self).name = v);
                d.getset("__isabstractmethod__", self -> PyBool.of(Abstract.isAbstractMethod(of(self).fget)
                        || Abstract.isAbstractMethod(of(self).fset) || Abstract.isAbstractMethod(of(self).fdel)), null);
                d.getset("fset", self -> orNone(of(self).fset), PyGetSetDescr.READONLY_MEMBER);
                d.getset("fdel", self -> orNone(of(self).fdel), PyGetSetDescr.READONLY_MEMBER);
                d.getset("__doc__", self -> orNone(of(self).doc), (self, v) -> of(self).doc = v);  // a writable member
                d.getset("__isabstractmethod__", self -> PyBool.of(of(self).isAbstract()), null);
                d.method1("getter", (self, f) -> copyWith(self, f, of(self).fset, of(self).fdel));
                d.method1("setter", (self, f) -> copyWith(self, of(self).fget, f, of(self).fdel));
                d.method1("deleter", (self, f) -> copyWith(self, of(self).fget, of(self).fset, f));
                d.method("__set_name__", ArgSpec.varargs("__set_name__"), (self, a) -> {
                    PyTuple args = (PyTuple) a[0];
                    if (args.size() != 2) {
                        throw Errors.typeError("__set_name__() takes 2 positional arguments but %d were given", args.size());
                    }
                    of(self).name = args.get(1);
                    return PyNone.NONE;
                });
            })
            .build();

    private volatile Object fget, fset, fdel, doc, name;
    /** The doc came from fget's __doc__ (a copy made by getter()/setter()/deleter() takes the new fget's). */
    private volatile boolean getterDoc;

    public PyProperty(Object fget, Object fset, Object fdel, Object doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    /** The getter (the specializer caches a Python getter for LOAD_ATTR_PROPERTY). */
    public Object fget() {
        return fget;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyProperty of(Object o) {
        return (PyProperty) Abstract.builtinPart(o);
    }

    private static Object noneToNull(Object o) {
        return o == PyNone.NONE ? null : o;
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    /** True when fget, fset or fdel has a true __isabstractmethod__ (abc.abstractmethod under a property). */
    private boolean isAbstract() {
        for (Object f : new Object[] {fget, fset, fdel}) {
            if (f == null) continue;
            Object flag = Abstract.lookupAttr(f, new PyStr("__isabstractmethod__"));
            if (flag != null && Abstract.isTrue(flag)) return true;
        }
        return false;
    }

    /** fget's __doc__, which a property without an explicit doc shows (null if it has none). */
    /** property.__name__ (3.13): the name given by __set_name__ or assigned, else fget's __name__. */
    private static Object name(Object self) {
        PyProperty p = of(self);
        if (p.name != null) return p.name;   // may be None, assigned
        Object fromGetter = p.fget == null ? null : Abstract.lookupAttr(p.fget, new PyStr("__name__"));
        if (fromGetter == null) throw Errors.attributeError("'property' object has no attribute '__name__'");
        return fromGetter;
    }

    private static Object docOf(Object fget) {
        try {
            return Abstract.lookupAttr(fget, new PyStr("__doc__"));
        } catch (PyException e) {
            return null;
        }
    }

    /**
     * A subclass instance keeps its doc in its own __dict__ (or __doc__ slot), where the subclass's
     * class __doc__ does not shadow it, as CPython; an instance that cannot take it drops an
     * explicit doc silently (CPython <= 3.11 behaviour kept) but not one from the getter.
     */
    private static void storeSubclassDoc(Object self, PyProperty p, Object doc) {
        try {
            Abstract.setAttr(self, new PyStr("__doc__"), orNone(doc));
        } catch (PyException e) {
            if (p.getterDoc || !e.matches(Exceptions.AttributeError)) throw e;
        }
    }

    /** CPython's property_copy for a subclass: type(self)(fget, fset, fdel, doc), keeping the name. */
    private static Object copySubclass(Object self, Object fget, Object fset, Object fdel) {
        PyProperty p = of(self);
        Object doc = p.getterDoc && fget != null && fget != PyNone.NONE ? PyNone.NONE : orNone(p.doc);
        Object copy = Abstract.call(Abstract.typeOf(self), orNone(fget), orNone(fset), orNone(fdel), doc);
        if (Abstract.builtinPart(copy) instanceof PyProperty made) made.name = p.name;
        return copy;
    }

    private static Object copyWith(Object self, Object fget, Object fset, Object fdel) {
        if (Abstract.typeOf(self) != TYPE) return copySubclass(self, fget, fset, fdel);
        PyProperty p = of(self);
        // CPython's property_copy: a doc taken from the old getter is taken again from the new one;
        // an explicit doc stays; no doc at all is looked for on the getter
        Object getter = noneToNull(fget);
        Object doc = p.getterDoc && getter != null ? null : p.doc;
        boolean fromGetter = false;
        if (doc == null && getter != null) {
            doc = noneToNull(docOf(getter));
            fromGetter = doc != null;
        }
        PyProperty copy = new PyProperty(getter, noneToNull(fset), noneToNull(fdel), doc);
        copy.getterDoc = fromGetter;
        copy.name = p.name;
        return copy;
    }

    /** The property's name for messages: set by __set_name__, else fget's __name__. */
    private String displayName() {
        Object n = name;
        if (n == null && fget != null) n = Abstract.lookupAttr(fget, new PyStr("__name__"));
        return n == null ? null : Abstract.repr(n).value();
    }

    /** CPython's message names the property by repr and the owner's type by its __qualname__. */
    private PyException missing(Object obj, String what) {
        String n = displayName();
        String owner = Abstract.typeOf(obj).qualname();
        if (n == null) return Errors.attributeError("property of '%s' object has no %s", owner, what);
        return Errors.attributeError("property %s of '%s' object has no %s", n, owner, what);
    }

    private static Object get(Object self, Object obj, Object type) {
        if (obj == null) return self;
        PyProperty p = of(self);
        if (p.fget == null) throw p.missing(obj, "getter");
        return Abstract.call(p.fget, obj);
    }

    private static void set(Object self, Object obj, Object value) {
        PyProperty p = of(self);
        if (value == null) {
            if (p.fdel == null) throw p.missing(obj, "deleter");
            Abstract.call(p.fdel, obj);
        } else {
            if (p.fset == null) throw p.missing(obj, "setter");
            Abstract.call(p.fset, obj, value);
        }
    }
}
