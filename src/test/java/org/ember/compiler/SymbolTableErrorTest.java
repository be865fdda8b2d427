package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programs the symbol table must reject, under src/test/resources/symtable_errors/, each with
 * the SyntaxError (message, line:offset-end_line:end_offset) CPython 3.14's symtable module
 * raised for it, recorded by tools/dump-symtable.py.
 */
class SymbolTableErrorTest {
    static final Path CASES = Path.of("src/test/resources/symtable_errors");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void raisesCPythonsError(String program) throws IOException {
        String source = Files.readString(CASES.resolve(program), StandardCharsets.UTF_8);
        String expected = Files.readString(CASES.resolve(program.replace(".py", ".expected")), StandardCharsets.UTF_8);
        assertTrue(expected.startsWith("SyntaxError: "), "the recorded outcome must be an error: " + expected);
        assertEquals(expected, SymbolTableCorpusTest.dump(source, program));
    }
}
