package org.ember.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** {@code __format__} for int, float and str: renders a value under a parsed {@link FormatSpec}. */
public final class ValueFormat {

    private ValueFormat() {}

    // ---- str ----------------------------------------------------------------------------------------

    public static String formatStr(String value, String specText) {
        if (specText.isEmpty()) return value;
        FormatSpec spec = FormatSpec.parse(specText, "str");
        if (spec.type() != 0 && spec.type() != 's') throw FormatSpec.unknownCode(spec.type(), "str");
        if (spec.grouping() != 0) throw Errors.valueError("Cannot specify '%c' with 's'.", spec.grouping());
        if (spec.sign() == ' ') throw Errors.valueError("Space not allowed in string format specifier");
        if (spec.sign() != 0) throw Errors.valueError("Sign not allowed in string format specifier");
        if (spec.noNegZero()) throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (spec.alternate()) throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        if (spec.align() == '=') throw Errors.valueError("'=' alignment not allowed in string format specifier");
        String body = value;
        if (spec.precision() >= 0 && body.codePointCount(0, body.length()) > spec.precision()) {
            body = body.substring(0, body.offsetByCodePoints(0, spec.precision()));
        }
        return pad("", body, spec, '<');
    }

    // ---- int ----------------------------------------------------------------------------------------

    public static String formatInt(BigInteger value, String specText, String typeName) {
        FormatSpec spec = FormatSpec.parse(specText, typeName);
        switch (spec.type()) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(PyInt.of(value).toDouble(), spec);
            }
            case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c' -> { }
            default -> throw FormatSpec.unknownCode(spec.type(), typeName);
        }
        if (spec.fracGrouping() != 0) FormatSpec.checkGrouping(spec.fracGrouping(), spec.type(), typeName);
        if (spec.precision() >= 0) throw Errors.valueError("Precision not allowed in integer format specifier");
        if (spec.noNegZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (spec.type() == 'c') return formatChar(value, spec);
        int radix = switch (spec.type()) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = value.abs().toString(radix);
        if (spec.type() == 'X') digits = digits.toUpperCase();
        String prefix = spec.alternate() ? alternatePrefix(spec.type()) : "";
        String sign = signText(value.signum() < 0, spec.sign()) + prefix;
        return layoutNumber(sign, digits, "", spec, radix == 10 ? 3 : 4);
    }

    private static String alternatePrefix(char type) {
        return switch (type) {
            case 'b' -> "0b";
            case 'o' -> "0o";
            case 'x' -> "0x";
            case 'X' -> "0X";
            default -> "";
        };
    }

    private static String formatChar(BigInteger value, FormatSpec spec) {
        if (spec.sign() != 0) throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
        if (spec.alternate()) throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        if (value.bitLength() > 63) throw Errors.overflowError("Python int too large to convert to C long");
        if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
            throw Errors.overflowError("%c arg not in range(0x110000)");
        }
        return pad("", Character.toString(value.intValue()), spec, '>');
    }

    // ---- float --------------------------------------------------------------------------------------

    public static String formatFloat(double value, String specText, String typeName) {
        FormatSpec spec = FormatSpec.parse(specText, typeName);
        switch (spec.type()) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> { }
            default -> throw FormatSpec.unknownCode(spec.type(), typeName);
        }
        if (spec.fracGrouping() != 0) FormatSpec.checkGrouping(spec.fracGrouping(), spec.type(), typeName);
        return formatFloat(value, spec);
    }

    private static String formatFloat(double value, FormatSpec spec) {
        char type = spec.type();
        double x = type == '%' ? value * 100 : value;
        boolean negative = Math.copySign(1.0, x) < 0 && !Double.isNaN(x);
        String body = floatBody(Math.abs(x), type, spec.precision(), spec.alternate());
        if (type == 'E' || type == 'F' || type == 'G') body = body.toUpperCase();
        if (type == '%') body += "%";
        if (negative && spec.noNegZero() && isAllZero(body)) negative = false;
        int split = integerPartEnd(body);
        String rest = spec.fracGrouping() == 0 ? body.substring(split) : groupFraction(body.substring(split), spec.fracGrouping());
        return layoutNumber(signText(negative, spec.sign()), body.substring(0, split), rest, spec, 3);
    }

    /** The digits of a non-negative x (no sign) for a float presentation type. */
    static String floatBody(double x, char type, int precision, boolean alternate) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return "inf";
        int p = precision < 0 ? 6 : precision;
        checkSize(p);
        return switch (type) {
            case 'f', 'F', '%' -> fixed(x, p, alternate);
            case 'e', 'E' -> scientific(x, p, alternate);
            case 'g', 'G', 'n' -> general(x, p, alternate, false);
            default -> precision < 0 ? shortest(x, alternate) : general(x, precision, alternate, true);
        };
    }

    /** repr-style digits (no type, no precision); '#' forces a point into the exponent form too: 1.e+16. */
    private static String shortest(double x, boolean alternate) {
        String r = Repr.floatRepr(x);
        if (alternate && r.indexOf('.') < 0) {
            int e = r.indexOf('e');
            r = e < 0 ? r + "." : r.substring(0, e) + "." + r.substring(e);
        }
        return r;
    }

    static String fixed(double x, int precision, boolean alternate) {
        String s = new BigDecimal(x).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && precision == 0 ? s + "." : s;
    }

    static String scientific(double x, int precision, boolean alternate) {
        Rounded r = roundSignificant(x, precision + 1);
        StringBuilder b = new StringBuilder().append(r.digits.charAt(0));
        if (precision > 0 || alternate) b.append('.');
        b.append(r.digits, 1, r.digits.length());
        return b.append(exponentText(r.exponent)).toString();
    }

    /**
     * 'g' (and the untyped form with a precision, which keeps one digit after the point and
     * switches to exponent form one place earlier): significant digits, trailing zeros dropped
     * unless '#'.
     */
    static String general(double x, int precision, boolean alternate, boolean untyped) {
        int p = precision == 0 ? 1 : precision;
        int exponent = roundSignificant(x, p).exponent;
        int limit = untyped ? p - 1 : p;
        String s;
        if (exponent >= -4 && exponent < limit) {
            s = fixed(x, p - 1 - exponent, alternate);
        } else {
            s = scientific(x, p - 1, alternate);
        }
        if (!alternate) s = stripZeros(s);
        if (untyped && !alternate && s.indexOf('.') < 0 && s.indexOf('e') < 0) s += ".0";
        return s;
    }

    private static String stripZeros(String s) {
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String tail = e < 0 ? "" : s.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            int end = mantissa.length();
            while (mantissa.charAt(end - 1) == '0') end--;
            if (mantissa.charAt(end - 1) == '.') end--;
            mantissa = mantissa.substring(0, end);
        }
        return mantissa + tail;
    }

    /** x (≥ 0, finite) rounded half-even to count significant digits: exactly count digits and the exponent. */
    private record Rounded(String digits, int exponent) {}

    private static Rounded roundSignificant(double x, int count) {
        if (x == 0) return new Rounded("0".repeat(count), 0);
        BigDecimal r = new BigDecimal(x).round(new MathContext(count, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exponent = digits.length() - 1 - r.scale();
        if (digits.length() > count) digits = digits.substring(0, count);
        return new Rounded(digits + "0".repeat(count - digits.length()), exponent);
    }

    private static String exponentText(int exponent) {
        String abs = Integer.toString(Math.abs(exponent));
        return "e" + (exponent < 0 ? "-" : "+") + (abs.length() < 2 ? "0" + abs : abs);
    }

    private static boolean isAllZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '1' && c <= '9') return false;
            if (c == 'e' || c == 'E') break;
            if (Character.isLetter(c)) return false;   // inf, nan
        }
        return true;
    }

    /** Puts a separator after every third fraction digit of ".ddddd..." (3.14's '.3,f'). */
    private static String groupFraction(String rest, char separator) {
        if (!rest.startsWith(".")) return rest;
        int end = 1;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) end++;
        StringBuilder b = new StringBuilder(".");
        for (int k = 1; k < end; k++) {
            if (k > 1 && (k - 1) % 3 == 0) b.append(separator);
            b.append(rest.charAt(k));
        }
        return b.append(rest, end, rest.length()).toString();
    }

    private static int integerPartEnd(String body) {
        int i = 0;
        while (i < body.length() && Character.isDigit(body.charAt(i))) i++;
        return i == 0 ? body.length() : i;
    }

    /**
     * Refuses results too long to build: CPython would try and raise MemoryError, the JVM would
     * die with an OutOfMemoryError that must not reach the user.
     */
    static void checkSize(long length) {
        if (length > MAX_RESULT) throw Errors.memoryError();
    }

    private static final long MAX_RESULT = 50_000_000;

    // ---- layout -------------------------------------------------------------------------------------

    static String signText(boolean negative, char signOption) {
        if (negative) return "-";
        return signOption == '+' ? "+" : signOption == ' ' ? " " : "";
    }

    /**
     * Lays out sign, grouped integer digits and the rest under width/fill/align. Zero padding
     * ('0' fill with '=' alignment) with grouping groups the padding zeros too, as CPython does.
     */
    private static String layoutNumber(String sign, String intDigits, String rest, FormatSpec spec, int groupSize) {
        char align = spec.effectiveAlign('>');
        int fill = spec.effectiveFill();
        String grouped = intDigits;
        // hex digits may start with a letter; only inf/nan are left ungrouped
        if (spec.grouping() != 0 && !intDigits.isEmpty() && Character.digit(intDigits.charAt(0), 16) >= 0) {
            int minWidth = 0;
            if (align == '=' && fill == '0' && spec.width() > 0) {
                minWidth = spec.width() - sign.length() - rest.codePointCount(0, rest.length());
            }
            grouped = group(intDigits, spec.grouping(), groupSize, minWidth);
        }
        return pad(sign, grouped + rest, spec, '>');
    }

    private static String group(String digits, char separator, int size, int minWidth) {
        StringBuilder out = new StringBuilder();
        int used = 0, inGroup = 0;
        while (used < digits.length() || out.length() < minWidth) {
            if (inGroup == size) {
                out.append(separator);
                inGroup = 0;
            }
            out.append(used < digits.length() ? digits.charAt(digits.length() - 1 - used) : '0');
            used++;
            inGroup++;
        }
        return out.reverse().toString();
    }

    /** Pads sign+body to the spec's width; '=' puts the padding between sign and body. */
    static String pad(String sign, String body, FormatSpec spec, char defaultAlign) {
        int length = sign.length() + body.codePointCount(0, body.length());
        int padding = spec.width() - length;
        if (padding <= 0) return sign + body;
        checkSize(spec.width());
        String fill = Character.toString(spec.effectiveFill());
        return switch (spec.effectiveAlign(defaultAlign)) {
            case '<' -> sign + body + fill.repeat(padding);
            case '^' -> fill.repeat(padding / 2) + sign + body + fill.repeat(padding - padding / 2);
            case '=' -> sign + fill.repeat(padding) + body;
            default -> fill.repeat(padding) + sign + body;
        };
    }
}
