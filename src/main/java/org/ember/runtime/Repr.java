package org.ember.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python's {@code repr()} for the builtin scalar types, as static methods on plain Java values, so
 * that {@code ast.dump}, error messages and later the runtime's {@code str}, {@code bytes},
 * {@code int}, {@code float} and {@code complex} types all share one implementation.
 *
 * <p>Strings are sequences of code points: a lone surrogate {@code char} in the Java string is the
 * code point U+D800..U+DFFF and prints as a backslash-u escape, as in CPython; a valid surrogate
 * pair is one supplementary code point.
 */
public final class Repr {
    private Repr() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    // ---- str ------------------------------------------------------------------------------------

    /** {@code repr(s)} for a str: single quotes unless the text has ' and no ", escapes as CPython. */
    public static String str(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendStrChar(sb, cp, quote);
        }
        return sb.append(quote).toString();
    }

    /** {@code repr(s)} for a str given by its code points (which may hold separate surrogates). */
    public static String str(int[] cps) {
        boolean single = false, dbl = false;
        for (int cp : cps) {
            if (cp == '\'') single = true;
            else if (cp == '"') dbl = true;
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(cps.length + 2).append(quote);
        for (int cp : cps) appendStrChar(sb, cp, quote);
        return sb.append(quote).toString();
    }

    private static void appendStrChar(StringBuilder sb, int cp, char quote) {
        switch (cp) {
            case '\\' -> sb.append("\\\\");
            case '\t' -> sb.append("\\t");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            default -> {
                if (cp == quote) {
                    sb.append('\\').append(quote);
                } else if (cp < 0x7f) {
                    if (cp < ' ') appendHex(sb, 'x', cp, 2);
                    else sb.append((char) cp);
                } else if (isPrintable(cp)) {
                    sb.appendCodePoint(cp);
                } else if (cp <= 0xff) {
                    appendHex(sb, 'x', cp, 2);
                } else if (cp <= 0xffff) {
                    appendHex(sb, 'u', cp, 4);
                } else {
                    appendHex(sb, 'U', cp, 8);
                }
            }
        }
    }

    /**
     * Python's {@code str.isprintable} for one code point: false for the categories Cc, Cf, Cs, Co,
     * Cn, Zl, Zp and Zs other than the space itself. Uses the JDK's Unicode tables (Unicode 16 on
     * JDK 25, the version CPython 3.14 uses).
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static void appendHex(StringBuilder sb, char kind, int value, int digits) {
        sb.append('\\').append(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) sb.append(HEX[(value >> shift) & 0xf]);
    }

    // ---- bytes ----------------------------------------------------------------------------------

    /** {@code repr(b)} for bytes: {@code b'...'}, quote choice as for str, non-ASCII-printable as \xNN. */
    public static String bytes(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            if (x == '\'') hasSingle = true;
            else if (x == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < ' ' || c >= 0x7f) appendHex(sb, 'x', c, 2);
            else sb.append((char) c);
        }
        return sb.append(quote).toString();
    }

    // ---- int ------------------------------------------------------------------------------------

    public static String intRepr(long v) {
        return Long.toString(v);
    }

    public static String intRepr(BigInteger v) {
        return v.toString();
    }

    // ---- float ----------------------------------------------------------------------------------

    /**
     * {@code repr(x)} for a float: the shortest digits that round-trip, positional when the decimal
     * exponent is in [-4, 16), else {@code d.ddde+XX}; {@code inf}, {@code -inf}, {@code nan}.
     */
    public static String floatRepr(double x) {
        return formatShortest(x, true);
    }

    /**
     * {@code repr(complex(real, imag))}: {@code 2j} when the real part is +0.0, else
     * {@code (1+2j)}; the parts use float repr without the trailing {@code .0}.
     */
    public static String complexRepr(double real, double imag) {
        String im = formatShortest(imag, false);
        if (real == 0.0 && Math.copySign(1.0, real) > 0) return im + "j";
        String re = formatShortest(real, false);
        // The imaginary part always carries a sign; nan never has one of its own.
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + re + sign + im + "j)";
    }

    /** Shortest round-trip formatting as CPython's 'r' format; addDotZero appends ".0" to integral positionals. */
    private static String formatShortest(double x, boolean addDotZero) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String sign = Math.copySign(1.0, x) < 0 ? "-" : "";
        if (x == 0.0) return sign + (addDotZero ? "0.0" : "0");
        Decimal d = shortestDigits(Math.abs(x));
        int exponent = d.pointPosition - 1;           // scientific exponent: d.ddd × 10^exponent
        String body = -4 <= exponent && exponent < 16
                ? positional(d.digits, d.pointPosition, addDotZero)
                : scientific(d.digits, exponent);
        return sign + body;
    }

    /** A positive decimal 0.DIGITS × 10^pointPosition with no trailing zeros in digits. */
    private record Decimal(String digits, int pointPosition) {}

    /**
     * The shortest digit string that reads back as x (positive, finite), the one nearest x when
     * several have that length. {@link Double#toString} gives the shortest digits except that it
     * never returns a single digit when a two-digit decimal is nearer (e.g. 4.9E-324 where Python
     * prints 5e-324), so one-digit candidates are checked by hand.
     */
    private static Decimal shortestDigits(double x) {
        Decimal d = parseJavaRepr(Double.toString(x));
        if (d.digits.length() == 2) {
            Decimal one = oneDigitCandidate(x, d);
            if (one != null) return one;
        }
        return d;
    }

    private static Decimal oneDigitCandidate(double x, Decimal two) {
        int lead = two.digits.charAt(0) - '0';
        BigDecimal exact = new BigDecimal(x);
        Decimal best = null;
        BigDecimal bestDistance = null;
        for (int digit = lead; digit <= lead + 1; digit++) {
            // digit == 10 means the decimal 1 × 10^(pointPosition): 0.1 × 10^(pointPosition+1)
            Decimal cand = digit == 10 ? new Decimal("1", two.pointPosition + 1)
                                       : new Decimal(Integer.toString(digit), two.pointPosition);
            BigDecimal value = new BigDecimal(new BigInteger(cand.digits), cand.digits.length() - cand.pointPosition);
            if (value.doubleValue() != x) continue;
            BigDecimal distance = value.subtract(exact).abs();
            if (best == null || distance.compareTo(bestDistance) < 0) {
                best = cand;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Reads Java's "123.45" or "1.2345E-7" form into digits and point position. */
    private static Decimal parseJavaRepr(String s) {
        int e = s.indexOf('E');
        int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mantissa = e < 0 ? s : s.substring(0, e);
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int point = dot + exp10;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') lead++;
        int end = digits.length();
        while (end > lead + 1 && digits.charAt(end - 1) == '0') end--;
        return new Decimal(digits.substring(lead, end), point - lead);
    }

    private static String positional(String digits, int point, boolean addDotZero) {
        StringBuilder sb = new StringBuilder();
        if (point <= 0) {
            sb.append("0.").append("0".repeat(-point)).append(digits);
        } else if (point >= digits.length()) {
            sb.append(digits).append("0".repeat(point - digits.length()));
            if (addDotZero) sb.append(".0");
        } else {
            sb.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        return sb.toString();
    }

    private static String scientific(String digits, int exponent) {
        StringBuilder sb = new StringBuilder().append(digits.charAt(0));
        if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) sb.append('0');
        return sb.append(abs).toString();
    }
}
