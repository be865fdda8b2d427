package org.ember.runtime;

import java.util.Locale;

/**
 * Methods of the builtin types that CPython has and {@code dir()} shows, kept together so that
 * each type's own file only gains one line: {@code __divmod__}/{@code __rdivmod__},
 * {@code __getnewargs__} (what pickle and copy call), {@code float.hex}/{@code fromhex}/
 * {@code __getformat__}/{@code from_number}, {@code range.count}/{@code index}/
 * {@code __reversed__}, {@code dict.__reversed__}, {@code bytes.__buffer__}.
 */
final class BuiltinExtras {
    private BuiltinExtras() {}

    // ---- object ----

    static void objectMethods(TypeBuilder d) {
        d.method0("__sizeof__", self -> PyInt.of(sizeOf(self)));
    }

    /**
     * object.__sizeof__: the size CPython 3.13 (64-bit) gives the object, without GC header
     * (sys.getsizeof adds that). Exact for ints, floats, complex numbers, strs, tuples, bytes,
     * bytearrays, ranges, small dicts and sets and plain objects; lists count their length (CPython
     * counts its over-allocated capacity), big dicts and sets follow CPython's table growth roughly.
     * Ember's own Java objects have other sizes: this is for programs that compare sizes.
     */
    static long sizeOf(Object o) {
        Object builtin = Abstract.builtinPart(o);
        return switch (builtin) {
            case PyBool b -> 28;
            case PyInt i -> i.signum() == 0 ? 28 : 24 + 4L * ((i.bitLength() + 29) / 30);
            case PyFloat f -> 24;
            case PyComplex c -> 32;
            case PyStr s -> strSize(s);
            case PyTuple t -> 24 + 8L * t.size();
            case PyList l -> 40 + 8L * l.size();
            case PyBytes b -> 33 + b.byteLength();
            case PyByteArray b -> b.byteLength() == 0 ? 56 : 57 + b.byteLength();
            case PyRange r -> 48;
            case PyDict dict -> dictSize(dict.size());
            case PySet set -> setSize(set.size());
            case PyFrozenSet set -> setSize(Abstract.len(set));
            default -> 16;
        };
    }

    private static long strSize(PyStr s) {
        int[] cps = s.toCodePoints();
        int max = 0;
        for (int cp : cps) max = Math.max(max, cp);
        long n = cps.length;
        if (max < 128) return 41 + n;
        if (max < 256) return 57 + n;
        if (max < 65536) return 58 + 2 * n;
        return 60 + 4 * n;
    }

    /** A dict with a keys table of 2^k slots (two thirds usable): header, indices, 24-byte entries. */
    private static long dictSize(int n) {
        if (n == 0) return 48;
        long slots = 8;
        while (slots * 2 / 3 < n) slots *= 2;
        long indexBytes = slots <= 128 ? 1 : slots <= 32768 ? 2 : 4;
        return 48 + 32 + slots * indexBytes + slots * 2 / 3 * 24;
    }

    /** A set: 200 bytes with its 8-slot small table, plus a 16-byte slot table once it outgrows it. */
    private static long setSize(int n) {
        if (n * 5 < 7 * 3) return 200;
        long slots = 8;
        while (n * 5L >= (slots - 1) * 3) slots *= 4;
        return 200 + 16 * slots;
    }

    // ---- int ----

    static void intMethods(TypeBuilder d) {
        divmodMethods(d, PyInt.TYPE);
        d.method0("__getnewargs__", self -> PyTuple.of(PyInt.of(PyInt.asInt(self).bigValue())));
    }

    /**
     * __divmod__ and __rdivmod__ from the type's own // and % slots (NotImplemented for an
     * operand they do not take), as CPython's nb_divmod wrappers.
     */
    private static void divmodMethods(TypeBuilder d, PyType type) {
        d.method1("__divmod__", (self, other) -> divmod(type, self, other));
        d.method1("__rdivmod__", (self, other) -> divmod(type, other, self));
    }

    private static Object divmod(PyType type, Object a, Object b) {
        Object quotient = type.binary[BinOp.FLOORDIV.ordinal()].apply(a, b);
        if (quotient == PyNotImplemented.INSTANCE) return quotient;
        Object remainder = type.binary[BinOp.MOD.ordinal()].apply(a, b);
        return PyTuple.of(quotient, remainder);
    }

    // ---- float ----

    static void floatMethods(TypeBuilder d) {
        divmodMethods(d, PyFloat.TYPE);
        d.method0("__getnewargs__", self -> PyTuple.of(new PyFloat(PyFloat.asFloat(self).value)));
        d.method0("hex", self -> new PyStr(hex(PyFloat.asFloat(self).value)));
        d.classMethod("fromhex", ArgSpec.one("fromhex"), (cls, a) -> {
            if (!(PyStr.asStr(a[0]) instanceof PyStr s)) {
                throw Errors.typeError("fromhex() argument must be str, not %s", Abstract.typeName(a[0]));
            }
            return ofClass(cls, fromHex(s.value()));
        });
        d.classMethod("__getformat__", ArgSpec.one("__getformat__"), (cls, a) -> {
            if (!(PyStr.asStr(a[0]) instanceof PyStr s)) {
                throw Errors.typeError("__getformat__() argument must be str, not %s", Abstract.typeName(a[0]));
            }
            if (!s.value().equals("double") && !s.value().equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return new PyStr("IEEE, little-endian");
        });
        // 3.14: float(x) for numbers only, never parsing a string
        d.classMethod("from_number", ArgSpec.one("from_number"), (cls, a) -> {
            Object x = a[0];
            PyType t = Abstract.typeOf(x);
            if (t.toFloat == null && t.index == null) {
                throw Errors.typeError("must be real number, not %s", Abstract.typeName(x));
            }
            return ofClass(cls, PyFloat.convert(x).value);
        });
    }

    /** A float of class {@code cls}: float itself, or cls(value) for a subclass (CPython's fromhex). */
    private static Object ofClass(Object cls, double value) {
        PyFloat f = new PyFloat(value);
        return cls == PyFloat.TYPE ? f : Abstract.call(cls, f);
    }

    /** float.hex(): [-]0x1.&lt;13 hex digits&gt;p&lt;signed exponent&gt;, subnormals as 0x0.…p-1022. */
    static String hex(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        long bits = Double.doubleToRawLongBits(v);
        String sign = bits < 0 ? "-" : "";
        int exponent = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0 && mantissa == 0) return sign + "0x0.0p+0";
        if (exponent == 0) return sign + "0x0." + String.format(Locale.ROOT, "%013x", mantissa) + "p-1022";
        int e = exponent - 1023;
        return sign + "0x1." + String.format(Locale.ROOT, "%013x", mantissa) + "p" + (e >= 0 ? "+" : "") + e;
    }

    /**
     * float.fromhex: [sign] (inf | infinity | nan | [0x] hexdigits [. hexdigits] [p [sign] digits]),
     * blanks around; correctly rounded (the JDK's hexadecimal parser rounds to nearest even).
     */
    static double fromHex(String text) {
        String s = text.strip();
        boolean negative = s.startsWith("-");
        if (s.startsWith("-") || s.startsWith("+")) s = s.substring(1);
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (lower.equals("nan")) return Double.NaN;
        if (lower.startsWith("0x")) lower = lower.substring(2);
        int p = lower.indexOf('p');
        String mantissa = p < 0 ? lower : lower.substring(0, p);
        String exponent = p < 0 ? "0" : lower.substring(p + 1);
        if (!validMantissa(mantissa) || !exponent.matches("[+-]?[0-9]+")) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        double value = parseHex(mantissa, exponent);
        if (Double.isInfinite(value)) throw Errors.overflowError("hexadecimal value too large to represent as a float");
        return negative ? -value : value;
    }

    private static boolean validMantissa(String m) {
        int dot = m.indexOf('.');
        String digits = dot < 0 ? m : m.substring(0, dot) + m.substring(dot + 1);
        return !digits.isEmpty() && digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)
                && m.indexOf('.', dot + 1) < 0;
    }

    private static double parseHex(String mantissa, String exponent) {
        if (mantissa.chars().allMatch(c -> c == '0' || c == '.')) return 0.0;
        String digits = exponent.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        if (digits.length() > 9) {
            // far beyond the double range either way (the mantissa cannot make up for it)
            if (exponent.startsWith("-")) return 0.0;
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        }
        String m = mantissa.startsWith(".") ? "0" + mantissa : mantissa;
        return Double.parseDouble("0x" + m + "p" + exponent);
    }

    // ---- str, tuple ----

    static void strMethods(TypeBuilder d) {
        d.method0("__getnewargs__", self -> PyTuple.of(PyStr.fromCodePoints(PyStr.asStr(self).toCodePoints())));
    }

    static void tupleMethods(TypeBuilder d) {
        d.method0("__getnewargs__", self -> PyTuple.of(PyTuple.of(PyTuple.asTuple(self).items())));
    }

    // ---- dict ----

    static void dictMethods(TypeBuilder d) {
        d.method0("__reversed__", self -> new PyDictIterator(PyDict.asDict(self), PyDictIterator.Kind.KEYS, true));
    }

    // ---- range ----

    static void rangeMethods(TypeBuilder d) {
        d.method0("__reversed__", self -> ((PyRange) self).reversedIterator());
        d.method1("count", (self, x) -> {
            PyRange r = (PyRange) self;
            if (isExactInt(x)) return PyInt.of(r.containsInt((PyInt) x) ? 1 : 0);
            long n = 0;
            Object it = Abstract.getIter(r);
            for (Object item; (item = Abstract.next(it)) != null; ) if (Abstract.equal(item, x)) n++;
            return PyInt.of(n);
        });
        d.method1("index", (self, x) -> {
            PyRange r = (PyRange) self;
            if (isExactInt(x)) {
                if (!r.containsInt((PyInt) x)) throw Errors.valueError("%s is not in range", Abstract.repr(x).value());
                return r.indexOfInt((PyInt) x);
            }
            long i = 0;
            Object it = Abstract.getIter(r);
            for (Object item; (item = Abstract.next(it)) != null; i++) if (Abstract.equal(item, x)) return PyInt.of(i);
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
    }

    private static boolean isExactInt(Object x) {
        return x.getClass() == PyInt.class || x instanceof PyBool;
    }

    // ---- bytes, bytearray ----

    static void bytesMethods(TypeBuilder d, boolean mutable) {
        d.method1("__buffer__", (self, flags) -> {
            Abstract.asSize(flags, Exceptions.OverflowError);   // TypeError for a non-int, as CPython's
            return Abstract.call(PyMemoryView.TYPE, self);
        });
        if (mutable) {
            d.method1("__release_buffer__", (self, view) -> {
                if (!(view instanceof PyMemoryView)) {
                    throw Errors.typeError("__release_buffer__() argument must be memoryview, not %s", Abstract.typeName(view));
                }
                if (Abstract.getAttr(view, "obj") != self) throw Errors.valueError("memoryview's buffer is not this object");
                return PyNone.NONE;
            });
        }
    }
}
