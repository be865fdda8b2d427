package org.ember.interp;

import static org.ember.bytecode.Opcode.*;

import org.ember.bytecode.Oparg;
import org.ember.runtime.Abstract;
import org.ember.runtime.PyBaseObject;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBoundMethod;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyFrozenSet;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyHeapObject;
import org.ember.runtime.PyInt;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.PyList;
import org.ember.runtime.PyMemberDescr;
import org.ember.runtime.PyMethodDescr;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyProperty;
import org.ember.runtime.PySet;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.SharedKeys;

/**
 * The specializer (PEP 659): called when an adaptive counter runs out, it looks at the operands
 * of one instruction of the current thread's code copy and rewrites the instruction into the
 * specialized member of its family that fits them, with its guard record in {@code refs[cache]}
 * and the cool-down in the counter, or restores the family head with an exponential backoff
 * (the reason is counted in {@link SpecStats}).
 *
 * <p>Only the owning thread ever writes a copy (per-thread bytecode), so there is no locking here.
 * Guards are taken from the state the operands are in now; every specialized form re-checks them
 * on each execution ({@link Specialized}) and falls back to the generic path when they fail.
 */
final class Specializer {
    private Specializer() {}

    // ---- rewriting ---------------------------------------------------------------------------------

    /** Installs {@code form} with its guard; the counter gets the cool-down. */
    private static void specialize(Frame f, int cache, int family, int form, Object guard) {
        f.copy.refs[cache] = guard;
        char[] code = f.units;
        code[cache - 1] = (char) (code[cache - 1] & 0xFF00 | form);
        code[cache] = (char) Adaptive.COOLDOWN;
        if (SpecStats.ENABLED) SpecStats.success(family);
    }

    /** Restores the family head with a backed-off counter. */
    private static void fail(Frame f, int cache, int family, String reason) {
        char[] code = f.units;
        int current = code[cache - 1] & 0xFF;
        if (SpecStats.ENABLED) {
            SpecStats.failure(family, reason);
            if (current != family) SpecStats.deopt(current);
        }
        code[cache - 1] = (char) (code[cache - 1] & 0xFF00 | family);
        code[cache] = Adaptive.backoff(code[cache]);
        f.copy.refs[cache] = null;
    }

    private static boolean attempt(Frame f, int family) {
        if (!f.copy.adaptive) return false;
        if (SpecStats.ENABLED) SpecStats.attempt(family);
        return true;
    }

    // ---- LOAD_GLOBAL -------------------------------------------------------------------------------

    static void loadGlobal(Frame f, int cache, int oparg) {
        if (!attempt(f, LOAD_GLOBAL)) return;
        String name = f.code.names[oparg >> 1].value();
        PyDict globals = f.globals, builtins = f.builtins;
        if (globals.mappingOwner != null || (builtins != null && builtins.mappingOwner != null)) {
            fail(f, cache, LOAD_GLOBAL, "dict subclass namespace"); return;
        }
        int globalsVersion = globals.keysVersion();
        int index = globals.entryIndexStr(name);
        if (index >= 0) {
            if (globals.keysVersionIfValid() != globalsVersion) { fail(f, cache, LOAD_GLOBAL, "globals changed"); return; }
            specialize(f, cache, LOAD_GLOBAL, LOAD_GLOBAL_MODULE, new Guards.Global(globalsVersion, 0, index));
            return;
        }
        if (builtins == null) { fail(f, cache, LOAD_GLOBAL, "no builtins"); return; }
        int builtinsVersion = builtins.keysVersion();
        index = builtins.entryIndexStr(name);
        if (index < 0) { fail(f, cache, LOAD_GLOBAL, "name not found"); return; }
        if (globals.keysVersionIfValid() != globalsVersion || builtins.keysVersionIfValid() != builtinsVersion) {
            fail(f, cache, LOAD_GLOBAL, "globals changed");
            return;
        }
        specialize(f, cache, LOAD_GLOBAL, LOAD_GLOBAL_BUILTIN, new Guards.Global(globalsVersion, builtinsVersion, index));
    }

    // ---- LOAD_ATTR ---------------------------------------------------------------------------------

    static void loadAttr(Frame f, int cache, Object owner, int oparg) {
        if (!attempt(f, LOAD_ATTR)) return;
        String name = f.code.names[oparg >> 1].value();
        boolean method = (oparg & 1) != 0;
        String reason;
        if (owner instanceof PyModule m) reason = loadAttrModule(f, cache, m, name);
        else if (owner instanceof PyType t) reason = loadAttrClass(f, cache, t, name);
        else reason = loadAttrInstance(f, cache, owner, name, method);
        if (reason != null) fail(f, cache, LOAD_ATTR, reason);
    }

    private static String loadAttrModule(Frame f, int cache, PyModule m, String name) {
        if (m.type() != PyModule.TYPE) return "module subclass";
        if (PyModule.TYPE.lookup(name) != null) return "module attribute is a module type attribute";
        PyDict dict = m.dict();
        int version = dict.keysVersion();
        int index = dict.entryIndexStr(name);
        if (index < 0) return "module attribute not found";
        if (dict.keysVersionIfValid() != version) return "module changed";
        specialize(f, cache, LOAD_ATTR, LOAD_ATTR_MODULE, new Guards.ModuleAttr(version, index));
        return null;
    }

    private static String loadAttrClass(Frame f, int cache, PyType owner, String name) {
        PyType meta = owner.type();
        if (meta.getattro != PyType.TYPE.getattro) return "metaclass overrides __getattribute__";
        int metaVersion = meta.version();
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null) return "attribute also on the metaclass";
        int version = owner.version();
        Object attr = owner.lookup(name);
        if (attr == null) return "class attribute not found";
        PyType attrType = Abstract.typeOf(attr);
        if (attrType.descrGet != null && !(attr instanceof PyFunction)) return "class attribute is a descriptor";
        int form = meta == PyType.TYPE ? LOAD_ATTR_CLASS : LOAD_ATTR_CLASS_WITH_METACLASS_CHECK;
        // keysSize holds the metaclass version for the metaclass check
        specialize(f, cache, LOAD_ATTR, form, new Guards.Attr(owner, version, metaVersion, 0, attr));
        return null;
    }

    private static String loadAttrInstance(Frame f, int cache, Object owner, String name, boolean method) {
        PyType type = Abstract.typeOf(owner);
        if (type.getattro != PyBaseObject.GETATTRO) return loadAttrGetattributeOverridden(f, cache, type);
        int version = type.version();
        Object descr = type.lookup(name);
        PyType descrType = descr == null ? null : Abstract.typeOf(descr);
        boolean dataDescriptor = descrType != null && descrType.descrGet != null && descrType.descrSet != null;
        if (dataDescriptor) return loadAttrDataDescriptor(f, cache, owner, type, version, descr, method);
        if (owner instanceof PyHeapObject h && type.hasDict()) {
            return loadAttrWithValues(f, cache, h, type, version, name, descr, descrType, method);
        }
        if (owner instanceof PyModule || owner instanceof PyFunction || owner instanceof PyType) return "owner has a dict";
        if (descr == null) return "attribute not found on the type";
        if (method && descrType.isMethodDescriptor()) {
            specialize(f, cache, LOAD_ATTR, LOAD_ATTR_METHOD_NO_DICT, new Guards.Attr(type, version, 0, 0, descr));
            return null;
        }
        if (descrType.descrGet == null) {
            specialize(f, cache, LOAD_ATTR, LOAD_ATTR_NONDESCRIPTOR_NO_DICT, new Guards.Attr(type, version, 0, 0, descr));
            return null;
        }
        return "non-data descriptor on an instance without dict";
    }

    /**
     * LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN: a Python class whose {@code __getattribute__} is a plain
     * Python function taking (self, name), with no {@code __getattr__} (whose fallback the form
     * would skip): the function is called directly.
     */
    private static String loadAttrGetattributeOverridden(Frame f, int cache, PyType type) {
        if (!type.isHeapType()) return "builtin type with its own __getattribute__";
        int version = type.version();
        if (type.lookup("__getattr__") != null) return "type defines __getattr__";
        if (!(type.lookup("__getattribute__") instanceof PyFunction getattribute)) {
            return "__getattribute__ is not a Python function";
        }
        if (!isSimple(getattribute.code, 2)) return "__getattribute__ does not take exactly (self, name)";
        specialize(f, cache, LOAD_ATTR, LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN, new Guards.Attr(type, version, 0, 0, getattribute));
        return null;
    }

    /** A {@code __slots__} member of the owner's class (its layout, so its index fits the owner). */
    private static boolean isOwnSlot(Object owner, PyType type, Object descr) {
        return descr instanceof PyMemberDescr m && m.isSlot() && owner instanceof PyHeapObject && type.isSubtype(m.owner());
    }

    private static String loadAttrDataDescriptor(Frame f, int cache, Object owner, PyType type, int version, Object descr,
                                                 boolean method) {
        if (isOwnSlot(owner, type, descr)) {
            specialize(f, cache, LOAD_ATTR, LOAD_ATTR_SLOT, new Guards.Attr(type, version, ((PyMemberDescr) descr).index(), 0, null));
            return null;
        }
        if (descr instanceof PyProperty p) {
            if (method) return "property in a method call";
            if (!(p.fget() instanceof PyFunction getter) || !isSimple(getter.code, 1)) {
                return "attribute is a property with a non-Python getter";
            }
            specialize(f, cache, LOAD_ATTR, LOAD_ATTR_PROPERTY, new Guards.Property(type, version, p, getter, null));
            return null;
        }
        return "attribute is a data descriptor";
    }

    /**
     * The guard LOAD_ATTR_INSTANCE_VALUE (method false) or LOAD_ATTR_METHOD_WITH_VALUES (method
     * true) needs for this owner, or null when that form does not fit it. Used to grow a
     * polymorphic chain on a miss ({@link Specialized}).
     */
    static Guards.Attr instanceGuard(Object owner, String name, boolean method, Guards.Attr next) {
        if (!(owner instanceof PyHeapObject h)) return null;
        PyType type = h.type();
        if (type.getattro != PyBaseObject.GETATTRO || !type.hasDict() || h.dictMaterialized()) return null;
        SharedKeys keys = type.sharedKeys();
        if (keys == null) return null;
        int version = type.version();
        Object descr = type.lookup(name);
        PyType descrType = descr == null ? null : Abstract.typeOf(descr);
        if (descrType != null && descrType.descrGet != null && descrType.descrSet != null) return null;
        int index = keys.indexOf(name);
        if (!method) {
            return index >= 0 && h.valueAt(index) != null ? new Guards.Attr(type, version, index, 0, null, next) : null;
        }
        if (index >= 0 || descrType == null || !descrType.isMethodDescriptor()) return null;
        return new Guards.Attr(type, version, 0, keys.size(), descr, next);
    }

    /** The guard LOAD_ATTR_PROPERTY needs for this owner (chained before {@code next}), or null. */
    static Guards.Property propertyGuard(Object owner, String name, Guards.Property next) {
        PyType type = Abstract.typeOf(owner);
        if (type.getattro != PyBaseObject.GETATTRO) return null;
        int version = type.version();
        if (!(type.lookup(name) instanceof PyProperty p) || !(p.fget() instanceof PyFunction getter)
                || !isSimple(getter.code, 1)) {
            return null;
        }
        return new Guards.Property(type, version, p, getter, next);
    }

    /** The guard STORE_ATTR_INSTANCE_VALUE needs for this owner, or null. */
    static Guards.Attr storeGuard(Object owner, String name, Guards.Attr next) {
        if (!(owner instanceof PyHeapObject h)) return null;
        PyType type = h.type();
        if (type.setattro != PyBaseObject.SETATTRO || !type.hasDict() || h.dictMaterialized()) return null;
        int version = type.version();
        Object descr = type.lookup(name);
        if (descr != null && Abstract.typeOf(descr).descrSet != null) return null;
        SharedKeys keys = type.sharedKeys();
        int index = keys == null ? -1 : keys.indexOf(name);
        return index < 0 ? null : new Guards.Attr(type, version, index, 0, null, next);
    }

    private static String loadAttrWithValues(Frame f, int cache, PyHeapObject h, PyType type, int version, String name,
                                             Object descr, PyType descrType, boolean method) {
        if (h.dictMaterialized()) return loadAttrFromDict(f, cache, h, type, version, name, descr, descrType, method);
        SharedKeys keys = type.sharedKeys();
        if (keys == null) return "no shared keys";
        int index = keys.indexOf(name);
        if (index >= 0 && h.valueAt(index) != null) {
            specialize(f, cache, LOAD_ATTR, LOAD_ATTR_INSTANCE_VALUE, new Guards.Attr(type, version, index, 0, null));
            return null;
        }
        if (index >= 0) return "shared key present but instance lacks the value";
        if (descr == null) return "attribute not found";
        int keysSize = keys.size();
        if (method && descrType.isMethodDescriptor()) {
            specialize(f, cache, LOAD_ATTR, LOAD_ATTR_METHOD_WITH_VALUES, new Guards.Attr(type, version, 0, keysSize, descr));
            return null;
        }
        if (descrType.descrGet == null) {
            specialize(f, cache, LOAD_ATTR, LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES, new Guards.Attr(type, version, 0, keysSize, descr));
            return null;
        }
        return method ? "method is not a method descriptor" : "method loaded as an attribute (bound method)";
    }

    /**
     * An instance whose attributes moved into a real dict ({@code __dict__} was asked for, or
     * the shared keys were full): LOAD_ATTR_WITH_HINT when the name is in that dict (its entry
     * index is the hint), LOAD_ATTR_METHOD_LAZY_DICT for a method the instance does not shadow.
     */
    private static String loadAttrFromDict(Frame f, int cache, PyHeapObject h, PyType type, int version, String name,
                                           Object descr, PyType descrType, boolean method) {
        PyDict dict = h.dictIfMaterialized();
        int hint = dict.entryIndexStr(name);
        if (hint >= 0) {
            specialize(f, cache, LOAD_ATTR, LOAD_ATTR_WITH_HINT, new Guards.Hint(type, version, hint));
            return null;
        }
        if (descr == null) return "attribute not found";
        if (method && descrType.isMethodDescriptor()) {
            specialize(f, cache, LOAD_ATTR, LOAD_ATTR_METHOD_LAZY_DICT, new Guards.Attr(type, version, 0, 0, descr));
            return null;
        }
        return "class attribute loaded from an instance with a materialized __dict__";
    }

    // ---- STORE_ATTR --------------------------------------------------------------------------------

    static void storeAttr(Frame f, int cache, Object owner, int oparg) {
        if (!attempt(f, STORE_ATTR)) return;
        String reason = storeAttrReason(f, cache, owner, f.code.names[oparg].value());
        if (reason != null) fail(f, cache, STORE_ATTR, reason);
    }

    private static String storeAttrReason(Frame f, int cache, Object owner, String name) {
        if (!(owner instanceof PyHeapObject h)) return "owner is not an instance of a Python class";
        PyType type = h.type();
        if (type.setattro != PyBaseObject.SETATTRO) return "type overrides __setattr__";
        int version = type.version();
        Object descr = type.lookup(name);
        if (isOwnSlot(owner, type, descr)) {
            specialize(f, cache, STORE_ATTR, STORE_ATTR_SLOT, new Guards.Attr(type, version, ((PyMemberDescr) descr).index(), 0, null));
            return null;
        }
        if (descr != null && Abstract.typeOf(descr).descrSet != null) return "attribute is a data descriptor";
        if (!type.hasDict()) return "instances have no __dict__";
        if (h.dictMaterialized()) {
            int hint = h.dictIfMaterialized().entryIndexStr(name);
            if (hint < 0) return "name not in the instance's materialized __dict__ yet";
            specialize(f, cache, STORE_ATTR, STORE_ATTR_WITH_HINT, new Guards.Hint(type, version, hint));
            return null;
        }
        SharedKeys keys = type.sharedKeys();
        int index = keys == null ? -1 : keys.indexOf(name);
        if (index < 0) return "name not in the shared keys yet";
        specialize(f, cache, STORE_ATTR, STORE_ATTR_INSTANCE_VALUE, new Guards.Attr(type, version, index, 0, null));
        return null;
    }

    // ---- BINARY_OP ---------------------------------------------------------------------------------

    static void binaryOp(Frame f, int cache, Object left, Object right, int nb) {
        if (!attempt(f, BINARY_OP)) return;
        int form = binaryForm(left, right, nb);
        if (form >= 0) {
            specialize(f, cache, BINARY_OP, form, null);
            return;
        }
        Guards.Attr getitem = nb == Oparg.NB_SUBSCR ? getitemGuard(left) : null;
        if (getitem != null) {
            specialize(f, cache, BINARY_OP, BINARY_OP_SUBSCR_GETITEM, getitem);
            return;
        }
        Guards.Extend extend = extendGuard(left, right, nb);
        if (extend != null) specialize(f, cache, BINARY_OP, BINARY_OP_EXTEND, extend);
        else fail(f, cache, BINARY_OP, binaryFailure(left, right, nb));
    }

    /** BINARY_OP_SUBSCR_GETITEM: the container's Python class defines __getitem__(self, key) as a plain function. */
    private static Guards.Attr getitemGuard(Object container) {
        PyType type = Abstract.typeOf(container);
        if (!type.isHeapType()) return null;
        int version = type.version();
        if (!(type.lookup("__getitem__") instanceof PyFunction getitem) || !isSimple(getitem.code, 2)) return null;
        return new Guards.Attr(type, version, 0, 0, getitem);
    }

    /** Java classes that stand for exactly one builtin type, whose slots therefore never change. */
    private static boolean isExactBuiltin(Class<?> c) {
        return c == PyInt.class || c == PyFloat.class || c == PyStr.class || c == PyList.class || c == PyTuple.class
                || c == PyDict.class || c == PySet.class || c == PyFrozenSet.class;
    }

    /**
     * BINARY_OP_EXTEND: any other operator on two exact builtin operands (int % int, float / int,
     * str % tuple, ...): the type slots Abstract.binaryOp would try, cached in call order. Neither
     * class can be a subclass of the other, so the left operand's slot goes first.
     */
    private static Guards.Extend extendGuard(Object left, Object right, int nb) {
        Class<?> lc = left.getClass(), rc = right.getClass();
        if (!isExactBuiltin(lc) || !isExactBuiltin(rc) || nb == Oparg.NB_SUBSCR) return null;
        int op = Oparg.isInplace(nb) ? nb - Oparg.NB_INPLACE_OFFSET : nb;
        if (op == Oparg.NB_POWER) {
            // power has its own ternary slot: no slots cached, the form calls Abstract.power
            return lc == rc && (lc == PyInt.class || lc == PyFloat.class) ? new Guards.Extend(lc, rc, null, null) : null;
        }
        PyType lt = Abstract.typeOf(left), rt = Abstract.typeOf(right);
        if (Oparg.isInplace(nb) && lt.inplace[op] != null) return null;
        var first = lt.binary[op];
        var second = rt == lt ? null : rt.binary[op];
        if (second == first) second = null;
        if (first == null && second == null) return null;
        return new Guards.Extend(lc, rc, first, second);
    }

    private static int binaryForm(Object left, Object right, int nb) {
        Class<?> lc = left.getClass(), rc = right.getClass();
        if (nb == Oparg.NB_SUBSCR) {
            if (rc == PyInt.class) {
                if (lc == PyList.class) return BINARY_OP_SUBSCR_LIST_INT;
                if (lc == PyTuple.class) return BINARY_OP_SUBSCR_TUPLE_INT;
                if (lc == PyStr.class) return BINARY_OP_SUBSCR_STR_INT;
            }
            if (lc == PyDict.class) return BINARY_OP_SUBSCR_DICT;
            if (lc == PyList.class && rc == org.ember.runtime.PySlice.class) return BINARY_OP_SUBSCR_LIST_SLICE;
            return -1;
        }
        int op = Oparg.isInplace(nb) ? nb - Oparg.NB_INPLACE_OFFSET : nb;
        if (lc == PyInt.class && rc == PyInt.class) {
            return switch (op) {
                case Oparg.NB_ADD -> BINARY_OP_ADD_INT;
                case Oparg.NB_SUBTRACT -> BINARY_OP_SUBTRACT_INT;
                case Oparg.NB_MULTIPLY -> BINARY_OP_MULTIPLY_INT;
                default -> -1;
            };
        }
        if (lc == PyFloat.class && rc == PyFloat.class) {
            return switch (op) {
                case Oparg.NB_ADD -> BINARY_OP_ADD_FLOAT;
                case Oparg.NB_SUBTRACT -> BINARY_OP_SUBTRACT_FLOAT;
                case Oparg.NB_MULTIPLY -> BINARY_OP_MULTIPLY_FLOAT;
                default -> -1;
            };
        }
        if (lc == PyStr.class && rc == PyStr.class && op == Oparg.NB_ADD) {
            return nb == Oparg.NB_INPLACE_ADD ? BINARY_OP_INPLACE_ADD_UNICODE : BINARY_OP_ADD_UNICODE;
        }
        return -1;
    }

    private static String binaryFailure(Object left, Object right, int nb) {
        return (nb == Oparg.NB_SUBSCR ? "subscript " : "operator " + Oparg.NB_NAMES.get(nb) + " ")
                + Abstract.typeName(left) + ", " + Abstract.typeName(right);
    }

    // ---- COMPARE_OP, CONTAINS_OP, TO_BOOL -----------------------------------------------------------

    static void compareOp(Frame f, int cache, Object left, Object right, int oparg) {
        if (!attempt(f, COMPARE_OP)) return;
        Class<?> lc = left.getClass(), rc = right.getClass();
        int op = oparg >> 5;
        if (lc == PyInt.class && rc == PyInt.class) specialize(f, cache, COMPARE_OP, COMPARE_OP_INT, null);
        else if (lc == PyFloat.class && rc == PyFloat.class) specialize(f, cache, COMPARE_OP, COMPARE_OP_FLOAT, null);
        else if (lc == PyStr.class && rc == PyStr.class && (op == 2 || op == 3)) {
            specialize(f, cache, COMPARE_OP, COMPARE_OP_STR, null);
        } else {
            fail(f, cache, COMPARE_OP, "compare " + Abstract.typeName(left) + ", " + Abstract.typeName(right));
        }
    }

    static void containsOp(Frame f, int cache, Object container) {
        if (!attempt(f, CONTAINS_OP)) return;
        Class<?> c = container.getClass();
        if (c == PyDict.class) specialize(f, cache, CONTAINS_OP, CONTAINS_OP_DICT, null);
        else if (c == PySet.class || c == PyFrozenSet.class) specialize(f, cache, CONTAINS_OP, CONTAINS_OP_SET, null);
        else fail(f, cache, CONTAINS_OP, "container is " + Abstract.typeName(container));
    }

    static void toBool(Frame f, int cache, Object value) {
        if (!attempt(f, TO_BOOL)) return;
        Class<?> c = value.getClass();
        if (c == PyBool.class) specialize(f, cache, TO_BOOL, TO_BOOL_BOOL, null);
        else if (c == PyInt.class) specialize(f, cache, TO_BOOL, TO_BOOL_INT, null);
        else if (c == PyList.class) specialize(f, cache, TO_BOOL, TO_BOOL_LIST, null);
        else if (value == PyNone.NONE) specialize(f, cache, TO_BOOL, TO_BOOL_NONE, null);
        else if (c == PyStr.class) specialize(f, cache, TO_BOOL, TO_BOOL_STR, null);
        else if (value instanceof PyHeapObject h && h.type().isHeapType() && h.type().lookup("__bool__") == null
                && h.type().lookup("__len__") == null) {
            int version = h.type().version();
            if (h.type().lookup("__bool__") == null && h.type().lookup("__len__") == null) {
                specialize(f, cache, TO_BOOL, TO_BOOL_ALWAYS_TRUE, new Guards.Attr(h.type(), version, 0, 0, null));
            }
        } else {
            fail(f, cache, TO_BOOL, "truth of " + Abstract.typeName(value));
        }
    }

    // ---- FOR_ITER ----------------------------------------------------------------------------------

    static void forIter(Frame f, int cache, Object iterator) {
        if (!attempt(f, FOR_ITER)) return;
        PyType t = Abstract.typeOf(iterator);
        int form = t == org.ember.runtime.PyListIterator.LIST_TYPE ? FOR_ITER_LIST
                : t == org.ember.runtime.PyListIterator.TUPLE_TYPE ? FOR_ITER_TUPLE
                : t == org.ember.runtime.PyRange.Iter.TYPE ? FOR_ITER_RANGE
                : t == org.ember.runtime.PyGenerator.TYPE ? FOR_ITER_GEN : -1;
        if (form < 0) fail(f, cache, FOR_ITER, "iterating over " + t.name());
        else specialize(f, cache, FOR_ITER, form, t);
    }

    // ---- UNPACK_SEQUENCE, STORE_SUBSCR ----------------------------------------------------------------

    static void unpackSequence(Frame f, int cache, Object seq, int count) {
        if (!attempt(f, UNPACK_SEQUENCE)) return;
        if (seq instanceof PyTuple t && t.size() == count) {
            specialize(f, cache, UNPACK_SEQUENCE, count == 2 ? UNPACK_SEQUENCE_TWO_TUPLE : UNPACK_SEQUENCE_TUPLE, null);
        } else if (seq.getClass() == PyList.class && ((PyList) seq).size() == count) {
            specialize(f, cache, UNPACK_SEQUENCE, UNPACK_SEQUENCE_LIST, null);
        } else {
            fail(f, cache, UNPACK_SEQUENCE, "unpacking " + Abstract.typeName(seq));
        }
    }

    static void storeSubscr(Frame f, int cache, Object container, Object key) {
        if (!attempt(f, STORE_SUBSCR)) return;
        if (container.getClass() == PyList.class && key.getClass() == PyInt.class) {
            specialize(f, cache, STORE_SUBSCR, STORE_SUBSCR_LIST_INT, null);
        } else if (container.getClass() == PyDict.class) {
            specialize(f, cache, STORE_SUBSCR, STORE_SUBSCR_DICT, null);
        } else {
            fail(f, cache, STORE_SUBSCR, "storing into " + Abstract.typeName(container));
        }
    }

    // ---- CALL --------------------------------------------------------------------------------------

    /** True when {@code code} binds exactly {@code nargs} positional arguments by copying them. */
    static boolean isSimple(PyCode code, int nargs) {
        int flags = code.flags();
        return code.raw.argCount() == nargs && code.raw.kwOnlyArgCount() == 0
                && (flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0 && !code.isGeneratorLike();
    }

    static void call(Frame f, int cache, Object callable, Object selfOrNull, int nargs) {
        if (!attempt(f, CALL)) return;
        int total = nargs + (selfOrNull != null ? 1 : 0);
        if (callable instanceof PyFunction fn) {
            boolean exact = isSimple(fn.code, total);
            specialize(f, cache, CALL, exact ? CALL_PY_EXACT_ARGS : CALL_PY_GENERAL, new Guards.PyCall(fn.code, total, null));
        } else if (callable instanceof PyBoundMethod bm && selfOrNull == null && bm.function() instanceof PyFunction fn) {
            boolean exact = isSimple(fn.code, nargs + 1);
            specialize(f, cache, CALL, exact ? CALL_BOUND_METHOD_EXACT_ARGS : CALL_BOUND_METHOD_GENERAL,
                    new Guards.PyCall(fn.code, nargs + 1, null));
        } else if (callable == PyType.TYPE && nargs == 1 && selfOrNull == null) {
            specialize(f, cache, CALL, CALL_TYPE_1, null);
        } else if ((callable == PyStr.TYPE || callable == PyTuple.TYPE) && nargs == 1 && selfOrNull == null) {
            specialize(f, cache, CALL, callable == PyStr.TYPE ? CALL_STR_1 : CALL_TUPLE_1, null);
        } else if (callable instanceof PyBuiltinFunction b) {
            int form = builtinForm(f, b, nargs, selfOrNull);
            specialize(f, cache, CALL, form, new Guards.Target(b));
        } else if (callable instanceof PyMethodDescr d && total >= 1) {
            specialize(f, cache, CALL, methodDescriptorForm(d, selfOrNull, nargs, total), new Guards.Target(d));
        } else if (callable instanceof PyType t && selfOrNull == null && !t.isHeapType()) {
            specialize(f, cache, CALL, CALL_BUILTIN_CLASS, new Guards.Target(t)); // int(x), str(x), list(...)
        } else if (callable instanceof PyType t && selfOrNull == null) {
            String reason = allocAndEnterInit(f, cache, t, nargs);
            if (reason != null) fail(f, cache, CALL, reason);
        } else {
            specialize(f, cache, CALL, CALL_NON_PY_GENERAL, null);
        }
    }

    // ---- CALL_KW, LOAD_SUPER_ATTR, SEND -----------------------------------------------------------

    static void callKw(Frame f, int cache, Object callable, Object selfOrNull) {
        if (!attempt(f, CALL_KW)) return;
        if (callable instanceof PyFunction) specialize(f, cache, CALL_KW, CALL_KW_PY, null);
        else if (callable instanceof PyBoundMethod bm && selfOrNull == null && bm.function() instanceof PyFunction) {
            specialize(f, cache, CALL_KW, CALL_KW_BOUND_METHOD, null);
        } else if (!(callable instanceof PyBoundMethod)) specialize(f, cache, CALL_KW, CALL_KW_NON_PY, null);
        else fail(f, cache, CALL_KW, "bound method of a non-Python function");
    }

    static void loadSuperAttr(Frame f, int cache, Object globalSuper, Object cls, Object self, int oparg) {
        if (!attempt(f, LOAD_SUPER_ATTR)) return;
        String name = f.code.names[oparg >> 2].value();
        Guards.Super guard;
        if (globalSuper != org.ember.runtime.PySuper.TYPE) fail(f, cache, LOAD_SUPER_ATTR, "super is not the builtin super");
        else if (!(cls instanceof PyType thisClass)) fail(f, cache, LOAD_SUPER_ATTR, "class argument is not a class");
        else if (self instanceof PyType) fail(f, cache, LOAD_SUPER_ATTR, "super() in a class method (the object is a class)");
        else if ((guard = superGuard(thisClass, self, name, null)) == null) {
            fail(f, cache, LOAD_SUPER_ATTR, "attribute not found after the class in the MRO, or __class__");
        } else specialize(f, cache, LOAD_SUPER_ATTR, (oparg & 1) != 0 ? LOAD_SUPER_ATTR_METHOD : LOAD_SUPER_ATTR_ATTR, guard);
    }

    /**
     * The guard for {@code super(thisClass, self).name} on objects of self's exact type: the raw
     * attribute found after thisClass in that type's MRO, or null when the form does not fit
     * (not found there: the super object's own attributes or an error come from the generic path).
     */
    static Guards.Super superGuard(PyType thisClass, Object self, String name, Guards.Super next) {
        if (self == null || name.equals("__class__") || self instanceof PyType) return null;
        PyType objType = Abstract.typeOf(self);
        int version = objType.version();
        PyType[] mro = objType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != thisClass) i++;
        if (i == mro.length) return null; // not an instance of thisClass: the generic path raises
        for (i++; i < mro.length; i++) {
            Object found = mro[i].dict().getItemStr(name);
            if (found != null) return new Guards.Super(thisClass, objType, version, found, next);
        }
        return null;
    }

    /**
     * JUMP_BACKWARD specializes on its first execution (CPython 3.14's rule, no warm-up): to
     * JUMP_BACKWARD_JIT, which counts the loop's back edges in its counter so that a tier 2 can
     * find hot loops ({@code -X jit}), or by default to JUMP_BACKWARD_NO_JIT, a plain jump, as
     * CPython's default build. The counter keeps its initial value (4095, backoff 12).
     */
    static void jumpBackward(Frame f, int cache) {
        if (!attempt(f, JUMP_BACKWARD)) return;
        int form = HotLoops.counting(f) ? JUMP_BACKWARD_JIT : JUMP_BACKWARD_NO_JIT;
        char[] code = f.units;
        code[cache - 1] = (char) (code[cache - 1] & 0xFF00 | form);
        if (SpecStats.ENABLED) SpecStats.success(JUMP_BACKWARD);
    }

    static void send(Frame f, int cache, Object receiver) {
        if (!attempt(f, SEND)) return;
        if (receiver instanceof org.ember.runtime.PyGenerator) specialize(f, cache, SEND, SEND_GEN, null);
        else fail(f, cache, SEND, "receiver is " + Abstract.typeName(receiver));
    }

    /** CALL_ALLOC_AND_ENTER_INIT: a plain Python class (object.__new__) with a simple Python __init__. */
    private static String allocAndEnterInit(Frame f, int cache, PyType t, int nargs) {
        if (!t.isHeapType() || t.type() != PyType.TYPE) return "class is not a plain Python class";
        int version = t.version();
        if (t.newInstance != PyBaseObject.NEW || t.javaClass() != org.ember.runtime.PyObject.class
                || (t.flags() & PyType.IS_ABSTRACT) != 0) {
            return "class has a custom __new__ or builtin base";
        }
        if (!(t.lookup("__init__") instanceof PyFunction init)) return "__init__ is not a Python function";
        if (!isSimple(init.code, nargs + 1)) return "__init__ takes other than exactly the arguments given";
        specialize(f, cache, CALL, CALL_ALLOC_AND_ENTER_INIT, new Guards.Attr(t, version, 0, 0, init));
        return null;
    }

    private static int builtinForm(Frame f, PyBuiltinFunction b, int nargs, Object selfOrNull) {
        if (selfOrNull == null && nargs == 1 && b == f.builtins.getItemStr("len")) return CALL_LEN;
        if (selfOrNull == null && nargs == 2 && b == f.builtins.getItemStr("isinstance")) return CALL_ISINSTANCE;
        int total = nargs + (selfOrNull != null ? 1 : 0);
        ArgSpec.Style style = b.spec().style();
        if (style == ArgSpec.Style.ONE && total == 1) return CALL_BUILTIN_O;
        if (style == ArgSpec.Style.KEYWORDS) return CALL_BUILTIN_FAST_WITH_KEYWORDS;
        return CALL_BUILTIN_FAST; // positional-only, varargs and vector styles
    }

    /**
     * A method descriptor called with its receiver first ({@code total} counts it): list.append;
     * _NOARGS and _O (METH_NOARGS / METH_O: the body is called without binding); keyword-capable
     * bodies; everything else (and classmethod descriptors) through _FAST.
     */
    private static int methodDescriptorForm(PyMethodDescr d, Object selfOrNull, int nargs, int total) {
        if (d == PyList.TYPE.lookup("append") && selfOrNull != null && selfOrNull.getClass() == PyList.class && nargs == 1) {
            return CALL_LIST_APPEND;
        }
        if (d.isClassMethod()) return CALL_METHOD_DESCRIPTOR_FAST;
        ArgSpec.Style style = d.spec().style();
        if (style == ArgSpec.Style.NOARGS && total == 1) return CALL_METHOD_DESCRIPTOR_NOARGS;
        if (style == ArgSpec.Style.ONE && total == 2) return CALL_METHOD_DESCRIPTOR_O;
        if (style == ArgSpec.Style.KEYWORDS) return CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS;
        return CALL_METHOD_DESCRIPTOR_FAST;
    }
}
