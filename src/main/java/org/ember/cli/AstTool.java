package org.ember.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.ember.parser.Ast;
import org.ember.parser.AstDump;
import org.ember.parser.ParseError;
import org.ember.parser.SourceParser;
import org.ember.parser.SyntaxErrorFormat;

/**
 * {@code ember -m ast}: CPython 3.13's {@code python -m ast [-h] [-m MODE] [--no-type-comments]
 * [-a] [-i INDENT] [infile]}, run natively until the interpreter can run Python modules. Parses
 * the file (or stdin) with type comments on by default and prints {@code ast.dump(tree,
 * include_attributes=..., indent=...)}.
 *
 * <p>Errors end the way CPython's traceback would: a SyntaxError prints its file/line, source
 * line, carets and message (exit 1); an unreadable file prints its OSError line (exit 1); bad
 * arguments print argparse's usage and message (exit 2).
 */
public final class AstTool {
    private AstTool() {}

    /** The entry point registered in {@link Main#NATIVE_MODULES}. */
    public static int main(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, SourceParser.ember(), AstArguments.terminalColumns(System.getenv("COLUMNS")));
    }

    /** Runs the tool; {@code columns} is the terminal width that help and usage messages are wrapped for. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, SourceParser parser, int columns) {
        AstArguments options;
        try {
            options = AstArguments.parse(args, columns);
        } catch (AstArguments.Exit exit) {
            out.print(exit.stdout);
            err.print(exit.stderr);
            return exit.status;
        }
        byte[] source = readSource(options.infile, in, err);
        if (source == null) return 1;
        String filename = options.infile.equals("-") ? "<stdin>" : options.infile;
        Ast.Node tree = parse(parser, source, filename, options, err);
        if (tree == null) return 1;
        String text = dump(tree, options, err);
        if (text == null) return 1;
        out.print(text);
        out.print('\n');
        out.flush();
        return 0;
    }

    /** The bytes of infile ("-": stdin), or null after printing the OSError CPython's open() raises. */
    private static byte[] readSource(String infile, InputStream in, PrintStream err) {
        if (infile.indexOf('\0') >= 0) {
            err.println("ValueError: embedded null byte");
            return null;
        }
        try {
            return infile.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(infile));
        } catch (IOException e) {
            err.print(osErrorLine(e, infile));
            return null;
        }
    }

    /** The tree, or null after printing what {@code ast.parse} raised. */
    private static Ast.Node parse(SourceParser parser, byte[] source, String filename, AstArguments options,
                                  PrintStream err) {
        Ast.Node tree;
        try {
            tree = parser.parse(source, filename, options.mode, options.typeComments);
        } catch (ParseError e) {
            err.print(SyntaxErrorFormat.format(e));
            return null;
        } catch (RuntimeException e) {
            // a bug in Ember's parser: say so in Python's terms rather than with a Java stack trace
            err.println("SystemError: internal error in Ember's parser: " + e);
            return null;
        }
        if (AstDump.nodeDepth(tree) > AST_CONSTRUCTION_DEPTH) {
            err.println("RecursionError: maximum recursion depth exceeded during ast construction");
            return null;
        }
        return tree;
    }

    /** The dump, or null after printing what {@code ast.dump} raised (an impossible indent, deep recursion). */
    private static String dump(Ast.Node tree, AstArguments options, PrintStream err) {
        String indentError = indentError(options.indent);
        if (indentError != null) {
            err.println(indentError);
            return null;
        }
        int indent = Math.max(0, options.indent.intValue());   // ' ' * negative is '' in Python
        try {
            return AstDump.dump(tree, true, options.includeAttributes, indent, DUMP_FRAME_BUDGET);
        } catch (AstDump.RecursionLimit e) {
            err.println("RecursionError: " + e.getMessage());
            return null;
        }
    }

    /**
     * The deepest tree CPython 3.13's {@code python -m ast} turns into Python objects: its C-to-Python
     * conversion allows 10000 levels, 6 of which are in use when {@code -m ast} calls it (measured).
     */
    static final int AST_CONSTRUCTION_DEPTH = 9994;

    /** Python frames left to {@code ast.dump}'s recursion under {@code python -m ast} (limit 1000, 5 in use). */
    static final int DUMP_FRAME_BUDGET = 995;

    /**
     * What Python's {@code ' ' * indent} raises for an indent it cannot build, or null. Beyond
     * sys.maxsize it is OverflowError; an indent of 2**31 spaces or more is refused here as
     * MemoryError (CPython may still build such a string, and then print gigabytes per line).
     */
    private static String indentError(BigInteger indent) {
        if (indent.bitLength() >= 64) return "OverflowError: cannot fit 'int' into an index-sized integer";
        if (indent.bitLength() >= 31) return "MemoryError";
        return null;
    }

    /** The last line of the traceback CPython prints when {@code open(infile, 'rb')} fails. */
    static String osErrorLine(Exception e, String infile) {
        String quoted = org.ember.runtime.Repr.str(infile);
        if (e instanceof NoSuchFileException || infile.isEmpty()) {
            return "FileNotFoundError: [Errno 2] No such file or directory: " + quoted + "\n";
        }
        if (e instanceof AccessDeniedException) {
            return "PermissionError: [Errno 13] Permission denied: " + quoted + "\n";
        }
        if (e instanceof java.nio.file.FileSystemException fse && "Not a directory".equals(fse.getReason())) {
            return "NotADirectoryError: [Errno 20] Not a directory: " + quoted + "\n";
        }
        if (Files.isDirectory(Path.of(infile))) {
            return "IsADirectoryError: [Errno 21] Is a directory: " + quoted + "\n";
        }
        return "OSError: " + e.getMessage() + ": " + quoted + "\n";
    }
}
