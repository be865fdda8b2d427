package org.ember.modules.re;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The shortcut for ASCII literals agrees with the full table built from Java's case mappings. */
class CaseFoldTest {
    @Test
    void asciiShortcutMatchesTheFullComputation() {
        // one pass over Unicode: which code points lower- or upper-case to each ASCII character
        java.util.List<java.util.TreeSet<Integer>> sameLower = new java.util.ArrayList<>(), sameUpper = new java.util.ArrayList<>();
        for (int c = 0; c < 128; c++) {
            sameLower.add(new java.util.TreeSet<>());
            sameUpper.add(new java.util.TreeSet<>());
        }
        for (int x = 0; x <= Character.MAX_CODE_POINT; x++) {
            int lo = Character.toLowerCase(x), up = Character.toUpperCase(x);
            if (lo < 128) sameLower.get(lo).add(x);
            if (up < 128) sameUpper.get(up).add(x);
        }
        for (int c = 0; c < 128; c++) {
            java.util.TreeSet<Integer> all = new java.util.TreeSet<>(sameLower.get(Character.toLowerCase(c)));
            all.addAll(sameUpper.get(Character.toUpperCase(c)));
            int[] expected = all.stream().mapToInt(Integer::intValue).toArray();
            int[] actual = CaseFold.equivalents(c, false).clone();
            Arrays.sort(actual);
            assertArrayEquals(expected, actual, "equivalents of " + Character.toString(c));
        }
    }
}
