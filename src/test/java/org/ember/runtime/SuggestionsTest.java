package org.ember.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edit distance behind "Did you mean", against CPython's (resources/runtime/suggestions.txt). */
class SuggestionsTest {

    @Test
    void distancesMatchCPython() throws Exception {
        int checked = 0;
        try (var in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/runtime/suggestions.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(" ");
                int limit = Integer.parseInt(f[2]), expected = Integer.parseInt(f[3]);
                int got = Suggestions.distance(f[0], f[1], limit);
                // Above the limit only "more than the limit" is meaningful.
                if (expected > limit) assertTrue(got > limit, line);
                else assertEquals(expected, got, line);
                checked++;
            }
        }
        assertEquals(400, checked);
    }

    @Test
    void closestName() {
        assertEquals("sep", Suggestions.closest("sepx", List.of("sep", "maxsplit")));
        assertEquals("append", Suggestions.closest("apend", List.of("append", "extend", "pop")));
        assertNull(Suggestions.closest("x", List.of("key", "reverse")));
    }
}
