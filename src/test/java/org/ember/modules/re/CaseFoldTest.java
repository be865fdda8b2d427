package org.ember.modules.re;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The shortcut for ASCII literals agrees with the full table built from Java's case mappings. */
class CaseFoldTest {
    @Test
    void asciiShortcutMatchesTheFullComputation() {
        for (int c = 0; c < 128; c++) {
            final int ch = c;
            int[] expected = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                    .filter(x -> CharClass.foldEquals(x, ch, false)).toArray();
            int[] actual = CaseFold.equivalents(c, false).clone();
            Arrays.sort(actual);
            assertArrayEquals(expected, actual, "equivalents of " + Character.toString(c));
        }
    }
}
