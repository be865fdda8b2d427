package org.ember.modules.re;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ember.runtime.PyStr;
import org.junit.jupiter.api.Test;

/**
 * Long subjects: the matcher keeps its backtracking state on an explicit stack, so 100k-char
 * inputs through group repeats and alternations neither overflow the Java stack nor crash.
 */
class LongInputTest {
    private static final int N = 100_000;

    private static Matcher matcher(String pattern, String subject) {
        Program p = RegexCompiler.compile(pattern.codePoints().toArray(), true, 0);
        Subject s = new Subject.Str(new PyStr(subject), null);
        return new Matcher(p, s, s.length());
    }

    @Test
    void groupRepeatOverLongInput() {
        String ab = "ab".repeat(N / 2);
        Matcher m = matcher("(a|b)*", ab);
        assertTrue(m.matchAt(0, true));
        assertEquals(N, m.regs[1]);
        assertEquals(N - 1, m.regs[2]);
        assertEquals(N, m.regs[3]);
    }

    @Test
    void failingAlternationBacktracksThroughEveryIteration() {
        String ab = "ab".repeat(N / 2);
        assertFalse(matcher("(?:a|b)*c", ab).matchAt(0, false));
        assertFalse(matcher("(a|b)*?c", ab).matchAt(0, false));
        assertFalse(matcher("(?:(a)|b)*+a", ab).matchAt(0, false));
    }

    @Test
    void lazyAndNestedRepeatsReachTheEnd() {
        String a = "a".repeat(N);
        Matcher m = matcher("(?:a|b)*?$", a);
        assertTrue(m.matchAt(0, false));
        assertEquals(N, m.regs[1]);
        Matcher nested = matcher("((?:a{1,3})+)$", a);
        assertTrue(nested.matchAt(0, false));
        assertEquals(N, nested.regs[1]);
    }

    @Test
    void lookaroundsAndBackreferencesInLongLoops() {
        String ab = "ab".repeat(N / 2);
        Matcher m = matcher("(?:(?<=a)b|a(?=b))*", ab);
        assertTrue(m.matchAt(0, true));
        Matcher back = matcher("(?:(a)\\1?b)+", ab);
        assertTrue(back.matchAt(0, true));
        assertEquals(N - 2, back.regs[2]);
    }
}
