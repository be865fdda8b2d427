package org.ember.modules;

import java.util.Set;
import java.util.function.Supplier;

import org.ember.interp.Eval;
import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.BinOp;
import org.ember.runtime.CompareOp;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyCell;
import org.ember.runtime.PyClassMethod;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyEllipsis;
import org.ember.runtime.PyException;
import org.ember.runtime.PyComplex;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyFrozenSet;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyNotImplemented;
import org.ember.runtime.PyProperty;
import org.ember.runtime.PyRange;
import org.ember.runtime.PySet;
import org.ember.runtime.PySlice;
import org.ember.runtime.PyStaticMethod;
import org.ember.runtime.PyStr;
import org.ember.runtime.PySuper;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.Slot;

/** The {@code builtins} module: functions, types, constants and exception classes. */
public final class Builtins {
    private Builtins() {}

    static final PyType ENUMERATE = BuiltinIterator.defineReducible("enumerate", Builtins::enumerate, false);
    static final PyType ZIP = BuiltinIterator.defineReducible("zip", Builtins::zip, true);
    static final PyType MAP = BuiltinIterator.defineReducible("map", Builtins::map, true);
    static final PyType FILTER = BuiltinIterator.defineReducible("filter", Builtins::filter, false);
    static final PyType REVERSED = BuiltinIterator.definePositioned("reversed", Builtins::reversed);

    static {
        // reversed(seq) is seq.__reversed__() itself when the type has one (list_reverseiterator, ...), as CPython's
        Slot.New wrapping = REVERSED.newInstance;
        REVERSED.newInstance = (type, args, off, n, kw) -> {
            if (n == 1 && (kw == null || kw.size() == 0)) {
                Object method = Abstract.typeOf(args[off]).lookup("__reversed__");
                if (method == PyNone.NONE) throw Errors.typeError("'%s' object is not reversible", Abstract.typeName(args[off]));
                if (method != null) return Abstract.callMethod(method, args[off]);
            }
            return wrapping.make(type, args, off, n, kw);
        };
    }
    static final PyType CALLABLE_ITERATOR = BuiltinIterator.define("callable_iterator", (args, off, n, kw) -> {
        throw Errors.typeError("cannot create 'callable_iterator' instances");
    });

    /** Fills {@code interp.builtins} and registers the module in sys.modules. */
    public static PyModule install(Interpreter interp) {
        // the module's namespace is the dict every frame looks builtins up in, so that
        // builtins.abs = f (or a new name) is seen by the whole program, as in CPython
        PyModule module = new PyModule("builtins", interp.builtins).markBuiltIn();
        PyDict d = interp.builtins;
        org.ember.runtime.PyGenericAlias.installClassGetItem(PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE,
                PyFrozenSet.TYPE, Exceptions.BaseExceptionGroup, ENUMERATE, org.ember.runtime.PyGenerator.TYPE,
                org.ember.runtime.PyGenerator.COROUTINE_TYPE, org.ember.runtime.PyGenerator.ASYNC_GENERATOR_TYPE,
                org.ember.runtime.PyMappingProxy.TYPE, org.ember.runtime.PyMemoryView.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE);
        for (PyType t : new PyType[] {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyBool.TYPE, PyStr.TYPE,
                org.ember.runtime.PyBytes.TYPE, org.ember.runtime.PyByteArray.TYPE, org.ember.runtime.PyMemoryView.TYPE,
                PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PyFrozenSet.TYPE, PySlice.TYPE, PyRange.TYPE,
                PySuper.TYPE, PyProperty.TYPE, PyClassMethod.TYPE, PyStaticMethod.TYPE,
                ENUMERATE, ZIP, MAP, FILTER, REVERSED}) {
            d.setItem(new PyStr(t.name()), t);
        }
        for (PyType t : Exceptions.all()) d.setItem(new PyStr(t.name()), t);
        d.setItem(new PyStr("EnvironmentError"), Exceptions.OSError);  // OSError's historical aliases
        d.setItem(new PyStr("IOError"), Exceptions.OSError);
        d.setItem(new PyStr("None"), PyNone.NONE);
        d.setItem(new PyStr("Ellipsis"), PyEllipsis.INSTANCE);
        d.setItem(new PyStr("NotImplemented"), PyNotImplemented.INSTANCE);
        d.setItem(new PyStr("True"), PyBool.TRUE);
        d.setItem(new PyStr("False"), PyBool.FALSE);
        d.setItem(new PyStr("__debug__"), PyBool.TRUE);
        d.setItem(new PyStr("__name__"), new PyStr("builtins"));
        functions(d, module, interp);
        SiteBuiltins.install(d, Sys.COPYRIGHT);
        interp.modules.setItem(new PyStr("builtins"), module);
        return module;
    }

    /**
     * divmod(): __divmod__/__rdivmod__ of classes that define them (the reflected one first for a
     * subclass of the left operand's type); int and float have theirs (BuiltinExtras).
     */
    private static Object divmod(Object a, Object b) {
        PyType ta = Abstract.typeOf(a), tb = Abstract.typeOf(b);
        Object forward = ta.lookup("__divmod__");
        Object reflected = tb == ta ? null : tb.lookup("__rdivmod__");
        if (reflected != null && tb.isSubtype(ta)) {
            Object r = Abstract.callMethod(reflected, b, a);
            if (r != PyNotImplemented.INSTANCE) return r;
            reflected = null;
        }
        if (forward != null) {
            Object r = Abstract.callMethod(forward, a, b);
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        if (reflected != null) {
            Object r = Abstract.callMethod(reflected, b, a);
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        throw Errors.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", ta.name(), tb.name());
    }

    private static void def(PyDict d, PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        d.setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body).withDoc(org.ember.runtime.BuiltinDocs.forFunction(spec.name())));
    }

    private static void functions(PyDict d, PyModule m, Interpreter interp) {
        def(d, m, ArgSpec.vector("print"), (self, a) -> print(interp, a));
        def(d, m, ArgSpec.vector("breakpoint"), (self, a) -> SiteBuiltins.breakpoint((Object[]) a[0], (int) a[1], (PyTuple) a[2]));
        def(d, m, ArgSpec.vector("open"), (self, a) -> openFile(interp, a));
        def(d, m, ArgSpec.positional("input", 0, 1), (self, a) -> input(interp, a[0]));
        // a range is the one builtin sequence that can be longer than a Java int
        def(d, m, ArgSpec.one("len"), (self, a) -> PyInt.of(Abstract.size(a[0])));
        def(d, m, ArgSpec.one("repr"), (self, a) -> Abstract.reprResult(a[0]));
        def(d, m, ArgSpec.one("ascii"), (self, a) -> ascii(a[0]));
        def(d, m, ArgSpec.positional("isinstance", 2, 2), (self, a) -> PyBool.of(Abstract.isInstance(a[0], a[1])));
        def(d, m, ArgSpec.positional("issubclass", 2, 2), (self, a) -> PyBool.of(Abstract.isSubclass(a[0], a[1])));
        def(d, m, ArgSpec.positional("iter", 1, 2), (self, a) -> iter(a[0], a[1]));
        def(d, m, ArgSpec.positional("next", 1, 2), (self, a) -> next(a[0], a[1]));
        def(d, m, ArgSpec.one("aiter"), (self, a) -> org.ember.interp.Async.aiter(a[0]));
        def(d, m, ArgSpec.positional("anext", 1, 2), (self, a) -> org.ember.interp.Async.anextBuiltin(a[0], a[1]));
        def(d, m, ArgSpec.one("abs"), (self, a) -> Abstract.absolute(a[0]));
        def(d, m, ArgSpec.vector("min"), (self, a) -> minMax(a, "min", CompareOp.LT));
        def(d, m, ArgSpec.vector("max"), (self, a) -> minMax(a, "max", CompareOp.GT));
        def(d, m, ArgSpec.keywords("sum", 1, 1, 2, "iterable", "start"), (self, a) -> sum(a[0], a[1]));
        def(d, m, ArgSpec.keywords("sorted", 1, 0, 1, "iterable", "key", "reverse"), (self, a) -> sorted(a));
        def(d, m, ArgSpec.positional("hasattr", 2, 2), (self, a) -> PyBool.of(Abstract.lookupAttr(a[0], Abstract.attrName(a[1])) != null));
        def(d, m, ArgSpec.positional("getattr", 2, 3), (self, a) -> getattr(a[0], a[1], a[2]));
        def(d, m, ArgSpec.positional("setattr", 3, 3), (self, a) -> {
            Abstract.setAttr(a[0], Abstract.attrName(a[1]), a[2]);
            return PyNone.NONE;
        });
        def(d, m, ArgSpec.positional("delattr", 2, 2), (self, a) -> {
            Abstract.delAttr(a[0], Abstract.attrName(a[1]));
            return PyNone.NONE;
        });
        // The same number the default reprs show as the address (<f at 0x...>), as in CPython.
        def(d, m, ArgSpec.one("id"), (self, a) -> PyInt.of(0x7f0000000000L + (Integer.toUnsignedLong(System.identityHashCode(a[0])) << 4)));
        def(d, m, ArgSpec.one("hash"), (self, a) -> PyInt.of(Abstract.hash(a[0])));
        def(d, m, ArgSpec.keywords("round", 0, 1, 2, "number", "ndigits"), (self, a) -> round(a[0], a[1]));
        def(d, m, ArgSpec.positional("divmod", 2, 2), (self, a) -> divmod(a[0], a[1]));
        def(d, m, ArgSpec.keywords("pow", 0, 2, 3, "base", "exp", "mod"),
                (self, a) -> Abstract.power(a[0], a[1], a[2] == null ? PyNone.NONE : a[2]));
        def(d, m, ArgSpec.one("chr"), (self, a) -> chr(a[0]));
        def(d, m, ArgSpec.one("ord"), (self, a) -> ord(a[0]));
        def(d, m, ArgSpec.one("any"), (self, a) -> anyAll(a[0], true));
        def(d, m, ArgSpec.one("all"), (self, a) -> anyAll(a[0], false));
        def(d, m, ArgSpec.one("callable"), (self, a) -> PyBool.of(a[0] instanceof PyBuiltinFunction
                || Abstract.typeOf(a[0]).call != null));
        def(d, m, ArgSpec.vector("__build_class__"), (self, a) -> buildClass(a));
        def(d, m, ArgSpec.keywords("__import__", 1, 1, 5, "name", "globals", "locals", "fromlist", "level"),
                (self, a) -> org.ember.interp.Importer.importModule(interp, a[0], a[1], a[3], a[4]));
        def(d, m, ArgSpec.positional("format", 1, 2), (self, a) -> format(a[0], a[1]));
        def(d, m, ArgSpec.one("bin"), (self, a) -> radix(a[0], 2, "0b"));
        def(d, m, ArgSpec.one("oct"), (self, a) -> radix(a[0], 8, "0o"));
        def(d, m, ArgSpec.one("hex"), (self, a) -> radix(a[0], 16, "0x"));
        introspection(d, m);
    }

    /** bin/oct/hex: the __index__ value in that base with its prefix, the sign before it. */
    private static PyStr radix(Object x, int radix, String prefix) {
        java.math.BigInteger v = Abstract.index(x).bigValue();
        return new PyStr((v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix));
    }

    /** globals, locals, vars, dir, compile, exec, eval: they read the caller's frame (interp.Frames). */
    private static void introspection(PyDict d, PyModule m) {
        def(d, m, ArgSpec.noArgs("globals"), (self, a) -> org.ember.interp.Frames.globals());
        def(d, m, ArgSpec.noArgs("locals"), (self, a) -> org.ember.interp.Frames.locals());
        def(d, m, ArgSpec.positional("vars", 0, 1), (self, a) -> a[0] == null ? org.ember.interp.Frames.locals() : vars(a[0]));
        def(d, m, ArgSpec.positional("dir", 0, 1), (self, a) -> dir(a[0]));
        def(d, m, ArgSpec.keywords("compile", 0, 3, 6, "source", "filename", "mode", "flags", "dont_inherit",
                "optimize", "_feature_version"), (self, a) -> org.ember.interp.ExecEval.compile(a[0], a[1], a[2], a[3], a[4], a[5]));
        def(d, m, ArgSpec.keywords("exec", 1, 1, 3, "source", "globals", "locals", "closure"),
                (self, a) -> org.ember.interp.ExecEval.exec(a[0], a[1], a[2], a[3]));
        def(d, m, ArgSpec.keywords("eval", 1, 1, 3, "source", "globals", "locals"),
                (self, a) -> org.ember.interp.ExecEval.eval(a[0], a[1], a[2]));
    }

    private static Object vars(Object obj) {
        Object dict = Abstract.lookupAttr(obj, new PyStr("__dict__"));
        if (dict == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
        return dict;
    }

    /** dir(): the sorted names of the caller's scope; dir(obj): obj's type's __dir__, sorted. */
    private static PyList dir(Object obj) {
        Object names;
        if (obj == null) {
            names = org.ember.interp.Frames.locals();
            names = Abstract.invoke(names, "keys");
        } else {
            Object method = Abstract.typeOf(obj).lookup("__dir__");
            if (method == null) throw Errors.typeError("object does not provide __dir__");
            names = Abstract.callMethod(method, obj);
        }
        PyList list = PyList.of();
        Object it = Abstract.getIter(names);
        for (Object k = Abstract.next(it); k != null; k = Abstract.next(it)) list.append(k);
        Abstract.invoke(list, "sort");
        return list;
    }

    /** format(value, format_spec=''): the spec must be a str; the value's __format__ does the work. */
    private static Object format(Object value, Object spec) {
        if (spec == null) return Abstract.formatResult(value, PyStr.EMPTY);
        if (PyStr.asStr(spec) == null) throw Errors.mustBe("format() argument 2", "str", spec);
        return Abstract.formatResult(value, PyStr.asStr(spec));
    }

    /** ascii(x): the repr with non-ASCII escaped; an all-ASCII repr is returned as it came (a str subclass too). */
    private static Object ascii(Object value) {
        Object repr = Abstract.reprResult(value);
        String text = PyStr.asStr(repr).value();
        String escaped = asciiOf(text);
        return escaped.equals(text) ? repr : new PyStr(escaped);
    }

    /** open(...) is io.open, which lib/io.py implements: forwarded with the arguments as given. */
    private static Object openFile(Interpreter interp, Object[] bound) {
        Object io = org.ember.interp.Importer.importModule(interp, new PyStr("io"), null, null, null);
        Object[] args = (Object[]) bound[0];
        return Abstract.call(Abstract.getAttr(io, "open"), args, 0, (Integer) bound[1], (PyTuple) bound[2]);
    }

    // ---- print and friends ----------------------------------------------------------------------------

    private static Object print(Interpreter interp, Object[] bound) {
        VectorArgs args = VectorArgs.of(bound, "print", Set.of("sep", "end", "file", "flush"));
        String sep = textOption(args.keyword("sep"), " ", "sep");
        String end = textOption(args.keyword("end"), "\n", "end");
        Object file = args.keyword("file");
        if (file == null || file == PyNone.NONE) file = Sys.attribute(interp, "stdout");
        if (file == null || file == PyNone.NONE) return PyNone.NONE;
        Object write = Abstract.getAttr(file, "write");
        Object[] values = args.positional();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) Abstract.call(write, new PyStr(sep));
            Abstract.call(write, Abstract.str(values[i]));
        }
        Abstract.call(write, new PyStr(end));
        Object flush = args.keyword("flush");
        if (flush != null && Abstract.isTrue(flush)) Abstract.invoke(file, "flush");
        return PyNone.NONE;
    }

    /** input(prompt): the prompt to sys.stdout (flushed), then one line of sys.stdin without its newline. */
    private static Object input(Interpreter interp, Object prompt) {
        Object stdin = Sys.attribute(interp, "stdin"), stdout = Sys.attribute(interp, "stdout");
        Object stderr = Sys.attribute(interp, "stderr");
        if (stdin == null || stdin == PyNone.NONE) throw Errors.of(Exceptions.RuntimeError, "input(): lost sys.stdin");
        if (stdout == null || stdout == PyNone.NONE) throw Errors.of(Exceptions.RuntimeError, "input(): lost sys.stdout");
        if (stderr != null && stderr != PyNone.NONE) Abstract.invoke(stderr, "flush");
        if (prompt != null) Abstract.invoke(stdout, "write", Abstract.str(prompt));
        Abstract.invoke(stdout, "flush");
        Object line = Abstract.invoke(stdin, "readline");
        if (!(line instanceof PyStr text)) throw Errors.typeError("object.readline() returned non-string");
        if (text.length() == 0) throw Errors.of(Exceptions.EOFError, "EOF when reading a line");
        return text.value().endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static String textOption(Object value, String dflt, String name) {
        if (value == null || value == PyNone.NONE) return dflt;
        if (value instanceof PyStr s) return s.value();
        throw Errors.typeError("%s must be None or a string, not %s", name, Abstract.typeName(value));
    }

    static String asciiOf(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 128) sb.append((char) cp);
            else if (cp < 256) sb.append(String.format("\\x%02x", cp));
            else if (cp < 0x10000) sb.append(String.format("\\u%04x", cp));
            else sb.append(String.format("\\U%08x", cp));
        });
        return sb.toString();
    }

    // ---- iteration --------------------------------------------------------------------------------------

    private static Object iter(Object obj, Object sentinel) {
        if (sentinel == null) return Abstract.getIter(obj);
        if (Abstract.typeOf(obj).call == null && !(obj instanceof PyBuiltinFunction)) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        boolean[] done = {false};
        return new BuiltinIterator(CALLABLE_ITERATOR, () -> {
            if (done[0]) return null;
            Object v = Abstract.call(obj);
            if (Abstract.equal(v, sentinel)) {
                done[0] = true;
                return null;
            }
            return v;
        });
    }

    private static Object next(Object it, Object dflt) {
        PyType t = Abstract.typeOf(it);
        if (t.iternext == null) throw Errors.typeError("'%s' object is not an iterator", t.name());
        if (it instanceof org.ember.runtime.PyGenerator gen && dflt == null) {
            return org.ember.interp.Generators.send(gen, PyNone.NONE, true); // StopIteration carries the return value
        }
        Object v = t.iternext.apply(it);
        if (v != null) return v;
        if (dflt != null) return dflt;
        throw Errors.stopIteration();
    }

    private static Object nextOrNull(Object it) {
        return Abstract.typeOf(it).iternext.apply(it);
    }

    private static Supplier<Object> enumerate(Object[] args, int off, int n, PyTuple kw) {
        Object[] a = ArgSpec.keywords("enumerate", 0, 1, 2, "iterable", "start").bind(args, off, n, kw);
        Object it = Abstract.getIter(a[0]);
        Object[] count = {a[1] == null ? PyInt.ZERO : Abstract.index(a[1])};
        return new BuiltinIterator.Reducible() {
            @Override
            public Object get() {
                Object item = nextOrNull(it);
                if (item == null) return null;
                Object index = count[0];
                count[0] = Abstract.binaryOp(index, PyInt.ONE, BinOp.ADD);
                return PyTuple.of(index, item);
            }

            @Override
            public PyTuple reduceArgs() {   // (iterator, next count)
                return PyTuple.of(it, count[0]);
            }
        };
    }

    private static Supplier<Object> zip(Object[] args, int off, int n, PyTuple kw) {
        int nkw = kw == null ? 0 : kw.size();
        boolean strict = false;
        for (int i = 0; i < nkw; i++) {
            if (!((PyStr) kw.get(i)).value().equals("strict")) {
                throw Errors.typeError("zip() got an unexpected keyword argument '%s'", ((PyStr) kw.get(i)).value());
            }
            strict = Abstract.isTrue(args[off + n - nkw + i]);
        }
        Object[] its = new Object[n - nkw];
        for (int i = 0; i < its.length; i++) its[i] = Abstract.getIter(args[off + i]);
        return new StrictTuples("zip", its, strict, null);
    }

    /**
     * zip's and map's source: one item from each iterator per step (map calls func on them),
     * with 3.10's/3.14's strict length check; reduces to (iterators...) or (func, iterators...),
     * plus True when strict, which __setstate__ sets.
     */
    private static final class StrictTuples implements BuiltinIterator.Reducible {
        private final String name;
        private final Object[] its;
        private final Object func;
        private volatile boolean strict;

        StrictTuples(String name, Object[] its, boolean strict, Object func) {
            this.name = name;
            this.its = its;
            this.strict = strict;
            this.func = func;
        }

        @Override
        public Object get() {
            if (its.length == 0) return null;
            Object[] items = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                items[i] = nextOrNull(its[i]);
                if (items[i] == null) {
                    if (strict) strictCheck(name, its, i);
                    return null;
                }
            }
            return func == null ? PyTuple.of(items) : Abstract.call(func, items);
        }

        @Override
        public PyTuple reduceArgs() {
            if (func == null) return PyTuple.of(its.clone());
            Object[] args = new Object[its.length + 1];
            args[0] = func;
            System.arraycopy(its, 0, args, 1, its.length);
            return PyTuple.of(args);
        }

        @Override
        public Object reduceState() {
            return strict ? PyBool.TRUE : null;
        }

        @Override
        public void setState(Object state) {
            strict = Abstract.isTrue(state);
        }
    }

    private static void strictCheck(String name, Object[] its, int exhausted) {
        if (exhausted > 0) {
            throw Errors.valueError("%s() argument %d is shorter than argument%s%s", name, exhausted + 1,
                    exhausted == 1 ? " " : "s 1-", exhausted);
        }
        for (int j = 1; j < its.length; j++) {
            if (nextOrNull(its[j]) != null) {
                throw Errors.valueError("%s() argument %d is longer than argument%s%s", name, j + 1,
                        j == 1 ? " " : "s 1-", j);
            }
        }
    }

    private static Supplier<Object> map(Object[] args, int off, int n, PyTuple kw) {
        int nkw = kw == null ? 0 : kw.size();
        if (nkw > 1) throw Errors.typeError("map() takes at most 1 keyword argument (%d given)", nkw);
        boolean strict = false;
        if (nkw == 1) {
            String keyword = ((PyStr) kw.get(0)).value();
            if (!keyword.equals("strict")) throw Errors.typeError("map() got an unexpected keyword argument '%s'", keyword);
            strict = Abstract.isTrue(args[off + n - 1]);
        }
        int npos = n - nkw;
        if (npos < 2) throw Errors.typeError("map() must have at least two arguments.");
        Object func = args[off];
        Object[] its = new Object[npos - 1];
        for (int i = 0; i < its.length; i++) its[i] = Abstract.getIter(args[off + 1 + i]);
        return new StrictTuples("map", its, strict, func);
    }

    private static Supplier<Object> filter(Object[] args, int off, int n, PyTuple kw) {
        Object[] a = ArgSpec.positional("filter", 2, 2).bind(args, off, n, kw);
        Object func = a[0];
        Object it = Abstract.getIter(a[1]);
        return new BuiltinIterator.Reducible() {
            @Override
            public Object get() {
                for (Object item; (item = nextOrNull(it)) != null; ) {
                    boolean keep = func == PyNone.NONE ? Abstract.isTrue(item) : Abstract.isTrue(Abstract.call(func, item));
                    if (keep) return item;
                }
                return null;
            }

            @Override
            public PyTuple reduceArgs() {
                return PyTuple.of(func, it);
            }
        };
    }

    private static Supplier<Object> reversed(Object[] args, int off, int n, PyTuple kw) {
        Object[] a = ArgSpec.positional("reversed", 1, 1).bind(args, off, n, kw);
        Object seq = a[0];
        Object method = Abstract.typeOf(seq).lookup("__reversed__");
        if (method != null) {
            Object it = Abstract.callMethod(method, seq);
            return () -> nextOrNull(it);
        }
        if (Abstract.typeOf(seq).lookup("__getitem__") == null || Abstract.typeOf(seq).len == null) {
            throw Errors.typeError("'%s' object is not reversible", Abstract.typeName(seq));
        }
        return new ReversedSource(seq, Abstract.len(seq) - 1);
    }

    /** reversed() over __len__/__getitem__: index is the next position to yield, -1 at the end. */
    private static final class ReversedSource implements BuiltinIterator.Positioned {
        private final Object sequence;
        private long index;

        ReversedSource(Object sequence, long index) {
            this.sequence = sequence;
            this.index = index;
        }

        @Override
        public Object get() {
            if (index < 0) return null;
            try {
                Object item = Abstract.getItem(sequence, PyInt.of(index));
                index--;
                return item;
            } catch (PyException e) {   // IndexError or StopIteration from __getitem__ ends it, as CPython's
                if (!e.matches(Exceptions.IndexError) && !e.matches(Exceptions.StopIteration)) throw e;
                index = -1;
                return null;
            }
        }

        /** CPython's: index + 1, or 0 once the sequence got shorter than that. */
        @Override
        public long lengthHint() {
            long position = index + 1;
            return Abstract.len(sequence) < position ? 0 : position;
        }

        @Override
        public Object sequence() {
            return sequence;
        }

        @Override
        public long position() {
            return index;
        }

        /** Clamped to [-1, len - 1]. */
        @Override
        public void setPosition(long position) {
            index = Math.max(-1, Math.min(Abstract.len(sequence) - 1, position));
        }
    }

    private static Object anyAll(Object iterable, boolean any) {
        Object it = Abstract.getIter(iterable);
        for (Object item; (item = nextOrNull(it)) != null; ) {
            if (Abstract.isTrue(item) == any) return PyBool.of(any);
        }
        return PyBool.of(!any);
    }

    // ---- reductions -------------------------------------------------------------------------------------

    private static Object minMax(Object[] bound, String name, CompareOp better) {
        VectorArgs args = VectorArgs.of(bound, name, Set.of("key", "default"));
        Object[] pos = args.positional();
        Object key = args.keyword("key");
        if (key == PyNone.NONE) key = null;
        Object dflt = args.keyword("default");
        if (pos.length == 0) throw Errors.typeError("%s expected at least 1 argument, got 0", name);
        if (pos.length > 1 && dflt != null) {
            throw Errors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        Object it = Abstract.getIter(pos.length == 1 ? pos[0] : PyTuple.of(pos));
        Object best = null, bestKey = null;
        for (Object item; (item = nextOrNull(it)) != null; ) {
            Object k = key == null ? item : Abstract.call(key, item);
            if (best == null || Abstract.richCompareBool(k, bestKey, better)) {
                best = item;
                bestKey = k;
            }
        }
        if (best != null) return best;
        if (dflt != null) return dflt;
        throw Errors.valueError("%s() iterable argument is empty", name);
    }

    private static Object sum(Object iterable, Object start) {
        if (start instanceof PyStr) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (start instanceof org.ember.runtime.PyBytes) throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (start instanceof org.ember.runtime.PyByteArray) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        Object total = start == null ? PyInt.ZERO : start;
        Object it = Abstract.getIter(iterable);
        // As CPython: an int stretch, then (if the total became a float) a compensated float stretch, then generic adds
        if (total instanceof PyInt && !(total instanceof PyBool)) {
            for (Object item; ; ) {
                if ((item = nextOrNull(it)) == null) return total;
                boolean intItem = item instanceof PyInt;
                total = Abstract.binaryOp(total, item, BinOp.ADD);
                if (!intItem) break;
            }
        }
        if (total instanceof PyFloat f) {
            FloatSum rest = floatSum(f.value, it);
            if (rest.stoppedAt == null) return new PyFloat(rest.value);
            total = Abstract.binaryOp(new PyFloat(rest.value), rest.stoppedAt, BinOp.ADD);
        }
        for (Object item; (item = nextOrNull(it)) != null; ) total = Abstract.binaryOp(total, item, BinOp.ADD);
        return total;
    }

    /** What {@link #floatSum} added up, and the item it stopped at (null: the iterator is exhausted). */
    private record FloatSum(double value, Object stoppedAt) {}

    /**
     * sum()'s float stretch (CPython 3.12+): floats and ints that fit a C long are added with
     * Neumaier's compensation, so sum([0.1] * 10) == 1.0; any other item ends the stretch.
     */
    private static FloatSum floatSum(double start, Object it) {
        double hi = start, lo = 0.0;
        for (Object item; ; ) {
            item = nextOrNull(it);
            double x;
            if (item instanceof PyFloat f) {
                x = f.value;
            } else if (item instanceof PyInt i && i.fitsLong()) {
                x = (double) i.longValue();
            } else {
                return new FloatSum(lo != 0.0 && Double.isFinite(lo) ? hi + lo : hi, item);
            }
            double t = hi + x;
            if (Math.abs(hi) >= Math.abs(x)) lo += (hi - t) + x;
            else lo += (x - t) + hi;
            hi = t;
        }
    }

    private static Object sorted(Object[] a) {
        if (a[0] == null) throw Errors.typeError("sorted expected 1 argument, got 0");
        PyList list = PyList.fromIterable(a[0]);
        list.sort(a[1] == null ? PyNone.NONE : a[1], a[2] != null && Abstract.isTrue(a[2]));
        return list;
    }

    private static Object round(Object number, Object ndigits) {
        Object method = Abstract.typeOf(number).lookup("__round__");
        if (method == null) {
            throw Errors.typeError("type %s doesn't define __round__ method", Abstract.typeName(number));
        }
        return ndigits == null || ndigits == PyNone.NONE ? Abstract.callMethod(method, number)
                : Abstract.callMethod(method, number, ndigits);
    }

    private static Object getattr(Object obj, Object name, Object dflt) {
        PyStr s = Abstract.attrName(name);
        if (dflt == null) return Abstract.getAttr(obj, s);
        Object v = Abstract.lookupAttr(obj, s);
        return v == null ? dflt : v;
    }

    private static Object chr(Object arg) {
        PyInt i = PyInt.asInt(Abstract.index(arg));
        if (!i.fitsInt() || i.longValue() < 0 || i.longValue() > 0x10FFFF) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return new PyStr(new String(Character.toChars((int) i.longValue())));
    }

    private static Object ord(Object value) {
        Object arg = Abstract.builtinPart(value);   // a str/bytes subclass instance counts as its value
        byte[] bytes = arg instanceof org.ember.runtime.PyBytes || arg instanceof org.ember.runtime.PyByteArray
                ? org.ember.runtime.PyBuffer.bytesOf(arg) : null;
        if (bytes != null) {
            if (bytes.length != 1) {
                throw Errors.typeError("ord() expected a character, but string of length %d found", bytes.length);
            }
            return PyInt.of(bytes[0] & 0xFF);
        }
        if (!(arg instanceof PyStr s)) {
            throw Errors.typeError("ord() expected string of length 1, but %s found", Abstract.typeName(value));
        }
        if (s.length() != 1) {
            throw Errors.typeError("ord() expected a character, but string of length %d found", s.length());
        }
        return PyInt.of(s.value().codePointAt(0));
    }

    // ---- classes and imports -----------------------------------------------------------------------------

    /** __build_class__(func, name, *bases, metaclass=..., **kwds). */
    private static Object buildClass(Object[] bound) {
        Object[] all = (Object[]) bound[0];
        int nargs = (Integer) bound[1];
        PyTuple kwnames = (PyTuple) bound[2];
        int nkw = kwnames == null ? 0 : kwnames.size();
        int npos = nargs - nkw;
        if (npos < 2) throw Errors.typeError("__build_class__: not enough arguments");
        if (!(all[0] instanceof PyFunction body)) throw Errors.typeError("__build_class__: func must be a function");
        if (!(all[1] instanceof PyStr name)) throw Errors.typeError("__build_class__: name is not a string");
        PyTuple origBases = PyTuple.of(java.util.Arrays.copyOfRange(all, 2, npos));
        PyTuple bases = resolveMroEntries(origBases);
        PyDict kwds = new PyDict();
        for (int i = 0; i < nkw; i++) kwds.setItem(kwnames.get(i), all[npos + i]);
        Object meta = kwds.pop(new PyStr("metaclass"));
        if (meta == null) meta = bases.size() == 0 ? PyType.TYPE : Abstract.typeOf(bases.get(0));
        if (meta instanceof PyType metaType) meta = winningMetaclass(metaType, bases);
        Object ns = prepare(meta, name, bases, kwds);
        Object cell = Eval.runWithLocals(body, ns);
        if (bases != origBases) Abstract.setItem(ns, new PyStr("__orig_bases__"), origBases);
        Object[] callArgs = new Object[3 + kwds.size()];
        callArgs[0] = name;
        callArgs[1] = bases;
        callArgs[2] = ns;
        Object[] names = new Object[kwds.size()];
        int k = 0;
        for (Object[] e : kwds.entries()) {
            names[k] = e[0];
            callArgs[3 + k++] = e[1];
        }
        Object cls = Abstract.call(meta, callArgs, 0, callArgs.length, names.length == 0 ? null : PyTuple.of(names));
        if (cell instanceof PyCell c && cls instanceof PyType) checkClassCell(c, cls, name);
        return cls;
    }

    /** type.__new__ fills the __class__ cell from __classcell__; a metaclass that dropped it leaves it wrong. */
    private static void checkClassCell(PyCell cell, Object cls, PyStr name) {
        Object inCell = cell.contents;
        if (inCell == cls) return;
        if (inCell == null) {
            throw Errors.runtimeError("__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                    Abstract.repr(name).value(), Abstract.repr(cls).value());
        }
        throw Errors.typeError("__class__ set to %s defining %s as %s", Abstract.repr(inCell).value(),
                Abstract.repr(name).value(), Abstract.repr(cls).value());
    }

    /** PEP 560: a base that is not a class may stand for others through __mro_entries__(bases). */
    private static PyTuple resolveMroEntries(PyTuple bases) {
        java.util.List<Object> resolved = new java.util.ArrayList<>();
        boolean changed = false;
        for (Object base : bases.items()) {
            Object entries = base instanceof PyType ? null : Abstract.lookupAttr(base, new PyStr("__mro_entries__"));
            if (entries == null) {
                resolved.add(base);
                continue;
            }
            Object replacement = Abstract.call(entries, bases);
            if (!(replacement instanceof PyTuple t)) throw Errors.typeError("__mro_entries__ must return a tuple");
            resolved.addAll(java.util.Arrays.asList(t.items()));
            changed = true;
        }
        return changed ? PyTuple.of(resolved.toArray()) : bases;
    }

    private static PyType winningMetaclass(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (Object b : bases.items()) {
            PyType bt = Abstract.typeOf(b);
            if (winner.isSubtype(bt)) continue;
            if (bt.isSubtype(winner)) {
                winner = bt;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static Object prepare(Object meta, PyStr name, PyTuple bases, PyDict kwds) {
        Object prep = Abstract.lookupAttr(meta, new PyStr("__prepare__"));
        if (prep == null) return new PyDict();
        Object[] args = new Object[2 + kwds.size()];
        args[0] = name;
        args[1] = bases;
        Object[] names = new Object[kwds.size()];
        int k = 0;
        for (Object[] e : kwds.entries()) {
            names[k] = e[0];
            args[2 + k++] = e[1];
        }
        Object ns = Abstract.call(prep, args, 0, args.length, names.length == 0 ? null : PyTuple.of(names));
        if (Abstract.typeOf(ns).getitem == null) {
            throw Errors.typeError("%s.__prepare__() must return a mapping, not %s",
                    meta instanceof PyType t ? t.name() : "<metaclass>", Abstract.typeName(ns));
        }
        return ns;
    }
}
