package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ember.parser.ParseError;
import org.ember.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Runs the symbol table over every .py file of CPython 3.13's standard library, when it is
 * installed, asserting that nothing but a SyntaxError or the compiler's RecursionError comes out
 * (never a Java exception). Skipped, with a message, on machines without it.
 *
 * <p>With {@code -Dember.symtable.compare=DIR}, also compares Ember's dump of each DIR/X.py with
 * DIR/X.expected written by tools/dump-symtable.py under CPython 3.14, and the code variables with
 * DIR/X.vars written by tools/dump-code-vars.py, when present (a manual check: the
 * library's sources are not part of the project).
 */
class StdlibSymbolTableTest {
    static final Path STDLIB = Path.of("/root/.pyenv/versions/3.13.0/lib/python3.13");

    @Test
    void noJavaExceptionOnTheStandardLibrary() throws IOException {
        if (!Files.isDirectory(STDLIB)) {
            System.out.println("StdlibSymbolTableTest: skipped, no CPython standard library at " + STDLIB);
            assumeTrue(false, "no CPython 3.13 standard library at " + STDLIB);
        }
        List<Path> files = pythonFiles(STDLIB);
        int built = 0;
        List<String> rejected = new ArrayList<>();
        for (Path file : files) {
            byte[] source = Files.readAllBytes(file);
            Parser.Mode mode = Parser.Mode.EXEC;
            try {
                SymbolTable table = SymbolTable.build(Parser.parse(source, file.toString(), mode, false), file.toString());
                assertTrue(table.top() != null);
                built++;
            } catch (ParseError | CompilerRecursionError expected) {
                rejected.add(file + ": " + expected);
                // only the library's deliberately broken test inputs (badsyntax_*, bad_coding*) may fail
                assertTrue(file.getFileName().toString().startsWith("bad"), "rejected " + file + ": " + expected);
            } catch (RuntimeException | StackOverflowError bug) {
                throw new AssertionError("Java exception on " + file, bug);
            }
        }
        System.out.println("StdlibSymbolTableTest: " + built + " files built, " + rejected.size() + " rejected");
        rejected.forEach(r -> System.out.println("  " + r));
        assertTrue(built > 2000, "expected the whole library, built only " + built);
    }

    @Test
    void matchesCPythonDumpsWhenAsked() throws IOException {
        String dir = System.getProperty("ember.symtable.compare");
        assumeTrue(dir != null, "set -Dember.symtable.compare=DIR to compare against recorded dumps");
        List<String> mismatches = new ArrayList<>();
        for (Path file : pythonFiles(Path.of(dir))) {
            Path expectedFile = Path.of(file.toString().replaceAll("\\.py$", ".expected"));
            if (!Files.exists(expectedFile)) continue;
            String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
            String actual = SymbolTableCorpusTest.dump(Files.readAllBytes(file), file.getFileName().toString());
            if (!expected.equals(actual)) {
                mismatches.add(file.toString());
                Files.writeString(Path.of(file.toString().replaceAll("\\.py$", ".actual")), actual);
            }
            Path varsFile = Path.of(file.toString().replaceAll("\\.py$", ".vars"));
            if (Files.exists(varsFile)) {
                String missing = CodeVariablesTest.missingCodeObjects(Files.readAllBytes(file),
                        file.getFileName().toString(), Files.readAllLines(varsFile, StandardCharsets.UTF_8));
                if (missing != null) mismatches.add(file + ": " + missing);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static List<Path> pythonFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
    }
}
