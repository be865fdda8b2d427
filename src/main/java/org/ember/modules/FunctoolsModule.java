package org.ember.modules;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.CompareOp;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyException;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * {@code _functools}: {@code reduce} and {@code cmp_to_key} (its {@code functools.KeyWrapper}
 * type) in Java; lib/functools.py imports them over its Python definitions as CPython's does.
 * partial and the lru_cache wrapper are still lib/functools.py's Python classes.
 */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_functools");
        m.dict().setItem(new PyStr("__doc__"), new PyStr("Tools that operate on functions."));
        m.dict().setItem(new PyStr("reduce"), new PyBuiltinFunction(ArgSpec.vector("reduce"), m,
                (self, a) -> reduce((Object[]) a[0], (Integer) a[1], (PyTuple) a[2])).withDoc(
                "Apply a function of two arguments cumulatively to the items of an iterable, from left to right.\n\n"
                + "This effectively reduces the iterable to a single value.  If initial is present,\n"
                + "it is placed before the items of the iterable in the calculation, and serves as\n"
                + "a default when the iterable is empty.\n\n"
                + "For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5])\n"
                + "calculates ((((1 + 2) + 3) + 4) + 5)."));
        m.dict().setItem(new PyStr("cmp_to_key"), new PyBuiltinFunction(ArgSpec.keywords("cmp_to_key", 0, 1, 1, "mycmp"), m,
                (self, a) -> new KeyWrapper(a[0], null)).withDoc("Convert a cmp= function into a key= function."));
        m.dict().setItem(new PyStr("KeyWrapper"), KeyWrapper.TYPE);
        return m;
    }

    /** reduce(function, iterable, /[, initial]): initial may be given by keyword since 3.14. */
    private static Object reduce(Object[] args, int n, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        int npos = n - nkw;
        if (n > 3) throw Errors.typeError("reduce() takes at most 3 arguments (%d given)", n);
        Object initial = npos == 3 ? args[2] : null;
        for (int k = 0; k < nkw; k++) {
            String name = ((PyStr) kwnames.get(k)).value();
            if (!name.equals("initial")) throw Errors.typeError("reduce() got an unexpected keyword argument '%s'", name);
            initial = args[npos + k];
        }
        if (npos < 2) throw Errors.typeError("reduce() takes at least 2 positional arguments (%d given)", npos);
        Object function = args[0];
        Object iterator;
        try {
            iterator = Abstract.getIter(args[1]);
        } catch (PyException e) {
            if (!Abstract.isInstance(e.value, Exceptions.TypeError)) throw e;
            throw Errors.typeError("reduce() arg 2 must support iteration");
        }
        Object value = initial;
        if (value == null) {
            value = Abstract.next(iterator);
            if (value == null) throw Errors.typeError("reduce() of empty iterable with no initial value");
        }
        for (Object item = Abstract.next(iterator); item != null; item = Abstract.next(iterator)) {
            value = Abstract.call(function, value, item);
        }
        return value;
    }

    /** {@code functools.KeyWrapper}: cmp_to_key's result, and (called with an object) its keys. */
    static final class KeyWrapper extends PyObject {
        static final PyType TYPE = PyType.builtin("KeyWrapper", KeyWrapper.class).module("functools")
                .slots(t -> {
                    t.call = (self, args, off, n, kw) -> {
                        Object[] a = ArgSpec.keywords("K", 0, 1, 1, "obj").bind(args, off, n, kw);
                        return new KeyWrapper(((KeyWrapper) self).cmp, a[0]);
                    };
                    t.richcompare = (a, b, op) -> ((KeyWrapper) a).compare(b, op);
                    t.hash = self -> {
                        throw Errors.typeError("unhashable type: 'functools.KeyWrapper'");
                    };
                })
                .dict(d -> {
                    d.value("__hash__", PyNone.NONE);
                    d.getset("obj", self -> {
                        Object obj = ((KeyWrapper) self).obj;
                        if (obj == null) throw Errors.attributeError("obj");
                        return obj;
                    }, (self, value) -> ((KeyWrapper) self).obj = value);
                })
                .build();

        private final Object cmp;
        private volatile Object obj;

        KeyWrapper(Object cmp, Object obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private Object compare(Object other, CompareOp op) {
            if (!(other instanceof KeyWrapper k)) throw Errors.typeError("other argument must be K instance");
            Object left = obj, right = k.obj;
            if (left == null || right == null) throw Errors.attributeError("object");
            Object result = Abstract.call(cmp, left, right);
            return Abstract.richCompare(result, PyInt.ZERO, op);
        }
    }
}
