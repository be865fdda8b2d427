package org.ember.runtime;

/**
 * {@code complex}: a pair of doubles with CPython 3.14's arithmetic. Mixed operations with an
 * int or float operand use the real-only formulas (3.14: {@code 0.0 + -0.0j} is {@code -0j}),
 * products and quotients recover infinities as C11 Annex G does, division is Smith's algorithm,
 * and {@code **} with a small integral exponent multiplies by repeated squaring.
 */
public final class PyComplex extends PyObject {

    public static final PyType TYPE = PyType.builtin("complex", PyComplex.class)
            .subclassable()
            .slots(PyComplex::fillSlots)
            .dict(PyComplex::fillDict)
            .build();

    /** CPython's _PyHASH_IMAG: the multiplier of the imaginary part's hash. */
    private static final long HASH_IMAG = 1000003L;

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The complex inside o (a complex or an instance of a complex subclass), or null. */
    public static PyComplex asComplex(Object o) {
        if (o instanceof PyComplex c) return c;
        if (o instanceof PyInstance inst && inst.base instanceof PyComplex c) return c;
        return null;
    }

    /**
     * A complex argument as C's "D" converter takes it: a complex, an object with __complex__,
     * or a real number (__float__ / __index__); else TypeError "must be real number, not str".
     */
    public static PyComplex argument(Object o) {
        PyComplex c = asComplex(o);
        if (c != null) return c;
        Object method = Abstract.typeOf(o).lookup("__complex__");
        if (method != null) {
            Object r = Abstract.callMethod(method, o);
            PyComplex rc = asComplex(r);
            if (rc == null) throw Errors.typeError("__complex__ returned non-complex (type %s)", Abstract.typeName(r));
            return rc;
        }
        PyType t = Abstract.typeOf(o);
        if (t.toFloat == null && t.index == null) throw Errors.typeError("must be real number, not %s", Abstract.typeName(o));
        return new PyComplex(PyFloat.convert(o).value, 0.0);
    }

    @Override
    public String toString() {
        return Repr.complexRepr(real, imag);
    }

    // ---- elementary operations (CPython's _Py_c_* helpers) ----

    /** A complex product; a NaN+NaNj result is recomputed from "boxed" infinities (C11 G.5.1). */
    static PyComplex product(double a, double b, double c, double d) {
        double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
        double re = ac - bd, im = ad + bc;
        if (!(Double.isNaN(re) && Double.isNaN(im))) return new PyComplex(re, im);
        boolean recalc = false;
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            a = box(a);
            b = box(b);
            c = nanToZero(c);
            d = nanToZero(d);
            recalc = true;
        }
        if (Double.isInfinite(c) || Double.isInfinite(d)) {
            c = box(c);
            d = box(d);
            a = nanToZero(a);
            b = nanToZero(b);
            recalc = true;
        }
        if (!recalc && (Double.isInfinite(ac) || Double.isInfinite(bd) || Double.isInfinite(ad) || Double.isInfinite(bc))) {
            // an overflow in a partial product: recover the infinity by treating NaNs as zeros
            a = nanToZero(a);
            b = nanToZero(b);
            c = nanToZero(c);
            d = nanToZero(d);
            recalc = true;
        }
        if (!recalc) return new PyComplex(re, im);
        return new PyComplex(Double.POSITIVE_INFINITY * (a * c - b * d), Double.POSITIVE_INFINITY * (a * d + b * c));
    }

    /** ±1 for an infinity, ±0 otherwise (the sign kept). */
    private static double box(double x) {
        return Math.copySign(Double.isInfinite(x) ? 1.0 : 0.0, x);
    }

    private static double nanToZero(double x) {
        return Double.isNaN(x) ? Math.copySign(0.0, x) : x;
    }

    /**
     * (a+bi) / (c+di) by Smith's algorithm (divide through by the larger of |c| and |d|), with
     * NaN+NaNj results recovered as C11 G.5.2. {@code realOnly} means the numerator is the real
     * number a (3.14's mixed-mode division: no 0*ratio terms, so signed zeros come out right).
     */
    static PyComplex quotient(double a, double b, double c, double d, boolean realOnly) {
        double absC = Math.abs(c), absD = Math.abs(d);
        double re, im;
        if (absC >= absD) {
            if (absC == 0.0) throw Errors.zeroDivisionError("division by zero");
            double ratio = d / c;
            double denom = c + d * ratio;
            re = realOnly ? a / denom : (a + b * ratio) / denom;
            im = realOnly ? (-a * ratio) / denom : (b - a * ratio) / denom;
        } else if (absD >= absC) {
            double ratio = c / d;
            double denom = c * ratio + d;
            re = realOnly ? (a * ratio) / denom : (a * ratio + b) / denom;
            im = realOnly ? (-a) / denom : (b * ratio - a) / denom;
        } else {
            re = im = Double.NaN; // c or d is a NaN
        }
        if (Double.isNaN(re) && Double.isNaN(im) && realOnly) {
            // 3.14's real-by-complex division only recovers zeros (a finite over an infinite divisor)
            if (Double.isFinite(a) && (Double.isInfinite(absC) || Double.isInfinite(absD))) {
                re = 0.0 * (a * box(c));
                im = 0.0 * (-a * box(d));
            }
        } else if (Double.isNaN(re) && Double.isNaN(im)) {
            if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
                double x = box(a), y = box(b);
                re = Double.POSITIVE_INFINITY * (x * c + y * d);
                im = Double.POSITIVE_INFINITY * (y * c - x * d);
            } else if ((Double.isInfinite(absC) || Double.isInfinite(absD)) && Double.isFinite(a) && Double.isFinite(b)) {
                double x = box(c), y = box(d);
                re = 0.0 * (a * x + b * y);
                im = 0.0 * (b * x - a * y);
            }
        }
        return new PyComplex(re, im);
    }

    /** (a+bi) / (c+di) as the / operator computes it; ZeroDivisionError for a zero divisor. */
    public static PyComplex divide(double a, double b, double c, double d) {
        return quotient(a, b, c, d, false);
    }

    /** abs(z): C99's rules for infinities and NaNs, else hypot; OverflowError when it overflows. */
    public static double abs(double re, double im) {
        if (Double.isInfinite(re)) return Math.abs(re);
        if (Double.isInfinite(im)) return Math.abs(im);
        if (Double.isNaN(re) || Double.isNaN(im)) return Double.NaN;
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) throw Errors.overflowError("absolute value too large");
        return r;
    }

    /** z ** w: repeated squaring for integral |w| <= 100, else polar form through libm functions. */
    public static PyComplex power(double ar, double ai, double br, double bi) {
        PyComplex p;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            p = powInt(ar, ai, (long) br);
        } else {
            p = powGeneral(ar, ai, br, bi);
        }
        if (Double.isInfinite(p.real) || Double.isInfinite(p.imag)) {
            throw Errors.overflowError("complex exponentiation");
        }
        return p;
    }

    private static PyComplex powInt(double ar, double ai, long n) {
        if (n > 0) return powUnsigned(ar, ai, n);
        PyComplex d = powUnsigned(ar, ai, -n);
        try {
            return quotient(1.0, 0.0, d.real, d.imag, false);
        } catch (PyException e) {
            throw Errors.zeroDivisionError("zero to a negative or complex power");
        }
    }

    private static PyComplex powUnsigned(double ar, double ai, long n) {
        PyComplex r = new PyComplex(1.0, 0.0), p = new PyComplex(ar, ai);
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = product(r.real, r.imag, p.real, p.imag);
            p = product(p.real, p.imag, p.real, p.imag);
        }
        return r;
    }

    private static PyComplex powGeneral(double ar, double ai, double br, double bi) {
        if (br == 0.0 && bi == 0.0) return new PyComplex(1.0, 0.0);
        if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) throw Errors.zeroDivisionError("zero to a negative or complex power");
            return new PyComplex(0.0, 0.0);
        }
        double vabs = Math.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    // ---- hash ----

    /** CPython's complex hash: hash(real) + 1000003 * hash(imag), so hash(x+0j) == hash(x). */
    public static long hash(double re, double im, Object self) {
        long combined = PyFloat.hash(re, self) + HASH_IMAG * PyFloat.hash(im, self);
        return combined == -1 ? -2 : combined;
    }

    // ---- operands ----

    /** An int or float operand as a double, or null if o is neither (then the operation is NotImplemented). */
    private static Double realOperand(Object o) {
        PyFloat f = PyFloat.asFloat(o);
        if (f != null) return f.value;
        PyInt i = PyInt.asInt(o);
        if (i != null) return i.toDouble();
        return null;
    }

    @FunctionalInterface
    private interface MixedOp {
        PyComplex apply(double ar, double ai, double br, double bi, boolean leftReal, boolean rightReal);
    }

    /** A binary slot: complex op complex, complex op real, real op complex (3.14's mixed-mode rules). */
    private static Slot.Binary binary(MixedOp op) {
        return (a, b) -> {
            PyComplex ca = asComplex(a), cb = asComplex(b);
            if (ca != null && cb != null) return op.apply(ca.real, ca.imag, cb.real, cb.imag, false, false);
            if (ca != null) {
                Double rb = realOperand(b);
                return rb == null ? PyNotImplemented.INSTANCE : op.apply(ca.real, ca.imag, rb, 0.0, false, true);
            }
            Double ra = realOperand(a);
            return ra == null || cb == null ? PyNotImplemented.INSTANCE : op.apply(ra, 0.0, cb.real, cb.imag, true, false);
        };
    }

    private static PyComplex add(double ar, double ai, double br, double bi, boolean leftReal, boolean rightReal) {
        if (rightReal) return new PyComplex(ar + br, ai);
        if (leftReal) return new PyComplex(ar + br, bi);
        return new PyComplex(ar + br, ai + bi);
    }

    private static PyComplex sub(double ar, double ai, double br, double bi, boolean leftReal, boolean rightReal) {
        if (rightReal) return new PyComplex(ar - br, ai);
        if (leftReal) return new PyComplex(ar - br, -bi);
        return new PyComplex(ar - br, ai - bi);
    }

    private static PyComplex mul(double ar, double ai, double br, double bi, boolean leftReal, boolean rightReal) {
        if (rightReal) return new PyComplex(ar * br, ai * br);
        if (leftReal) return new PyComplex(ar * br, ar * bi);
        return product(ar, ai, br, bi);
    }

    private static PyComplex div(double ar, double ai, double br, double bi, boolean leftReal, boolean rightReal) {
        if (rightReal) {
            if (br == 0.0) throw Errors.zeroDivisionError("division by zero");
            return new PyComplex(ar / br, ai / br);
        }
        return quotient(ar, ai, br, bi, leftReal);
    }

    /** The operand of pow as a complex: complex, int or float; null if it is none of these. */
    private static PyComplex powOperand(Object o) {
        PyComplex c = asComplex(o);
        if (c != null) return c;
        Double r = realOperand(o);
        return r == null ? null : new PyComplex(r, 0.0);
    }

    private static Object richCompare(Object a, Object b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) return PyNotImplemented.INSTANCE;
        PyComplex x = asComplex(a);
        boolean equal;
        PyInt iy = PyInt.asInt(b);
        PyFloat fy = PyFloat.asFloat(b);
        PyComplex cy = asComplex(b);
        if (iy != null) {
            if (x.imag != 0.0) equal = false;
            else return Abstract.richCompare(new PyFloat(x.real), b, op);
        } else if (fy != null) {
            equal = x.real == fy.value && x.imag == 0.0;
        } else if (cy != null) {
            equal = x.real == cy.real && x.imag == cy.imag;
        } else {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(equal == (op == CompareOp.EQ));
    }

    private static void fillSlots(PyType t) {
        t.repr = self -> new PyStr(asComplex(self).toString());
        t.str = t.repr;
        t.hash = self -> {
            PyComplex c = asComplex(self);
            return hash(c.real, c.imag, self);
        };
        t.bool = self -> {
            PyComplex c = asComplex(self);
            return c.real != 0.0 || c.imag != 0.0;
        };
        t.richcompare = PyComplex::richCompare;
        t.binary[BinOp.ADD.ordinal()] = binary(PyComplex::add);
        t.binary[BinOp.SUB.ordinal()] = binary(PyComplex::sub);
        t.binary[BinOp.MUL.ordinal()] = binary(PyComplex::mul);
        t.binary[BinOp.TRUEDIV.ordinal()] = binary(PyComplex::div);
        t.pow = (a, b, m) -> {
            PyComplex x = powOperand(a), y = powOperand(b);
            if (x == null || y == null) return PyNotImplemented.INSTANCE;
            if (m != null && m != PyNone.NONE) throw Errors.valueError("complex modulo");
            return power(x.real, x.imag, y.real, y.imag);
        };
        t.neg = self -> {
            PyComplex c = asComplex(self);
            return new PyComplex(-c.real, -c.imag);
        };
        t.pos = self -> {
            PyComplex c = asComplex(self);
            return self instanceof PyComplex ? self : new PyComplex(c.real, c.imag);
        };
        t.abs = self -> {
            PyComplex c = asComplex(self);
            return new PyFloat(abs(c.real, c.imag));
        };
        t.newInstance = ComplexParser::newComplex;
    }

    private static void fillDict(TypeBuilder d) {
        d.method0("conjugate", self -> {
            PyComplex c = asComplex(self);
            return new PyComplex(c.real, -c.imag);
        });
        d.method0("__complex__", self -> {
            PyComplex c = asComplex(self);
            return self instanceof PyComplex ? self : new PyComplex(c.real, c.imag);
        });
        d.method0("__getnewargs__", self -> {
            PyComplex c = asComplex(self);
            return PyTuple.of(new PyFloat(c.real), new PyFloat(c.imag));
        });
        d.method("__format__", ArgSpec.one("__format__"), (self, a) -> {
            String spec = PyStr.formatSpecArg(a[0]);
            PyComplex c = asComplex(self);
            return spec.isEmpty() ? Abstract.str(self) : new PyStr(ComplexFormat.format(c.real, c.imag, spec));
        });
        d.classMethod("from_number", ArgSpec.one("from_number"), (cls, a) -> ComplexParser.fromNumber((PyType) cls, a[0]));
        d.getset("real", self -> new PyFloat(asComplex(self).real), null);
        d.getset("imag", self -> new PyFloat(asComplex(self).imag), null);
    }
}
