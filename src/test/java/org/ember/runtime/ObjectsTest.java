package org.ember.runtime;

import static org.ember.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Modules, cells, properties, bound methods, singletons, and recursion safety of calls. */
class ObjectsTest {

    @Test
    void modules() {
        PyModule m = (PyModule) Abstract.call(PyModule.TYPE, s("m"));
        assertEquals("<module 'm'>", repr(m));
        assertEquals("AttributeError: module 'm' has no attribute 'x'", error(() -> Abstract.getAttr(m, "x")));
        Abstract.setAttr(m, "x", i(1));
        assertEquals("1", repr(Abstract.getAttr(m, "x")));
        assertEquals("1", repr(m.dict().getItemStr("x")));
        m.dict().setItem(s("__getattr__"), new PyBuiltinFunction(ArgSpec.one("__getattr__"), (self, a) -> s("lazy " + str(a[0]))));
        assertEquals("'lazy y'", repr(Abstract.getAttr(m, "y")));
        assertEquals("None", repr(Abstract.getAttr(m, "__doc__")));
    }

    @Test
    void cells() {
        PyCell empty = new PyCell(null);
        assertEquals("ValueError: Cell is empty", error(() -> Abstract.getAttr(empty, "cell_contents")));
        assertTrue(repr(empty).matches("<cell at 0x[0-9a-f]+: empty>"));
        Abstract.setAttr(empty, "cell_contents", i(3));
        assertEquals("3", repr(empty.contents));
        assertTrue(repr(empty).matches("<cell at 0x[0-9a-f]+: int object at 0x[0-9a-f]+>"));
    }

    @Test
    void propertiesWithSetterAndDeleter() {
        PyProperty getterOnly = new PyProperty(fn("x", a -> Abstract.getAttr(a[0], "_x")), null, null, null);
        Object full = Abstract.invoke(getterOnly, "setter", fn("x", a -> {
            Abstract.setAttr(a[0], "_x", a[1]);
            return PyNone.NONE;
        }));
        PyType c = cls("C", Py.bases(), "x", full, "y", Abstract.call(PyProperty.TYPE));
        Object obj = Abstract.call(c);
        Abstract.setAttr(obj, "x", i(42));
        assertEquals("42", repr(Abstract.getAttr(obj, "x")));
        assertEquals("AttributeError: property 'x' of 'C' object has no deleter", error(() -> Abstract.delAttr(obj, s("x"))));
        assertEquals("AttributeError: property 'y' of 'C' object has no getter", error(() -> Abstract.getAttr(obj, "y")));
        assertSame(full, Abstract.getAttr(c, "x"), "a property read on the class is the property itself");
    }

    @Test
    void boundMethods() {
        PyType c = cls("C", Py.bases(), "f", fn("f", a -> PyTuple.of(a)));
        Object obj = Abstract.call(c);
        Object bound = Abstract.getAttr(obj, "f");
        assertInstanceOf(PyBoundMethod.class, bound);
        assertSame(obj, Abstract.getAttr(bound, "__self__"));
        assertEquals(2, ((PyTuple) Abstract.call(bound, i(1))).size());
        assertTrue(repr(bound).startsWith("<bound method f of <__main__.C object at 0x"));
        assertTrue(Abstract.richCompareBool(bound, Abstract.getAttr(obj, "f"), CompareOp.EQ));
        assertEquals("<classmethod(<built-in function len>)>",
                repr(new PyClassMethod(new PyBuiltinFunction(ArgSpec.one("len"), (self, a) -> i(0)))));
    }

    @Test
    void singletonsAndBool() {
        assertEquals("None NotImplemented Ellipsis", repr(PyNone.NONE) + " " + repr(PyNotImplemented.INSTANCE) + " " + repr(PyEllipsis.INSTANCE));
        assertSame(PyNone.NONE, Abstract.call(PyNone.TYPE));
        assertEquals("True", repr(Abstract.binaryOp(PyBool.TRUE, PyBool.TRUE, BinOp.AND)));
        assertEquals("1", repr(Abstract.binaryOp(PyBool.TRUE, i(1), BinOp.AND)));
        assertEquals("2", repr(Abstract.binaryOp(PyBool.TRUE, PyBool.TRUE, BinOp.ADD)));
        assertEquals("-2", repr(Abstract.invert(PyBool.TRUE)));
        assertSame(PyBool.FALSE, Abstract.call(PyBool.TYPE, new PyList()));
        assertSame(PyBool.TRUE, Abstract.call(PyBool.TYPE, s("x")));
        assertFalse(Abstract.isTrue(new PyDict()));
        assertTrue(Abstract.isTrue(f(0.5)));
    }

    @Test
    void runawayRecursionThroughCallsIsARecursionError() {
        PyType[] holder = new PyType[1];
        holder[0] = cls("R", Py.bases(), "__call__", fn("__call__", a -> Abstract.call(a[0])));
        Object r = Abstract.call(holder[0]);
        assertEquals("RecursionError: maximum recursion depth exceeded while calling a Python object", error(() -> Abstract.call(r)));
        assertEquals(0, ThreadState.current().recursionDepth(), "the depth is unwound after the error");
    }

    @Test
    void sequenceIteratorFallback() {
        PyType seq = cls("Seq", Py.bases(), "__getitem__", fn("__getitem__", a -> {
            long k = ((PyInt) a[1]).longValue();
            if (k >= 3) throw Errors.indexError("done");
            return i(k * 10);
        }));
        assertEquals("[0, 10, 20]", repr(PyList.fromIterable(Abstract.call(seq))));
        assertTrue(Abstract.contains(Abstract.call(seq), i(20)));
    }

    @Test
    void hugeRepetitionsAreMemoryOrOverflowErrors() {
        PyInt huge = big("4611686018427387904"); // 2**62
        assertEquals("OverflowError: repeated string is too long", error(() -> Abstract.binaryOp(s("ab"), huge, BinOp.MUL)));
        assertEquals("MemoryError: ", error(() -> Abstract.binaryOp(PyList.of(i(1)), huge, BinOp.MUL)));
        assertEquals("MemoryError: ", error(() -> Abstract.binaryOp(PyTuple.of(i(1)), huge, BinOp.MUL)));
        assertEquals("OverflowError: cannot fit 'int' into an index-sized integer",
                error(() -> Abstract.binaryOp(s("ab"), big("18446744073709551616"), BinOp.MUL)));
        assertEquals("MemoryError: ", error(() -> Abstract.binaryOp(i(3), big("1099511627776"), BinOp.POW)));
    }

    @Test
    void roundingMatchesCPython() {
        // [repr(round(x, n)) for n in (0, 1, 2, -1, -2, 400, -400)], round(x)
        String[][] cases = {
            {"2.675", "[3.0, 2.7, 2.67, 0.0, 0.0, 2.675, 0.0] 3"},
            {"2.5", "[2.0, 2.5, 2.5, 0.0, 0.0, 2.5, 0.0] 2"},
            {"-0.5", "[-0.0, -0.5, -0.5, -0.0, -0.0, -0.5, -0.0] 0"},
            {"-123.456", "[-123.0, -123.5, -123.46, -120.0, -100.0, -123.456, -0.0] -123"},
            {"5e-324", "[0.0, 0.0, 0.0, 0.0, 0.0, 5e-324, 0.0] 0"},
        };
        for (String[] c : cases) {
            PyFloat x = f(Double.parseDouble(c[0]));
            java.util.List<String> got = new java.util.ArrayList<>();
            for (int n : new int[] {0, 1, 2, -1, -2, 400, -400}) got.add(repr(Abstract.invoke(x, "__round__", i(n))));
            assertEquals(c[1], got + " " + repr(Abstract.invoke(x, "__round__")), c[0]);
        }
        // [round(x, n) for n in (0, 1, -1, -2, -30)]
        assertEquals("[25, 25, 20, 0, 0]", roundInt(i(25)));
        assertEquals("[-25, -25, -20, 0, 0]", roundInt(i(-25)));
        assertEquals("[35, 35, 40, 0, 0]", roundInt(i(35)));
        assertEquals("[1680591620717411303424, 1680591620717411303424, 1680591620717411303420, 1680591620717411303400, 0]",
                roundInt(big("1680591620717411303424")));
        assertEquals("OverflowError: cannot convert float infinity to integer",
                error(() -> Abstract.invoke(f(Double.POSITIVE_INFINITY), "__round__")));
        assertEquals("OverflowError: rounded value too large to represent",
                error(() -> Abstract.invoke(f(1.7976931348623157e308), "__round__", i(-308))));
    }

    private static String roundInt(PyInt x) {
        java.util.List<String> got = new java.util.ArrayList<>();
        for (int n : new int[] {0, 1, -1, -2, -30}) got.add(repr(Abstract.invoke(x, "__round__", i(n))));
        return got.toString();
    }

    @Test
    void classDictIsAReadOnlyProxy() {
        PyType c = cls("C", Py.bases(), "x", i(1));
        Object proxy = Abstract.getAttr(c, "__dict__");
        assertEquals("mappingproxy", Abstract.typeName(proxy));
        assertEquals("1", repr(Abstract.getItem(proxy, s("x"))));
        assertEquals("TypeError: 'mappingproxy' object does not support item assignment",
                error(() -> Abstract.setItem(proxy, s("x"), i(2))));
        Abstract.setAttr(c, "y", i(2));
        assertTrue(Abstract.contains(proxy, s("y")), "a live view of the class namespace");
        assertTrue(repr(Abstract.getAttr(PyInt.TYPE, "__dict__")).startsWith("mappingproxy({'__new__': <built-in method __new__"));
    }
}
