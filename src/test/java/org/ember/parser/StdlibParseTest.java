package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every .py file of CPython 3.13's Lib (when installed on this machine): each must parse,
 * except the few that CPython itself rejects (test data with deliberate errors), which must raise
 * ParseError. No Java exception may escape.
 */
class StdlibParseTest {
    static final Path LIB = Path.of("/root/.pyenv/versions/3.13.0/lib/python3.13");

    /** Files CPython 3.13's own ast.parse rejects (recorded with python3.13). */
    static final Set<String> REJECTED_BY_CPYTHON = Set.of(
            "test/tokenizedata/bad_coding.py",
            "test/tokenizedata/bad_coding2.py",
            "test/tokenizedata/badsyntax_3131.py",
            "test/tokenizedata/badsyntax_pep3120.py");

    @Test
    void parsesTheStandardLibrary() throws IOException {
        if (!Files.isDirectory(LIB)) {
            System.out.println("StdlibParseTest: skipped, " + LIB + " does not exist on this machine");
            return;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(LIB)) {
            walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().forEach(files::add);
        }
        List<String> problems = new ArrayList<>();
        long bytes = 0;
        long startNanos = System.nanoTime();
        for (Path file : files) {
            String rel = LIB.relativize(file).toString();
            byte[] source = Files.readAllBytes(file);
            bytes += source.length;
            boolean expectError = REJECTED_BY_CPYTHON.contains(rel);
            try {
                Parser.parse(source, file.toString(), Parser.Mode.EXEC, false);
                if (expectError) problems.add(rel + ": parsed, but CPython rejects it");
            } catch (ParseError e) {
                if (!expectError) problems.add(rel + ": " + e + " offset " + e.offset);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(rel + ": Java exception " + e);
            }
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("StdlibParseTest: %d files, %.1f MB in %.2f s (%.1f MB/s)%n",
                files.size(), bytes / 1e6, seconds, bytes / 1e6 / seconds);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }
}
