package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Type comments: src/test/resources/tokenizer/typecomments/NAME.py tokenized with type comments
 * on must give the TYPE_IGNORE lines/tags and the TYPE_COMMENT texts that
 * ast.parse(type_comments=True) reported (NAME.expected, see tools/gen_tokenizer_corpus.py).
 */
class TypeCommentTest {
    static final Path CASES = Path.of("src", "test", "resources", "tokenizer", "typecomments");

    @TestFactory
    Stream<DynamicTest> recordedCases() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(CASES)) {
            sources = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(sources.size() >= 15);
        return sources.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    @Test
    void recordedMutantsMatchCPython() throws IOException {
        Path record = CASES.resolveSibling("typecomment-mutations.txt");
        String[] records = Files.readString(record, StandardCharsets.UTF_8).split("\n=====\n");
        assertTrue(records.length >= 500);
        List<String> failures = new ArrayList<>();
        for (String entry : records) {
            String[] lines = entry.split("\n", 2);
            String source = TokenizerMutationTest.unescape(lines[0].substring("source ".length()));
            String expected = lines.length > 1 ? lines[1] : "";
            String actual = String.join("\n", typeCommentLines(source, "<mutant>"));
            if (!expected.equals(actual)) {
                failures.add(TokenizerTest.escape(source) + "\n  expected: " + expected + "\n  actual:   " + actual);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " mutants differ, e.g.\n"
                + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
    }

    private static void check(Path path) throws IOException {
        String source = Files.readString(path, StandardCharsets.UTF_8);
        String name = path.getFileName().toString();
        List<String> expected = Files.readAllLines(
                path.resolveSibling(name.substring(0, name.length() - 3) + ".expected"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.isEmpty()).toList();
        assertEquals(String.join("\n", expected), String.join("\n", typeCommentLines(source, name)), name);
    }

    /** "ignore LINENO TAG" lines in order, then "comment TEXT" lines sorted. */
    private static List<String> typeCommentLines(String source, String name) {
        List<String> ignores = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        Tokenizer tokenizer = new Tokenizer(source, name, true);
        for (Token t = tokenizer.next(); t.type() != TokenType.ENDMARKER; t = tokenizer.next()) {
            if (t.type() == TokenType.TYPE_IGNORE) {
                ignores.add("ignore " + t.lineno() + " " + TokenizerTest.escape(t.text()));
            } else if (t.type() == TokenType.TYPE_COMMENT) {
                comments.add(t.text());
            }
        }
        comments.sort(null);   // the texts, as Python sorted them (not the escaped lines)
        List<String> actual = new ArrayList<>(ignores);
        for (String comment : comments) {
            actual.add("comment " + TokenizerTest.escape(comment));
        }
        return actual;
    }

    @Test
    void typeCommentsAreOrdinaryCommentsWhenNotRequested() {
        Tokenizer tokenizer = new Tokenizer("x = 1  # type: int\n", "<t>", false);
        for (Token t = tokenizer.next(); t.type() != TokenType.ENDMARKER; t = tokenizer.next()) {
            assertTrue(t.type() != TokenType.TYPE_COMMENT, t.toString());
        }
    }

    @Test
    void typeCommentTokenPosition() {
        Tokenizer tokenizer = new Tokenizer("x = 1  # type: int\n", "<t>", true);
        Token t;
        do {
            t = tokenizer.next();
        } while (t.type() != TokenType.TYPE_COMMENT);
        assertEquals("int", t.text());
        assertEquals(15, t.colOffset());
        assertEquals(18, t.endColOffset());
        assertEquals(TokenType.NEWLINE, tokenizer.next().type());
    }
}
