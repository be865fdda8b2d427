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
        d.method0("isalnum", self -> PyBool.of(Latin1Classes.all(value(self), Latin1Classes.ALNUM,
                cp -> Character.isLetter(cp) || isNumeric(cp))));
        d.method0("isdecimal", self -> PyBool.of(Latin1Classes.all(value(self), Latin1Classes.DECIMAL,
                cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER)));
        d.method0("isnumeric", self -> PyBool.of(Latin1Classes.all(value(self), Latin1Classes.NUMERIC, StrMethods::isNumeric)));
        d.method0("isprintable", self -> PyBool.of(value(self).codePoints().allMatch(PyStr::isPrintable)));
        d.method0("islower", self -> cased(value(self), Character::isLowerCase, Character::isUpperCase));
        d.method0("isupper", self -> cased(value(self), Character::isUpperCase, Character::isLowerCase));
        d.method0("istitle", self -> PyBool.of(isTitle(value(self))));
        d.method0("capitalize", self -> PyStr.caseMapped(PyStr.asStr(self), StrMethods::capitalize,
                v -> new PyStr(lower(v))));
        d.method0("title", self -> PyStr.caseMapped(PyStr.asStr(self), StrMethods::title, null));
        d.method0("swapcase", self -> PyStr.caseMapped(PyStr.asStr(self), StrMethods::swapcase, null));
        d.method0("casefold", self -> PyStr.caseMapped(PyStr.asStr(self), v -> new PyStr(casefold(v)), null));
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
        ItemBuffer lines = new ItemBuffer(16);
        int start = 0, i = 0, n = v.length();
        while (i < n) {
            char c = v.charAt(i);
            if (!isLineBreak(c)) {
                i++;
                continue;
            }
            int end = i;
            i += c == '\r' && i + 1 < n && v.charAt(i + 1) == '\n' ? 2 : 1;
            lines.add(new PyStr(v.substring(start, keepEnds ? i : end)));
            start = i;
        }
        if (start < n) lines.add(new PyStr(v.substring(start)));
        return lines.toList();
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

    static boolean isNumeric(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER;
    }

    private static boolean isAscii(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) >= 128) return false;
        }
        return true;
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
        if (Character.isTitleCase(cp)) return Character.toString(cp);
        int simple = Character.toTitleCase(cp);
        String upper = Character.toString(cp).toUpperCase(Locale.ROOT);
        // A single title-case code point when Java knows one (ǆ → ǅ, ᾳ → ᾼ).
        if (simple != cp || upper.codePointCount(0, upper.length()) == 1) return Character.toString(simple);
        String special = SPECIAL_TITLE.get(cp);
        if (special != null) return special;
        // A full upper-casing to several characters (ß → SS, ﬁ → FI): the title form upper-cases
        // only the first of them (Ss, Fi).
        int first = upper.codePointAt(0);
        return Character.toString(first) + upper.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    /** Unicode's special title casings that are not "first upper-cased letter, the rest lower". */
    private static final java.util.Map<Integer, String> SPECIAL_TITLE = java.util.Map.of(
            0x0149, "\u02BC\u004E",
            0x1FB2, "\u1FBA\u0345", 0x1FB4, "\u0386\u0345", 0x1FB7, "\u0391\u0342\u0345",
            0x1FC2, "\u1FCA\u0345", 0x1FC4, "\u0389\u0345", 0x1FC7, "\u0397\u0342\u0345",
            0x1FF2, "\u1FFA\u0345", 0x1FF4, "\u038F\u0345", 0x1FF7, "\u03A9\u0342\u0345");

    private static PyStr capitalize(String v) {
        if (v.isEmpty()) return PyStr.EMPTY;
        int first = v.codePointAt(0);
        return new PyStr(titleOf(first) + lower(v, Character.charCount(first), v.length()));
    }

    private static final char CAPITAL_SIGMA = '\u03A3';

    /** str.lower: Java's lower-casing, except that capital sigma follows CPython's Final_Sigma rule. */
    static String lower(String v) {
        return lower(v, 0, v.length());
    }

    /**
     * v[from:to] lower-cased, with each capital sigma judged in the context of all of v: Java's
     * final-sigma test looks at word boundaries, CPython's (Unicode's Final_Sigma) skips
     * case-ignorable characters to the nearest cased one on each side.
     */
    static String lower(String v, int from, int to) {
        int sigma = v.indexOf(CAPITAL_SIGMA, from);
        if (sigma < 0 || sigma >= to) return v.substring(from, to).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(to - from);
        int start = from;
        for (; sigma >= 0 && sigma < to; sigma = v.indexOf(CAPITAL_SIGMA, start)) {
            b.append(v.substring(start, sigma).toLowerCase(Locale.ROOT));
            b.append(isFinalSigma(v, sigma) ? '\u03C2' : '\u03C3');
            start = sigma + 1;
        }
        return b.append(v.substring(start, to).toLowerCase(Locale.ROOT)).toString();
    }

    private static boolean isFinalSigma(String v, int at) {
        int before = at;
        int cp = -1;
        while (before > 0) {
            cp = v.codePointBefore(before);
            if (!isCaseIgnorable(cp)) break;
            before -= Character.charCount(cp);
        }
        if (before == 0 || !isCased(cp)) return false;
        int after = at + 1;
        while (after < v.length()) {
            cp = v.codePointAt(after);
            if (!isCaseIgnorable(cp)) return !isCased(cp);
            after += Character.charCount(cp);
        }
        return true;
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers, and the word-internal punctuation. */
    private static boolean isCaseIgnorable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                 Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> true;
            default -> switch (cp) {
                // Word_Break MidLetter, MidNumLet and Single_Quote
                case 0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027,
                     0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A -> true;
                default -> false;
            };
        };
    }

    /**
     * str.casefold: full case folding. Upper- then lower-casing each character gives it except
     * for Cherokee (which folds to upper case), dotless i and capital sharp s.
     */
    static String casefold(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) b.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            else if (cp >= 0xAB70 && cp <= 0xABBF) b.appendCodePoint(cp - 0xAB70 + 0x13A0);
            else if (cp >= 0x13F8 && cp <= 0x13FD) b.appendCodePoint(cp - 8);
            else if ((cp >= 0x13A0 && cp <= 0x13F5) || cp == 0x131) b.appendCodePoint(cp);
            else if (cp == 0x1E9E) b.append("ss");
            else b.append(Character.toString(cp).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** Words start after any uncased character, as CPython's str.title. */
    private static PyStr title(String v) {
        if (isAscii(v)) return new PyStr(asciiTitle(v));
        StringBuilder b = new StringBuilder(v.length());
        boolean previousCased = false;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i), next = i + Character.charCount(cp);
            b.append(previousCased ? lower(v, i, next) : titleOf(cp));
            previousCased = isCased(cp);
            i = next;
        }
        return new PyStr(b.toString());
    }

    /** title() of ASCII text, where only the letters are cased and each maps to one letter. */
    private static String asciiTitle(String v) {
        char[] out = new char[v.length()];
        boolean previousCased = false;
        for (int i = 0; i < out.length; i++) {
            char c = v.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
            if (previousCased && upper) c += 'a' - 'A';
            else if (!previousCased && lower) c -= 'a' - 'A';
            out[i] = c;
            previousCased = upper || lower;
        }
        return new String(out);
    }

    private static PyStr swapcase(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i += Character.charCount(v.codePointAt(i))) {
            int cp = v.codePointAt(i);
            String c = Character.toString(cp);
            if (Character.isUpperCase(cp)) b.append(lower(v, i, i + c.length()));
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
