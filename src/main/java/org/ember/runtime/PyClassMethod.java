package org.ember.runtime;

/** {@code classmethod}: getting it binds the wrapped callable to the class. */
public final class PyClassMethod extends CallableWrapper {

    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class)
            .subclassable()
            .slots(t -> {
                t.descrGet = (self, obj, type) -> {
                    PyType cls = type instanceof PyType ty ? ty : Abstract.typeOf(obj);
                    return new PyBoundMethod(part(self).callable, cls);
                };
                t.repr = self -> repr("classmethod", self);
                t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.positional("classmethod", 1, 1).bind(args, off, n, kw);
                    return type.wrap(new PyClassMethod(a[0]));
                };
                t.init = (self, args, off, n, kw) -> PyNone.NONE;
            })
            .dict(CallableWrapper::installAttributes)
            .build();

    public PyClassMethod(Object callable) {
        super(callable);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
