package org.ember.runtime;

/** {@code method-wrapper}: a builtin special method bound to its receiver ({@code (1).__add__}). */
public final class PyMethodWrapper extends PyObject implements PyCallable {

    public static final PyType TYPE = PyType.builtin("method-wrapper", PyMethodWrapper.class)
            .slots(t -> {
                t.call = (self, args, off, n, kw) -> ((PyMethodWrapper) self).call(args, off, n, kw);
                // equal when the same slot wrapper is bound to the same receiver (CPython's wrapper_richcompare)
                t.richcompare = PyMethodWrapper::compare;
                t.hash = self -> System.identityHashCode(((PyMethodWrapper) self).self)
                        ^ System.identityHashCode(((PyMethodWrapper) self).wrapper);
                t.repr = self -> {
                    PyMethodWrapper w = (PyMethodWrapper) self;
                    return new PyStr("<method-wrapper '" + w.wrapper.name + "' of " + Abstract.typeName(w.self)
                            + " object at " + Abstract.addressOf(w.self) + ">");
                };
            })
            .dict(d -> {
                d.getset("__self__", self -> ((PyMethodWrapper) self).self, null);
                d.getset("__name__", self -> new PyStr(((PyMethodWrapper) self).wrapper.name), null);
                d.getset("__objclass__", self -> ((PyMethodWrapper) self).wrapper.owner, null);
                d.getset("__qualname__", self -> new PyStr(((PyMethodWrapper) self).wrapper.owner.qualname() + "."
                        + ((PyMethodWrapper) self).wrapper.name), null);
                d.getset("__text_signature__", self -> BuiltinSignatures.ofSlotWrapper(((PyMethodWrapper) self).wrapper.owner,
                        ((PyMethodWrapper) self).wrapper.name), null);
            })
            .build();

    private final PySlotWrapper wrapper;
    private final Object self;

    PyMethodWrapper(PySlotWrapper wrapper, Object self) {
        this.wrapper = wrapper;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public Object call(Object[] args, int offset, int nargs, PyTuple kwnames) {
        return wrapper.callBound(self, args, offset, nargs, kwnames);
    }

    private static Object compare(Object a, Object b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(b instanceof PyMethodWrapper other)) {
            return PyNotImplemented.INSTANCE;
        }
        PyMethodWrapper w = (PyMethodWrapper) a;
        boolean equal = w.self == other.self && w.wrapper == other.wrapper;
        return op.ofEquality(equal);
    }
}
