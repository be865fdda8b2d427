package org.ember.runtime;

/** {@code method}: a callable bound to a receiver; calling it passes the receiver first. */
public final class PyBoundMethod extends PyObject implements PyCallable {

    public static final PyType TYPE = PyType.builtin("method", PyBoundMethod.class)
            .slots(t -> {
                t.call = (self, args, off, n, kw) -> ((PyBoundMethod) self).call(args, off, n, kw);
                t.repr = PyBoundMethod::repr;
                t.newInstance = (type, args, off, n, kw) -> {  // types.MethodType(function, instance)
                    Object[] a = ArgSpec.positional("method", 2, 2).bind(args, off, n, kw);
                    if (!Abstract.isCallable(a[0])) throw Errors.typeError("first argument must be callable");
                    if (a[1] == PyNone.NONE) throw Errors.typeError("instance must not be None");
                    return new PyBoundMethod(a[0], a[1]);
                };
                t.richcompare = PyBoundMethod::compare;
                t.descrGet = (self, obj, type) -> self;   // a bound method stays bound to its receiver
                t.hash = self -> Abstract.hash(((PyBoundMethod) self).function)
                        ^ System.identityHashCode(((PyBoundMethod) self).self);
                t.getattro = (self, name) -> {
                    // Unknown attributes come from the function, as in CPython.
                    Object found = Abstract.genericGetAttr(self, (PyStr) name, true);
                    return found != null ? found : Abstract.getAttr(((PyBoundMethod) self).function, (PyStr) name);
                };
            })
            .dict(d -> {
                d.getset("__func__", self -> ((PyBoundMethod) self).function, null);
                d.getset("__self__", self -> ((PyBoundMethod) self).self, null);
                // CPython's method_reduce: getattr(__self__, __func__.__name__) rebuilds it (pickle, copy)
                d.method0("__reduce__", self -> {
                    PyBoundMethod m = (PyBoundMethod) self;
                    Object getattr = ThreadState.current().interpreter().builtins.getItem(new PyStr("getattr"));
                    return PyTuple.of(getattr, PyTuple.of(m.self, Abstract.getAttr(m.function, new PyStr("__name__"))));
                });
                // the function's docstring (CPython's method_get_doc), not the method type's own
                d.getset("__doc__", self -> {
                    Object doc = Abstract.lookupAttr(((PyBoundMethod) self).function, new PyStr("__doc__"));
                    return doc == null ? PyNone.NONE : doc;
                }, null);
            })
            .build();

    private final Object function;
    private final Object self;

    public PyBoundMethod(Object function, Object self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public Object function() {
        return function;
    }

    public Object self() {
        return self;
    }

    @Override
    public Object call(Object[] args, int offset, int nargs, PyTuple kwnames) {
        Object[] withSelf = new Object[nargs + 1];
        withSelf[0] = self;
        System.arraycopy(args, offset, withSelf, 1, nargs);
        return Abstract.call(function, withSelf, 0, nargs + 1, kwnames);
    }

    private static Object repr(Object o) {
        PyBoundMethod m = (PyBoundMethod) o;
        Object qual = Abstract.lookupAttr(m.function, new PyStr("__qualname__"));
        if (qual == null) qual = Abstract.lookupAttr(m.function, new PyStr("__name__"));
        String name = qual instanceof PyStr s ? s.value() : "?";
        return new PyStr("<bound method " + name + " of " + Abstract.repr(m.self).value() + ">");
    }

    private static Object compare(Object a, Object b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(b instanceof PyBoundMethod other)) {
            return PyNotImplemented.INSTANCE;
        }
        PyBoundMethod m = (PyBoundMethod) a;
        boolean equal = m.self == other.self && Abstract.richCompareBool(m.function, other.function, CompareOp.EQ);
        return op.ofEquality(equal);
    }
}
