package org.ember.runtime;

/** {@code staticmethod}: getting it from a class or instance gives the wrapped callable. */
public final class PyStaticMethod extends PyObject implements PyCallable {

    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class)
            .subclassable()
            .slots(t -> {
                t.descrGet = (self, obj, type) -> ((PyStaticMethod) self).callable;
                t.call = (self, args, off, n, kw) -> ((PyStaticMethod) self).call(args, off, n, kw);
                t.repr = self -> new PyStr("<staticmethod(" + Abstract.repr(((PyStaticMethod) self).callable).value() + ")>");
                t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.positional("staticmethod", 1, 1).bind(args, off, n, kw);
                    return type.wrap(new PyStaticMethod(a[0]));
                };
                t.init = (self, args, off, n, kw) -> PyNone.NONE;
            })
            .dict(d -> {
                d.getset("__func__", self -> ((PyStaticMethod) Abstract.builtinPart(self)).callable, null);
                d.getset("__wrapped__", self -> ((PyStaticMethod) Abstract.builtinPart(self)).callable, null);
            })
            .build();

    private final Object callable;

    public PyStaticMethod(Object callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public Object callable() {
        return callable;
    }

    @Override
    public Object call(Object[] args, int offset, int nargs, PyTuple kwnames) {
        return Abstract.call(callable, args, offset, nargs, kwnames);
    }
}
