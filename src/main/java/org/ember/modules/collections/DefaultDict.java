package org.ember.modules.collections;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyHeapObject;
import org.ember.runtime.PyInstance;
import org.ember.runtime.PyMethodDescr;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyNotImplemented;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;
import org.ember.runtime.TypeFactory;

/**
 * {@code collections.defaultdict}: a dict subclass whose {@code __missing__} calls
 * {@code default_factory}. It is made as a class deriving from dict with
 * {@code __slots__ = ('default_factory',)} and Java methods, so its instances are dicts to every
 * dict fast path, and the factory sits in slot 0 of every instance (also of subclasses', whose
 * own slots come after it).
 */
final class DefaultDict {
    private DefaultDict() {}

    private static final String DOC = """
            defaultdict(default_factory=None, /, [...]) --> dict with default factory

            The default factory is called without arguments to produce
            a new value when a key is not present, in __getitem__ only.
            A defaultdict compares equal to a dict with the same items.
            All remaining arguments are treated the same as if they were
            passed to the dict constructor, including keyword arguments.
            """;

    static PyType create() {
        PyDict ns = new PyDict();
        ns.setItem(new PyStr("__module__"), new PyStr("collections"));
        ns.setItem(new PyStr("__qualname__"), new PyStr("defaultdict"));
        ns.setItem(new PyStr("__doc__"), new PyStr(DOC.stripTrailing()));
        ns.setItem(new PyStr("__slots__"), PyTuple.of(new PyStr("default_factory")));
        PyType type = TypeFactory.create(PyType.TYPE, "defaultdict", PyTuple.of(PyDict.TYPE), ns, new PyDict());
        method(type, "__init__", ArgSpec.vector("__init__"), DefaultDict::init);
        method(type, "__missing__", ArgSpec.one("__missing__"), (self, a) -> missing(self, a[0]));
        method(type, "__repr__", ArgSpec.noArgs("__repr__"), (self, a) -> repr(self));
        method(type, "copy", ArgSpec.noArgs("copy"), (self, a) -> copy(self));
        method(type, "__copy__", ArgSpec.noArgs("__copy__"), (self, a) -> copy(self));
        method(type, "__reduce__", ArgSpec.noArgs("__reduce__"), (self, a) -> reduce(self));
        method(type, "__or__", ArgSpec.one("__or__"), (self, a) -> or(self, self, a[0]));
        method(type, "__ror__", ArgSpec.one("__ror__"), (self, a) -> or(self, a[0], self));
        return type;
    }

    private static void method(PyType type, String name, ArgSpec spec, PyBuiltinFunction.Body body) {
        Abstract.setAttr(type, name, new PyMethodDescr(type, spec, body, false));
    }

    static Object factory(Object self) {
        Object f = self instanceof PyHeapObject h ? h.valueAt(0) : null;
        return f == null ? PyNone.NONE : f;
    }

    /** defaultdict(default_factory=None, /, *args, **kwargs): the rest goes to dict.__init__. */
    private static Object init(Object self, Object[] bound) {
        Object[] args = (Object[]) bound[0];
        int nargs = (Integer) bound[1];
        PyTuple kw = (PyTuple) bound[2];
        int npos = nargs - (kw == null ? 0 : kw.size());
        Object factory = PyNone.NONE;
        int rest = 0;
        if (npos > 0) {
            factory = args[0];
            rest = 1;
            if (factory != PyNone.NONE && Abstract.typeOf(factory).call == null) {
                throw Errors.typeError("first argument must be callable or None");
            }
        }
        Abstract.setAttr(self, "default_factory", factory);
        PyDict.TYPE.init.call(self, args, rest, nargs - rest, kw);
        return PyNone.NONE;
    }

    private static Object missing(Object self, Object key) {
        Object factory = factory(self);
        if (factory == PyNone.NONE) throw Errors.keyError(key);
        Object value = Abstract.call(factory);
        Abstract.setItem(self, key, value);
        return value;
    }

    private static Object repr(Object self) {
        Object factory = factory(self);
        String factoryRepr;
        if (factory == PyNone.NONE) {
            factoryRepr = "None";
        } else {
            ThreadState ts = ThreadState.current();
            if (!ts.reprEnter(factory)) {
                factoryRepr = "...";
            } else {
                try {
                    factoryRepr = Abstract.repr(factory).value();
                } finally {
                    ts.reprLeave(factory);
                }
            }
        }
        String dictRepr = ((PyStr) PyDict.TYPE.repr.apply(self)).value();
        return new PyStr(Abstract.typeName(self) + "(" + factoryRepr + ", " + dictRepr + ")");
    }

    private static Object copy(Object self) {
        return Abstract.call(Abstract.typeOf(self), factory(self), self);
    }

    private static Object reduce(Object self) {
        Object factory = factory(self);
        PyTuple args = factory == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(factory);
        Object items = Abstract.getIter(Abstract.call(Abstract.getAttr(self, "items")));
        return PyTuple.of(Abstract.typeOf(self), args, PyNone.NONE, PyNone.NONE, items);
    }

    /** left | right where {@code self} (one of them) is the defaultdict: a new one of its type. */
    private static Object or(Object self, Object left, Object right) {
        Object other = left == self ? right : left;
        if (!(other instanceof PyDict) && !(other instanceof PyInstance i && i.base instanceof PyDict)) {
            return PyNotImplemented.INSTANCE;
        }
        Object result = Abstract.call(Abstract.typeOf(self), factory(self), left);
        Abstract.call(Abstract.getAttr(result, "update"), right);
        return result;
    }
}
