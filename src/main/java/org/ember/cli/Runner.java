package org.ember.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a program's source text. */
final class Runner {
    private Runner() {}

    static int runBytes(byte[] source, String filename, CommandLine cl, PrintStream out, PrintStream err) {
        return runSource(new String(source, StandardCharsets.UTF_8), filename, cl, out, err);
    }

    static int runSource(String source, String filename, CommandLine cl, PrintStream out, PrintStream err) {
        err.println(Main.PROGRAM + ": cannot run " + filename + " yet: the interpreter is not built (see the open issues)");
        return 1;
    }

    /** Python's repr() of a str, for messages that quote a path the way CPython does. */
    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
