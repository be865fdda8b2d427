package org.ember.modules.re;

import java.util.Map;

/**
 * A compiled pattern: the instruction array, the sets it refers to, and the register layout
 * ({@code 2 * groups} capture slots, then the lastindex register, then loop registers).
 */
final class Program {
    final int[] code;
    final CharClass.CharSet[] sets;
    final int groups;
    final int flags;
    final Map<String, Integer> groupIndex;
    final int registers;
    /** For CHAR_I / NOT_CHAR_I: the code points equal to the literal ignoring case. */
    final int[][] folds;
    /** A literal prefix every match starts with (case-sensitive), or null; speeds up search. */
    final int[] prefix;
    /** When the first character of a match must satisfy this set (else null). */
    final FirstChars firstSet;
    /** Every match starts at the beginning of the string (\A, or ^ without MULTILINE). */
    final boolean anchoredAtStart;

    Program(int[] code, CharClass.CharSet[] sets, int groups, int flags, Map<String, Integer> groupIndex,
            int registers, int[][] folds, int[] prefix, FirstChars firstSet, boolean anchoredAtStart) {
        this.code = code;
        this.sets = sets;
        this.groups = groups;
        this.flags = flags;
        this.groupIndex = groupIndex;
        this.registers = registers;
        this.folds = folds;
        this.prefix = prefix;
        this.firstSet = firstSet;
        this.anchoredAtStart = anchoredAtStart;
    }

    int lastIndexRegister() {
        return 2 * groups;
    }
}
