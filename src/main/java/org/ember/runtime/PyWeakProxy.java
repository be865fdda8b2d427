package org.ember.runtime;

/**
 * {@code weakref.ProxyType} and {@code weakref.CallableProxyType}: a weak reference used as if
 * it were the referent. Every operation is forwarded to the referent (proxies among the
 * operands are unwrapped); once it is collected they raise ReferenceError. Proxies are
 * unhashable.
 */
public final class PyWeakProxy extends WeakRefRegistry.WeakRefBase {

    public static final PyType TYPE = define("ProxyType", false);
    public static final PyType CALLABLE_TYPE = define("CallableProxyType", true);

    private static PyType define(String name, boolean callable) {
        return PyType.builtin(name, PyWeakProxy.class).module("weakref")
                .slots(t -> {
                    t.getattro = (self, name2) -> Abstract.getAttr(live(self), (PyStr) name2);
                    t.setattro = (self, name2, value) -> {
                        if (value == null) Abstract.delAttr(live(self), (PyStr) name2);
                        else Abstract.setAttr(live(self), (PyStr) name2, value);
                    };
                    t.repr = PyWeakProxy::repr;
                    t.str = self -> Abstract.str(live(self));
                    t.hash = self -> {
                        throw Errors.typeError("unhashable type: 'weakref.%s'", Abstract.typeName(self));
                    };
                    t.bool = self -> Abstract.isTrue(live(self));
                    t.len = self -> Abstract.len(live(self));
                    t.getitem = (self, key) -> Abstract.getItem(live(self), unwrap(key));
                    t.setitem = (self, key, value) -> {
                        if (value == null) Abstract.delItem(live(self), unwrap(key));
                        else Abstract.setItem(live(self), unwrap(key), unwrap(value));
                    };
                    t.contains = (self, item) -> Abstract.contains(live(self), unwrap(item));
                    t.iter = self -> Abstract.getIter(live(self));
                    t.iternext = self -> {
                        Object it = live(self);
                        Slot.Unary next = Abstract.typeOf(it).iternext;
                        if (next == null) throw Errors.typeError("Weakref proxy referenced a non-iterator '%s' object", Abstract.typeName(it));
                        return next.apply(it);
                    };
                    t.richcompare = (a, b, op) -> Abstract.richCompare(unwrap(a), unwrap(b), op);
                    t.neg = self -> Abstract.negative(live(self));
                    t.pos = self -> Abstract.positive(live(self));
                    t.abs = self -> Abstract.absolute(live(self));
                    t.invert = self -> Abstract.invert(live(self));
                    t.index = self -> Abstract.index(live(self));
                    for (BinOp op : BinOp.values()) {
                        t.binary[op.ordinal()] = (a, b) -> Abstract.binaryOp(unwrap(a), unwrap(b), op);
                    }
                    t.pow = (a, b, mod) -> Abstract.power(unwrap(a), unwrap(b), mod == null ? PyNone.NONE : unwrap(mod));
                    if (callable) t.call = (self, args, off, n, kw) -> Abstract.call(live(self), args, off, n, kw);
                })
                .dict(d -> d.method0("__bytes__", self -> Abstract.invoke(live(self), "__bytes__")))
                .build();
    }

    /** Whether the referent was callable when the proxy was made (CallableProxyType). */
    private final boolean callable;

    private PyWeakProxy(WeakRefRegistry.Key key, Object callback, boolean callable) {
        super(key, callback);
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return callable ? CALLABLE_TYPE : TYPE;
    }

    /** {@code weakref.proxy(obj[, callback])}: a plain proxy to obj is reused when there is no callback. */
    public static Object create(Object referent, Object callbackOrNone) {
        if (!WeakRefRegistry.isWeakReferenceable(referent)) {
            throw Errors.typeError("cannot create weak reference to '%s' object", Abstract.typeName(referent));
        }
        Object callback = callbackOrNone == null || callbackOrNone == PyNone.NONE ? null : callbackOrNone;
        WeakRefRegistry registry = ThreadState.current().interpreter().weakRefs;
        registry.pollCleared();
        if (callback == null) {
            for (WeakRefRegistry.WeakRefBase r : registry.refsTo(referent)) {
                if (r instanceof PyWeakProxy p && p.callback == null) return p;
            }
        }
        boolean callable = Abstract.typeOf(referent).call != null || referent instanceof PyBuiltinFunction;
        PyWeakProxy proxy = new PyWeakProxy(registry.keyFor(referent), callback, callable);
        registry.add(proxy);
        return proxy;
    }

    /** The referent, or ReferenceError when it has been collected. */
    private static Object live(Object self) {
        Object o = ((PyWeakProxy) self).referent();
        if (o == null) throw Errors.of(Exceptions.ReferenceError, "weakly-referenced object no longer exists");
        return o;
    }

    private static Object unwrap(Object o) {
        return o instanceof PyWeakProxy ? live(o) : o;
    }

    private static Object repr(Object self) {
        Object o = ((PyWeakProxy) self).referent();
        String at = "<weakproxy at " + Abstract.addressOf(self) + "; ";
        if (o == null) return new PyStr(at + "dead>");
        return new PyStr(at + "to '" + Abstract.typeName(o) + "' at " + Abstract.addressOf(o) + ">");
    }
}
