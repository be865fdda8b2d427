package org.ember.parser;

import java.util.Arrays;

/**
 * A str constant that contains a surrogate code point next to another, so that a Java String
 * would read '\ud800\udc00' (two code points) as '\U00010000' (one). The parser uses it as a
 * Constant value only then; every other str constant is a plain {@code String}. Equal by content.
 */
public final class SurrogateStr {

    private final int[] codePoints;

    private SurrogateStr(int[] codePoints) {
        this.codePoints = codePoints;
    }

    /** A plain String when the code points survive a round trip through Java's UTF-16, else a SurrogateStr. */
    public static Object of(int[] codePoints) {
        return needsCodePoints(codePoints) ? new SurrogateStr(codePoints) : new String(codePoints, 0, codePoints.length);
    }

    /** True when a high surrogate is followed by a low one: as a Java String they would pair up. */
    public static boolean needsCodePoints(int[] cps) {
        for (int i = 0; i + 1 < cps.length; i++) {
            if (Character.isHighSurrogate((char) cps[i]) && cps[i] <= 0xFFFF
                    && cps[i + 1] <= 0xFFFF && Character.isLowSurrogate((char) cps[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /** A copy of the code points. */
    public int[] codePoints() {
        return codePoints.clone();
    }

    /** The code points of a str constant value (String or SurrogateStr). */
    public static int[] codePointsOf(Object strValue) {
        if (strValue instanceof SurrogateStr s) return s.codePoints.clone();
        return ((String) strValue).codePoints().toArray();
    }

    /** True for the values a str constant may have. */
    public static boolean isStr(Object value) {
        return value instanceof String || value instanceof SurrogateStr;
    }

    /**
     * Concatenation of several str constant values in one copy when they are all Strings that do
     * not pair surrogates across a joint (pairwise {@link #concat} otherwise, which is quadratic).
     */
    public static Object concatAll(Object[] values) {
        StringBuilder all = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            if (!(values[k] instanceof String s) || (k > 0 && pairsAcrossJoint(all, s))) {
                return concatPairwise(values);
            }
            all.append(s);
        }
        return all.toString();
    }

    private static boolean pairsAcrossJoint(CharSequence left, String right) {
        return !left.isEmpty() && !right.isEmpty() && Character.isHighSurrogate(left.charAt(left.length() - 1))
                && Character.isLowSurrogate(right.charAt(0));
    }

    private static Object concatPairwise(Object[] values) {
        Object text = values[0];
        for (int k = 1; k < values.length; k++) text = concat(text, values[k]);
        return text;
    }

    /** Concatenation of str constant values. */
    public static Object concat(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            // a high surrogate at the end of x and a low one at the start of y must stay two code points
            if (x.isEmpty() || y.isEmpty() || !Character.isHighSurrogate(x.charAt(x.length() - 1))
                    || !Character.isLowSurrogate(y.charAt(0))) {
                return x + y;
            }
        }
        int[] l = codePointsOf(a), r = codePointsOf(b);
        int[] all = Arrays.copyOf(l, l.length + r.length);
        System.arraycopy(r, 0, all, l.length, r.length);
        return of(all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurrogateStr s && Arrays.equals(codePoints, s.codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }

    /** The Java String (lossy: the separate surrogates read as one character). */
    @Override
    public String toString() {
        return new String(codePoints, 0, codePoints.length);
    }
}
