package org.ember.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.ember.Version;
import org.ember.interp.Frames;
import org.ember.runtime.Abstract;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * The {@code sys} module: CPython 3.14's surface as far as Ember's runtime goes. Tracing and
 * profiling hooks (settrace/setprofile) are stored and returned but not called yet; audit hooks
 * are called by {@code sys.audit} only (the runtime raises no audit events of its own);
 * {@code getsizeof} is an estimate of CPython's sizes (see {@link SysSizes}).
 */
public final class Sys {
    private Sys() {}

    /** sys.copyright, which builtins.copyright also shows. */
    public static final String COPYRIGHT = "Copyright (c) the Ember authors.\nPython is Copyright (c) 2001 Python Software Foundation.";

    /** sys.version_info's release level and serial. */
    static final String RELEASE_LEVEL = "final";
    static final int SERIAL = 0;

    public static PyModule install(Interpreter interp, TextStream stdout, TextStream stderr, List<String> argv) {
        return install(interp, stdout, stderr, argv, null);
    }

    /**
     * {@code formatter} renders an exception with its traceback as CPython prints it (the
     * session's traceback printer, which knows the sources of programs that are not files);
     * sys.excepthook writes its result to sys.stderr.
     */
    public static PyModule install(Interpreter interp, TextStream stdout, TextStream stderr, List<String> argv,
                                   Function<PyBaseException, String> formatter) {
        PyModule sys = new PyModule("sys").markBuiltIn();
        var d = sys.dict();
        set(d, "argv", strings(argv));
        List<String> orig = new ArrayList<>();
        orig.add("ember");
        orig.addAll(argv);
        set(d, "orig_argv", strings(orig));
        TextInput stdin = new TextInput(System.in, "<stdin>");
        set(d, "stdin", stdin);
        set(d, "stdout", stdout);
        set(d, "stderr", stderr);
        set(d, "__stdin__", stdin);
        set(d, "__stdout__", stdout);
        set(d, "__stderr__", stderr);
        set(d, "modules", interp.modules);
        set(d, "path", new PyList());
        set(d, "meta_path", new PyList());
        set(d, "path_hooks", new PyList());
        set(d, "path_importer_cache", new PyDict());
        set(d, "builtin_module_names", builtinModuleNames());
        set(d, "warnoptions", new PyList());
        set(d, "_xoptions", new PyDict());
        set(d, "dont_write_bytecode", PyBool.FALSE);
        set(d, "pycache_prefix", PyNone.NONE);
        versionFacts(d);
        numberFacts(d);
        installationFacts(d);
        set(d, "flags", flags(interp));
        frameFunctions(sys);
        exceptionFunctions(sys, interp, formatter);
        hookFunctions(sys, interp);
        asyncgenHooks(sys);
        miscFunctions(sys, interp);
        org.ember.interp.SpecializationApi.install(sys, interp);
        interp.modules.setItem(new PyStr("sys"), sys);
        return sys;
    }

    private static void set(PyDict d, String name, Object value) {
        d.setItem(new PyStr(name), value);
    }

    private static PyList strings(List<String> values) {
        PyList list = new PyList();
        for (String v : values) list.append(new PyStr(v));
        return list;
    }

    // ---- facts ----------------------------------------------------------------------------------------------

    private static void versionFacts(PyDict d) {
        PyType versionInfo = StructSeq.define("sys", "version_info", false, "major", "minor", "micro", "releaselevel", "serial");
        Object vi = StructSeq.make(versionInfo, PyInt.of(Version.PY_MAJOR), PyInt.of(Version.PY_MINOR),
                PyInt.of(Version.PY_MICRO), new PyStr(RELEASE_LEVEL), PyInt.of(SERIAL));
        set(d, "version_info", vi);
        set(d, "version", new PyStr(Version.PYTHON + " (Ember " + Version.EMBER + ") [Java " + Runtime.version().feature() + "]"));
        set(d, "hexversion", PyInt.of(hexVersion(Version.PY_MAJOR, Version.PY_MINOR, Version.PY_MICRO, 0xF, SERIAL)));
        set(d, "api_version", PyInt.of(1013));
        set(d, "copyright", new PyStr(COPYRIGHT));
        set(d, "implementation", implementation(versionInfo));
        // (implementation, tag, revision) of the build, as platform._sys_version reads it;
        // Ember records no source-control facts
        set(d, "_git", PyTuple.of(new PyStr("Ember"), new PyStr(""), new PyStr("")));
        set(d, "_framework", new PyStr(""));
        set(d, "float_repr_style", new PyStr("short"));
        set(d, "abiflags", new PyStr("t"));  // like a free-threaded build: no GIL
    }

    static long hexVersion(int major, int minor, int micro, int level, int serial) {
        return ((long) major << 24) | ((long) minor << 16) | ((long) micro << 8) | ((long) level << 4) | serial;
    }

    private static Object implementation(PyType versionType) {
        String[] parts = Version.EMBER.split("\\.");
        Object version = StructSeq.make(versionType, PyInt.of(Long.parseLong(parts[0])), PyInt.of(Long.parseLong(parts[1])),
                PyInt.of(Long.parseLong(parts[2])), new PyStr("alpha"), PyInt.of(0));
        Object ns = SimpleNamespace.create();
        Abstract.setAttr(ns, new PyStr("name"), new PyStr("ember"));
        Abstract.setAttr(ns, new PyStr("cache_tag"), new PyStr("ember-" + Version.PY_MAJOR + Version.PY_MINOR));
        Abstract.setAttr(ns, new PyStr("version"), version);
        Abstract.setAttr(ns, new PyStr("hexversion"), PyInt.of(hexVersion(Integer.parseInt(parts[0]),
                Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), 0xA, 0)));
        Abstract.setAttr(ns, new PyStr("_multiarch"), new PyStr("x86_64-linux-gnu"));
        Abstract.setAttr(ns, new PyStr("supports_isolated_interpreters"), PyBool.FALSE);
        return ns;
    }

    private static void numberFacts(PyDict d) {
        set(d, "maxsize", PyInt.of(Long.MAX_VALUE));
        set(d, "maxunicode", PyInt.of(0x10FFFF));
        set(d, "byteorder", new PyStr("little"));
        PyType floatInfo = StructSeq.define("sys", "float_info", "max", "max_exp", "max_10_exp", "min", "min_exp",
                "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
        set(d, "float_info", StructSeq.make(floatInfo, new PyFloat(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
                new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        PyType intInfo = StructSeq.define("sys", "int_info", "bits_per_digit", "sizeof_digit",
                "default_max_str_digits", "str_digits_check_threshold");
        set(d, "int_info", StructSeq.make(intInfo, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        PyType hashInfo = StructSeq.define("sys", "hash_info", "width", "modulus", "inf", "nan", "imag",
                "algorithm", "hash_bits", "seed_bits", "cutoff");
        set(d, "hash_info", StructSeq.make(hashInfo, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159),
                PyInt.of(0), PyInt.of(1000003), new PyStr("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.of(0)));
    }

    /** executable and the prefixes: Ember's home (set by bin/ember), else empty as CPython leaves them unknown. */
    private static void installationFacts(PyDict d) {
        String home = System.getProperty("ember.home", "");
        set(d, "executable", new PyStr(home.isEmpty() ? "" : home + "/bin/ember"));
        set(d, "_base_executable", new PyStr(home.isEmpty() ? "" : home + "/bin/ember"));
        for (String name : new String[] {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
            set(d, name, new PyStr(home));
        }
        set(d, "platform", new PyStr(platform()));
        set(d, "platlibdir", new PyStr("lib"));
        Object[] stdlib = new Object[StdlibNames.NAMES.length];
        for (int i = 0; i < stdlib.length; i++) stdlib[i] = new PyStr(StdlibNames.NAMES[i]);
        set(d, "stdlib_module_names", Abstract.call(org.ember.runtime.PyFrozenSet.TYPE, PyTuple.of(stdlib)));
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("linux")) return "linux";
        if (os.startsWith("mac")) return "darwin";
        if (os.startsWith("windows")) return "win32";
        return os.replace(" ", "");
    }

    private static final String[] FLAG_NAMES = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
            "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
            "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits", "gil",
            "thread_inherit_context", "context_aware_warnings"};

    private static Object flags(Interpreter interp) {
        return flags(interp, "", java.util.Map.of());
    }

    /** sys.flags for the command line's single-letter options and -X options. */
    private static Object flags(Interpreter interp, String letters, java.util.Map<String, Object> xoptions) {
        PyType flagsType = StructSeq.define("sys", "flags", false, FLAG_NAMES);
        boolean isolated = letters.indexOf('I') >= 0;
        Object[] values = {
            count(letters, 'd'), count(letters, 'i'), count(letters, 'i'), count(letters, 'O'),
            count(letters, 'B'),
            PyInt.of(isolated || letters.indexOf('s') >= 0 ? 1 : 0), count(letters, 'S'),
            PyInt.of(isolated || letters.indexOf('E') >= 0 ? 1 : 0), count(letters, 'v'), count(letters, 'b'),
            count(letters, 'q'), PyInt.of(1), PyInt.of(isolated ? 1 : 0),
            PyBool.of(xoptions.containsKey("dev")), PyInt.of(xoptions.containsKey("utf8") ? 1 : 0),
            PyInt.of(xoptions.containsKey("warn_default_encoding") ? 1 : 0),
            PyBool.of(isolated || letters.indexOf('P') >= 0),
            PyInt.of(interp.intMaxStrDigits()),
            PyInt.of(0),                                              // gil: there is none
            PyInt.of(1), PyInt.of(1),                                 // the free-threaded defaults
        };
        return StructSeq.make(flagsType, values);
    }

    private static PyInt count(String letters, char flag) {
        return PyInt.of(letters.chars().filter(c -> c == flag).count());
    }

    /**
     * Records the command line in sys: {@code flags} from the single-letter options, {@code _xoptions}
     * from -X (value True for a bare -X name), {@code orig_argv} the whole command line.
     */
    public static void applyCommandLine(Interpreter interp, String letters, java.util.Map<String, Object> xoptions,
                                        List<String> origArgv) {
        if (!(interp.modules.getItemStr("sys") instanceof PyModule sys)) return;
        boolean ignoreEnvironment = letters.indexOf('E') >= 0 || letters.indexOf('I') >= 0;
        String noBytecode = ignoreEnvironment ? null : System.getenv("PYTHONDONTWRITEBYTECODE");
        if (noBytecode != null && !noBytecode.isEmpty() && letters.indexOf('B') < 0) letters += "B";  // as -B
        set(sys.dict(), "flags", flags(interp, letters, xoptions));
        set(sys.dict(), "dont_write_bytecode", PyBool.of(letters.indexOf('B') >= 0));
        PyDict x = new PyDict();
        xoptions.forEach((k, v) -> x.setItem(new PyStr(k), v instanceof String str ? new PyStr(str) : PyBool.TRUE));
        set(sys.dict(), "_xoptions", x);
        if (origArgv != null) set(sys.dict(), "orig_argv", strings(origArgv));
    }

    private static PyTuple builtinModuleNames() {
        var names = new java.util.TreeSet<>(BuiltinModules.names());
        names.add("builtins");
        names.add("sys");
        return PyTuple.of(names.stream().map(PyStr::new).toArray(Object[]::new));
    }

    // ---- functions ------------------------------------------------------------------------------------------

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }

    private static int depthArg(Object o) {
        if (o == null) return 0;
        PyInt i = PyInt.asInt(Abstract.index(o));
        if (!i.fitsInt()) throw Errors.overflowError("Python int too large to convert to C int");
        return (int) i.longValue();
    }

    /** sys._current_frames(): each attached thread's innermost frame by ident (threads running no Python code are left out). */
    private static PyDict currentFrames() {
        ThreadState me = ThreadState.current();
        PyDict frames = new PyDict();
        for (var entry : ThreadState.attachedThreads(me.interpreter()).entrySet()) {
            org.ember.interp.Frame f = entry.getValue() == me ? Frames.current() : entry.getValue().frame;
            if (f != null) frames.setItem(PyInt.of(org.ember.modules.thread.ThreadModule.identOf(entry.getKey())), f.frameObject());
        }
        return frames;
    }

    private static void frameFunctions(PyModule sys) {
        def(sys, ArgSpec.positional("_getframe", 0, 1), (self, a) -> Frames.frameObject(depthArg(a[0])));
        def(sys, ArgSpec.keywords("_getframemodulename", 0, 0, 1, "depth"), (self, a) -> Frames.moduleName(depthArg(a[0])));
        def(sys, ArgSpec.noArgs("_current_frames"), (self, a) -> currentFrames());
    }

    private static void exceptionFunctions(PyModule sys, Interpreter interp, Function<PyBaseException, String> formatter) {
        def(sys, ArgSpec.noArgs("exception"), (self, a) -> {
            PyBaseException e = ThreadState.current().handledException;
            return e == null ? PyNone.NONE : e;
        });
        def(sys, ArgSpec.noArgs("exc_info"), (self, a) -> {
            PyBaseException e = ThreadState.current().handledException;
            if (e == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            Object tb = e.traceback();
            return PyTuple.of(e.type(), e, tb == null ? PyNone.NONE : tb);
        });
        def(sys, ArgSpec.positional("exit", 0, 1), (self, a) -> {
            throw a[0] == null ? Errors.withArgs(Exceptions.SystemExit) : Errors.withArgs(Exceptions.SystemExit, a[0]);
        });
        PyBuiltinFunction displayhook = new PyBuiltinFunction(ArgSpec.one("displayhook"), sys, (self, a) -> {
            if (a[0] == PyNone.NONE) return PyNone.NONE;
            interp.builtins.setItem(new PyStr("_"), PyNone.NONE);
            Object out = attribute(interp, "stdout");
            if (out == null || out == PyNone.NONE) throw Errors.runtimeError("lost sys.stdout");
            Abstract.invoke(out, "write", new PyStr(Abstract.repr(a[0]).value() + "\n"));
            interp.builtins.setItem(new PyStr("_"), a[0]);
            return PyNone.NONE;
        });
        set(sys.dict(), "displayhook", displayhook);
        PyBuiltinFunction breakpointHook = new PyBuiltinFunction(ArgSpec.vector("breakpointhook"), sys,
                (self, a) -> SiteBuiltins.breakpointHook((Object[]) a[0], (int) a[1], (PyTuple) a[2]));
        set(sys.dict(), "breakpointhook", breakpointHook);
        set(sys.dict(), "__breakpointhook__", breakpointHook);
        set(sys.dict(), "__displayhook__", displayhook);
        PyBuiltinFunction excepthook = new PyBuiltinFunction(ArgSpec.positional("excepthook", 3, 3), sys, (self, a) -> {
            if (!(a[1] instanceof PyBaseException exc)) {
                Object err = attribute(interp, "stderr");
                Abstract.invoke(err, "write", new PyStr("TypeError: print_exception(): Exception expected for value, "
                        + Abstract.typeName(a[1]) + " found\n"));
                return PyNone.NONE;
            }
            if (a[2] != PyNone.NONE && a[2] != exc.traceback()) exc.setTraceback(a[2]);
            Object err = attribute(interp, "stderr");
            if (err == null || err == PyNone.NONE) return PyNone.NONE;
            String text = formatter != null ? formatter.apply(exc) : Abstract.repr(exc).value() + "\n";
            Abstract.invoke(err, "write", new PyStr(text));
            return PyNone.NONE;
        });
        set(sys.dict(), "excepthook", excepthook);
        set(sys.dict(), "__excepthook__", excepthook);
        set(sys.dict(), "unraisablehook", PyNone.NONE);
    }

    /**
     * sys.set_asyncgen_hooks / get_asyncgen_hooks: per-thread hooks (ThreadState) that the first
     * iteration of an async generator calls (firstiter) and remembers (finalizer).
     */
    private static void asyncgenHooks(PyModule sys) {
        PyType hooksType = StructSeq.define("builtins", "asyncgen_hooks", false, "firstiter", "finalizer");
        def(sys, ArgSpec.keywords("set_asyncgen_hooks", 0, 0, 2, "firstiter", "finalizer"), (self, a) -> {
            Object firstiter = a[0], finalizer = a[1];
            checkHook(finalizer, "finalizer");
            checkHook(firstiter, "firstiter");
            ThreadState ts = ThreadState.current();
            if (firstiter != null) ts.asyncgenFirstiter = firstiter == PyNone.NONE ? null : firstiter;
            if (finalizer != null) ts.asyncgenFinalizer = finalizer == PyNone.NONE ? null : finalizer;
            return PyNone.NONE;
        });
        def(sys, ArgSpec.noArgs("get_asyncgen_hooks"), (self, a) -> {
            ThreadState ts = ThreadState.current();
            return StructSeq.make(hooksType, orNoneHook(ts.asyncgenFirstiter), orNoneHook(ts.asyncgenFinalizer));
        });
    }

    private static void checkHook(Object hook, String name) {
        if (hook == null || hook == PyNone.NONE) return;
        if (!(hook instanceof PyBuiltinFunction) && Abstract.typeOf(hook).call == null) {
            throw Errors.typeError("callable %s expected, got %s", name, Abstract.typeName(hook));
        }
    }

    private static Object orNoneHook(Object hook) {
        return hook == null ? PyNone.NONE : hook;
    }

    /**
     * settrace/setprofile are stored per interpreter only: Ember does not trace yet. While either
     * is set, {@code interp.tracing} keeps tier-2 code from running (it will not report events).
     */
    private static void hookFunctions(PyModule sys, Interpreter interp) {
        Object[] trace = {PyNone.NONE}, profile = {PyNone.NONE};
        Runnable updateTracing = () -> interp.tracing = trace[0] != PyNone.NONE || profile[0] != PyNone.NONE;
        def(sys, ArgSpec.one("settrace"), (self, a) -> { trace[0] = a[0]; updateTracing.run(); return PyNone.NONE; });
        def(sys, ArgSpec.noArgs("gettrace"), (self, a) -> trace[0]);
        def(sys, ArgSpec.one("setprofile"), (self, a) -> { profile[0] = a[0]; updateTracing.run(); return PyNone.NONE; });
        def(sys, ArgSpec.noArgs("getprofile"), (self, a) -> profile[0]);
        List<Object> auditHooks = new java.util.concurrent.CopyOnWriteArrayList<>();
        def(sys, ArgSpec.one("addaudithook"), (self, a) -> { auditHooks.add(a[0]); return PyNone.NONE; });
        def(sys, ArgSpec.vector("audit"), (self, bound) -> {
            Object[] a = VectorArgs.of(bound, "audit", java.util.Set.of()).positional();
            if (a.length == 0) throw Errors.typeError("audit() missing 1 required positional argument: 'event'");
            if (!(a[0] instanceof PyStr event)) {
                throw Errors.typeError("expected str for argument 'event', not %s", Abstract.typeName(a[0]));
            }
            PyTuple args = PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length));
            for (Object hook : auditHooks) Abstract.call(hook, event, args);
            return PyNone.NONE;
        });
    }

    private static void miscFunctions(PyModule sys, Interpreter interp) {
        def(sys, ArgSpec.noArgs("getrecursionlimit"), (self, a) -> PyInt.of(interp.recursionLimit()));
        def(sys, ArgSpec.one("setrecursionlimit"), (self, a) -> {
            if (a[0] instanceof PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
            PyInt limit = PyInt.asInt(Abstract.index(a[0]));
            if (!limit.fitsInt() || limit.longValue() < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            interp.setRecursionLimit((int) limit.longValue());
            return PyNone.NONE;
        });
        def(sys, ArgSpec.noArgs("getdefaultencoding"), (self, a) -> new PyStr("utf-8"));
        def(sys, ArgSpec.noArgs("getfilesystemencoding"), (self, a) -> new PyStr("utf-8"));
        def(sys, ArgSpec.noArgs("getfilesystemencodeerrors"), (self, a) -> new PyStr("surrogateescape"));
        def(sys, ArgSpec.noArgs("is_finalizing"), (self, a) -> PyBool.FALSE);
        def(sys, ArgSpec.noArgs("_is_gil_enabled"), (self, a) -> PyBool.FALSE);
        double[] switchInterval = {0.005};
        def(sys, ArgSpec.noArgs("getswitchinterval"), (self, a) -> new PyFloat(switchInterval[0]));
        def(sys, ArgSpec.one("setswitchinterval"), (self, a) -> {
            double v = PyFloat.convert(a[0]).value;
            if (!(v > 0)) throw Errors.valueError("switch interval must be strictly positive");
            switchInterval[0] = v;
            return PyNone.NONE;
        });
        ConcurrentHashMap<String, PyStr> interned = new ConcurrentHashMap<>();
        def(sys, ArgSpec.one("intern"), (self, a) -> {
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.typeError("intern() argument must be str, not %s", Abstract.typeName(a[0]));
            }
            return interned.computeIfAbsent(s.value(), k -> s);
        });
        def(sys, ArgSpec.keywords("getsizeof", 0, 1, 2, "object", "default"), (self, a) -> SysSizes.getsizeof(a[0], a[1]));
    }

    /** sys.NAME, or null when sys or the attribute is missing. */
    static Object attribute(Interpreter interp, String name) {
        if (!(interp.modules.getItemStr("sys") instanceof PyModule sys)) return null;
        return sys.dict().getItemStr(name);
    }


}
