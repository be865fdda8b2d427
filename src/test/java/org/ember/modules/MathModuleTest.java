package org.ember.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ember.runtime.Abstract;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyTuple;
import org.ember.runtime.ThreadState;
import org.junit.jupiter.api.Test;

/**
 * Replays ~20,000 math calls recorded from CPython 3.13 on glibc (tools/gen-math-cases.py):
 * the result must be bit-identical, or the same exception type.
 *
 * <p>CPython leaves most functions of one float to the platform libm; Java's routines are not
 * glibc's, so a few functions still differ in the last bits for some arguments. Those are listed
 * in {@link #LIBM_MISMATCH_CEILING} with the number of recorded cases that differ today and by how
 * many ulps at most (the ceilings may only go down). Every other function (sqrt, exp, log, sin,
 * cos, pow, fsum, hypot, gamma, the integer functions, ...) must match every case exactly.
 */
class MathModuleTest {
    private static final Path CASES = Path.of("src/test/resources/modules/math-cases.txt");

    /** A function whose results may differ from glibc's: how many recorded cases may, by how many ulps. */
    private record Allowance(int cases, int ulps) {}

    /** Functions computed by a routine that is not glibc's (counts measured when recorded; only lower them). */
    private static final Map<String, Allowance> LIBM_MISMATCH_CEILING = Map.ofEntries(
            Map.entry("acos", new Allowance(15, 1)), Map.entry("asin", new Allowance(13, 1)),
            Map.entry("atan", new Allowance(6, 1)), Map.entry("atan2", new Allowance(41, 1)),
            Map.entry("cbrt", new Allowance(191, 2)), Map.entry("cosh", new Allowance(33, 1)),
            Map.entry("sinh", new Allowance(27, 1)), Map.entry("tan", new Allowance(3, 1)),
            Map.entry("expm1", new Allowance(1, 1)), Map.entry("log2", new Allowance(2, 1)),
            Map.entry("lgamma", new Allowance(1, 8)),
            // erf/erfc use a series and a continued fraction, not glibc's rational approximations
            Map.entry("erf", new Allowance(91, 4)), Map.entry("erfc", new Allowance(202, 1 << 12)));

    @Test
    void recordedCasesMatchCPython() throws IOException {
        PyModule math = MathModule.create(ThreadState.current().interpreter());
        Map<String, Integer> mismatches = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (String line : Files.readAllLines(CASES)) {
            if (line.isBlank()) continue;
            count++;
            String[] halves = line.split(" => ");
            String[] call = halves[0].split(" ");
            Object[] args = new Object[call.length - 1];
            for (int i = 1; i < call.length; i++) args[i - 1] = decode(call[i]);
            String got = outcome(math, call[0], args);
            String want = halves[1];
            if (got.equals(want)) continue;
            Allowance allowed = LIBM_MISMATCH_CEILING.get(call[0]);
            if (allowed != null && withinUlps(got, want, allowed.ulps())) {
                mismatches.merge(call[0], 1, Integer::sum);
            } else {
                failures.add(line + "   got " + got);
            }
        }
        assertTrue(count > 20_000, "the case file is complete");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " cases differ");
        for (var e : mismatches.entrySet()) {
            assertTrue(e.getValue() <= LIBM_MISMATCH_CEILING.get(e.getKey()).cases(),
                    e.getKey() + ": " + e.getValue() + " results differ from glibc's in the last bit " + mismatches);
        }
    }

    @Test
    void errorMessagesAreCPython314s() {
        PyModule math = MathModule.create(ThreadState.current().interpreter());
        assertEquals("ValueError: expected a nonnegative input, got -1.0", message(math, "sqrt", new PyFloat(-1)));
        assertEquals("ValueError: expected a positive input", message(math, "log", PyInt.of(0)));
        assertEquals("ValueError: expected a positive input, got -inf", message(math, "log10", new PyFloat(Double.NEGATIVE_INFINITY)));
        assertEquals("ValueError: expected a number in range from -1 up to 1, got 2.0", message(math, "acos", PyInt.of(2)));
        assertEquals("ValueError: expected a finite input, got inf", message(math, "sin", new PyFloat(Double.POSITIVE_INFINITY)));
        assertEquals("ValueError: expected a noninteger or positive integer, got -2.0", message(math, "gamma", new PyFloat(-2)));
        assertEquals("ValueError: expected argument value > -1, got -1.0", message(math, "log1p", new PyFloat(-1)));
        assertEquals("OverflowError: math range error", message(math, "exp", new PyFloat(1000)));
        assertEquals("ValueError: factorial() not defined for negative values", message(math, "factorial", PyInt.of(-1)));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer", message(math, "factorial", new PyFloat(2)));
        assertEquals("TypeError: must be real number, not str", message(math, "sqrt", new org.ember.runtime.PyStr("x")));
        assertEquals("ZeroDivisionError: division by zero", message(math, "log", new PyFloat(8), PyInt.of(1)));
        assertEquals("ValueError: math domain error", message(math, "pow", new PyFloat(0), new PyFloat(-1)));
    }

    private static String message(PyModule math, String name, Object... args) {
        try {
            Abstract.call(math.dict().getItemStr(name), args);
            return "no error";
        } catch (PyException e) {
            return Abstract.typeName(e.value) + ": " + Abstract.str(e.value).value();
        }
    }

    private static String outcome(PyModule math, String name, Object[] args) {
        try {
            return encode(Abstract.call(math.dict().getItemStr(name), args));
        } catch (PyException e) {
            return "E:" + Abstract.typeName(e.value);
        }
    }

    private static Object decode(String s) {
        String body = s.substring(2);
        return switch (s.charAt(0)) {
            case 'f' -> new PyFloat(Double.longBitsToDouble(Long.parseUnsignedLong(body, 16)));
            case 'i' -> PyInt.of(new BigInteger(body));
            case 't' -> PyTuple.of(items(body));
            case 'l' -> PyList.of(items(body));
            default -> throw new IllegalArgumentException(s);
        };
    }

    private static Object[] items(String body) {
        if (body.isEmpty()) return new Object[0];
        String[] parts = body.split(",");
        Object[] items = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) items[i] = decode(parts[i]);
        return items;
    }

    private static String encode(Object o) {
        if (o instanceof PyFloat f) return String.format("f:%016x", Double.doubleToRawLongBits(f.value));
        if (o instanceof PyInt i) return "i:" + i.bigValue();
        if (o instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("t:");
            for (int i = 0; i < t.size(); i++) sb.append(i > 0 ? "," : "").append(encode(t.get(i)));
            return sb.toString();
        }
        return "?" + Abstract.typeName(o);
    }

    private static boolean withinUlps(String got, String want, int ulps) {
        if (!got.startsWith("f:") || !want.startsWith("f:")) return false;
        long a = Long.parseUnsignedLong(got.substring(2), 16), b = Long.parseUnsignedLong(want.substring(2), 16);
        return Math.abs(a - b) <= ulps;
    }
}
