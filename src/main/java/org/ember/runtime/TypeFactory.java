package org.ember.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creation of heap types ({@code type(name, bases, ns)}, and the class statement through the
 * interpreter's {@code __build_class__}): metaclass and layout checks, the C3 MRO,
 * {@code __slots__}, the slot table, {@code __set_name__} and {@code __init_subclass__}.
 * Metaclass {@code __prepare__} and {@code __build_class__} belong to the interpreter.
 */
public final class TypeFactory {
    private TypeFactory() {}

    /** Creates a class; {@code kwargs} go to {@code __init_subclass__}. */
    public static PyType create(PyType metatype, String name, PyTuple basesArg, PyDict ns, PyDict kwargs) {
        PyType[] bases = checkBases(basesArg);
        PyType winner = metaclassWinner(metatype, bases);
        PyType solidBase = solidBaseOf(bases);
        SlotsSpec slots = SlotsSpec.parse(name, ns, bases);
        int slotCount = solidBase.slotCount() + slots.names.size();
        boolean hasDict = slots.addDict || !slots.declared || anyHasDict(bases);
        int flags = PyType.BASETYPE;
        PyTuple basesTuple = basesArg.size() == 0 ? PyTuple.of(PyType.OBJECT) : basesArg;
        PyType type = new PyType(winner, name, basesTuple, solidBase, null, flags,
                ThreadState.current().interpreter(), slotCount, hasDict);
        type.setBasesAndMroInitial(linearize(type, bases));
        type.inheritCollectionFlag();
        fillDict(type, ns, slots, solidBase, hasDict);
        for (PyType b : bases) b.addSubclass(type);
        applyCustomMro(type);
        SlotDefs.updateAllSlots(type);
        dropOverriddenSequenceSlots(type);
        type.newInstance = newSlotFor(type);
        callSetName(type);
        initSubclass(type, kwargs);
        return type;
    }

    /**
     * The inherited sq_concat/sq_repeat/sq_inplace_concat stop applying once a class defines
     * __add__/__mul__/__iadd__ in Python (CPython's update_one_slot clears them): an __add__
     * returning NotImplemented must not fall back to the builtin concatenation.
     */
    private static void dropOverriddenSequenceSlots(PyType type) {
        if (definedInPython(type, "__add__")) type.sqConcat = null;
        if (definedInPython(type, "__mul__") || definedInPython(type, "__rmul__")) type.sqRepeat = null;
        if (definedInPython(type, "__iadd__")) type.sqInplaceConcat = null;
    }

    private static boolean definedInPython(PyType type, String name) {
        PyType owner = type.definingType(name);
        return owner != null && owner.isHeapType();
    }

    private static PyType[] checkBases(PyTuple basesArg) {
        if (basesArg.size() == 0) return new PyType[] {PyType.OBJECT};
        PyType[] bases = new PyType[basesArg.size()];
        for (int i = 0; i < bases.length; i++) {
            Object b = basesArg.get(i);
            if (!(b instanceof PyType t)) {
                // CPython computes the metaclass from type(base) first, which then conflicts
                throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        + "subclass of the metaclasses of all its bases");
            }
            if (!t.isSubclassable()) throw Errors.typeError("type '%s' is not an acceptable base type", t.name());
            for (int j = 0; j < i; j++) {
                if (bases[j] == t) throw Errors.typeError("duplicate base class %s", t.name());
            }
            bases[i] = t;
        }
        return bases;
    }

    private static PyType metaclassWinner(PyType metatype, PyType[] bases) {
        PyType winner = metatype;
        for (PyType b : bases) {
            PyType t = b.type();
            if (winner.isSubtype(t)) continue;
            if (t.isSubtype(winner)) {
                winner = t;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** The base whose instance layout the new type extends (CPython's best_base). */
    private static PyType solidBaseOf(PyType[] bases) {
        PyType winner = null, winnerSolid = null;
        for (PyType b : bases) {
            PyType solid = solid(b);
            if (winnerSolid == null || solid.isSubtype(winnerSolid)) {
                winner = b;
                winnerSolid = solid;
            } else if (!winnerSolid.isSubtype(solid)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    /** The nearest type in b's base chain that adds instance layout (Java class or __slots__). */
    private static PyType solid(PyType b) {
        PyType t = b;
        while (t.base() != null && t.base().javaClass() == t.javaClass() && t.base().slotCount() == t.slotCount()) {
            t = t.base();
        }
        return t;
    }

    private static boolean anyHasDict(PyType[] bases) {
        for (PyType b : bases) if (b.hasDict()) return true;
        return false;
    }

    /** The parsed {@code __slots__} of a class body. */
    private record SlotsSpec(boolean declared, List<String> names, boolean addDict) {
        static SlotsSpec parse(String className, PyDict ns, PyType[] bases) {
            Object slots = ns.getItemStr("__slots__");
            if (slots == null) return new SlotsSpec(false, List.of(), false);
            List<Object> items = new ArrayList<>();
            if (slots instanceof PyStr) {
                items.add(slots);
            } else {
                Object it = Abstract.getIter(slots);
                for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) items.add(x);
            }
            PyType solidBase = solidBaseOf(bases);
            if (!items.isEmpty() && TypeLayout.itemSize(solidBase) != 0) {  // int, tuple, bytes, type: items follow the header
                throw Errors.typeError("nonempty __slots__ not supported for subtype of '%s'", solidBase.name());
            }
            List<String> names = new ArrayList<>();
            boolean addDict = false;
            Set<String> seen = new LinkedHashSet<>();
            for (Object item : items) {
                if (!(item instanceof PyStr s)) {
                    throw Errors.typeError("__slots__ items must be strings, not '%s'", Abstract.typeName(item));
                }
                String n = s.value();
                if (!PyStr.isIdentifier(n)) throw Errors.typeError("__slots__ must be identifiers");
                if (n.equals("__dict__")) {
                    if (addDict || anyHasDict(bases)) throw Errors.typeError("__dict__ slot disallowed: we already got one");
                    addDict = true;
                    continue;
                }
                if (n.equals("__weakref__")) continue;
                String mangled = mangle(className, n);
                if (!seen.add(mangled)) continue;
                if (ns.getItemStr(mangled) != null) {
                    throw Errors.valueError("'%s' in __slots__ conflicts with class variable", n);
                }
                names.add(mangled);
            }
            return new SlotsSpec(true, names, addDict);
        }
    }

    /** Private name mangling: {@code __x} in class {@code _C} becomes {@code _C__x}. */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) return name;
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    /** type(name, bases, ns) without __module__: the calling code's module, as CPython's type_new_set_module. */
    private static void setModuleFromCaller(PyDict dict) {
        if (!(org.ember.interp.Frames.globals() instanceof PyDict globals)) return;
        Object name = globals.getItemStr("__name__");
        if (name != null) dict.setItem(new PyStr("__module__"), name);
    }

    /**
     * The class body's {@code __class__} cell (for zero-argument super()) and
     * {@code __classdict__} cell get the new class and its namespace; neither name stays in
     * the class's dict (type_new_set_classcell / type_new_set_classdictcell).
     */
    private static void fillClassCells(PyType type, PyDict dict) {
        Object classCell = dict.getItemStr("__classcell__");
        if (classCell != null) {
            if (!(classCell instanceof PyCell cell)) {
                throw Errors.typeError("__classcell__ must be a nonlocal cell, not %s", Abstract.repr(Abstract.typeOf(classCell)).value());
            }
            cell.contents = type;
            dict.delItemIfPresent(new PyStr("__classcell__"));
        }
        Object dictCell = dict.getItemStr("__classdictcell__");
        if (dictCell != null) {
            if (!(dictCell instanceof PyCell cell)) {
                throw Errors.typeError("__classdictcell__ must be a nonlocal cell, not %s", Abstract.repr(Abstract.typeOf(dictCell)).value());
            }
            cell.contents = dict;
            dict.delItemIfPresent(new PyStr("__classdictcell__"));
        }
    }

    /** {@code obj.__weakref__}: the oldest live weak reference to obj, or None. */
    private static Object firstWeakRef(Object self) {
        var refs = ThreadState.current().interpreter().weakRefs.refsTo(self);
        return refs.isEmpty() ? PyNone.NONE : refs.get(0).owner();
    }

    private static void fillDict(PyType type, PyDict ns, SlotsSpec slots, PyType solidBase, boolean hasDict) {
        PyDict dict = type.dict();
        for (Object key : ns.keys()) dict.setItem(key, ns.getItem(key));
        if (dict.getItemStr("__module__") == null) setModuleFromCaller(dict);
        fillClassCells(type, dict);
        Object qualname = dict.getItemStr("__qualname__");
        if (qualname != null) {
            if (!(qualname instanceof PyStr q)) {
                throw Errors.typeError("type __qualname__ must be a str, not %s", Abstract.typeName(qualname));
            }
            type.setQualname(q.value());
            dict.delItemIfPresent(new PyStr("__qualname__"));
        }
        // A library class standing for a C type names itself as CPython's tp_name ("datetime.date")
        if (dict.getItemStr("__ember_tp_name__") instanceof PyStr tpName) {
            type.setQualifiedName(tpName.value());
            dict.delItemIfPresent(new PyStr("__ember_tp_name__"));
        }
        int index = solidBase.slotCount();
        for (String slot : slots.names) dict.setItem(new PyStr(slot), new PyMemberDescr(type, slot, index++));
        // a metaclass's instances are classes: type's own __dict__ (the mapping proxy) must stay visible
        if (hasDict && !solidBase.hasDict() && !solidBase.isSubtype(PyType.TYPE) && dict.getItemStr("__dict__") == null) {
            dict.setItem(new PyStr("__dict__"), new PyGetSetDescr(type, "__dict__", TypeFactory::instanceDict, TypeFactory::setInstanceDict));
        }
        if (TypeLayout.weakrefOffset(type) != 0 && TypeLayout.weakrefOffset(solidBase) == 0 && dict.getItemStr("__weakref__") == null) {
            dict.setItem(new PyStr("__weakref__"), new PyGetSetDescr(type, "__weakref__", TypeFactory::firstWeakRef, null));
        }
        wrapImplicitMethod(dict, "__new__", false);
        wrapImplicitMethod(dict, "__init_subclass__", true);
        wrapImplicitMethod(dict, "__class_getitem__", true);
        if (dict.getItemStr("__eq__") != null && dict.getItemStr("__hash__") == null) {
            dict.setItem(new PyStr("__hash__"), PyNone.NONE);
        }
        if (dict.getItemStr("__doc__") == null) dict.setItem(new PyStr("__doc__"), PyNone.NONE);
    }

    private static Object instanceDict(Object self) {
        if (self instanceof PyType t) return new PyMappingProxy(t.dict());   // as type's own __dict__
        PyDict d = self instanceof PyHeapObject h ? h.dict() : self instanceof PyModule m ? m.dict() : null;
        if (d == null) throw Errors.attributeError("'%s' object has no attribute '__dict__'", Abstract.typeName(self));
        return d;
    }

    private static void setInstanceDict(Object self, Object value) {
        if (self instanceof PyType) {   // a class whose metaclass also derives from a plain class: type's rule
            throw Errors.attributeError("attribute '__dict__' of 'type' objects is not writable");
        }
        if (!(self instanceof PyHeapObject)) throw Errors.attributeError("readonly attribute");   // a module's namespace
        if (value == null && self instanceof PyBaseException) {   // as BaseException's own __dict__
            throw Errors.typeError("cannot delete __dict__");
        }
        if (value == null) {   // del obj.__dict__: the instance starts over with an empty namespace
            ((PyHeapObject) self).setDict(new PyDict());
            return;
        }
        if (!(value instanceof PyDict d)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", Abstract.typeName(value));
        }
        ((PyHeapObject) self).setDict(d);
    }

    /** __new__ is implicitly a staticmethod, __init_subclass__/__class_getitem__ classmethods. */
    private static void wrapImplicitMethod(PyDict dict, String name, boolean asClassMethod) {
        Object f = dict.getItemStr(name);
        if (f == null || !isPythonFunction(f)) return;
        dict.setItem(new PyStr(name), asClassMethod ? new PyClassMethod(f) : new PyStaticMethod(f));
    }

    /** A function defined in Python: a method-descriptor type that is not one of the Java descriptors. */
    private static boolean isPythonFunction(Object f) {
        PyType t = Abstract.typeOf(f);
        return t.isMethodDescriptor() && t != PyMethodDescr.TYPE && t != PySlotWrapper.TYPE;
    }

    /** tp_new: a builtin's own when __new__ is inherited from it, else one calling Python's __new__. */
    static Slot.New newSlotFor(PyType type) {
        PyType owner = type.definingType("__new__");
        if (owner != null && !owner.isHeapType()) return owner.newInstance;
        return (t, args, off, n, kw) -> {
            Object f = t.lookup("__new__");
            if (f instanceof PyStaticMethod s) {
                f = s.callable();
            } else if (Abstract.typeOf(f).descrGet != null) {
                // CPython's slot_tp_new takes type.__new__ as an attribute: a classmethod binds, a function stays
                f = Abstract.typeOf(f).descrGet.apply(f, null, t);
            }
            Object[] withType = new Object[n + 1];
            withType[0] = t;
            System.arraycopy(args, off, withType, 1, n);
            return Abstract.call(f, withType, 0, n + 1, kw);
        };
    }

    private static void callSetName(PyType type) {
        for (Object key : type.dict().keys()) {
            Object value = type.dict().getItem(key);
            if (value == null) continue;
            Object setName = Abstract.typeOf(value).lookup("__set_name__");
            if (setName == null) continue;
            try {
                Abstract.callMethod(setName, value, type, key);
            } catch (PyException e) {
                Abstract.invoke(e.value, "add_note", new PyStr("Error calling __set_name__ on '"
                        + Abstract.typeName(value) + "' instance " + Abstract.repr(key).value() + " in '" + type.name() + "'"));
                throw e;
            }
        }
    }

    /** {@code super(type, type).__init_subclass__(**kwargs)}. */
    private static void initSubclass(PyType type, PyDict kwargs) {
        PyType[] mro = type.mro();
        for (int i = 1; i < mro.length; i++) {
            Object f = mro[i].dict().getItemStr("__init_subclass__");
            if (f == null) continue;
            Slot.Ternary get = Abstract.typeOf(f).descrGet;
            Object bound = get != null ? get.apply(f, null, type) : f;
            int n = kwargs.size();
            Object[] args = new Object[n];
            Object[] names = new Object[n];
            int k = 0;
            for (Object key : kwargs.keys()) {
                names[k] = key;
                args[k++] = kwargs.getItem(key);
            }
            if (n > 0 && mro[i] == PyType.OBJECT) {
                throw Errors.typeError("%s.__init_subclass__() takes no keyword arguments", type.name());
            }
            Abstract.call(bound, args, 0, n, n == 0 ? null : PyTuple.of(names));
            return;
        }
    }

    /** {@code cls.__bases__ = value}. */
    static void setBases(PyType type, Object value) {
        if (!(value instanceof PyTuple tuple)) {
            throw Errors.typeError("can only assign tuple to %s.__bases__, not %s", type.name(), Abstract.typeName(value));
        }
        if (tuple.size() == 0) {
            throw Errors.typeError("can only assign non-empty tuple to %s.__bases__, not ()", type.name());
        }
        PyType[] bases = checkBases(tuple);
        for (PyType b : bases) {
            if (b.isSubtype(type)) throw Errors.typeError("a __bases__ item causes an inheritance cycle");
        }
        PyType solid = solidBaseOf(bases);
        if (solid(solid) != solid(type.base())) {
            throw Errors.typeError("__bases__ assignment: '%s' deallocator differs from '%s'", solid.name(), type.base().name());
        }
        type.setBasesAndMro(tuple, linearize(type, bases));
    }

    /**
     * A metaclass that overrides {@code mro()} decides the new class's MRO (CPython's
     * mro_internal): called once the class namespace is filled; every entry must be a class
     * whose layout the new class can extend. (Not yet redone on {@code __bases__} assignment.)
     */
    private static void applyCustomMro(PyType type) {
        PyType meta = type.type();
        if (meta == PyType.TYPE) return;
        Object method = meta.lookup("mro");
        if (method == null || method == PyType.TYPE.lookup("mro")) return;
        Object result = Abstract.callMethod(method, type);
        List<PyType> entries = new ArrayList<>();
        Object it = Abstract.getIter(result);
        for (Object entry = Abstract.next(it); entry != null; entry = Abstract.next(it)) {
            if (!(entry instanceof PyType cls)) {
                throw Errors.typeError("mro() returned a non-class ('%s')", Abstract.typeName(entry));
            }
            if (!solid(type.base()).isSubtype(solid(cls))) {
                throw Errors.typeError("mro() returned base with unsuitable layout ('%s')", cls.name());
            }
            entries.add(cls);
        }
        type.setBasesAndMroInitial(entries.toArray(new PyType[0]));
        type.modified();   // lookups made by mro() itself used the default order
    }

    // ---- C3 linearization ----

    public static PyType[] linearize(PyType type, PyTuple bases) {
        PyType[] b = new PyType[bases.size()];
        for (int i = 0; i < b.length; i++) b[i] = (PyType) bases.get(i);
        return linearize(type, b);
    }

    /** The C3 MRO of a type with these bases, or CPython's TypeError when none exists. */
    public static PyType[] linearize(PyType type, PyType[] bases) {
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType b : bases) sequences.add(new ArrayList<>(List.of(b.mro())));
        sequences.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) return result.toArray(new PyType[0]);
            PyType next = null;
            for (List<PyType> seq : sequences) {
                PyType candidate = seq.get(0);
                if (!inAnyTail(candidate, sequences)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) throw mroConflict(sequences);
            result.add(next);
            for (List<PyType> seq : sequences) if (seq.get(0) == next) seq.remove(0);
        }
    }

    private static boolean inAnyTail(PyType candidate, List<List<PyType>> sequences) {
        for (List<PyType> seq : sequences) {
            if (seq.indexOf(candidate) > 0) return true;
        }
        return false;
    }

    /** "Cannot create a consistent method resolution order (MRO) for bases A, B": the remaining heads. */
    private static PyException mroConflict(List<List<PyType>> sequences) {
        Set<String> names = new LinkedHashSet<>();
        for (List<PyType> seq : sequences) names.add(seq.get(0).name());
        return Errors.typeError("Cannot create a consistent method resolution order (MRO) for bases %s",
                String.join(", ", names));
    }
}
