package org.ember.runtime;

/** {@code NotImplemented}: what binary operations return to let the other operand try. */
public final class PyNotImplemented extends PyObject {

    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyNotImplemented.class)
            .slots(t -> {
                t.repr = self -> new PyStr("NotImplemented");
                // 3.14: using NotImplemented as a truth value is an error (it was a warning).
                t.bool = self -> {
                    throw Errors.typeError("NotImplemented should not be used in a boolean context");
                };
                t.newInstance = (type, args, off, n, kw) -> {
                    if (n != 0) throw Errors.typeError("NotImplementedType takes no arguments");
                    return PyNotImplemented.INSTANCE;
                };
            })
            .build();

    public static final PyNotImplemented INSTANCE = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
