package org.ember.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ember.interp.Frames;
import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyCallable;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * The {@code _warnings} module and the warning machinery Java code calls: the filters list,
 * the default action, the "once" registry and the filters version are per interpreter
 * ({@link State}, kept in {@link Interpreter#warningsState}). When the Python {@code warnings}
 * module is imported, its {@code filters}, {@code _defaultaction}, {@code _onceregistry} and
 * {@code _showwarnmsg} win (as in CPython, so programs that replace them are obeyed).
 */
public final class Warnings {
    private Warnings() {}

    /** One interpreter's warning state. */
    static final class State {
        final PyList filters = defaultFilters();
        Object defaultAction = new PyStr("default");
        final PyDict onceRegistry = new PyDict();
        long filtersVersion = 1;
    }

    /** CPython's filters for a release build, most specific first. */
    private static PyList defaultFilters() {
        PyList filters = new PyList();
        filters.append(filter("default", Exceptions.DeprecationWarning, new PyStr("__main__")));
        filters.append(filter("ignore", Exceptions.DeprecationWarning, PyNone.NONE));
        filters.append(filter("ignore", Exceptions.PendingDeprecationWarning, PyNone.NONE));
        filters.append(filter("ignore", Exceptions.ImportWarning, PyNone.NONE));
        filters.append(filter("ignore", Exceptions.ResourceWarning, PyNone.NONE));
        return filters;
    }

    private static PyTuple filter(String action, PyType category, Object module) {
        return PyTuple.of(new PyStr(action), PyNone.NONE, category, module, PyInt.of(0));
    }

    static State state(Interpreter interp) {
        synchronized (interp) {
            if (interp.warningsState instanceof State existing) return existing;
            State fresh = new State();
            interp.warningsState = fresh;
            return fresh;
        }
    }

    // ---- the module ---------------------------------------------------------------------------------------------

    public static PyModule create(Interpreter interp) {
        State st = state(interp);
        PyModule m = new PyModule("_warnings");
        m.dict().setItem(new PyStr("filters"), st.filters);
        m.dict().setItem(new PyStr("_defaultaction"), st.defaultAction);
        m.dict().setItem(new PyStr("_onceregistry"), st.onceRegistry);
        def(m, ArgSpec.keywords("warn", 0, 1, 4, "message", "category", "stacklevel", "source", "skip_file_prefixes"),
                (self, a) -> warnFromPython(a));
        def(m, ArgSpec.keywords("warn_explicit", 0, 4, 8, "message", "category", "filename", "lineno",
                "module", "registry", "module_globals", "source"), (self, a) -> warnExplicitFromPython(a));
        def(m, ArgSpec.positional("_getsourceline", 2, 2), (self, a) -> {
            String line = a[0] instanceof PyStr f ? fileLine(f.value(), (int) Abstract.asSize(a[1], Exceptions.OverflowError)) : null;
            return new PyStr(line == null ? "" : line + "\n");
        });
        def(m, ArgSpec.noArgs("_filters_mutated"), (self, a) -> filtersMutated());
        def(m, ArgSpec.noArgs("_filters_mutated_lock_held"), (self, a) -> filtersMutated());
        return m;
    }

    private static Object filtersMutated() {
        State st = state(ThreadState.current().interpreter());
        synchronized (st) {
            st.filtersVersion++;
        }
        return PyNone.NONE;
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }

    private static Object warnFromPython(Object[] a) {
        Object message = a[0];
        PyType category = category(message, a[1] == null ? PyNone.NONE : a[1]);
        int stacklevel = a[2] == null ? 1 : (int) Math.max(Integer.MIN_VALUE,
                Math.min(Integer.MAX_VALUE, Abstract.asSize(a[2], Exceptions.OverflowError)));
        Object source = a[3] == null ? PyNone.NONE : a[3];
        List<String> skip = skipPrefixes(a[4]);
        if (!skip.isEmpty() && stacklevel < 2) stacklevel = 2;   // as CPython: skipping implies looking up
        warn(ThreadState.current(), message, category, stacklevel, source, skip);
        return PyNone.NONE;
    }

    private static List<String> skipPrefixes(Object arg) {
        List<String> prefixes = new ArrayList<>();
        if (arg == null) return prefixes;
        if (!(arg instanceof PyTuple t)) throw Errors.typeError("warn() argument 'skip_file_prefixes' must be tuple, not %s", Abstract.typeName(arg));
        for (int i = 0; i < t.size(); i++) {
            if (!(t.get(i) instanceof PyStr s)) throw Errors.typeError("Found non-str '%s' in skip_file_prefixes.", Abstract.typeName(t.get(i)));
            prefixes.add(s.value());
        }
        return prefixes;
    }

    /** The category warn() uses: the message's class when it is a Warning, else the argument (UserWarning for None). */
    private static PyType category(Object message, Object category) {
        if (Abstract.isInstance(message, Exceptions.Warning)) return Abstract.typeOf(message);
        if (category == PyNone.NONE) return Exceptions.UserWarning;
        if (!(category instanceof PyType t) || !Abstract.isSubclass(t, Exceptions.Warning)) {
            throw Errors.typeError("category must be a Warning subclass, not '%s'", Abstract.typeName(category));
        }
        return t;
    }

    private static Object warnExplicitFromPython(Object[] a) {
        Object message = a[0];
        Object categoryArg = a[1];
        PyType category = categoryArg == PyNone.NONE ? Exceptions.UserWarning : (PyType) checkedCategory(categoryArg);
        if (!(a[2] instanceof PyStr filename)) throw Errors.typeError("warn_explicit() argument 3 must be str, not %s", Abstract.typeName(a[2]));
        int lineno = (int) Abstract.asSize(a[3], Exceptions.OverflowError);
        Object module = a[4] == null ? PyNone.NONE : a[4];
        Object registry = a[5] == null ? PyNone.NONE : a[5];
        if (registry != PyNone.NONE && !(registry instanceof PyDict)) throw Errors.typeError("'registry' must be a dict or None");
        Object source = a[7] == null ? PyNone.NONE : a[7];
        warnExplicit(ThreadState.current().interpreter(), category, message, filename.value(), lineno, module,
                registry == PyNone.NONE ? null : (PyDict) registry, null, source);
        return PyNone.NONE;
    }

    private static Object checkedCategory(Object category) {
        if (!(category instanceof PyType t) || !Abstract.isSubclass(t, Exceptions.Warning)) {
            throw Errors.typeError("category must be a Warning subclass, not '%s'", Abstract.typeName(category));
        }
        return category;
    }

    // ---- the Java API -------------------------------------------------------------------------------------------

    /** warnings.warn(message, category, stacklevel) from Java code (a builtin is running for Python code). */
    public static void warn(ThreadState ts, PyType category, String message, int stacklevel) {
        warn(ts, new PyStr(message), category, stacklevel, PyNone.NONE, List.of());
    }

    /**
     * A warning at a known place, as the compiler issues SyntaxWarnings (module None: derived from
     * the file name, no registry). With the "error" action the warning is raised as a PyException.
     */
    public static void warnExplicit(Interpreter interp, PyType category, String message, String filename, int lineno) {
        warnExplicit(interp, category, new PyStr(message), filename, lineno, PyNone.NONE, null, null, PyNone.NONE);
    }

    /**
     * A warning at a known place in a module, with that module's registry and a {@code source}
     * object (WarningMessage.source: the tracemalloc hint is printed for it), as the runtime's
     * "coroutine ... was never awaited" needs.
     */
    public static void warnExplicitWithSource(Interpreter interp, PyType category, String message, String filename,
                                              int lineno, Object module, PyDict registry, Object source) {
        warnExplicit(interp, category, new PyStr(message), filename, lineno, module, registry, null, source);
    }

    /**
     * Issues the compiler's SyntaxWarnings for {@code filename} in order. With the "error" action
     * CPython reports the warning as a SyntaxError instead: that error is returned (the caller
     * raises or prints it) and the remaining warnings are dropped. Other exceptions propagate.
     */
    public static org.ember.parser.ParseError issueSyntaxWarnings(Interpreter interp,
            List<org.ember.parser.Tokenizer.Warning> warnings, String filename) {
        for (org.ember.parser.Tokenizer.Warning w : warnings) {
            try {
                warnExplicit(interp, Exceptions.SyntaxWarning, w.message(), filename, w.lineno());
            } catch (PyException e) {
                if (Abstract.isInstance(e.value, Exceptions.SyntaxWarning)) return w.asError();
                throw e;
            }
        }
        return null;
    }

    /** CPython's setup_context: the frame {@code stacklevel} up gives file, line, module and registry. */
    static void warn(ThreadState ts, Object message, PyType category, int stacklevel, Object source, List<String> skip) {
        Frames.WarningSite site = Frames.warningSite(stacklevel, skip);
        String filename;
        int lineno;
        PyDict globals;
        if (site == null) {
            globals = sysDict(ts.interpreter());
            filename = "<sys>";
            lineno = 0;
        } else {
            globals = site.globals();
            filename = site.filename();
            lineno = site.lineno();
        }
        Object module = globals == null ? null : globals.getItemStr("__name__");
        if (!(module instanceof PyStr)) module = new PyStr("<string>");
        PyDict registry = null;
        if (globals != null) {
            Object r = globals.getItemStr("__warningregistry__");
            if (r == null) {
                r = new PyDict();
                globals.setItem(new PyStr("__warningregistry__"), r);
            }
            if (r instanceof PyDict d) registry = d;
        }
        warnExplicit(ts.interpreter(), category, message, filename, lineno, module, registry, null, source);
    }

    private static PyDict sysDict(Interpreter interp) {
        return interp.modules.getItemStr("sys") instanceof PyModule sys ? sys.dict() : null;
    }

    /** CPython's warn_explicit: filters, registries, then the display. */
    static void warnExplicit(Interpreter interp, PyType category, Object message, String filename, int lineno,
                             Object module, PyDict registry, String sourceLine, Object source) {
        if (module == PyNone.NONE) module = new PyStr(moduleFromFilename(filename));
        Object text;
        if (Abstract.isInstance(message, Exceptions.Warning)) {
            text = Abstract.str(message);
            category = Abstract.typeOf(message);
        } else {
            text = message;
            message = Abstract.call(category, message);
        }
        PyTuple key = PyTuple.of(text, category, PyInt.of(lineno));
        State st = state(interp);
        if (registry != null && alreadyWarned(st, registry, key, false)) return;
        Object[] chosen = action(interp, st, category, text, lineno, module);
        Object action = chosen[0];
        String name = action instanceof PyStr s ? s.value() : "";
        if (name.equals("error")) {
            if (message instanceof PyBaseException exc) throw new PyException(exc);
            throw Errors.typeError("exceptions must derive from BaseException");
        }
        if (name.equals("ignore")) return;
        boolean shown = false;
        if (!name.equals("always") && !name.equals("all")) {
            if (registry != null) registry.setItem(key, PyBool.of(true));
            switch (name) {
                case "once" -> shown = alreadyWarned(st, registry != null ? registry : onceRegistry(interp, st),
                        PyTuple.of(text, category), true);
                case "module" -> shown = registry != null && alreadyWarned(st, registry, PyTuple.of(text, category, PyInt.of(0)), true);
                case "default" -> { }
                default -> throw Errors.runtimeError("Unrecognized action (%s) in warnings.filters:\n %s",
                        Abstract.repr(action).value(), Abstract.repr(chosen[1]).value());
            }
        }
        if (!shown) show(interp, category, text, message, filename, lineno, sourceLine, source);
    }

    /** ".py" dropped from the file name ("<unknown>" for an empty name), CPython's normalize_module. */
    private static String moduleFromFilename(String filename) {
        if (filename.isEmpty()) return "<unknown>";
        return filename.endsWith(".py") ? filename.substring(0, filename.length() - 3) : filename;
    }

    /** True if {@code key} is in the registry (cleared first when the filters changed since it was filled). */
    private static boolean alreadyWarned(State st, PyDict registry, Object key, boolean shouldSet) {
        Object version = registry.getItemStr("version");
        if (!(version instanceof PyInt v) || !v.fitsInt() || v.longValue() != st.filtersVersion) {
            registry.clear();
            registry.setItem(new PyStr("version"), PyInt.of(st.filtersVersion));
        } else {
            Object seen = registry.getItem(key);
            if (seen != null && Abstract.isTrue(seen)) return true;
        }
        if (shouldSet) registry.setItem(key, PyBool.of(true));
        return false;
    }

    /** The imported Python {@code warnings} module, or null. */
    private static PyModule warningsModule(Interpreter interp) {
        return interp.modules.getItemStr("warnings") instanceof PyModule m ? m : null;
    }

    private static PyDict onceRegistry(Interpreter interp, State st) {
        PyModule w = warningsModule(interp);
        if (w != null && w.dict().getItemStr("_onceregistry") instanceof PyDict d) return d;
        return st.onceRegistry;
    }

    /** {the first matching filter's action, the filter}, else {the default action, the same}. */
    private static Object[] action(Interpreter interp, State st, PyType category, Object text, int lineno, Object module) {
        PyModule w = warningsModule(interp);
        Object filters = w == null ? null : w.dict().getItemStr("filters");
        if (filters == null) filters = st.filters;
        if (!(filters instanceof PyList list)) throw Errors.valueError("_warnings.filters must be a list");
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof PyTuple t) || t.size() != 5) {
                throw Errors.valueError("_warnings.filters item %d isn't a 5-tuple", i);
            }
            if (matches(t.get(1), text) && Abstract.isSubclass(category, t.get(2)) && matches(t.get(3), module)
                    && lineMatches(t.get(4), lineno)) {
                return new Object[] {t.get(0), t};
            }
        }
        Object dflt = w == null ? null : w.dict().getItemStr("_defaultaction");
        if (dflt == null) dflt = st.defaultAction;
        if (!(dflt instanceof PyStr)) throw Errors.valueError("_warnings.defaultaction not found");
        return new Object[] {dflt, dflt};
    }

    /** None matches everything, a str only itself, anything else by its {@code match} method (a regex). */
    private static boolean matches(Object pattern, Object text) {
        if (pattern == PyNone.NONE) return true;
        if (pattern instanceof PyStr p) return text instanceof PyStr s && p.value().equals(s.value());
        return Abstract.isTrue(Abstract.invoke(pattern, "match", text));
    }

    private static boolean lineMatches(Object filterLine, int lineno) {
        long ln = Abstract.asSize(filterLine, Exceptions.OverflowError);
        return ln == 0 || ln == lineno;
    }

    // ---- display --------------------------------------------------------------------------------------------------

    /** warnings._showwarnmsg(WarningMessage(...)) when the Python module is imported; else the text on sys.stderr. */
    private static void show(Interpreter interp, PyType category, Object text, Object message, String filename,
                             int lineno, String sourceLine, Object source) {
        PyModule w = warningsModule(interp);
        Object showFn = w == null ? null : w.dict().getItemStr("_showwarnmsg");
        Object messageClass = w == null ? null : w.dict().getItemStr("WarningMessage");
        if (showFn != null && messageClass != null) {
            if (!(showFn instanceof PyCallable) && !isCallable(showFn)) {
                throw Errors.typeError("warnings._showwarnmsg() must be set to a callable");
            }
            Object msg = Abstract.call(messageClass, message, category, new PyStr(filename), PyInt.of(lineno),
                    PyNone.NONE, PyNone.NONE, source);
            Abstract.call(showFn, msg);
            return;
        }
        writeWarning(interp, category, text, filename, lineno, sourceLine, source != null && source != PyNone.NONE);
    }

    private static boolean isCallable(Object o) {
        return Abstract.lookupAttr(Abstract.typeOf(o), new PyStr("__call__")) != null;
    }

    private static void writeWarning(Interpreter interp, PyType category, Object text, String filename, int lineno,
                                     String sourceLine, boolean hasSource) {
        PyDict sys = sysDict(interp);
        Object err = sys == null ? null : sys.getItemStr("stderr");
        if (err == null || err == PyNone.NONE) return;
        Object name = Abstract.getAttr(category, "__name__");
        StringBuilder out = new StringBuilder();
        out.append(filename).append(':').append(lineno).append(": ")
                .append(Abstract.str(name).value()).append(": ").append(Abstract.str(text).value()).append('\n');
        String line = sourceLine != null ? sourceLine : fileLine(filename, lineno);
        if (line != null) {
            String stripped = line.stripLeading();
            if (!stripped.isEmpty() || sourceLine != null) out.append(sourceLine != null ? "" : "  ").append(stripped).append('\n');
        }
        if (hasSource) {
            // as warnings._formatwarnmsg_impl when tracemalloc is not tracing (Ember has none)
            out.append(Abstract.str(name).value()).append(": Enable tracemalloc to get the object allocation traceback\n");
        }
        Abstract.invoke(err, "write", new PyStr(out.toString()));
    }

    /** Line {@code lineno} of a source file (CPython's _Py_DisplaySourceLine reads the file itself), or null. */
    private static String fileLine(String filename, int lineno) {
        if (lineno < 1 || filename.startsWith("<")) return null;
        try {
            String[] lines = Files.readString(Path.of(filename), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
            return lineno <= lines.length ? lines[lineno - 1].stripTrailing() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
