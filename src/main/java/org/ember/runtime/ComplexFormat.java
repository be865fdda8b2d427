package org.ember.runtime;

/**
 * {@code format(complex, spec)}: both parts formatted as floats of the spec's type, the imaginary
 * part always signed unless it stands alone. Without a type the parts look like repr (or 'g' when
 * a precision is given) and the result is parenthesized when the real part is shown.
 */
final class ComplexFormat {

    private ComplexFormat() {}

    static String format(double re, double im, String specText) {
        FormatSpec spec = FormatSpec.parse(specText, "complex");
        if (spec.zeroPad() || (spec.fillGiven() && spec.fill() == '0' && spec.align() == '=')) {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align() == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        char type = spec.type();
        int precision = spec.precision();
        boolean skipRe = false, parens = false;
        switch (type) {
            case 0 -> {
                type = 'r';
                if (re == 0.0 && Math.copySign(1.0, re) > 0) skipRe = true;
                else parens = true;
                if (precision >= 0) type = 'g';
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                if (precision < 0) precision = 6;
            }
            case 'n' -> {
                type = 'g';
                if (precision < 0) precision = 6;
            }
            default -> throw FormatSpec.unknownCode(type, "complex");
        }
        StringBuilder out = new StringBuilder();
        if (parens) out.append('(');
        if (!skipRe) out.append(part(re, type, precision, spec, spec.sign()));
        out.append(part(im, type, precision, spec, skipRe ? spec.sign() : '+')).append('j');
        if (parens) out.append(')');
        return ValueFormat.pad("", out.toString(), spec, '>');
    }

    private static String part(double x, char type, int precision, FormatSpec spec, char signOption) {
        boolean negative = Math.copySign(1.0, x) < 0 && !Double.isNaN(x);
        String body;
        if (type == 'r') {
            body = Repr.floatRepr(Math.abs(x));
            if (body.endsWith(".0")) body = body.substring(0, body.length() - 2);
            if (spec.alternate() && Double.isFinite(x) && body.indexOf('.') < 0) {
                int e = body.indexOf('e');
                body = e < 0 ? body + "." : body.substring(0, e) + "." + body.substring(e);
            }
        } else {
            body = ValueFormat.floatBody(Math.abs(x), type, precision, spec.alternate());
            if (type == 'E' || type == 'F' || type == 'G') body = body.toUpperCase(java.util.Locale.ROOT);
        }
        if (negative && spec.noNegZero() && isZero(body)) negative = false;
        return ValueFormat.signText(negative, signOption) + body;
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }
}
