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
                t.newInstance = (type, args, off, n, kw) -> construct(
                        ArgSpec.keywords("function", 0, 2, 6, "code", "globals", "name", "argdefs", "closure", "kwdefaults")
                                .bind(args, off, n, kw));
                t.repr = self -> new PyStr("<function " + ((PyFunction) self).qualname + " at "
                        + Abstract.addressOf(self) + ">");
            })
            .dict(d -> {
                d.getset("__name__", self -> ((PyFunction) self).nameObject(), (self, v) -> {
                    PyFunction f = (PyFunction) self;
                    f.name = strValue(v, "__name__");
                    f.nameObject = v instanceof PyStr s ? s : null;
                });
                d.getset("__qualname__", self -> ((PyFunction) self).qualnameObject(), (self, v) -> {
                    PyFunction f = (PyFunction) self;
                    f.qualname = strValue(v, "__qualname__");
                    f.qualnameObject = v instanceof PyStr s ? s : null;
                });
                d.getset("__module__", self -> ((PyFunction) self).module,
                        (self, v) -> ((PyFunction) self).module = v == null ? PyNone.NONE : v);
                d.getset("__doc__", self -> ((PyFunction) self).doc,
                        (self, v) -> ((PyFunction) self).doc = v == null ? PyNone.NONE : v);
                d.getset("__code__", self -> ((PyFunction) self).code, PyFunction::setCode);
                d.getset("__globals__", self -> ((PyFunction) self).globals, PyGetSetDescr.READONLY_MEMBER);
                d.getset("__builtins__", self -> ((PyFunction) self).builtins, null);
                d.getset("__defaults__", self -> orNone(((PyFunction) self).defaults),
                        (self, v) -> ((PyFunction) self).defaults = v == null || v == PyNone.NONE ? null : mustBe(v, PyTuple.class, "__defaults__", "tuple"));
                d.getset("__kwdefaults__", self -> orNone(((PyFunction) self).kwdefaults),
                        (self, v) -> ((PyFunction) self).kwdefaults = v == null || v == PyNone.NONE ? null : mustBe(v, PyDict.class, "__kwdefaults__", "dict"));
                d.getset("__closure__", self -> orNone(((PyFunction) self).closure), PyGetSetDescr.READONLY_MEMBER);
                d.getset("__annotations__", PyFunction::annotations, PyFunction::setAnnotations);
                d.getset("__annotate__", self -> orNone(((PyFunction) self).annotate), PyFunction::setAnnotate);
                d.getset("__type_params__", self -> ((PyFunction) self).typeParams, (self, v) -> {
                    if (!(v instanceof PyTuple t)) throw Errors.typeError("__type_params__ must be set to a tuple");
                    ((PyFunction) self).typeParams = t;
                });
                d.getset("__dict__", self -> ((PyFunction) self).dict(), (self, v) -> {
                    if (v == null) throw Errors.typeError("cannot delete __dict__");
                    if (!(v instanceof PyDict newDict)) throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", Abstract.typeName(v));
                    ((PyFunction) self).dict = newDict;
                });
            })
            .build();

    /** A __defaults__/__kwdefaults__ value: exactly that builtin type (CPython's message otherwise). */
    private static <T> T mustBe(Object v, Class<T> kind, String attr, String typeName) {
        if (!kind.isInstance(v)) throw Errors.typeError("%s must be set to a %s object", attr, typeName);
        return kind.cast(v);
    }

    /** Replaceable through {@code __code__} (types.coroutine does); call-site guards compare it. */
    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    /**
     * The str objects __name__/__qualname__ last gave or were given, so they are the same object
     * each time (functools.wraps copies them: `wrapper.__name__ is f.__name__` as in CPython).
     * Stale (ignored) when Java code assigned {@link #name}/{@link #qualname} directly since.
     */
    private PyStr nameObject, qualnameObject;
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
    /** PEP 695: the type parameters of {@code def f[T]()}, set by INTRINSIC_SET_FUNCTION_TYPE_PARAMS. */
    public PyTuple typeParams = PyTuple.EMPTY;
    /** Created on first need; volatile and created under the monitor (see {@link #dict()}). */
    private volatile PyDict dict;

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

    /** {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)}. */
    private static PyFunction construct(Object[] a) {
        if (!(a[0] instanceof PyCode code)) throw Errors.mustBe("function() argument 'code'", "code", a[0]);
        if (!(a[1] instanceof PyDict globals)) throw Errors.mustBe("function() argument 'globals'", "dict", a[1]);
        Object builtinsEntry = globals.getItemStr("__builtins__");
        PyDict builtins;
        if (builtinsEntry instanceof PyModule m) {
            builtins = m.dict();
        } else if (builtinsEntry instanceof PyDict d) {
            builtins = d;
        } else {  // as CPython (bpo-42990): globals without __builtins__ inherit the caller's builtins
            PyDict current = org.ember.interp.Frames.builtins();
            builtins = current != null ? current : ThreadState.current().interpreter().builtins;
        }
        PyFunction f = new PyFunction(code, globals, builtins);
        if (a[2] != null && a[2] != PyNone.NONE) f.name = strValue(a[2], "arg 3 (name)");
        if (a[3] != null && a[3] != PyNone.NONE) {
            if (!(a[3] instanceof PyTuple defaults)) throw Errors.typeError("arg 4 (defaults) must be None or tuple");
            f.defaults = defaults;
        }
        int free = ((PyTuple) Abstract.getAttr(code, new PyStr("co_freevars"))).size();
        Object closure = a[4] == null ? PyNone.NONE : a[4];
        if (closure != PyNone.NONE && !(closure instanceof PyTuple)) throw Errors.typeError("arg 5 (closure) must be tuple");
        int given = closure instanceof PyTuple cells ? cells.size() : 0;
        if (free > 0 && closure == PyNone.NONE) throw Errors.typeError("arg 5 (closure) must be tuple");
        if (given != free) throw Errors.valueError("%s requires closure of length %d, not %d", code.name(), free, given);
        for (int i = 0; i < given; i++) {
            if (!(((PyTuple) closure).get(i) instanceof PyCell)) {
                throw Errors.typeError("arg 5 (closure) expected cell, found %s", Abstract.typeName(((PyTuple) closure).get(i)));
            }
        }
        if (given > 0) f.closure = (PyTuple) closure;
        if (a[5] != null && a[5] != PyNone.NONE) {
            if (!(a[5] instanceof PyDict kwdefaults)) throw Errors.typeError("arg 6 (kwdefaults) must be None or dict");
            f.kwdefaults = kwdefaults;
        }
        return f;
    }

    /** The function's own attributes ({@code f.calls = 0}), created on first use. */
    public PyDict dict() {
        PyDict d = dict;
        if (d != null) return d;
        // Two threads setting the first attributes of one function at once must not each make a
        // dict (one's store would be lost with the dict that lost the race).
        synchronized (this) {
            if (dict == null) dict = new PyDict();
            return dict;
        }
    }

    /** An attribute set on the function, or null (no dict is created just to look). */
    Object attribute(String key) {
        return dict == null ? null : dict.getItemStr(key);
    }

    /** PEP 649: computed by {@code __annotate__(1)} on first use, then cached. */
    private static Object annotations(Object self) {
        PyFunction f = (PyFunction) self;
        if (f.annotations == null) {
            Object computed = f.annotate != null ? Abstract.call(f.annotate, PyInt.of(1)) : new PyDict();
            if (!(computed instanceof PyDict)) {
                throw Errors.typeError("__annotate__ returned non-dict of type '%s'", Abstract.typeName(computed));
            }
            f.annotations = computed;
        }
        return f.annotations;
    }

    /** Setting a dict (or None, or deleting) drops {@code __annotate__}; None and deletion leave {} next time. */
    private static void setAnnotations(Object self, Object value) {
        PyFunction f = (PyFunction) self;
        if (value == PyNone.NONE) value = null;
        if (value != null && !(value instanceof PyDict)) throw Errors.typeError("__annotations__ must be set to a dict object");
        f.annotations = value;
        f.annotate = null;
    }

    private static void setAnnotate(Object self, Object value) {
        PyFunction f = (PyFunction) self;
        if (value == null) throw Errors.typeError("__annotate__ cannot be deleted");
        if (value == PyNone.NONE) {
            f.annotate = null;
            return;
        }
        if (!Abstract.isCallable(value)) throw Errors.typeError("__annotate__ must be callable or None");
        f.annotate = value;
        f.annotations = null;
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
        int kind = PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR;
        if ((newCode.flags() & kind) != (f.code.flags() & kind)) {
            org.ember.modules.Warnings.warn(ThreadState.current(), Exceptions.DeprecationWarning,
                    "Assigning a code object of non-matching type is deprecated (e.g., from a generator to a plain function)", 1);
        }
        f.code = newCode;
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    private PyStr nameObject() {
        if (nameObject == null || !nameObject.value().equals(name)) nameObject = new PyStr(name);
        return nameObject;
    }

    private PyStr qualnameObject() {
        if (qualnameObject == null || !qualnameObject.value().equals(qualname)) qualnameObject = new PyStr(qualname);
        return qualnameObject;
    }

    private static String strValue(Object v, String attr) {
        if (!(v instanceof PyStr s)) throw Errors.typeError("%s must be set to a string object", attr);
        return s.value();
    }
}
