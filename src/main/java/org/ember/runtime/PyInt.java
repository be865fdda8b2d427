package org.ember.runtime;

import java.math.BigInteger;

/**
 * {@code int}: arbitrary precision with a {@code long} fast path. A value that fits in a long
 * is always held as one ({@code big == null}); operations use Math.*Exact and fall back to
 * BigInteger on overflow. Sealed: {@link PyBool} is int's only Java subclass, so exact int is
 * {@code x.getClass() == PyInt.class}.
 */
public sealed class PyInt extends PyObject permits PyBool {

    public static final PyType TYPE = PyType.builtin("int", PyInt.class)
            .subclassable()
            .slots(PyInt::fillSlots)
            .dict(PyInt::fillDict)
            .build();

    /** CPython's hash modulus for numbers: 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_HASH_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    private static final PyInt[] SMALL = new PyInt[262];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = new PyInt(i - 5);
    }

    public static final PyInt ZERO = of(0), ONE = of(1);

    private final long value;
    /** Non-null exactly when the value does not fit in a long. */
    private final BigInteger big;

    PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) return SMALL[(int) v + 5];
        return new PyInt(v);
    }

    /**
     * LOAD_SMALL_INT's constant, {@code 0 <= v <= 255}: one array load, without {@link #of(long)}'s
     * range test and long conversion (the interpreter's arm inlines nothing else).
     */
    public static PyInt small(int v) {
        return SMALL[v + 5];
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) return of(v.longValue());
        return new PyInt(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean fitsLong() { return big == null; }
    public boolean fitsInt() { return big == null && value == (int) value; }
    /** The value; only meaningful when {@link #fitsLong()}. */
    public long longValue() { return value; }
    public BigInteger bigValue() { return big != null ? big : BigInteger.valueOf(value); }
    public int signum() { return big != null ? big.signum() : Long.signum(value); }

    /** The int inside o (an int, a bool, or an instance of an int subclass), or null. */
    public static PyInt asInt(Object o) {
        if (o instanceof PyInt i) return i;
        if (o instanceof PyInstance inst && inst.base instanceof PyInt i) return i;
        return null;
    }

    /** The int part of self in a slot or method of int (self may be an int subclass instance). */
    private static PyInt self(Object o) {
        return asInt(o);
    }

    // ---- hashing ----

    /** CPython's numeric hash: the value modulo 2**61-1 with the sign kept, -1 mapped to -2. */
    public long hash() {
        if (big == null) return hashOfLong();
        long h = big.abs().mod(BIG_HASH_MODULUS).longValue();
        if (big.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    long hashOfLong() {
        long v = value;
        // |Long.MIN_VALUE| = 2**63, which is 4 modulo 2**61-1.
        long h = v == Long.MIN_VALUE ? 4 : Math.abs(v) % HASH_MODULUS;
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    // ---- conversions ----

    /** float(self): correctly rounded; OverflowError when too large. */
    public double toDouble() {
        if (big == null) return (double) value;
        double d = big.doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflowError("int too large to convert to float");
        return d;
    }

    /** The int value as a Java int index, or OverflowError. */
    public int intValueExact() {
        if (!fitsInt()) throw Errors.overflowError("Python int too large to convert to C int");
        return (int) value;
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(value);
    }

    /** str(int), honouring the interpreter's limit on digits (sys.set_int_max_str_digits). */
    public PyStr toDecimalString() {
        if (big != null) {
            int limit = ThreadState.current().interpreter().intMaxStrDigits();
            // Cheap lower bound of the digit count from the bit length, then an exact check.
            if (limit > 0 && (big.bitLength() - 1) * 0.30102999566398 >= limit) throw strLimitError();
            String s = big.toString();
            int digits = s.length() - (big.signum() < 0 ? 1 : 0);
            if (limit > 0 && digits > limit) throw strLimitError();
            return new PyStr(s);
        }
        return new PyStr(Long.toString(value));
    }

    private static PyException strLimitError() {
        int limit = ThreadState.current().interpreter().intMaxStrDigits();
        return Errors.valueError("Exceeds the limit (%d digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit", limit);
    }

    // ---- arithmetic on PyInt values (both operands ints) ----

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) return of(r);
        }
        return of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) return of(r);
        }
        return of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return of(lo);
        }
        return of(a.bigValue().multiply(b.bigValue()));
    }

    /** Floor division: the quotient rounded toward negative infinity. */
    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivisionError("division by zero");
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return of(Math.floorDiv(a.value, b.value));
        }
        if (a.big != null && b.big != null) {
            PyInt small = floorDivSmallQuotient(a.big, b.big);
            if (small != null) return small;
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) q = q.subtract(BigInteger.ONE);
        return of(q);
    }

    /**
     * Floor division of big ints of nearly the same size (a quotient below 2**30), as in digit
     * extraction loops: the quotient of the magnitudes is estimated from their top 62 bits and
     * corrected by at most a few steps of r = |a| - q|b|, which costs one multiply by a small
     * int and one subtraction, where BigInteger's long division first copies and normalizes
     * both operands. Null when the quotient may be larger (the general path then runs).
     */
    static PyInt floorDivSmallQuotient(BigInteger a, BigInteger b) {
        BigInteger dividend = a.abs(), divisor = b.abs();
        int dividendBits = dividend.bitLength(), divisorBits = divisor.bitLength();
        if (dividendBits < divisorBits) return floorOfSmallQuotient(0, dividend.signum() != 0, a.signum() != b.signum());
        if (dividendBits - divisorBits > 30 || dividendBits < 62) return null;
        int shift = dividendBits - 62;
        long top = dividend.shiftRight(shift).longValue();
        long divisorTop = divisor.shiftRight(shift).longValue();   // at least 32 bits: the estimate is off by very little
        long q = top / divisorTop;
        boolean signsDiffer = a.signum() != b.signum();
        // |a| / |b| lies in [top / (divisorTop + 1), (top + 1) / divisorTop) whatever the bits the
        // shift dropped, so its floor lies in [top / (divisorTop + 1), top / divisorTop]: when those
        // agree, q is the quotient of the magnitudes and, with equal signs, the floor itself,
        // without the multiply and subtract that find the remainder. The interval is about
        // q / divisorTop wide, so it almost never holds an integer boundary for the one-digit
        // quotients of digit extraction (divisorTop has ~60 bits there).
        if (!signsDiffer && top / (divisorTop + 1) == q) return of(q);
        BigInteger rest = dividend.subtract(divisor.multiply(BigInteger.valueOf(q)));
        while (rest.signum() < 0) {
            q--;
            rest = rest.add(divisor);
        }
        while (rest.compareTo(divisor) >= 0) {
            q++;
            rest = rest.subtract(divisor);
        }
        return floorOfSmallQuotient(q, rest.signum() != 0, signsDiffer);
    }

    /** floor(a / b) from the quotient of the magnitudes, whether it left a remainder, and the signs. */
    private static PyInt floorOfSmallQuotient(long magnitudeQuotient, boolean inexact, boolean signsDiffer) {
        if (!signsDiffer) return of(magnitudeQuotient);
        return of(inexact ? -magnitudeQuotient - 1 : -magnitudeQuotient);
    }

    /** Modulo with the sign of the divisor. */
    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivisionError("division by zero");
        if (a.big == null && b.big == null) {
            if (b.value == -1) return ZERO;
            return of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.bigValue().mod(b.bigValue().abs());
        if (b.signum() < 0 && r.signum() != 0) r = r.add(b.bigValue());
        return of(r);
    }

    /** True division, correctly rounded for operands within 2**53, and via exact decimals otherwise. */
    public static double trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) throw Errors.zeroDivisionError("division by zero");
        if (a.big == null && b.big == null && Math.abs(a.value) <= (1L << 53) && Math.abs(b.value) <= (1L << 53)) {
            return (double) a.value / (double) b.value;
        }
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        BigInteger num = a.bigValue().abs(), den = b.bigValue().abs();
        if (num.signum() == 0) return negative ? -0.0 : 0.0;
        // Scale so the quotient has at least 55 significant bits, then fold any remainder into
        // a sticky low bit: converting that to double rounds exactly once, correctly.
        int k = 55 + den.bitLength() - num.bitLength();
        if (k >= 0) num = num.shiftLeft(k);
        else den = den.shiftLeft(-k);
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
        double d = Math.scalb(q.doubleValue(), -k);
        if (Double.isInfinite(d)) throw Errors.overflowError("integer division result too large for a float");
        return negative ? -d : d;
    }

    public static PyInt neg(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) return of(-a.value);
        return of(a.bigValue().negate());
    }

    public static PyInt abs(PyInt a) {
        return a.signum() < 0 ? neg(a) : exact(a);
    }

    /** The same value as an exact int (not bool, not a subclass). */
    public static PyInt exact(PyInt a) {
        if (a.getClass() == PyInt.class) return a;
        return of(a.value);
    }

    public static PyInt invert(PyInt a) {
        return a.big == null ? of(~a.value) : of(a.big.not());
    }

    public static PyInt and(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.value & b.value) : of(a.bigValue().and(b.bigValue()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.value | b.value) : of(a.bigValue().or(b.bigValue()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        return a.big == null && b.big == null ? of(a.value ^ b.value) : of(a.bigValue().xor(b.bigValue()));
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.valueError("negative shift count");
        if (a.signum() == 0) return ZERO;
        if (!b.fitsInt()) throw Errors.overflowError("too many digits in integer");
        int n = (int) b.value;
        if (a.big == null && n < 63 && (a.value << n) >> n == a.value) return of(a.value << n);
        if ((long) a.bitLength() + n >= 1L << 31) throw Errors.memoryError();
        return of(a.bigValue().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) throw Errors.valueError("negative shift count");
        if (!b.fitsInt() || b.value >= Integer.MAX_VALUE) return a.signum() < 0 ? of(-1) : ZERO;
        int n = (int) b.value;
        if (a.big == null) return of(n >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> n);
        return of(a.big.shiftRight(n));
    }

    /** a ** b for ints: an int for b >= 0, a float for b < 0. */
    public static Object pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = a.toDouble();
            if (base == 0.0) throw Errors.zeroDivisionError("zero to a negative power");
            return new PyFloat(PyFloat.pow(base, b.toDouble()));
        }
        if (b.signum() == 0) return ONE;
        if (a.big == null && (a.value == 0 || a.value == 1)) return exact(a);
        if (a.big == null && a.value == -1) return b.bigValue().testBit(0) ? of(-1) : ONE;
        if (!b.fitsInt()) throw Errors.memoryError();
        int e = (int) b.value;
        if (a.big == null) {
            long result = 1, base = a.value;
            int n = e;
            boolean overflow = false;
            try {
                while (n > 0) {
                    if ((n & 1) != 0) result = Math.multiplyExact(result, base);
                    n >>= 1;
                    if (n > 0) base = Math.multiplyExact(base, base);
                }
            } catch (ArithmeticException ex) {
                overflow = true;
            }
            if (!overflow) return of(result);
        }
        // BigInteger holds at most 2**31 bits; CPython would run out of memory well before.
        if ((long) a.bitLength() * e >= 1L << 31) throw Errors.memoryError();
        return of(a.bigValue().pow(e));
    }

    /** pow(a, b, m) with Python's rules: result has m's sign; negative b needs an inverse. */
    public static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) throw Errors.valueError("pow() 3rd argument cannot be 0");
        BigInteger mod = m.bigValue().abs();
        BigInteger r;
        try {
            r = a.bigValue().modPow(b.bigValue(), mod);
        } catch (ArithmeticException e) {
            throw Errors.valueError("base is not invertible for the given modulus");
        }
        if (m.signum() < 0 && r.signum() != 0) r = r.subtract(mod);
        return of(r);
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Long.compare(a.value, b.value);
        return a.bigValue().compareTo(b.bigValue());
    }

    public int bitLength() {
        if (big != null) return big.abs().bitLength();
        return 64 - Long.numberOfLeadingZeros(value == Long.MIN_VALUE ? value : Math.abs(value));
    }

    // ---- slots ----

    private static void fillSlots(PyType t) {
        t.repr = self -> self(self).toDecimalString();
        t.hash = self -> self(self).hash();
        t.bool = self -> self(self).signum() != 0;
        t.richcompare = PyInt::richCompare;
        binary(t, BinOp.ADD, PyInt::add);
        binary(t, BinOp.SUB, PyInt::sub);
        binary(t, BinOp.MUL, PyInt::mul);
        binary(t, BinOp.FLOORDIV, PyInt::floorDiv);
        binary(t, BinOp.MOD, PyInt::mod);
        binary(t, BinOp.AND, PyInt::and);
        binary(t, BinOp.OR, PyInt::or);
        binary(t, BinOp.XOR, PyInt::xor);
        binary(t, BinOp.LSHIFT, PyInt::lshift);
        binary(t, BinOp.RSHIFT, PyInt::rshift);
        t.binary[BinOp.TRUEDIV.ordinal()] = (a, b) -> {
            PyInt x = asInt(a), y = asInt(b);
            return x == null || y == null ? PyNotImplemented.INSTANCE : new PyFloat(trueDiv(x, y));
        };
        t.pow = (a, b, m) -> {
            PyInt x = asInt(a), y = asInt(b);
            if (x == null || y == null) return PyNotImplemented.INSTANCE;
            if (m == null || m == PyNone.NONE) return pow(x, y);
            PyInt z = asInt(m);
            if (z == null) return PyNotImplemented.INSTANCE;
            return powMod(x, y, z);
        };
        t.neg = self -> neg(self(self));
        t.pos = self -> exact(self(self));
        t.abs = self -> abs(self(self));
        t.invert = self -> invert(self(self));
        t.index = self -> exact(self(self));
        t.toInt = self -> exact(self(self));
        t.toFloat = self -> new PyFloat(self(self).toDouble());
        t.newInstance = PyInt::newInt;
    }

    @FunctionalInterface
    private interface IntOp {
        PyInt apply(PyInt a, PyInt b);
    }

    private static void binary(PyType t, BinOp op, IntOp f) {
        t.binary[op.ordinal()] = (a, b) -> {
            PyInt x = asInt(a), y = asInt(b);
            return x == null || y == null ? PyNotImplemented.INSTANCE : f.apply(x, y);
        };
    }

    private static Object richCompare(Object a, Object b, CompareOp op) {
        PyInt x = asInt(a);
        PyInt y = asInt(b);
        if (y == null) return PyNotImplemented.INSTANCE;
        return PyBool.of(op.holds(compare(x, y)));
    }

    private static final ArgSpec INT_ARGS = ArgSpec.keywords("int", 1, 0, 2, "x", "base");

    private static Object newInt(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        Object[] a = INT_ARGS.bind(args, offset, nargs, kwnames);
        PyInt result;
        if (a[0] == null) {
            if (a[1] != null) throw Errors.typeError("int() missing string argument");
            result = ZERO;
        } else if (a[1] != null) {
            Object text = Abstract.builtinPart(a[0]);
            if (text instanceof PyStr s) {
                result = IntParser.parse(s.value(), Abstract.asSize(a[1], null));
            } else if (text instanceof PyBytes || text instanceof PyByteArray) {
                result = IntParser.parseBytes(PyBuffer.bytesOf(text), Abstract.asSize(a[1], null));
            } else {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
        } else {
            result = convert(a[0]);
        }
        return type == TYPE ? result : type.wrap(result);
    }

    /** int(x) for one argument: ints, str, float, __int__, __index__. */
    public static PyInt convert(Object x) {
        if (x.getClass() == PyInt.class) return (PyInt) x;
        PyType t = Abstract.typeOf(x);
        if (t.toInt != null) {
            Object r = t.toInt.apply(x);
            PyInt i = asInt(r);
            if (i == null) throw Errors.typeError("__int__ returned non-int (type %s)", Abstract.typeName(r));
            return exact(i);
        }
        if (t.index != null) return exact(Abstract.index(x));
        Object part = Abstract.builtinPart(x);
        if (part instanceof PyStr s) return IntParser.parse(s.value(), 10);
        byte[] buffer = PyBuffer.bytesOf(part);
        if (buffer != null) return IntParser.parseBytes(buffer, 10);
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                Abstract.typeName(x));
    }

    /** round(int, ndigits): unchanged for ndigits >= 0, else to a multiple of 10**-ndigits, ties to even. */
    static PyInt round(PyInt x, Object ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) return exact(x);
        PyInt n = Abstract.index(ndigits);
        if (n.signum() >= 0) return exact(x);
        if (!n.fitsInt() || -n.longValue() > 100_000) return ZERO;
        BigInteger unit = BigInteger.TEN.pow((int) -n.longValue());
        BigInteger[] qr = x.bigValue().divideAndRemainder(unit);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() < 0) { // floor division, as Python's divmod
            q = q.subtract(BigInteger.ONE);
            r = r.add(unit);
        }
        int twice = r.shiftLeft(1).compareTo(unit);
        if (twice > 0 || (twice == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return of(q.multiply(unit));
    }

    private static void fillDict(TypeBuilder d) {
        BuiltinExtras.intMethods(d);
        d.method("__format__", ArgSpec.one("__format__"), (self, a) -> {
            String spec = PyStr.formatSpecArg(a[0]);
            return spec.isEmpty() ? Abstract.str(self)
                    : new PyStr(ValueFormat.formatInt(self(self).bigValue(), spec, Abstract.typeName(self)));
        });
        d.method0("bit_length", self -> of(self(self).bitLength()));
        d.method0("bit_count", self -> of(self(self).bigValue().abs().bitCount()));
        d.method0("conjugate", self -> exact(self(self)));
        d.method0("is_integer", self -> PyBool.TRUE);
        d.method0("__trunc__", self -> exact(self(self)));
        d.method0("__floor__", self -> exact(self(self)));
        d.method0("__ceil__", self -> exact(self(self)));
        d.method("__round__", ArgSpec.positional("__round__", 0, 1), (self, a) -> round(self(self), a[0]));
        d.method0("as_integer_ratio", self -> PyTuple.of(exact(self(self)), ONE));
        IntBytes.fill(d);
        d.getset("real", self -> exact(self(self)), null);
        d.getset("imag", self -> ZERO, null);
        d.getset("numerator", self -> exact(self(self)), null);
        d.getset("denominator", self -> ONE, null);
    }
}
