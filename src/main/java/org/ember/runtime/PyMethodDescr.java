package org.ember.runtime;

/**
 * {@code method_descriptor}: a Java method in a builtin type's dict ({@code list.append}).
 * Calling it checks the receiver's type; getting it from an instance yields a bound
 * {@link PyBuiltinFunction}. It is a METHOD_DESCRIPTOR type: the interpreter may call it with
 * the receiver as first argument and skip the bound-method allocation.
 * A class-method variant ({@code classmethod_descriptor}, e.g. {@code dict.fromkeys}) binds to
 * the type instead.
 */
public final class PyMethodDescr extends PyObject implements PyCallable {

    public static final PyType TYPE = PyType.builtin("method_descriptor", PyMethodDescr.class)
            .flags(PyType.METHOD_DESCRIPTOR)
            .slots(t -> {
                t.call = (self, args, off, n, kw) -> ((PyMethodDescr) self).call(args, off, n, kw);
                t.descrGet = PyMethodDescr::descrGet;
                t.repr = self -> new PyStr("<method '" + ((PyMethodDescr) self).name() + "' of '"
                        + ((PyMethodDescr) self).owner.tpName() + "' objects>");
            })
            .dict(d -> {
                d.getset("__name__", self -> new PyStr(((PyMethodDescr) self).name()), null);
                d.getset("__objclass__", self -> ((PyMethodDescr) self).owner, null);
                d.getset("__text_signature__", PyMethodDescr::textSignature, null);
                d.getset("__doc__", PyMethodDescr::docOrNone, null);
                d.getset("__qualname__", self -> new PyStr(((PyMethodDescr) self).owner.qualname()
                        + "." + ((PyMethodDescr) self).name()), null);
            })
            .build();

    public static final PyType CLASSMETHOD_TYPE = PyType.builtin("classmethod_descriptor", PyMethodDescr.class)
            .slots(t -> {
                t.call = (self, args, off, n, kw) -> ((PyMethodDescr) self).callClassMethod(args, off, n, kw);
                t.descrGet = PyMethodDescr::descrGet;
                t.repr = self -> new PyStr("<method '" + ((PyMethodDescr) self).name() + "' of '"
                        + ((PyMethodDescr) self).owner.tpName() + "' objects>");
            })
            .dict(d -> {
                d.getset("__name__", self -> new PyStr(((PyMethodDescr) self).name()), null);
                d.getset("__objclass__", self -> ((PyMethodDescr) self).owner, null);
                d.getset("__qualname__", self -> new PyStr(((PyMethodDescr) self).owner.qualname()
                        + "." + ((PyMethodDescr) self).name()), null);
                d.getset("__text_signature__", PyMethodDescr::textSignature, null);
                d.getset("__doc__", PyMethodDescr::docOrNone, null);
            })
            .build();

    private static Object docOrNone(Object self) {
        String doc = ((PyMethodDescr) self).doc;
        return doc == null ? PyNone.NONE : new PyStr(doc);
    }

    private static Object textSignature(Object self) {
        PyMethodDescr d = (PyMethodDescr) self;
        return BuiltinSignatures.ofMethod(d.owner, d.name());
    }

    private final PyType owner;
    private final ArgSpec spec;
    private final PyBuiltinFunction.Body body;
    private final boolean classMethod;
    /** Ember's docstring for the method ({@link BuiltinDocs#forMethod}), or null; looked up once, not per binding. */
    private final String doc;

    public PyMethodDescr(PyType owner, ArgSpec spec, PyBuiltinFunction.Body body, boolean classMethod) {
        this.owner = owner;
        // messages name the type's qualname: array.array's methods say "array.clear()", as CPython
        this.spec = spec.ownedBy(owner.name().substring(owner.name().lastIndexOf('.') + 1));
        this.body = body;
        this.classMethod = classMethod;
        this.doc = BuiltinDocs.forMethod(owner.name(), spec.name());
    }

    @Override
    public PyType type() {
        return classMethod ? CLASSMETHOD_TYPE : TYPE;
    }

    public String name() {
        return spec.name();
    }

    public PyType owner() {
        return owner;
    }

    public ArgSpec spec() {
        return spec;
    }

    public boolean isClassMethod() {
        return classMethod;
    }

    /** The Java body (tier 2 calls it from the compiled call site, after checking the receiver's type). */
    public PyBuiltinFunction.Body body() {
        return body;
    }

    /**
     * CALL_METHOD_DESCRIPTOR_O / _NOARGS: the body on already-bound arguments. The caller checked
     * that {@code self}'s type is a subtype of the owner and the argument count fits the style.
     */
    public Object callChecked(Object self, Object[] boundArgs) {
        return body.call(self, boundArgs);
    }

    /** Calls with the receiver as first argument: {@code list.append(lst, x)}. */
    @Override
    public Object call(Object[] args, int offset, int nargs, PyTuple kwnames) {
        if (classMethod) return callClassMethod(args, offset, nargs, kwnames);
        int npos = nargs - (kwnames == null ? 0 : kwnames.size());
        if (npos < 1) {
            throw Errors.typeError("unbound method %s.%s() needs an argument", owner.qualname(), name());
        }
        Object self = args[offset];
        checkReceiver(self);
        return body.call(self, spec.bind(args, offset + 1, nargs - 1, kwnames));
    }

    private Object callClassMethod(Object[] args, int offset, int nargs, PyTuple kwnames) {
        int npos = nargs - (kwnames == null ? 0 : kwnames.size());
        if (npos < 1) {
            throw Errors.typeError("descriptor '%s' of '%s' object needs an argument", name(), owner.name());
        }
        if (!(args[offset] instanceof PyType t) || !t.isSubtype(owner)) {
            throw Errors.typeError("descriptor '%s' for type '%s' needs a subtype of '%s' as arg 1, not '%s'",
                    name(), owner.name(), owner.name(), Abstract.typeName(args[offset]));
        }
        return body.call(t, spec.bind(args, offset + 1, nargs - 1, kwnames));
    }

    private void checkReceiver(Object self) {
        if (!Abstract.typeOf(self).isSubtype(owner)) {
            throw Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name(), owner.name(), Abstract.typeName(self));
        }
    }

    /** Calls as a bound method, for Java callers that already hold the receiver. */
    public Object callBound(Object self, Object[] args, int offset, int nargs, PyTuple kwnames) {
        checkReceiver(self);
        return body.call(self, spec.bind(args, offset, nargs, kwnames));
    }

    private static Object descrGet(Object descr, Object obj, Object type) {
        PyMethodDescr d = (PyMethodDescr) descr;
        if (d.classMethod) {
            PyType cls = type instanceof PyType t ? t : Abstract.typeOf(obj);
            return new PyBuiltinFunction(d.spec, cls, d.body).withDoc(d.doc);
        }
        if (obj == null) return d;
        d.checkReceiver(obj);
        return new PyBuiltinFunction(d.spec, obj, d.body).withDoc(d.doc);
    }
}
