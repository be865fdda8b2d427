package org.ember.runtime;

/**
 * {@code string.templatelib.Interpolation} (PEP 750): one {@code {...}} field of a t-string,
 * immutable: the evaluated value, the expression's source text, the conversion ('s', 'r', 'a'
 * or None) and the (already formatted) format spec.
 */
public final class PyInterpolation extends PyObject {

    private static final ArgSpec NEW_ARGS = ArgSpec.keywords("Interpolation", 0, 1, 4,
            "value", "expression", "conversion", "format_spec");

    public static final PyType TYPE = PyType.builtin("string.templatelib.Interpolation", PyInterpolation.class)
            .module("string.templatelib")
            .slots(t -> {
                t.newInstance = PyInterpolation::newInstance;
                t.repr = self -> ((PyInterpolation) self).repr();
            })
            .dict(d -> {
                d.getset("value", self -> ((PyInterpolation) self).value, PyGetSetDescr.READONLY_MEMBER);
                d.getset("expression", self -> ((PyInterpolation) self).expression, PyGetSetDescr.READONLY_MEMBER);
                d.getset("conversion", self -> ((PyInterpolation) self).conversion, PyGetSetDescr.READONLY_MEMBER);
                d.getset("format_spec", self -> ((PyInterpolation) self).formatSpec, PyGetSetDescr.READONLY_MEMBER);
                d.value("__match_args__", PyTuple.of(new PyStr("value"), new PyStr("expression"),
                        new PyStr("conversion"), new PyStr("format_spec")));
                d.value("__doc__", new PyStr("Interpolation object"));
            })
            .build();

    public final Object value;
    public final PyStr expression;
    /** None, or a one-character str. */
    public final Object conversion;
    public final PyStr formatSpec;

    public PyInterpolation(Object value, PyStr expression, Object conversion, PyStr formatSpec) {
        this.value = value;
        this.expression = expression;
        this.conversion = conversion;
        this.formatSpec = formatSpec;
    }

    /** BUILD_INTERPOLATION: the conversion is CPython's FVC_* code (0 none, 1 str, 2 repr, 3 ascii). */
    public static PyInterpolation build(Object value, Object expression, int fvc, Object formatSpec) {
        Object conversion = switch (fvc) {
            case 1 -> new PyStr("s");
            case 2 -> new PyStr("r");
            case 3 -> new PyStr("a");
            default -> PyNone.NONE;
        };
        PyStr spec = formatSpec == null ? PyStr.EMPTY : formatSpec instanceof PyStr s ? s : Abstract.str(formatSpec);
        return new PyInterpolation(value, (PyStr) expression, conversion, spec);
    }

    private static Object newInstance(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        Object[] a = NEW_ARGS.bind(args, offset, nargs, kwnames);
        PyStr expression = a[1] == null ? PyStr.EMPTY : mustBeStr(a[1], "expression");
        Object conversion = a[2] == null ? PyNone.NONE : a[2];
        if (conversion != PyNone.NONE) {
            String c = mustBeStr(conversion, "conversion").value();
            if (!c.equals("s") && !c.equals("r") && !c.equals("a")) {
                throw Errors.valueError("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
            }
        }
        PyStr formatSpec = a[3] == null ? PyStr.EMPTY : mustBeStr(a[3], "format_spec");
        return new PyInterpolation(a[0], expression, conversion, formatSpec);
    }

    private static PyStr mustBeStr(Object o, String argument) {
        if (o instanceof PyStr s) return s;
        throw Errors.typeError("Interpolation() argument '%s' must be str, not %s", argument, Abstract.typeName(o));
    }

    private PyStr repr() {
        return new PyStr("Interpolation(" + Abstract.repr(value).value() + ", " + Abstract.repr(expression).value() + ", "
                + Abstract.repr(conversion).value() + ", " + Abstract.repr(formatSpec).value() + ")");
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
