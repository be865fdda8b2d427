package org.ember.modules;

import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PySet;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/**
 * {@code sys.getsizeof}: an object's {@code __sizeof__} when its class defines one, else an
 * estimate modelled on CPython 3.13's 64-bit object sizes (Ember's own Java objects have
 * other sizes, so the numbers are for programs that compare sizes, not for memory accounting).
 * CPython adds 16 bytes of GC header for container objects; the estimates below include it.
 */
final class SysSizes {
    private SysSizes() {}

    static Object getsizeof(Object obj, Object fallback) {
        Object method = Abstract.typeOf(obj).lookup("__sizeof__");
        if (method != null) {
            Object size = Abstract.callMethod(method, obj);
            PyInt n = PyInt.asInt(size);
            if (n == null) throw Errors.typeError("an integer is required");
            if (n.signum() < 0) throw Errors.valueError("__sizeof__() should return >= 0");
            // CPython adds the "pre-header" in front of the object: instances of Python classes
            // carry a GC header and the managed dict/weakref pointers (32 bytes on 64-bit),
            // builtin containers the 16-byte GC header
            if (Abstract.typeOf(obj).isHeapType()) return PyInt.of(n.longValue() + 32);
            return isGcContainer(obj) ? PyInt.of(n.longValue() + 16) : n;
        }
        long estimate = estimate(obj);
        if (estimate < 0) {
            if (fallback != null) return fallback;
            throw Errors.typeError("Type %s doesn't define __sizeof__", Abstract.typeName(obj));
        }
        return PyInt.of(estimate);
    }

    private static boolean isGcContainer(Object obj) {
        return obj instanceof PyTuple || obj instanceof PyList || obj instanceof PyDict || obj instanceof PySet
                || obj instanceof org.ember.runtime.PyFrozenSet;
    }

    private static long estimate(Object obj) {
        return switch (obj) {
            case PyInt i when i.signum() == 0 -> 28;
            case PyInt i -> 24 + 4L * ((i.bitLength() + 29) / 30);
            case PyFloat f -> 24;
            case PyStr s -> strSize(s);
            case PyTuple t -> 40 + 8L * t.size();
            case PyList l -> 56 + 8L * l.size();
            case PyDict d -> d.size() == 0 ? 64 : 64 + 8L * Long.highestOneBit(Math.max(8, d.size() * 3L / 2) * 2) * 3 / 2;
            case PySet s -> 216 + (s.size() > 5 ? 16L * Long.highestOneBit(s.size() * 4L) : 0);
            case PyNone n -> 16;
            default -> 56;
        };
    }

    /** Compact str: 40 (ASCII) or 56 bytes of header plus 1, 2 or 4 bytes a code point and a NUL. */
    private static long strSize(PyStr s) {
        String v = s.value();
        int max = v.codePoints().max().orElse(0);
        long n = v.codePointCount(0, v.length());
        if (max < 128) return 41 + n;
        if (max < 256) return 57 + n;
        if (max < 65536) return 58 + 2 * n;
        return 60 + 4 * n;
    }
}
