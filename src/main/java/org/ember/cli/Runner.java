package org.ember.cli;

import java.io.PrintStream;

import org.ember.parser.ParseError;
import org.ember.parser.Parser;
import org.ember.parser.SyntaxErrorFormat;

/** Runs a program's source text. */
final class Runner {
    private Runner() {}

    /** A source file's bytes: decoded per PEP 263 (coding cookie, BOM), then parsed. */
    static int runBytes(byte[] source, String filename, CommandLine cl, PrintStream out, PrintStream err) {
        try {
            Parser.parse(source, filename, Parser.Mode.EXEC, false);
        } catch (ParseError e) {
            return syntaxError(e, err);
        }
        return notBuiltYet(filename, err);
    }

    static int runSource(String source, String filename, CommandLine cl, PrintStream out, PrintStream err) {
        try {
            Parser.parse(source, filename, Parser.Mode.EXEC, false);
        } catch (ParseError e) {
            return syntaxError(e, err);
        }
        return notBuiltYet(filename, err);
    }

    /** A syntax error ends the program as in CPython: the formatted error, exit status 1. */
    private static int syntaxError(ParseError e, PrintStream err) {
        err.print(SyntaxErrorFormat.format(e));
        err.flush();
        return 1;
    }

    /** The program parsed; running it needs the interpreter, which does not exist yet. */
    private static int notBuiltYet(String filename, PrintStream err) {
        err.println(Main.PROGRAM + ": cannot run " + filename + " yet: it parses, but the interpreter is not built");
        return 1;
    }

    /** Python's repr() of a str, for messages that quote a path the way CPython does. */
    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
