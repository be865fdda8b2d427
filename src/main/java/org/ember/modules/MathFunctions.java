package org.ember.modules;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The floating-point algorithms behind {@code math} that CPython computes itself rather than
 * leaving to the platform libm (gamma, lgamma, remainder, the vector norm of hypot/dist, fsum's
 * final rounding, log2's reduction), plus the inverse hyperbolic functions and erf/erfc that Java
 * lacks. Pure functions of doubles: the Python-level checks and errors are {@link MathModule}'s.
 */
final class MathFunctions {
    private MathFunctions() {}

    static final double PI = Math.PI;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double LN2 = 0.6931471805599453094;

    // ---- sin(pi*x), exact at integers and half-integers ----

    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.rint(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(PI * y);
            case 1 -> Math.cos(PI * (y - 0.5));
            case 2 -> Math.sin(PI * (1.0 - y));
            case 3 -> -Math.cos(PI * (y - 1.5));
            default -> Math.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    // ---- gamma and lgamma: Lanczos approximation (g = 6.0246..., 13 terms) ----

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    /** The denominator x(x+1)...(x+11) expanded. */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };
    /** gamma(n) for n = 1..23: (n-1)! exactly. */
    private static final double[] GAMMA_INTEGRAL = new double[23];
    static {
        double f = 1.0;
        for (int i = 0; i < GAMMA_INTEGRAL.length; i++) {
            GAMMA_INTEGRAL[i] = f;
            f *= i + 1;
        }
    }

    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            // As a rational function of 1/x, which keeps large x from overflowing.
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** Gamma(x) for finite x that is not zero or a negative integer (the caller checks those). */
    static double gamma(double x) {
        if (x == Math.floor(x) && x > 0 && x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[(int) x - 1];
        double absx = Math.abs(x);
        if (absx < 1e-20) return 1.0 / x;
        if (absx > 200.0) return x < 0.0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
        double y = absx + LANCZOS_G_MINUS_HALF;
        // z is the rounding error of y, used as a first-order correction.
        double z = absx > LANCZOS_G_MINUS_HALF ? (y - absx) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - absx;
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    /** log|Gamma(x)| for finite x that is not a non-positive integer. */
    static double lgamma(double x) {
        if (x == Math.floor(x) && x <= 2.0) return 0.0; // lgamma(1) = lgamma(2) = 0
        double absx = Math.abs(x);
        if (absx < 1e-20) return -Math.log(absx);
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = LOG_PI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        return r;
    }

    // ---- erf and erfc: power series near 0, continued fraction further out ----

    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;

    private static double erfSeries(double x) {
        double x2 = x * x, acc = 0.0, fk = 25 + 0.5;
        for (int i = 0; i < 25; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.exp(-x2) / SQRT_PI;
    }

    private static double erfcContfrac(double x) {
        if (x >= 30.0) return 0.0;
        double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
        for (int i = 0; i < 50; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * Math.exp(-x2) / SQRT_PI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double absx = Math.abs(x);
        if (absx < 1.5) return erfSeries(x);
        double cf = erfcContfrac(absx);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        double absx = Math.abs(x);
        if (absx < 1.5) return 1.0 - erfSeries(x);
        double cf = erfcContfrac(absx);
        return x > 0.0 ? cf : 2.0 - cf;
    }

    // ---- inverse hyperbolic functions ----

    static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double a = Math.abs(x), w;
        if (a < 0x1p-28) return x;
        if (a > 0x1p28) w = Math.log(a) + LN2;
        else if (a > 2.0) w = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        else w = Math.log1p(a + x * x / (1.0 + Math.sqrt(1.0 + x * x)));
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        if (x < 1.0) return Double.NaN;
        if (x >= 0x1p28) return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        if (x == 1.0) return 0.0;
        if (x > 2.0) return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double a = Math.abs(x);
        if (a > 1.0) return Double.NaN;
        if (a == 1.0) return Math.copySign(Double.POSITIVE_INFINITY, x);
        if (a < 0x1p-28) return x;
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else {
            t = 0.5 * Math.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(t, x);
    }

    /** log2 with exact results at powers of two and no cancellation just above 1. */
    static double log2(double x) {
        int e = Math.getExponent(x);
        double m;
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            double scaled = x * 0x1p54;
            e = Math.getExponent(scaled) - 54;
            m = Math.scalb(scaled, -(Math.getExponent(scaled) + 1));
        } else {
            m = Math.scalb(x, -(e + 1));
        }
        e += 1; // frexp convention: x = m * 2**e with m in [0.5, 1)
        if (x >= 1.0) return Math.log(2.0 * m) / Math.log(2.0) + (e - 1);
        return Math.log(m) / Math.log(2.0) + e;
    }

    // ---- remainder and atan2 ----

    static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) return Double.NaN;
            double absx = Math.abs(x), absy = Math.abs(y);
            double m = absx % absy;
            // Compare m with absy - m rather than 0.5*absy, which may not be representable.
            double c = absy - m, r;
            if (m < c) r = m;
            else if (m > c) r = -c;
            else r = m - 2.0 * ((0.5 * (absx - m)) % absy); // tie: choose the even multiple
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (Double.isInfinite(x)) return Double.NaN;
        return x;
    }

    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) return Math.copySign(x > 0 ? 0.25 * PI : 0.75 * PI, y);
            return Math.copySign(0.5 * PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            if (Math.copySign(1.0, x) == 1.0) return Math.copySign(0.0, y);
            return Math.copySign(PI, y);
        }
        return StrictMath.atan2(y, x);
    }

    // ---- the Euclidean norm used by hypot and dist ----

    /**
     * sqrt(sum of squares) of {@code vec} (absolute values; max is their maximum), computed with
     * exact scaling, exact squares and sums kept as double-length values, then one Newton
     * correction of the square root: the result is correctly rounded in nearly all cases.
     */
    static double vectorNorm(double[] vec, int n, double max, boolean foundNan) {
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || n <= 1) return max;
        int maxE = Math.getExponent(max) + 1;
        if (maxE < -1023) {
            // 2**-maxE would overflow: bring the values up by DBL_MIN first.
            for (int i = 0; i < n; i++) vec[i] /= Double.MIN_NORMAL;
            return Double.MIN_NORMAL * vectorNorm(vec, n, max / Double.MIN_NORMAL, false);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = vec[i] * scale;
            double hi = x * x, lo = Math.fma(x, x, -hi);
            double sum = csum + hi;
            frac2 += (csum - sum) + hi;
            csum = sum;
            frac1 += lo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double hi = -h * h, lo = Math.fma(-h, h, -hi);
        double sum = csum + hi;
        frac2 += (csum - sum) + hi;
        csum = sum;
        frac1 += lo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    // ---- exact sums ----

    /** The correctly rounded double nearest to an exact decimal value (ties to even). */
    static double round(BigDecimal exact) {
        return exact.doubleValue();
    }

    /** n! by binary splitting of the product (fast for large n). */
    static BigInteger factorial(long n) {
        if (n < 2) return BigInteger.ONE;
        return product(1, n);
    }

    /** The product of the integers in [lo, hi]. */
    static BigInteger product(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }
}
