package org.ember.runtime;

import java.math.BigInteger;

/** printf-style {@code str % args}, as CPython's PyUnicode_Format. */
public final class PercentFormat {

    private final String format;
    private final Object[] args;      // positional arguments (a lone non-tuple becomes a 1-element array)
    private final Object mapping;     // the right operand when it is a mapping, else null
    private int argIndex;
    private int pos;
    /** bytes % args (PEP 461): the format is latin-1 text, %s/%b take buffers, %r/%a are ascii(). */
    private boolean bytesMode;

    private PercentFormat(String format, Object operand) {
        this.format = format;
        PyTuple tuple = PyTuple.asTuple(operand);
        if (tuple != null) {
            this.args = tuple.items();
        } else {
            this.args = new Object[] {operand};
        }
        this.mapping = isMapping(operand) ? operand : null;
    }

    private static boolean isMapping(Object o) {
        if (PyTuple.asTuple(o) != null || PyStr.asStr(o) != null || PyBuffer.of(o) != null) return false;
        return Abstract.typeOf(o).getitem != null;
    }

    public static PyStr format(PyStr format, Object operand) {
        return new PyStr(new PercentFormat(format.value(), operand).run());
    }

    /** {@code bytes % operand}: the result's bytes. */
    static byte[] formatBytes(byte[] format, Object operand) {
        PercentFormat f = new PercentFormat(BytesMethods.latin1(format), operand);
        f.bytesMode = true;
        return BytesMethods.fromLatin1(f.run());
    }

    private String run() {
        StringBuilder out = new StringBuilder();
        while (pos < format.length()) {
            char c = format.charAt(pos++);
            if (c != '%') {
                out.append(c);
            } else if (pos < format.length() && format.charAt(pos) == '%') {
                pos++;
                out.append('%');
            } else {
                out.append(conversion());
            }
        }
        if (argIndex < args.length && mapping == null) {
            throw Errors.typeError("not all arguments converted during %s formatting", bytesMode ? "bytes" : "string");
        }
        return out.toString();
    }

    /** One conversion after its '%': [(key)][flags][width][.precision][length]type. */
    private String conversion() {
        Object keyed = mappingKey();
        boolean left = false, plus = false, space = false, alternate = false, zero = false;
        for (; pos < format.length() && "-+ #0".indexOf(format.charAt(pos)) >= 0; pos++) {
            switch (format.charAt(pos)) {
                case '-' -> left = true;
                case '+' -> plus = true;
                case ' ' -> space = true;
                case '#' -> alternate = true;
                default -> zero = true;
            }
        }
        int width = -1;
        if (pos < format.length() && format.charAt(pos) == '*') {
            pos++;
            long w = starArgument();
            if (w < 0) { left = true; w = -w; }
            width = (int) Math.min(w, Abstract.MAX_ARRAY_SIZE);
        } else {
            width = number("width");
        }
        int precision = -1;
        if (pos < format.length() && format.charAt(pos) == '.') {
            pos++;
            if (pos < format.length() && format.charAt(pos) == '*') {
                pos++;
                precision = (int) Math.max(0, Math.min(starArgument(), Abstract.MAX_ARRAY_SIZE));
            } else {
                precision = Math.max(number("precision"), 0);
            }
        }
        while (pos < format.length() && "hlL".indexOf(format.charAt(pos)) >= 0) pos++;
        if (pos >= format.length()) throw Errors.valueError("incomplete format");
        int typeIndex = pos;
        int type = format.codePointAt(pos);
        pos += Character.charCount(type);
        Object arg = keyed != null ? keyed : nextArg();
        if (type == '%') return "%";
        char sign = plus ? '+' : space ? ' ' : 0;
        Flags flags = new Flags(left, sign, alternate, zero, width, precision);
        if (bytesMode) {
            switch (type) {
                case 's', 'b' -> { return flags.padText(truncate(bytesText(arg, (char) type), precision)); }
                case 'r', 'a' -> { return flags.padText(truncate(asciiEscape(Abstract.repr(arg).value()), precision)); }
                case 'c' -> { return flags.padText(byteCharOf(arg)); }
                default -> { }
            }
        }
        return switch (type) {
            case 's' -> flags.padText(truncate(Abstract.str(arg).value(), precision));
            case 'r' -> flags.padText(truncate(Abstract.repr(arg).value(), precision));
            case 'a' -> flags.padText(truncate(asciiEscape(Abstract.repr(arg).value()), precision));
            case 'c' -> flags.padText(charOf(arg));
            case 'd', 'i', 'u' -> arg instanceof PyInt small && small.fitsLong() && small.longValue() != Long.MIN_VALUE
                    ? decimal(flags, small.longValue()) // the common case, without a BigInteger
                    : integer(flags, realToInteger(arg, (char) type), 10, (char) type);
            case 'o' -> integer(flags, integerArg(arg, 'o'), 8, 'o');
            case 'x', 'X' -> integer(flags, integerArg(arg, (char) type), 16, (char) type);
            case 'e', 'E', 'f', 'F', 'g', 'G' -> floating(flags, floatArg(arg), (char) type);
            default -> throw Errors.valueError("unsupported format character '%s' (0x%x) at index %d",
                    Character.toString(type), type, typeIndex);
        };
    }

    private record Flags(boolean left, char sign, boolean alternate, boolean zero, int width, int precision) {
        String padText(String text) {
            return padded("", text, false);
        }

        String padded(String prefix, String body, boolean zeroAllowed) {
            int padding = width - prefix.length() - body.codePointCount(0, body.length());
            if (padding <= 0) return prefix + body;
            ValueFormat.checkSize(width);
            if (left) return prefix + body + " ".repeat(padding);
            if (zero && zeroAllowed) return prefix + "0".repeat(padding) + body;
            return " ".repeat(padding) + prefix + body;
        }
    }

    private Object mappingKey() {
        if (pos >= format.length() || format.charAt(pos) != '(') return null;
        if (mapping == null) throw Errors.typeError("format requires a mapping");
        int depth = 1, start = ++pos;
        while (pos < format.length() && depth > 0) {
            char c = format.charAt(pos++);
            if (c == '(') depth++;
            else if (c == ')') depth--;
        }
        if (depth > 0) throw Errors.valueError("incomplete format key");
        String key = format.substring(start, pos - 1);
        return Abstract.getItem(mapping, bytesMode ? new PyBytes(BytesMethods.fromLatin1(key)) : new PyStr(key));
    }

    private Object nextArg() {
        if (argIndex >= args.length) throw Errors.typeError("not enough arguments for format string");
        return args[argIndex++];
    }

    private long starArgument() {
        Object w = nextArg();
        if (PyInt.asInt(w) == null) throw Errors.typeError("* wants int");
        return Abstract.asSize(w, Exceptions.OverflowError);
    }

    /** A run of decimal digits, or -1 if there is none; what ("width"/"precision") names it in the overflow error. */
    private int number(String what) {
        int start = pos;
        long v = 0;
        while (pos < format.length() && format.charAt(pos) >= '0' && format.charAt(pos) <= '9') {
            v = v * 10 + (format.charAt(pos++) - '0');
            if (v > Abstract.MAX_ARRAY_SIZE) throw Errors.valueError("%s too big", what);
        }
        return pos == start ? -1 : (int) v;
    }

    private static String truncate(String s, int precision) {
        if (precision < 0 || s.codePointCount(0, s.length()) <= precision) return s;
        return s.substring(0, s.offsetByCodePoints(0, precision));
    }

    /** %s / %b in bytes formatting: a buffer or an object with __bytes__, as latin-1 text. */
    private static String bytesText(Object arg, char type) {
        byte[] b = PyBuffer.bytesOf(arg);
        if (b == null && Abstract.typeOf(arg).lookup("__bytes__") != null) {
            Object r = Abstract.callMethod(Abstract.typeOf(arg).lookup("__bytes__"), arg);
            PyBytes bytes = PyBytes.asBytes(r);
            if (bytes == null) throw Errors.typeError("__bytes__ returned non-bytes (type %s)", Abstract.typeName(r));
            b = bytes.value;
        }
        if (b == null) {
            throw Errors.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                    Abstract.typeName(arg));
        }
        return BytesMethods.latin1(b);
    }

    /** %c in bytes formatting: an int in range(256) or a bytes of length 1. */
    private static String byteCharOf(Object arg) {
        byte[] b = PyBytes.asBytes(arg) != null || PyByteArray.asByteArray(arg) != null ? PyBuffer.bytesOf(arg) : null;
        if (b != null && b.length == 1) return BytesMethods.latin1(b);
        if (b == null && Abstract.typeOf(arg).index != null) {
            PyInt i = Abstract.index(arg);
            if (i.fitsLong() && i.longValue() >= 0 && i.longValue() < 256) return String.valueOf((char) i.longValue());
            throw Errors.overflowError("%s", "%c arg not in range(256)");
        }
        throw Errors.typeError("%s", "%c requires an integer in range(256) or a single byte");
    }

    private static String charOf(Object arg) {
        PyStr s = PyStr.asStr(arg);
        if (s != null) {
            if (s.length() != 1) {
                throw Errors.typeError("%%c requires an int or a unicode character, not a string of length %d", s.length());
            }
            return s.value();
        }
        PyInt i = Abstract.typeOf(arg).index != null ? Abstract.index(arg) : null;
        if (i == null) {
            throw Errors.typeError("%%c requires an int or a unicode character, not %s", Abstract.typeName(arg));
        }
        BigInteger v = i.bigValue();
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
            throw Errors.overflowError("%c arg not in range(0x110000)");
        }
        return Character.toString(v.intValue());
    }

    private static BigInteger realToInteger(Object arg, char type) {
        PyInt i = PyInt.asInt(arg);
        if (i != null) return i.bigValue();
        PyFloat f = PyFloat.asFloat(arg);
        if (f != null) {
            if (Double.isNaN(f.value)) throw Errors.valueError("cannot convert float NaN to integer");
            if (Double.isInfinite(f.value)) throw Errors.overflowError("cannot convert float infinity to integer");
            return new java.math.BigDecimal(f.value).toBigInteger();
        }
        if (Abstract.typeOf(arg).index != null) return Abstract.index(arg).bigValue();
        if (Abstract.lookupAttr(arg, new PyStr("__int__")) != null) {
            PyInt converted = PyInt.asInt(Abstract.invoke(arg, "__int__"));
            if (converted != null) return converted.bigValue();
        }
        throw Errors.typeError("%%%c format: a real number is required, not %s", type, Abstract.typeName(arg));
    }

    private static BigInteger integerArg(Object arg, char type) {
        if (Abstract.typeOf(arg).index == null) {
            throw Errors.typeError("%%%c format: an integer is required, not %s", type, Abstract.typeName(arg));
        }
        return Abstract.index(arg).bigValue();
    }

    private static double floatArg(Object arg) {
        PyFloat f = PyFloat.asFloat(arg);
        if (f != null) return f.value;
        // as float(x): __float__ first, then __index__
        Object converted = Abstract.lookupAttr(arg, new PyStr("__float__")) != null
                ? Abstract.invoke(arg, "__float__") : null;
        if (PyFloat.asFloat(converted) != null) return PyFloat.asFloat(converted).value;
        if (Abstract.typeOf(arg).index != null) return Abstract.index(arg).toDouble();
        throw Errors.typeError("must be real number, not %s", Abstract.typeName(arg));
    }

    private static String integer(Flags flags, BigInteger value, int radix, char type) {
        String digits = value.abs().toString(radix);
        if (type == 'X') digits = digits.toUpperCase();
        String prefix = ValueFormat.signText(value.signum() < 0, flags.sign());
        if (flags.alternate() && radix != 10) prefix += type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
        return withPrecision(flags, prefix, digits);
    }

    /** %d of an int that fits a long (not Long.MIN_VALUE, whose magnitude does not). */
    private static String decimal(Flags flags, long value) {
        return withPrecision(flags, ValueFormat.signText(value < 0, flags.sign()), Long.toString(Math.abs(value)));
    }

    private static String withPrecision(Flags flags, String prefix, String digits) {
        ValueFormat.checkSize(flags.precision());
        if (flags.precision() > digits.length()) digits = "0".repeat(flags.precision() - digits.length()) + digits;
        return flags.padded(prefix, digits, true);
    }

    private static String floating(Flags flags, double value, char type) {
        int precision = flags.precision() < 0 ? 6 : flags.precision();
        ValueFormat.checkSize(precision);
        String body = ValueFormat.floatBody(Math.abs(value), Character.toLowerCase(type), precision, flags.alternate());
        if (Character.isUpperCase(type)) body = body.toUpperCase();
        boolean negative = Math.copySign(1.0, value) < 0 && !Double.isNaN(value);
        return flags.padded(ValueFormat.signText(negative, flags.sign()), body, true);
    }

    /** ascii(): a repr with every non-ASCII code point escaped. */
    static String asciiEscape(String repr) {
        StringBuilder b = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 0x80) b.appendCodePoint(cp);
            else if (cp < 0x100) b.append(String.format("\\x%02x", cp));
            else if (cp < 0x10000) b.append(String.format("\\u%04x", cp));
            else b.append(String.format("\\U%08x", cp));
        });
        return b.toString();
    }
}
