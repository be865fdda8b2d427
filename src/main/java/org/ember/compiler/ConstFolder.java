package org.ember.compiler;

import org.ember.runtime.PyFloat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.ConstComplex;
import org.ember.bytecode.ConstFrozenSet;
import org.ember.bytecode.ConstSlice;
import org.ember.bytecode.ConstTuple;
import org.ember.bytecode.Oparg;
import org.ember.parser.Ast;

/**
 * Python semantics of the operations the optimizer folds on constants, with CPython's size
 * limits (no int above 128 bits from *, ** or <<, no str/bytes above 4096 items from *, no tuple
 * above 256 items). Every method returns null when CPython would not fold: the operation raises
 * (1/0), the result would be too big, or Ember does not fold that combination (see
 * docs/compiler.md).
 */
final class ConstFolder {
    private ConstFolder() {}

    static final int MAX_INT_SIZE = 128;
    static final int MAX_COLLECTION_SIZE = 256;
    static final int MAX_STR_SIZE = 4096;
    static final int MAX_TOTAL_ITEMS = 1024;

    // ---- truth ---------------------------------------------------------------------------------

    /** bool(value) for a constant. */
    static boolean truth(Object value) {
        return switch (value) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger big -> big.signum() != 0;
            case Double d -> d != 0.0;
            case String s -> !s.isEmpty();
            case Ast.Bytes b -> b.value().length != 0;
            case Ast.Imaginary im -> im.imag() != 0.0;
            case ConstComplex c -> c.real() != 0.0 || c.imag() != 0.0;
            case ConstTuple t -> t.size() != 0;
            case ConstFrozenSet s -> !s.items().isEmpty();
            default -> value != Ast.NONE; // Ellipsis, code objects, slices are true
        };
    }

    // ---- unary ---------------------------------------------------------------------------------

    static Object negate(Object value) {
        if (isInt(value)) return norm(big(value).negate());
        if (value instanceof Double d) return -d;
        if (value instanceof Ast.Imaginary im) return new ConstComplex(-0.0, -im.imag());
        if (value instanceof ConstComplex c) return new ConstComplex(-c.real(), -c.imag());
        return null;
    }

    static Object invert(Object value) {
        if (value instanceof Boolean) return null; // ~bool is deprecated: CPython leaves it alone
        if (isInt(value)) return norm(big(value).not());
        return null;
    }

    static Object positive(Object value) {
        if (isInt(value)) return norm(big(value));
        if (value instanceof Double || value instanceof ConstComplex) return value;
        if (value instanceof Ast.Imaginary im) return new ConstComplex(0.0, im.imag());
        return null;
    }

    // ---- binary --------------------------------------------------------------------------------

    /** {@code left <op> right} for a BINARY_OP oparg (in-place forms are never folded). */
    static Object binary(int nbOp, Object left, Object right) {
        try {
            return switch (nbOp) {
                case Oparg.NB_ADD -> add(left, right);
                case Oparg.NB_SUBTRACT -> subtract(left, right);
                case Oparg.NB_MULTIPLY -> multiply(left, right);
                case Oparg.NB_TRUE_DIVIDE -> trueDivide(left, right);
                case Oparg.NB_FLOOR_DIVIDE -> floorDivide(left, right);
                case Oparg.NB_REMAINDER -> remainder(left, right);
                case Oparg.NB_POWER -> power(left, right);
                case Oparg.NB_LSHIFT -> leftShift(left, right);
                case Oparg.NB_RSHIFT -> rightShift(left, right);
                case Oparg.NB_AND, Oparg.NB_OR, Oparg.NB_XOR -> bitwise(nbOp, left, right);
                case Oparg.NB_SUBSCR -> subscript(left, right);
                default -> null;
            };
        } catch (ArithmeticException e) {
            return null; // a result CPython's folding would refuse (overflow to float etc.)
        }
    }

    private static Object add(Object l, Object r) {
        if (isInt(l) && isInt(r)) return norm(big(l).add(big(r)));
        if (isReal(l) && isReal(r)) return toDouble(l) + toDouble(r);
        if (isNumber(l) && isNumber(r)) {
            // 3.14's mixed-mode rules: a real operand only meets the real part
            if (isReal(l)) return complexOf(toDouble(l) + complex(r)[0], complex(r)[1]);
            if (isReal(r)) return complexOf(complex(l)[0] + toDouble(r), complex(l)[1]);
            double[] a = complex(l), b = complex(r);
            return complexOf(a[0] + b[0], a[1] + b[1]);
        }
        if (org.ember.parser.SurrogateStr.isStr(l) && org.ember.parser.SurrogateStr.isStr(r)) {
            return org.ember.parser.SurrogateStr.concat(l, r);
        }
        if (l instanceof Ast.Bytes a && r instanceof Ast.Bytes b) return new Ast.Bytes(concat(a.value(), b.value()));
        if (l instanceof ConstTuple a && r instanceof ConstTuple b) {
            List<Object> items = new ArrayList<>(a.items());
            items.addAll(b.items());
            return new ConstTuple(items);
        }
        return null;
    }

    private static Object subtract(Object l, Object r) {
        if (isInt(l) && isInt(r)) return norm(big(l).subtract(big(r)));
        if (isReal(l) && isReal(r)) return toDouble(l) - toDouble(r);
        if (isNumber(l) && isNumber(r)) {
            if (isReal(l)) return complexOf(toDouble(l) - complex(r)[0], -complex(r)[1]);
            if (isReal(r)) return complexOf(complex(l)[0] - toDouble(r), complex(l)[1]);
            double[] a = complex(l), b = complex(r);
            return complexOf(a[0] - b[0], a[1] - b[1]);
        }
        return null;
    }

    private static Object multiply(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            if (a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_SIZE) return null;
            return norm(a.multiply(b));
        }
        if (isInt(l) && isSequence(r)) return repeat(r, l);
        if (isInt(r) && isSequence(l)) return repeat(l, r);
        if (isReal(l) && isReal(r)) return toDouble(l) * toDouble(r);
        if (isNumber(l) && isNumber(r)) {
            if (isReal(l)) return complexOf(toDouble(l) * complex(r)[0], toDouble(l) * complex(r)[1]);
            if (isReal(r)) return complexOf(complex(l)[0] * toDouble(r), complex(l)[1] * toDouble(r));
            double[] a = complex(l), b = complex(r);
            return complexOf(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
        }
        return null;
    }

    private static boolean isSequence(Object value) {
        return value instanceof String || value instanceof Ast.Bytes || value instanceof ConstTuple;
    }

    /** seq * n with CPython's limits. */
    private static Object repeat(Object seq, Object count) {
        BigInteger n = big(count);
        int size = switch (seq) {
            case String s -> s.codePointCount(0, s.length());
            case Ast.Bytes b -> b.value().length;
            default -> ((ConstTuple) seq).size();
        };
        if (size != 0) {
            int limit = seq instanceof ConstTuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
            if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(limit / size)) > 0) return null;
            if (seq instanceof ConstTuple t && n.signum() > 0
                    && !withinComplexity(t, MAX_TOTAL_ITEMS / n.intValue())) {
                return null;
            }
        }
        int times = n.signum() <= 0 ? 0 : (size == 0 ? 0 : n.intValue());
        return switch (seq) {
            case String s -> {
                String repeated = s.repeat(times);
                // '\udc00\ud800' * 2 would pair at the seam: keep the code points apart
                yield times > 1 && !s.isEmpty() && Character.isLowSurrogate(s.charAt(0))
                        && Character.isHighSurrogate(s.charAt(s.length() - 1))
                        ? org.ember.parser.SurrogateStr.of(repeatCodePoints(s, times)) : repeated;
            }
            case Ast.Bytes b -> {
                byte[] out = new byte[b.value().length * times];
                for (int i = 0; i < times; i++) System.arraycopy(b.value(), 0, out, i * size, size);
                yield new Ast.Bytes(out);
            }
            default -> {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < times; i++) items.addAll(((ConstTuple) seq).items());
                yield new ConstTuple(items);
            }
        };
    }

    /** CPython's check_complexity: nested tuples/frozensets hold at most {@code limit} items. */
    private static boolean withinComplexity(Object value, int limit) {
        return remaining(value, limit) >= 0;
    }

    private static int remaining(Object value, int limit) {
        List<Object> items = value instanceof ConstTuple t ? t.items()
                : value instanceof ConstFrozenSet s ? s.items() : null;
        if (items == null) return limit;
        limit -= items.size();
        for (Object item : items) {
            if (limit < 0) break;
            limit = remaining(item, limit);
        }
        return limit;
    }

    private static Object trueDivide(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            if (b.signum() == 0) return null;
            if (a.bitLength() <= 53 && b.bitLength() <= 53) return a.doubleValue() / b.doubleValue();
            double q = new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128).doubleValue();
            return Double.isInfinite(q) ? null : q;
        }
        if (isReal(l) && isReal(r)) {
            double b = toDouble(r);
            return b == 0.0 ? null : toDouble(l) / b;
        }
        if (isNumber(l) && isNumber(r)) return complexDivide(l, r);
        return null;
    }

    /**
     * Complex true division as CPython 3.14 computes it (Smith's method, scaling by the larger
     * part of the divisor; a real divisor or dividend only meets the parts it needs). Division
     * by zero and results CPython patches up from NaNs are not folded.
     */
    private static Object complexDivide(Object l, Object r) {
        if (isReal(r)) {
            double b = toDouble(r);
            if (b == 0.0) return null;
            double[] a = complex(l);
            return complexOf(a[0] / b, a[1] / b);
        }
        double[] b = complex(r);
        double absReal = Math.abs(b[0]);
        double absImag = Math.abs(b[1]);
        boolean realDividend = isReal(l);
        double[] a = realDividend ? new double[] {toDouble(l), 0.0} : complex(l);
        double real;
        double imag;
        if (absReal >= absImag) {
            if (absReal == 0.0) return null; // ZeroDivisionError
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            real = realDividend ? a[0] / denom : (a[0] + a[1] * ratio) / denom;
            imag = realDividend ? (-a[0] * ratio) / denom : (a[1] - a[0] * ratio) / denom;
        } else if (absImag >= absReal) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            real = realDividend ? (a[0] * ratio) / denom : (a[0] * ratio + a[1]) / denom;
            imag = realDividend ? (-a[0]) / denom : (a[1] * ratio - a[0]) / denom;
        } else {
            return null; // a NaN in the divisor
        }
        if (Double.isNaN(real) && Double.isNaN(imag)) return null;
        return complexOf(real, imag);
    }

    private static Object floorDivide(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            BigInteger b = big(r);
            if (b.signum() == 0) return null;
            return norm(floorDiv(big(l), b));
        }
        if (isReal(l) && isReal(r)) {
            double b = toDouble(r);
            return b == 0.0 ? null : PyFloat.divmod(toDouble(l), b)[0];
        }
        return null;
    }

    private static Object remainder(Object l, Object r) {
        if (l instanceof String || l instanceof Ast.Bytes) return null; // formatting is not folded
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            if (b.signum() == 0) return null;
            return norm(a.subtract(floorDiv(a, b).multiply(b)));
        }
        if (isReal(l) && isReal(r)) {
            double b = toDouble(r);
            return b == 0.0 ? null : PyFloat.divmod(toDouble(l), b)[1];
        }
        return null;
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    private static Object power(Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            if (b.signum() < 0) {
                if (a.signum() == 0) return null; // ZeroDivisionError
                return floatPower(toDouble(l), toDouble(r));
            }
            if (a.signum() != 0 && b.signum() > 0) {
                if (b.bitLength() > 63) return null;
                long bits = a.bitLength();
                if (bits > MAX_INT_SIZE / b.longValue()) return null;
            }
            return norm(a.pow(b.intValueExact()));
        }
        if (isReal(l) && isReal(r)) return floatPower(toDouble(l), toDouble(r));
        if (isNumber(l) && isNumber(r)) return complexPower(complex(l), complex(r));
        return null;
    }

    /**
     * complex ** n for an integral exponent of at most 100 in magnitude, by repeated squaring as
     * CPython does; other exponents go through libm's exp/log in CPython and are not folded.
     */
    private static Object complexPower(double[] base, double[] exponent) {
        double n = exponent[0];
        if (exponent[1] != 0.0 || n != Math.floor(n) || Math.abs(n) > 100.0) {
            return generalComplexPower(base, exponent);
        }
        if (base[0] == 0.0 && base[1] == 0.0 && n < 0) return null; // ZeroDivisionError
        double[] result = powUnsigned(base, (long) Math.abs(n));
        if (n >= 0) return complexOf(result[0], result[1]);
        return complexDivide(1L, new ConstComplex(result[0], result[1]));
    }

    /** CPython's _Py_c_pow through polar form (StrictMath: may differ from libm in the last bit). */
    private static Object generalComplexPower(double[] a, double[] b) {
        if (b[0] == 0.0 && b[1] == 0.0) return complexOf(1.0, 0.0);
        if (a[0] == 0.0 && a[1] == 0.0) {
            if (b[1] != 0.0 || b[0] < 0.0) return null; // ZeroDivisionError
            return complexOf(0.0, 0.0);
        }
        double vabs = StrictMath.hypot(a[0], a[1]);
        double len = StrictMath.pow(vabs, b[0]);
        double at = StrictMath.atan2(a[1], a[0]);
        double phase = at * b[0];
        if (b[1] != 0.0) {
            len /= StrictMath.exp(at * b[1]);
            phase += b[1] * StrictMath.log(vabs);
        }
        double real = len * StrictMath.cos(phase);
        double imag = len * StrictMath.sin(phase);
        if (Double.isInfinite(real) || Double.isInfinite(imag) || Double.isNaN(real) || Double.isNaN(imag)) {
            return null; // OverflowError or a NaN CPython would not fold
        }
        return complexOf(real, imag);
    }

    private static double[] powUnsigned(double[] x, long n) {
        double[] r = {1.0, 0.0};
        double[] p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = product(r, p);
            p = product(p, p);
        }
        return r;
    }

    private static double[] product(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    private static Object floatPower(double base, double exponent) {
        if (base == 0.0 && exponent < 0) return null; // ZeroDivisionError
        if (base < 0 && exponent != Math.rint(exponent)) return null; // complex result
        double result = Math.pow(base, exponent);
        return Double.isInfinite(result) && !Double.isInfinite(base) ? null : result;
    }

    private static Object leftShift(Object l, Object r) {
        if (!(isInt(l) && isInt(r))) return null;
        BigInteger a = big(l), b = big(r);
        if (b.signum() < 0) return null; // ValueError: negative shift count
        if (a.signum() != 0 && b.signum() != 0) {
            if (b.compareTo(BigInteger.valueOf(MAX_INT_SIZE)) > 0) return null;
            if (a.bitLength() > MAX_INT_SIZE - b.intValue()) return null;
        }
        if (a.signum() == 0) return 0L;
        return norm(a.shiftLeft(b.intValueExact()));
    }

    private static Object rightShift(Object l, Object r) {
        if (!(isInt(l) && isInt(r))) return null;
        BigInteger a = big(l), b = big(r);
        if (b.signum() < 0) return null;
        if (b.bitLength() > 31) return a.signum() < 0 ? -1L : 0L;
        return norm(a.shiftRight(b.intValue()));
    }

    private static Object bitwise(int nbOp, Object l, Object r) {
        if (l instanceof Boolean a && r instanceof Boolean b) {
            return switch (nbOp) {
                case Oparg.NB_AND -> a & b;
                case Oparg.NB_OR -> a | b;
                default -> a ^ b;
            };
        }
        if (!(isInt(l) && isInt(r))) return null; // sets etc. are not constants here
        BigInteger a = big(l), b = big(r);
        return norm(switch (nbOp) {
            case Oparg.NB_AND -> a.and(b);
            case Oparg.NB_OR -> a.or(b);
            default -> a.xor(b);
        });
    }

    private static Object subscript(Object container, Object key) {
        if (key instanceof ConstSlice slice) return sliceOf(container, slice);
        if (!isInt(key)) return null;
        BigInteger index = big(key);
        int length = switch (container) {
            case String s -> s.codePointCount(0, s.length());
            case Ast.Bytes b -> b.value().length;
            case ConstTuple t -> t.size();
            default -> -1;
        };
        if (length < 0) return null;
        if (index.signum() < 0) index = index.add(BigInteger.valueOf(length));
        if (index.signum() < 0 || index.compareTo(BigInteger.valueOf(length)) >= 0) return null;
        int i = index.intValue();
        return switch (container) {
            case String s -> new String(Character.toChars(s.codePointAt(s.offsetByCodePoints(0, i))));
            case Ast.Bytes b -> (long) (b.value()[i] & 0xFF);
            default -> ((ConstTuple) container).items().get(i);
        };
    }

    /** container[start:stop:step] for str, bytes and tuples (Python's slice index adjustment). */
    private static Object sliceOf(Object container, ConstSlice slice) {
        int length = switch (container) {
            case String s -> s.codePointCount(0, s.length());
            case Ast.Bytes b -> b.value().length;
            case ConstTuple t -> t.size();
            default -> -1;
        };
        if (length < 0) return null;
        Long step = sliceIndex(slice.step());
        Long start = sliceIndex(slice.start());
        Long stop = sliceIndex(slice.stop());
        if (step == null || start == null || stop == null) return null; // not an int or None
        long stepValue = slice.step() == Ast.NONE ? 1 : step;
        if (stepValue == 0) return null; // ValueError
        long first = adjust(slice.start(), start, length, stepValue, stepValue < 0 ? length - 1 : 0);
        long end = adjust(slice.stop(), stop, length, stepValue, stepValue < 0 ? -1 : length);
        List<Integer> picked = new ArrayList<>();
        for (long i = first; stepValue > 0 ? i < end : i > end; i += stepValue) picked.add((int) i);
        return switch (container) {
            case String s -> {
                int[] codePoints = s.codePoints().toArray();
                StringBuilder out = new StringBuilder();
                for (int i : picked) out.appendCodePoint(codePoints[i]);
                yield out.toString();
            }
            case Ast.Bytes b -> {
                byte[] out = new byte[picked.size()];
                for (int k = 0; k < out.length; k++) out[k] = b.value()[picked.get(k)];
                yield new Ast.Bytes(out);
            }
            default -> {
                List<Object> items = new ArrayList<>();
                for (int i : picked) items.add(((ConstTuple) container).items().get(i));
                yield new ConstTuple(items);
            }
        };
    }

    /** A slice bound as a long clamped to +-2**62 (0 for None); null if it is not an int. */
    private static Long sliceIndex(Object bound) {
        if (bound == Ast.NONE) return 0L;
        if (!isInt(bound)) return null;
        BigInteger value = big(bound);
        BigInteger limit = BigInteger.ONE.shiftLeft(62);
        return value.max(limit.negate()).min(limit).longValue();
    }

    private static long adjust(Object bound, long value, int length, long step, long absent) {
        if (bound == Ast.NONE) return absent;
        if (value < 0) {
            value += length;
            if (value < 0) value = step < 0 ? -1 : 0;
        } else if (value >= length) {
            value = step < 0 ? length - 1 : length;
        }
        return value;
    }

    // ---- helpers -------------------------------------------------------------------------------

    static boolean isInt(Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof Boolean;
    }

    private static boolean isReal(Object value) {
        return isInt(value) || value instanceof Double;
    }

    private static boolean isNumber(Object value) {
        return isReal(value) || value instanceof Ast.Imaginary || value instanceof ConstComplex;
    }

    static BigInteger big(Object value) {
        return switch (value) {
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            default -> throw new IllegalArgumentException("not an int: " + value);
        };
    }

    /** float(value); ArithmeticException (not folded) when an int is too large for a double. */
    private static double toDouble(Object value) {
        if (value instanceof Double d) return d;
        double d = big(value).doubleValue();
        if (Double.isInfinite(d)) throw new ArithmeticException("int too large to convert to float");
        return d;
    }

    private static double[] complex(Object value) {
        return switch (value) {
            case Ast.Imaginary im -> new double[] {0.0, im.imag()};
            case ConstComplex c -> new double[] {c.real(), c.imag()};
            default -> new double[] {toDouble(value), 0.0};
        };
    }

    private static Object complexOf(double real, double imag) {
        return new ConstComplex(real, imag);
    }

    private static Object norm(BigInteger value) {
        return ConstPool.normalize(value);
    }

    private static int[] repeatCodePoints(String s, int times) {
        int[] one = s.codePoints().toArray(), all = new int[one.length * times];
        for (int i = 0; i < times; i++) System.arraycopy(one, 0, all, i * one.length, one.length);
        return all;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
