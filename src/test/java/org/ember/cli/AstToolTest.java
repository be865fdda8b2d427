package org.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ember.parser.Ast;
import org.ember.parser.ParseError;
import org.ember.parser.SourceParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ember -m ast}: argument handling and syntax-error output against CPython 3.13's
 * recorded behaviour (tools/gen-asttool-data.py), and the tool end to end with a stand-in parser.
 */
class AstToolTest {

    static List<String> lines(String name) throws IOException {
        try (InputStream in = AstToolTest.class.getResourceAsStream("/asttool/" + name)) {
            if (in == null) throw new IOException("missing test data /asttool/" + name);
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
    }

    /** Undoes the generator's escaping: \\uXXXX for every char outside printable ASCII. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    static String take(List<String> lines, int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + count; i++) sb.append(lines.get(i)).append('\n');
        return sb.toString();
    }

    @Test
    void argumentsAreParsedLikeCPython() throws IOException {
        List<String> data = lines("arguments.txt");
        int checked = 0;
        for (int i = 0; i < data.size() && data.get(i).startsWith("args"); ) {
            String[] words = data.get(i).split("\t", -1);
            String[] argv = new String[words.length - 1];
            for (int k = 1; k < words.length; k++) argv[k - 1] = unescape(words[k]);
            String label = String.join(" ", argv);
            String result = data.get(i + 1);
            i += 2;
            AstArguments parsed = null;
            AstArguments.Exit exit = null;
            try {
                parsed = AstArguments.parse(argv, 80);
            } catch (AstArguments.Exit e) {
                exit = e;
            }
            if (result.startsWith("ok\t")) {
                String[] f = result.split("\t");
                assertTrue(exit == null, label + ": unexpected exit " + (exit == null ? "" : exit.stderr));
                assertEquals(unescape(f[1]), parsed.infile, label);
                assertEquals(f[2], parsed.mode, label);
                assertEquals(f[3].equals("1"), parsed.typeComments, label);
                assertEquals(f[4].equals("1"), parsed.includeAttributes, label);
                assertEquals(f[5], parsed.indent.toString(), label);
            } else {
                String[] f = result.split(" ");
                int outLines = Integer.parseInt(f[2]), errLines = Integer.parseInt(f[3]);
                assertTrue(exit != null, label + ": expected exit " + f[1]);
                assertEquals(Integer.parseInt(f[1]), exit.status, label);
                assertEquals(take(data, i, outLines), exit.stdout, label);
                assertEquals(take(data, i + outLines, errLines), exit.stderr, label);
                i += outLines + errLines;
            }
            checked++;
        }
        assertTrue(checked > 90, "only " + checked + " command lines checked");
    }

    /** 1500 random command lines over a vocabulary of tricky words, each with argparse's outcome. */
    @Test
    void randomCommandLinesAreParsedLikeCPython() throws IOException {
        List<String> data = lines("random-arguments.txt");
        int checked = 0;
        for (int i = 0; i + 1 < data.size(); i += 2) {
            String[] words = data.get(i).split("\t", -1);
            String[] argv = new String[words.length - 1];
            for (int k = 1; k < words.length; k++) argv[k - 1] = unescape(words[k]);
            String label = data.get(i);
            String[] expected = data.get(i + 1).split("\t");
            try {
                AstArguments parsed = AstArguments.parse(argv, 80);
                assertEquals("ok", expected[0], label);
                assertEquals(List.of(unescape(expected[1]), expected[2], expected[3], expected[4], expected[5]),
                        List.of(parsed.infile, parsed.mode, parsed.typeComments ? "1" : "0",
                                parsed.includeAttributes ? "1" : "0", parsed.indent.toString()), label);
            } catch (AstArguments.Exit exit) {
                assertEquals("error", expected[0], label + ": " + exit.stderr);
                assertEquals(2, exit.status, label);
                assertEquals(AstArguments.usage(80) + unescape(expected[1]) + "\n", exit.stderr, label);
            }
            checked++;
        }
        assertEquals(1500, checked);
    }

    @Test
    void syntaxErrorsEndLikeCPythonTracebacks() throws IOException {
        List<String> data = lines("syntax-errors.txt");
        int checked = 0;
        for (int i = 0; i < data.size() && data.get(i).startsWith("error\t"); ) {
            String[] f = data.get(i).split("\t", -1);
            int count = Integer.parseInt(data.get(i + 1).substring("lines ".length()));
            String expected = take(data, i + 2, count);
            i += 2 + count;
            ParseError e = new ParseError(ParseError.Kind.valueOf(f[1]), unescape(f[2]), f[3].equals("_") ? null : unescape(f[3]),
                    Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                    f[8].equals("_") ? null : unescape(f[8]));
            assertEquals(expected, org.ember.parser.SyntaxErrorFormat.format(e), data.get(i - 2 - count));
            checked++;
        }
        assertTrue(checked > 20, "only " + checked + " errors checked");
    }

    // ---- end to end with a stand-in parser ----------------------------------------------------

    /** Records what the tool asked for and returns {@code x = 1}'s tree. */
    static final class FakeParser implements SourceParser {
        final List<String> calls = new ArrayList<>();

        @Override
        public Ast.Node parse(byte[] source, String filename, String mode, boolean typeComments) {
            calls.add(new String(source, StandardCharsets.UTF_8) + "|" + filename + "|" + mode + "|" + typeComments);
            if (new String(source, StandardCharsets.UTF_8).startsWith("def (")) {
                throw new ParseError(ParseError.Kind.SyntaxError, "invalid syntax", filename, 1, 5, 1, 6, "def (:\n");
            }
            return new Ast.Module(List.of(new Ast.Assign(List.of(new Ast.Name("x", Ast.ExprContext.Store, 1, 0, 1, 1)),
                    new Ast.Constant(1L, null, 1, 4, 1, 5), null, 1, 0, 1, 5)), List.of());
        }
    }

    record Run(int status, String out, String err) {}

    static Run run(SourceParser parser, String stdin, String... args) {
        return run(parser, stdin, 80, args);
    }

    static Run run(SourceParser parser, String stdin, int columns, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = AstTool.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), parser, columns);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void dumpsStdinWithDefaultIndentAndTypeComments() {
        var parser = new FakeParser();
        Run r = run(parser, "x = 1\n");
        assertEquals(new Run(0, """
                Module(
                   body=[
                      Assign(
                         targets=[
                            Name(id='x', ctx=Store())],
                         value=Constant(value=1))])
                """, ""), r);
        assertEquals(List.of("x = 1\n|<stdin>|exec|true"), parser.calls);
    }

    @Test
    void dumpsAFileWithOptions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one.py");
        Files.writeString(file, "x = 1\n");
        var parser = new FakeParser();
        Run r = run(parser, "", "-a", "--no-type-comments", "-m", "single", "-i", "-4", file.toString());
        assertEquals(0, r.status);
        assertTrue(r.out.startsWith("Module(\nbody=[\nAssign(\ntargets=[\nName(\nid='x',\n"), r.out);  // -4 spaces = none
        assertTrue(r.out.endsWith("end_col_offset=5)])\n"), r.out);
        assertEquals(List.of("x = 1\n|" + file + "|single|false"), parser.calls);
    }

    @Test
    void syntaxErrorExitsWithStatusOne() {
        Run r = run(new FakeParser(), "def (:\n");
        assertEquals(new Run(1, "", """
                  File "<stdin>", line 1
                    def (:
                        ^
                SyntaxError: invalid syntax
                """), r);
    }

    @Test
    void unreadableFilesReportTheOSError(@TempDir Path dir) throws IOException {
        assertEquals(new Run(1, "", "FileNotFoundError: [Errno 2] No such file or directory: '-1'\n"),
                run(new FakeParser(), "", "-1"));
        assertEquals(new Run(1, "", "IsADirectoryError: [Errno 21] Is a directory: '" + dir + "'\n"),
                run(new FakeParser(), "", dir.toString()));
        assertEquals(new Run(1, "", "FileNotFoundError: [Errno 2] No such file or directory: ''\n"),
                run(new FakeParser(), "", ""));
        assertEquals(new Run(1, "", "FileNotFoundError: [Errno 2] No such file or directory: 'a\\x01b'\n"),
                run(new FakeParser(), "", "a\u0001b"));
        Path file = Files.writeString(dir.resolve("f.py"), "x = 1\n");
        assertEquals(new Run(1, "", "NotADirectoryError: [Errno 20] Not a directory: '" + file + "/x'\n"),
                run(new FakeParser(), "", file + "/x"));
    }

    @Test
    void hugeIndentFailsLikePythonAfterParsing() {
        assertEquals(new Run(1, "", "OverflowError: cannot fit 'int' into an index-sized integer\n"),
                run(new FakeParser(), "x = 1\n", "-i", "99999999999999999999"));
    }

    /** {@code x = 1+1+...+1} with {@code terms} ones, built by hand. */
    static SourceParser chainOf(int terms) {
        Ast.Expr chain = new Ast.Constant(1L, null, 1, 4, 1, 5);
        for (int i = 1; i < terms; i++) {
            chain = new Ast.BinOp(chain, Ast.OperatorType.Add, new Ast.Constant(1L, null, 1, 4, 1, 5), 1, 4, 1, 5);
        }
        Ast.Module tree = new Ast.Module(List.of(new Ast.Assign(List.of(new Ast.Name("x", Ast.ExprContext.Store, 1, 0, 1, 1)),
                chain, null, 1, 0, 1, 5)), List.of());
        return (source, filename, mode, typeComments) -> tree;
    }

    /** The edges measured with python3.13 -m ast on such files: 990 / 991 terms and 9992 / 9993 terms. */
    @Test
    void deepTreesFailWithCPythonsRecursionErrors() {
        assertEquals(0, run(chainOf(990), "").status);
        assertEquals(new Run(1, "", "RecursionError: maximum recursion depth exceeded\n"), run(chainOf(991), ""));
        assertEquals(new Run(1, "", "RecursionError: maximum recursion depth exceeded\n"), run(chainOf(9992), ""));
        assertEquals(new Run(1, "", "RecursionError: maximum recursion depth exceeded during ast construction\n"),
                run(chainOf(9993), ""));
    }

    @Test
    void constructionDepthIsCheckedBeforeTheIndentAsInCPython() {
        assertEquals(new Run(1, "", "RecursionError: maximum recursion depth exceeded during ast construction\n"),
                run(chainOf(9993), "", "-i", "99999999999999999999"));
    }

    @Test
    void aParserBugIsReportedWithoutAJavaStackTrace() {
        SourceParser broken = (source, filename, mode, typeComments) -> { throw new IllegalStateException("oops"); };
        assertEquals(new Run(1, "", "SystemError: internal error in Ember's parser: java.lang.IllegalStateException: oops\n"),
                run(broken, "x\n"));
    }

    @Test
    void usageErrorsExitWithStatusTwo() {
        Run r = run(new FakeParser(), "", "-m", "foo");
        assertEquals(2, r.status);
        assertTrue(r.err.endsWith("python -m ast: error: argument -m/--mode: invalid choice: 'foo' "
                + "(choose from 'exec', 'single', 'eval', 'func_type')\n"), r.err);
    }

    @Test
    void registeredAsANativeModule() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-m", "ast", "-h"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        int columns = AstArguments.terminalColumns(System.getenv("COLUMNS"));
        assertEquals(AstArguments.help(columns), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("-a, --include-attributes"));
    }

    /** python3.13 -m ast -h and a usage error with COLUMNS set to many widths (not a terminal). */
    @Test
    void helpAndUsageWrapLikeArgparse() throws IOException {
        List<String> data = lines("help.txt");
        int checked = 0;
        for (int i = 0; i < data.size() && data.get(i).startsWith("columns "); ) {
            String header = data.get(i);
            int bar = header.indexOf('|');
            String[] f = header.substring(bar + 1).split(" ");
            int outLines = Integer.parseInt(f[2]), errLines = Integer.parseInt(f[3]);
            int columns = AstArguments.terminalColumns(header.substring("columns ".length(), bar));
            Run r = run(new FakeParser(), "", columns, f[0]);
            assertEquals(new Run(Integer.parseInt(f[1]), take(data, i + 1, outLines), take(data, i + 1 + outLines, errLines)),
                    r, header);
            i += 1 + outLines + errLines;
            checked++;
        }
        assertEquals(60, checked);
    }
}
