package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every program of src/test/resources/parser/ast and compares the tree with the dump
 * recorded from CPython (see generate.py there).
 */
class ParserAstTest {
    static final Path CORPUS = Path.of("src/test/resources/parser/ast");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            files.filter(p -> p.toString().endsWith(".py")).sorted().forEach(programs::add);
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            byte[] source = Files.readAllBytes(p);
            String expected = Files.readString(Path.of(p.toString().replaceAll("\\.py$", ".dump")), StandardCharsets.UTF_8);
            Ast.Mod tree = Parser.parse(source, p.toString(), Parser.Mode.EXEC, false);
            String actual = AstDump.dump(tree, true, true, 1);
            if (!expected.strip().equals(actual.strip())) {
                // Left for diffing by hand: target/parser-actual/NAME.dump
                Path out = Path.of("target/parser-actual", p.getFileName().toString().replaceAll("\\.py$", ".dump"));
                Files.createDirectories(out.getParent());
                Files.writeString(out, actual + "\n");
            }
            assertEquals(expected.strip(), actual.strip(), p.toString());
        }));
    }
}
