package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Erroneous snippets (src/test/resources/parser/errors/expected.txt, recorded from CPython 3.13,
 * and expected_314.txt from CPython 3.14 for t-strings): the SyntaxError's class, message and
 * position must be CPython's.
 */
class ParserErrorTest {
    static final Path DIR = Path.of("src/test/resources/parser/errors");

    /** A Python string literal as written in the recorded file (repr of a str). */
    static String pyLiteral(String literal) {
        Literals.StringParts parts = Literals.split(literal);
        return Literals.decodeStr(parts.body());
    }

    @TestFactory
    Stream<DynamicTest> errors() throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(DIR.resolve("expected.txt"), StandardCharsets.UTF_8));
        lines.addAll(Files.readAllLines(DIR.resolve("expected_314.txt"), StandardCharsets.UTF_8));
        return lines.stream().filter(l -> !l.isBlank()).map(line -> {
            String[] f = line.split("\t");
            String source = pyLiteral(f[0]);
            return DynamicTest.dynamicTest(f[0], () -> check(source, f));
        });
    }

    private static void check(String source, String[] f) {
        try {
            Parser.parse(source, "<case>", Parser.Mode.EXEC, false);
            fail("no error for " + f[0]);
        } catch (ParseError e) {
            String actual = String.join("\t", f[0], e.kind.name(), pyLiteralRepr(e.msg), String.valueOf(e.lineno),
                    String.valueOf(e.offset), String.valueOf(e.endLineno), String.valueOf(e.endOffset));
            assertEquals(String.join("\t", f), actual);
        }
    }

    private static String pyLiteralRepr(String s) {
        return org.ember.runtime.Repr.str(s);
    }
}
