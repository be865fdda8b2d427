package org.ember.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every int/float operator on a grid of corner-case operands (long overflow boundaries, big
 * ints, signed zeros, inf, nan), against results recorded with CPython 3.13 in
 * resources/runtime/numbers.txt (generator: gen_numbers.py next to it).
 */
class NumbersTest {

    private static final Map<String, BinOp> BINARY = Map.ofEntries(
            Map.entry("+", BinOp.ADD), Map.entry("-", BinOp.SUB), Map.entry("*", BinOp.MUL),
            Map.entry("/", BinOp.TRUEDIV), Map.entry("//", BinOp.FLOORDIV), Map.entry("%", BinOp.MOD),
            Map.entry("**", BinOp.POW), Map.entry("<<", BinOp.LSHIFT), Map.entry(">>", BinOp.RSHIFT),
            Map.entry("&", BinOp.AND), Map.entry("|", BinOp.OR), Map.entry("^", BinOp.XOR));
    private static final Map<String, CompareOp> COMPARE = Map.of(
            "<", CompareOp.LT, "<=", CompareOp.LE, "==", CompareOp.EQ,
            "!=", CompareOp.NE, ">", CompareOp.GT, ">=", CompareOp.GE);

    static Object parse(String repr) {
        if (repr.matches("-?\\d+")) return PyInt.of(new BigInteger(repr));
        return new PyFloat(switch (repr) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(repr);
        });
    }

    private static String outcome(String op, Object a, Object b) {
        try {
            Object r;
            if (op.equals("hash")) return Long.toString(Abstract.hash(a));
            if (op.equals("neg")) r = Abstract.negative(a);
            else if (COMPARE.containsKey(op)) r = Abstract.richCompare(a, b, COMPARE.get(op));
            else r = Abstract.binaryOp(a, b, BINARY.get(op));
            return Abstract.repr(r).value();
        } catch (PyException e) {
            return "!" + e.value.type().name() + ": " + Abstract.str(e.value).value();
        }
    }

    @Test
    void everyRecordedOperationMatchesCPython() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (var in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/runtime/numbers.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (f[0].equals("hash") && f[3].equals("nan")) continue; // NaN hashes by identity
                Object a = parse(f[1]);
                Object b = f[2].equals("-") ? null : parse(f[2]);
                String got = outcome(f[0], a, b);
                checked++;
                if (!got.equals(f[3])) failures.add(f[1] + " " + f[0] + " " + f[2] + ": expected " + f[3] + ", got " + got);
            }
        }
        assertTrue(checked > 10000, "the data file was read");
        assertTrue(failures.isEmpty(), failures.size() + " failures, first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void floatReprAndHashOfRandomDoubles() throws Exception {
        // resources/runtime/float_reprs.txt: bit pattern, repr and hash recorded with CPython 3.13
        List<String> failures = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/runtime/float_reprs.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(" ");
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
                String repr = PyFloat.repr(x);
                long hash = PyFloat.hash(x, null);
                if (!repr.equals(f[1]) || hash != Long.parseLong(f[2])) failures.add(line + " -> " + repr + " " + hash);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " mismatches:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
}
