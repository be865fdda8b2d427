package org.ember.runtime;

import static org.ember.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** set/frozenset/dict/list/tuple behaviour; expected values recorded with CPython 3.13. */
class ContainersTest {

    private static PyList ints(long... values) {
        PyList list = new PyList();
        for (long v : values) list.append(i(v));
        return list;
    }

    private static String setOrder(long... values) {
        return repr(PyList.fromIterable(PySet.fromIterable(ints(values))));
    }

    @Test
    void setIterationOrderMatchesCPython() {
        // list({3, 1, 2})
        assertEquals("[1, 2, 3]", setOrder(3, 1, 2));
        // list(set(xs)) for xs recorded with random.seed(7)
        assertEquals("[4, 11, 160, 43, 51, 182, 57, 61, 192, 79, -41, 87, -38, 91, -36, -33, -32, 99, -28, -27, -26, 116, -12]",
                setOrder(192, -12, 51, 116, -38, -32, 160, 87, -26, 43, 99, -36, 182, 79, 4, -41, -28, 61, 57, -33, 11, -27, 91));
        assertEquals("[6, 7, 24, 28, 158, 161, 169, 51, 57, 192, 199, 88, -39, -38, 92, -35, 94, 93, 96, 97, 99, -20, -19, 110, 111, -16, -14]",
                setOrder(-35, 161, 94, -19, 192, 7, 111, 110, 99, 192, -35, 97, 99, 51, -38, 199, 6, -39, 92, 169, -16, 24, 57, -14, 88, -20, 96, 28, 93, 158));
        assertEquals("[96, 98, 2, 132, -26, -24, 108, 45, 113, -34, 94, 90, -35, -2]",
                setOrder(-24, 98, 96, 113, -2, 45, -26, 90, 132, -34, 94, -35, 108, 2));
        assertEquals("[128, 136, 12, 13, 148, 149, 23, 153, 26, 30, 37, 42, 174, 57, 186, 59, 64, 66, 69, 200, 76, 81, 84, 86, -32, 97, -30, 99, 105, -20, 124, -8, -4]",
                setOrder(124, 86, 59, 148, 30, 69, 99, 186, 66, 42, 26, 13, 153, -4, 128, 149, 12, -30, 97, 26, 84, 76, 174, 37, 136, 64, 23, 105, 200, -32, -20, 81, 57, -8));
        assertEquals("[128, 71, 137, 19, 120, -35, -34, 191]", setOrder(191, 19, 71, 128, 120, -34, -35, 137));
        // list({100, 7, 33, 1, 64, 9, 17, 25})
        assertEquals("[64, 33, 1, 100, 7, 9, 17, 25]", setOrder(100, 7, 33, 1, 64, 9, 17, 25));
    }

    @Test
    void setDeletionsReuseDummySlotsAsCPython() {
        // s = {0, 8}; s.remove(0); s.add(16); list(s) == [16, 8]
        PySet s = PySet.fromIterable(ints(0, 8));
        s.discard(i(0));
        s.add(i(16));
        assertEquals("[16, 8]", repr(PyList.fromIterable(s)));
        // s = set(range(20)); discard 3, 7, 11, 0; s.update([100, 3, 64, -8])
        PySet t = PySet.fromIterable(ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19));
        for (long x : new long[] {3, 7, 11, 0}) t.discard(i(x));
        Abstract.invoke(t, "update", ints(100, 3, 64, -8));
        assertEquals("[1, 2, 4, 5, 6, 8, 9, 10, 3, 12, 13, 14, 15, 16, 17, 18, 19, 64, 100, -8]", repr(PyList.fromIterable(t)));
        // s = {1, 9, 17}; s.remove(1); s.add(25)
        PySet u = PySet.fromIterable(ints(1, 9, 17));
        Abstract.invoke(u, "remove", i(1));
        u.add(i(25));
        assertEquals("[25, 9, 17]", repr(PyList.fromIterable(u)));
        // s = set([5, 13, 21, 29]); [s.pop() for _ in range(4)]
        // (a set *display* of constants compiles to a frozenset constant, a different build path)
        PySet v = PySet.fromIterable(ints(5, 13, 21, 29));
        List<String> popped = new ArrayList<>();
        for (int k = 0; k < 4; k++) popped.add(repr(Abstract.invoke(v, "pop")));
        assertEquals("[29, 13, 21, 5]", popped.toString());
        assertEquals("KeyError: 'pop from an empty set'", error(() -> Abstract.invoke(v, "pop")));
    }

    @Test
    void setOperatorsAndRepr() {
        PySet a = PySet.fromIterable(ints(1, 2, 3)), b = PySet.fromIterable(ints(2, 3, 4));
        assertEquals("{2, 3}", repr(Abstract.binaryOp(a, b, BinOp.AND)));
        assertEquals("{1, 10, 3, 20}", repr(Abstract.binaryOp(PySet.fromIterable(ints(1, 2, 3, 10, 20)), PySet.fromIterable(ints(2)), BinOp.SUB)));
        assertEquals("{1, 2, 4, 5}", repr(Abstract.binaryOp(a, PySet.fromIterable(ints(3, 4, 5)), BinOp.XOR)));
        assertEquals("[8, 9, 1, 17]", repr(PyList.fromIterable(PyFrozenSet.fromIterable(ints(9, 1, 17, 8)))));
        assertEquals("set()", repr(new PySet()));
        assertEquals("frozenset({1, 2})", repr(PyFrozenSet.fromIterable(ints(1, 2))));
        assertEquals("frozenset()", repr(PyFrozenSet.fromIterable(ints())));
        assertTrue(Abstract.richCompareBool(PySet.fromIterable(ints(1)), a, CompareOp.LT));
        assertTrue(Abstract.richCompareBool(PyFrozenSet.fromIterable(ints(3, 2, 1)), a, CompareOp.EQ));
        assertEquals("TypeError: cannot use 'list' as a set element (unhashable type: 'list')", error(() -> a.add(new PyList())));
        assertEquals("TypeError: cannot use 'list' as a set element (unhashable type: 'list')", error(() -> Abstract.contains(a, new PyList())));
        assertEquals("KeyError: 7", error(() -> Abstract.invoke(a, "remove", i(7))));
    }

    @Test
    void hashesMatchCPython() {
        assertEquals(4238894112L, Abstract.hash(PyNone.NONE)); // hash(None)
        assertEquals(1, Abstract.hash(PyBool.TRUE));
        assertEquals(5740354900026072187L, Abstract.hash(PyTuple.EMPTY)); // hash(())
        assertEquals(9181102132670838864L, Abstract.hash(PyTuple.of(PyNone.NONE))); // hash((None,))
        assertEquals(-6644214454873602895L, Abstract.hash(PyTuple.of(i(1)))); // hash((1,))
        assertEquals(-3550055125485641917L, Abstract.hash(PyTuple.of(i(1), i(2)))); // hash((1, 2))
        assertEquals(960947337673586213L, Abstract.hash(PyTuple.of(i(-1), i(-2))));
        assertEquals(1767087712303363268L, Abstract.hash(PyTuple.of(f(1.5), PyBool.TRUE)));
        assertEquals(133146708735736L, Abstract.hash(PyFrozenSet.fromIterable(ints()))); // hash(frozenset())
        assertEquals(-272375401224217160L, Abstract.hash(PyFrozenSet.fromIterable(ints(1, 2, 3))));
        assertEquals(-8975808083754772450L, Abstract.hash(PyFrozenSet.fromIterable(PyList.of(i(-1), big("1180591620717411303424"), i(5)))));
        assertEquals(-6667589627322956063L, Abstract.hash(PyTuple.of(i(1), i(2), PyTuple.of(i(3), PyBool.TRUE))));
        assertEquals("TypeError: unhashable type: 'list'", error(() -> Abstract.hash(new PyList())));
        assertEquals("TypeError: unhashable type: 'dict'", error(() -> Abstract.hash(new PyDict())));
    }

    @Test
    void dictKeepsInsertionOrderThroughDeletions() {
        PyDict d = new PyDict();
        for (String k : new String[] {"b", "a", "c", "d"}) d.setItem(s(k), i(k.charAt(0)));
        d.delItem(s("a"));
        d.setItem(s("a"), i(1));
        d.setItem(s("b"), i(2)); // replacing keeps the position
        assertEquals("{'b': 2, 'c': 99, 'd': 100, 'a': 1}", repr(d));
        assertEquals("('a', 1)", repr(d.popItem()));
        for (int k = 0; k < 1000; k++) d.setItem(i(k), i(k * k));
        for (int k = 0; k < 1000; k += 2) d.delItem(i(k));
        assertEquals(503, d.size());
        assertEquals("'b'", repr(d.keys().get(0)));
        assertEquals("1", repr(d.keys().get(3)));
        assertEquals("9801", repr(d.getItem(i(99))));
        assertNull(d.getItem(i(98)));
        // equal keys of different types: 1 == 1.0 == True
        PyDict e = new PyDict();
        e.setItem(i(1), s("int"));
        e.setItem(f(1.0), s("float"));
        e.setItem(PyBool.TRUE, s("bool"));
        assertEquals("{1: 'bool'}", repr(e));
        assertEquals("KeyError: 'zz'", error(() -> Abstract.getItem(d, s("zz"))));
        assertEquals("KeyError: 'popitem(): dictionary is empty'", error(() -> new PyDict().popItem()));
        assertEquals("TypeError: cannot use 'list' as a dict key (unhashable type: 'list')", error(() -> d.setItem(new PyList(), i(1))));
    }

    @Test
    void dictKeysVersionChangesOnlyWhenKeysChange() {
        PyDict d = new PyDict();
        d.setItem(s("x"), i(1));
        int v1 = d.keysVersion();
        d.setItem(s("x"), i(2));
        assertEquals(v1, d.keysVersion(), "replacing a value keeps the keys version");
        d.setItem(s("y"), i(3));
        int v2 = d.keysVersion();
        assertNotEquals(v1, v2);
        d.delItem(s("y"));
        assertNotEquals(v2, d.keysVersion());
        assertNotEquals(0, d.keysVersion());
    }

    @Test
    void dictIterationDetectsSizeChange() {
        PyDict d = new PyDict();
        d.setItem(i(1), i(1));
        Object it = Abstract.getIter(d);
        Abstract.next(it);
        d.setItem(i(2), i(2));
        assertEquals("RuntimeError: dictionary changed size during iteration", error(() -> Abstract.next(it)));
    }

    @Test
    void listOperationsAndMessages() {
        PyList l = ints(1, 2, 3, 4, 5);
        assertEquals("[1, 3, 5]", repr(Abstract.getItem(l, new PySlice(PyNone.NONE, PyNone.NONE, i(2)))));
        assertEquals("[5, 4, 3, 2, 1]", repr(Abstract.getItem(l, new PySlice(PyNone.NONE, PyNone.NONE, i(-1)))));
        Abstract.setItem(l, new PySlice(i(1), i(3), PyNone.NONE), ints(9));
        assertEquals("[1, 9, 4, 5]", repr(l));
        Abstract.delItem(l, new PySlice(PyNone.NONE, PyNone.NONE, i(2)));
        assertEquals("[9, 5]", repr(l));
        assertEquals("IndexError: list index out of range", error(() -> Abstract.getItem(l, i(2))));
        assertEquals("TypeError: list indices must be integers or slices, not str", error(() -> Abstract.getItem(l, s("a"))));
        assertEquals("IndexError: list assignment index out of range", error(() -> Abstract.setItem(l, i(5), i(1))));
        assertEquals("ValueError: attempt to assign sequence of size 1 to extended slice of size 2",
                error(() -> Abstract.setItem(ints(1, 2, 3), new PySlice(PyNone.NONE, PyNone.NONE, i(2)), ints(1))));
        assertEquals("TypeError: must assign iterable to extended slice",
                error(() -> Abstract.setItem(ints(1, 2, 3), new PySlice(i(0), i(1), PyNone.NONE), i(1))));
        assertEquals("IndexError: pop from empty list", error(() -> Abstract.invoke(new PyList(), "pop")));
        assertEquals("IndexError: pop index out of range", error(() -> Abstract.invoke(ints(1), "pop", i(5))));
        assertEquals("ValueError: list.remove(x): x not in list", error(() -> Abstract.invoke(new PyList(), "remove", i(1))));
        assertEquals("ValueError: list.index(x): x not in list", error(() -> Abstract.invoke(new PyList(), "index", i(1))));
        assertEquals("TypeError: can only concatenate list (not \"int\") to list", error(() -> Abstract.binaryOp(l, i(1), BinOp.ADD)));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'float'", error(() -> Abstract.binaryOp(f(1.0), l, BinOp.MUL)));
        assertEquals("[9, 5, 9, 5]", repr(Abstract.binaryOp(i(2), l, BinOp.MUL)));
        assertEquals("[]", repr(Abstract.binaryOp(l, i(-1), BinOp.MUL)));
        Object same = Abstract.inplaceOp(l, PyTuple.of(i(7)), BinOp.ADD);
        assertSame(l, same);
        assertEquals("[9, 5, 7]", repr(l));
    }

    @Test
    void recursiveReprsAndDeepNesting() {
        PyList l = ints(1);
        l.append(l);
        assertEquals("[1, [...]]", repr(l));
        PyDict d = new PyDict();
        d.setItem(s("me"), d);
        assertEquals("{'me': {...}}", repr(d));
        Object deep = new PyList();
        for (int k = 0; k < 100_000; k++) deep = PyList.of(deep);
        Object finalDeep = deep;
        assertEquals("RecursionError: maximum recursion depth exceeded while getting the repr of an object",
                error(() -> repr(finalDeep)));
    }

    @Test
    void sortIsStableWithKeyAndReverse() {
        // sorted([(1,'a'), (0,'b'), (1,'c'), (0,'d')], key=lambda t: t[0], reverse=True)
        PyList l = PyList.of(PyTuple.of(i(1), s("a")), PyTuple.of(i(0), s("b")), PyTuple.of(i(1), s("c")), PyTuple.of(i(0), s("d")));
        PyBuiltinFunction first = new PyBuiltinFunction(ArgSpec.one("first"), (self, a) -> Abstract.getItem(a[0], i(0)));
        l.sort(first, true);
        assertEquals("[(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]", repr(l));
        PyList big = new PyList();
        for (int k = 0; k < 1000; k++) big.append(i((k * 7919L) % 1009));
        big.sort(null, false);
        for (int k = 1; k < 1000; k++) assertTrue(PyInt.compare((PyInt) big.get(k - 1), (PyInt) big.get(k)) <= 0);
        assertEquals("TypeError: '<' not supported between instances of 'str' and 'int'",
                error(() -> PyList.of(i(3), s("a")).sort(null, false)));
        PyList mixed = PyList.of(f(2.5), i(1), PyBool.TRUE, f(-1e300), big("100000000000000000000"));
        mixed.sort(null, false);
        assertEquals("[-1e+300, 1, True, 2.5, 100000000000000000000]", repr(mixed));
    }

    @Test
    void sortReportsModificationDuringSort() {
        PyList l = ints(3, 1, 2);
        PyBuiltinFunction sneaky = new PyBuiltinFunction(ArgSpec.one("k"), (self, a) -> {
            l.append(i(0));
            return a[0];
        });
        assertEquals("ValueError: list modified during sort", error(() -> l.sort(sneaky, false)));
        assertEquals("[1, 2, 3]", repr(l));
    }

    @Test
    void tuplesAndSlices() {
        PyTuple t = PyTuple.of(i(1), s("a"), f(2.0));
        assertEquals("(1, 'a', 2.0)", repr(t));
        assertEquals("(1,)", repr(PyTuple.of(i(1))));
        assertEquals("()", repr(PyTuple.EMPTY));
        assertEquals("('a',)", repr(Abstract.getItem(t, new PySlice(i(1), i(2), PyNone.NONE))));
        assertEquals("IndexError: tuple index out of range", error(() -> Abstract.getItem(t, i(3))));
        assertEquals("ValueError: tuple.index(x): x not in tuple", error(() -> Abstract.invoke(t, "index", i(9))));
        assertEquals("TypeError: can only concatenate tuple (not \"list\") to tuple", error(() -> Abstract.binaryOp(t, new PyList(), BinOp.ADD)));
        assertTrue(Abstract.richCompareBool(PyTuple.of(i(1), i(2)), PyTuple.of(i(1), i(3)), CompareOp.LT));
        assertEquals("(0, 10, 3)", repr(Abstract.invoke(new PySlice(PyNone.NONE, PyNone.NONE, i(3)), "indices", i(10))));
        assertEquals("(9, -1, -2)", repr(Abstract.invoke(new PySlice(PyNone.NONE, PyNone.NONE, i(-2)), "indices", i(10))));
        assertEquals("ValueError: slice step cannot be zero", error(() -> Abstract.getItem(t, new PySlice(PyNone.NONE, PyNone.NONE, i(0)))));
    }

    @Test
    void dictViews() {
        PyDict d = new PyDict();
        d.setItem(i(1), s("a"));
        d.setItem(i(2), s("b"));
        Object keys = Abstract.invoke(d, "keys"), values = Abstract.invoke(d, "values"), items = Abstract.invoke(d, "items");
        // repr(d.keys()), repr(d.values()), repr(d.items())
        assertEquals("dict_keys([1, 2]) dict_values(['a', 'b']) dict_items([(1, 'a'), (2, 'b')])",
                repr(keys) + " " + repr(values) + " " + repr(items));
        PySet twoThree = PySet.fromIterable(PyList.of(i(2), i(3)));
        // d.keys() & {2,3}, d.keys() | [5], [1,2,9] - d.keys(), d.keys() ^ {1}, d.items() & {(1,'a')}
        assertEquals("{2}", repr(Abstract.binaryOp(keys, twoThree, BinOp.AND)));
        assertEquals("{1, 2, 5}", repr(Abstract.binaryOp(keys, PyList.of(i(5)), BinOp.OR)));
        assertEquals("{9}", repr(Abstract.binaryOp(PyList.of(i(1), i(2), i(9)), keys, BinOp.SUB)));
        assertEquals("{2}", repr(Abstract.binaryOp(keys, PySet.fromIterable(PyList.of(i(1))), BinOp.XOR)));
        assertEquals("{(1, 'a')}", repr(Abstract.binaryOp(items, PySet.fromIterable(PyList.of(PyTuple.of(i(1), s("a")))), BinOp.AND)));
        // d.keys() == {1,2}, d.keys() < {1,2,3}, (1,'a') in d.items(), (1,'b') in d.items(), 'a' in d.values(), 1 in d.items()
        assertTrue(Abstract.richCompareBool(keys, PySet.fromIterable(PyList.of(i(1), i(2))), CompareOp.EQ));
        assertTrue(Abstract.richCompareBool(keys, PySet.fromIterable(PyList.of(i(1), i(2), i(3))), CompareOp.LT));
        assertTrue(Abstract.contains(items, PyTuple.of(i(1), s("a"))));
        assertFalse(Abstract.contains(items, PyTuple.of(i(1), s("b"))));
        assertTrue(Abstract.contains(values, s("a")));
        assertFalse(Abstract.contains(items, i(1)));
        assertFalse(Abstract.richCompareBool(values, Abstract.invoke(d, "values"), CompareOp.EQ));
        assertEquals("TypeError: unhashable type: 'dict_keys'", error(() -> Abstract.hash(keys)));
        assertEquals("dict_itemiterator", Abstract.typeName(Abstract.getIter(items)));
        d.setItem(i(3), s("c"));
        assertEquals(3, Abstract.len(values), "views are live");
    }

    @Test
    void listReverseIterator() {
        PyList l = PyList.of(i(1), i(2), i(3));
        Object it = Abstract.invoke(l, "__reversed__");
        assertEquals("list_reverseiterator", Abstract.typeName(it));
        assertEquals("3", repr(Abstract.next(it)));
        l.pop(-1);
        l.pop(-1);
        assertNull(Abstract.next(it), "the list shrank below the position: exhausted, as CPython");
        assertEquals("[3, 2, 1]", repr(PyList.fromIterable(Abstract.invoke(PyList.of(i(1), i(2), i(3)), "__reversed__"))));
    }
}
