package org.ember.runtime;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code complex(...)}: the constructor's argument rules, string syntax and {@code complex.from_number}. */
final class ComplexParser {

    private ComplexParser() {}

    private static final ArgSpec ARGS = ArgSpec.keywords("complex", 0, 0, 2, "real", "imag");

    static Object newComplex(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        Object[] a = ARGS.bind(args, offset, nargs, kwnames);
        PyComplex result = construct(a[0], a[1]);
        return type == PyComplex.TYPE ? result : type.wrap(result);
    }

    private static PyComplex construct(Object r, Object i) {
        if (r == null) r = PyInt.ZERO;
        if (Abstract.builtinPart(r) instanceof PyStr s) {
            if (i != null) throw Errors.typeError("complex() can't take second arg if first is a string");
            return parse(s.value());
        }
        if (i != null && Abstract.builtinPart(i) instanceof PyStr) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        PyComplex cr = fromSpecialMethod(r);
        boolean crIsComplex = cr != null;
        if (cr == null) {
            if (!isNumber(r)) {
                throw Errors.typeError("complex() first argument must be a string or a number, not '%s'", Abstract.typeName(r));
            }
            cr = new PyComplex(PyFloat.convert(r).value, 0.0);
        }
        if (i == null) return crIsComplex ? new PyComplex(cr.real, cr.imag) : cr;
        PyComplex ci = PyComplex.asComplex(i);
        if (ci == null) {
            if (!isNumber(i)) {
                throw Errors.typeError("complex() second argument must be a number, not '%s'", Abstract.typeName(i));
            }
            ci = new PyComplex(PyFloat.convert(i).value, 0.0);
        }
        boolean ciIsComplex = PyComplex.asComplex(i) != null;
        // complex(a, b) is a + b*1j with both possibly complex: (ar - bi) + (ai + br)j
        double real = ciIsComplex ? cr.real - ci.imag : cr.real;
        double imag = crIsComplex ? ci.real + cr.imag : ci.real;
        return new PyComplex(real, imag);
    }

    private static boolean isNumber(Object o) {
        PyType t = Abstract.typeOf(o);
        return t.toFloat != null || t.index != null || PyComplex.asComplex(o) != null;
    }

    /** The value of o.__complex__() (exact complex objects are their own value), or null if there is none. */
    private static PyComplex fromSpecialMethod(Object o) {
        if (o instanceof PyComplex c) return c;
        Object method = Abstract.typeOf(o).lookup("__complex__");
        if (method == null) {
            return PyComplex.asComplex(o);
        }
        Object result = Abstract.callMethod(method, o);
        PyComplex c = PyComplex.asComplex(result);
        if (c == null) {
            throw Errors.typeError("__complex__ returned non-complex (type %s)", Abstract.typeName(result));
        }
        return c;
    }

    /** complex.from_number(number): numbers only (a str is refused), via __complex__, __float__ or __index__. */
    static Object fromNumber(PyType cls, Object number) {
        if (Abstract.builtinPart(number) instanceof PyStr || !(isNumber(number) || Abstract.typeOf(number).lookup("__complex__") != null)) {
            throw Errors.typeError("must be real number, not %s", Abstract.typeName(number));
        }
        PyComplex c = fromSpecialMethod(number);
        if (c == null) c = new PyComplex(PyFloat.convert(number).value, 0.0);
        if (cls == PyComplex.TYPE) return c instanceof PyComplex && number == c ? c : new PyComplex(c.real, c.imag);
        return Abstract.call(cls, new PyComplex(c.real, c.imag));
    }

    // ---- the string syntax ----

    private static final String NUMBER = "(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.)(?:[eE][+-]?\\d(?:_?\\d)*)?"
            + "|(?i:infinity|inf|nan)";
    /** real part, then optional signed imaginary part (its number optional: "1+j"), or one imaginary number. */
    private static final Pattern COMPLEX = Pattern.compile(
            "(?<re>[+-]?(?:" + NUMBER + "))(?:(?<imsign>[+-])(?<im>" + NUMBER + ")?[jJ])?"
            + "|(?<pure>[+-]?(?:" + NUMBER + ")?)[jJ]");

    /** complex(str): optional whitespace and one pair of parentheses around {@code re}, {@code re±imj} or {@code imj}. */
    static PyComplex parse(String text) {
        String s = asciiDigits(text);
        if (s == null) throw malformed();
        if (s.indexOf('_') >= 0) {
            // underscores are only allowed between digits; the string is then read without them
            if (!underscoresBetweenDigits(s)) throw Errors.valueError("could not convert string to complex: %s", PyStr.repr(text));
            s = s.replace("_", "");
        }
        s = PyStr.stripSpace(s);
        if (s.startsWith("(")) {
            if (!s.endsWith(")") || s.length() < 2) throw malformed();
            s = PyStr.stripSpace(s.substring(1, s.length() - 1));
        }
        Matcher m = COMPLEX.matcher(s);
        if (!m.matches()) throw malformed();
        if (m.group("pure") != null) return new PyComplex(0.0, signedNumber(m.group("pure")));
        double re = number(m.group("re"));
        if (m.group("imsign") == null) return new PyComplex(re, 0.0);
        String im = m.group("im");
        double imag = im == null ? 1.0 : number(im);
        return new PyComplex(re, m.group("imsign").equals("-") ? -imag : imag);
    }

    /** A number of the imaginary form, where the digits may be absent ("j", "-j"). */
    private static double signedNumber(String s) {
        if (s.isEmpty() || s.equals("+")) return 1.0;
        if (s.equals("-")) return -1.0;
        return number(s);
    }

    private static double number(String s) {
        String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        double v = switch (body.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "infinity" -> Double.POSITIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(body.replace("_", ""));
        };
        return s.startsWith("-") ? -v : v;
    }

    /** Unicode decimal digits as ASCII, Unicode spaces kept; null if another non-ASCII character appears. */
    private static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 || PyStr.isSpace(cp)) b.appendCodePoint(cp < 128 ? cp : ' ');
            else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) b.append((char) ('0' + Character.digit(cp, 10)));
            else return null;
        }
        return b.toString();
    }

    private static boolean underscoresBetweenDigits(String s) {
        for (int i = s.indexOf('_'); i >= 0; i = s.indexOf('_', i + 1)) {
            if (i == 0 || i == s.length() - 1 || !isAsciiDigit(s.charAt(i - 1)) || !isAsciiDigit(s.charAt(i + 1))) return false;
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static PyException malformed() {
        return Errors.valueError("complex() arg is a malformed string");
    }
}
