package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.ember.parser.ParseError;
import org.ember.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program under src/test/resources/symtable/ against the dump CPython 3.14's symtable
 * module gave for it (recorded by tools/dump-symtable.py into NAME.expected).
 */
class SymbolTableCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/symtable");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void matchesCPython(String program) throws IOException {
        String source = Files.readString(CORPUS.resolve(program), StandardCharsets.UTF_8);
        String expected = Files.readString(CORPUS.resolve(program.replace(".py", ".expected")), StandardCharsets.UTF_8);
        String actual = dump(source, program);
        if (!expected.equals(actual)) {
            // left for diffing by hand: diff the .expected with target/symtable-actual/NAME.actual
            Path out = Path.of("target/symtable-actual");
            Files.createDirectories(out);
            Files.writeString(out.resolve(program.replace(".py", ".actual")), actual, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual);
    }

    /** The dump of a program, or its SyntaxError in the dumper's format. */
    static String dump(String source, String filename) {
        return dump(source.getBytes(StandardCharsets.UTF_8), filename);
    }

    static String dump(byte[] source, String filename) {
        try {
            return SymbolTableDump.dump(SymbolTable.build(Parser.parse(source, filename, Parser.Mode.EXEC, false), filename));
        } catch (ParseError e) {
            return "SyntaxError: " + e.msg + " (" + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset + ")\n";
        }
    }
}
