package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statistics API proves that the forms of specialize_forms2.py are reached and that their
 * guards really fail: the program (recorded against CPython in the corpus) runs once more in a
 * child JVM with {@code -X stats=FILE.json} (the flag is a static final, read at class load), and
 * every form must show hits, and misses where the program mutates types, dicts and bindings under it.
 */
class SpecializedFormsStatsTest {

    private static final Path PROGRAM = Path.of("src/test/resources/interp/programs/specialize_forms2.py");
    private static String json;

    private static String runChild(List<String> options) throws Exception {
        List<String> command = org.ember.ChildEmber.command(options);
        command.add(PROGRAM.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @BeforeAll
    static void runWithStats() throws Exception {
        Path file = Files.createTempFile("ember-stats", ".json");
        String out = runChild(List.of("-X", "stats=" + file, "-X", "jit"));
        String expected = Files.readString(PROGRAM.resolveSibling("specialize_forms2.stdout"));
        assertEquals(expected, out, "the program's output under -X stats");
        json = Files.readString(file);
        Files.delete(file);
    }

    /** hits and misses of a form in the JSON dump. */
    private static long[] counts(String form) {
        Matcher m = Pattern.compile("\"" + form + "\": \\{\"executed\": (\\d+), \"hits\": (\\d+), \"misses\": (\\d+)")
                .matcher(json);
        assertTrue(m.find(), form + " missing from " + json);
        return new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    @Test
    void everyNewFormIsReachedAndItsGuardsFail() {
        // forms the program makes miss (type changed, attribute deleted or shadowed, dict replaced, rebinding)
        for (String form : List.of("LOAD_ATTR_SLOT", "STORE_ATTR_SLOT", "LOAD_ATTR_WITH_HINT", "STORE_ATTR_WITH_HINT",
                "LOAD_ATTR_METHOD_LAZY_DICT", "LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN", "BINARY_OP_SUBSCR_GETITEM",
                "CALL_BUILTIN_O", "CALL_BUILTIN_FAST_WITH_KEYWORDS", "CALL_STR_1", "CALL_TUPLE_1",
                "CALL_METHOD_DESCRIPTOR_NOARGS", "CALL_METHOD_DESCRIPTOR_O", "CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS",
                "LOAD_SUPER_ATTR_METHOD", "LOAD_SUPER_ATTR_ATTR", "SEND_GEN", "LOAD_ATTR_PROPERTY",
                "BINARY_OP_SUBSCR_LIST_SLICE")) {
            long[] c = counts(form);
            assertTrue(c[0] > 0, form + " never hit");
            assertTrue(c[1] > 0, form + " never missed");
        }
        // at least one counter's run (4096 back edges); with -X jit, tier 2 then continues the hot loop compiled (OSR)
        assertTrue(counts("JUMP_BACKWARD_JIT")[0] >= 4096, "back edges counted");
    }

    @Test
    void hotLoopsAreFoundByBackEdgeCounting() {
        Matcher m = Pattern.compile("\"optimization_attempts\": (\\d+)").matcher(json);
        assertTrue(m.find(), json);
        // loop(10000) and the 60 short runs: the counter (4096 back edges) runs out twice
        assertTrue(Long.parseLong(m.group(1)) >= 2, m.group());
    }

    @Test
    void failureReasonsAreNamed() {
        assertTrue(json.contains("\"type defines __getattr__\": "), json);
        assertTrue(json.contains("\"LOAD_SUPER_ATTR\": {\"attempts\": "), json);
    }

    /** -X stats prints CPython's summarize_stats tables; with tier 2 off (-X jit=0) back edges are not counted. */
    @Test
    void textSummaryHasTheTablesAndWithoutJitThePlainJumpRuns() throws Exception {
        String out = runChild(List.of("-X", "stats", "-X", "jit=0"));
        for (String heading : List.of("## Execution counts", "| Name | Count: | Self: | Cumulative: | Miss ratio: |",
                "## Specialization stats", "### LOAD_ATTR", "| Kind | Count: | Ratio: |", "| Failure kind | Count: | Ratio: |",
                "## Specialization effectiveness", "| Specialized hits |", "### Misses by instruction",
                "## Optimization (Tier 2) stats")) {
            assertTrue(out.contains(heading), heading + " missing in\n" + out);
        }
        assertTrue(out.contains("| JUMP_BACKWARD_NO_JIT |"), out);
        assertTrue(!out.contains("| JUMP_BACKWARD_JIT |"), out);
        assertTrue(out.contains("| Optimization attempts (hot loops: back-edge counter ran out) | 0 |"), out);
    }

    /**
     * Tier 2 is on by default, yet loops keep CPython's default-build name JUMP_BACKWARD_NO_JIT
     * (what dis(adaptive=True) shows), and that form counts the back edges that find hot loops.
     */
    @Test
    void byDefaultTier2FindsHotLoopsUnderCPythonsDefaultName() throws Exception {
        String out = runChild(List.of("-X", "stats"));
        assertTrue(out.contains("| JUMP_BACKWARD_NO_JIT |"), out);
        assertTrue(!out.contains("| JUMP_BACKWARD_JIT |"), out);
        Matcher m = Pattern.compile("\\| Optimization attempts \\(hot loops: back-edge counter ran out\\) \\| (\\d+) \\|").matcher(out);
        assertTrue(m.find() && Long.parseLong(m.group(1)) >= 2, out);
        Matcher compiled = Pattern.compile("\\| Tier 2: code objects compiled \\| ([\\d,]+) \\|").matcher(out);
        assertTrue(compiled.find() && !compiled.group(1).equals("0"), out);
        // the SEND_GEN section's generators get hot (run() calls them 200+ times) and resume compiled
        Matcher resumed = Pattern.compile("\\| Tier 2: generator/coroutine resumptions entered \\| ([\\d,]+) \\|").matcher(out);
        assertTrue(resumed.find() && !resumed.group(1).equals("0"), out);
    }
}
