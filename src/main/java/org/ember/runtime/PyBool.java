package org.ember.runtime;

/** {@code bool}: True and False, the only instances; a subclass of int that cannot be subclassed. */
public final class PyBool extends PyInt {

    public static final PyType TYPE = PyType.builtin("bool", PyBool.class)
            .base(PyInt.TYPE)
            .slots(t -> {
                t.repr = self -> new PyStr(self == PyBool.TRUE ? "True" : "False");
                t.binary[BinOp.AND.ordinal()] = (a, b) -> a instanceof PyBool x && b instanceof PyBool y
                        ? of(x == PyBool.TRUE & y == PyBool.TRUE) : PyInt.TYPE.binary[BinOp.AND.ordinal()].apply(a, b);
                t.binary[BinOp.OR.ordinal()] = (a, b) -> a instanceof PyBool x && b instanceof PyBool y
                        ? of(x == PyBool.TRUE | y == PyBool.TRUE) : PyInt.TYPE.binary[BinOp.OR.ordinal()].apply(a, b);
                t.binary[BinOp.XOR.ordinal()] = (a, b) -> a instanceof PyBool x && b instanceof PyBool y
                        ? of(x != y) : PyInt.TYPE.binary[BinOp.XOR.ordinal()].apply(a, b);
                t.invert = self -> {
                    org.ember.modules.Warnings.warn(ThreadState.current(), Exceptions.DeprecationWarning, PyBool.INVERT_DEPRECATED, 1);
                    return PyInt.invert((PyInt) self);
                };
                t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.positional("bool", 0, 1).bind(args, off, n, kw);
                    return a[0] == null ? PyBool.FALSE : of(Abstract.isTrue(a[0]));
                };
            })
            .build();

    private static final String INVERT_DEPRECATED = "Bitwise inversion '~' on bool is deprecated and will be removed in"
            + " Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you"
            + " expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want"
            + " the bitwise inversion of the underlying int.";

    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long value) {
        super(value);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
