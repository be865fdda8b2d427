package org.ember.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** {@code float}: an IEEE double with CPython's repr, hash, division and comparison rules. */
public final class PyFloat extends PyObject {

    public static final PyType TYPE = PyType.builtin("float", PyFloat.class)
            .subclassable()
            .slots(PyFloat::fillSlots)
            .dict(PyFloat::fillDict)
            .build();

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The double inside o if it is a float (or float subclass instance), else null. */
    public static PyFloat asFloat(Object o) {
        if (o instanceof PyFloat f) return f;
        if (o instanceof PyInstance inst && inst.base instanceof PyFloat f) return f;
        return null;
    }

    /** o as a double operand for float arithmetic: floats and ints; NaN-boxing avoided by returning null. */
    private static Double operand(Object o) {
        PyFloat f = asFloat(o);
        if (f != null) return f.value;
        PyInt i = PyInt.asInt(o);
        if (i != null) return i.toDouble();
        return null;
    }

    // ---- repr ----

    /** Python's repr: the shortest round-tripping digits, fixed notation for 1e-4 <= |x| < 1e16. */
    public static String repr(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return (1 / x < 0) ? "-0.0" : "0.0";
        // Java's Double.toString gives the shortest round-tripping digits (JDK 19+); re-layout them.
        String s = Double.toString(Math.abs(x));
        int exp = 0;
        int e = s.indexOf('E');
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            s = s.substring(0, e);
        }
        int dot = s.indexOf('.');
        String digits = s.substring(0, dot) + s.substring(dot + 1);
        int decpt = dot + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            decpt--;
        }
        digits = digits.substring(lead);
        int endDigits = digits.length();
        while (endDigits > 1 && digits.charAt(endDigits - 1) == '0') endDigits--;
        digits = digits.substring(0, endDigits);
        if (digits.length() == 2) {
            // Java never prints fewer than two digits, so for subnormals it may pick a 2-digit
            // decimal (4.9e-324) where a 1-digit one also round-trips (5e-324, Python's choice).
            String single = oneDigit(Math.abs(x), digits, decpt);
            if (single != null) {
                digits = single.substring(0, 1);
                decpt += single.length() - 1;
            }
        }
        String body = (decpt > 16 || decpt < -3) ? scientific(digits, decpt) : fixed(digits, decpt);
        return x < 0 ? "-" + body : body;
    }

    /** A 1-digit decimal (as digit, or "10" after a carry) that reads back as x, or null. */
    private static String oneDigit(double x, String digits, int decpt) {
        int first = digits.charAt(0) - '0';
        String best = null;
        BigDecimal exact = new BigDecimal(x), bestDistance = null;
        for (int d : new int[] {first, first + 1}) {
            BigDecimal candidate = BigDecimal.valueOf(d).scaleByPowerOfTen(decpt - 1);
            if (candidate.doubleValue() != x) continue;
            BigDecimal distance = candidate.subtract(exact).abs();
            if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                best = Integer.toString(d);
                bestDistance = distance;
            }
        }
        return best;
    }

    private static String scientific(String digits, int decpt) {
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int e = decpt - 1;
        return mantissa + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
    }

    private static String fixed(String digits, int decpt) {
        if (decpt <= 0) return "0." + "0".repeat(-decpt) + digits;
        if (decpt >= digits.length()) return digits + "0".repeat(decpt - digits.length()) + ".0";
        return digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    // ---- hash ----

    /** CPython's _Py_HashDouble: equal to the hash of an equal int; inf ±314159; NaN by identity. */
    public static long hash(double v, Object self) {
        if (Double.isNaN(v)) return System.identityHashCode(self);
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) return PyInt.of((long) v).hash();
        // v = mantissa / 2**k exactly; its hash is mantissa * (2**k)^-1 modulo 2**61-1 (the
        // rational-number hash CPython documents), which equals CPython's bit-by-bit loop.
        BigDecimal exact = new BigDecimal(Math.abs(v));
        BigInteger mantissa = exact.unscaledValue();
        int scale = exact.scale(); // |v| = mantissa / 10**scale, scale > 0 for non-integers
        BigInteger modulus = BigInteger.valueOf(PyInt.HASH_MODULUS);
        BigInteger den = BigInteger.TEN.pow(scale).mod(modulus);
        long x = mantissa.mod(modulus).multiply(den.modInverse(modulus)).mod(modulus).longValue();
        if (v < 0) x = -x;
        return x == -1 ? -2 : x;
    }

    // ---- arithmetic ----

    private static final Pattern FLOAT_SYNTAX = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.)(?:[eE][+-]?\\d(?:_?\\d)*)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    /** float(str): Python's float syntax (underscores between digits, inf/nan words). */
    public static double parse(String text) {
        String s = PyStr.stripSpace(text);
        if (SPECIAL.matcher(s).matches()) {
            boolean negative = s.startsWith("-");
            return Character.toLowerCase(s.charAt(s.length() - 1)) == 'n' ? Double.NaN
                    : negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        String ascii = toAsciiDigits(s);
        if (ascii == null || !FLOAT_SYNTAX.matcher(ascii).matches()) {
            throw Errors.valueError("could not convert string to float: %s", PyStr.repr(text));
        }
        return Double.parseDouble(ascii.replace("_", ""));
    }

    /** float(bytes-like): ASCII text only; the error shows the bytes' repr. */
    private static double parseBytes(byte[] b) {
        boolean ascii = true;
        for (byte x : b) ascii &= x >= 0;
        try {
            if (ascii) return parse(BytesMethods.latin1(b));
        } catch (PyException e) {
            if (!e.matches(Exceptions.ValueError)) throw e;
        }
        throw Errors.valueError("could not convert string to float: %s", Repr.bytes(b));
    }

    /** Maps Unicode decimal digits to ASCII; null if a non-ASCII non-digit appears. */
    private static String toAsciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) b.append((char) cp);
            else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) b.append((char) ('0' + Character.digit(cp, 10)));
            else return null;
        }
        return b.toString();
    }

    static double floorDiv(double a, double b) {
        if (b == 0) throw Errors.zeroDivisionError("division by zero");
        return divmod(a, b)[0];
    }

    static double mod(double a, double b) {
        if (b == 0) throw Errors.zeroDivisionError("division by zero");
        return divmod(a, b)[1];
    }

    /** CPython's float_divmod: the remainder takes the divisor's sign; the quotient is floored. */
    public static double[] divmod(double vx, double wx) {
        double mod = vx % wx; // fmod
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** a ** b for floats, with C pow's special cases that Java's Math.pow lacks. */
    static double pow(double a, double b) {
        if (b == 0) return 1.0;
        if (a == 1.0) return 1.0;
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        if (a == -1 && Double.isInfinite(b)) return 1.0; // C's pow: (-1) ** ±inf == 1
        if (a == 0 && b < 0 && !Double.isInfinite(b)) throw Errors.zeroDivisionError("zero to a negative power");

        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Errors.withArgs(Exceptions.OverflowError, PyInt.of(34), new PyStr("Numerical result out of range"));
        }
        return r;
    }

    // ---- comparison with exact int semantics ----

    /** Compares a double with an int exactly (no rounding of the int); NaN handled by the caller. */
    static int compareWithInt(double d, PyInt i) {
        if (Double.isInfinite(d)) return d > 0 ? 1 : -1;
        if (i.fitsLong() && Math.abs(i.longValue()) <= (1L << 53)) return Double.compare(d, (double) i.longValue()) ;
        return new BigDecimal(d).compareTo(new BigDecimal(i.bigValue()));
    }

    private static Object richCompare(Object a, Object b, CompareOp op) {
        double x = asFloat(a).value;
        PyFloat fy = asFloat(b);
        if (fy != null) {
            double y = fy.value;
            return PyBool.of(switch (op) {
                case LT -> x < y; case LE -> x <= y; case EQ -> x == y;
                case NE -> x != y; case GT -> x > y; case GE -> x >= y;
            });
        }
        PyInt iy = PyInt.asInt(b);
        if (iy == null) return PyNotImplemented.INSTANCE;
        if (Double.isNaN(x)) return PyBool.of(op == CompareOp.NE);
        int c = compareWithInt(x, iy);
        // Double.compare orders -0.0 below 0.0; numerically they are equal.
        if (x == 0) c = Integer.signum(-iy.signum());
        return PyBool.of(op.holds(c));
    }

    // ---- slots ----

    @FunctionalInterface
    private interface DoubleOp {
        double apply(double a, double b);
    }

    private static void binary(PyType t, BinOp op, DoubleOp f) {
        t.binary[op.ordinal()] = (a, b) -> {
            Double x = operand(a), y = operand(b);
            if (x == null || y == null) return PyNotImplemented.INSTANCE;
            return new PyFloat(f.apply(x, y));
        };
    }

    private static void fillSlots(PyType t) {
        t.repr = self -> new PyStr(repr(asFloat(self).value));
        // no str slot: object's __str__ calls the repr slot, so a subclass's __repr__ is used (as in CPython)
        t.hash = self -> hash(asFloat(self).value, self);
        t.bool = self -> asFloat(self).value != 0;
        t.richcompare = PyFloat::richCompare;
        binary(t, BinOp.ADD, (a, b) -> a + b);
        binary(t, BinOp.SUB, (a, b) -> a - b);
        binary(t, BinOp.MUL, (a, b) -> a * b);
        binary(t, BinOp.TRUEDIV, (a, b) -> {
            if (b == 0) throw Errors.zeroDivisionError("division by zero");
            return a / b;
        });
        binary(t, BinOp.FLOORDIV, PyFloat::floorDiv);
        binary(t, BinOp.MOD, PyFloat::mod);
        t.pow = (a, b, m) -> {
            Double x = operand(a), y = operand(b);
            if (x == null || y == null) return PyNotImplemented.INSTANCE;
            if (m != null && m != PyNone.NONE) throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            if (x < 0 && Double.isFinite(x) && y != Math.rint(y) && Double.isFinite(y)) {
                // a negative base to a fractional power: the result is complex, as in CPython
                return PyComplex.power(x, 0.0, y, 0.0);
            }
            return new PyFloat(pow(x, y));
        };
        t.neg = self -> new PyFloat(-asFloat(self).value);
        t.pos = self -> new PyFloat(asFloat(self).value);
        t.abs = self -> new PyFloat(Math.abs(asFloat(self).value));
        t.toFloat = self -> self instanceof PyFloat ? self : new PyFloat(asFloat(self).value);
        t.toInt = self -> fromDouble(asFloat(self).value);
        t.newInstance = PyFloat::newFloat;
    }

    /**
     * round(x[, ndigits]): without ndigits the nearest int, ties to even; with ndigits the exact
     * binary value rounded half-even to that many decimals (so round(2.675, 2) == 2.67, as CPython).
     */
    static Object round(double x, Object ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) return fromDouble(Math.rint(x));
        long n = Abstract.asSize(ndigits, null);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) return new PyFloat(x);
        if (n > 323) return new PyFloat(x);
        if (n < -308) return new PyFloat(Math.copySign(0.0, x));
        double r = new BigDecimal(x).setScale((int) n, java.math.RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) throw Errors.overflowError("rounded value too large to represent");
        return new PyFloat(r == 0 ? Math.copySign(0.0, x) : r);
    }

    /** int(x) for a float: truncation, with CPython's errors for inf and nan. */
    public static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.overflowError("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.2e18) return PyInt.of((long) d);
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    private static Object newFloat(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        Object[] a = ArgSpec.positional("float", 0, 1).bind(args, offset, nargs, kwnames);
        PyFloat result = a[0] == null ? new PyFloat(0.0) : convert(a[0]);
        return type == TYPE ? result : type.wrap(result);
    }

    /** float(x): floats, str, __float__, __index__. */
    public static PyFloat convert(Object x) {
        if (x.getClass() == PyFloat.class) return (PyFloat) x;
        PyType t = Abstract.typeOf(x);
        if (t.toFloat != null) {
            Object r = t.toFloat.apply(x);
            PyFloat f = asFloat(r);
            if (f == null) throw Errors.typeError("%s.__float__ returned non-float (type %s)", t.name(), Abstract.typeName(r));
            return new PyFloat(f.value);
        }
        if (t.index != null) return new PyFloat(Abstract.index(x).toDouble());
        if (Abstract.builtinPart(x) instanceof PyStr s) return new PyFloat(parse(s.value()));
        byte[] buffer = PyBuffer.bytesOf(Abstract.builtinPart(x));
        if (buffer != null) return new PyFloat(parseBytes(buffer));
        throw Errors.typeError("float() argument must be a string or a real number, not '%s'", Abstract.typeName(x));
    }

    private static void fillDict(TypeBuilder d) {
        BuiltinExtras.floatMethods(d);
        d.method("__format__", ArgSpec.one("__format__"), (self, a) -> {
            String spec = PyStr.formatSpecArg(a[0]);
            return spec.isEmpty() ? Abstract.str(self)
                    : new PyStr(ValueFormat.formatFloat(asFloat(self).value, spec, Abstract.typeName(self)));
        });
        d.method0("is_integer", self -> {
            double v = asFloat(self).value;
            return PyBool.of(!Double.isInfinite(v) && v == Math.rint(v));
        });
        d.method0("conjugate", self -> new PyFloat(asFloat(self).value));
        d.method0("__trunc__", self -> fromDouble(asFloat(self).value));
        d.method0("__floor__", self -> fromDouble(Math.floor(asFloat(self).value)));
        d.method0("__ceil__", self -> fromDouble(Math.ceil(asFloat(self).value)));
        d.method0("as_integer_ratio", self -> {
            double v = asFloat(self).value;
            if (Double.isInfinite(v)) throw Errors.overflowError("cannot convert Infinity to integer ratio");
            if (Double.isNaN(v)) throw Errors.valueError("cannot convert NaN to integer ratio");
            BigDecimal exact = new BigDecimal(v);
            BigInteger num = exact.unscaledValue(), den = BigInteger.ONE;
            if (exact.scale() > 0) den = BigInteger.TEN.pow(exact.scale());
            else num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
            BigInteger g = num.gcd(den);
            return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
        });
        d.method("__round__", ArgSpec.positional("__round__", 0, 1), (self, a) -> round(asFloat(self).value, a[0]));
        d.getset("real", self -> new PyFloat(asFloat(self).value), null);
        d.getset("imag", self -> new PyFloat(0.0), null);
    }
}
