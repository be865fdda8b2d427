package org.ember.runtime;

/** {@code classmethod}: getting it binds the wrapped callable to the class. */
public final class PyClassMethod extends PyObject implements OwnDict {

    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class)
            .subclassable()
            .slots(t -> {
                t.descrGet = (self, obj, type) -> {
                    PyType cls = type instanceof PyType ty ? ty : Abstract.typeOf(obj);
                    return new PyBoundMethod(part(self).callable, cls);
                };
                t.repr = self -> new PyStr("<classmethod(" + Abstract.repr(part(self).callable).value() + ")>");
                t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.positional("classmethod", 1, 1).bind(args, off, n, kw);
                    return type.wrap(new PyClassMethod(a[0]));
                };
                t.init = (self, args, off, n, kw) -> PyNone.NONE;
            })
            .dict(d -> {
                d.getset("__func__", self -> part(self).callable, null);
                d.getset("__isabstractmethod__", self -> PyBool.of(Abstract.isAbstractMethod(part(self).callable)), null);
                d.getset("__wrapped__", self -> part(self).callable, null);
                WrappedAttributes.install(d, self -> part(self).wrappedAttributes, self -> part(self).callable);
                OwnDict.installDictAttribute(d);
                d.getset("__isabstractmethod__", self -> {
                    Object flag = Abstract.lookupAttr(part(self).callable, new PyStr("__isabstractmethod__"));
                    return PyBool.of(flag != null && Abstract.isTrue(flag));
                }, null);
            })
            .build();

    private final Object callable;
    /** __annotations__ and __annotate__, taken from the callable (CPython 3.14). */
    private final WrappedAttributes wrappedAttributes = new WrappedAttributes();

    /** __module__, __name__, __qualname__, __doc__ copied from the callable, then whatever is assigned. */
    private volatile PyDict dict;

    public PyClassMethod(Object callable) {
        this.callable = callable;
        this.dict = OwnDict.wrapping(callable);
    }

    @Override
    public PyDict ownDict() {
        return dict;
    }

    @Override
    public void replaceOwnDict(PyDict newDict) {
        dict = newDict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The PyClassMethod inside self, which may be an instance of a Python subclass. */
    private static PyClassMethod part(Object self) {
        return (PyClassMethod) Abstract.builtinPart(self);
    }

    public Object callable() {
        return callable;
    }
}
