package org.ember.runtime;

/**
 * A parsed format specification of the mini-language
 * {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}.
 * Absent parts are 0 (chars) or -1 (numbers); {@code fill} defaults to a space.
 */
public record FormatSpec(int fill, boolean fillGiven, char align, char sign, boolean noNegZero, boolean alternate,
                         boolean zeroPad, int width, char grouping, int precision, char fracGrouping,
                         char type) {

    /** Parses spec for a value of the named type; errors are CPython's ValueErrors. */
    public static FormatSpec parse(String spec, String typeName) {
        int[] cps = spec.codePoints().toArray();
        int i = 0;
        int fill = ' ';
        boolean fillGiven = false;
        char align = 0;
        if (cps.length >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            fillGiven = true;
            align = (char) cps[1];
            i = 2;
        } else if (cps.length >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            i = 1;
        }
        char sign = 0;
        if (i < cps.length && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) sign = (char) cps[i++];
        boolean noNegZero = false;
        if (i < cps.length && cps[i] == 'z') { noNegZero = true; i++; }
        boolean alternate = false;
        if (i < cps.length && cps[i] == '#') { alternate = true; i++; }
        boolean zeroPad = false;
        if (i < cps.length && cps[i] == '0') { zeroPad = true; i++; }
        int start = i;
        while (i < cps.length && isDigit(cps[i])) i++;
        int width = digitsValue(cps, start, i);
        char grouping = 0;
        if (i < cps.length && (cps[i] == ',' || cps[i] == '_')) {
            grouping = (char) cps[i++];
            if (i < cps.length && (cps[i] == ',' || cps[i] == '_')) {
                if (cps[i] != grouping) throw Errors.valueError("Cannot specify both ',' and '_'.");
                throw Errors.valueError("Cannot specify '%c' with '%c'.", grouping, (char) cps[i]);
            }
        }
        int precision = -1;
        char fracGrouping = 0;
        if (i < cps.length && cps[i] == '.') {
            start = ++i;
            while (i < cps.length && isDigit(cps[i])) i++;
            precision = digitsValue(cps, start, i);
            // 3.14: a grouping character after the precision groups the fraction digits
            if (i < cps.length && (cps[i] == ',' || cps[i] == '_')) fracGrouping = (char) cps[i++];
            if (i == start) throw Errors.valueError("Format specifier missing precision");
        }
        if (cps.length - i > 1) {
            throw Errors.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        char type = 0;
        if (i < cps.length) {
            // NUL would read as 'no type' here, so it is refused at once like any unknown code
            if (cps[i] > 0xFFFF || cps[i] == 0) throw unknownCode(cps[i], typeName);
            type = (char) cps[i];
        }
        if (grouping != 0) checkGrouping(grouping, type, typeName);
        return new FormatSpec(fill, fillGiven, align, sign, noNegZero, alternate, zeroPad, width, grouping,
                precision, fracGrouping, type);
    }

    /** The fraction grouping is checked by the float formatter, after the type code (as CPython does). */
    static void checkGrouping(char grouping, char type, String typeName) {
        switch (type) {
            case 0, 'd', 'e', 'f', 'g', 'E', 'F', 'G', '%' -> { }
            case ',', '_' -> { }   // a third separator is taken as the type: reported as an unknown code
            case 'b', 'o', 'x', 'X' -> {
                if (grouping == ',') throw Errors.valueError("Cannot specify ',' with '%c'.", type);
            }
            default -> throw badGrouping(grouping, type, typeName);
        }
    }

    private static PyException badGrouping(char grouping, char type, String typeName) {
        if (type > ' ' && type < 0x7f) return Errors.valueError("Cannot specify '%c' with '%c'.", grouping, type);
        return Errors.valueError("Cannot specify '%c' with '\\x%x'.", grouping, (int) type);
    }

    static PyException unknownCode(int type, String typeName) {
        if (type > ' ' && type < 0x7f) {
            return Errors.valueError("Unknown format code '%c' for object of type '%s'", (char) type, typeName);
        }
        return Errors.valueError("Unknown format code '\\x%x' for object of type '%s'", type, typeName);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsValue(int[] cps, int from, int to) {
        if (from == to) return -1;
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (cps[k] - '0');
            if (v > Abstract.MAX_ARRAY_SIZE) throw Errors.valueError("Too many decimal digits in format string");
        }
        return (int) v;
    }

    /** The fill code point to use: '0' when only the zero flag asked for padding. */
    int effectiveFill() {
        return !fillGiven && zeroPad ? '0' : fill;
    }

    /** The alignment to use given the type's default; the zero flag means '=' for numbers. */
    char effectiveAlign(char defaultAlign) {
        if (align != 0) return align;
        if (zeroPad && defaultAlign == '>') return '=';
        return defaultAlign;
    }
}
