package org.ember.runtime;

/**
 * {@code builtin_function_or_method}: a function implemented in Java (e.g. {@code len}), or a
 * builtin method already bound to its receiver (e.g. {@code [].append}, {@code dict.fromkeys}).
 */
public final class PyBuiltinFunction extends PyObject implements PyCallable {

    /** The Java implementation: {@code self} is the bound receiver (or the module, or null). */
    @FunctionalInterface
    public interface Body {
        Object call(Object self, Object[] args);
    }

    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class)
            .slots(t -> {
                t.call = (self, args, off, n, kw) -> ((PyBuiltinFunction) self).call(args, off, n, kw);
                t.repr = PyBuiltinFunction::repr;
                // CPython's meth_richcompare/meth_hash: equal when the same Java body is bound to
                // the same receiver (each [].append access makes a new object)
                t.richcompare = PyBuiltinFunction::compare;
                t.hash = self -> System.identityHashCode(((PyBuiltinFunction) self).self)
                        ^ System.identityHashCode(((PyBuiltinFunction) self).body);
            })
            .dict(d -> {
                d.getset("__name__", self -> new PyStr(((PyBuiltinFunction) self).spec.name()), null);
                d.getset("__qualname__", self -> new PyStr(((PyBuiltinFunction) self).qualname()), null);
                d.getset("__doc__", self -> {
                    String doc = ((PyBuiltinFunction) self).doc;
                    return doc == null ? PyNone.NONE : new PyStr(doc);
                }, null);
                d.getset("__text_signature__", self -> BuiltinSignatures.ofFunction((PyBuiltinFunction) self,
                        ((PyBuiltinFunction) self).module()), null);
                d.getset("__module__", self -> ((PyBuiltinFunction) self).module(),
                        (self, v) -> ((PyBuiltinFunction) self).module = v == null ? PyNone.NONE : v);
                d.getset("__self__", self -> {
                    Object bound = ((PyBuiltinFunction) self).self;
                    return bound == null ? PyNone.NONE : bound;
                }, null);
            })
            .build();

    private final ArgSpec spec;
    private final Body body;
    /** The receiver of a bound builtin method, the module of a module function, or null. */
    private final Object self;
    /** {@code __module__} once assigned; until then the name of the module a module function belongs to, else None. */
    private volatile Object module;
    /** The docstring, or null (most of Ember's builtins have none yet). */
    private String doc;

    public PyBuiltinFunction(ArgSpec spec, Object self, Body body) {
        this.spec = spec;
        this.self = self;
        this.body = body;
    }

    /** A module-level (or free) function. */
    public PyBuiltinFunction(ArgSpec spec, Body body) {
        this(spec, null, body);
    }

    /** Sets the docstring (while the function is being made); returns this. */
    public PyBuiltinFunction withDoc(String doc) {
        this.doc = doc;
        return this;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return spec.name();
    }

    public Object self() {
        return self;
    }

    public ArgSpec spec() {
        return spec;
    }

    /** The Java body (tier 2 calls it from the compiled call site with {@link #self()}). */
    public Body body() {
        return body;
    }

    /** CALL_BUILTIN_O: the body on already-bound arguments (the caller checked the spec's style and count). */
    public Object callBound(Object[] boundArgs) {
        return body.call(self, boundArgs);
    }

    @Override
    public Object call(Object[] args, int offset, int nargs, PyTuple kwnames) {
        return body.call(self, spec.bind(args, offset, nargs, kwnames));
    }

    private Object module() {
        if (module != null) return module;
        if (self instanceof PyModule m) {
            Object name = m.dict().getItemStr("__name__");
            return name != null ? name : PyNone.NONE;
        }
        return PyNone.NONE;
    }

    private String qualname() {
        if (self instanceof PyType t) return t.qualname() + "." + spec.name();
        if (self == null || self instanceof PyModule) return spec.name();
        return ((PyObject) self).type().qualname() + "." + spec.name();
    }

    private static Object repr(Object o) {
        PyBuiltinFunction f = (PyBuiltinFunction) o;
        if (f.self == null || f.self instanceof PyModule) return new PyStr("<built-in function " + f.spec.name() + ">");
        String receiver = f.self instanceof PyType t
                ? "type object" : ((PyObject) f.self).type().name() + " object";
        return new PyStr("<built-in method " + f.spec.name() + " of " + receiver
                + " at " + Abstract.addressOf(f.self) + ">");
    }

    private static Object compare(Object a, Object b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(b instanceof PyBuiltinFunction other)) {
            return PyNotImplemented.INSTANCE;
        }
        PyBuiltinFunction f = (PyBuiltinFunction) a;
        boolean equal = f.self == other.self && f.body == other.body;
        return op.ofEquality(equal);
    }
}
