package org.ember.runtime;

/** {@code None}, the only instance of {@code NoneType}. */
public final class PyNone extends PyObject {

    public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class)
            .slots(t -> {
                t.repr = self -> new PyStr("None");
                t.bool = self -> false;
                t.hash = self -> 0xFCA86420L; // CPython 3.12+: a constant, not the address
                t.newInstance = (type, args, off, n, kw) -> {
                    if (n != 0) throw Errors.typeError("NoneType takes no arguments");
                    return PyNone.NONE;
                };
            })
            .build();

    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
