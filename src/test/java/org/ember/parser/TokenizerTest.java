package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The recorded corpus: every src/test/resources/tokenizer/cases/NAME.py is tokenized and compared
 * with NAME.expected, which tools/gen_tokenizer_corpus.py recorded from CPython (format described
 * there): the parser-mode stream, the "all tokens" stream, or the SyntaxError compile() raised.
 */
class TokenizerTest {
    static final Path CASES = Path.of("src", "test", "resources", "tokenizer", "cases");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(CASES)) {
            sources = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(sources.size() >= 60, "corpus has only " + sources.size() + " cases");
        return sources.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path sourcePath) throws IOException {
        String source = Tokenizer.decode(Files.readAllBytes(sourcePath), sourcePath.toString());
        String name = sourcePath.getFileName().toString();
        Path expectedPath = sourcePath.resolveSibling(name.substring(0, name.length() - 3) + ".expected");
        List<String> expected = Files.readAllLines(expectedPath, StandardCharsets.UTF_8);
        if (expected.get(0).startsWith("error ")) {
            // ParseError keeps -1 for Python's None; CPython's end_offset is sometimes a real -1.
            assertEquals(expected.get(0).replace(" -1 ", " None "), errorLine(source), name);
            return;
        }
        List<String> expectedWarnings = expected.stream().filter(l -> l.startsWith("warning ")).toList();
        expected = expected.stream().filter(l -> !l.startsWith("warning ")).toList();
        assertEquals(String.join("\n", expectedWarnings), firstWarning(source), name + " (warnings)");
        int allAt = expected.indexOf("all");
        boolean allSkipped = allAt < 0;
        if (allSkipped) {
            allAt = expected.indexOf("all skipped");
        }
        assertEquals("parser", expected.get(0), name);
        List<String> parserTokens = expected.subList(1, allAt).stream().map(TokenizerTest::withoutNewlineText).toList();
        List<String> allTokens = expected.subList(allAt + 1, expected.size());
        if (allSkipped) {
            return;
        }
        assertEquals(String.join("\n", parserTokens),
                String.join("\n", dump(source, new Tokenizer(source, name, false), true)), name + " (parser mode)");
        assertEquals(String.join("\n", allTokens),
                String.join("\n", dump(source, Tokenizer.allTokens(source, name), false)), name + " (all tokens)");
    }

    /** CPython's parser-mode NEWLINE text is the span from a trailing comment; Ember's is the line break. */
    private static String withoutNewlineText(String line) {
        return line.startsWith("NEWLINE ") ? line.substring(0, line.indexOf(' ', 8)) + " \"\"" : line;
    }

    static List<String> dump(String source, Tokenizer tokenizer, boolean parserMode) {
        List<String> out = new ArrayList<>();
        for (int guard = 0; guard < 1_000_000; guard++) {
            Token t = tokenizer.next();
            // The parser-mode expectations were recorded from the source with line breaks
            // translated to \n, as compile() reads it.
            String text = !parserMode ? t.text()
                    : t.type() == TokenType.NEWLINE ? "" : t.text().replace("\r\n", "\n").replace('\r', '\n');
            out.add(t.type() + " " + t.lineno() + ":" + t.colOffset() + "-" + t.endLineno() + ":"
                    + t.endColOffset() + " " + escape(text));
            if (t.type() != TokenType.NAME) {
                assertEquals(t.text(), source.substring(t.start(), t.end()), "text vs start/end of " + t);
            }
            if (t.type() == TokenType.ENDMARKER) {
                return out;
            }
        }
        fail("no ENDMARKER");
        return out;
    }

    private static String firstWarning(String source) {
        Tokenizer tokenizer = new Tokenizer(source, "<f>", false);
        dump(source, tokenizer, true);
        if (tokenizer.warnings().isEmpty()) {
            return "";
        }
        Tokenizer.Warning w = tokenizer.warnings().get(0);
        ParseError e = w.asError();
        return "warning " + w.lineno() + " " + escape(w.message()) + " error " + e.lineno + " " + e.offset + " "
                + e.endLineno + " " + e.endOffset + " " + escape(e.msg) + " " + escape(e.text);
    }

    static String errorLine(String source) {
        try {
            dump(source, new Tokenizer(source, "<f>", false), true);
        } catch (ParseError e) {
            return "error " + e.kind + " " + none(e.lineno) + " " + none(e.offset) + " "
                    + none(e.endLineno) + " " + none(e.endOffset) + " " + escape(e.msg) + " "
                    + (e.text == null ? "None" : escape(e.text));
        }
        return "no error";
    }

    private static String none(int n) {
        return n == -1 ? "None" : Integer.toString(n);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
