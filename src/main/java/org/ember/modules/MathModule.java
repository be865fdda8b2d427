package org.ember.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.function.DoubleUnaryOperator;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.BinOp;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * {@code math}: CPython 3.14's functions, constants, argument rules and error messages.
 *
 * <p>Functions of one float follow CPython's {@code math_1}: a NaN result from a non-NaN
 * argument is a ValueError, an infinite result from a finite argument is an OverflowError
 * ("math range error") for the functions that can overflow and a ValueError otherwise. The
 * ValueError says what was expected, as in 3.14 ("expected a positive input, got -1.0"), or
 * "math domain error". Which Java routine computes each libm function was chosen by comparing
 * against CPython on glibc (see docs/stdlib.md for the remaining differences).
 */
public final class MathModule {
    private MathModule() {}

    /** One float function: its computation, whether it can overflow, what a bad input is told. */
    private record Unary(String name, DoubleUnaryOperator f, boolean canOverflow, String expected) {}

    private static final String RANGE_M1_1 = "expected a number in range from -1 up to 1";
    private static final String FINITE = "expected a finite input";
    private static final String GAMMA_DOMAIN = "expected a noninteger or positive integer";

    private static final Unary[] UNARY = {
        new Unary("acos", StrictMath::acos, false, RANGE_M1_1),
        new Unary("acosh", MathFunctions::acosh, false, "expected argument value not less than 1"),
        new Unary("asin", StrictMath::asin, false, RANGE_M1_1),
        new Unary("asinh", MathFunctions::asinh, false, null),
        new Unary("atan", StrictMath::atan, false, null),
        new Unary("atanh", MathFunctions::atanh, false, "expected a number between -1 and 1"),
        new Unary("cbrt", Math::cbrt, false, null),
        new Unary("cos", Math::cos, false, FINITE),
        new Unary("cosh", StrictMath::cosh, true, null),
        new Unary("erf", MathFunctions::erf, false, null),
        new Unary("erfc", MathFunctions::erfc, false, null),
        new Unary("exp", Math::exp, true, null),
        new Unary("exp2", x -> Math.pow(2.0, x), true, null),
        new Unary("expm1", StrictMath::expm1, true, null),
        new Unary("fabs", Math::abs, false, null),
        new Unary("log1p", StrictMath::log1p, false, "expected argument value > -1"),
        new Unary("sin", Math::sin, false, FINITE),
        new Unary("sinh", StrictMath::sinh, true, null),
        new Unary("sqrt", Math::sqrt, false, "expected a nonnegative input"),
        new Unary("tan", Math::tan, false, FINITE),
        new Unary("tanh", StrictMath::tanh, false, null),
    };

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("math");
        constants(m);
        for (Unary u : UNARY) def(m, ArgSpec.one(u.name()), (self, a) -> new PyFloat(math1(u, a[0])));
        def(m, ArgSpec.one("gamma"), (self, a) -> new PyFloat(gamma(toDouble(a[0]))));
        def(m, ArgSpec.one("lgamma"), (self, a) -> new PyFloat(lgamma(toDouble(a[0]))));
        logarithms(m);
        twoArgument(m);
        rounding(m);
        integers(m);
        sums(m);
        floatInspection(m);
        return m;
    }

    private static void constants(PyModule m) {
        set(m, "pi", new PyFloat(Math.PI));
        set(m, "e", new PyFloat(Math.E));
        set(m, "tau", new PyFloat(2 * Math.PI));
        set(m, "inf", new PyFloat(Double.POSITIVE_INFINITY));
        set(m, "nan", new PyFloat(Double.NaN));
    }

    // ---- argument conversion and the math_1 error rules ----

    /** PyFloat_AsDouble: float, __float__, __index__; "must be real number, not str" otherwise. */
    static double toDouble(Object o) {
        if (o instanceof PyFloat f) return f.value;
        PyType t = Abstract.typeOf(o);
        if (t.toFloat != null || t.index != null) return PyFloat.convert(o).value;
        throw Errors.typeError("must be real number, not %s", Abstract.typeName(o));
    }

    private static PyException domainError(String expected, double x) {
        if (expected == null) return Errors.valueError("math domain error");
        return Errors.valueError("%s, got %s", expected, PyFloat.repr(x));
    }

    private static PyException rangeError() {
        return Errors.overflowError("math range error");
    }

    private static double math1(Unary u, Object arg) {
        double x = toDouble(arg);
        double r = u.f().applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError(u.expected(), x);
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            if (u.canOverflow()) throw rangeError();
            throw domainError(u.expected(), x);
        }
        return r;
    }

    private static boolean isNonPositiveInteger(double x) {
        return x <= 0.0 && x == Math.floor(x);
    }

    private static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (x == Double.NEGATIVE_INFINITY || isNonPositiveInteger(x)) throw domainError(GAMMA_DOMAIN, x);
        double r = MathFunctions.gamma(x);
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    private static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (isNonPositiveInteger(x)) throw domainError(GAMMA_DOMAIN, x);
        double r = MathFunctions.lgamma(x);
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    // ---- logarithms (ints of any size are handled without converting them to float) ----

    private static void logarithms(PyModule m) {
        DoubleUnaryOperator ln = Math::log, log2 = MathFunctions::log2, log10 = StrictMath::log10;
        def(m, ArgSpec.positional("log", 1, 2), (self, a) -> {
            double num = logOf(a[0], ln);
            if (a[1] == null) return new PyFloat(num);
            double den = logOf(a[1], ln);
            if (den == 0.0) throw Errors.zeroDivisionError("division by zero");
            return new PyFloat(num / den);
        });
        def(m, ArgSpec.one("log2"), (self, a) -> new PyFloat(logOf(a[0], log2)));
        def(m, ArgSpec.one("log10"), (self, a) -> new PyFloat(logOf(a[0], log10)));
    }

    /** CPython's loghelper: ints by their size, everything else through float. */
    private static double logOf(Object arg, DoubleUnaryOperator f) {
        PyInt i = PyInt.asInt(arg);
        if (i != null) {
            if (i.signum() <= 0) throw Errors.valueError("expected a positive input");
            if (i.fitsLong() || i.bigValue().bitLength() <= 1023) return f.applyAsDouble(i.bigValue().doubleValue());
            // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + e*log(2)
            BigInteger big = i.bigValue();
            int e = big.bitLength();
            double mant = frexpMantissa(big);
            if (mant == 1.0) {
                mant = 0.5;
                e += 1;
            }
            return f.applyAsDouble(mant) + f.applyAsDouble(2.0) * e;
        }
        double x = toDouble(arg);
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (!(x > 0.0)) throw domainError("expected a positive input", x);
        return f.applyAsDouble(x);
    }

    /** big / 2**bitLength, correctly rounded to a double (may round up to 1.0). */
    private static double frexpMantissa(BigInteger big) {
        int shift = big.bitLength() - 64;
        BigInteger top = big.shiftRight(shift);
        boolean sticky = big.getLowestSetBit() < shift;
        if (sticky) top = top.setBit(0); // keeps ties from looking exact
        return Math.scalb(top.doubleValue(), -64);
    }

    // ---- functions of two floats ----

    private static void twoArgument(PyModule m) {
        def(m, ArgSpec.positional("atan2", 2, 2), (self, a) -> new PyFloat(MathFunctions.atan2(toDouble(a[0]), toDouble(a[1]))));
        def(m, ArgSpec.positional("copysign", 2, 2), (self, a) -> new PyFloat(Math.copySign(toDouble(a[0]), toDouble(a[1]))));
        def(m, ArgSpec.positional("fmod", 2, 2), (self, a) -> {
            double x = toDouble(a[0]), y = toDouble(a[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) return new PyFloat(x);
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw Errors.valueError("math domain error");
            return new PyFloat(r);
        });
        def(m, ArgSpec.positional("remainder", 2, 2), (self, a) -> {
            double x = toDouble(a[0]), y = toDouble(a[1]);
            double r = MathFunctions.remainder(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw Errors.valueError("math domain error");
            return new PyFloat(r);
        });
        def(m, ArgSpec.positional("pow", 2, 2), (self, a) -> new PyFloat(pow(toDouble(a[0]), toDouble(a[1]))));
        def(m, ArgSpec.positional("fma", 3, 3), (self, a) -> {
            double x = toDouble(a[0]), y = toDouble(a[1]), z = toDouble(a[2]);
            double r = Math.fma(x, y, z);
            if (!Double.isFinite(r)) {
                if (Double.isNaN(r)) {
                    if (!Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) throw Errors.valueError("invalid operation in fma");
                } else if (Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) {
                    throw Errors.overflowError("overflow in fma");
                }
            }
            return new PyFloat(r);
        });
        def(m, ArgSpec.one("degrees"), (self, a) -> new PyFloat(toDouble(a[0]) * (180.0 / Math.PI)));
        def(m, ArgSpec.one("radians"), (self, a) -> new PyFloat(toDouble(a[0]) * (Math.PI / 180.0)));
        def(m, ArgSpec.varargs("hypot"), (self, a) -> new PyFloat(hypot(((PyTuple) a[0]).items())));
        def(m, ArgSpec.positional("dist", 2, 2), (self, a) -> new PyFloat(dist(a[0], a[1])));
    }

    /** C99 pow with CPython's own handling of infinities and NaNs (libm's differ by platform). */
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) return y == 0.0 ? 1.0 : x;
            if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) return oddY ? x : Math.abs(x);
                if (y == 0.0) return 1.0;
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) return 1.0;
            if (y > 0.0 && Math.abs(x) > 1.0) return y;
            if (y < 0.0 && Math.abs(x) < 1.0) return -y;
            return 0.0;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) throw Errors.valueError("math domain error");
        if (Double.isInfinite(r)) {
            if (x == 0.0) throw Errors.valueError("math domain error");
            throw rangeError();
        }
        return r;
    }

    private static double hypot(Object[] coords) {
        double[] vec = new double[coords.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < coords.length; i++) {
            double x = Math.abs(toDouble(coords[i]));
            vec[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return MathFunctions.vectorNorm(vec, vec.length, max, foundNan);
    }

    private static double dist(Object p, Object q) {
        Object[] ps = asTupleItems(p), qs = asTupleItems(q);
        if (ps.length != qs.length) throw Errors.valueError("both points must have the same number of dimensions");
        double[] vec = new double[ps.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < ps.length; i++) {
            double x = Math.abs(toDouble(ps[i]) - toDouble(qs[i]));
            vec[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return MathFunctions.vectorNorm(vec, vec.length, max, foundNan);
    }

    private static Object[] asTupleItems(Object o) {
        if (o instanceof PyTuple t) return t.items();
        return PyTuple.fromIterable(o).items();
    }

    // ---- trunc, floor, ceil, modf, frexp, ldexp ----

    private static void rounding(PyModule m) {
        def(m, ArgSpec.one("floor"), (self, a) -> roundTo(a[0], "__floor__", Math::floor));
        def(m, ArgSpec.one("ceil"), (self, a) -> roundTo(a[0], "__ceil__", Math::ceil));
        def(m, ArgSpec.one("trunc"), (self, a) -> {
            if (a[0] instanceof PyFloat f) return PyFloat.fromDouble(f.value);
            Object method = Abstract.typeOf(a[0]).lookup("__trunc__");
            if (method == null) throw Errors.typeError("type %s doesn't define __trunc__ method", Abstract.typeName(a[0]));
            return Abstract.callMethod(method, a[0]);
        });
        def(m, ArgSpec.one("modf"), (self, a) -> {
            double x = toDouble(a[0]);
            if (Double.isInfinite(x)) return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            if (Double.isNaN(x)) return PyTuple.of(new PyFloat(x), new PyFloat(x));
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(new PyFloat(Math.copySign(x - whole, x)), new PyFloat(whole));
        });
        def(m, ArgSpec.one("frexp"), (self, a) -> {
            double x = toDouble(a[0]);
            if (x == 0.0 || !Double.isFinite(x)) return PyTuple.of(new PyFloat(x), PyInt.ZERO);
            int e = Math.getExponent(x);
            if (e == Double.MIN_EXPONENT - 1) e = Math.getExponent(x * 0x1p54) - 54;
            return PyTuple.of(new PyFloat(Math.scalb(x, -(e + 1))), PyInt.of(e + 1));
        });
        def(m, ArgSpec.positional("ldexp", 2, 2), (self, a) -> {
            double x = toDouble(a[0]);
            PyInt i = PyInt.asInt(a[1]);
            if (i == null) throw Errors.typeError("Expected an int as second argument to ldexp.");
            if (x == 0.0 || !Double.isFinite(x)) return new PyFloat(x);
            int exp = i.fitsInt() ? (int) i.longValue() : i.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            double r = Math.scalb(x, Math.max(-3000, Math.min(3000, exp)));
            if (Double.isInfinite(r)) throw rangeError();
            return new PyFloat(r);
        });
    }

    private static Object roundTo(Object x, String dunder, DoubleUnaryOperator f) {
        if (x instanceof PyFloat fl) return PyFloat.fromDouble(f.applyAsDouble(fl.value));
        Object method = Abstract.typeOf(x).lookup(dunder);
        if (method != null) return Abstract.callMethod(method, x);
        return PyFloat.fromDouble(f.applyAsDouble(toDouble(x)));
    }

    // ---- integer functions ----

    private static void integers(PyModule m) {
        def(m, ArgSpec.one("factorial"), (self, a) -> {
            PyInt n = Abstract.index(a[0]);
            if (n.signum() < 0) throw Errors.valueError("factorial() not defined for negative values");
            if (!n.fitsLong() || n.longValue() > Integer.MAX_VALUE) {
                throw Errors.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
            }
            return PyInt.of(MathFunctions.factorial(n.longValue()));
        });
        def(m, ArgSpec.one("isqrt"), (self, a) -> {
            PyInt n = Abstract.index(a[0]);
            if (n.signum() < 0) throw Errors.valueError("isqrt() argument must be nonnegative");
            return PyInt.of(n.bigValue().sqrt());
        });
        def(m, ArgSpec.vector("gcd"), (self, a) -> gcdLcm("gcd", a, true));
        def(m, ArgSpec.vector("lcm"), (self, a) -> gcdLcm("lcm", a, false));
        def(m, ArgSpec.positional("comb", 2, 2), (self, a) -> comb(Abstract.index(a[0]), Abstract.index(a[1])));
        def(m, ArgSpec.positional("perm", 1, 2), (self, a) -> perm(Abstract.index(a[0]), a[1] == null || a[1] == PyNone.NONE ? null : Abstract.index(a[1])));
    }

    private static Object gcdLcm(String name, Object[] vector, boolean gcd) {
        Object[] args = (Object[]) vector[0];
        int nargs = (Integer) vector[1];
        if (vector[2] instanceof PyTuple kw && kw.size() > 0) throw Errors.typeError("math.%s() takes no keyword arguments", name);
        if (nargs == 0) return gcd ? PyInt.ZERO : PyInt.ONE;
        BigInteger result = Abstract.index(args[0]).bigValue().abs();
        for (int i = 1; i < nargs; i++) {
            BigInteger x = Abstract.index(args[i]).bigValue();
            if (gcd) {
                result = result.gcd(x);
            } else if (result.signum() == 0 || x.signum() == 0) {
                result = BigInteger.ZERO;
            } else {
                result = result.divide(result.gcd(x)).multiply(x).abs();
            }
        }
        return PyInt.of(result);
    }

    private static Object comb(PyInt n, PyInt k) {
        if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
        if (k.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
        BigInteger bn = n.bigValue(), bk = k.bigValue();
        if (bk.compareTo(bn) > 0) return PyInt.ZERO;
        BigInteger smaller = bk.min(bn.subtract(bk));
        if (smaller.bitLength() > 62) {
            throw Errors.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        }
        long r = smaller.longValue();
        // C(n, r) = prod_{i=1..r} (n - r + i) / i, exact at every step.
        BigInteger result = BigInteger.ONE;
        BigInteger base = bn.subtract(smaller);
        for (long i = 1; i <= r; i++) {
            result = result.multiply(base.add(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i));
        }
        return PyInt.of(result);
    }

    private static Object perm(PyInt n, PyInt k) {
        if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
        if (k == null) {
            if (!n.fitsLong() || n.longValue() > Integer.MAX_VALUE) {
                throw Errors.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
            }
            return PyInt.of(MathFunctions.factorial(n.longValue()));
        }
        if (k.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
        BigInteger bn = n.bigValue(), bk = k.bigValue();
        if (bk.compareTo(bn) > 0) return PyInt.ZERO;
        if (bk.bitLength() > 62) throw Errors.overflowError("k must not exceed %d", Long.MAX_VALUE);
        long r = bk.longValue();
        BigInteger result = BigInteger.ONE;
        for (long i = 0; i < r; i++) result = result.multiply(bn.subtract(BigInteger.valueOf(i)));
        return PyInt.of(result);
    }

    // ---- fsum, prod, sumprod ----

    private static void sums(PyModule m) {
        def(m, ArgSpec.one("fsum"), (self, a) -> new PyFloat(fsum(a[0])));
        def(m, ArgSpec.keywords("prod", 1, 1, 1, "iterable", "start"), (self, a) -> {
            Object result = a[1] == null ? PyInt.ONE : a[1];
            Object it = Abstract.getIter(a[0]);
            for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                result = Abstract.binaryOp(result, x, BinOp.MUL);
            }
            return result;
        });
        def(m, ArgSpec.positional("sumprod", 2, 2), (self, a) -> sumprod(a[0], a[1]));
    }

    /** Shewchuk's exact summation: non-overlapping partials, then one correctly rounded result. */
    private static double fsum(Object iterable) {
        Object it = Abstract.getIter(iterable);
        double[] partials = new double[32];
        int n = 0;
        double specialSum = 0.0, infSum = 0.0;
        for (Object item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            double x = toDouble(item), xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y, yr = hi - x, lo = y - yr;
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // An infinite or NaN input, or an overflow of finite ones.
                    if (Double.isFinite(xsave)) throw Errors.overflowError("intermediate overflow in fsum");
                    if (Double.isInfinite(xsave)) infSum += xsave;
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == partials.length) partials = java.util.Arrays.copyOf(partials, n * 2);
                    partials[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) throw Errors.valueError("-inf + inf in fsum");
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi, y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // Round half-even correctly when the rest of the partials push past a tie.
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
                double y = lo * 2.0, x = hi + y, yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }

    /**
     * sum(p[i] * q[i]): pairs of ints exactly, pairs of finite floats (or a float and a small int)
     * exactly and rounded once, anything else by the generic operators; the three parts are
     * added in that order, as CPython's accumulators are flushed.
     */
    /**
     * CPython's sumprod, path for path (the result depends on it, e.g. a float accumulated before
     * an int product is added): exact ints accumulate in a long until a product or the sum
     * overflows or a non-int comes; then float/float and float/int pairs accumulate in triple
     * length until a pair is neither or the sum stops being finite; each path, once left, adds
     * its total to the generic total and stays off; the rest goes through * and +.
     */
    private static Object sumprod(Object p, Object q) {
        Object pit = Abstract.getIter(p), qit = Abstract.getIter(q);
        Object total = PyInt.ZERO;
        boolean intPath = true, intInUse = false, floatPath = true, floatInUse = false;
        long intTotal = 0;
        TripleLength floatTotal = TripleLength.ZERO;
        while (true) {
            Object a = Abstract.next(pit), b = Abstract.next(qit);
            if ((a == null) != (b == null)) throw Errors.valueError("Inputs are not the same length");
            boolean finished = a == null;
            if (intPath) {
                if (!finished && a.getClass() == PyInt.class && b.getClass() == PyInt.class
                        && ((PyInt) a).fitsLong() && ((PyInt) b).fitsLong()) {
                    long x = ((PyInt) a).longValue(), y = ((PyInt) b).longValue();
                    long high = Math.multiplyHigh(x, y), product = x * y;
                    long sum = intTotal + product;
                    boolean overflow = high != (product >> 63) || ((intTotal ^ sum) & (product ^ sum)) < 0;
                    if (!overflow) {
                        intTotal = sum;
                        intInUse = true;
                        continue;
                    }
                }
                intPath = false;   // finished, overflowed or not two ints: the long total joins the generic one
                if (intInUse) {
                    total = Abstract.binaryOp(total, PyInt.of(intTotal), BinOp.ADD);
                    intInUse = false;
                }
            }
            if (floatPath) {
                if (!finished) {
                    double x = Double.NaN, y = Double.NaN;
                    boolean pair = true;
                    if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
                        x = ((PyFloat) a).value;
                        y = ((PyFloat) b).value;
                    } else if (a.getClass() == PyFloat.class && b instanceof PyInt) {   // PyInt: int or bool
                        x = ((PyFloat) a).value;
                        y = intAsDouble((PyInt) b);
                        pair = !Double.isNaN(y);
                    } else if (b.getClass() == PyFloat.class && a instanceof PyInt) {
                        y = ((PyFloat) b).value;
                        x = intAsDouble((PyInt) a);
                        pair = !Double.isNaN(x);
                    } else {
                        pair = false;
                    }
                    if (pair) {
                        TripleLength next = floatTotal.fma(x, y);
                        if (Double.isFinite(next.hi)) {
                            floatTotal = next;
                            floatInUse = true;
                            continue;
                        }
                    }
                }
                floatPath = false;
                if (floatInUse) {
                    total = Abstract.binaryOp(total, new PyFloat(floatTotal.toDouble()), BinOp.ADD);
                    floatInUse = false;
                }
            }
            if (finished) return total;
            total = Abstract.binaryOp(total, Abstract.binaryOp(a, b, BinOp.MUL), BinOp.ADD);
        }
    }

    /** An int as a double, NaN when it is too large (CPython's PyLong_AsDouble overflow, cleared). */
    private static double intAsDouble(PyInt i) {
        if (i.fitsLong()) return (double) i.longValue();
        double d = i.bigValue().doubleValue();
        return Double.isInfinite(d) ? Double.NaN : d;
    }

    /** A sum kept as three doubles (hi + lo + tiny), for sumprod's float path. */
    private record TripleLength(double hi, double lo, double tiny) {
        static final TripleLength ZERO = new TripleLength(0.0, 0.0, 0.0);

        /** This + x * y: the exact product (as two doubles) added with error-free sums. */
        TripleLength fma(double x, double y) {
            double productHi = x * y, productLo = Math.fma(x, y, -productHi);
            double[] sm = twoSum(hi, productHi), r1 = twoSum(lo, productLo), r2 = twoSum(r1[0], sm[1]);
            return new TripleLength(sm[0], r2[0], tiny + r1[1] + r2[1]);
        }

        double toDouble() {
            double[] last = twoSum(lo, hi);
            return tiny + last[1] + last[0];
        }

        /** a + b as the rounded sum and its exact error. */
        private static double[] twoSum(double a, double b) {
            double x = a + b, z = x - a;
            return new double[] {x, (a - (x - z)) + (b - z)};
        }
    }

    // ---- classification, nextafter, ulp, isclose ----

    private static void floatInspection(PyModule m) {
        def(m, ArgSpec.one("isfinite"), (self, a) -> PyBool.of(Double.isFinite(toDouble(a[0]))));
        def(m, ArgSpec.one("isinf"), (self, a) -> PyBool.of(Double.isInfinite(toDouble(a[0]))));
        def(m, ArgSpec.one("isnan"), (self, a) -> PyBool.of(Double.isNaN(toDouble(a[0]))));
        def(m, ArgSpec.keywords("isclose", 2, 2, 2, "a", "b", "rel_tol", "abs_tol"), (self, a) -> {
            double x = toDouble(a[0]), y = toDouble(a[1]);
            double rel = a[2] == null ? 1e-09 : toDouble(a[2]), abs = a[3] == null ? 0.0 : toDouble(a[3]);
            if (rel < 0.0 || abs < 0.0) throw Errors.valueError("tolerances must be non-negative");
            if (x == y) return PyBool.TRUE;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
            double diff = Math.abs(y - x);
            return PyBool.of((diff <= Math.abs(rel * y)) || (diff <= Math.abs(rel * x)) || (diff <= abs));
        });
        def(m, ArgSpec.keywords("nextafter", 2, 2, 2, "x", "y", "steps"), (self, a) -> {
            double x = toDouble(a[0]), y = toDouble(a[1]);
            if (a[2] == null || a[2] == PyNone.NONE) return new PyFloat(Math.nextAfter(x, y));
            PyInt steps = Abstract.index(a[2]);
            if (steps.signum() < 0) throw Errors.valueError("steps must be a non-negative integer");
            return new PyFloat(nextAfterSteps(x, y, steps));
        });
        def(m, ArgSpec.one("ulp"), (self, a) -> {
            double x = toDouble(a[0]);
            if (Double.isNaN(x)) return new PyFloat(x);
            x = Math.abs(x);
            if (Double.isInfinite(x)) return new PyFloat(x);
            double up = Math.nextUp(x);
            if (Double.isInfinite(up)) return new PyFloat(x - Math.nextDown(x));
            return new PyFloat(up - x);
        });
    }

    /** nextafter applied {@code steps} times, computed on the ordered integer image of doubles. */
    private static double nextAfterSteps(double x, double y, PyInt steps) {
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (steps.signum() == 0 || x == y) return steps.signum() == 0 ? x : y;
        long ux = ordered(x), uy = ordered(y);
        BigInteger distance = BigInteger.valueOf(uy).subtract(BigInteger.valueOf(ux)).abs();
        if (steps.bigValue().compareTo(distance) >= 0) return y;
        long n = steps.longValue();
        return fromOrdered(uy > ux ? ux + n : ux - n);
    }

    /** A long that orders like the doubles (-0.0 and 0.0 both map to 0). */
    private static long ordered(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits < 0 ? -(bits & Long.MAX_VALUE) : bits;
    }

    private static double fromOrdered(long v) {
        return v < 0 ? Double.longBitsToDouble((-v) | Long.MIN_VALUE) : Double.longBitsToDouble(v);
    }

    // ---- helpers ----

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        // METH_O functions name their module in arity errors: "math.sqrt() takes exactly one argument".
        ArgSpec named = spec.style() == ArgSpec.Style.ONE ? spec.ownedBy("math") : spec;
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(named, m, body));
    }

    private static void set(PyModule m, String name, Object value) {
        m.dict().setItem(new PyStr(name), value);
    }
}
