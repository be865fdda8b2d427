package org.ember.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ember.cli.Main;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the standard-library test programs on Ember and compares their output with what CPython
 * printed (the committed {@code NAME.out}): {@code src/test/python/stdlib} (programs for the
 * Python modules of src/main/resources/lib, also checked on CPython by
 * tools/check-stdlib-on-cpython) and {@code src/test/python/ember} (programs for the modules
 * written in Java). Programs listed in {@code src/test/python/known-failures.txt} must still
 * fail, so that the list only shrinks.
 */
class StdlibProgramsTest {
    private static final List<Path> DIRS = List.of(Path.of("src/test/python/stdlib"), Path.of("src/test/python/ember"));
    private static final Path KNOWN_FAILURES = Path.of("src/test/python/known-failures.txt");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        Map<String, String> known = knownFailures();
        List<Path> files = new ArrayList<>();
        for (Path dir : DIRS) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
            }
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString().replaceAll("\\.py$", "");
            String want = Files.readString(Path.of(p.toString().replaceAll("\\.py$", ".out")));
            String got = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(p), name + " did not finish");
            if (known.containsKey(name)) {
                assertNotEquals(want, got, name + " now passes: remove it from known-failures.txt");
            } else {
                assertEquals(want, got, name);
            }
        }));
    }

    /** stdout and stderr together, as the .out files were recorded (2>&1). */
    private static String run(Path program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
        Main.run(new String[] {program.toString()}, both, both);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> known = new HashMap<>();
        for (String line : Files.readAllLines(KNOWN_FAILURES)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) continue;
            int hash = entry.indexOf('#');
            String name = (hash < 0 ? entry : entry.substring(0, hash)).strip();
            known.put(name, hash < 0 ? "" : entry.substring(hash + 1).strip());
        }
        return known;
    }
}
