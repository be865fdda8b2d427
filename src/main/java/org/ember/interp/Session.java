package org.ember.interp;

import java.io.OutputStream;
import java.util.List;

import org.ember.bytecode.RawCode;
import org.ember.modules.Builtins;
import org.ember.modules.Sys;
import org.ember.modules.TextStream;
import org.ember.runtime.Abstract;
import org.ember.runtime.ExceptionFields;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyStr;
import org.ember.runtime.ThreadState;

/**
 * One interpreter with its builtins and sys, attached to the calling thread, able to run a
 * compiled module as {@code __main__} the way {@code python FILE} does: uncaught exceptions print
 * a traceback to stderr and give exit status 1, SystemExit gives its code, stdout is flushed.
 */
public final class Session {
    public final Interpreter interpreter = new Interpreter();
    private final TextStream stdout;
    private final TextStream stderr;
    /** Formats uncaught exceptions; knows the source of programs that are not files. */
    private final TracebackPrinter printer = new TracebackPrinter();

    public Session(OutputStream out, OutputStream err, List<String> argv) {
        this.stdout = new TextStream(out, "<stdout>", false);
        this.stderr = new TextStream(err, "<stderr>", true);
        ThreadState main = new ThreadState(interpreter);
        ThreadState.attach(main);
        interpreter.signals.setMainThreadState(main);
        interpreter.setExceptionFormatter(this::formatException);
        Builtins.install(interpreter);
        Sys.install(interpreter, stdout, stderr, argv, printer::format);
    }

    /** Records the command line's options in sys.flags and sys._xoptions. */
    public void setCommandLine(String flagLetters, java.util.Map<String, Object> xoptions) {
        Sys.applyCommandLine(interpreter, flagLetters, xoptions, null);
        boolean ignoreEnvironment = flagLetters.indexOf('E') >= 0 || flagLetters.indexOf('I') >= 0;
        String unbuffered = ignoreEnvironment ? null : System.getenv("PYTHONUNBUFFERED");
        if (flagLetters.indexOf('u') >= 0 || unbuffered != null && !unbuffered.isEmpty()) {
            stdout.setWriteThrough(true);   // -u: both streams write through, their .buffer is the raw FileIO
            stderr.setWriteThrough(true);
        }
        if (flagLetters.indexOf('S') >= 0) org.ember.modules.SiteBuiltins.uninstall(interpreter);
    }

    /**
     * sys.warnoptions in CPython's order — {@code -X dev}'s "default", PYTHONWARNINGS' comma-separated
     * entries (unless -E), then the -W options — applied by importing {@code warnings} (call after
     * {@link #setPath}). An error while importing it is printed and the program still runs.
     */
    public void applyWarnOptions(List<String> wOptions, String pythonWarnings, boolean devMode) {
        PyList options = (PyList) ((PyModule) interpreter.modules.getItemStr("sys")).dict().getItemStr("warnoptions");
        if (devMode) options.append(new PyStr("default"));
        if (pythonWarnings != null) {
            for (String entry : pythonWarnings.split(",")) {
                if (!entry.isEmpty()) options.append(new PyStr(entry));
            }
        }
        for (String w : wOptions) options.append(new PyStr(w));
        if (options.size() == 0) return;
        try {
            Importer.load(interpreter, "warnings");
        } catch (PyException e) {
            writeToStderr(formatException(e.value));
        }
    }

    /**
     * Fills sys.path: {@code first} (the script's directory, '' for -c and stdin, the current
     * directory for -m), the PYTHONPATH entries, then Ember's own library.
     */
    public void setPath(String first, String pythonPath) {
        PyList path = (PyList) ((PyModule) interpreter.modules.getItemStr("sys")).dict().getItemStr("path");
        path.append(new PyStr(first));
        if (pythonPath != null && !pythonPath.isEmpty()) {
            for (String entry : pythonPath.split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty()) path.append(new PyStr(entry));
            }
        }
        String lib = Importer.libEntry();
        if (lib != null) path.append(new PyStr(lib));
    }

    /**
     * {@code -m NAME}: imports the parent packages, finds the module (a package runs its
     * {@code __main__}) and runs it as __main__; returns the exit status, or -1 when there is no
     * such module (the caller prints CPython's message).
     */
    public int runModuleAsMain(String name, java.util.function.Consumer<String> noModule) {
        try {
            Importer.MainTarget target = Importer.findForMain(interpreter, name, message -> {
                flushQuietly();   // the program's output so far comes before the message, as in CPython
                noModule.accept(message);
            });
            if (target == null) return 1;
            Importer.Found found = target.found();
            PyDict globals = mainGlobals();
            Importer.initModuleDict(interpreter, globals, "__main__", found);
            globals.setItem(new PyStr("__builtins__"), interpreter.modules.getItemStr("builtins"));  // __main__: the module
            globals.setItem(new PyStr("__package__"), new PyStr(target.packageName()));
            // CPython names the spec after the module run (a package runs NAME.__main__)
            String specName = target.packageName().equals(name) ? name + ".__main__" : name;
            if (interpreter.modules.getItemStr("__main__") instanceof PyModule main) {
                ImportSystem.attachSourceSpec(interpreter, main, specName, found);
            }
            PyList argv = (PyList) ((PyModule) interpreter.modules.getItemStr("sys")).dict().getItemStr("argv");
            if (argv.size() > 0) Abstract.setItem(argv, PyInt.of(0), new PyStr(found.file()));
            exec(Importer.compile(found.source(), found.file()), globals);
            return finish(0);
        } catch (PyException e) {
            return finish(handleUncaught(e.value));
        } finally {
            flushQuietly();
        }
    }

    /** Remembers a program's source for traceback lines (programs that are not files). */
    public void addSource(String filename, String source) {
        printer.addSource(filename, source);
    }

    /** A fresh {@code __main__} module's globals. */
    public PyDict mainGlobals() {
        PyModule main = new PyModule("__main__");
        interpreter.modules.setItem(new PyStr("__main__"), main);
        PyDict globals = main.dict();
        globals.setItem(new PyStr("__builtins__"), interpreter.modules.getItemStr("builtins"));
        // a script is no package member: relative imports in it fail as in CPython
        globals.setItem(new PyStr("__package__"), PyNone.NONE);
        globals.setItem(new PyStr("__spec__"), PyNone.NONE);
        globals.setItem(new PyStr("__loader__"), PyNone.NONE);
        return globals;
    }

    /** Runs module code in {@code globals}; Python exceptions propagate. */
    public Object exec(RawCode code, PyDict globals) {
        return Eval.runModule(new PyCode(code), globals, interpreter.builtins);
    }

    /** Runs a program as __main__; returns the process exit status. */
    public int runMain(RawCode code) {
        return runMain(code, null);
    }

    public int runMain(RawCode code, String file) {
        try {
            PyDict globals = mainGlobals();
            if (file != null) globals.setItem(new PyStr("__file__"), new PyStr(file));
            exec(code, globals);
            return finish(0);
        } catch (PyException e) {
            return finish(handleUncaught(e.value));
        } finally {
            flushQuietly();
        }
    }

    /**
     * The interpreter's exit, as CPython's Py_FinalizeEx: wait for the non-daemon threads
     * ({@code threading._shutdown}), then run the atexit callbacks. Both only if the program
     * imported those modules; an exception escaping them is printed and ignored.
     */
    private int finish(int status) {
        callExitHook("threading", "_shutdown", "Exception ignored on threading shutdown:\n");
        callExitHook("atexit", "_run_exitfuncs", "Exception ignored in atexit:\n");
        NeverAwaited.warnAtExit(interpreter);
        return status;
    }

    private void callExitHook(String module, String function, String header) {
        if (!(interpreter.modules.getItemStr(module) instanceof PyModule m)) return;
        Object hook = m.dict().getItemStr(function);
        if (hook == null) return;
        try {
            Abstract.call(hook);
        } catch (PyException e) {
            org.ember.modules.thread.ThreadModule.report(interpreter, header, e.value);
        }
    }

    /**
     * SystemExit's status; otherwise sys.excepthook prints the exception (CPython's traceback
     * text unless a program replaced the hook) and the status is 1.
     */
    public int handleUncaught(PyBaseException exc) {
        if (Abstract.isInstance(exc, Exceptions.SystemExit)) return exitStatus(exc);
        flushQuietly();
        Object hook = sysAttribute("excepthook");
        if (hook == null) {
            writeToStderr("sys.excepthook is missing\n" + formatException(exc));
            return 1;
        }
        try {
            Object tb = exc.traceback();
            Abstract.call(hook, exc.type(), exc, tb == null ? PyNone.NONE : tb);
        } catch (PyException hookFailed) {
            if (Abstract.isInstance(hookFailed.value, Exceptions.SystemExit)) return exitStatus(hookFailed.value);
            writeToStderr("Error in sys.excepthook:\n" + formatException(hookFailed.value)
                    + "\nOriginal exception was:\n" + formatException(exc));
        }
        // CPython ends with SIGINT after an uncaught KeyboardInterrupt: the shell sees 128 + 2
        return Abstract.isInstance(exc, Exceptions.KeyboardInterrupt) ? 130 : 1;
    }

    private Object sysAttribute(String name) {
        return interpreter.modules.getItemStr("sys") instanceof PyModule sys ? sys.dict().getItemStr(name) : null;
    }

    /** Writes to sys.stderr (the session's own stderr when it is gone or fails). */
    private void writeToStderr(String text) {
        Object err = sysAttribute("stderr");
        try {
            Abstract.invoke(err == null || err == PyNone.NONE ? stderr : err, "write", new PyStr(text));
        } catch (PyException ignored) {
            Abstract.invoke(stderr, "write", new PyStr(text));
        }
    }

    /** SystemExit's code attribute: None is 0, an int is the status, anything else is printed and gives 1. */
    private int exitStatus(PyBaseException exc) {
        Object code = ExceptionFields.get(exc, "code");
        if (code == null) {
            code = exc.args().size() == 0 ? PyNone.NONE : exc.args().size() == 1 ? exc.args().get(0) : exc.args();
        }
        if (code == PyNone.NONE) return 0;
        if (code instanceof PyInt i) return i.fitsInt() ? (int) i.longValue() : -1;
        flushQuietly();
        String text;
        try {
            text = Abstract.str(code).value();
        } catch (PyException e) {
            text = "<exception str() failed>";
        }
        writeToStderr(text + "\n");
        return 1;
    }

    public void flushQuietly() {
        try {
            stdout.flush();
            stderr.flush();
        } catch (PyException ignored) {
            // nothing sensible to do when the output itself fails at exit
        }
    }

    /** CPython's traceback text for an exception and its cause/context chain. */
    public String formatException(PyBaseException exc) {
        return printer.format(exc);
    }

    /** "Type: message" (module-qualified unless builtins or __main__), then __notes__. */
    static String exceptionOnly(PyBaseException exc) {
        return TracebackPrinter.exceptionOnly(exc);
    }
}
