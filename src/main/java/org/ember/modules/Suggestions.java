package org.ember.modules;

import java.nio.charset.StandardCharsets;

import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;

/**
 * {@code _suggestions}: the "Did you mean" search of tracebacks ({@code
 * _generate_suggestions(candidates, item)}), the closest candidate by an edit distance over
 * UTF-8 bytes where an ASCII case flip costs 1 and any other edit 2, as CPython's C helper.
 * traceback.py calls it for every NameError/AttributeError/ImportError it formats; in Python
 * the search took ~100x CPython's time.
 */
public final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_suggestions");
        ArgSpec spec = ArgSpec.positional("_generate_suggestions", 2, 2);
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, (self, a) -> generate(a[0], a[1])));
        return m;
    }

    private static Object generate(Object candidates, Object item) {
        if (!(candidates instanceof PyList list)) throw Errors.typeError("candidates must be a list");
        PyStr name = PyStr.asStr(item);
        if (name == null) throw Errors.typeError("item must be a string");
        int size = list.size();
        for (int i = 0; i < size; i++) {
            if (PyStr.asStr(list.get(i)) == null) throw Errors.typeError("all elements in 'candidates' must be strings");
        }
        if (size >= MAX_CANDIDATE_ITEMS) return PyNone.NONE;
        byte[] wrong = name.value().getBytes(StandardCharsets.UTF_8);
        Object best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            Object candidate = list.get(i);
            String text = PyStr.asStr(candidate).value();
            if (text.equals(name.value())) continue; // a missing attribute is "found": not suggested
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            // no more than a third of the characters may change, and only a better match counts
            long limit = Math.min((wrong.length + bytes.length + 3) * (long) MOVE_COST / 6, bestDistance - 1);
            long distance = distance(wrong, bytes, limit);
            if (distance > limit) continue;
            if (best == null || distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? PyNone.NONE : best;
    }

    private static int substitutionCost(byte a, byte b) {
        if (a == b) return 0;
        return asciiLower(a) == asciiLower(b) ? CASE_COST : MOVE_COST;
    }

    private static byte asciiLower(byte c) {
        return c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c;
    }

    /** The edit distance of a and b; anything over {@code limit} comes back as limit + 1. */
    static long distance(byte[] a, byte[] b, long limit) {
        int aStart = 0, bStart = 0, aEnd = a.length, bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) { aStart++; bStart++; }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) { aEnd--; bEnd--; }
        int aSize = aEnd - aStart, bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) return (long) (aSize + bSize) * MOVE_COST;
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return limit + 1;
        if (bSize < aSize) {
            byte[] t = a; a = b; b = t;
            int s = aStart; aStart = bStart; bStart = s;
            s = aSize; aSize = bSize; bSize = s;
        }
        if ((long) (bSize - aSize) * MOVE_COST > limit) return limit + 1;
        // one row of the distance matrix, updated in place
        long[] row = new long[aSize];
        for (int i = 0; i < aSize; i++) row[i] = (long) (i + 1) * MOVE_COST;
        long result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            long diagonal = result = (long) bi * MOVE_COST;
            long smallest = Long.MAX_VALUE;
            for (int ai = 0; ai < aSize; ai++) {
                long substitute = diagonal + substitutionCost(code, a[aStart + ai]);
                diagonal = row[ai];
                result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
                row[ai] = result;
                smallest = Math.min(smallest, result);
            }
            if (smallest > limit) return limit + 1;
        }
        return result;
    }
}
