package org.ember.modules.re;

import java.util.List;

/** The characters a match can start with (a union of sets), so search can skip other positions. */
final class FirstChars {
    private final CharClass.CharSet[] sets;
    private final boolean[] latin1 = new boolean[256];

    FirstChars(List<CharClass.CharSet> sets) {
        this.sets = sets.toArray(new CharClass.CharSet[0]);
        for (int c = 0; c < 256; c++) latin1[c] = slow(c);
    }

    boolean matches(int c) {
        return c < 256 ? latin1[c] : slow(c);
    }

    private boolean slow(int c) {
        for (CharClass.CharSet set : sets) {
            if (set.matches(c)) return true;
        }
        return false;
    }
}
