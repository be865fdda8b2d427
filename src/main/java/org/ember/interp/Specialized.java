package org.ember.interp;

import static org.ember.bytecode.Opcode.*;

import org.ember.runtime.Abstract;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBoundMethod;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyFrozenSet;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyHeapObject;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyMethodDescr;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyProperty;
import org.ember.runtime.PySet;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * The bodies of the adaptive instructions: for each family its generic form with the counter
 * tick ({@code loadGlobal}, {@code loadAttr}, ...) and its specialized forms. A specialized form
 * checks its guards (exact types, type version tags, dict keys versions, shared-key layouts) and
 * on success does the direct action; on failure it counts a miss and runs the family's generic
 * form, whose counter sends the instruction back to the {@link Specializer} after the cool-down.
 * Every form has its family head's stack effect, so a miss can always run the generic path.
 */
final class Specialized {
    private Specialized() {}

    private static Object guard(Frame f, int cache) {
        return f.refs[cache];
    }

    private static void hit(int op) {
        if (SpecStats.ENABLED) SpecStats.hit(op);
    }

    /** Tier 2's inline fast paths count their hits here. */
    static void hitFromJit(int op) {
        hit(op);
    }

    private static void miss(int op) {
        if (SpecStats.ENABLED) SpecStats.miss(op);
    }

    // ---- RESUME ------------------------------------------------------------------------------------

    /**
     * The first RESUME a thread's adaptive copy executes becomes RESUME_CHECK, as CPython's does
     * once the code's instrumentation is known to be current (Ember has no instrumentation, so
     * at once): dis(adaptive=True) shows it, and the two behave alike.
     */
    static void resumeChecked(char[] units, int at, int oparg) {
        units[at] = (char) (RESUME_CHECK | oparg << 8);
    }

    // ---- LOAD_CONST --------------------------------------------------------------------------------

    /**
     * The first LOAD_CONST a thread's adaptive copy executes becomes LOAD_CONST_IMMORTAL or
     * LOAD_CONST_MORTAL, as CPython 3.14's does: only dis(adaptive=True) sees the difference
     * (the JVM counts no references). Keeps the unit's argument byte (an EXTENDED_ARG before it
     * holds the rest).
     */
    static void loadConstSpecialized(char[] units, int at, Object value) {
        units[at] = (char) ((isImmortal(value) ? LOAD_CONST_IMMORTAL : LOAD_CONST_MORTAL) | (units[at] & 0xFF00));
    }

    /**
     * The constants CPython 3.14 makes immortal by construction: the singletons, the small ints,
     * the empty and one-character (Latin-1) strings, the empty and one-byte bytes, the empty
     * tuple. (CPython also immortalizes strings interned by the runtime, e.g. identifiers of its
     * own modules; Ember does not model that table, so other strings count as mortal.)
     */
    static boolean isImmortal(Object value) {
        return switch (value) {
            case PyNone n -> true;
            case PyInt i -> i.fitsLong() && i.longValue() >= -5 && i.longValue() <= 256;
            case PyStr str -> str.value().isEmpty() || (str.value().length() == 1 && str.value().charAt(0) < 256);
            case org.ember.runtime.PyBytes b -> b.bytes().length <= 1;
            case PyTuple t -> t.size() == 0;
            case org.ember.runtime.PyEllipsis e -> true;
            case org.ember.runtime.PyNotImplemented n -> true;
            default -> false;
        };
    }

    // ---- LOAD_GLOBAL -------------------------------------------------------------------------------

    static Object loadGlobal(Frame f, int cache, int oparg) {
        f.lasti = cache - 1; // the generic path may raise or call (Eval, LASTI)
        if (Adaptive.due(f.units, cache)) Specializer.loadGlobal(f, cache, oparg);
        return Ops.loadGlobal(f, f.code.names[oparg >> 1]);
    }

    static Object loadGlobalModule(Frame f, int cache, int oparg) {
        Guards.Global g = (Guards.Global) guard(f, cache);
        Object v = f.globals.valueIfKeysVersion(g.globalsVersion(), g.index());
        if (v != null) {
            hit(LOAD_GLOBAL_MODULE);
            return v;
        }
        miss(LOAD_GLOBAL_MODULE);
        return loadGlobal(f, cache, oparg);
    }

    static Object loadGlobalBuiltin(Frame f, int cache, int oparg) {
        Guards.Global g = (Guards.Global) guard(f, cache);
        if (f.globals.keysVersionIfValid() == g.globalsVersion()) {
            Object v = f.builtins.valueIfKeysVersion(g.builtinsVersion(), g.index());
            if (v != null) {
                hit(LOAD_GLOBAL_BUILTIN);
                return v;
            }
        }
        miss(LOAD_GLOBAL_BUILTIN);
        return loadGlobal(f, cache, oparg);
    }

    // ---- LOAD_ATTR: s[sp-1] is the owner; the method form (oparg & 1) pushes a second value -------

    static int loadAttr(Frame f, Object[] s, int sp, int cache, int oparg) {
        f.lasti = cache - 1; // the generic path may raise or call (Eval, LASTI)
        if (Adaptive.due(f.units, cache)) Specializer.loadAttr(f, cache, s[sp - 1], oparg);
        PyStr name = f.code.names[oparg >> 1];
        if ((oparg & 1) == 0) {
            s[sp - 1] = Abstract.getAttr(s[sp - 1], name);
            return sp;
        }
        return Ops.loadMethod(s, sp, name);
    }

    /** Pushes an attribute value, with NULL after it in the method form. */
    private static int pushAttr(Object[] s, int sp, int oparg, Object value) {
        s[sp - 1] = value;
        if ((oparg & 1) == 0) return sp;
        s[sp] = null;
        return sp + 1;
    }

    private static boolean typeMatches(Object owner, Guards.Attr g) {
        return owner instanceof PyHeapObject h && h.type() == g.type() && g.type().versionIfValid() == g.version();
    }

    /** Tier 2's inline attribute fast paths: {@link #find}. */
    static Guards.Attr findFromJit(Guards.Attr chain, PyType type) {
        return find(chain, type);
    }

    /** The chain entry for the owner's exact type with a current version, or null. */
    private static Guards.Attr find(Guards.Attr chain, PyType type) {
        for (Guards.Attr g = chain; g != null; g = g.next()) {
            if (g.type() == type && type.versionIfValid() == g.version()) return g;
        }
        return null;
    }

    /**
     * On a miss of a chained form: a guard for the owner's class prepended to the chain when
     * there is room and the form fits the owner, so the next execution hits. False: a real miss.
     */
    private static boolean extend(Frame f, int cache, Guards.Attr chain, Guards.Attr added) {
        if (added == null || chain.length() >= Guards.MAX_CHAIN) return false;
        f.copy.refs[cache] = added;
        return true;
    }

    static int loadAttrInstanceValue(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.Attr chain = (Guards.Attr) guard(f, cache);
        Object owner = s[sp - 1];
        if (owner instanceof PyHeapObject h) {
            Guards.Attr g = find(chain, h.type());
            if (g == null && extend(f, cache, chain, Specializer.instanceGuard(h, f.code.names[oparg >> 1].value(), false, chain))) {
                g = (Guards.Attr) guard(f, cache);
            }
            if (g != null) {
                Object v = h.valueAt(g.index());
                if (v != null) {
                    hit(LOAD_ATTR_INSTANCE_VALUE);
                    return pushAttr(s, sp, oparg, v);
                }
            }
        }
        miss(LOAD_ATTR_INSTANCE_VALUE);
        return loadAttr(f, s, sp, cache, oparg);
    }

    /** The instance still has no attribute of that name: shared keys unchanged, no materialized dict. */
    private static boolean lacksOwnAttribute(Object owner, Guards.Attr g) {
        PyHeapObject h = (PyHeapObject) owner;
        return !h.dictMaterialized() && g.type().sharedKeys().size() == g.keysSize();
    }

    static int loadAttrMethodWithValues(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.Attr chain = (Guards.Attr) guard(f, cache);
        Object owner = s[sp - 1];
        if (owner instanceof PyHeapObject h) {
            Guards.Attr g = find(chain, h.type());
            if (g == null && extend(f, cache, chain, Specializer.instanceGuard(h, f.code.names[oparg >> 1].value(), true, chain))) {
                g = (Guards.Attr) guard(f, cache);
            }
            if (g != null && lacksOwnAttribute(owner, g)) {
                hit(LOAD_ATTR_METHOD_WITH_VALUES);
                s[sp - 1] = g.descr();
                s[sp] = owner;
                return sp + 1;
            }
        }
        miss(LOAD_ATTR_METHOD_WITH_VALUES);
        return loadAttr(f, s, sp, cache, oparg);
    }

    static int loadAttrNondescriptorWithValues(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.Attr g = (Guards.Attr) guard(f, cache);
        Object owner = s[sp - 1];
        if (typeMatches(owner, g) && lacksOwnAttribute(owner, g)) {
            hit(LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES);
            return pushAttr(s, sp, oparg, g.descr());
        }
        miss(LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES);
        return loadAttr(f, s, sp, cache, oparg);
    }

    private static boolean exactTypeMatches(Object owner, Guards.Attr g) {
        return Abstract.typeOf(owner) == g.type() && g.type().versionIfValid() == g.version();
    }

    static int loadAttrMethodNoDict(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.Attr g = (Guards.Attr) guard(f, cache);
        Object owner = s[sp - 1];
        if (exactTypeMatches(owner, g)) {
            hit(LOAD_ATTR_METHOD_NO_DICT);
            s[sp - 1] = g.descr();
            s[sp] = owner;
            return sp + 1;
        }
        miss(LOAD_ATTR_METHOD_NO_DICT);
        return loadAttr(f, s, sp, cache, oparg);
    }

    static int loadAttrNondescriptorNoDict(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.Attr g = (Guards.Attr) guard(f, cache);
        if (exactTypeMatches(s[sp - 1], g)) {
            hit(LOAD_ATTR_NONDESCRIPTOR_NO_DICT);
            return pushAttr(s, sp, oparg, g.descr());
        }
        miss(LOAD_ATTR_NONDESCRIPTOR_NO_DICT);
        return loadAttr(f, s, sp, cache, oparg);
    }

    static int loadAttrModule(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.ModuleAttr g = (Guards.ModuleAttr) guard(f, cache);
        if (s[sp - 1] instanceof PyModule m && m.type() == PyModule.TYPE) {
            Object v = m.dict().valueIfKeysVersion(g.version(), g.index());
            if (v != null) {
                hit(LOAD_ATTR_MODULE);
                return pushAttr(s, sp, oparg, v);
            }
        }
        miss(LOAD_ATTR_MODULE);
        return loadAttr(f, s, sp, cache, oparg);
    }

    /** LOAD_ATTR_CLASS and _WITH_METACLASS_CHECK (the metaclass version sits in the index field). */
    static int loadAttrClass(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.Attr g = (Guards.Attr) guard(f, cache);
        if (s[sp - 1] == g.type() && g.type().versionIfValid() == g.version()
                && g.type().type().versionIfValid() == g.index()) {
            hit(LOAD_ATTR_CLASS);
            return pushAttr(s, sp, oparg, g.descr());
        }
        miss(LOAD_ATTR_CLASS);
        return loadAttr(f, s, sp, cache, oparg);
    }

    static int loadAttrProperty(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        Guards.Property chain = (Guards.Property) guard(f, cache);
        Object owner = s[sp - 1];
        PyType type = Abstract.typeOf(owner);
        Guards.Property g = chain;
        while (g != null && (g.type() != type || type.versionIfValid() != g.version())) g = g.next();
        if (g == null && chain.length() < Guards.MAX_CHAIN) { // another subclass reading the same property
            g = Specializer.propertyGuard(owner, f.code.names[oparg >> 1].value(), chain);
            if (g != null) f.copy.refs[cache] = g;
        }
        if (g != null && ((PyProperty) g.property()).fget() == g.getter()) {
            hit(LOAD_ATTR_PROPERTY);
            Object v = Eval.callExact(ts, (PyFunction) g.getter(), s, sp - 1, 1); // the owner is the argument
            return pushAttr(s, sp, oparg, v);
        }
        miss(LOAD_ATTR_PROPERTY);
        return loadAttr(f, s, sp, cache, oparg);
    }

    static int loadAttrSlot(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.Attr g = (Guards.Attr) guard(f, cache);
        Object owner = s[sp - 1];
        if (typeMatches(owner, g)) {
            Object v = ((PyHeapObject) owner).valueAt(g.index());
            if (v != null) {
                hit(LOAD_ATTR_SLOT);
                return pushAttr(s, sp, oparg, v);
            }
        }
        miss(LOAD_ATTR_SLOT); // also an unset slot: the generic path raises AttributeError
        return loadAttr(f, s, sp, cache, oparg);
    }

    /** The name at the hinted entry of the instance's materialized dict. */
    static int loadAttrWithHint(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.Hint g = (Guards.Hint) guard(f, cache);
        if (s[sp - 1] instanceof PyHeapObject h && h.type() == g.type() && g.type().versionIfValid() == g.version()) {
            PyDict dict = h.dictIfMaterialized();
            Object v = dict == null ? null : dict.valueAtHint(g.hint(), f.code.names[oparg >> 1].value());
            if (v != null) {
                hit(LOAD_ATTR_WITH_HINT);
                return pushAttr(s, sp, oparg, v);
            }
        }
        miss(LOAD_ATTR_WITH_HINT);
        return loadAttr(f, s, sp, cache, oparg);
    }

    /** A method of the class, the instance checked (one lookup, dict or shared values) not to shadow it. */
    static int loadAttrMethodLazyDict(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.Attr g = (Guards.Attr) guard(f, cache);
        Object owner = s[sp - 1];
        if (typeMatches(owner, g) && ((PyHeapObject) owner).getAttribute(f.code.names[oparg >> 1].value()) == null) {
            hit(LOAD_ATTR_METHOD_LAZY_DICT);
            s[sp - 1] = g.descr();
            s[sp] = owner;
            return sp + 1;
        }
        miss(LOAD_ATTR_METHOD_LAZY_DICT);
        return loadAttr(f, s, sp, cache, oparg);
    }

    /** The class's Python __getattribute__(owner, name), called directly. */
    static int loadAttrGetattributeOverridden(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        Guards.Attr g = (Guards.Attr) guard(f, cache);
        Object owner = s[sp - 1];
        if (Abstract.typeOf(owner) == g.type() && g.type().versionIfValid() == g.version()) {
            hit(LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN);
            Object[] args = {owner, f.code.names[oparg >> 1]};
            return pushAttr(s, sp, oparg, Eval.callExact(ts, (PyFunction) g.descr(), args, 0, 2));
        }
        miss(LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN);
        return loadAttr(f, s, sp, cache, oparg);
    }

    // ---- STORE_ATTR: owner s[sp-1], value s[sp-2] ---------------------------------------------------

    static void storeAttr(Frame f, Object[] s, int sp, int cache, int oparg) {
        f.lasti = cache - 1; // the generic path may raise or call (Eval, LASTI)
        if (Adaptive.due(f.units, cache)) Specializer.storeAttr(f, cache, s[sp - 1], oparg);
        Abstract.setAttr(s[sp - 1], f.code.names[oparg], s[sp - 2]);
    }

    static void storeAttrInstanceValue(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.Attr chain = (Guards.Attr) guard(f, cache);
        Object owner = s[sp - 1];
        if (owner instanceof PyHeapObject h) {
            Guards.Attr g = find(chain, h.type());
            if (g == null && extend(f, cache, chain, Specializer.storeGuard(h, f.code.names[oparg].value(), chain))) {
                g = (Guards.Attr) guard(f, cache);
            }
            if (g != null && h.storeAt(g.index(), s[sp - 2])) {
                hit(STORE_ATTR_INSTANCE_VALUE);
                return;
            }
        }
        miss(STORE_ATTR_INSTANCE_VALUE);
        storeAttr(f, s, sp, cache, oparg);
    }

    static void storeAttrSlot(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.Attr g = (Guards.Attr) guard(f, cache);
        if (typeMatches(s[sp - 1], g)) {
            hit(STORE_ATTR_SLOT);
            ((PyHeapObject) s[sp - 1]).setSlot(g.index(), s[sp - 2]);
            return;
        }
        miss(STORE_ATTR_SLOT);
        storeAttr(f, s, sp, cache, oparg);
    }

    /** Replaces the value at the hinted entry of the instance's materialized dict (an existing key only). */
    static void storeAttrWithHint(Frame f, Object[] s, int sp, int cache, int oparg) {
        Guards.Hint g = (Guards.Hint) guard(f, cache);
        if (s[sp - 1] instanceof PyHeapObject h && h.type() == g.type() && g.type().versionIfValid() == g.version()) {
            PyDict dict = h.dictIfMaterialized();
            if (dict != null && dict.storeAtHint(g.hint(), f.code.names[oparg].value(), s[sp - 2])) {
                hit(STORE_ATTR_WITH_HINT);
                return;
            }
        }
        miss(STORE_ATTR_WITH_HINT);
        storeAttr(f, s, sp, cache, oparg);
    }

    // ---- BINARY_OP ---------------------------------------------------------------------------------

    static Object binaryOp(Frame f, int cache, Object a, Object b, int nb) {
        f.lasti = cache - 1; // the generic path may raise or call (Eval, LASTI)
        if (Adaptive.due(f.units, cache)) Specializer.binaryOp(f, cache, a, b, nb);
        return Ops.binaryOp(a, b, nb);
    }

    private static Object binaryMiss(int op, Frame f, int cache, Object a, Object b, int nb) {
        miss(op);
        return binaryOp(f, cache, a, b, nb);
    }

    static Object addInt(Frame f, int cache, Object a, Object b, int nb) {
        if (a.getClass() != PyInt.class || b.getClass() != PyInt.class) return binaryMiss(BINARY_OP_ADD_INT, f, cache, a, b, nb);
        hit(BINARY_OP_ADD_INT);
        return PyInt.add((PyInt) a, (PyInt) b);
    }

    static Object subtractInt(Frame f, int cache, Object a, Object b, int nb) {
        if (a.getClass() != PyInt.class || b.getClass() != PyInt.class) return binaryMiss(BINARY_OP_SUBTRACT_INT, f, cache, a, b, nb);
        hit(BINARY_OP_SUBTRACT_INT);
        return PyInt.sub((PyInt) a, (PyInt) b);
    }

    static Object multiplyInt(Frame f, int cache, Object a, Object b, int nb) {
        if (a.getClass() != PyInt.class || b.getClass() != PyInt.class) return binaryMiss(BINARY_OP_MULTIPLY_INT, f, cache, a, b, nb);
        hit(BINARY_OP_MULTIPLY_INT);
        return PyInt.mul((PyInt) a, (PyInt) b);
    }

    static Object addFloat(Frame f, int cache, Object a, Object b, int nb) {
        if (a.getClass() != PyFloat.class || b.getClass() != PyFloat.class) return binaryMiss(BINARY_OP_ADD_FLOAT, f, cache, a, b, nb);
        hit(BINARY_OP_ADD_FLOAT);
        return new PyFloat(((PyFloat) a).value + ((PyFloat) b).value);
    }

    static Object subtractFloat(Frame f, int cache, Object a, Object b, int nb) {
        if (a.getClass() != PyFloat.class || b.getClass() != PyFloat.class) return binaryMiss(BINARY_OP_SUBTRACT_FLOAT, f, cache, a, b, nb);
        hit(BINARY_OP_SUBTRACT_FLOAT);
        return new PyFloat(((PyFloat) a).value - ((PyFloat) b).value);
    }

    static Object multiplyFloat(Frame f, int cache, Object a, Object b, int nb) {
        if (a.getClass() != PyFloat.class || b.getClass() != PyFloat.class) return binaryMiss(BINARY_OP_MULTIPLY_FLOAT, f, cache, a, b, nb);
        hit(BINARY_OP_MULTIPLY_FLOAT);
        return new PyFloat(((PyFloat) a).value * ((PyFloat) b).value);
    }

    /** ADD_UNICODE and INPLACE_ADD_UNICODE (Ember has no in-place str growth: both concatenate). */
    static Object addUnicode(Frame f, int cache, Object a, Object b, int nb) {
        if (a.getClass() != PyStr.class || b.getClass() != PyStr.class) return binaryMiss(BINARY_OP_ADD_UNICODE, f, cache, a, b, nb);
        hit(BINARY_OP_ADD_UNICODE);
        return Ops.binaryOp(a, b, nb);
    }

    static Object extend(Frame f, int cache, Object a, Object b, int nb) {
        Object fast = numberOp(a, b, nb);
        if (fast != null) {
            hit(BINARY_OP_EXTEND);
            return fast;
        }
        f.lasti = cache - 1; // the cached slots may raise or call (Eval, LASTI)
        Guards.Extend g = (Guards.Extend) guard(f, cache);
        if (a.getClass() == g.left() && b.getClass() == g.right()) {
            if (g.first() == null && g.second() == null) { // int ** int, float ** float
                hit(BINARY_OP_EXTEND);
                return Abstract.power(a, b, PyNone.NONE);
            }
            Object r = g.first() != null ? g.first().apply(a, b) : org.ember.runtime.PyNotImplemented.INSTANCE;
            if (r == org.ember.runtime.PyNotImplemented.INSTANCE && g.second() != null) r = g.second().apply(a, b);
            if (r != org.ember.runtime.PyNotImplemented.INSTANCE) {
                hit(BINARY_OP_EXTEND);
                return r;
            }
        }
        return binaryMiss(BINARY_OP_EXTEND, f, cache, a, b, nb);
    }

    /** Tier 2's inline BINARY_OP_EXTEND: {@link #numberOp} (never raises, null: the body decides). */
    static Object numberOpFromJit(Object a, Object b, int nb) {
        return numberOp(a, b, nb);
    }

    /**
     * BINARY_OP_EXTEND's common cases computed in place: exact ints and floats, whose operators
     * cannot be overridden. Null: the cached slots decide (other types, big ints, errors).
     */
    private static Object numberOp(Object a, Object b, int nb) {
        Class<?> ac = a.getClass(), bc = b.getClass();
        if (ac == PyInt.class && bc == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (!x.fitsLong() || !y.fitsLong()) return null;
            if (org.ember.bytecode.Oparg.binaryOf(nb) == org.ember.bytecode.Oparg.NB_TRUE_DIVIDE) {
                return exactDouble(x) && exactDouble(y) && y.longValue() != 0 // both exact: IEEE division rounds as int / int does
                        ? new PyFloat((double) x.longValue() / y.longValue()) : null;
            }
            return longOp(x.longValue(), y.longValue(), nb);
        }
        if ((ac == PyFloat.class || ac == PyInt.class && ((PyInt) a).fitsLong())
                && (bc == PyFloat.class || bc == PyInt.class && ((PyInt) b).fitsLong())) {
            // float op int: the int becomes a float first (Java's long -> double rounds as int.__float__)
            double x = ac == PyFloat.class ? ((PyFloat) a).value : ((PyInt) a).longValue();
            double y = bc == PyFloat.class ? ((PyFloat) b).value : ((PyInt) b).longValue();
            return switch (org.ember.bytecode.Oparg.binaryOf(nb)) {
                case org.ember.bytecode.Oparg.NB_ADD -> new PyFloat(x + y);
                case org.ember.bytecode.Oparg.NB_SUBTRACT -> new PyFloat(x - y);
                case org.ember.bytecode.Oparg.NB_MULTIPLY -> new PyFloat(x * y);
                case org.ember.bytecode.Oparg.NB_TRUE_DIVIDE -> y == 0 ? null : new PyFloat(x / y);
                default -> null;
            };
        }
        return null;
    }

    /** An int whose value a double holds exactly (|v| <= 2**53). */
    private static boolean exactDouble(PyInt v) {
        long x = v.longValue();
        return x >= -(1L << 53) && x <= 1L << 53;
    }

    /**
     * int % int, int // int and the bitwise operators on two 64-bit ints, computed in place
     * rather than through int's slot functions (two megamorphic lambda calls); null when the
     * result needs the general path (division by zero, overflow, negative shift counts).
     * Python's floor division and modulo round toward negative infinity, as Math.floorDiv/floorMod.
     */
    private static PyInt longOp(long x, long y, int nb) {
        return switch (org.ember.bytecode.Oparg.binaryOf(nb)) {
            case org.ember.bytecode.Oparg.NB_REMAINDER -> y == 0 ? null : PyInt.of(Math.floorMod(x, y));
            case org.ember.bytecode.Oparg.NB_FLOOR_DIVIDE -> y == 0 || (y == -1 && x == Long.MIN_VALUE) ? null : PyInt.of(Math.floorDiv(x, y));
            case org.ember.bytecode.Oparg.NB_AND -> PyInt.of(x & y);
            case org.ember.bytecode.Oparg.NB_OR -> PyInt.of(x | y);
            case org.ember.bytecode.Oparg.NB_XOR -> PyInt.of(x ^ y);
            case org.ember.bytecode.Oparg.NB_RSHIFT -> y < 0 ? null : PyInt.of(x >> Math.min(y, 63));
            case org.ember.bytecode.Oparg.NB_LSHIFT -> y < 0 || y > 62 || (x << y) >> y != x ? null : PyInt.of(x << y);
            default -> null;
        };
    }

    /** container s[sp-2], key s[sp-1]: the class's Python __getitem__ called with them in place. */
    static Object subscrGetitem(Frame f, ThreadState ts, Object[] s, int sp, int cache, int nb) {
        Guards.Attr g = (Guards.Attr) guard(f, cache);
        if (Abstract.typeOf(s[sp - 2]) == g.type() && g.type().versionIfValid() == g.version()) {
            hit(BINARY_OP_SUBSCR_GETITEM);
            return Eval.callExact(ts, (PyFunction) g.descr(), s, sp - 2, 2);
        }
        return binaryMiss(BINARY_OP_SUBSCR_GETITEM, f, cache, s[sp - 2], s[sp - 1], nb);
    }

    /** BINARY_OP_SUBSCR_LIST_SLICE (3.14): list[slice] through list's own slot (both types exact, so it is fixed). */
    static Object subscrListSlice(Frame f, int cache, Object a, Object b, int nb) {
        if (a.getClass() == PyList.class && b.getClass() == org.ember.runtime.PySlice.class) {
            hit(BINARY_OP_SUBSCR_LIST_SLICE);
            return PyList.TYPE.getitem.apply(a, b);
        }
        return binaryMiss(BINARY_OP_SUBSCR_LIST_SLICE, f, cache, a, b, nb);
    }

    static Object subscrListInt(Frame f, int cache, Object a, Object b, int nb) {
        if (a.getClass() == PyList.class && b.getClass() == PyInt.class && ((PyInt) b).fitsInt()) {
            PyList list = (PyList) a;
            int index = (int) ((PyInt) b).longValue();
            Object v = list.getOrNull(index < 0 ? index + list.size() : index);
            if (v != null) {
                hit(BINARY_OP_SUBSCR_LIST_INT);
                return v;
            }
        }
        return binaryMiss(BINARY_OP_SUBSCR_LIST_INT, f, cache, a, b, nb);
    }

    static Object subscrTupleInt(Frame f, int cache, Object a, Object b, int nb) {
        if (a.getClass() == PyTuple.class && b.getClass() == PyInt.class) {
            PyTuple t = (PyTuple) a;
            PyInt i = (PyInt) b;
            if (i.fitsInt() && i.longValue() >= 0 && i.longValue() < t.size()) {
                hit(BINARY_OP_SUBSCR_TUPLE_INT);
                return t.get((int) i.longValue());
            }
        }
        return binaryMiss(BINARY_OP_SUBSCR_TUPLE_INT, f, cache, a, b, nb);
    }

    static Object subscrStrInt(Frame f, int cache, Object a, Object b, int nb) {
        if (a.getClass() == PyStr.class && b.getClass() == PyInt.class) {
            hit(BINARY_OP_SUBSCR_STR_INT);
            PyInt index = (PyInt) b;
            PyStr item = index.fitsLong() ? PyStr.itemOrNull((PyStr) a, index.longValue()) : null;
            return item != null ? item : Abstract.getItem(a, b); // out of range: the generic path raises
        }
        return binaryMiss(BINARY_OP_SUBSCR_STR_INT, f, cache, a, b, nb);
    }

    static Object subscrDict(Frame f, int cache, Object a, Object b, int nb) {
        if (a.getClass() == PyDict.class) {
            Object v = ((PyDict) a).getItem(b);
            if (v != null) {
                hit(BINARY_OP_SUBSCR_DICT);
                return v;
            }
        }
        return binaryMiss(BINARY_OP_SUBSCR_DICT, f, cache, a, b, nb);
    }

    // ---- COMPARE_OP ----------------------------------------------------------------------------------

    static Object compareOp(Frame f, int cache, Object a, Object b, int oparg) {
        f.lasti = cache - 1; // the generic path may raise or call (Eval, LASTI)
        if (Adaptive.due(f.units, cache)) Specializer.compareOp(f, cache, a, b, oparg);
        return Ops.compare(a, b, oparg);
    }

    /** The outcome of a three-way comparison result {@code c} for the operator in the oparg. */
    private static PyBool outcome(int c, int oparg) {
        boolean r = switch (oparg >> 5) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c == 0;
            case 3 -> c != 0;
            case 4 -> c > 0;
            default -> c >= 0;
        };
        return PyBool.of(r);
    }

    static Object compareInt(Frame f, int cache, Object a, Object b, int oparg) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).fitsLong() && ((PyInt) b).fitsLong()) {
            hit(COMPARE_OP_INT);
            return outcome(Long.compare(((PyInt) a).longValue(), ((PyInt) b).longValue()), oparg);
        }
        miss(COMPARE_OP_INT);
        return compareOp(f, cache, a, b, oparg);
    }

    static Object compareFloat(Frame f, int cache, Object a, Object b, int oparg) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            hit(COMPARE_OP_FLOAT);
            double x = ((PyFloat) a).value, y = ((PyFloat) b).value;
            // NaN: every comparison false except !=
            if (x != x || y != y) return PyBool.of(oparg >> 5 == 3);
            return outcome(x < y ? -1 : x > y ? 1 : 0, oparg);
        }
        miss(COMPARE_OP_FLOAT);
        return compareOp(f, cache, a, b, oparg);
    }

    static Object compareStr(Frame f, int cache, Object a, Object b, int oparg) {
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            hit(COMPARE_OP_STR);
            boolean equal = ((PyStr) a).value().equals(((PyStr) b).value());
            return PyBool.of(equal == (oparg >> 5 == 2));
        }
        miss(COMPARE_OP_STR);
        return compareOp(f, cache, a, b, oparg);
    }

    // ---- CONTAINS_OP: item a, container b -------------------------------------------------------------

    static Object containsOp(Frame f, int cache, Object item, Object container, int oparg) {
        if (Adaptive.due(f.units, cache)) Specializer.containsOp(f, cache, container);
        return PyBool.of(Abstract.contains(container, item) != (oparg == 1));
    }

    static Object containsDict(Frame f, int cache, Object item, Object container, int oparg) {
        if (container.getClass() == PyDict.class) {
            hit(CONTAINS_OP_DICT);
            return PyBool.of(((PyDict) container).containsKey(item) != (oparg == 1));
        }
        miss(CONTAINS_OP_DICT);
        return containsOp(f, cache, item, container, oparg);
    }

    static Object containsSet(Frame f, int cache, Object item, Object container, int oparg) {
        if (container.getClass() == PySet.class || container.getClass() == PyFrozenSet.class) {
            hit(CONTAINS_OP_SET);
            return PyBool.of(Abstract.contains(container, item) != (oparg == 1));
        }
        miss(CONTAINS_OP_SET);
        return containsOp(f, cache, item, container, oparg);
    }

    // ---- TO_BOOL -------------------------------------------------------------------------------------

    static PyBool toBool(Frame f, int cache, Object v) {
        f.lasti = cache - 1; // the generic path may raise or call (Eval, LASTI)
        if (Adaptive.due(f.units, cache)) Specializer.toBool(f, cache, v);
        return PyBool.of(Abstract.isTrue(v));
    }

    /** TO_BOOL_BOOL / INT / LIST / NONE / STR / ALWAYS_TRUE in one place: {@code op} says which. */
    static PyBool toBoolSpecialized(Frame f, int cache, Object v, int op) {
        Class<?> c = v.getClass();
        switch (op) {
            case TO_BOOL_BOOL -> { if (c == PyBool.class) { hit(op); return (PyBool) v; } }
            case TO_BOOL_INT -> { if (c == PyInt.class) { hit(op); return PyBool.of(((PyInt) v).signum() != 0); } }
            case TO_BOOL_LIST -> { if (c == PyList.class) { hit(op); return PyBool.of(((PyList) v).size() != 0); } }
            case TO_BOOL_NONE -> { if (v == PyNone.NONE) { hit(op); return PyBool.FALSE; } }
            case TO_BOOL_STR -> { if (c == PyStr.class) { hit(op); return PyBool.of(((PyStr) v).length() != 0); } }
            default -> {
                Guards.Attr g = (Guards.Attr) guard(f, cache);
                if (typeMatches(v, g)) { hit(op); return PyBool.TRUE; }
            }
        }
        miss(op);
        return toBool(f, cache, v);
    }

    // ---- FOR_ITER: null means exhausted ---------------------------------------------------------------

    static Object forIter(Frame f, int cache, Object iterator) {
        f.lasti = cache - 1; // the generic path may raise or call (Eval, LASTI)
        if (Adaptive.due(f.units, cache)) Specializer.forIter(f, cache, iterator);
        return Ops.next(iterator);
    }

    /** FOR_ITER_LIST / TUPLE / RANGE / GEN: the iterator's exact type (cached) checked, its slot called. */
    static Object forIterSpecialized(Frame f, int cache, Object iterator, int op) {
        return forIterSpecialized(f, null, cache, iterator, op);
    }

    private static final int FOR_ITER_CACHES = org.ember.bytecode.Instructions.cacheSize(FOR_ITER);

    /**
     * The dispatch loop's FOR_ITER forms: as {@link #forIterSpecialized}, except that
     * FOR_ITER_GEN resumes the generator inline when it can (Generators.resumeInline) and then
     * returns its frame, for the loop to continue in; {@code sp} is the caller's stack height
     * (the iterator on top), {@code exit} the exhausted loop's jump target before the caches.
     */
    static Object forIterInline(Frame f, ThreadState ts, int cache, Object iterator, int op, int sp, int exit) {
        if (op == FOR_ITER_GEN && iterator.getClass() == org.ember.runtime.PyGenerator.class
                && ((org.ember.runtime.PyGenerator) iterator).kind == org.ember.runtime.PyGenerator.Kind.GENERATOR) {
            f.lasti = cache - 1; // the generator runs Python code (Eval, LASTI)
            Frame entered = Generators.resumeInline(ts, (org.ember.runtime.PyGenerator) iterator, PyNone.NONE, f,
                    cache + FOR_ITER_CACHES, sp, exit + FOR_ITER_CACHES - 1); // returned: END_FOR pops the return value
            if (entered != null) {
                hit(op);
                return entered;
            }
        }
        return forIterSpecialized(f, ts, cache, iterator, op);
    }

    /** The FOR_ITER forms; {@code ts} is the thread's state when the caller holds it, else null. */
    static Object forIterSpecialized(Frame f, ThreadState ts, int cache, Object iterator, int op) {
        if (op == FOR_ITER_GEN && iterator.getClass() == org.ember.runtime.PyGenerator.class
                && ((org.ember.runtime.PyGenerator) iterator).kind == org.ember.runtime.PyGenerator.Kind.GENERATOR) {
            hit(op); // the generator type's iternext, without its lambda and the thread-local lookups
            f.lasti = cache - 1; // the generator runs Python code (Eval, LASTI)
            return Generators.next(ts != null ? ts : ThreadState.current(), (org.ember.runtime.PyGenerator) iterator);
        }
        if (op == FOR_ITER_RANGE && iterator.getClass() == org.ember.runtime.PyRange.Iter.class) {
            hit(op);
            return ((org.ember.runtime.PyRange.Iter) iterator).next();
        }
        if (op != FOR_ITER_GEN && iterator instanceof org.ember.runtime.PyListIterator it && it.type() == guard(f, cache)) {
            hit(op);
            return it.next();
        }
        f.lasti = cache - 1; // another iterator's next may raise or call (Eval, LASTI)
        PyType type = Abstract.typeOf(iterator);
        if (type == guard(f, cache)) {
            hit(op);
            return type.iternext.apply(iterator);
        }
        miss(op);
        return forIter(f, cache, iterator);
    }

    // ---- UNPACK_SEQUENCE, STORE_SUBSCR -----------------------------------------------------------------

    static int unpackSequence(Frame f, Object[] s, int sp, int cache, int count) {
        f.lasti = cache - 1; // the generic path may raise or call (Eval, LASTI)
        if (Adaptive.due(f.units, cache)) Specializer.unpackSequence(f, cache, s[sp - 1], count);
        return Ops.unpack(s, sp, count);
    }

    /** UNPACK_SEQUENCE_TWO_TUPLE / TUPLE / LIST: first item on top. */
    static int unpackSpecialized(Frame f, Object[] s, int sp, int cache, int count, int op) {
        Object seq = s[sp - 1];
        Object[] items = null;
        if (op == UNPACK_SEQUENCE_LIST) {
            if (seq.getClass() == PyList.class) {
                Object[] snapshot = ((PyList) seq).toArray();
                if (snapshot.length == count) items = snapshot;
            }
        } else if (seq.getClass() == PyTuple.class && ((PyTuple) seq).size() == count) {
            items = ((PyTuple) seq).items();
        }
        if (items == null) {
            miss(op);
            return unpackSequence(f, s, sp, cache, count);
        }
        hit(op);
        sp--;
        for (int i = count - 1; i >= 0; i--) s[sp++] = items[i];
        return sp;
    }

    /** STORE_SUBSCR: value s[sp-3], container s[sp-2], key s[sp-1]. */
    static void storeSubscr(Frame f, Object[] s, int sp, int cache) {
        f.lasti = cache - 1; // the generic path may raise or call (Eval, LASTI)
        if (Adaptive.due(f.units, cache)) Specializer.storeSubscr(f, cache, s[sp - 2], s[sp - 1]);
        Abstract.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
    }

    static void storeSubscrListInt(Frame f, Object[] s, int sp, int cache) {
        Object list = s[sp - 2], key = s[sp - 1];
        if (list.getClass() == PyList.class && key.getClass() == PyInt.class && ((PyInt) key).fitsInt()
                && ((PyList) list).setIfInRange((int) ((PyInt) key).longValue(), s[sp - 3])) {
            hit(STORE_SUBSCR_LIST_INT);
            return;
        }
        miss(STORE_SUBSCR_LIST_INT);
        storeSubscr(f, s, sp, cache);
    }

    static void storeSubscrDict(Frame f, Object[] s, int sp, int cache) {
        if (s[sp - 2].getClass() == PyDict.class) {
            hit(STORE_SUBSCR_DICT);
            ((PyDict) s[sp - 2]).setItem(s[sp - 1], s[sp - 3]);
            return;
        }
        miss(STORE_SUBSCR_DICT);
        storeSubscr(f, s, sp, cache);
    }

    // ---- CALL: callable s[base], self-or-NULL s[base+1], nargs arguments ----------------------------

    static Object call(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        if (Adaptive.due(f.units, cache)) Specializer.call(f, cache, s[base], s[base + 1], nargs);
        return Ops.call(ts, s, base, nargs, null);
    }

    /** A CALL form's guard failed: count the miss and call generically (the adaptive counter may respecialize). */
    static Object callMiss(int op, Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        miss(op);
        return call(f, ts, s, base, cache, nargs);
    }

    /** Clears the consumed argument slots (as the generic CALL does) and returns the result. */
    private static Object done(Object[] s, int base, int nargs, Object result) {
        java.util.Arrays.fill(s, base + 1, base + nargs + 2, null);
        return result;
    }

    /**
     * CALL_PY_EXACT_ARGS and CALL_BOUND_METHOD_EXACT_ARGS: when the guard holds, the callee's
     * frame with its arguments copied in (the caller's slots cleared), for the dispatch loop to
     * enter without a Java call; null on a miss ({@link #callMiss} then calls generically).
     */
    static Frame enterExactArgs(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs, int op) {
        Guards.PyCall callee = op == CALL_PY_EXACT_ARGS ? exactFunction(f, s, base, cache, nargs) : exactMethod(f, s, base, cache, nargs);
        if (callee == null) return null;
        hit(op);
        PyFunction fn = (PyFunction) s[base];
        int first = s[base + 1] != null ? base + 1 : base + 2;
        int count = callee.argCount();
        ts.enterRecursiveCall("");
        Frame frame = new Frame(callee.copy(), fn.code, fn.globals, fn.builtins, null, fn);
        Object[] locals = frame.values;
        for (int i = 0; i < count; i++) locals[i] = s[first + i];
        for (int i = base + nargs + 1; i >= base; i--) s[i] = null; // the caller's consumed slots
        return frame;
    }

    /**
     * The dispatch loop's CALL_PY_EXACT_ARGS / CALL_BOUND_METHOD_EXACT_ARGS in one call (each
     * call out of the loop spills its state; the miss handled here also keeps the arm from using
     * decoded operands after a call, Eval's LIVE): the callee's frame, already pushed as an
     * inlined frame with the caller's resume point {@code returnPc} saved, when the loop is to
     * continue in it; else the call's result (never a Frame): tier 2 ran the callee, or the
     * site's guard missed.
     */
    static Object enterExactArgsInline(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs, int op, int returnPc) {
        f.lasti = cache - 1; // the generic path may raise or call (Eval, LASTI)
        Frame callee = enterExactArgs(f, ts, s, base, cache, nargs, op);
        if (callee == null) return callMiss(op, f, ts, s, base, cache, nargs);
        if (Tier2.ready(callee, ts)) return Tier2.runEntered(callee, ts);
        f.pc = returnPc;
        f.sp = base;
        Eval.enterInlined(callee, f, ts);
        return callee;
    }

    /**
     * The dispatch loop's CALL_PY_EXACT_ARGS / CALL_BOUND_METHOD_EXACT_ARGS: the hit of a
     * CALL_PY_EXACT_ARGS site's first guard while tier 2 is off, small enough for C2 to inline
     * into the loop, so that a Python call makes no Java call at all (each call out of the loop
     * stores and reloads its state, Eval's LIVE); everything else (other guards of the chain,
     * bound methods, tier 2's call counting, misses) goes through {@link #enterExactArgsInline},
     * whose result this shares.
     */
    static Object enterExactArgsFast(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs, int op, int returnPc) {
        Guards.PyCall g = (Guards.PyCall) f.refs[cache];
        if (s[base] instanceof PyFunction fn && fn.code == g.code() && op == CALL_PY_EXACT_ARGS
                && nargs + (s[base + 1] != null ? 1 : 0) == g.argCount() && !Tier2.inUse(ts)) {
            hit(op);
            f.lasti = cache - 1; // the callee's f_back line, and the RecursionError's position (Eval, LASTI)
            ts.enterRecursiveCall("");
            Frame callee = new Frame(g.copy(), fn.code, fn.globals, fn.builtins, null, fn);
            int count = g.argCount(), first = base + 2 + nargs - count; // the self slot too when it is set
            Object[] locals = callee.values;
            for (int i = 0; i < count; i++) locals[i] = s[first + i];
            for (int i = base + nargs + 1; i >= base; i--) s[i] = null; // the caller's consumed slots
            f.pc = returnPc;
            f.sp = base;
            Eval.enterInlined(callee, f, ts);
            return callee;
        }
        return enterExactArgsInline(f, ts, s, base, cache, nargs, op, returnPc);
    }

    /** The guard of a CALL_PY_EXACT_ARGS site that matches the function called (a new simple callee joins the chain), or null. */
    private static Guards.PyCall exactFunction(Frame f, Object[] s, int base, int cache, int nargs) {
        if (!(s[base] instanceof PyFunction fn)) return null;
        Guards.PyCall chain = (Guards.PyCall) guard(f, cache);
        int count = nargs + (s[base + 1] != null ? 1 : 0);
        for (Guards.PyCall g = chain; g != null; g = g.next()) {
            if (fn.code == g.code() && count == g.argCount()) return g;
        }
        if (chain.length() < Guards.MAX_CHAIN && Specializer.isSimple(fn.code, count)) {
            Guards.PyCall g = new Guards.PyCall(fn.code, count, chain); // another callee at this site
            f.copy.refs[cache] = g;
            return g;
        }
        return null;
    }

    /** CALL_BOUND_METHOD_EXACT_ARGS: unpacks the bound method into (function, self) when its guard matches. */
    private static Guards.PyCall exactMethod(Frame f, Object[] s, int base, int cache, int nargs) {
        Guards.PyCall g = (Guards.PyCall) guard(f, cache);
        if (s[base] instanceof PyBoundMethod bm && s[base + 1] == null && bm.function() instanceof PyFunction fn
                && fn.code == g.code() && nargs + 1 == g.argCount()) {
            s[base] = fn;
            s[base + 1] = bm.self();
            return g;
        }
        return null;
    }

    static Object callPyGeneral(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        if (s[base] instanceof PyFunction fn) {
            hit(CALL_PY_GENERAL);
            boolean self = s[base + 1] != null;
            int offset = self ? base + 1 : base + 2;
            return done(s, base, nargs, Ops.callPython(ts, fn, s, offset, self ? nargs + 1 : nargs, null));
        }
        return callMiss(CALL_PY_GENERAL, f, ts, s, base, cache, nargs);
    }

    /**
     * CALL_BOUND_METHOD_GENERAL: a bound method with a NULL self slot, unpacked in place to
     * (function, self) as CPython does. (The EXACT_ARGS form is entered inline: enterExactArgs.)
     */
    static Object callBoundMethodGeneral(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        if (s[base] instanceof PyBoundMethod bm && s[base + 1] == null && bm.function() instanceof PyFunction fn) {
            hit(CALL_BOUND_METHOD_GENERAL);
            s[base] = fn;
            s[base + 1] = bm.self();
            return done(s, base, nargs, Ops.callPython(ts, fn, s, base + 1, nargs + 1, null));
        }
        return callMiss(CALL_BOUND_METHOD_GENERAL, f, ts, s, base, cache, nargs);
    }

    /** A new instance of the cached class, its Python __init__ run with the instance in the self slot. */
    static Object callAllocAndEnterInit(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        Guards.Attr g = (Guards.Attr) guard(f, cache);
        if (s[base] == g.type() && s[base + 1] == null && g.type().versionIfValid() == g.version()) {
            hit(CALL_ALLOC_AND_ENTER_INIT);
            Object obj = new org.ember.runtime.PyInstance(g.type());
            s[base + 1] = obj;
            Object r = Eval.callExact(ts, (PyFunction) g.descr(), s, base + 1, nargs + 1);
            if (r != PyNone.NONE) {
                throw org.ember.runtime.Errors.typeError("__init__() should return None, not '%s'", Abstract.typeName(r));
            }
            return done(s, base, nargs, obj);
        }
        return callMiss(CALL_ALLOC_AND_ENTER_INIT, f, ts, s, base, cache, nargs);
    }

    static Object callType1(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        if (s[base] == PyType.TYPE && s[base + 1] == null) {
            hit(CALL_TYPE_1);
            return done(s, base, nargs, Abstract.typeOf(s[base + 2]));
        }
        return callMiss(CALL_TYPE_1, f, ts, s, base, cache, nargs);
    }

    static Object callLen(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        if (s[base] == ((Guards.Target) guard(f, cache)).callable() && s[base + 1] == null) {
            hit(CALL_LEN);
            return done(s, base, nargs, PyInt.of(Abstract.size(s[base + 2])));
        }
        return callMiss(CALL_LEN, f, ts, s, base, cache, nargs);
    }

    static Object callIsinstance(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        if (s[base] == ((Guards.Target) guard(f, cache)).callable() && s[base + 1] == null) {
            hit(CALL_ISINSTANCE);
            return done(s, base, nargs, PyBool.of(Abstract.isInstance(s[base + 2], s[base + 3])));
        }
        return callMiss(CALL_ISINSTANCE, f, ts, s, base, cache, nargs);
    }

    static Object callListAppend(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        if (s[base] == ((Guards.Target) guard(f, cache)).callable() && s[base + 1] != null
                && s[base + 1].getClass() == PyList.class) {
            hit(CALL_LIST_APPEND);
            ((PyList) s[base + 1]).append(s[base + 2]);
            return done(s, base, nargs, PyNone.NONE);
        }
        return callMiss(CALL_LIST_APPEND, f, ts, s, base, cache, nargs);
    }

    /** CALL_BUILTIN_FAST, CALL_METHOD_DESCRIPTOR_FAST, CALL_BUILTIN_CLASS: the cached builtin object, called directly. */
    static Object callBuiltin(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs, int op) {
        Object callable = s[base];
        if (callable == ((Guards.Target) guard(f, cache)).callable()) {
            hit(op);
            boolean self = s[base + 1] != null;
            int offset = self ? base + 1 : base + 2;
            int count = self ? nargs + 1 : nargs;
            Object result = callable instanceof PyBuiltinFunction b
                    ? b.call(s, offset, count, null)
                    : Abstract.call(callable, s, offset, count, null);
            return done(s, base, nargs, result);
        }
        return callMiss(op, f, ts, s, base, cache, nargs);
    }

    static Object callStr1(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        if (s[base] == PyStr.TYPE && s[base + 1] == null) {
            hit(CALL_STR_1);
            return done(s, base, nargs, Abstract.str(s[base + 2]));
        }
        return callMiss(CALL_STR_1, f, ts, s, base, cache, nargs);
    }

    static Object callTuple1(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        if (s[base] == PyTuple.TYPE && s[base + 1] == null) {
            hit(CALL_TUPLE_1);
            Object arg = s[base + 2];
            return done(s, base, nargs, arg.getClass() == PyTuple.class ? arg : PyTuple.fromIterable(arg));
        }
        return callMiss(CALL_TUPLE_1, f, ts, s, base, cache, nargs);
    }

    private static final Object[] NO_ARGS = new Object[0];

    /** CALL_BUILTIN_O: a METH_O builtin's body called on its one argument, no binding. */
    static Object callBuiltinO(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        Object callable = s[base];
        if (callable == ((Guards.Target) guard(f, cache)).callable()) {
            Object arg = s[base + 1] != null ? s[base + 1] : s[base + 2];
            if (nargs + (s[base + 1] != null ? 1 : 0) == 1) {
                hit(CALL_BUILTIN_O);
                return done(s, base, nargs, ((PyBuiltinFunction) callable).callBound(new Object[] {arg}));
            }
        }
        return callMiss(CALL_BUILTIN_O, f, ts, s, base, cache, nargs);
    }

    /**
     * CALL_METHOD_DESCRIPTOR_NOARGS / _O: the receiver (self slot or first argument) checked
     * against the descriptor's class, then its body called without binding.
     */
    static Object callMethodDescriptorDirect(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs, int op) {
        Object callable = s[base];
        if (callable == ((Guards.Target) guard(f, cache)).callable()) {
            PyMethodDescr d = (PyMethodDescr) callable;
            int offset = s[base + 1] != null ? base + 1 : base + 2;
            int count = s[base + 1] != null ? nargs + 1 : nargs;
            int expected = op == CALL_METHOD_DESCRIPTOR_NOARGS ? 1 : 2;
            if (count == expected) {
                Object self = s[offset];
                PyType type = Abstract.typeOf(self);
                if (type == d.owner() || type.isSubtype(d.owner())) {
                    hit(op);
                    Object[] args = expected == 1 ? NO_ARGS : new Object[] {s[offset + 1]};
                    return done(s, base, nargs, d.callChecked(self, args));
                }
            }
        }
        return callMiss(op, f, ts, s, base, cache, nargs);
    }

    // ---- CALL_KW: callable s[base], self-or-NULL, nargs values (keywords last), kwnames at base+2+nargs

    static Object callKw(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        if (Adaptive.due(f.units, cache)) Specializer.callKw(f, cache, s[base], s[base + 1]);
        return Ops.call(ts, s, base, nargs, (PyTuple) s[base + 2 + nargs]);
    }

    /** CALL_KW_PY / _BOUND_METHOD / _NON_PY: the callable's kind checked, then the generic call. */
    static Object callKwSpecialized(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs, int op) {
        Object callable = s[base];
        boolean fits = switch (op) {
            case CALL_KW_PY -> callable instanceof PyFunction;
            case CALL_KW_BOUND_METHOD -> callable instanceof PyBoundMethod bm && s[base + 1] == null
                    && bm.function() instanceof PyFunction;
            default -> !(callable instanceof PyFunction) && !(callable instanceof PyBoundMethod);
        };
        if (!fits) {
            miss(op);
            return callKw(f, ts, s, base, cache, nargs);
        }
        hit(op);
        if (op == CALL_KW_BOUND_METHOD) {
            PyBoundMethod bm = (PyBoundMethod) callable;
            s[base] = bm.function();
            s[base + 1] = bm.self();
        }
        return Ops.call(ts, s, base, nargs, (PyTuple) s[base + 2 + nargs]);
    }

    // ---- LOAD_SUPER_ATTR (global super, class, self on the stack) and SEND ---------------------------

    static int loadSuperAttr(Frame f, Object[] s, int sp, int cache, int oparg) {
        if (Adaptive.due(f.units, cache)) Specializer.loadSuperAttr(f, cache, s[sp - 3], s[sp - 2], s[sp - 1], oparg);
        return Ops.loadSuperAttr(s, sp, f.code.names[oparg >> 2].value(), oparg);
    }

    /** The chain entry for super(thisClass, obj) on objects of exactly objType at its current version, or null. */
    private static Guards.Super findSuper(Guards.Super chain, PyType thisClass, PyType objType) {
        for (Guards.Super g = chain; g != null; g = g.next()) {
            if (g.thisClass() == thisClass && g.objType() == objType && objType.versionIfValid() == g.version()) return g;
        }
        return null;
    }

    /**
     * LOAD_SUPER_ATTR_ATTR / _METHOD: the attribute cached from the MRO after the class (no super
     * object, no MRO walk); the method form pushes (function, self) unbound for a method descriptor.
     */
    static int loadSuperAttrSpecialized(Frame f, Object[] s, int sp, int cache, int oparg, int op) {
        Object self = s[sp - 1];
        if (s[sp - 3] == org.ember.runtime.PySuper.TYPE && s[sp - 2] instanceof PyType thisClass && self != null) {
            PyType objType = Abstract.typeOf(self);
            Guards.Super chain = (Guards.Super) guard(f, cache);
            Guards.Super g = findSuper(chain, thisClass, objType);
            if (g == null && chain.length() < Guards.MAX_CHAIN) {
                g = Specializer.superGuard(thisClass, self, f.code.names[oparg >> 2].value(), chain);
                if (g != null) f.copy.refs[cache] = g;
            }
            if (g != null) {
                hit(op);
                return pushSuperAttr(s, sp, g.found(), self, objType, (oparg & 1) != 0);
            }
        }
        miss(op);
        return loadSuperAttr(f, s, sp, cache, oparg);
    }

    private static int pushSuperAttr(Object[] s, int sp, Object found, Object self, PyType objType, boolean method) {
        PyType foundType = Abstract.typeOf(found);
        s[sp - 1] = null;
        if (method && foundType.isMethodDescriptor()) {
            s[sp - 3] = found;
            s[sp - 2] = self;
            return sp - 1;
        }
        s[sp - 3] = foundType.descrGet == null ? found : foundType.descrGet.apply(found, self, objType);
        s[sp - 2] = null;
        return method ? sp - 1 : sp - 2;
    }

    /** SEND: the value sent, or null when the sub-iterator returned (its value is in f.sendResult). */
    static Object send(Frame f, int cache, Object receiver, Object value) {
        if (Adaptive.due(f.units, cache)) Specializer.send(f, cache, receiver);
        return Generators.send(f, receiver, value);
    }

    /** SEND_GEN: the generator (or coroutine) resumed directly, without the protocol dispatch of SEND. */
    private static final int SEND_CACHES = org.ember.bytecode.Instructions.cacheSize(SEND);

    /**
     * The dispatch loop's SEND_GEN: a generator or coroutine receiver is resumed inline when it
     * can be (Generators.resumeInline) and its frame returned, for the loop to continue in; the
     * caller then continues after SEND's caches with the value sent replaced by the one yielded,
     * or at {@code target} (before the caches) with the return value. Else as {@link #sendGen}.
     */
    static Object sendGenInline(Frame f, ThreadState ts, int cache, Object receiver, Object value, int sp, int target) {
        if (receiver instanceof org.ember.runtime.PyGenerator gen && gen.kind != org.ember.runtime.PyGenerator.Kind.ASYNC_GENERATOR) {
            Frame entered = Generators.resumeInline(ts, gen, value, f, cache + SEND_CACHES, sp - 1, target + SEND_CACHES);
            if (entered != null) {
                hit(SEND_GEN);
                return entered;
            }
        }
        return sendGen(f, ts, cache, receiver, value);
    }

    static Object sendGen(Frame f, ThreadState ts, int cache, Object receiver, Object value) {
        if (receiver instanceof org.ember.runtime.PyGenerator gen) {
            hit(SEND_GEN);
            Generators.Outcome o = Generators.resume(ts, gen, value, null);
            if (!o.returned()) return o.value();
            f.sendResult = o.value();
            return null;
        }
        miss(SEND_GEN);
        return send(f, cache, receiver, value);
    }

    // ---- JUMP_BACKWARD: back-edge counting (see HotLoops) ------------------------------------------

    static void jumpBackward(Frame f, int cache) {
        Specializer.jumpBackward(f, cache);
    }

    static void jumpBackwardJit(Frame f, int cache) {
        hit(JUMP_BACKWARD_JIT);
        countBackEdge(f, cache);
    }

    /** JUMP_BACKWARD_NO_JIT: a plain jump, but with tier 2 on (its default) hot loops are still found. */
    static void jumpBackwardNoJit(Frame f, ThreadState ts, int cache) {
        if (ts.interpreter().jitThreshold >= 0) countBackEdge(f, cache);
    }

    private static void countBackEdge(Frame f, int cache) {
        char[] code = f.units;
        int counter = code[cache];
        if (counter >= 1 << Adaptive.BACKOFF_BITS) code[cache] = (char) (counter - (1 << Adaptive.BACKOFF_BITS));
        else HotLoops.found(f, cache);
    }

    static Object callNonPyGeneral(Frame f, ThreadState ts, Object[] s, int base, int cache, int nargs) {
        Object callable = s[base];
        if (!(callable instanceof PyFunction) && !(callable instanceof PyBoundMethod)) {
            hit(CALL_NON_PY_GENERAL);
            return Ops.call(ts, s, base, nargs, null);
        }
        return callMiss(CALL_NON_PY_GENERAL, f, ts, s, base, cache, nargs);
    }
}
