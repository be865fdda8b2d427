package org.ember.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * "Did you mean ...?" suggestions, with CPython's measure: an edit distance over the names' UTF-8
 * bytes where an ASCII case change costs 1 and any other edit 2, accepting a candidate only when
 * at most about a third of the characters involved change. Used for unexpected keyword
 * arguments, NameError/AttributeError hints, and by the {@code _suggestions} module that
 * traceback.py calls.
 */
public final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_LENGTH = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The closest candidate to {@code wrong}, or null when none is close enough. */
    public static String closest(String wrong, Iterable<String> candidates) {
        List<String> list = new ArrayList<>();
        candidates.forEach(list::add);
        int index = closestIndex(wrong, list);
        return index < 0 ? null : list.get(index);
    }

    /** The index in {@code candidates} of the closest one to {@code wrong}, or -1. */
    public static int closestIndex(String wrong, List<String> candidates) {
        if (candidates.size() >= MAX_CANDIDATES) return -1;
        byte[] wrongBytes = utf8(wrong);
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < candidates.size(); i++) {
            String candidate = candidates.get(i);
            if (candidate.equals(wrong)) continue; // a missing attribute is "found": not suggested
            byte[] bytes = utf8(candidate);
            // no more than a third of the characters may change, and only a better match counts
            long limit = Math.min((wrongBytes.length + bytes.length + 3) * (long) MOVE_COST / 6, bestDistance - 1);
            long distance = distance(wrongBytes, bytes, limit);
            if (distance > limit) continue;
            if (best < 0 || distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@link #distance(byte[], byte[], long)} of two strings' UTF-8 bytes. */
    static int distance(String a, String b, int limit) {
        return (int) distance(utf8(a), utf8(b), limit);
    }

    private static int substitutionCost(byte a, byte b) {
        if (a == b) return 0;
        return asciiLower(a) == asciiLower(b) ? CASE_COST : MOVE_COST;
    }

    private static byte asciiLower(byte c) {
        return c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c;
    }

    /** The weighted edit distance of a and b; anything over {@code limit} comes back as limit + 1. */
    static long distance(byte[] a, byte[] b, long limit) {
        int aStart = 0, bStart = 0, aEnd = a.length, bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) { aStart++; bStart++; }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) { aEnd--; bEnd--; }
        int aSize = aEnd - aStart, bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) return (long) (aSize + bSize) * MOVE_COST;
        if (aSize > MAX_LENGTH || bSize > MAX_LENGTH) return limit + 1;
        if (bSize < aSize) {
            byte[] t = a; a = b; b = t;
            int s = aStart; aStart = bStart; bStart = s;
            s = aSize; aSize = bSize; bSize = s;
        }
        if ((long) (bSize - aSize) * MOVE_COST > limit) return limit + 1;
        // one row of the distance matrix, updated in place
        long[] row = new long[aSize];
        for (int i = 0; i < aSize; i++) row[i] = (long) (i + 1) * MOVE_COST;
        long result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            long diagonal = result = (long) bi * MOVE_COST;
            long smallest = Long.MAX_VALUE;
            for (int ai = 0; ai < aSize; ai++) {
                long substitute = diagonal + substitutionCost(code, a[aStart + ai]);
                diagonal = row[ai];
                result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
                row[ai] = result;
                smallest = Math.min(smallest, result);
            }
            if (smallest > limit) return limit + 1;
        }
        return result;
    }
}
