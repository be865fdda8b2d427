package org.ember.runtime;

/**
 * {@code weakref.ReferenceType} ({@code weakref.ref}): a reference that does not keep its
 * referent alive. Calling it gives the referent, or None once collected. Two refs are equal
 * when both referents are alive and equal, otherwise only when they are the same ref; the hash
 * is the referent's, remembered so that a dead ref stays usable as a dict key. When and how
 * callbacks run on the JVM: see {@link WeakRefRegistry}.
 */
public final class PyWeakRef extends WeakRefRegistry.WeakRefBase {

    public static final PyType TYPE = PyType.builtin("ReferenceType", PyWeakRef.class).module("weakref").subclassable()
            .slots(t -> {
                t.newInstance = PyWeakRef::make;
                t.init = (self, args, off, n, kw) -> PyNone.NONE;
                t.call = (self, args, off, n, kw) -> {
                    ArgSpec.noArgs("weakref").bind(args, off, n, kw);
                    Object o = of(self).referent();
                    return o == null ? PyNone.NONE : o;
                };
                t.hash = PyWeakRef::hash;
                t.richcompare = PyWeakRef::compare;
                t.repr = PyWeakRef::repr;
            })
            .dict(d -> {
                d.getset("__callback__", self -> {
                    Object cb = of(self).callback;
                    return cb == null ? PyNone.NONE : cb;
                }, null);
                d.classMethod("__class_getitem__", ArgSpec.one("__class_getitem__"), (cls, a) -> cls);
            })
            .build();

    private volatile boolean hashed;
    private volatile long hash;

    private PyWeakRef(WeakRefRegistry.Key key, Object callback) {
        super(key, callback);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static PyWeakRef of(Object self) {
        return (PyWeakRef) Abstract.builtinPart(self);
    }

    /** {@code ref(obj[, callback])}: an existing plain ref to obj is reused when there is no callback. */
    private static Object make(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        Object[] a = ArgSpec.positional("__new__", 1, 2).bind(args, offset, nargs, kwnames);
        return create(type, a[0], a[1]);
    }

    /** A new (or reused) weak reference of {@code type} to {@code referent}. */
    public static Object create(PyType type, Object referent, Object callbackOrNone) {
        if (!WeakRefRegistry.isWeakReferenceable(referent)) {
            throw Errors.typeError("cannot create weak reference to '%s' object", Abstract.typeName(referent));
        }
        Object callback = callbackOrNone == PyNone.NONE ? null : callbackOrNone;
        WeakRefRegistry registry = ThreadState.current().interpreter().weakRefs;
        registry.pollCleared();
        if (callback == null && type == TYPE) {
            for (WeakRefRegistry.WeakRefBase r : registry.refsTo(referent)) {
                if (r instanceof PyWeakRef w && w.owner == w && w.callback == null) return w;
            }
        }
        PyWeakRef ref = new PyWeakRef(registry.keyFor(referent), callback);
        PyObject made = type.wrap(ref);
        ref.owner = made;
        registry.add(ref);
        return made;
    }

    private static long hash(Object self) {
        PyWeakRef r = of(self);
        if (r.hashed) return r.hash;
        Object o = r.referent();
        if (o == null) throw Errors.typeError("weak object has gone away");
        r.hash = Abstract.hash(o);
        r.hashed = true;
        return r.hash;
    }

    private static Object compare(Object a, Object b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(Abstract.builtinPart(b) instanceof PyWeakRef other)) {
            return PyNotImplemented.INSTANCE;
        }
        Object x = of(a).referent(), y = other.referent();
        if (x == null || y == null) {
            boolean same = of(a) == other;
            return op.ofEquality(same);
        }
        return Abstract.richCompare(x, y, op);
    }

    private static Object repr(Object self) {
        Object o = of(self).referent();
        String at = "<weakref at " + Abstract.addressOf(self) + "; ";
        if (o == null) return new PyStr(at + "dead>");
        return new PyStr(at + "to '" + Abstract.typeName(o) + "' at " + Abstract.addressOf(o) + nameSuffix(o) + ">");
    }

    /** " (name)" when the referent has a __name__ (functions, classes), as CPython's repr adds. */
    static String nameSuffix(Object o) {
        if (Abstract.typeOf(o).lookup("__name__") == null) return "";
        try {
            Object name = Abstract.lookupAttr(o, new PyStr("__name__"));
            return name instanceof PyStr s ? " (" + s.value() + ")" : "";
        } catch (PyException e) {
            return "";
        }
    }
}
