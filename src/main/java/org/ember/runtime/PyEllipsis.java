package org.ember.runtime;

/** {@code Ellipsis} ({@code ...}), the only instance of {@code ellipsis}. */
public final class PyEllipsis extends PyObject {

    public static final PyType TYPE = PyType.builtin("ellipsis", PyEllipsis.class)
            .slots(t -> {
                t.repr = self -> new PyStr("Ellipsis");
                t.newInstance = (type, args, off, n, kw) -> {
                    if (n != 0) throw Errors.typeError("ellipsis takes no arguments");
                    return PyEllipsis.INSTANCE;
                };
            })
            .build();

    public static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return TYPE;
    }
}
