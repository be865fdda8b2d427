package org.ember.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.CompareOp;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyNotImplemented;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * {@code _contextvars} (re-exported by the {@code contextvars} library module): ContextVar,
 * Token, Context, copy_context.
 *
 * <p>Each thread's current Context hangs off its {@link ThreadState} ({@code context}); a
 * thread that never touched one gets a fresh empty Context, so new threads start empty (the
 * 3.14 default). A Context's mapping is an immutable snapshot replaced on every set — copying
 * a context is then O(1) and a context entered in one thread can be read safely from others.
 */
public final class ContextVars {
    private ContextVars() {}

    /** The "no value" marker: {@code Token.MISSING}. */
    static final PyObject MISSING = new Marker();

    private static final class Marker extends PyObject {
        static final PyType TYPE = PyType.builtin("Token.MISSING", Marker.class).module("_contextvars")
                .slots(t -> t.repr = self -> new PyStr("<Token.MISSING>")).build();

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_contextvars");
        PyDict d = m.dict();
        d.setItem(new PyStr("Context"), Context.TYPE);
        d.setItem(new PyStr("ContextVar"), Var.TYPE);
        d.setItem(new PyStr("Token"), Token.TYPE);
        m.dict().setItem(new PyStr("copy_context"), new PyBuiltinFunction(ArgSpec.noArgs("copy_context"), m,
                (self, a) -> current().copy()));
        return m;
    }

    /** The calling thread's context, made on first use. */
    static Context current() {
        ThreadState ts = ThreadState.current();
        if (ts.context instanceof Context c) return c;
        Context fresh = new Context(Map.of());
        ts.context = fresh;
        return fresh;
    }

    // ---- Context ----

    static final class Context extends PyObject {
        static final PyType TYPE = PyType.builtin("Context", Context.class).module("_contextvars")
                .slots(t -> {
                    t.newInstance = (type, args, off, n, kw) -> {
                        if (n > 0) throw Errors.typeError("Context() does not accept any arguments");
                        return new Context(Map.of());
                    };
                    t.getitem = (self, key) -> {
                        Object v = ((Context) self).vars.get(checkVar(key));
                        if (v == null) throw Errors.keyError(key);
                        return v;
                    };
                    t.contains = (self, key) -> ((Context) self).vars.containsKey(checkVar(key));
                    t.len = self -> ((Context) self).vars.size();
                    t.iter = self -> Abstract.getIter(list(((Context) self).vars.keySet().toArray()));
                    t.richcompare = Context::compare;
                    t.hash = self -> {
                        throw Errors.typeError("unhashable type: '_contextvars.Context'");
                    };
                })
                .dict(d -> {
                    d.method("run", ArgSpec.vector("run"), (self, a) -> ((Context) self).run(a));
                    d.method0("copy", self -> ((Context) self).copy());
                    d.method("get", ArgSpec.positional("get", 1, 2), (self, a) -> {
                        Object v = ((Context) self).vars.get(checkVar(a[0]));
                        return v != null ? v : a[1] == null ? PyNone.NONE : a[1];
                    });
                    d.method0("keys", self -> list(((Context) self).vars.keySet().toArray()));
                    d.method0("values", self -> list(((Context) self).vars.values().toArray()));
                    d.method0("items", self -> {
                        PyList items = new PyList();
                        for (var e : ((Context) self).vars.entrySet()) items.append(PyTuple.of(e.getKey(), e.getValue()));
                        return items;
                    });
                })
                .build();

        /** The variables' values: an immutable snapshot, replaced as a whole on each change. */
        volatile Map<Var, Object> vars;
        /** True while some thread runs inside this context (a context is entered at most once). */
        final AtomicBoolean entered = new AtomicBoolean();

        Context(Map<Var, Object> vars) {
            this.vars = vars;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        Context copy() {
            return new Context(vars);
        }

        void put(Var var, Object valueOrNull) {
            Map<Var, Object> next = new LinkedHashMap<>(vars);
            if (valueOrNull == null) next.remove(var);
            else next.put(var, valueOrNull);
            vars = java.util.Collections.unmodifiableMap(next);
        }

        /** run(callable, *args, **kwargs) with this context entered on the calling thread. */
        private Object run(Object[] bound) {
            Object[] args = (Object[]) bound[0];
            int nargs = (Integer) bound[1];
            PyTuple kwnames = (PyTuple) bound[2];
            int npos = nargs - (kwnames == null ? 0 : kwnames.size());
            if (npos < 1) throw Errors.typeError("run() missing 1 required positional argument");
            if (!entered.compareAndSet(false, true)) {
                throw Errors.runtimeError("cannot enter context: %s is already entered", Abstract.repr(this).value());
            }
            ThreadState ts = ThreadState.current();
            Object outer = ts.context;
            ts.context = this;
            try {
                return Abstract.call(args[0], args, 1, nargs - 1, kwnames);
            } finally {
                ts.context = outer;
                entered.set(false);
            }
        }

        private static Object compare(Object a, Object b, CompareOp op) {
            if (!(b instanceof Context other) || (op != CompareOp.EQ && op != CompareOp.NE)) return PyNotImplemented.INSTANCE;
            Map<Var, Object> x = ((Context) a).vars, y = other.vars;
            boolean equal = x.size() == y.size();
            if (equal) {
                for (var e : x.entrySet()) {
                    Object v = y.get(e.getKey());
                    if (v == null || !Abstract.equal(e.getValue(), v)) {
                        equal = false;
                        break;
                    }
                }
            }
            return PyBool.of(equal == (op == CompareOp.EQ));
        }
    }

    private static PyList list(Object[] items) {
        return PyList.of(items);
    }

    private static Var checkVar(Object key) {
        if (key instanceof Var v) return v;
        throw Errors.typeError("a ContextVar key was expected, got %s", Abstract.repr(key).value());
    }

    // ---- ContextVar ----

    static final class Var extends PyObject {
        static final PyType TYPE = PyType.builtin("ContextVar", Var.class).module("_contextvars")
                .slots(t -> {
                    t.newInstance = (type, args, off, n, kw) -> {
                        Object[] a = ArgSpec.keywords("ContextVar", 1, 1, 1, "name", "default").bind(args, off, n, kw);
                        if (!(a[0] instanceof PyStr name)) throw Errors.typeError("context variable name must be a str");
                        return new Var(name, a[1]);
                    };
                    t.repr = Var::repr;
                    t.hash = self -> System.identityHashCode(self);
                })
                .dict(d -> {
                    d.getset("name", self -> ((Var) self).name, null);
                    d.method("get", ArgSpec.positional("get", 0, 1), (self, a) -> ((Var) self).get(a[0]));
                    d.method1("set", (self, value) -> ((Var) self).set(value));
                    d.method1("reset", (self, token) -> ((Var) self).reset(token));
                    d.classMethod("__class_getitem__", ArgSpec.one("__class_getitem__"), (cls, a) -> cls);
                })
                .build();

        final PyStr name;
        /** The default, or null when there is none. */
        final Object defaultValue;

        Var(PyStr name, Object defaultValue) {
            this.name = name;
            this.defaultValue = defaultValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private Object get(Object fallback) {
            Object v = current().vars.get(this);
            if (v != null) return v;
            if (fallback != null) return fallback;
            if (defaultValue != null) return defaultValue;
            throw Errors.withArgs(Exceptions.LookupError, this);
        }

        private Object set(Object value) {
            Context ctx = current();
            Object old = ctx.vars.get(this);
            ctx.put(this, value);
            return new Token(ctx, this, old == null ? MISSING : old);
        }

        private Object reset(Object tokenObj) {
            if (!(tokenObj instanceof Token token)) {
                throw Errors.typeError("expected an instance of Token, got %s", Abstract.repr(tokenObj).value());
            }
            if (token.used) throw Errors.runtimeError("%s has already been used once", Abstract.repr(token).value());
            if (token.var != this) throw Errors.valueError("%s was created by a different ContextVar", Abstract.repr(token).value());
            Context ctx = current();
            if (token.context != ctx) throw Errors.valueError("%s was created in a different Context", Abstract.repr(token).value());
            token.used = true;
            ctx.put(this, token.oldValue == MISSING ? null : token.oldValue);
            return PyNone.NONE;
        }

        private static Object repr(Object self) {
            Var v = (Var) self;
            String dflt = v.defaultValue == null ? "" : " default=" + Abstract.repr(v.defaultValue).value();
            return new PyStr("<ContextVar name=" + Abstract.repr(v.name).value() + dflt + " at " + Abstract.addressOf(self) + ">");
        }
    }

    // ---- Token ----

    static final class Token extends PyObject {
        static final PyType TYPE = PyType.builtin("Token", Token.class).module("_contextvars")
                .slots(t -> {
                    t.newInstance = (type, args, off, n, kw) -> {
                        throw Errors.runtimeError("Tokens can only be created by ContextVars");
                    };
                    t.repr = self -> {
                        Token tok = (Token) self;
                        return new PyStr("<Token" + (tok.used ? " used" : "") + " var=" + Abstract.repr(tok.var).value()
                                + " at " + Abstract.addressOf(self) + ">");
                    };
                })
                .dict(d -> {
                    d.getset("var", self -> ((Token) self).var, null);
                    d.getset("old_value", self -> ((Token) self).oldValue, null);
                    d.value("MISSING", MISSING);
                    d.method0("__enter__", self -> self);
                    d.method("__exit__", ArgSpec.varargs("__exit__"), (self, a) -> {
                        Token tok = (Token) self;
                        tok.var.reset(tok);
                        return PyNone.NONE;
                    });
                    d.classMethod("__class_getitem__", ArgSpec.one("__class_getitem__"), (cls, a) -> cls);
                })
                .build();

        final Context context;
        final Var var;
        final Object oldValue;
        volatile boolean used;

        Token(Context context, Var var, Object oldValue) {
            this.context = context;
            this.var = var;
            this.oldValue = oldValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

}
