package org.ember.modules;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.BinOp;
import org.ember.runtime.CompareOp;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * {@code _operator}: the operator functions and the {@code itemgetter}, {@code attrgetter} and
 * {@code methodcaller} types in Java; lib/operator.py imports them over its Python definitions,
 * as CPython's operator.py does. (concat, iconcat, countOf, indexOf, length_hint and call stay
 * in Python.)
 */
public final class OperatorModule {
    private OperatorModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_operator");
        m.dict().setItem(new PyStr("__doc__"), new PyStr("Operator interface.\n\nThis module exports a set of functions "
                + "implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\n"
                + "is equivalent to the expression x+y.  The function names are those\nused for special methods; "
                + "variants without leading and trailing\n'__' are also provided for convenience."));
        for (CompareOp op : CompareOp.values()) {
            binary(m, op.name().toLowerCase(), "Same as a " + op.symbol + " b.", (a, b) -> Abstract.richCompare(a, b, op));
        }
        String[] binaryNames = {"add", "and_", "floordiv", "lshift", "matmul", "mul", "mod", "or_", "pow", "rshift",
            "sub", "truediv", "xor"};
        BinOp[] binaryOps = {BinOp.ADD, BinOp.AND, BinOp.FLOORDIV, BinOp.LSHIFT, BinOp.MATMUL, BinOp.MUL, BinOp.MOD,
            BinOp.OR, BinOp.POW, BinOp.RSHIFT, BinOp.SUB, BinOp.TRUEDIV, BinOp.XOR};
        for (int i = 0; i < binaryNames.length; i++) {
            BinOp op = binaryOps[i];
            binary(m, binaryNames[i], "Same as a " + op.symbol + " b.",
                    op == BinOp.POW ? (a, b) -> Abstract.power(a, b, PyNone.NONE) : (a, b) -> Abstract.binaryOp(a, b, op));
            String inplaceName = "i" + binaryNames[i].replace("_", "");
            binary(m, inplaceName, "Same as a " + op.symbol + "= b.", (a, b) -> Abstract.inplaceOp(a, b, op));
        }
        unary(m, "not_", "Same as not a.", a -> PyBool.of(!Abstract.isTrue(a)));
        unary(m, "truth", "Return True if a is true, False otherwise.", a -> PyBool.of(Abstract.isTrue(a)));
        unary(m, "abs", "Same as abs(a).", Abstract::absolute);
        unary(m, "neg", "Same as -a.", Abstract::negative);
        unary(m, "pos", "Same as +a.", Abstract::positive);
        unary(m, "inv", "Same as ~a.", Abstract::invert);
        unary(m, "invert", "Same as ~a.", Abstract::invert);
        unary(m, "index", "Same as a.__index__()", OperatorModule::exactIndex);
        unary(m, "is_none", "Same as a is None.", a -> PyBool.of(a == PyNone.NONE));
        unary(m, "is_not_none", "Same as a is not None.", a -> PyBool.of(a != PyNone.NONE));
        binary(m, "is_", "Same as a is b.", (a, b) -> PyBool.of(a == b));
        binary(m, "is_not", "Same as a is not b.", (a, b) -> PyBool.of(a != b));
        binary(m, "contains", "Same as b in a (note reversed operands).", (a, b) -> PyBool.of(Abstract.contains(a, b)));
        binary(m, "getitem", "Same as a[b].", Abstract::getItem);
        binary(m, "delitem", "Same as del a[b].", (a, b) -> {
            Abstract.delItem(a, b);
            return PyNone.NONE;
        });
        function(m, ArgSpec.positional("setitem", 3, 3), "Same as a[b] = c.", a -> {
            Abstract.setItem(a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        m.dict().setItem(new PyStr("itemgetter"), ItemGetter.TYPE);
        m.dict().setItem(new PyStr("attrgetter"), AttrGetter.TYPE);
        m.dict().setItem(new PyStr("methodcaller"), MethodCaller.TYPE);
        return m;
    }

    /** operator.index: the __index__ value as an exact int (3.10+: True gives 1). */
    private static Object exactIndex(Object a) {
        org.ember.runtime.PyInt i = Abstract.index(a);
        return i.getClass() == org.ember.runtime.PyInt.class ? i : org.ember.runtime.PyInt.of(i.bigValue());
    }

    private interface Body {
        Object apply(Object[] args);
    }

    private static void function(PyModule m, ArgSpec spec, String doc, Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, (self, a) -> body.apply(a)).withDoc(doc));
    }

    private static void binary(PyModule m, String name, String doc, BinaryOperator<Object> op) {
        function(m, ArgSpec.positional(name, 2, 2), doc, a -> op.apply(a[0], a[1]));
    }

    private static void unary(PyModule m, String name, String doc, UnaryOperator<Object> op) {
        function(m, ArgSpec.one(name).ownedBy("_operator"), doc, a -> op.apply(a[0]));
    }

    // ---- the getter types ----

    /** The one operand of a getter call: exactly one positional argument, no keywords. */
    private static Object singleOperand(String kind, Object[] args, int off, int n, PyTuple kw) {
        if (kw != null && kw.size() > 0) throw Errors.typeError("%s() takes no keyword arguments", kind);
        if (n != 1) throw Errors.typeError("%s expected 1 argument, got %d", kind, n);
        return args[off];
    }

    /** Positional constructor arguments (at least one), no keywords. */
    private static Object[] constructorArgs(String kind, Object[] args, int off, int n, PyTuple kw) {
        if (kw != null && kw.size() > 0) throw Errors.typeError("%s() takes no keyword arguments", kind);
        if (n < 1) throw Errors.typeError("%s expected 1 argument, got 0", kind);
        Object[] out = new Object[n];
        System.arraycopy(args, off, out, 0, n);
        return out;
    }

    /** "operator.itemgetter(1, 2)", or "operator.itemgetter(...)" inside its own repr. */
    private static Object getterRepr(Object self, Object[] parts) {
        String name = "operator." + Abstract.typeName(self);
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(self)) return new PyStr(name + "(...)");
        try {
            StringBuilder b = new StringBuilder(name).append('(');
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) b.append(", ");
                b.append(Abstract.repr(parts[i]).value());
            }
            return new PyStr(b.append(')').toString());
        } finally {
            ts.reprLeave(self);
        }
    }

    static final class ItemGetter extends PyObject {
        static final PyType TYPE = PyType.builtin("itemgetter", ItemGetter.class).module("operator")
                .slots(t -> {
                    t.newInstance = (type, args, off, n, kw) -> new ItemGetter(constructorArgs("itemgetter", args, off, n, kw));
                    t.call = (self, args, off, n, kw) -> ((ItemGetter) self).get(singleOperand("itemgetter", args, off, n, kw));
                    t.repr = self -> getterRepr(self, ((ItemGetter) self).items);
                })
                .dict(d -> {
                    // an instance's signature (inspect.signature(itemgetter(1)) is "(obj, /)"), as CPython's
                    // member; the type's own __text_signature__ on type wins for the class itself
                    d.getset("__text_signature__", self -> new PyStr("(obj, /)"), null);
                    d.value("__doc__", new PyStr("Return a callable object that fetches the given item(s) from its operand.\n"
                            + "After f = itemgetter(2), the call f(r) returns r[2].\n"
                            + "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"));
                    d.method0("__reduce__", self -> PyTuple.of(Abstract.typeOf(self), PyTuple.of(((ItemGetter) self).items)));
                })
                .build();

        private final Object[] items;

        ItemGetter(Object[] items) {
            this.items = items;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        Object get(Object obj) {
            if (items.length == 1) return Abstract.getItem(obj, items[0]);
            Object[] out = new Object[items.length];
            for (int i = 0; i < items.length; i++) out[i] = Abstract.getItem(obj, items[i]);
            return PyTuple.of(out);
        }
    }

    static final class AttrGetter extends PyObject {
        static final PyType TYPE = PyType.builtin("attrgetter", AttrGetter.class).module("operator")
                .slots(t -> {
                    t.newInstance = (type, args, off, n, kw) -> new AttrGetter(constructorArgs("attrgetter", args, off, n, kw));
                    t.call = (self, args, off, n, kw) -> ((AttrGetter) self).get(singleOperand("attrgetter", args, off, n, kw));
                    t.repr = self -> getterRepr(self, ((AttrGetter) self).names);
                })
                .dict(d -> {
                    // an instance's signature (inspect.signature(itemgetter(1)) is "(obj, /)"), as CPython's
                    // member; the type's own __text_signature__ on type wins for the class itself
                    d.getset("__text_signature__", self -> new PyStr("(obj, /)"), null);
                    d.value("__doc__", new PyStr("Return a callable object that fetches the given attribute(s) from its operand.\n"
                            + "After f = attrgetter('name'), the call f(r) returns r.name.\n"
                            + "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
                            + "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
                            + "(r.name.first, r.name.last)."));
                    d.method0("__reduce__", self -> PyTuple.of(Abstract.typeOf(self), PyTuple.of(((AttrGetter) self).names)));
                })
                .build();

        private final Object[] names;
        /** Each name split at its dots. */
        private final PyStr[][] paths;

        AttrGetter(Object[] names) {
            this.names = names;
            this.paths = new PyStr[names.length][];
            for (int i = 0; i < names.length; i++) {
                PyStr name = PyStr.asStr(names[i]);
                if (name == null) throw Errors.typeError("attribute name must be a string");
                String[] parts = name.value().split("\\.", -1);
                paths[i] = new PyStr[parts.length];
                for (int j = 0; j < parts.length; j++) paths[i][j] = new PyStr(parts[j]);
            }
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        Object get(Object obj) {
            if (paths.length == 1) return follow(obj, paths[0]);
            Object[] out = new Object[paths.length];
            for (int i = 0; i < paths.length; i++) out[i] = follow(obj, paths[i]);
            return PyTuple.of(out);
        }

        private static Object follow(Object obj, PyStr[] path) {
            for (PyStr name : path) obj = Abstract.getAttr(obj, name);
            return obj;
        }
    }

    static final class MethodCaller extends PyObject {
        static final PyType TYPE = PyType.builtin("methodcaller", MethodCaller.class).module("operator")
                .slots(t -> {
                    t.newInstance = MethodCaller::make;
                    t.call = (self, args, off, n, kw) -> ((MethodCaller) self).invoke(singleOperand("methodcaller", args, off, n, kw));
                    t.repr = self -> ((MethodCaller) self).repr(self);
                })
                .dict(d -> {
                    // an instance's signature (inspect.signature(itemgetter(1)) is "(obj, /)"), as CPython's
                    // member; the type's own __text_signature__ on type wins for the class itself
                    d.getset("__text_signature__", self -> new PyStr("(obj, /)"), null);
                    d.value("__doc__", new PyStr("Return a callable object that calls the given method on its operand.\n"
                            + "After f = methodcaller('name'), the call f(r) returns r.name().\n"
                            + "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
                            + "r.name('date', foo=1)."));
                    d.method0("__reduce__", self -> ((MethodCaller) self).reduce());
                })
                .build();

        private final PyStr name;
        private final Object[] args;
        private final PyTuple kwnames;
        /** Positional arguments then keyword values: the vectorcall array for the call. */
        private final Object[] callArgs;

        private MethodCaller(PyStr name, Object[] args, PyTuple kwnames, Object[] callArgs) {
            this.name = name;
            this.args = args;
            this.kwnames = kwnames;
            this.callArgs = callArgs;
        }

        private static Object make(PyType type, Object[] args, int off, int n, PyTuple kw) {
            int nkw = kw == null ? 0 : kw.size();
            int npos = n - nkw;
            if (npos < 1) throw Errors.typeError("methodcaller needs at least one argument, the method name");
            PyStr name = PyStr.asStr(args[off]);
            if (name == null) throw Errors.typeError("method name must be a string");
            Object[] positional = new Object[npos - 1];
            System.arraycopy(args, off + 1, positional, 0, npos - 1);
            Object[] callArgs = new Object[n - 1];
            System.arraycopy(args, off + 1, callArgs, 0, n - 1);
            return new MethodCaller(name, positional, nkw == 0 ? null : kw, callArgs);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        Object invoke(Object obj) {
            Object method = Abstract.getAttr(obj, name);
            return Abstract.call(method, callArgs, 0, callArgs.length, kwnames);
        }

        private Object repr(Object self) {
            int nkw = kwnames == null ? 0 : kwnames.size();
            Object[] parts = new Object[1 + args.length + nkw];
            parts[0] = name;
            System.arraycopy(args, 0, parts, 1, args.length);
            ThreadState ts = ThreadState.current();
            if (!ts.reprEnter(self)) return new PyStr("operator.methodcaller(...)");
            try {
                StringBuilder b = new StringBuilder("operator.methodcaller(");
                for (int i = 0; i <= args.length; i++) {
                    if (i > 0) b.append(", ");
                    b.append(Abstract.repr(parts[i]).value());
                }
                for (int k = 0; k < nkw; k++) {
                    b.append(", ").append(((PyStr) kwnames.get(k)).value()).append('=')
                            .append(Abstract.repr(callArgs[args.length + k]).value());
                }
                return new PyStr(b.append(')').toString());
            } finally {
                ts.reprLeave(self);
            }
        }

        private Object reduce() {
            Object[] all = new Object[1 + args.length];
            all[0] = name;
            System.arraycopy(args, 0, all, 1, args.length);
            if (kwnames == null) return PyTuple.of(type(), PyTuple.of(all));
            // partial(methodcaller, name, **kwargs), args
            Object functools = org.ember.interp.Importer.importModule(ThreadState.current().interpreter(),
                    new PyStr("functools"), null, PyTuple.of(new PyStr("partial")), org.ember.runtime.PyInt.ZERO);
            Object partial = Abstract.getAttr(functools, "partial");
            Object[] vector = new Object[2 + kwnames.size()];
            vector[0] = type();
            vector[1] = name;
            System.arraycopy(callArgs, args.length, vector, 2, kwnames.size());
            Object bound = Abstract.call(partial, vector, 0, vector.length, kwnames);
            return PyTuple.of(bound, PyTuple.of(args));
        }
    }
}
