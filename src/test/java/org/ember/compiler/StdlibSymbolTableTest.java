package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ember.parser.ParseError;
import org.ember.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Runs the symbol table over every .py file of CPython 3.13's standard library, when it is
 * installed, asserting that nothing but a SyntaxError or the compiler's RecursionError comes out
 * (never a Java exception), and that each table's dump hashes like CPython 3.14's dump of the same
 * file (hashes committed; the library itself is not). Skipped, with a message, on machines
 * without the library.
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
        Map<String, String> recordedHashes = recordedDumpHashes();
        int built = 0;
        List<String> rejected = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (Path file : files) {
            byte[] source = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            try {
                SymbolTable table = SymbolTable.build(Parser.parse(source, name, Parser.Mode.EXEC, false), name);
                built++;
                String recorded = recordedHashes.get(STDLIB.relativize(file).toString());
                if (recorded != null) {
                    compared++;
                    if (!recorded.equals(sha256(SymbolTableDump.dump(table)))) {
                        differing.add(STDLIB.relativize(file).toString());
                    }
                }
            } catch (ParseError | CompilerRecursionError expected) {
                rejected.add(file + ": " + expected);
                // only the library's deliberately broken test inputs (badsyntax_*, bad_coding*) may fail
                assertTrue(file.getFileName().toString().startsWith("bad"), "rejected " + file + ": " + expected);
            } catch (RuntimeException | StackOverflowError bug) {
                throw new AssertionError("Java exception on " + file, bug);
            }
        }
        System.out.println("StdlibSymbolTableTest: " + built + " files built, " + rejected.size() + " rejected, "
                + compared + " dumps compared with CPython 3.14's");
        rejected.forEach(r -> System.out.println("  " + r));
        assertTrue(built > 2000, "expected the whole library, built only " + built);
        assertEquals(recordedHashes.size(), compared, "every recorded file must be built and compared");
        assertEquals(List.of(), differing, "symbol tables that differ from CPython 3.14's (see tools/dump-symtable.py)");
    }

    /**
     * sha256 of CPython 3.14's dump of each library file, recorded by
     * {@code python3.14 -c "$(cat tools/dump-symtable.py)" --hashes .} run in the library directory.
     */
    private static Map<String, String> recordedDumpHashes() throws IOException {
        Map<String, String> hashes = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/symtable_stdlib/symtable-sha256.txt"))) {
            String[] fields = line.split("\t");
            hashes.put(fields[0], fields[1]);
        }
        return hashes;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
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
