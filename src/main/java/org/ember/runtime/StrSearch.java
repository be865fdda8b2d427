package org.ember.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Substring search over code points, for the strs where searching the Java String would be
 * wrong: a str whose lone surrogates sit side by side ({@code '\ud800' + '\udc00'}, which the
 * String shows as one character), or a needle that begins with a low surrogate or ends with a
 * high one (it could match half of a real surrogate pair: {@code '\ud83d' in '\U0001F600'} is
 * False in Python). Every index here is a code-point index, as Python's.
 */
final class StrSearch {
    private StrSearch() {}

    /**
     * True when searching {@code needle} in {@code haystack} must go by code points; otherwise
     * a match in the Java Strings is a match of whole code points.
     */
    static boolean needsCodePoints(PyStr haystack, PyStr needle) {
        if (haystack.hasSplitSurrogates() || needle.hasSplitSurrogates()) return true;
        String n = needle.value();
        return !n.isEmpty() && (Character.isLowSurrogate(n.charAt(0)) || Character.isHighSurrogate(n.charAt(n.length() - 1)));
    }

    /** The first (or last) index in [start, end) where needle starts and fits, or -1. */
    static int find(int[] hay, int[] needle, int start, int end, boolean fromRight) {
        int last = end - needle.length;
        if (fromRight) {
            for (int i = last; i >= start; i--) if (matchesAt(hay, needle, i)) return i;
        } else {
            for (int i = start; i <= last; i++) if (matchesAt(hay, needle, i)) return i;
        }
        return -1;
    }

    static boolean matchesAt(int[] hay, int[] needle, int at) {
        if (at < 0 || at + needle.length > hay.length) return false;
        for (int k = 0; k < needle.length; k++) if (hay[at + k] != needle[k]) return false;
        return true;
    }

    /** Non-overlapping occurrences of a non-empty needle in [start, end). */
    static int count(int[] hay, int[] needle, int start, int end) {
        int n = 0;
        for (int at = find(hay, needle, start, end, false); at >= 0; at = find(hay, needle, at + needle.length, end, false)) n++;
        return n;
    }

    static PyStr slice(int[] cps, int from, int to) {
        return PyStr.fromCodePoints(Arrays.copyOfRange(cps, from, to));
    }

    /** At most max splits at a non-empty separator, from the left or the right. */
    static List<PyStr> split(int[] cps, int[] sep, long max, boolean fromRight) {
        List<PyStr> parts = new ArrayList<>();
        if (!fromRight) {
            int start = 0;
            while (parts.size() < max) {
                int at = find(cps, sep, start, cps.length, false);
                if (at < 0) break;
                parts.add(slice(cps, start, at));
                start = at + sep.length;
            }
            parts.add(slice(cps, start, cps.length));
            return parts;
        }
        int end = cps.length;
        while (parts.size() < max) {
            int at = find(cps, sep, 0, end, true);
            if (at < 0) break;
            parts.add(0, slice(cps, at + sep.length, end));
            end = at;
        }
        parts.add(0, slice(cps, 0, end));
        return parts;
    }

    /** At most count replacements of a non-empty {@code old}, left to right. */
    static PyStr replace(int[] cps, int[] old, int[] rep, long count) {
        int[] out = new int[cps.length];
        int size = 0, start = 0;
        long done = 0;
        while (done < count) {
            int at = find(cps, old, start, cps.length, false);
            if (at < 0) break;
            out = append(out, size, cps, start, at);
            size += at - start;
            out = append(out, size, rep, 0, rep.length);
            size += rep.length;
            start = at + old.length;
            done++;
        }
        out = append(out, size, cps, start, cps.length);
        size += cps.length - start;
        return PyStr.fromCodePoints(Arrays.copyOf(out, size));
    }

    private static int[] append(int[] out, int size, int[] from, int start, int end) {
        int need = size + end - start;
        if (need > out.length) out = Arrays.copyOf(out, Math.max(need, out.length * 2));
        System.arraycopy(from, start, out, size, end - start);
        return out;
    }

    /** str.partition/rpartition at a non-empty separator. */
    static PyTuple partition(PyStr s, PyStr sep, boolean fromRight) {
        int[] cps = s.toCodePoints(), sepCps = sep.toCodePoints();
        int at = find(cps, sepCps, 0, cps.length, fromRight);
        if (at < 0) {
            PyStr whole = slice(cps, 0, cps.length);
            return fromRight ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, whole) : PyTuple.of(whole, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(slice(cps, 0, at), sep, slice(cps, at + sepCps.length, cps.length));
    }
    // Java's String.indexOf compares the needle at every position: O(n*m) when a long needle
    // almost matches often ('a'*N + 'b'*N in 'a'*2N + 'b'*N + ...). CPython's find is linear
    // (two-way); a long needle in a long text therefore goes through Knuth-Morris-Pratt here.
    private static final int LINEAR_MIN_NEEDLE = 64, LINEAR_MIN_HAYSTACK = 2048;

    private static boolean wantsLinear(String hay, String needle) {
        return needle.length() >= LINEAR_MIN_NEEDLE && hay.length() >= LINEAR_MIN_HAYSTACK;
    }

    /** {@code hay.indexOf(needle, from)} in O(n + m) time. */
    static int indexOf(String hay, String needle, int from) {
        if (!wantsLinear(hay, needle)) return hay.indexOf(needle, from);
        int m = needle.length();
        int[] border = borders(needle, false);
        int k = 0;
        for (int i = Math.max(from, 0); i < hay.length(); i++) {
            char c = hay.charAt(i);
            while (k > 0 && needle.charAt(k) != c) k = border[k - 1];
            if (needle.charAt(k) == c && ++k == m) return i - m + 1;
        }
        return -1;
    }

    static int indexOf(String hay, String needle) {
        return indexOf(hay, needle, 0);
    }

    /** {@code hay.lastIndexOf(needle, from)} in O(n + m) time: the same automaton run backwards. */
    static int lastIndexOf(String hay, String needle, int from) {
        if (!wantsLinear(hay, needle)) return hay.lastIndexOf(needle, from);
        int m = needle.length();
        int[] border = borders(needle, true);
        int k = 0;
        for (int i = Math.min(from, hay.length() - m) + m - 1; i >= 0; i--) {
            char c = hay.charAt(i);
            while (k > 0 && needle.charAt(m - 1 - k) != c) k = border[k - 1];
            if (needle.charAt(m - 1 - k) == c && ++k == m) return i;
        }
        return -1;
    }

    static int lastIndexOf(String hay, String needle) {
        return lastIndexOf(hay, needle, hay.length());
    }

    /**
     * KMP failure function: border[q] is the length of the longest proper border of the
     * needle's first q+1 characters (of its reversal when {@code reversed}).
     */
    private static int[] borders(String needle, boolean reversed) {
        int m = needle.length();
        int[] border = new int[m];
        int k = 0;
        for (int q = 1; q < m; q++) {
            char c = reversed ? needle.charAt(m - 1 - q) : needle.charAt(q);
            while (k > 0 && (reversed ? needle.charAt(m - 1 - k) : needle.charAt(k)) != c) k = border[k - 1];
            if ((reversed ? needle.charAt(m - 1 - k) : needle.charAt(k)) == c) k++;
            border[q] = k;
        }
        return border;
    }
}
