package org.ember.runtime;

import java.util.Map;

/**
 * {@code type.__basicsize__}, {@code __itemsize__}, {@code __dictoffset__},
 * {@code __weakrefoffset__} and {@code __flags__}. Ember's objects are Java objects, so no
 * struct layout exists to measure: these report what CPython 3.13 reports on a 64-bit build for
 * the core builtin types (so code that compares sizes or tests "has a __dict__ offset" behaves
 * the same), and derive a heap type's values from its solid base as CPython does: 8 bytes per
 * {@code __slots__} member, a managed dict ({@code __dictoffset__ == -1}) when instances get a
 * {@code __dict__}, a managed weak-reference slot ({@code __weakrefoffset__ == -32}) unless
 * {@code __slots__} leaves {@code __weakref__} out or the base has variable-size items.
 * Builtin types not in the table take their base's values.
 */
final class TypeLayout {
    private TypeLayout() {}

    /** basicsize, itemsize, weakrefoffset, dictoffset of CPython 3.13 (x86-64). */
    private record Layout(long basicSize, long itemSize, long weakrefOffset, long dictOffset) {}

    private static final Map<String, Layout> BUILTIN = Map.ofEntries(
            Map.entry("object", new Layout(16, 0, 0, 0)),
            Map.entry("int", new Layout(24, 4, 0, 0)),
            Map.entry("bool", new Layout(24, 4, 0, 0)),
            Map.entry("float", new Layout(24, 0, 0, 0)),
            Map.entry("complex", new Layout(32, 0, 0, 0)),
            Map.entry("str", new Layout(64, 0, 0, 0)),
            Map.entry("bytes", new Layout(33, 1, 0, 0)),
            Map.entry("bytearray", new Layout(56, 0, 0, 0)),
            Map.entry("tuple", new Layout(24, 8, 0, 0)),
            Map.entry("list", new Layout(40, 0, 0, 0)),
            Map.entry("dict", new Layout(48, 0, 0, 0)),
            Map.entry("set", new Layout(200, 0, 192, 0)),
            Map.entry("frozenset", new Layout(200, 0, 192, 0)),
            Map.entry("type", new Layout(928, 40, 368, 264)),
            Map.entry("function", new Layout(144, 0, 96, 88)),
            Map.entry("module", new Layout(56, 0, 40, 16)),
            Map.entry("BaseException", new Layout(72, 0, 0, 16)));

    /** A slot member's size: one object pointer. */
    private static final long POINTER = 8;
    /** CPython 3.12+'s offsets for a managed dict and a managed weak-reference list (before the object). */
    private static final long MANAGED_DICT = -1, MANAGED_WEAKREF = -32;

    static long basicSize(PyType t) {
        if (!t.isHeapType()) return builtin(t).basicSize();
        PyType base = t.base();
        return basicSize(base) + POINTER * (t.slotCount() - base.slotCount());
    }

    static long itemSize(PyType t) {
        return t.isHeapType() ? itemSize(t.base()) : builtin(t).itemSize();
    }

    static long dictOffset(PyType t) {
        if (!t.isHeapType()) return builtin(t).dictOffset();
        long inherited = dictOffset(t.base());
        if (inherited != 0) return inherited;
        return t.hasDict() ? MANAGED_DICT : 0;
    }

    static long weakrefOffset(PyType t) {
        if (!t.isHeapType()) return builtin(t).weakrefOffset();
        long inherited = weakrefOffset(t.base());
        if (inherited != 0) return inherited;
        return itemSize(t) == 0 && slotsAllowWeakref(t) ? MANAGED_WEAKREF : 0;
    }

    /** No {@code __slots__} in the class body, or {@code __weakref__} among them. */
    private static boolean slotsAllowWeakref(PyType t) {
        Object slots = t.dict().getItemStr("__slots__");
        if (slots == null) return true;
        if (slots instanceof PyStr s) return s.value().equals("__weakref__");
        try {
            Object it = Abstract.getIter(slots);
            for (Object item; (item = Abstract.next(it)) != null; ) {
                if (item instanceof PyStr s && s.value().equals("__weakref__")) return true;
            }
        } catch (PyException e) {
            return false;   // a __slots__ replaced by something odd after the class was made
        }
        return false;
    }

    private static boolean isAny(PyType t, PyType... types) {
        for (PyType k : types) if (t.isSubtype(k)) return true;
        return false;
    }

    private static Layout builtin(PyType t) {
        for (PyType k = t; k != null; k = k.base()) {
            Layout known = BUILTIN.get(k.name());
            if (known != null && !k.isHeapType()) return known;
        }
        return BUILTIN.get("object");
    }

    /**
     * {@code __flags__} with CPython's Py_TPFLAGS_* bit values (copyreg and pickle test
     * HEAPTYPE = 1 << 9; the *_SUBCLASS bits say which core type a class derives from).
     */
    static long flags(PyType t) {
        long bits = 1L << 12;                                    // READY
        if (t.isImmutable()) bits |= 1L << 8;                    // IMMUTABLETYPE
        if (t.isHeapType()) bits |= (1L << 9) | (1L << 14);      // HEAPTYPE, HAVE_GC
        if (t.isSubclassable()) bits |= 1L << 10;                // BASETYPE
        if (t.isMethodDescriptor()) bits |= 1L << 17;            // METHOD_DESCRIPTOR
        if ((t.flags() & PyType.IS_ABSTRACT) != 0) bits |= 1L << 20;
        if (t.isHeapType() && dictOffset(t) == MANAGED_DICT) bits |= 1L << 4;        // MANAGED_DICT
        if (t.isHeapType() && weakrefOffset(t) == MANAGED_WEAKREF) bits |= 1L << 3;  // MANAGED_WEAKREF
        if (!t.isHeapType()) bits |= 1L << 1;                    // _Py_TPFLAGS_STATIC_BUILTIN
        if (t.isHeapType() && (bits & (1L << 4)) != 0 && t.base() == PyType.OBJECT) bits |= 1L << 2;  // INLINE_VALUES
        bits |= t.collectionFlag();                                                // SEQUENCE or MAPPING
        if (isAny(t, PyType.TYPE, PyFunction.TYPE)) bits |= 1L << 11;             // HAVE_VECTORCALL
        if (t.isSubtype(PyType.TYPE)) bits |= 1L << 23;                            // ITEMS_AT_END
        if (isAny(t, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PyFrozenSet.TYPE, PyType.TYPE,
                PyFunction.TYPE, PyModule.TYPE, Exceptions.BaseException)) bits |= 1L << 14;  // HAVE_GC
        if (isAny(t, PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE, PyDict.TYPE, PyFloat.TYPE, PyFrozenSet.TYPE,
                PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE)) bits |= 1L << 22;  // _Py_TPFLAGS_MATCH_SELF
        if (t.isSubtype(PyInt.TYPE)) bits |= 1L << 24;
        if (t.isSubtype(PyList.TYPE)) bits |= 1L << 25;
        if (t.isSubtype(PyTuple.TYPE)) bits |= 1L << 26;
        if (t.isSubtype(PyBytes.TYPE)) bits |= 1L << 27;
        if (t.isSubtype(PyStr.TYPE)) bits |= 1L << 28;
        if (t.isSubtype(PyDict.TYPE)) bits |= 1L << 29;
        if (t.isSubtype(Exceptions.BaseException)) bits |= 1L << 30;
        if (t.isSubtype(PyType.TYPE)) bits |= 1L << 31;
        return bits;
    }
}
