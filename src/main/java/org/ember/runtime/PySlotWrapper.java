package org.ember.runtime;

/**
 * {@code wrapper_descriptor}: a special method of a builtin type exposed to Python
 * ({@code int.__add__}), made from the type's slot by {@link SlotDefs}. Getting it from an
 * instance gives a {@link PyMethodWrapper}. Heap types that find one of these in their MRO
 * inherit the builtin slot function itself instead of going through Python-level calls.
 */
public final class PySlotWrapper extends PyObject implements PyCallable {

    /** The wrapped operation, given the receiver and the arguments after it. */
    @FunctionalInterface
    public interface Impl {
        Object call(Object self, Object[] args, int offset, int nargs, PyTuple kwnames);
    }

    public static final PyType TYPE = PyType.builtin("wrapper_descriptor", PySlotWrapper.class)
            .flags(PyType.METHOD_DESCRIPTOR)
            .slots(t -> {
                t.call = (self, args, off, n, kw) -> ((PySlotWrapper) self).call(args, off, n, kw);
                t.descrGet = (descr, obj, type) -> obj == null ? descr
                        : new PyMethodWrapper((PySlotWrapper) descr, ((PySlotWrapper) descr).checked(obj));
                t.repr = self -> new PyStr("<slot wrapper '" + ((PySlotWrapper) self).name + "' of '"
                        + ((PySlotWrapper) self).owner.name() + "' objects>");
            })
            .dict(d -> {
                d.getset("__name__", self -> new PyStr(((PySlotWrapper) self).name), null);
                d.getset("__objclass__", self -> ((PySlotWrapper) self).owner, null);
                d.getset("__qualname__", self -> new PyStr(((PySlotWrapper) self).owner.qualname() + "." + ((PySlotWrapper) self).name), null);
                d.getset("__text_signature__", self -> BuiltinSignatures.ofSlotWrapper(((PySlotWrapper) self).owner,
                        ((PySlotWrapper) self).name), null);
            })
            .build();

    final PyType owner;
    final String name;
    /** The slot this wrapper exposes (a Slot.* function), so heap types can inherit it directly. */
    final Object slot;
    private final Impl impl;

    PySlotWrapper(PyType owner, String name, Object slot, Impl impl) {
        this.owner = owner;
        this.name = name;
        this.slot = slot;
        this.impl = impl;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return name;
    }

    @Override
    public Object call(Object[] args, int offset, int nargs, PyTuple kwnames) {
        int npos = nargs - (kwnames == null ? 0 : kwnames.size());
        if (npos < 1) {
            throw Errors.typeError("descriptor '%s' of '%s' object needs an argument", name, owner.name());
        }
        return impl.call(checked(args[offset]), args, offset + 1, nargs - 1, kwnames);
    }

    Object callBound(Object self, Object[] args, int offset, int nargs, PyTuple kwnames) {
        return impl.call(self, args, offset, nargs, kwnames);
    }

    private Object checked(Object self) {
        if (!Abstract.typeOf(self).isSubtype(owner)) {
            throw Errors.typeError("descriptor '%s' requires a '%s' object but received a '%s'",
                    name, owner.name(), Abstract.typeName(self));
        }
        return self;
    }

    /** An Impl taking exactly {@code arity} positional arguments, as CPython's check_num_args. */
    static Impl fixed(int arity, FixedImpl body) {
        return (self, args, off, n, kw) -> {
            if (kw != null && kw.size() > 0) throw Errors.typeError("wrapper takes no keyword arguments");
            if (n != arity) {
                throw Errors.typeError("expected %d argument%s, got %d", arity, arity == 1 ? "" : "s", n);
            }
            Object[] exact = new Object[arity];
            System.arraycopy(args, off, exact, 0, arity);
            return body.call(self, exact);
        };
    }

    @FunctionalInterface
    interface FixedImpl {
        Object call(Object self, Object[] args);
    }
}
