package org.ember.runtime;

import static org.ember.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classes: MRO, layout, descriptors, special-method lookup, reflected operators, versions. */
class TypeSystemTest {

    private static String mroNames(PyType t) {
        List<String> names = new ArrayList<>();
        for (PyType m : t.mro()) names.add(m.name());
        return names.toString();
    }

    @Test
    void c3LinearizationAndItsFailure() {
        PyType o = cls("O", bases()), p = cls("P", bases(o)), q = cls("Q", bases(o));
        assertEquals("[R, P, Q, O, object]", mroNames(cls("R", bases(p, q))));
        PyType a = cls("A", bases()), b = cls("B", bases());
        PyType c = cls("C", bases(a, b)), d = cls("D", bases(b, a));
        // class E(C, D) with C(A, B) and D(B, A)
        assertEquals("TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B",
                error(() -> cls("E", bases(c, d))));
        PyType b2 = cls("B2", bases(a));
        assertEquals("TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B2",
                error(() -> cls("C2", bases(a, b2))));
        assertEquals("TypeError: duplicate base class A", error(() -> cls("F", bases(a, a))));
        assertEquals("TypeError: type 'bool' is not an acceptable base type", error(() -> cls("G", bases(PyBool.TYPE))));
        assertEquals("TypeError: multiple bases have instance lay-out conflict", error(() -> cls("H", bases(PyInt.TYPE, PyStr.TYPE))));
        assertEquals("[ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object]", mroNames(Exceptions.ExceptionGroup));
    }

    @Test
    void builtinTypesAreImmutableAndShared() {
        assertEquals("TypeError: cannot set 'x' attribute of immutable type 'int'", error(() -> Abstract.setAttr(PyInt.TYPE, "x", i(1))));
        assertEquals("TypeError: cannot set 'x' attribute of immutable type 'int'", error(() -> Abstract.delAttr(PyInt.TYPE, s("x"))));
        assertSame(PyType.TYPE, PyType.TYPE.type());
        assertSame(PyType.TYPE, PyInt.TYPE.type());
        assertEquals(PyInt.TYPE.version(), PyInt.TYPE.version());
        assertTrue(Abstract.isInstance(PyBool.TRUE, PyInt.TYPE));
        assertTrue(Abstract.isSubclass(PyBool.TYPE, PyInt.TYPE));
        assertEquals("type object 'int' has no attribute 'nope'", error(() -> Abstract.getAttr(PyInt.TYPE, "nope")).substring(16));
    }

    @Test
    void versionTagsChangeWithTheTypeAndItsBases() {
        PyType base = cls("Base", bases());
        PyType sub = cls("Sub", bases(base));
        int baseVersion = base.version(), subVersion = sub.version();
        assertNotEquals(0, baseVersion);
        Abstract.setAttr(base, "x", i(1));
        assertNotEquals(baseVersion, base.version());
        assertNotEquals(subVersion, sub.version(), "a change to a base invalidates subclasses");
        assertEquals("1", repr(Abstract.getAttr(sub, "x")));
        Abstract.setAttr(base, "x", i(2));
        assertEquals("2", repr(Abstract.getAttr(sub, "x")), "the method cache follows the change");
    }

    @Test
    void instanceAttributesUseSharedKeysAndKeepPerInstanceOrder() {
        PyType y = cls("Y", bases());
        Object a = Abstract.call(y), b = Abstract.call(y);
        Abstract.setAttr(a, "b", i(1));
        Abstract.setAttr(a, "a", i(2));
        Abstract.setAttr(b, "a", i(1));
        Abstract.setAttr(b, "b", i(2));
        Abstract.delAttr(b, s("a"));
        Abstract.setAttr(b, "c", i(3));
        Abstract.setAttr(b, "a", i(4));
        // y.b=1; y.a=2 / z.a=1; z.b=2; del z.a; z.c=3; z.a=4
        assertEquals("{'b': 1, 'a': 2}", repr(Abstract.getAttr(a, "__dict__")));
        assertEquals("{'b': 2, 'c': 3, 'a': 4}", repr(Abstract.getAttr(b, "__dict__")));
        SharedKeys keys = y.sharedKeys();
        assertEquals(0, keys.indexOf("b"));
        assertEquals(1, keys.indexOf("a"));
        Object c = Abstract.call(y);
        for (int k = 0; k < 40; k++) Abstract.setAttr(c, "attr" + k, i(k));
        assertEquals("39", repr(Abstract.getAttr(c, "attr39")), "past the shared-keys limit a real dict takes over");
        assertEquals(SharedKeys.MAX_KEYS, keys.size());
        assertEquals("AttributeError: 'Y' object has no attribute 'zz'", error(() -> Abstract.getAttr(c, "zz")));
    }

    @Test
    void slotsGiveFixedMembersAndNoDict() {
        PyType u = cls("U", bases(), "__slots__", PyTuple.of(s("a"), s("b")));
        Object x = Abstract.call(u);
        Abstract.setAttr(x, "a", i(1));
        assertEquals("1", repr(Abstract.getAttr(x, "a")));
        assertEquals("AttributeError: 'U' object has no attribute 'b'", error(() -> Abstract.getAttr(x, "b")));
        assertEquals("AttributeError: 'U' object has no attribute 'c' and no __dict__ for setting new attributes",
                error(() -> Abstract.setAttr(x, "c", i(1))));
        assertEquals("AttributeError: 'U' object has no attribute '__dict__'", error(() -> Abstract.getAttr(x, "__dict__")));
        assertEquals("<member 'a' of 'U' objects>", repr(Abstract.getAttr(u, "a")));
        assertEquals("ValueError: 'a' in __slots__ conflicts with class variable",
                error(() -> cls("V", bases(), "__slots__", PyTuple.of(s("a")), "a", i(1))));
        assertEquals("TypeError: descriptor 'a' for 'U' objects doesn't apply to a 'int' object",
                error(() -> Abstract.invoke(Abstract.getAttr(u, "a"), "__get__", i(1))));
        PyType w = cls("W", bases(u), "__slots__", PyTuple.of(s("__private")));
        Object wx = Abstract.call(w);
        Abstract.setAttr(wx, "_W__private", i(9));
        Abstract.setAttr(wx, "b", i(8));
        assertEquals("9", repr(Abstract.getAttr(wx, "_W__private")));
        assertEquals("8", repr(Abstract.getAttr(wx, "b")));
    }

    @Test
    void dataDescriptorsBeatInstanceAttributesWhichBeatNonDataDescriptors() {
        PyProperty prop = new PyProperty(fn("p", a -> s("from property")), null, null, null);
        PyType c = cls("C", bases(), "p", prop, "m", fn("m", a -> s("from method")), "plain", i(1));
        PyInstance x = (PyInstance) Abstract.call(c);
        x.setAttribute("p", s("instance p"));
        x.setAttribute("m", s("instance m"));
        x.setAttribute("plain", s("instance plain"));
        assertEquals("'from property'", repr(Abstract.getAttr(x, "p")));
        assertEquals("'instance m'", repr(Abstract.getAttr(x, "m")));
        assertEquals("'instance plain'", repr(Abstract.getAttr(x, "plain")));
        assertEquals("AttributeError: property 'p' of 'C' object has no setter", error(() -> Abstract.setAttr(x, "p", i(1))));
        assertEquals("AttributeError: property 'p' of 'C' object has no deleter", error(() -> Abstract.delAttr(x, s("p"))));
    }

    @Test
    void specialMethodsAreLookedUpOnTheTypeNotTheInstance() {
        PyType c = cls("C", bases(), "__len__", fn("__len__", a -> i(3)), "__repr__", fn("__repr__", a -> s("<C!>")));
        PyInstance x = (PyInstance) Abstract.call(c);
        x.setAttribute("__len__", fn("own", a -> i(99)));
        assertEquals(3, Abstract.len(x));
        assertEquals("<C!>", repr(x));
        // Setting the special method on the class later updates the slot.
        Abstract.setAttr(c, "__len__", fn("__len__", a -> i(7)));
        assertEquals(7, Abstract.len(x));
        Abstract.delAttr(c, s("__len__"));
        assertEquals("TypeError: object of type 'C' has no len()", error(() -> Abstract.len(x)));
        assertEquals("ValueError: __len__() should return >= 0",
                error(() -> Abstract.len(Abstract.call(cls("N", bases(), "__len__", fn("__len__", a -> i(-1)))))));
    }

    @Test
    void reflectedOperatorOfASubclassIsTriedFirst() {
        List<String> calls = new ArrayList<>();
        PyType base = cls("Base", bases(),
                "__add__", fn("__add__", a -> { calls.add("Base.__add__"); return s("base"); }),
                "__radd__", fn("__radd__", a -> { calls.add("Base.__radd__"); return s("rbase"); }));
        PyType sub = cls("Sub", bases(base),
                "__radd__", fn("__radd__", a -> { calls.add("Sub.__radd__"); return s("rsub"); }));
        assertEquals("'rsub'", repr(Abstract.binaryOp(Abstract.call(base), Abstract.call(sub), BinOp.ADD)));
        assertEquals("[Sub.__radd__]", calls.toString());
        calls.clear();
        // An int subclass overriding __radd__ wins over int.__add__ on the left.
        PyType myInt = cls("MyInt", bases(PyInt.TYPE), "__radd__", fn("__radd__", a -> s("MyInt.__radd__")));
        Object five = Abstract.call(myInt, i(5));
        assertEquals("'MyInt.__radd__'", repr(Abstract.binaryOp(i(1), five, BinOp.ADD)));
        assertEquals("6", repr(Abstract.binaryOp(five, i(1), BinOp.ADD)));
        assertSame(PyInt.TYPE, Abstract.typeOf(Abstract.binaryOp(five, i(1), BinOp.ADD)));
        // NotImplemented from both sides gives the TypeError.
        PyType ni = cls("NI", bases(), "__add__", fn("__add__", a -> PyNotImplemented.INSTANCE));
        assertEquals("TypeError: unsupported operand type(s) for +: 'NI' and 'int'",
                error(() -> Abstract.binaryOp(Abstract.call(ni), i(1), BinOp.ADD)));
        assertEquals("TypeError: unsupported operand type(s) for -=: 'NI' and 'int'",
                error(() -> Abstract.inplaceOp(Abstract.call(ni), i(1), BinOp.SUB)));
    }

    @Test
    void richComparisonReflectionAndDefaults() {
        PyType c = cls("C", bases(), "__lt__", fn("__lt__", a -> s("C.lt")));
        PyType d = cls("D", bases(c), "__gt__", fn("__gt__", a -> s("D.gt")));
        assertEquals("'D.gt'", repr(Abstract.richCompare(Abstract.call(c), Abstract.call(d), CompareOp.LT)));
        Object x = Abstract.call(c);
        assertTrue(Abstract.richCompareBool(x, x, CompareOp.EQ));
        assertFalse(Abstract.richCompareBool(x, Abstract.call(c), CompareOp.EQ));
        assertTrue(Abstract.richCompareBool(x, Abstract.call(c), CompareOp.NE));
        assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'",
                error(() -> Abstract.richCompare(i(1), s("a"), CompareOp.LT)));
        PyType eqOnly = cls("E", bases(), "__eq__", fn("__eq__", a -> PyBool.TRUE));
        assertEquals("TypeError: unhashable type: 'E'", error(() -> Abstract.hash(Abstract.call(eqOnly))));
        assertTrue(Abstract.richCompareBool(Abstract.call(eqOnly), i(1), CompareOp.EQ));
        assertFalse(Abstract.richCompareBool(Abstract.call(eqOnly), i(1), CompareOp.NE), "__ne__ inverts __eq__");
    }

    @Test
    void getattrHookAndGetattribute() {
        PyType c = cls("C", bases(), "known", i(1), "__getattr__", fn("__getattr__", a -> s("dyn:" + str(a[1]))));
        Object x = Abstract.call(c);
        assertEquals("1", repr(Abstract.getAttr(x, "known")));
        assertEquals("'dyn:other'", repr(Abstract.getAttr(x, "other")));
    }

    @Test
    void subclassesOfBuiltinsKeepTheBuiltinPart() {
        PyType myList = cls("MyList", bases(PyList.TYPE));
        Object l = Abstract.call(myList, PyTuple.of(i(1), i(2)));
        Abstract.invoke(l, "append", i(3));
        assertEquals("[1, 2, 3]", repr(l));
        assertEquals(3, Abstract.len(l));
        assertSame(l, Abstract.inplaceOp(l, PyList.of(i(4)), BinOp.ADD), "+= returns the instance itself");
        Abstract.setAttr(l, "tag", s("t"));
        assertEquals("'t'", repr(Abstract.getAttr(l, "tag")));
        PyType myStr = cls("MyStr", bases(PyStr.TYPE));
        Object ms = Abstract.call(myStr, s("abc"));
        assertEquals("'ABC'", repr(Abstract.invoke(ms, "upper")));
        assertEquals("'abc'", repr(ms));
        PyType myInt = cls("S", bases(PyInt.TYPE));
        assertEquals(5, Abstract.hash(Abstract.call(myInt, i(5))));
        assertEquals("TypeError: object.__new__(S) is not safe, use S.__new__()",
                error(() -> Abstract.call(Abstract.getAttr(PyType.OBJECT, "__new__"), myInt)));
    }

    @Test
    void instantiationArgumentChecks() {
        PyType a = cls("A", bases());
        assertEquals("TypeError: A() takes no arguments", error(() -> Abstract.call(a, i(1))));
        assertEquals("TypeError: object() takes no arguments", error(() -> Abstract.call(PyType.OBJECT, i(1))));
        assertEquals("TypeError: type() takes 1 or 3 arguments", error(() -> Abstract.call(PyType.TYPE, i(1), i(2))));
        assertEquals("TypeError: type.__new__() argument 2 must be tuple, not int",
                error(() -> Abstract.call(PyType.TYPE, s("x"), i(1), i(2))));
        assertSame(PyInt.TYPE, Abstract.call(PyType.TYPE, i(3)));
        PyType made = (PyType) Abstract.call(PyType.TYPE, s("Made"), PyTuple.of(a), new PyDict());
        assertEquals("[Made, A, object]", mroNames(made));
        PyType initReturns = cls("R", bases(), "__init__", fn("__init__", x -> i(1)));
        assertEquals("TypeError: __init__() should return None, not 'int'", error(() -> Abstract.call(initReturns)));
    }

    @Test
    void setNameAndInitSubclassHooks() {
        List<String> seen = new ArrayList<>();
        PyType descr = cls("Descr", bases(), "__set_name__", fn("__set_name__", a -> {
            seen.add("set_name " + ((PyType) a[1]).name() + "." + str(a[2]));
            return PyNone.NONE;
        }));
        PyType v = cls("V", bases(), "__init_subclass__", new PyClassMethod(fn("__init_subclass__", a -> {
            seen.add("init_subclass " + ((PyType) a[0]).name());
            return PyNone.NONE;
        })));
        cls("W", bases(v), "field", Abstract.call(descr));
        assertEquals("[set_name W.field, init_subclass W]", seen.toString());
        PyDict kw = new PyDict();
        kw.setItem(s("x"), i(1));
        assertEquals("TypeError: X.__init_subclass__() takes no keyword arguments",
                error(() -> TypeFactory.create(PyType.TYPE, "X", PyTuple.EMPTY, new PyDict(), kw)));
    }

    @Test
    void metaclassesAndIsinstanceHooks() {
        PyType meta = cls("M", bases(PyType.TYPE),
                "__instancecheck__", fn("__instancecheck__", a -> PyBool.TRUE));
        PyType n = (PyType) Abstract.call(meta, s("N"), PyTuple.EMPTY, new PyDict());
        assertSame(meta, n.type());
        assertTrue(Abstract.isInstance(i(1), n), "__instancecheck__ on the metaclass decides");
        PyType t = cls("T", bases(n));
        assertSame(meta, t.type(), "the most derived metaclass wins");
        assertEquals("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
                error(() -> Abstract.isInstance(i(1), i(1))));
        assertEquals("TypeError: issubclass() arg 1 must be a class", error(() -> Abstract.isSubclass(i(1), PyInt.TYPE)));
        assertTrue(Abstract.isInstance(i(1), PyTuple.of(PyStr.TYPE, PyInt.TYPE)));
    }

    @Test
    void classAssignmentNeedsCompatibleLayouts() {
        PyType a = cls("A", bases()), b = cls("B", bases());
        Object x = Abstract.call(a);
        Abstract.setAttr(x, "v", i(1));
        Abstract.setAttr(x, "__class__", b);
        assertSame(b, Abstract.typeOf(x));
        assertEquals("1", repr(Abstract.getAttr(x, "v")));
        assertEquals("TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses",
                error(() -> Abstract.setAttr(x, "__class__", PyInt.TYPE)));
    }

    @Test
    void bindingAndDescriptorsOfBuiltins() {
        assertEquals("<method 'append' of 'list' objects>", repr(Abstract.getAttr(PyList.TYPE, "append")));
        assertTrue(repr(Abstract.getAttr(new PyList(), "append")).startsWith("<built-in method append of list object at 0x"));
        assertEquals("TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
                error(() -> Abstract.call(Abstract.getAttr(PyList.TYPE, "append"), i(1), i(2))));
        assertEquals("TypeError: descriptor '__add__' requires a 'int' object but received a 'str'",
                error(() -> Abstract.call(Abstract.getAttr(PyInt.TYPE, "__add__"), s("a"), i(1))));
        assertEquals("TypeError: expected 1 argument, got 0", error(() -> Abstract.call(Abstract.getAttr(PyInt.TYPE, "__add__"), i(1))));
        assertEquals("<attribute 'real' of 'int' objects>", repr(Abstract.getAttr(PyInt.TYPE, "real")));
        Object fromkeys = Abstract.getAttr(PyDict.TYPE, "fromkeys");
        assertEquals("{1: None, 2: None}", repr(Abstract.call(fromkeys, PyList.of(i(1), i(2)))));
        PyType c = cls("C", bases(), "sm", new PyStaticMethod(fn("sm", a -> i(a.length))),
                "cm", new PyClassMethod(fn("cm", a -> a[0])));
        Object x = Abstract.call(c);
        assertEquals("0", repr(Abstract.call(Abstract.getAttr(x, "sm"))));
        assertSame(c, Abstract.call(Abstract.getAttr(x, "cm")));
        assertEquals("'3'", repr(Abstract.call(Abstract.getAttr(PyInt.TYPE, "__repr__"), i(3))));
    }

    @Test
    void basesAssignmentRecomputesMroSlotsAndVersions() {
        PyType a = cls("A", bases(), "__len__", fn("__len__", x -> i(1)));
        PyType b = cls("B", bases(), "__len__", fn("__len__", x -> i(2)));
        PyType c = cls("C", bases(a));
        PyType d = cls("D", bases(c));
        Object obj = Abstract.call(d);
        assertEquals(1, Abstract.len(obj));
        int before = d.version();
        Abstract.setAttr(c, "__bases__", PyTuple.of(b));
        assertEquals("[C, B, object]", mroNames(c));
        assertNotEquals(before, d.version(), "subclasses of the changed class get new versions");
        assertEquals(2, Abstract.len(obj), "slots follow the new bases, in subclasses too");
        assertEquals("TypeError: a __bases__ item causes an inheritance cycle",
                error(() -> Abstract.setAttr(c, "__bases__", PyTuple.of(d))));
        assertEquals("TypeError: can only assign tuple to C.__bases__, not int", error(() -> Abstract.setAttr(c, "__bases__", i(1))));
        assertEquals("TypeError: cannot set '__bases__' attribute of immutable type 'int'",
                error(() -> Abstract.setAttr(PyInt.TYPE, "__bases__", PyTuple.of(PyType.OBJECT))));
    }

    @Test
    void newCanBeDefinedOrReplacedInPython() {
        PyType c = cls("C", bases(), "__new__", fn("__new__", a -> PyTuple.of(a)));
        assertEquals("(<class '__main__.C'>, 1)", repr(Abstract.call(c, i(1))), "__new__ gets the class first");
        Abstract.setAttr(c, "__new__", new PyStaticMethod(fn("__new__", a -> i(42))));
        assertEquals("42", repr(Abstract.call(c)));
        PyType d = cls("D", bases(c));
        assertEquals("42", repr(Abstract.call(d)), "inherited by subclasses");
    }

    @Test
    void superStartsAfterTheGivenClass() {
        PyType a = cls("A", bases(), "f", fn("f", x -> s("A.f")),
                "c", new PyClassMethod(fn("c", x -> s(((PyType) x[0]).name()))));
        PyType b = cls("B", bases(a), "f", fn("f", x -> s("B.f")));
        Object obj = Abstract.call(b);
        Object sup = Abstract.call(PySuper.TYPE, b, obj);
        assertEquals("'A.f'", repr(Abstract.call(Abstract.getAttr(sup, "f"))));
        assertEquals("'B'", repr(Abstract.call(Abstract.getAttr(Abstract.call(PySuper.TYPE, b, b), "c"))));
        assertEquals("<super: <class 'B'>, <B object>>", repr(sup));
        assertSame(obj, Abstract.getAttr(sup, "__self__"));
        assertEquals("TypeError: super() argument 1 must be a type, not int", error(() -> Abstract.call(PySuper.TYPE, i(1), obj)));
        assertEquals("TypeError: super(type, obj): obj (instance of int) is not an instance or subtype of type (B).",
                error(() -> Abstract.call(PySuper.TYPE, b, i(1))));
        assertEquals("AttributeError: 'super' object has no attribute 'nope'", error(() -> Abstract.getAttr(sup, "nope")));
        assertEquals("RuntimeError: super(): no arguments", error(() -> Abstract.call(PySuper.TYPE)));
        assertEquals("None", repr(Abstract.getAttr(Abstract.call(PySuper.TYPE, b), "__self__")));
    }

    @Test
    void instanceValueFastPathsForInlineCaches() {
        PyType p = cls("P", bases());
        PyInstance a = (PyInstance) Abstract.call(p);
        Abstract.setAttr(a, "x", i(1));
        int version = p.version();
        int index = p.sharedKeys().indexOf("x");
        // What LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE do after checking the version:
        assertEquals(version, Abstract.typeOf(a).versionIfValid());
        assertEquals("1", repr(a.valueAt(index)));
        assertTrue(a.storeAt(index, i(2)));
        assertEquals("2", repr(Abstract.getAttr(a, "x")));
        PyInstance b = (PyInstance) Abstract.call(p);
        assertNull(b.valueAt(index), "unset attribute: the cache misses and the generic path raises");
        Abstract.getAttr(a, "__dict__");
        assertFalse(a.storeAt(index, i(3)), "after __dict__ is materialized the generic path is needed");
        assertEquals("2", repr(Abstract.getAttr(a, "x")));
    }
}
