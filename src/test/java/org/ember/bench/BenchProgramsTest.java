package org.ember.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark programs in bench/programs uniform, so that bench/run can drive every one
 * of them the same way and Ember can run them before it has a standard library. This checks
 * their text only; it runs nothing and times nothing (timing belongs to bench/run).
 */
class BenchProgramsTest {
    private static final Path PROGRAMS = Path.of("bench/programs").toAbsolutePath();
    private static final String HARNESS_MARKER = "# ---- harness:";
    private static final Set<String> ALLOWED_IMPORTS = Set.of("import sys", "import time");
    /** Library modules the threading and standard-library programs may also import (Ember ships them). */
    private static final Set<String> OPTIONAL_IMPORTS = Set.of("import threading", "import queue",
            "import json", "import collections");
    private static final Pattern IMPORT_LINE = Pattern.compile("^\\s*(import|from)\\s+\\S.*$");
    private static final Pattern BENCH_DEFINITION = Pattern.compile("(?m)^def bench\\(\\):\\s*$");

    /** File name to text, in name order. */
    private static final Map<String, String> programs = new LinkedHashMap<>();

    @BeforeAll
    static void readPrograms() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                programs.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void thereAreAtLeastFourteenPrograms() {
        assertTrue(programs.size() >= 14, "bench/programs should hold at least 14 programs, found " + programs.keySet());
    }

    @Test
    void everyProgramDefinesBenchAtTopLevel() {
        List<String> missing = new ArrayList<>();
        programs.forEach((name, text) -> {
            if (!BENCH_DEFINITION.matcher(text).find()) missing.add(name);
        });
        assertEquals(List.of(), missing, "programs without a top-level `def bench():`");
    }

    @Test
    void everyProgramEndsWithTheSameHarnessBlock() {
        String reference = null, referenceName = null;
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> program : programs.entrySet()) {
            String name = program.getKey(), text = program.getValue();
            int start = text.indexOf(HARNESS_MARKER);
            if (start < 0 || text.indexOf(HARNESS_MARKER, start + 1) >= 0) {
                problems.add(name + ": needs exactly one line starting with '" + HARNESS_MARKER + "'");
                continue;
            }
            String harness = text.substring(start);
            if (reference == null) {
                reference = harness;
                referenceName = name;
            } else if (!harness.equals(reference)) {
                problems.add(name + ": harness block (from the marker to the end of the file) differs from "
                        + referenceName + "'s");
            }
        }
        assertEquals(List.of(), problems);
        assertNotNull(reference, "no programs found in " + PROGRAMS);
        // The block is shared text, so one look at it covers every program.
        assertTrue(reference.contains("time.perf_counter()"), "the harness must time with time.perf_counter");
        assertTrue(reference.contains("print(\"iteration\", i, elapsed, repr(checksum)"),
                "the harness must print `iteration <i> <seconds> <checksum-repr>` lines");
        assertTrue(reference.contains("if __name__ == \"__main__\":"), "the harness must run only as a script");
    }

    @Test
    void programsImportOnlySysAndTime() {
        List<String> problems = new ArrayList<>();
        programs.forEach((name, text) -> {
            List<String> imports = importLines(text);
            for (String line : imports) {
                // regex_* programs measure the re module, so they may import it
                boolean reAllowed = name.startsWith("regex_") && line.equals("import re");
                if (!ALLOWED_IMPORTS.contains(line) && !OPTIONAL_IMPORTS.contains(line) && !reAllowed) problems.add(name + ": " + line.strip());
            }
            for (String required : ALLOWED_IMPORTS) {
                if (!imports.contains(required)) problems.add(name + ": lacks a top-level `" + required + "`");
            }
            for (String dynamic : List.of("__import__", "importlib", "exec(", "eval(")) {
                if (text.contains(dynamic)) problems.add(name + ": uses " + dynamic);
            }
        });
        assertEquals(List.of(), problems, "bench programs may import only sys and time (and the shipped threading, queue, json, collections; regex_* also re), at top level");
    }

    @Test
    void theReadmeDescribesEveryProgram() throws IOException {
        String readme = Files.readString(PROGRAMS.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> undocumented = new ArrayList<>();
        for (String name : programs.keySet()) {
            if (!readme.contains("`" + name + "`")) undocumented.add(name);
        }
        assertEquals(List.of(), undocumented, "programs not described (as `name.py`) in bench/programs/README.md");
    }

    @Test
    void importScannerSkipsDocstringsAndSeesIndentedImports() {
        String text = "\"\"\"Doc.\nfrom the start\n\"\"\"\nimport sys\ndef f():\n    import os\n";
        assertEquals(List.of("import sys", "    import os"), importLines(text));
    }

    /**
     * The import statements of a program, one per line as written, outside triple-quoted strings
     * (docstrings often have lines that start with "from"). Programs here keep docstrings
     * simple, so counting triple quotes per line is enough.
     */
    static List<String> importLines(String text) {
        List<String> imports = new ArrayList<>();
        boolean insideString = false;
        for (String line : text.split("\n", -1)) {
            boolean startsInside = insideString;
            int quotes = countOccurrences(line, "\"\"\"") + countOccurrences(line, "'''");
            if (quotes % 2 == 1) insideString = !insideString;
            if (!startsInside && quotes == 0 && IMPORT_LINE.matcher(line).matches()) imports.add(line);
        }
        return imports;
    }

    private static int countOccurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) count++;
        return count;
    }
}
