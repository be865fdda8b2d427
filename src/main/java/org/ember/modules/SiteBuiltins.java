package org.ember.modules;

import java.util.List;

import org.ember.interp.Importer;
import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * What CPython's {@code site} adds to builtins: {@code exit}/{@code quit} (Quitter: calling one
 * raises SystemExit), {@code copyright}/{@code credits}/{@code license} (_Printer: the repr is
 * the text when short, calling pages it) and {@code help} (_Helper: pydoc's help, or Ember's
 * plain rendering in lib/_ember_help.py while there is no pydoc). Their types belong to the
 * {@code _sitebuiltins} module as in CPython; they are made in Java so that starting the
 * interpreter imports nothing.
 */
public final class SiteBuiltins {
    private SiteBuiltins() {}

    /** The {@code _sitebuiltins} module: the three types (CPython defines them in Python there). */
    public static PyModule create(Interpreter interp) {
        PyModule module = new PyModule("_sitebuiltins");
        for (PyType t : new PyType[] {Quitter.TYPE, Printer.TYPE, Helper.TYPE}) module.dict().setItem(new PyStr(t.name()), t);
        return module;
    }

    /** Puts exit, quit, copyright, credits, license and help into the builtins namespace. */
    public static void install(PyDict builtins, String copyrightText) {
        builtins.setItem(new PyStr("exit"), new Quitter("exit", EOF_KEY));
        builtins.setItem(new PyStr("quit"), new Quitter("quit", EOF_KEY));
        builtins.setItem(new PyStr("copyright"), new Printer("copyright", copyrightText));
        builtins.setItem(new PyStr("credits"), new Printer("credits", CREDITS));
        builtins.setItem(new PyStr("license"), new Printer("license", "See https://www.python.org/psf/license/"));
        builtins.setItem(new PyStr("help"), new Helper());
    }

    private static final String[] NAMES = {"exit", "quit", "copyright", "credits", "license", "help"};

    /** {@code -S}: CPython does not run site, so these names are not defined. */
    public static void uninstall(Interpreter interp) {
        Object module = interp.modules.getItemStr("builtins");
        for (String name : NAMES) {
            interp.builtins.delItemIfPresent(new PyStr(name));
            if (module instanceof PyModule m) m.dict().delItemIfPresent(new PyStr(name));
        }
    }

    // ---- breakpoint() and sys.breakpointhook ----

    /** {@code breakpoint(*args, **kws)}: calls sys.breakpointhook with the same arguments. */
    static Object breakpoint(Object[] args, int nargs, PyTuple kwnames) {
        Object sys = ThreadState.current().interpreter().modules.getItemStr("sys");
        Object hook = sys == null ? null : Abstract.lookupAttr(sys, new PyStr("breakpointhook"));
        if (hook == null) throw Errors.runtimeError("lost sys.breakpointhook");
        return Abstract.call(hook, args, 0, nargs, kwnames);
    }

    /**
     * {@code sys.breakpointhook}: the callable PYTHONBREAKPOINT names ("module.function", or a
     * builtin's name), pdb.set_trace when unset or empty, nothing when "0". One that cannot be
     * imported gives a RuntimeWarning and None, as CPython.
     */
    static Object breakpointHook(Object[] args, int nargs, PyTuple kwnames) {
        ThreadState ts = ThreadState.current();
        String setting = breakpointSetting(ts.interpreter());
        if (setting.equals("0")) return PyNone.NONE;
        String hookName = setting.isEmpty() ? "pdb.set_trace" : setting;
        int dot = hookName.lastIndexOf('.');
        String modulePath = dot < 0 ? "builtins" : hookName.substring(0, dot);
        String attribute = hookName.substring(dot + 1);
        Object hook;
        try {
            hook = Abstract.getAttr(Importer.load(ts.interpreter(), modulePath), new PyStr(attribute));
        } catch (PyException e) {
            if (!Abstract.isInstance(e.value, Exceptions.ImportError) && !Abstract.isInstance(e.value, Exceptions.AttributeError)) {
                throw e;
            }
            Warnings.warn(ts, Exceptions.RuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + hookName + "\"", 1);
            return PyNone.NONE;
        }
        return Abstract.call(hook, args, 0, nargs, kwnames);
    }

    /** PYTHONBREAKPOINT as the program sees it (os.environ once os is imported), "" when unset or with -E. */
    private static String breakpointSetting(Interpreter interp) {
        Object sys = interp.modules.getItemStr("sys");
        Object flags = sys == null ? null : Abstract.lookupAttr(sys, new PyStr("flags"));
        Object ignore = flags == null ? null : Abstract.lookupAttr(flags, new PyStr("ignore_environment"));
        if (ignore != null && Abstract.isTrue(ignore)) return "";
        Object os = interp.modules.getItemStr("os");
        if (os != null) {
            Object environ = Abstract.lookupAttr(os, new PyStr("environ"));
            Object value = environ == null ? null : Abstract.invoke(environ, "get", new PyStr("PYTHONBREAKPOINT"));
            return value instanceof PyStr text ? text.value() : "";
        }
        String value = System.getenv("PYTHONBREAKPOINT");
        return value == null ? "" : value;
    }

    private static final String CREDITS = """
                Thanks to the Python Software Foundation and CPython's developers, whose language
                and documentation Ember follows.  See www.python.org for more information.""";

    private static final String EOF_KEY = "Ctrl-D (i.e. EOF)";

    /** {@code exit} and {@code quit}. */
    static final class Quitter extends PyObject {
        static final PyType TYPE = PyType.builtin("Quitter", Quitter.class).module("_sitebuiltins")
                .slots(t -> {
                    t.repr = self -> new PyStr("Use " + ((Quitter) self).name + "() or " + ((Quitter) self).eof + " to exit");
                    t.newInstance = (type, args, off, n, kw) -> {
                        Object[] a = ArgSpec.positional("Quitter", 2, 2).bind(args, off, n, kw);
                        return new Quitter(Abstract.str(a[0]).value(), Abstract.str(a[1]).value());
                    };
                    t.call = (self, args, off, n, kw) -> {
                        Object[] a = ArgSpec.keywords("__call__", 0, 0, 1, "code").bind(args, off, n, kw);
                        closeStdin();
                        throw new PyException(PyBaseException.create(Exceptions.SystemExit,
                                PyTuple.of(a[0] == null ? PyNone.NONE : a[0])));
                    };
                })
                .dict(d -> {
                    d.getset("name", self -> new PyStr(((Quitter) self).name), null);
                    d.getset("eof", self -> new PyStr(((Quitter) self).eof), null);
                })
                .build();

        private final String name;
        private final String eof;

        Quitter(String name, String eof) {
            this.name = name;
            this.eof = eof;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** As CPython, exit() closes sys.stdin first; a stdin without close() is left alone. */
        private static void closeStdin() {
            try {
                Object sys = ThreadState.current().interpreter().modules.getItemStr("sys");
                Object stdin = sys == null ? null : Abstract.lookupAttr(sys, new PyStr("stdin"));
                if (stdin != null && stdin != PyNone.NONE) Abstract.invoke(stdin, "close");
            } catch (PyException ignored) {
                // CPython ignores any error here too
            }
        }
    }

    /** {@code copyright}, {@code credits}, {@code license}: text shown by repr when short, else paged by calling. */
    static final class Printer extends PyObject {
        /** Longer texts are paged: the repr only says how to see them. */
        private static final int MAX_LINES = 23;

        static final PyType TYPE = PyType.builtin("_Printer", Printer.class).module("_sitebuiltins")
                .slots(t -> {
                    t.repr = self -> new PyStr(((Printer) self).shortText());
                    t.newInstance = (type, args, off, n, kw) -> {
                        Object[] a = ArgSpec.keywords("_Printer", 0, 2, 4, "name", "data", "files", "dirs").bind(args, off, n, kw);
                        String data = fromFiles(a[2], a[3]);
                        return new Printer(Abstract.str(a[0]).value(), data != null ? data : Abstract.str(a[1]).value());
                    };
                    t.call = (self, args, off, n, kw) -> {
                        ArgSpec.noArgs("__call__").bind(args, off, n, kw);
                        ((Printer) self).page();
                        return PyNone.NONE;
                    };
                })
                .dict(d -> d.value("MAXLINES", PyInt.of(MAX_LINES)))
                .build();

        private final String name;
        private final List<String> lines;

        Printer(String name, String text) {
            this.name = name;
            this.lines = List.of(text.split("\n", -1));
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** The first readable file among dirs × files (CPython reads them on first use), or null. */
        private static String fromFiles(Object files, Object dirs) {
            if (files == null || dirs == null) return null;
            PyTuple dirList = PyTuple.fromIterable(dirs), fileList = PyTuple.fromIterable(files);
            for (int d = 0; d < dirList.size(); d++) {
                for (int f = 0; f < fileList.size(); f++) {
                    try {
                        java.nio.file.Path path = java.nio.file.Path.of(Abstract.str(dirList.get(d)).value(),
                                Abstract.str(fileList.get(f)).value());
                        return java.nio.file.Files.readString(path);
                    } catch (java.io.IOException | RuntimeException unreadable) {
                        // CPython skips files it cannot open
                    }
                }
            }
            return null;
        }

        private String shortText() {
            if (lines.size() <= MAX_LINES) return String.join("\n", lines);
            return "Type " + name + "() to see the full " + name + " text";
        }

        /** Prints MAX_LINES lines at a time, asking between pages; 'q' stops. */
        private void page() {
            PyDict builtins = ThreadState.current().interpreter().builtins;
            Object print = builtins.getItemStr("print"), input = builtins.getItemStr("input");
            PyStr prompt = new PyStr("Hit Return for more, or q (and Return) to quit: ");
            for (int first = 0; first < lines.size(); first += MAX_LINES) {
                int end = Math.min(lines.size(), first + MAX_LINES);
                for (int i = first; i < end; i++) Abstract.call(print, new PyStr(lines.get(i)));
                if (end == lines.size()) return;
                String key;
                do {
                    key = Abstract.str(Abstract.call(input, prompt)).value();
                } while (!key.isEmpty() && !key.equals("q"));
                if (key.equals("q")) return;
            }
        }
    }

    /** {@code help}: pydoc's help when there is a pydoc module, else lib/_ember_help.py. */
    static final class Helper extends PyObject {
        static final PyType TYPE = PyType.builtin("_Helper", Helper.class).module("_sitebuiltins")
                .slots(t -> {
                    t.repr = self -> new PyStr("Type help() for interactive help, or help(object) for help about object.");
                    t.newInstance = (type, args, off, n, kw) -> {
                        ArgSpec.noArgs("_Helper").bind(args, off, n, kw);
                        return new Helper();
                    };
                    t.call = (self, args, off, n, kw) -> {
                        Object help = Abstract.getAttr(helpModule(), new PyStr("help"));
                        return Abstract.call(help, args, off, n, kw);
                    };
                })
                .build();

        @Override
        public PyType type() {
            return TYPE;
        }

        private static Object helpModule() {
            Interpreter interp = ThreadState.current().interpreter();
            try {
                return Importer.load(interp, "pydoc");
            } catch (PyException e) {
                if (!Abstract.isInstance(e.value, Exceptions.ModuleNotFoundError)) throw e;
            }
            return Importer.load(interp, "_ember_help");
        }
    }
}
