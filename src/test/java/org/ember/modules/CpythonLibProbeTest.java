package org.ember.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Opt-in ({@code -Dember.cpythonLib=DIR}, DIR being a CPython 3.13 {@code Lib} such as
 * {@code /root/.pyenv/versions/3.13.0/lib/python3.13}): runs {@code cpython_lib_probe.py}, which
 * appends DIR to sys.path and imports and uses modules Ember does not ship, and compares each
 * module's line with python3.13's recorded one. The modules that differ must be exactly those of
 * {@code known-gaps.txt} (a ratchet: a gap that closes must be removed from the list).
 */
class CpythonLibProbeTest {
    private static final Path DIR = Path.of("src/test/python/cpython-lib");

    @Test
    @EnabledIfSystemProperty(named = "ember.cpythonLib", matches = ".+")
    void cpythonLibModulesWork() throws Exception {
        String lib = System.getProperty("ember.cpythonLib");
        var buffer = new ByteArrayOutputStream();
        var stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int status = org.ember.cli.Main.run(new String[] {DIR.resolve("cpython_lib_probe.py").toString(), lib}, stream, stream);
        assertEquals(0, status, buffer.toString(StandardCharsets.UTF_8));
        Map<String, String> expected = byModule(Files.readAllLines(DIR.resolve("cpython_lib_probe.out")));
        Map<String, String> actual = byModule(buffer.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals(expected.keySet(), actual.keySet(), "the probe's modules");
        TreeSet<String> differing = new TreeSet<>();
        List<String> report = new ArrayList<>();
        for (var e : expected.entrySet()) {
            if (!e.getValue().equals(actual.get(e.getKey()))) {
                differing.add(e.getKey());
                report.add("want " + e.getValue() + "\n got " + actual.get(e.getKey()));
            }
        }
        TreeSet<String> gaps = new TreeSet<>();
        for (String line : Files.readAllLines(DIR.resolve("known-gaps.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) gaps.add(line.split("\\s+", 2)[0]);
        }
        TreeSet<String> nowPassing = new TreeSet<>(gaps);
        nowPassing.removeAll(differing);
        assertTrue(nowPassing.isEmpty(), "now pass, remove from known-gaps.txt: " + nowPassing);
        differing.removeAll(gaps);
        assertTrue(differing.isEmpty(), "differ from CPython: " + differing + "\n" + String.join("\n", report));
    }

    private static Map<String, String> byModule(List<String> lines) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(": ");
            if (colon > 0) map.put(line.substring(0, colon), line);
        }
        return map;
    }
}
