package org.ember.runtime;

/** {@code staticmethod}: getting it from a class or instance gives the wrapped callable. */
public final class PyStaticMethod extends PyObject implements PyCallable, OwnDict {

    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class)
            .subclassable()
            .slots(t -> {
                t.descrGet = (self, obj, type) -> part(self).callable;
                t.call = (self, args, off, n, kw) -> part(self).call(args, off, n, kw);
                t.repr = self -> new PyStr("<staticmethod(" + Abstract.repr(part(self).callable).value() + ")>");
                t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.positional("staticmethod", 1, 1).bind(args, off, n, kw);
                    return type.wrap(new PyStaticMethod(a[0]));
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

    public PyStaticMethod(Object callable) {
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

    /** The PyStaticMethod inside self, which may be an instance of a Python subclass. */
    private static PyStaticMethod part(Object self) {
        return (PyStaticMethod) Abstract.builtinPart(self);
    }

    public Object callable() {
        return callable;
    }

    @Override
    public Object call(Object[] args, int offset, int nargs, PyTuple kwnames) {
        return Abstract.call(callable, args, offset, nargs, kwnames);
    }
}
