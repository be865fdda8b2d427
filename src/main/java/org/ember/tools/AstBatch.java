package org.ember.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ember.parser.Ast;
import org.ember.parser.AstDump;
import org.ember.parser.ParseError;
import org.ember.parser.SourceParser;

/**
 * The Ember half of {@code tools/compare-ast-with-cpython}: parses many files in one JVM and
 * writes, for the i-th path of LISTFILE (0-based), {@code OUTDIR/i.txt} holding exactly what
 * {@code python -m ast -a FILE} prints (the dump with attributes, indent 3, and a newline), or
 * one line {@code error: Kind: msg (line N, offset M)} for a syntax error, or
 * {@code ember-crash: ...} when Ember failed in a way CPython never does.
 *
 * <p>Usage: {@code java -cp target/ember.jar org.ember.tools.AstBatch LISTFILE OUTDIR}. Prints
 * the number of files and the time spent parsing and dumping.
 */
public final class AstBatch {
    private AstBatch() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AstBatch LISTFILE OUTDIR");
            System.exit(2);
        }
        List<String> files = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        Path outDir = Files.createDirectories(Path.of(args[1]));
        SourceParser parser = SourceParser.ember();
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).isEmpty()) continue;
            String result = dumpOne(parser, Path.of(files.get(i)));
            Files.writeString(outDir.resolve(i + ".txt"), result, StandardCharsets.UTF_8);
        }
        System.out.printf("ember: %d files in %.1f s%n", files.size(), (System.nanoTime() - start) / 1e9);
    }

    /** What Ember produces for one file, in the comparison's format. */
    static String dumpOne(SourceParser parser, Path file) {
        try {
            byte[] source = Files.readAllBytes(file);
            Ast.Node tree = parser.parse(source, file.toString(), "exec", true);
            // tools/ast_compare.py calls ast.dump with 4 frames in use: 996 left of the limit of 1000
            return AstDump.dump(tree, true, true, 3, 996) + "\n";
        } catch (AstDump.RecursionLimit e) {
            return "error: RecursionError: " + e.getMessage() + "\n";
        } catch (ParseError e) {
            return "error: " + e.kind + ": " + e.msg + " (line " + orNone(e.lineno) + ", offset " + orNone(e.offset) + ")\n";
        } catch (IOException e) {
            return "ember-crash: cannot read: " + e + "\n";
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a bug in Ember: record it and go on with the other files
            return "ember-crash: " + e + "\n";
        }
    }

    private static String orNone(int position) {
        return position == -1 ? "None" : Integer.toString(position);
    }
}
