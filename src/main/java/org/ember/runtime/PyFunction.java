package org.ember.runtime;

import org.ember.interp.Eval;

/**
 * Python's {@code function}: a code object with the globals, builtins, defaults and closure it
 * runs with. A METHOD_DESCRIPTOR type: found on a class it may be called with the instance as
 * first argument without binding; otherwise {@code descrGet} binds it into a {@link PyBoundMethod}.
 */
public final class PyFunction extends PyObject implements PyCallable {

    public static final PyType TYPE = PyType.builtin("function", PyFunction.class)
            .flags(PyType.METHOD_DESCRIPTOR)
            .slots(t -> {
                t.call = (self, args, off, n, kw) -> ((PyFunction) self).call(args, off, n, kw);
                t.descrGet = (self, obj, type) -> obj == null ? self : new PyBoundMethod(self, obj);
                t.repr = self -> new PyStr("<function " + ((PyFunction) self).qualname + " at "
                        + Abstract.addressOf(self) + ">");
            })
            .dict(d -> {
                d.getset("__name__", self -> new PyStr(((PyFunction) self).name),
                        (self, v) -> ((PyFunction) self).name = strValue(v, "__name__"));
                d.getset("__qualname__", self -> new PyStr(((PyFunction) self).qualname),
                        (self, v) -> ((PyFunction) self).qualname = strValue(v, "__qualname__"));
                d.getset("__module__", self -> ((PyFunction) self).module,
                        (self, v) -> ((PyFunction) self).module = v == null ? PyNone.NONE : v);
                d.getset("__doc__", self -> ((PyFunction) self).doc,
                        (self, v) -> ((PyFunction) self).doc = v == null ? PyNone.NONE : v);
                d.getset("__code__", self -> ((PyFunction) self).code, PyFunction::setCode);
                d.getset("__globals__", self -> ((PyFunction) self).globals, null);
                d.getset("__builtins__", self -> ((PyFunction) self).builtins, null);
                d.getset("__defaults__", self -> orNone(((PyFunction) self).defaults),
                        (self, v) -> ((PyFunction) self).defaults = v == null || v == PyNone.NONE ? null : (PyTuple) v);
                d.getset("__kwdefaults__", self -> orNone(((PyFunction) self).kwdefaults),
                        (self, v) -> ((PyFunction) self).kwdefaults = v == null || v == PyNone.NONE ? null : (PyDict) v);
                d.getset("__closure__", self -> orNone(((PyFunction) self).closure), null);
                d.getset("__annotations__", PyFunction::annotations,
                        (self, v) -> ((PyFunction) self).annotations = v);
                d.getset("__annotate__", self -> orNone(((PyFunction) self).annotate),
                        (self, v) -> ((PyFunction) self).annotate = v == PyNone.NONE ? null : v);
                d.getset("__dict__", self -> ((PyFunction) self).dict(), (self, v) -> {
                    if (!(v instanceof PyDict newDict)) throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", Abstract.typeName(v));
                    ((PyFunction) self).dict = newDict;
                });
            })
            .build();

    /** Replaceable through {@code __code__} (types.coroutine does); call-site guards compare it. */
    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    public Object module;
    public Object doc = PyNone.NONE;
    /** Positional defaults, or null. */
    public PyTuple defaults;
    /** Keyword-only defaults, or null. */
    public PyDict kwdefaults;
    /** The cells of the free variables, or null. */
    public PyTuple closure;
    public Object annotations;
    public Object annotate;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name();
        this.qualname = code.qualname();
        Object moduleName = globals.getItemStr("__name__");
        this.module = moduleName == null ? PyNone.NONE : moduleName;
        // 3.14: a function's docstring is its code's first constant when CO_HAS_DOCSTRING is set
        if ((code.flags() & CO_HAS_DOCSTRING) != 0 && code.consts.length > 0 && code.consts[0] instanceof PyStr docstring) {
            this.doc = docstring;
        }
    }

    private static final int CO_HAS_DOCSTRING = 0x4000000;

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object call(Object[] args, int offset, int nargs, PyTuple kwnames) {
        return Eval.callFunction(this, args, offset, nargs, kwnames);
    }

    /** The function's own attributes ({@code f.calls = 0}), created on first use. */
    public PyDict dict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    /** An attribute set on the function, or null (no dict is created just to look). */
    Object attribute(String key) {
        return dict == null ? null : dict.getItemStr(key);
    }

    private static Object annotations(Object self) {
        PyFunction f = (PyFunction) self;
        if (f.annotations == null) {
            f.annotations = f.annotate != null ? Abstract.call(f.annotate, PyInt.of(1)) : new PyDict();
        }
        return f.annotations;
    }

    /** {@code f.__code__ = c}: CPython's checks, the free-variable count must stay the same. */
    private static void setCode(Object self, Object value) {
        if (!(value instanceof PyCode newCode)) throw Errors.typeError("__code__ must be set to a code object");
        PyFunction f = (PyFunction) self;
        int needed = f.closure == null ? 0 : f.closure.size();
        int given = newCode.freeVarCount();
        if (needed != given) {
            throw Errors.valueError("%s() requires a code object with %d free vars, not %d", f.name, needed, given);
        }
        f.code = newCode;
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    private static String strValue(Object v, String attr) {
        if (!(v instanceof PyStr s)) throw Errors.typeError("%s must be set to a string object", attr);
        return s.value();
    }
}
