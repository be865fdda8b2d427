package org.ember.runtime;

/**
 * What {@code classmethod} and {@code staticmethod} share: the wrapped callable, the attributes
 * taken from it (CPython 3.14 copies {@code __module__}, {@code __name__}, {@code __qualname__},
 * {@code __doc__} into the wrapper's own dict and reads {@code __annotations__}/{@code __annotate__}
 * through), and the Python-visible attributes built on them. Each subclass is one builtin type
 * and says what getting it from a class or instance gives.
 */
abstract sealed class CallableWrapper extends PyObject implements OwnDict permits PyClassMethod, PyStaticMethod {
    final Object callable;
    /** __annotations__ and __annotate__, taken from the callable (CPython 3.14). */
    private final WrappedAttributes wrappedAttributes = new WrappedAttributes();
    /** __module__, __name__, __qualname__, __doc__ copied from the callable, then whatever is assigned. */
    private volatile PyDict dict;

    CallableWrapper(Object callable) {
        this.callable = callable;
        this.dict = OwnDict.wrapping(callable);
    }

    public Object callable() {
        return callable;
    }

    @Override
    public PyDict ownDict() {
        return dict;
    }

    @Override
    public void replaceOwnDict(PyDict newDict) {
        dict = newDict;
    }

    /** The wrapper inside self, which may be an instance of a Python subclass. */
    static CallableWrapper part(Object self) {
        return (CallableWrapper) Abstract.builtinPart(self);
    }

    /** {@code __func__}, {@code __wrapped__}, {@code __isabstractmethod__}, the wrapped attributes and {@code __dict__}. */
    static void installAttributes(TypeBuilder d) {
        d.getset("__func__", self -> part(self).callable, null);
        d.getset("__isabstractmethod__", self -> {
            Object flag = Abstract.lookupAttr(part(self).callable, new PyStr("__isabstractmethod__"));
            return PyBool.of(flag != null && Abstract.isTrue(flag));
        }, null);
        d.getset("__wrapped__", self -> part(self).callable, null);
        WrappedAttributes.install(d, self -> part(self).wrappedAttributes, self -> part(self).callable);
        OwnDict.installDictAttribute(d);
    }

    /** {@code <classmethod(REPR)>}, {@code <staticmethod(REPR)>}. */
    static PyStr repr(String kind, Object self) {
        return new PyStr("<" + kind + "(" + Abstract.repr(part(self).callable).value() + ")>");
    }
}
