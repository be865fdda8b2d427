package org.ember.modules.re;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The characters that match a given one case-insensitively (same simple lowercase or same
 * simple uppercase), computed once for the whole Unicode range, so that a case-insensitive
 * literal compiles to a short list of code points instead of case conversions at match time.
 */
final class CaseFold {
    private CaseFold() {}

    private static volatile Map<Integer, int[]> byLower, byUpper;

    private static void build() {
        if (byLower != null) return;
        synchronized (CaseFold.class) {
            if (byLower != null) return;
            Map<Integer, TreeSet<Integer>> lower = new HashMap<>(), upper = new HashMap<>();
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                int lo = Character.toLowerCase(c), up = Character.toUpperCase(c);
                if (lo == c && up == c) continue;
                lower.computeIfAbsent(lo, k -> new TreeSet<>()).add(c);
                lower.get(lo).add(lo);
                upper.computeIfAbsent(up, k -> new TreeSet<>()).add(c);
                upper.get(up).add(up);
            }
            Map<Integer, int[]> l = new HashMap<>(), u = new HashMap<>();
            lower.forEach((k, v) -> l.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            upper.forEach((k, v) -> u.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            byUpper = u;
            byLower = l;
        }
    }

    /** Every code point x with foldEquals(x, c), c included, sorted. */
    static int[] equivalents(int c, boolean ascii) {
        if (ascii || c < 128) {
            int lo = CharClass.lower(c, true), up = CharClass.upper(c, true);
            if (lo == up) return new int[] {c};
            if (ascii) return new int[] {up, lo};
            // the only non-ASCII characters that fold to ASCII letters
            return switch (lo) {
                case 'i' -> new int[] {'I', 'i', 0x130, 0x131};
                case 'k' -> new int[] {'K', 'k', 0x212A};
                case 's' -> new int[] {'S', 's', 0x17F};
                default -> new int[] {up, lo};
            };
        }
        build();
        TreeSet<Integer> all = new TreeSet<>();
        all.add(c);
        for (int x : byLower.getOrDefault(Character.toLowerCase(c), new int[0])) all.add(x);
        for (int x : byUpper.getOrDefault(Character.toUpperCase(c), new int[0])) all.add(x);
        int[] result = all.stream().mapToInt(Integer::intValue).toArray();
        assert Arrays.stream(result).allMatch(x -> CharClass.foldEquals(x, c, false));
        return result;
    }
}
