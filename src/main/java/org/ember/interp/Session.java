package org.ember.interp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ember.bytecode.RawCode;
import org.ember.modules.Builtins;
import org.ember.modules.Sys;
import org.ember.modules.TextStream;
import org.ember.runtime.Abstract;
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
import org.ember.runtime.PyTraceback;
import org.ember.runtime.PyType;
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
    /** Source text by file name, for traceback lines (files are read on demand otherwise). */
    private final Map<String, String[]> sources = new java.util.concurrent.ConcurrentHashMap<>();   // threads print tracebacks too

    public Session(OutputStream out, OutputStream err, List<String> argv) {
        this.stdout = new TextStream(out, "<stdout>", false);
        this.stderr = new TextStream(err, "<stderr>", true);
        ThreadState.attach(new ThreadState(interpreter));
        interpreter.setExceptionFormatter(this::formatException);
        Builtins.install(interpreter);
        Sys.install(interpreter, stdout, stderr, argv);
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
            globals.setItem(new PyStr("__package__"), new PyStr(target.packageName()));
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
        sources.put(filename, source.split("\n", -1));
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

    /** SystemExit's status, or the traceback printed and status 1. */
    public int handleUncaught(PyBaseException exc) {
        if (Abstract.isInstance(exc, Exceptions.SystemExit)) return exitStatus(exc);
        flushQuietly();
        Object stderrObj = interpreter.modules.getItemStr("sys") instanceof PyModule sys
                ? sys.dict().getItemStr("stderr") : null;
        String text = formatException(exc);
        try {
            Abstract.invoke(stderrObj == null ? stderr : stderrObj, "write", new PyStr(text));
        } catch (PyException ignored) {
            stderr.flush();
        }
        return 1;
    }

    private int exitStatus(PyBaseException exc) {
        Object code = exc.args().size() == 0 ? PyNone.NONE
                : exc.args().size() == 1 ? exc.args().get(0) : exc.args();
        if (code == PyNone.NONE) return 0;
        if (code instanceof PyInt i) return (int) i.longValue();
        flushQuietly();
        Abstract.invoke(stderr, "write", new PyStr(Abstract.str(code).value() + "\n"));
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
        StringBuilder sb = new StringBuilder();
        format(exc, sb, Collections.newSetFromMap(new IdentityHashMap<>()));
        return sb.toString();
    }

    private void format(PyBaseException exc, StringBuilder sb, Set<PyBaseException> seen) {
        seen.add(exc);
        PyBaseException cause = exc.cause();
        PyBaseException context = exc.context();
        if (cause != null && !seen.contains(cause)) {
            format(cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (cause == null && context != null && !exc.suppressContext() && !seen.contains(context)) {
            format(context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (exc.traceback() instanceof PyTraceback tb) {
            sb.append("Traceback (most recent call last):\n");
            for (PyTraceback t = tb; t != null; t = t.next()) appendEntry(t, sb);
        }
        sb.append(exceptionOnly(exc));
    }

    private void appendEntry(PyTraceback t, StringBuilder sb) {
        int line = t.lineno();
        String file = t.code.raw.fileName();
        sb.append("  File \"").append(file).append("\", line ").append(line).append(", in ")
                .append(t.code.name()).append('\n');
        String text = sourceLine(file, line);
        if (text != null && !text.isBlank()) sb.append("    ").append(text.strip()).append('\n');
    }

    private String sourceLine(String file, int line) {
        String[] lines = sources.computeIfAbsent(file, name -> {
            try {
                return Files.readString(Path.of(name), StandardCharsets.UTF_8).split("\n", -1);
            } catch (IOException | RuntimeException e) {
                return new String[0];
            }
        });
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    /**
     * A SyntaxError raised by an import (args: message, (file, line, offset, text, end line, end offset))
     * prints like one in the main program: the file line, the source and the caret, then the message.
     */
    private static String syntaxErrorBlock(PyBaseException exc) {
        if (!Abstract.isInstance(exc, Exceptions.SyntaxError) || exc.args().size() != 2) return null;
        if (!(exc.args().get(0) instanceof PyStr msg) || !(exc.args().get(1) instanceof org.ember.runtime.PyTuple where)
                || where.size() != 6 || !(where.get(0) instanceof PyStr file)) {
            return null;
        }
        int[] numbers = new int[5];
        int[] slots = {1, 2, 4, 5};
        for (int i = 0; i < slots.length; i++) {
            if (!(where.get(slots[i]) instanceof PyInt n) || !n.fitsInt()) return null;
            numbers[i] = (int) n.longValue();
        }
        String text = where.get(3) instanceof PyStr t ? t.value() : null;
        org.ember.parser.ParseError.Kind kind = Abstract.isInstance(exc, Exceptions.TabError) ? org.ember.parser.ParseError.Kind.TabError
                : Abstract.isInstance(exc, Exceptions.IndentationError) ? org.ember.parser.ParseError.Kind.IndentationError
                : org.ember.parser.ParseError.Kind.SyntaxError;
        return org.ember.parser.SyntaxErrorFormat.format(new org.ember.parser.ParseError(kind, msg.value(), file.value(),
                numbers[0], numbers[1], numbers[2], numbers[3], text));
    }

    /** "Type: message" (module-qualified unless builtins or __main__), then __notes__. */
    static String exceptionOnly(PyBaseException exc) {
        PyType type = exc.type();
        String syntaxError = syntaxErrorBlock(exc);
        if (syntaxError != null) return syntaxError;
        String module = type.module();
        String name = module.equals("builtins") || module.equals("__main__") ? type.qualname() : module + "." + type.qualname();
        String message;
        try {
            message = Abstract.str(exc).value();
        } catch (PyException e) {
            message = "<exception str() failed>";
        }
        StringBuilder sb = new StringBuilder(name);
        if (!message.isEmpty()) sb.append(": ").append(message);
        sb.append('\n');
        Object notes = exc.getAttribute("__notes__");
        if (notes instanceof org.ember.runtime.PyList list) {
            for (Object note : list.toArray()) sb.append(Abstract.str(note).value()).append('\n');
        }
        return sb.toString();
    }
}
