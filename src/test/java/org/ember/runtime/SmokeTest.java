package org.ember.runtime;

import static org.ember.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void basics() {
        assertEquals("3", repr(Abstract.binaryOp(i(1), i(2), BinOp.ADD)));
        assertEquals("[1, 'a', (2,)]", repr(PyList.of(i(1), s("a"), PyTuple.of(i(2)))));
        assertEquals("<class 'int'>", repr(PyInt.TYPE));
        assertEquals("<slot wrapper '__add__' of 'int' objects>", repr(Abstract.getAttr(PyInt.TYPE, "__add__")));
        assertEquals("3", repr(Abstract.call(Abstract.getAttr(i(1), "__add__"), i(2))));
        PyType a = cls("A", bases());
        Object inst = Abstract.call(a);
        Abstract.setAttr(inst, "x", i(5));
        assertEquals("5", repr(Abstract.getAttr(inst, "x")));
        assertEquals("{'x': 5}", repr(Abstract.getAttr(inst, "__dict__")));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", error(() -> Abstract.binaryOp(i(1), s("a"), BinOp.ADD)));
    }
}
