package org.ember.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;

import org.ember.bytecode.RawCode;
import org.ember.compiler.CompilerError;
import org.ember.interp.Session;
import org.ember.compiler.Compiler;
import org.ember.modules.Warnings;
import org.ember.parser.Ast;
import org.ember.parser.ParseError;
import org.ember.parser.Tokenizer;
import org.ember.parser.Parser;
import org.ember.parser.SyntaxErrorFormat;

/** Runs a program's source text. */
final class Runner {
    private Runner() {}

    /** A source file's bytes: decoded per PEP 263 (coding cookie, BOM), then parsed. */
    static int runBytes(byte[] source, String filename, CommandLine cl, PrintStream out, PrintStream err) {
        List<Tokenizer.Warning> warnings = new ArrayList<>();
        try {
            return compiled(Parser.parse(source, filename, Parser.Mode.EXEC, false, warnings), warnings, null,
                    source, filename, cl, out, err);
        } catch (ParseError e) {
            return failed(withFileLine(e, source), warnings, null, filename, cl, out, err);
        }
    }

    static int runSource(String source, String filename, CommandLine cl, PrintStream out, PrintStream err) {
        List<Tokenizer.Warning> warnings = new ArrayList<>();
        try {
            return compiled(Parser.parse(source, filename, Parser.Mode.EXEC, false, warnings), warnings, source,
                    null, filename, cl, out, err);
        } catch (ParseError e) {
            return failed(e, warnings, source, filename, cl, out, err);
        }
    }

    /**
     * Compiles a parsed program and runs it (the parser's SyntaxWarnings are issued first).
     * {@code bytes} is the file's content when the program is one (errors get their line from it).
     */
    private static int compiled(Ast.Mod tree, List<Tokenizer.Warning> warnings, String source, byte[] bytes,
                                String filename, CommandLine cl, PrintStream out, PrintStream err) {
        RawCode code;
        try {
            code = Compiler.compile(tree, filename, cl == null ? 0 : optimizeLevel(cl), warnings);
        } catch (ParseError e) {
            return failed(bytes == null ? e : withFileLine(e, bytes), warnings, source, filename, cl, out, err);
        } catch (CompilerError e) {
            return notCompiledYet(filename, e, err);
        }
        return execute(code, warnings, source, filename, cl, out, err);
    }

    /** A syntax error; CPython shows the SyntaxWarnings found before it, so those need a session first. */
    private static int failed(ParseError e, List<Tokenizer.Warning> warnings, String source, String filename,
                              CommandLine cl, PrintStream out, PrintStream err) {
        if (warnings.isEmpty()) return syntaxError(e, err);
        Session session = newSession(source, filename, cl, out, err);
        ParseError shown = issueWarnings(session, warnings, filename);
        session.flushQuietly();
        return syntaxError(shown != null ? shown : e, err);
    }

    /** The warnings through the session's filters; a warning turned error, or null. */
    private static ParseError issueWarnings(Session session, List<Tokenizer.Warning> warnings, String filename) {
        try {
            return Warnings.issueSyntaxWarnings(session.interpreter, warnings, filename);
        } catch (org.ember.runtime.PyException e) {
            session.handleUncaught(e.value);   // e.g. a showwarning hook that fails: reported, then run on
            return null;
        }
    }

    /**
     * Runs compiled module code as __main__ in a new interpreter session (stdout buffered UTF-8,
     * flushed at exit; uncaught exceptions print a traceback and give status 1).
     * {@code source} is kept for traceback lines when the program is not a file.
     */
    private static int execute(RawCode code, List<Tokenizer.Warning> warnings, String source, String filename,
                               CommandLine cl, PrintStream out, PrintStream err) {
        Session session = newSession(source, filename, cl, out, err);
        if (!warnings.isEmpty()) {
            ParseError asError = issueWarnings(session, warnings, filename);
            if (asError != null) {
                session.flushQuietly();
                return syntaxError(asError, err);
            }
        }
        boolean isFile = source == null && !filename.equals("<stdin>");
        int status = session.runMain(code, isFile ? filename : null);
        out.flush();
        org.ember.interp.SpecializationApi.dump(err);
        err.flush();
        return status;
    }

    /** The session a program runs in: argv, flags, sys.path, -W options. */
    private static Session newSession(String source, String filename, CommandLine cl, PrintStream out, PrintStream err) {
        List<String> argv = cl == null || cl.argv.isEmpty() ? List.of(filename) : cl.argv;
        Session session = new Session(out, err, argv);
        if (cl != null) session.setCommandLine(cl.flags.toString(), cl.xoptions);
        applyDontWriteBytecode(session, cl);   // after the flags: PYTHONDONTWRITEBYTECODE counts too
        configureSpecialization(session, cl);
        if (source != null) session.addSource(filename, source);
        boolean isFile = source == null && !filename.equals("<stdin>");
        session.setPath(isFile ? scriptDirectory(filename) : "", System.getenv("PYTHONPATH"));
        applyWarnOptions(session, cl);
        return session;
    }

    /** -B or a non-empty PYTHONDONTWRITEBYTECODE: sys.dont_write_bytecode, so imports write no code cache. */
    private static void applyDontWriteBytecode(Session session, CommandLine cl) {
        boolean ignoreEnvironment = cl != null && (cl.flags.indexOf("E") >= 0 || cl.flags.indexOf("I") >= 0);
        String env = ignoreEnvironment ? null : System.getenv("PYTHONDONTWRITEBYTECODE");
        boolean dont = (cl != null && cl.flags.indexOf("B") >= 0) || (env != null && !env.isEmpty());
        if (!dont) return;
        Object sys = session.interpreter.modules.getItemStr("sys");
        if (sys instanceof org.ember.runtime.PyModule m) {
            m.dict().setItem(new org.ember.runtime.PyStr("dont_write_bytecode"), org.ember.runtime.PyBool.of(true));
        }
    }

    /** -X specialize=0 turns specialization off; -X tlbc=0 or PYTHON_TLBC=0 shares one unspecialized copy. */
    private static void configureSpecialization(Session session, CommandLine cl) {
        boolean specialize = cl == null || !"0".equals(String.valueOf(cl.xoptions.get("specialize")));
        Object tlbcOption = cl == null ? null : cl.xoptions.get("tlbc");
        String tlbc = tlbcOption != null ? String.valueOf(tlbcOption) : System.getenv("PYTHON_TLBC");
        session.interpreter.configureSpecialization(specialize, !"0".equals(tlbc));
        session.interpreter.jitThreshold = jitThreshold(cl);
        session.interpreter.jitRequested = jitRequested(cl);
    }

    /**
     * Tier 2 (docs/jit.md): -X jit or PYTHON_JIT=1 turns it on with the default threshold,
     * -X jit-threshold=N compiles a code object after N calls (0: on its first run) and turns it
     * on too, -X jit=0 / PYTHON_JIT=0 turn it off. -1 = off.
     */
    private static int jitThreshold(CommandLine cl) {
        Object jit = cl == null ? null : cl.xoptions.get("jit");
        String setting = jit == null ? System.getenv("PYTHON_JIT") : jit == Boolean.TRUE ? "1" : String.valueOf(jit);
        if ("0".equals(setting)) return -1;
        Object threshold = cl == null ? null : cl.xoptions.get("jit-threshold");
        if (threshold instanceof String n && n.matches("\\d{1,9}")) return Integer.parseInt(n);
        if (setting != null) return org.ember.runtime.Interpreter.DEFAULT_JIT_THRESHOLD;
        return org.ember.runtime.Interpreter.defaultJitThreshold();
    }

    /** -X jit, PYTHON_JIT=1 or -X jit-threshold=N: tier 2 asked for by name (JUMP_BACKWARD_JIT, as CPython's JIT build). */
    private static boolean jitRequested(CommandLine cl) {
        if (cl == null) return false;
        Object jit = cl.xoptions.get("jit");
        String setting = jit == null ? System.getenv("PYTHON_JIT") : jit == Boolean.TRUE ? "1" : String.valueOf(jit);
        if ("0".equals(setting)) return false;
        return setting != null || cl.xoptions.get("jit-threshold") != null;
    }

    /** -W options and PYTHONWARNINGS (ignored under -E/-I) into sys.warnoptions and the filters. */
    private static void applyWarnOptions(Session session, CommandLine cl) {
        boolean ignoreEnvironment = cl != null && (cl.flags.indexOf("E") >= 0 || cl.flags.indexOf("I") >= 0);
        String env = ignoreEnvironment ? null : System.getenv("PYTHONWARNINGS");
        session.applyWarnOptions(cl == null ? java.util.List.of() : cl.warnOptions, env, cl != null && cl.xflag("dev"));
    }

    private static String scriptDirectory(String file) {
        java.nio.file.Path parent = java.nio.file.Path.of(file).toAbsolutePath().getParent();
        return parent == null ? "" : parent.toString();
    }

    /** {@code -m NAME}: sys.path starts with the current directory; the module runs as __main__. */
    static int runModule(CommandLine cl, PrintStream out, PrintStream err) {
        Session session = new Session(out, err, cl.argv);
        session.setCommandLine(cl.flags.toString(), cl.xoptions);
        applyDontWriteBytecode(session, cl);
        configureSpecialization(session, cl);
        session.setPath(java.nio.file.Path.of("").toAbsolutePath().toString(), System.getenv("PYTHONPATH"));
        applyWarnOptions(session, cl);
        int status = session.runModuleAsMain(cl.target, message -> err.println(Main.PROGRAM + ": " + message));
        out.flush();
        org.ember.interp.SpecializationApi.dump(err);
        err.flush();
        return status;
    }

    /**
     * Errors found after parsing (symbol table) carry no source line; for a file CPython reads
     * it back from the file (line {@code lineno}, decoded as UTF-8 with replacement) and keeps
     * the byte-based offsets. Programs from -c or stdin keep no line, as in CPython.
     */
    private static ParseError withFileLine(ParseError e, byte[] source) {
        if (e.text != null || e.lineno < 1) {
            return e;
        }
        int start = 0;
        for (int line = 1; line < e.lineno; line++) {
            int newline = indexOf(source, (byte) '\n', start);
            if (newline < 0) return e;
            start = newline + 1;
        }
        int end = indexOf(source, (byte) '\n', start);
        end = end < 0 ? source.length : end + 1;
        String text = new String(source, start, end - start, StandardCharsets.UTF_8);
        return new ParseError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.endLineno, e.endOffset, text);
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) return i;
        }
        return -1;
    }

    /** A syntax error ends the program as in CPython: the formatted error, exit status 1. */
    private static int syntaxError(ParseError e, PrintStream err) {
        err.print(SyntaxErrorFormat.format(e));
        err.flush();
        return 1;
    }

    /** python -O / -OO: how much the compiler strips (asserts, then docstrings). */
    private static int optimizeLevel(CommandLine cl) {
        return (int) cl.flags.chars().filter(c -> c == 'O').count();
    }

    /** The code generator met a construct it cannot compile yet (or an internal error): say so, status 1. */
    private static int notCompiledYet(String filename, CompilerError e, PrintStream err) {
        err.println(Main.PROGRAM + ": cannot compile " + filename + " yet: " + e.getMessage());
        return 1;
    }

    /** Python's repr() of a str, for messages that quote a path the way CPython does. */
    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
