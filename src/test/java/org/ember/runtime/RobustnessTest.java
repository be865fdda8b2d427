package org.ember.runtime;

import static org.ember.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random operations between assorted values: whatever the operands, the only exception that
 * may come out is a Python one (PyException), never a Java exception.
 */
class RobustnessTest {

    private static List<Object> values() {
        PyType plain = cls("Plain", bases());
        PyType sub = cls("SubList", bases(PyList.TYPE));
        List<Object> v = new ArrayList<>(List.of(
                i(0), i(-1), i(7), big("-340282366920938463463374607431768211456"), PyBool.TRUE,
                f(0.0), f(-2.5), f(Double.NaN), f(Double.POSITIVE_INFINITY),
                s(""), s("abc"), s("x\uD83D\uDE00y"), PyTuple.EMPTY, PyTuple.of(i(1), s("a")),
                PyList.of(i(3), i(1)), new PyDict(), PySet.fromIterable(PyList.of(i(1), i(2))),
                PyFrozenSet.fromIterable(PyList.of(s("q"))), new PySlice(i(1), PyNone.NONE, i(-1)),
                new PySlice(PyNone.NONE, PyNone.NONE, i(0)), PyNone.NONE, PyNotImplemented.INSTANCE,
                PyEllipsis.INSTANCE, PyInt.TYPE, PyType.TYPE, plain, Abstract.call(plain),
                Abstract.call(sub, PyList.of(i(5))), new PyCell(null), new PyModule("m"),
                Abstract.call(Exceptions.KeyError, s("k"))));
        return v;
    }

    private static final String[] METHODS = {"append", "pop", "index", "count", "split", "join", "get",
            "setdefault", "add", "discard", "union", "__add__", "__radd__", "__lt__", "__getitem__",
            "__len__", "__hash__", "__repr__", "bit_length", "is_integer", "sort", "startswith", "replace",
            "__init__", "__new__", "mro", "__subclasses__", "with_traceback", "add_note", "indices"};

    @Test
    void onlyPythonExceptionsEscape() {
        List<Object> v = values();
        Random random = new Random(Long.getLong("ember.seed", 1234));
        BinOp[] ops = BinOp.values();
        CompareOp[] cmps = CompareOp.values();
        int pythonErrors = 0;
        for (int n = 0; n < Integer.getInteger("ember.fuzzOps", 30_000); n++) {
            Object a = v.get(random.nextInt(v.size())), b = v.get(random.nextInt(v.size()));
            int choice = random.nextInt(14);
            try {
                switch (choice) {
                    case 0 -> Abstract.binaryOp(a, b, ops[random.nextInt(ops.length)]);
                    case 1 -> Abstract.richCompare(a, b, cmps[random.nextInt(cmps.length)]);
                    case 2 -> Abstract.getItem(a, b);
                    case 3 -> Abstract.contains(a, b);
                    case 4 -> Abstract.hash(a);
                    case 5 -> Abstract.len(a);
                    case 6 -> PyList.fromIterable(a);
                    case 7 -> Abstract.repr(a);
                    case 8 -> Abstract.str(a);
                    case 9 -> Abstract.invoke(a, METHODS[random.nextInt(METHODS.length)], b);
                    case 10 -> Abstract.invoke(a, METHODS[random.nextInt(METHODS.length)]);
                    case 11 -> Abstract.call(a, b);
                    case 12 -> Abstract.inplaceOp(a, b, ops[random.nextInt(ops.length)]);
                    default -> Abstract.isInstance(a, b);
                }
            } catch (PyException e) {
                pythonErrors++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("operation " + choice + " on " + Abstract.typeName(a) + ", " + Abstract.typeName(b) + " leaked " + e, e);
            }
        }
        assertTrue(pythonErrors > 1000, "the random mix does exercise error paths");
    }
}
