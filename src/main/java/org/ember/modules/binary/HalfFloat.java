package org.ember.modules.binary;

import org.ember.runtime.Errors;

/**
 * IEEE 754 binary16 ("half", struct's 'e'), converted straight from the double with one
 * round-half-to-even (going through float first would round twice).
 */
final class HalfFloat {
    private HalfFloat() {}

    static long pack(double x) {
        int sign = (Double.doubleToRawLongBits(x) < 0) ? 0x8000 : 0;
        if (Double.isNaN(x)) return sign | 0x7e00;
        double a = Math.abs(x);
        if (Double.isInfinite(a)) return sign | 0x7c00;
        if (a < 0x1p-14) {
            // subnormal: units of 2**-24; a result of 1024 is the smallest normal, whose bits are 1024 too
            return sign | (long) Math.rint(a * 0x1p24);
        }
        int exponent = Math.getExponent(a);
        double mantissa = Math.rint(Math.scalb(a, 10 - exponent)); // in [1024, 2048]
        if (mantissa == 2048) {
            mantissa = 1024;
            exponent++;
        }
        if (exponent > 15) throw Errors.overflowError("float too large to pack with e format");
        return sign | ((long) (exponent + 15) << 10) | ((long) mantissa - 1024);
    }

    static double unpack(int bits) {
        int sign = (bits & 0x8000) != 0 ? -1 : 1;
        int exponent = (bits >> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        if (exponent == 0x1f) return mantissa == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        if (exponent == 0) return sign * Math.scalb((double) mantissa, -24);
        return sign * Math.scalb((double) (mantissa | 0x400), exponent - 25);
    }
}
