package org.ember.runtime;

/** {@code staticmethod}: getting it from a class or instance gives the wrapped callable. */
public final class PyStaticMethod extends CallableWrapper implements PyCallable {

    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class)
            .subclassable()
            .slots(t -> {
                t.descrGet = (self, obj, type) -> part(self).callable;
                t.call = (self, args, off, n, kw) -> ((PyStaticMethod) part(self)).call(args, off, n, kw);
                t.repr = self -> repr("staticmethod", self);
                t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.positional("staticmethod", 1, 1).bind(args, off, n, kw);
                    return type.wrap(new PyStaticMethod(a[0]));
                };
                t.init = (self, args, off, n, kw) -> PyNone.NONE;
            })
            .dict(CallableWrapper::installAttributes)
            .build();

    public PyStaticMethod(Object callable) {
        super(callable);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object call(Object[] args, int offset, int nargs, PyTuple kwnames) {
        return Abstract.call(callable, args, offset, nargs, kwnames);
    }
}
