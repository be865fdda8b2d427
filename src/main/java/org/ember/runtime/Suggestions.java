package org.ember.runtime;

/**
 * "Did you mean ...?" suggestions, with CPython's measure: a Levenshtein distance where a case
 * change costs 1 and any other edit 2, accepting a candidate only when at most about a third of
 * the characters involved change. Used for unexpected keyword arguments here, and available to
 * the traceback printer for NameError/AttributeError.
 */
public final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_LENGTH = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The closest candidate to {@code wrong}, or null when none is close enough. */
    public static String closest(String wrong, Iterable<String> candidates) {
        int count = 0;
        for (String ignored : candidates) count++;
        if (count > MAX_CANDIDATES || wrong.length() > MAX_LENGTH) return null;
        int best = wrong.length();
        String suggestion = null;
        for (String candidate : candidates) {
            if (candidate.equals(wrong)) continue;
            int limit = Math.min((candidate.length() + wrong.length() + 3) * MOVE_COST / 6, best - 1);
            int d = distance(wrong, candidate, limit);
            if (d > limit) continue;
            if (suggestion == null || d < best) {
                suggestion = candidate;
                best = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) return 0;
        return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }

    /** Weighted edit distance, or anything above {@code maxCost} once that bound is certain. */
    static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) return 0;
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) start++;
        int endA = a.length(), endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        String x = a.substring(start, endA), y = b.substring(start, endB);
        if (x.isEmpty() || y.isEmpty()) return MOVE_COST * (x.length() + y.length());
        if (x.length() > MAX_LENGTH || y.length() > MAX_LENGTH) return maxCost + 1;
        if (y.length() < x.length()) {
            String t = x;
            x = y;
            y = t;
        }
        if ((y.length() - x.length()) * MOVE_COST > maxCost) return maxCost + 1;
        // One row of the dynamic-programming matrix, updated in place.
        int[] row = new int[x.length()];
        for (int i = 0; i < row.length; i++) row[i] = MOVE_COST * (i + 1);
        int result = 0;
        for (int j = 0; j < y.length(); j++) {
            char c = y.charAt(j);
            int diagonal = j * MOVE_COST;
            result = diagonal;
            int rowMinimum = Integer.MAX_VALUE;
            for (int i = 0; i < x.length(); i++) {
                int substitute = diagonal + substitutionCost(c, x.charAt(i));
                diagonal = row[i];
                result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
                row[i] = result;
                rowMinimum = Math.min(rowMinimum, result);
            }
            if (rowMinimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
