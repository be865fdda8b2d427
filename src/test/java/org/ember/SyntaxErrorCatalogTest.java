package org.ember;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ember.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * Runs every program of the syntax-error catalog (src/test/resources/syntax_errors, recorded from
 * python3.13 by tools/gen-syntax-error-catalog.py) through {@code ember FILE} and compares what
 * it prints to stderr, and its exit status, with CPython's.
 *
 * <p>Cases Ember does not get right yet are listed in {@code KNOWN_FAILING} beside them. The list
 * is a ratchet: a listed case that starts passing fails the test until it is removed from the
 * list, so the list only ever shrinks and always tells the truth.
 */
class SyntaxErrorCatalogTest {
    private static final Path DIR = Path.of("src/test/resources/syntax_errors").toAbsolutePath();

    @Test
    void everyCatalogCasePrintsWhatCPythonPrints() throws IOException {
        Set<String> knownFailing = new TreeSet<>();
        for (String line : Files.readAllLines(DIR.resolve("KNOWN_FAILING"))) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) knownFailing.add(name);
        }
        List<String> unexpectedFailures = new ArrayList<>(), unexpectedPasses = new ArrayList<>();
        int cases = 0;
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path program : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                cases++;
                String name = program.getFileName().toString().replaceFirst("\\.py$", "");
                String expected = Files.readString(DIR.resolve(name + ".expected"), StandardCharsets.UTF_8);
                String actual = runEmber(program);
                boolean passes = expected.equals(actual);
                if (!passes && !knownFailing.contains(name)) {
                    unexpectedFailures.add(name + "\n--- expected\n" + expected + "--- actual\n" + actual);
                } else if (passes && knownFailing.contains(name)) {
                    unexpectedPasses.add(name);
                }
            }
        }
        System.out.printf("syntax error catalog: %d cases, %d known failing%n", cases, knownFailing.size());
        assertTrue(cases >= 60, "the catalog should hold at least 60 cases, found " + cases);
        assertTrue(unexpectedFailures.isEmpty(), String.join("\n", unexpectedFailures));
        assertTrue(unexpectedPasses.isEmpty(),
                "now passing — remove from KNOWN_FAILING: " + unexpectedPasses);
    }

    private static String runEmber(Path program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {program.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8).replace(DIR + "/", "<DIR>/") + "exit: " + status + "\n";
    }
}
