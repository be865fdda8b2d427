package org.ember.runtime;

import static org.ember.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * int()/float() construction, parsing and conversions. Mirrors resources/runtime/conversions.py
 * line for line; conversions.expected is that script's output under CPython 3.13.
 */
class ConversionsTest {

    private final List<String> out = new ArrayList<>();

    private void t(Supplier<Object> f) {
        try {
            out.add(repr(f.get()));
        } catch (PyException e) {
            out.add(e.value.type().name() + ": " + str(e.value));
        }
    }

    private static Object call(PyType type, Object... args) {
        return Abstract.call(type, args);
    }

    @Test
    void matchesCPythonOutput() throws Exception {
        String[] texts = {"12_3", "0x_1f", "01", " -0b101 ", "1__2", "_1", "1_", "0o17", "0b", "  +42\n",
                "\u0663\u0664", "\uff21", "00", "0_0", "zz", "-0x10"};
        for (String text : texts) {
            for (int base : new int[] {0, 10, 16, 36}) t(() -> call(PyInt.TYPE, s(text), i(base)));
        }
        t(() -> call(PyInt.TYPE, s("z"), i(37)));
        t(() -> call(PyInt.TYPE, f(1.5), i(2)));
        t(() -> call(PyInt.TYPE, s("1".repeat(5000))));
        t(() -> Abstract.str(PyInt.of(java.math.BigInteger.TEN.pow(5000))));
        t(() -> call(PyInt.TYPE, f(-3.9)));
        t(() -> call(PyInt.TYPE, f(1e20)));
        t(() -> call(PyFloat.TYPE, s(" 1_0.5 ")));
        t(() -> call(PyFloat.TYPE, s("1__0")));
        t(() -> call(PyFloat.TYPE, s("-Infinity")));
        t(() -> call(PyFloat.TYPE, s("nan")));
        t(() -> call(PyFloat.TYPE, s("1e5")));
        t(() -> call(PyFloat.TYPE, s(".5")));
        t(() -> call(PyFloat.TYPE, s("5.")));
        t(() -> call(PyFloat.TYPE, s("0x10")));
        t(() -> call(PyFloat.TYPE, s("1d")));
        t(() -> Abstract.invoke(f(2.5), "as_integer_ratio"));
        t(() -> Abstract.invoke(f(-0.1), "as_integer_ratio"));
        t(() -> {
            PyList hashes = new PyList();
            for (double d : new double[] {0.1, -2.5, 1e-300, 5e-324, 1.7976931348623157e308, 123.456, -0.0}) {
                hashes.append(i(Abstract.hash(f(d))));
            }
            return hashes;
        });
        String expected = new String(getClass().getResourceAsStream("/runtime/conversions.expected").readAllBytes(),
                StandardCharsets.UTF_8);
        assertEquals(expected, String.join("\n", out) + "\n");
    }

    @Test
    void argumentErrors() {
        assertEquals("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'",
                error(() -> call(PyInt.TYPE, new PyList())));
        assertEquals("TypeError: float() argument must be a string or a real number, not 'list'",
                error(() -> call(PyFloat.TYPE, new PyList())));
        assertEquals("TypeError: int() takes at most 2 arguments (3 given)", error(() -> call(PyInt.TYPE, s("1"), i(2), i(3))));
    }
}
