package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The other start rules (eval, single, func_type) and type comments: each case of
 * src/test/resources/parser/modes/cases.txt against CPython 3.13's one-line dump (or error).
 */
class ParserModesTest {
    static final Path DIR = Path.of("src/test/resources/parser/modes");

    @TestFactory
    Stream<DynamicTest> modes() throws IOException {
        List<String[]> cases = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("cases.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            cases.add(line.split("\t"));
        }
        List<String> expected = Files.readAllLines(DIR.resolve("expected.txt"), StandardCharsets.UTF_8);
        assertEquals(cases.size(), expected.size());
        return IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(String.join(" ", cases.get(i)), () -> {
            String mode = cases.get(i)[0];
            String source = ParserErrorTest.pyLiteral(cases.get(i)[1]);
            Parser.Mode m = switch (mode.replace("+tc", "")) {
                case "eval" -> Parser.Mode.EVAL;
                case "single" -> Parser.Mode.SINGLE;
                case "func_type" -> Parser.Mode.FUNC_TYPE;
                default -> Parser.Mode.EXEC;
            };
            String actual;
            try {
                actual = AstDump.dump(Parser.parse(source, "<unknown>", m, mode.endsWith("+tc")), true, true, -1);
            } catch (ParseError e) {
                actual = String.join("\t", e.kind.name(), e.msg, String.valueOf(e.lineno), String.valueOf(e.offset),
                        String.valueOf(e.endLineno), String.valueOf(e.endOffset));
            }
            assertEquals(expected.get(i), actual);
        }));
    }
}
