package org.ember.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ember.Version;

/**
 * The {@code ember} command: {@code ember [option] ... [-c cmd | -m mod | file | -] [arg] ...}.
 *
 * <p>Until the interpreter exists, programs are parsed and checked (syntax errors print exactly
 * as CPython prints them), and a few tools that CPython implements as modules run natively here
 * ({@code -m ast}).
 */
public final class Main {
    private Main() {}

    /** The name we print in usage messages, like CPython's {@code argv[0]}. */
    static final String PROGRAM = "ember";

    /**
     * A module implemented in Java and runnable with -m before the interpreter can run Python ones:
     * gets the words after the module name and the process's streams, returns the exit status.
     */
    @FunctionalInterface
    public interface NativeModule {
        int main(String[] args, InputStream in, PrintStream out, PrintStream err);
    }

    /** Modules runnable with -m, by name. */
    static final Map<String, NativeModule> NATIVE_MODULES = Map.of("ast", AstTool::main);

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        org.ember.runtime.Signals.installOsHandlers();   // Ctrl-C: KeyboardInterrupt in the main thread
        // child processes (subprocess) inherit descriptors 1 and 2 when the program writes to these
        org.ember.modules.TextStream.markProcessStream(out);
        org.ember.modules.TextStream.markProcessStream(err);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one command line; returns the process exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (CommandLine.UsageError e) {
            err.println(e.getMessage());
            err.println(usageLine());
            err.println("Try `" + PROGRAM + " -h' for more information.");
            return 2;
        }
        // -X check-stack: read once by the interpreter's static-final flag, so set before it loads
        if (cl.xflag("check-stack")) System.setProperty("ember.checkStack", "true");
        // -X jit (or PYTHON_JIT=1): loops specialize to JUMP_BACKWARD_JIT (CPython's JIT build name);
        // tier 2 itself is on by default (JUMP_BACKWARD_NO_JIT counts back edges then). A static-final flag read by HotLoops.
        Object jit = cl.xoptions.get("jit");
        String jitSetting = jit == null ? System.getenv("PYTHON_JIT") : jit == Boolean.TRUE ? "1" : String.valueOf(jit);
        if (jitSetting != null && !jitSetting.equals("0")) System.setProperty("ember.jit", "true");
        // (tier 2 itself is configured per interpreter by Runner: -X jit, -X jit=0, -X jit-threshold=N)
        // -X stats[=FILE.json]: also a static-final flag (zero cost when off)
        if (cl.xflag("stats")) {
            System.setProperty("ember.stats", "true");
            Object file = cl.xoptions.get("stats");
            org.ember.interp.SpecializationApi.setStatsFile(file instanceof String name ? name : null);
        }
        return switch (cl.mode) {
            case HELP -> { out.print(Help.text(usageLine())); yield 0; }
            case VERSION -> { out.println(cl.versionCount > 1 ? Version.LONG : Version.SHORT); yield 0; }
            case MODULE -> runModule(cl, out, err);
            case COMMAND -> Runner.runSource(cl.target, "<string>", cl, out, err);
            case FILE -> runFile(cl, out, err);
            case STDIN -> Runner.runBytes(readStdin(), "<stdin>", cl, out, err);
        };
    }

    static String usageLine() {
        return "usage: " + PROGRAM + " [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    }

    private static int runModule(CommandLine cl, PrintStream out, PrintStream err) {
        NativeModule module = NATIVE_MODULES.get(cl.target);
        if (module == null) return Runner.runModule(cl, out, err);
        return module.main(cl.argv.subList(1, cl.argv.size()).toArray(String[]::new), System.in, out, err);
    }

    private static int runFile(CommandLine cl, PrintStream out, PrintStream err) {
        Path path = Path.of(cl.target);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            err.println(PROGRAM + ": can't open file " + Runner.quote(path.toAbsolutePath().toString())
                    + ": [Errno 2] No such file or directory");
            return 2;
        }
        // CPython reports the main script under its absolute path.
        return Runner.runBytes(bytes, path.toAbsolutePath().toString(), cl, out, err);
    }

    /** The program piped to stdin, as bytes: decoded like a file (PEP 263 cookie, BOM). */
    private static byte[] readStdin() {
        try {
            return System.in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
