package org.ember.runtime;

import java.util.Locale;

/** More str methods (padding, partition, splitlines, case and class predicates), kept apart from PyStr. */
final class StrMethods {
    private StrMethods() {}

    private static PyStr self(Object o) {
        return PyStr.asStr(o);
    }

    private static String value(Object o) {
        return self(o).value();
    }

    static void fill(TypeBuilder d) {
        d.method1("partition", (self, sep) -> partition(self(self), sep, false));
        d.method1("rpartition", (self, sep) -> partition(self(self), sep, true));
        d.method("splitlines", ArgSpec.keywords("splitlines", 0, 0, 1, "keepends"),
                (self, a) -> splitlines(value(self), a[0] != null && Abstract.isTrue(a[0])));
        d.method("ljust", ArgSpec.positional("ljust", 1, 2), (self, a) -> pad(self(self), a, 'l'));
        d.method("rjust", ArgSpec.positional("rjust", 1, 2), (self, a) -> pad(self(self), a, 'r'));
        d.method("center", ArgSpec.positional("center", 1, 2), (self, a) -> pad(self(self), a, 'c'));
        d.method1("zfill", StrMethods::zfill);
        d.method1("removeprefix", (self, p) -> {
            PyStr str = self(self), prefixStr = mustBeStr(p, "removeprefix() argument");
            if (StrSearch.needsCodePoints(str, prefixStr)) {
                int[] cps = str.toCodePoints();
                boolean found = StrSearch.matchesAt(cps, prefixStr.toCodePoints(), 0);
                return StrSearch.slice(cps, found ? prefixStr.length() : 0, cps.length);
            }
            String v = str.value(), prefix = prefixStr.value();
            return v.startsWith(prefix) ? new PyStr(v.substring(prefix.length())) : new PyStr(v);
        });
        d.method1("removesuffix", (self, p) -> {
            PyStr str = self(self), suffixStr = mustBeStr(p, "removesuffix() argument");
            if (StrSearch.needsCodePoints(str, suffixStr)) {
                int[] cps = str.toCodePoints();
                int at = cps.length - suffixStr.length();
                boolean found = suffixStr.length() > 0 && StrSearch.matchesAt(cps, suffixStr.toCodePoints(), at);
                return StrSearch.slice(cps, 0, found ? at : cps.length);
            }
            String v = str.value(), suffix = suffixStr.value();
            return !suffix.isEmpty() && v.endsWith(suffix) ? new PyStr(v.substring(0, v.length() - suffix.length())) : new PyStr(v);
        });
        d.method0("isascii", self -> PyBool.of(isAscii(value(self))));
        d.method0("isalnum", self -> all(value(self), cp -> Character.isLetter(cp) || isNumeric(cp)));
        d.method0("isdecimal", self -> all(value(self), cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER));
        d.method0("isnumeric", self -> all(value(self), StrMethods::isNumeric));
        d.method0("isprintable", self -> PyBool.of(value(self).codePoints().allMatch(PyStr::isPrintable)));
        d.method0("islower", self -> cased(value(self), Character::isLowerCase, Character::isUpperCase));
        d.method0("isupper", self -> cased(value(self), Character::isUpperCase, Character::isLowerCase));
        d.method0("istitle", self -> PyBool.of(isTitle(value(self))));
        d.method0("capitalize", self -> PyStr.caseMapped(PyStr.asStr(self), StrMethods::capitalize,
                v -> new PyStr(v.toLowerCase(Locale.ROOT))));
        d.method0("title", self -> PyStr.caseMapped(PyStr.asStr(self), StrMethods::title, null));
        d.method0("swapcase", self -> PyStr.caseMapped(PyStr.asStr(self), StrMethods::swapcase, null));
        // Full case folding approximated by upper-then-lower (right for ß and most scripts).
        d.method0("casefold", self -> PyStr.caseMapped(PyStr.asStr(self),
                v -> new PyStr(v.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)), null));
        d.method("expandtabs", ArgSpec.keywords("expandtabs", 0, 0, 1, "tabsize"), (self, a) ->
                expandtabs(value(self), a[0] == null ? 8 : Abstract.asSize(a[0], Exceptions.OverflowError)));
    }

    private static PyStr mustBeStr(Object o, String what) {
        PyStr s = PyStr.asStr(o);
        if (s == null) throw Errors.typeError("%s must be str, not %s", what, Abstract.typeName(o));
        return s;
    }

    private static PyTuple partition(PyStr str, Object sepObj, boolean fromRight) {
        PyStr sepStr = mustBeStr(sepObj, "must be str");
        String v = str.value(), sep = sepStr.value();
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        if (StrSearch.needsCodePoints(str, sepStr)) return StrSearch.partition(str, sepStr, fromRight);
        int at = fromRight ? StrSearch.lastIndexOf(v, sep) : StrSearch.indexOf(v, sep);
        if (at < 0) {
            return fromRight ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, new PyStr(v)) : PyTuple.of(new PyStr(v), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(new PyStr(v.substring(0, at)), new PyStr(sep), new PyStr(v.substring(at + sep.length())));
    }

    /** Python's line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static PyList splitlines(String v, boolean keepEnds) {
        PyList lines = new PyList();
        int start = 0, i = 0, n = v.length();
        while (i < n) {
            char c = v.charAt(i);
            if (!isLineBreak(c)) {
                i++;
                continue;
            }
            int end = i;
            i += c == '\r' && i + 1 < n && v.charAt(i + 1) == '\n' ? 2 : 1;
            lines.append(new PyStr(v.substring(start, keepEnds ? i : end)));
            start = i;
        }
        if (start < n) lines.append(new PyStr(v.substring(start)));
        return lines;
    }

    private static Object pad(PyStr s, Object[] a, char how) {
        long width = Abstract.asSize(a[0], Exceptions.OverflowError);
        String fill = " ";
        if (a[1] != null) {
            PyStr f = PyStr.asStr(a[1]);
            if (f == null) {
                throw Errors.typeError("The fill character must be a unicode character, not %s", Abstract.typeName(a[1]));
            }
            if (f.length() != 1) throw Errors.typeError("The fill character must be exactly one character long");
            fill = f.value();
        }
        int len = s.length();
        if (width <= len) return new PyStr(s.value());
        int margin = (int) (width - len);
        int left = switch (how) {
            case 'l' -> 0;
            case 'r' -> margin;
            default -> margin / 2 + (int) (margin & width & 1); // CPython's rounding of odd margins
        };
        return new PyStr(fill.repeat(left) + s.value() + fill.repeat(margin - left));
    }

    private static Object zfill(Object self, Object widthObj) {
        String v = value(self);
        long width = Abstract.asSize(widthObj, Exceptions.OverflowError);
        int len = self(self).length();
        if (width <= len) return new PyStr(v);
        String zeros = "0".repeat((int) (width - len));
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) return new PyStr(v.charAt(0) + zeros + v.substring(1));
        return new PyStr(zeros + v);
    }

    private static boolean isNumeric(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER;
    }

    private static boolean isAscii(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) >= 128) return false;
        }
        return true;
    }

    private static PyBool all(String v, java.util.function.IntPredicate test) {
        return PyBool.of(PyStr.allCodePoints(v, test));
    }

    /** islower/isupper: some cased character, and none of the opposite case. */
    private static PyBool cased(String v, java.util.function.IntPredicate want, java.util.function.IntPredicate opposite) {
        boolean sawCased = false;
        for (int cp : v.codePoints().toArray()) {
            if (opposite.test(cp) || Character.isTitleCase(cp)) return PyBool.FALSE;
            if (want.test(cp)) sawCased = true;
        }
        return PyBool.of(sawCased);
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean isTitle(String v) {
        boolean previousCased = false, sawCased = false;
        for (int cp : v.codePoints().toArray()) {
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (previousCased) return false;
                previousCased = sawCased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!previousCased) return false;
            } else {
                previousCased = false;
            }
        }
        return sawCased;
    }

    private static String titleOf(int cp) {
        String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
        // A single title-case code point when Java knows one (e.g. ǆ → ǅ); otherwise the upper form.
        return upper.codePointCount(0, upper.length()) == 1 ? Character.toString(Character.toTitleCase(cp)) : upper;
    }

    private static PyStr capitalize(String v) {
        if (v.isEmpty()) return PyStr.EMPTY;
        int first = v.codePointAt(0);
        return new PyStr(titleOf(first) + v.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
    }

    /** Words start after any uncased character, as CPython's str.title. */
    private static PyStr title(String v) {
        StringBuilder b = new StringBuilder(v.length());
        boolean previousCased = false;
        for (int cp : v.codePoints().toArray()) {
            String mapped = new String(Character.toChars(cp));
            b.append(previousCased ? mapped.toLowerCase(Locale.ROOT) : titleOf(cp));
            previousCased = isCased(cp);
        }
        return new PyStr(b.toString());
    }

    private static PyStr swapcase(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int cp : v.codePoints().toArray()) {
            String c = new String(Character.toChars(cp));
            if (Character.isUpperCase(cp)) b.append(c.toLowerCase(Locale.ROOT));
            else if (Character.isLowerCase(cp)) b.append(c.toUpperCase(Locale.ROOT));
            else b.append(c);
        }
        return new PyStr(b.toString());
    }

    private static PyStr expandtabs(String v, long tabsize) {
        StringBuilder b = new StringBuilder();
        int column = 0;
        for (int cp : v.codePoints().toArray()) {
            if (cp == '\t') {
                if (tabsize > 0) {
                    int spaces = (int) (tabsize - column % tabsize);
                    b.append(" ".repeat(spaces));
                    column += spaces;
                }
            } else {
                b.appendCodePoint(cp);
                column = cp == '\n' || cp == '\r' ? 0 : column + 1;
            }
        }
        return new PyStr(b.toString());
    }
}
