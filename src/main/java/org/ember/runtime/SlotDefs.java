package org.ember.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The table that ties special-method names to {@link PyType} slots (CPython's slotdefs), used
 * two ways:
 * <ul>
 * <li>for builtin types, {@link #addWrappers} exposes each slot a type defines (not merely
 *     inherits) as a {@link PySlotWrapper} in its dict ({@code int.__add__});</li>
 * <li>for heap types, {@link #updateAllSlots} sets each slot from what the MRO holds under the
 *     slot's names: nothing → the slot is null; a builtin type's own wrapper → that builtin's
 *     Java slot (so {@code class C(list)} indexes at Java speed); anything else (a Python
 *     function, None for __hash__) → a generic slot that looks the special method up on the
 *     type, never the instance, and calls it.</li>
 * </ul>
 */
final class SlotDefs {
    private SlotDefs() {}

    /** One slot: its dunder names, how to read/write it on a type, the heap version, the wrappers. */
    private record Def(String[] names, Function<PyType, Object> get, BiConsumer<PyType, Object> set,
                       Function<PyType, Object> heapSlot, WrapperMaker wrappers) {}

    /** Makes the wrapper for {@code names[which]} from a builtin slot function. */
    @FunctionalInterface
    private interface WrapperMaker {
        PySlotWrapper.Impl make(Object slot, int which);
    }

    private static final List<Def> DEFS = new ArrayList<>();

    private static void def(String[] names, Function<PyType, Object> get, BiConsumer<PyType, Object> set,
                            Function<PyType, Object> heapSlot, WrapperMaker wrappers) {
        DEFS.add(new Def(names, get, set, heapSlot, wrappers));
    }

    private static String[] names(String... names) {
        return names;
    }

    // ---- generic heap slots: call the special method found on the type ----

    private static Object callSpecial(Object self, String name, Object... args) {
        Object method = Abstract.typeOf(self).lookup(name);
        if (method == null) throw Errors.attributeError("'%s' object has no attribute '%s'", Abstract.typeName(self), name);
        return Abstract.callMethod(method, self, args);
    }

    /** Like callSpecial, but NotImplemented when the type has no such method. */
    private static Object callSpecialOrNotImplemented(Object self, String name, Object... args) {
        Object method = Abstract.typeOf(self).lookup(name);
        if (method == null) return PyNotImplemented.INSTANCE;
        return Abstract.callMethod(method, self, args);
    }

    /** slot_tp_iter: {@code __iter__ = None} makes instances non-iterable. */
    private static Object heapIter(Object self) {
        PyType type = Abstract.typeOf(self);
        if (type.lookup("__iter__") == PyNone.NONE) throw Errors.typeError("'%s' object is not iterable", type.name());
        return callSpecial(self, "__iter__");
    }

    private static Slot.Unary unary(String name) {
        return self -> callSpecial(self, name);
    }

    /** Heap binary slots, one per operator, kept so their identity can be recognized. */
    private static final Slot.Binary[] HEAP_BINARY = new Slot.Binary[BinOp.values().length];

    static {
        for (BinOp op : BinOp.values()) {
            if (op != BinOp.POW) HEAP_BINARY[op.ordinal()] = (a, b) -> heapBinary(op, a, b);
        }
    }

    /**
     * A binary operator between operands at least one of which is of a heap type (CPython's
     * SLOT1BINFULL): try a.__op__(b), with b.__rop__(a) first when b's type is a subclass of
     * a's that overrides the reflected method.
     */
    private static Object heapBinary(BinOp op, Object a, Object b) {
        PyType ta = Abstract.typeOf(a), tb = Abstract.typeOf(b);
        Slot.Binary heap = HEAP_BINARY[op.ordinal()];
        // b's reflected method, looked up once: the cheap common case (ta == tb) never needs it
        Object reflected = ta != tb && tb.binary[op.ordinal()] == heap ? tb.lookup(op.rdunder) : null;
        if (ta.binary[op.ordinal()] == heap) {
            if (reflected != null && tb.isSubtype(ta) && ta.lookup(op.rdunder) != reflected) {
                Object r = callFound(reflected, b, a);
                if (r != PyNotImplemented.INSTANCE) return r;
                reflected = null;
            }
            Object r = callSpecialOrNotImplemented(ta, a, op.dunder, b);
            if (r != PyNotImplemented.INSTANCE || ta == tb) return r;
        }
        if (reflected != null) return callFound(reflected, b, a);
        return PyNotImplemented.INSTANCE;
    }

    /** Whether {@code slot} is the heap slot of binary operator {@code op} (a Python class's {@code __op__}, {@link #heapBinary}). */
    static boolean isHeapBinary(Slot.Binary slot, int op) {
        return slot != null && slot == HEAP_BINARY[op];
    }

    /**
     * The rest of {@link #heapBinary} after {@code a.__op__(b)} returned NotImplemented, for
     * operands of different heap types, b's not a subtype of a's: b's reflected method.
     */
    static Object heapReflected(BinOp op, Object a, Object b) {
        return Abstract.typeOf(b).lookup(op.rdunder) != null ? callSpecialOrNotImplemented(b, op.rdunder, a) : PyNotImplemented.INSTANCE;
    }

    /** callSpecialOrNotImplemented with the owner's type known and one argument (the binary operators). */
    private static Object callSpecialOrNotImplemented(PyType type, Object self, String name, Object other) {
        Object method = type.lookup(name);
        return method == null ? PyNotImplemented.INSTANCE : callFound(method, self, other);
    }

    /** A special method already looked up on self's type, called with one argument. */
    private static Object callFound(Object method, Object self, Object other) {
        return Abstract.callMethod(method, self, other);
    }

    private static Object heapPow(Object a, Object b, Object mod) {
        if (mod != null && mod != PyNone.NONE) {
            return callSpecialOrNotImplemented(a, "__pow__", b, mod);
        }
        PyType ta = Abstract.typeOf(a), tb = Abstract.typeOf(b);
        boolean tryOther = ta != tb && tb.pow == HEAP_POW && tb.lookup("__rpow__") != null;
        if (ta.pow == HEAP_POW) {
            if (tryOther && tb.isSubtype(ta) && ta.lookup("__rpow__") != tb.lookup("__rpow__")) {
                Object r = callSpecialOrNotImplemented(b, "__rpow__", a);
                if (r != PyNotImplemented.INSTANCE) return r;
                tryOther = false;
            }
            Object r = callSpecialOrNotImplemented(a, "__pow__", b);
            if (r != PyNotImplemented.INSTANCE || ta == tb) return r;
        }
        if (tryOther) return callSpecialOrNotImplemented(b, "__rpow__", a);
        return PyNotImplemented.INSTANCE;
    }

    private static final Slot.Ternary HEAP_POW = SlotDefs::heapPow;

    /** Unhashable types (list, or a class with __hash__ = None). */
    static final Slot.Hash NOT_HASHABLE = self -> {
        throw Errors.typeError("unhashable type: '%s'", Abstract.typeName(self));
    };

    /** __getattribute__ overridden and/or __getattr__ defined (CPython's slot_tp_getattr_hook). */
    private static Object heapGetAttr(Object self, Object name) {
        PyType type = Abstract.typeOf(self);
        Object getattribute = type.lookup("__getattribute__");
        Object getattr = type.lookup("__getattr__");
        try {
            if (getattribute instanceof PySlotWrapper w && w.slot instanceof Slot.Binary builtin) {
                return builtin.apply(self, name);
            }
            return Abstract.callMethod(getattribute, self, name);
        } catch (PyException e) {
            if (getattr == null || !e.matches(Exceptions.AttributeError)) throw e;
            return Abstract.callMethod(getattr, self, name);
        }
    }

    private static Object checkedBool(Object self) {
        Object r = callSpecial(self, "__bool__");
        if (!(r instanceof PyBool)) throw Errors.typeError("__bool__ should return bool, returned %s", Abstract.typeName(r));
        return r;
    }

    private static PySlotWrapper.Impl noArgs(Slot.Unary s) {
        return PySlotWrapper.fixed(0, (self, a) -> s.apply(self));
    }

    static {
        def(names("__repr__"), t -> t.repr, (t, s) -> t.repr = (Slot.Unary) s, t -> unary("__repr__"),
                (s, w) -> noArgs((Slot.Unary) s));
        def(names("__str__"), t -> t.str, (t, s) -> t.str = (Slot.Unary) s, t -> unary("__str__"),
                (s, w) -> noArgs((Slot.Unary) s));
        def(names("__hash__"), t -> t.hash, (t, s) -> t.hash = (Slot.Hash) s,
                t -> t.lookup("__hash__") == PyNone.NONE ? NOT_HASHABLE
                        : (Slot.Hash) self -> Abstract.hashResult(callSpecial(self, "__hash__")),
                (s, w) -> PySlotWrapper.fixed(0, (self, a) -> PyInt.of(((Slot.Hash) s).hash(self))));
        def(names("__call__"), t -> t.call, (t, s) -> t.call = (Slot.Call) s,
                t -> (Slot.Call) (self, args, off, n, kw) -> Abstract.callMethodVector(
                        Abstract.typeOf(self).lookup("__call__"), self, args, off, n, kw),
                (s, w) -> (self, args, off, n, kw) -> ((Slot.Call) s).call(self, args, off, n, kw));
        def(names("__getattribute__", "__getattr__"), t -> t.getattro, (t, s) -> t.getattro = (Slot.Binary) s,
                t -> (Slot.Binary) SlotDefs::heapGetAttr,
                (s, w) -> w == 1 ? null : PySlotWrapper.fixed(1, (self, a) -> ((Slot.Binary) s).apply(self, Abstract.attrName(a[0]))));
        def(names("__setattr__", "__delattr__"), t -> t.setattro, (t, s) -> t.setattro = (Slot.Store) s,
                t -> (Slot.Store) (self, name, value) -> {
                    if (value == null) callSpecial(self, "__delattr__", name);
                    else callSpecial(self, "__setattr__", name, value);
                },
                (s, w) -> w == 0
                        ? PySlotWrapper.fixed(2, (self, a) -> { ((Slot.Store) s).store(self, Abstract.attrName(a[0]), a[1]); return PyNone.NONE; })
                        : PySlotWrapper.fixed(1, (self, a) -> { ((Slot.Store) s).store(self, Abstract.attrName(a[0]), null); return PyNone.NONE; }));
        String[] compareNames = new String[CompareOp.values().length];
        for (CompareOp op : CompareOp.values()) compareNames[op.ordinal()] = op.dunder;
        def(compareNames, t -> t.richcompare, (t, s) -> t.richcompare = (Slot.Compare) s,
                t -> (Slot.Compare) (a, b, op) -> callSpecialOrNotImplemented(a, op.dunder, b),
                (s, w) -> PySlotWrapper.fixed(1, (self, a) -> ((Slot.Compare) s).compare(self, a[0], CompareOp.values()[w])));
        def(names("__iter__"), t -> t.iter, (t, s) -> t.iter = (Slot.Unary) s, t -> (Slot.Unary) SlotDefs::heapIter,
                (s, w) -> noArgs((Slot.Unary) s));
        def(names("__next__"), t -> t.iternext, (t, s) -> t.iternext = (Slot.Unary) s,
                t -> (Slot.Unary) self -> {
                    try {
                        return callSpecial(self, "__next__");
                    } catch (PyException e) {
                        if (e.matches(Exceptions.StopIteration)) return null;
                        throw e;
                    }
                },
                (s, w) -> PySlotWrapper.fixed(0, (self, a) -> {
                    Object r = ((Slot.Unary) s).apply(self);
                    if (r == null) throw Errors.stopIteration();
                    return r;
                }));
        def(names("__get__"), t -> t.descrGet, (t, s) -> t.descrGet = (Slot.Ternary) s,
                t -> (Slot.Ternary) (self, obj, type) -> callSpecial(self, "__get__",
                        obj == null ? PyNone.NONE : obj, type == null ? PyNone.NONE : type),
                (s, w) -> (self, args, off, n, kw) -> {
                    Object[] a = ArgSpec.positional("__get__", 1, 2).bind(args, off, n, kw);
                    Object obj = a[0] == PyNone.NONE ? null : a[0];
                    Object type = a[1] == null || a[1] == PyNone.NONE ? null : a[1];
                    if (obj == null && type == null) throw Errors.typeError("__get__(None, None) is invalid");
                    return ((Slot.Ternary) s).apply(self, obj, type);
                });
        def(names("__set__", "__delete__"), t -> t.descrSet, (t, s) -> t.descrSet = (Slot.Store) s,
                t -> (Slot.Store) (self, obj, value) -> {
                    if (value == null) callSpecial(self, "__delete__", obj);
                    else callSpecial(self, "__set__", obj, value);
                },
                (s, w) -> w == 0
                        ? PySlotWrapper.fixed(2, (self, a) -> { ((Slot.Store) s).store(self, a[0], a[1]); return PyNone.NONE; })
                        : PySlotWrapper.fixed(1, (self, a) -> { ((Slot.Store) s).store(self, a[0], null); return PyNone.NONE; }));
        def(names("__init__"), t -> t.init, (t, s) -> t.init = (Slot.Call) s,
                t -> (Slot.Call) (self, args, off, n, kw) -> {
                    Object r = Abstract.callMethodVector(Abstract.typeOf(self).lookup("__init__"), self, args, off, n, kw);
                    if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '%s'", Abstract.typeName(r));
                    return r;
                },
                (s, w) -> (self, args, off, n, kw) -> ((Slot.Call) s).call(self, args, off, n, kw));
        def(names("__bool__"), t -> t.bool, (t, s) -> t.bool = (Slot.Test) s,
                t -> (Slot.Test) self -> checkedBool(self) == PyBool.TRUE,
                (s, w) -> PySlotWrapper.fixed(0, (self, a) -> PyBool.of(((Slot.Test) s).test(self))));
        def(names("__len__"), t -> t.len, (t, s) -> t.len = (Slot.Len) s,
                t -> new Slot.Len() {   // a Python __len__ may return up to sys.maxsize
                    @Override public int len(Object self) { return Abstract.lenResult(callSpecial(self, "__len__")); }
                    @Override public long size(Object self) { return Abstract.sizeResult(callSpecial(self, "__len__")); }
                },
                (s, w) -> PySlotWrapper.fixed(0, (self, a) -> PyInt.of(((Slot.Len) s).len(self))));
        def(names("__getitem__"), t -> t.getitem, (t, s) -> t.getitem = (Slot.Binary) s,
                t -> (Slot.Binary) (self, key) -> callSpecial(self, "__getitem__", key),
                (s, w) -> PySlotWrapper.fixed(1, (self, a) -> {
                    if (s instanceof Slot.SequenceItem) Abstract.index(a[0]);
                    return ((Slot.Binary) s).apply(self, a[0]);
                }));
        def(names("__setitem__", "__delitem__"), t -> t.setitem, (t, s) -> t.setitem = (Slot.Store) s,
                t -> (Slot.Store) (self, key, value) -> {
                    if (value == null) callSpecial(self, "__delitem__", key);
                    else callSpecial(self, "__setitem__", key, value);
                },
                (s, w) -> w == 0
                        ? PySlotWrapper.fixed(2, (self, a) -> { ((Slot.Store) s).store(self, a[0], a[1]); return PyNone.NONE; })
                        : PySlotWrapper.fixed(1, (self, a) -> { ((Slot.Store) s).store(self, a[0], null); return PyNone.NONE; }));
        def(names("__contains__"), t -> t.contains, (t, s) -> t.contains = (Slot.Contains) s,
                t -> (Slot.Contains) (self, item) -> Abstract.isTrue(callSpecial(self, "__contains__", item)),
                (s, w) -> PySlotWrapper.fixed(1, (self, a) -> PyBool.of(((Slot.Contains) s).contains(self, a[0]))));
        unaryNumber("__neg__", t -> t.neg, (t, s) -> t.neg = s);
        unaryNumber("__pos__", t -> t.pos, (t, s) -> t.pos = s);
        unaryNumber("__invert__", t -> t.invert, (t, s) -> t.invert = s);
        unaryNumber("__abs__", t -> t.abs, (t, s) -> t.abs = s);
        unaryNumber("__index__", t -> t.index, (t, s) -> t.index = s);
        unaryNumber("__int__", t -> t.toInt, (t, s) -> t.toInt = s);
        unaryNumber("__float__", t -> t.toFloat, (t, s) -> t.toFloat = s);
        for (BinOp op : BinOp.values()) {
            int i = op.ordinal();
            if (op == BinOp.POW) continue;
            def(names(op.dunder, op.rdunder), t -> t.binary[i], (t, s) -> t.binary[i] = (Slot.Binary) s,
                    t -> HEAP_BINARY[i],
                    (s, w) -> PySlotWrapper.fixed(1, (self, a) -> w == 0
                            ? ((Slot.Binary) s).apply(self, a[0]) : ((Slot.Binary) s).apply(a[0], self)));
            def(names(op.idunder), t -> t.inplace[i], (t, s) -> t.inplace[i] = (Slot.Binary) s,
                    t -> (Slot.Binary) (self, other) -> callSpecialOrNotImplemented(self, op.idunder, other),
                    (s, w) -> PySlotWrapper.fixed(1, (self, a) -> ((Slot.Binary) s).apply(self, a[0])));
        }
        def(names("__pow__", "__rpow__"), t -> t.pow, (t, s) -> t.pow = (Slot.Ternary) s, t -> HEAP_POW,
                (s, w) -> (self, args, off, n, kw) -> {
                    Object[] a = ArgSpec.positional(w == 0 ? "__pow__" : "__rpow__", 1, 2).bind(args, off, n, kw);
                    Object mod = a[1] == null ? PyNone.NONE : a[1];
                    return w == 0 ? ((Slot.Ternary) s).apply(self, a[0], mod) : ((Slot.Ternary) s).apply(a[0], self, mod);
                });
        def(names("__ipow__"), t -> t.inplacePow, (t, s) -> t.inplacePow = (Slot.Ternary) s,
                t -> (Slot.Ternary) (self, other, mod) -> callSpecialOrNotImplemented(self, "__ipow__", other),
                (s, w) -> (self, args, off, n, kw) -> {
                    Object[] a = ArgSpec.positional("__ipow__", 1, 2).bind(args, off, n, kw);
                    return ((Slot.Ternary) s).apply(self, a[0], PyNone.NONE);
                });
    }

    private static void unaryNumber(String name, Function<PyType, Slot.Unary> get, BiConsumer<PyType, Slot.Unary> set) {
        def(names(name), get::apply, (t, s) -> set.accept(t, (Slot.Unary) s), t -> unary(name),
                (s, w) -> noArgs((Slot.Unary) s));
    }

    // ---- builtin types: expose slots as wrappers ----

    /** Adds a wrapper for each slot {@code type} defines itself (differs from its base's). */
    static void addWrappers(PyType type, TypeBuilder builder) {
        PyType base = type.base();
        if (type.newInstance != null && (base == null || base.newInstance != type.newInstance)) {
            builder.value("__new__", newWrapper(type)); // first, as in CPython's type dicts
        }
        for (Def def : DEFS) {
            Object slot = def.get.apply(type);
            if (slot == null || slot == NOT_HASHABLE) {
                if (slot == NOT_HASHABLE) builder.value("__hash__", PyNone.NONE);
                continue;
            }
            if (base != null && def.get.apply(base) == slot) continue;
            for (int w = 0; w < def.names.length; w++) {
                PySlotWrapper.Impl impl = def.wrappers.make(slot, w);
                if (impl != null) builder.value(def.names[w], new PySlotWrapper(type, def.names[w], slot, impl));
            }
        }
        addSequenceWrappers(type, builder);
    }

    /**
     * __add__ / __mul__ / __rmul__ for the sequence slots (CPython's sq_concat and sq_repeat
     * wrappers), when the type has no numeric slot of its own. Their slot, which heap subclasses
     * inherit as their binary slot, answers NotImplemented unless the sequence is an operand.
     */
    private static void addSequenceWrappers(PyType type, TypeBuilder builder) {
        PyType base = type.base();
        Slot.Binary concat = type.sqConcat, repeat = type.sqRepeat;
        if (concat != null && (base == null || base.sqConcat != concat) && type.binary[BinOp.ADD.ordinal()] == null) {
            Slot.Binary slot = (a, b) -> Abstract.typeOf(a).isSubtype(type) ? concat.apply(a, b) : PyNotImplemented.INSTANCE;
            builder.value("__add__", new PySlotWrapper(type, "__add__", slot, PySlotWrapper.fixed(1, (self, a) -> concat.apply(self, a[0]))));
        }
        if (repeat != null && (base == null || base.sqRepeat != repeat) && type.binary[BinOp.MUL.ordinal()] == null) {
            Slot.Binary slot = (a, b) -> Abstract.typeOf(a).isSubtype(type) ? repeat.apply(a, b)
                    : Abstract.typeOf(b).isSubtype(type) ? repeat.apply(b, a) : PyNotImplemented.INSTANCE;
            for (String name : new String[] {"__mul__", "__rmul__"}) {
                builder.value(name, new PySlotWrapper(type, name, slot, PySlotWrapper.fixed(1, (self, a) -> repeat.apply(self, a[0]))));
            }
        }
    }

    /** {@code T.__new__(subtype, ...)}: a builtin function bound to the type (tp_new_wrapper). */
    private static PyBuiltinFunction newWrapper(PyType owner) {
        return new PyBuiltinFunction(ArgSpec.vector("__new__"), owner, (self, bound) -> {
            Object[] args = (Object[]) bound[0];
            int nargs = (Integer) bound[1];
            PyTuple kwnames = (PyTuple) bound[2];
            if (nargs - (kwnames == null ? 0 : kwnames.size()) < 1) {
                throw Errors.typeError("%s.__new__(): not enough arguments", owner.name());
            }
            if (!(args[0] instanceof PyType subtype)) {
                throw Errors.typeError("%s.__new__(X): X is not a type object (%s)", owner.name(), Abstract.typeName(args[0]));
            }
            if (!subtype.isSubtype(owner)) {
                throw Errors.typeError("%s.__new__(%s): %s is not a subtype of %s",
                        owner.name(), subtype.name(), subtype.name(), owner.name());
            }
            checkSafeNew(owner, subtype);
            return owner.newInstance.make(subtype, args, 1, nargs - 1, kwnames);
        });
    }

    /**
     * tp_new_wrapper's safety check: {@code Owner.__new__(subtype)} must be the __new__ the
     * subtype's nearest builtin base would use (classes defining __new__ in Python are skipped).
     */
    private static void checkSafeNew(PyType owner, PyType subtype) {
        PyType staticBase = subtype;
        while (staticBase.isHeapType() && staticBase.dict().getItemStr("__new__") != null && staticBase.base() != null) {
            staticBase = staticBase.base();
        }
        PyType builtin = null;
        for (PyType t : staticBase.mro()) {
            if (!t.isHeapType()) {
                builtin = t;
                break;
            }
        }
        if (builtin != null && builtin != PyType.OBJECT && builtin.newInstance != owner.newInstance) {
            throw Errors.typeError("%s.__new__(%s) is not safe, use %s.__new__()", owner.name(), subtype.name(), staticBase.name());
        }
    }

    // ---- heap types: compute slots from the MRO ----

    /** Recomputes every slot of a heap type (at creation, or after __bases__ changed). */
    static void updateAllSlots(PyType type) {
        for (Def def : DEFS) updateSlot(type, def);
        for (PyType sub : type.subclasses()) if (sub.isHeapType()) updateAllSlots(sub);
    }

    /** After {@code type.name = ...} for a dunder name: recomputes the slots using that name. */
    static void updateSlots(PyType type, String name) {
        for (Def def : DEFS) {
            for (String n : def.names) {
                if (n.equals(name)) {
                    updateSlotTree(type, def);
                    break;
                }
            }
        }
    }

    private static void updateSlotTree(PyType type, Def def) {
        if (type.isHeapType()) updateSlot(type, def);
        for (PyType sub : type.subclasses()) updateSlotTree(sub, def);
    }

    private static void updateSlot(PyType type, Def def) {
        Object builtinSlot = null;
        boolean needsHeap = false;
        boolean found = false;
        for (String name : def.names) {
            PyType owner = type.definingType(name);
            if (owner == null) continue;
            found = true;
            Object value = owner.dict().getItemStr(name);
            if (value instanceof PySlotWrapper w && w.owner == owner && !owner.isHeapType()) {
                if (builtinSlot == null) builtinSlot = w.slot;
                else if (builtinSlot != w.slot) needsHeap = true;
            } else {
                needsHeap = true;
            }
        }
        Object slot = !found ? null : needsHeap ? def.heapSlot.apply(type) : builtinSlot;
        def.set.accept(type, slot);
    }
}
