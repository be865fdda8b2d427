package org.ember.interp;

import static org.ember.bytecode.Opcode.*;

import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyCell;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PySlice;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * The instruction bodies that tier-2 code ({@code org.ember.jit}) calls: one static method per
 * instruction the JIT compiles, named after the instruction, all with one shape
 * {@code (frame, thread, values, sp, cache, oparg) -> jumped}. {@code sp} is the stack pointer
 * before the instruction (an absolute index into {@code values}; constant in compiled code, so
 * that after inlining every index below is a constant), {@code cache} the instruction's first
 * cache unit ({@code lasti + 1}). The result is true only for a branch that is taken.
 *
 * <p>Each body does exactly what the corresponding arm of {@link Eval}'s dispatch loop does,
 * through the same helpers ({@link Specialized}, {@link Ops}), so compiled code has the
 * interpreter's semantics by construction. The {@code ANY_*} methods serve the family heads:
 * they run whatever form this thread's code copy holds now (the specializer keeps rewriting
 * the copy while compiled code runs), which is also what compiled code does when the form it
 * was compiled for has been replaced (its guard on the unit failed).
 *
 * <p>The JIT finds these methods by name (reflection at class-load time), so a new instruction
 * becomes compilable by adding its method here.
 */
@SuppressWarnings("unused") // called from generated code only
public final class JitOps {
    private JitOps() {}

    // ---- locals, constants, stack shuffles -------------------------------------------------------

    static boolean LOAD_FAST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp] = s[oparg]; return false; }
    static boolean LOAD_FAST_BORROW(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp] = s[oparg]; return false; }
    static boolean LOAD_FAST_LOAD_FAST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        s[sp] = s[oparg >> 4];
        s[sp + 1] = s[oparg & 15];
        return false;
    }
    static boolean LOAD_FAST_BORROW_LOAD_FAST_BORROW(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        return LOAD_FAST_LOAD_FAST(f, ts, s, sp, cache, oparg);
    }
    static boolean STORE_FAST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[oparg] = s[sp - 1]; return false; }
    static boolean STORE_FAST_LOAD_FAST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        s[oparg >> 4] = s[sp - 1];
        s[sp - 1] = s[oparg & 15];
        return false;
    }
    static boolean STORE_FAST_STORE_FAST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        s[oparg >> 4] = s[sp - 1];
        s[oparg & 15] = s[sp - 2];
        return false;
    }
    static boolean LOAD_FAST_CHECK(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp] = Ops.checkLocal(f, oparg); return false; }
    static boolean LOAD_FAST_AND_CLEAR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        s[sp] = s[oparg];
        s[oparg] = null;
        return false;
    }
    static boolean LOAD_SMALL_INT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp] = PyInt.of(oparg); return false; }
    static boolean LOAD_CONST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp] = Ops.constant(f.code, oparg); return false; }
    static boolean LOAD_CONST_IMMORTAL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return LOAD_CONST(f, ts, s, sp, cache, oparg); }
    static boolean LOAD_CONST_MORTAL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return LOAD_CONST(f, ts, s, sp, cache, oparg); }
    static boolean LOAD_DEREF(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp] = Ops.loadDeref(f, oparg); return false; }
    static boolean STORE_DEREF(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { ((PyCell) s[oparg]).contents = s[sp - 1]; return false; }
    static boolean POP_TOP(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp - 1] = null; return false; }
    static boolean END_FOR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp - 1] = null; return false; }
    static boolean POP_ITER(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp - 1] = null; return false; }
    static boolean PUSH_NULL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp] = null; return false; }
    static boolean COPY(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp] = s[sp - oparg]; return false; }
    static boolean SWAP(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        Object t = s[sp - 1];
        s[sp - 1] = s[sp - oparg];
        s[sp - oparg] = t;
        return false;
    }
    static boolean NOP(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return false; }
    static boolean NOT_TAKEN(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return false; }
    static boolean RESUME(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        if (ts.pendingEvents) Ops.runPendingEvents(ts);
        return false;
    }
    static boolean RESUME_CHECK(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        return RESUME(f, ts, s, sp, cache, oparg);
    }

    // ---- branches (true: jump) ------------------------------------------------------------------

    static boolean POP_JUMP_IF_FALSE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        Object v = s[sp - 1];
        s[sp - 1] = null;
        return v == PyBool.FALSE;
    }
    static boolean POP_JUMP_IF_TRUE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        Object v = s[sp - 1];
        s[sp - 1] = null;
        return v == PyBool.TRUE;
    }
    static boolean POP_JUMP_IF_NONE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        Object v = s[sp - 1];
        s[sp - 1] = null;
        return v == PyNone.NONE;
    }
    static boolean POP_JUMP_IF_NOT_NONE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        Object v = s[sp - 1];
        s[sp - 1] = null;
        return v != PyNone.NONE;
    }

    // FOR_ITER: true when the iterator is exhausted (the jump past END_FOR)
    static boolean FOR_ITER(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        Object item = Specialized.forIter(f, cache, s[sp - 1]);
        if (item == null) return true;
        s[sp] = item;
        return false;
    }
    private static boolean forIterForm(Frame f, Object[] s, int sp, int cache, int op) {
        Object item = Specialized.forIterSpecialized(f, cache, s[sp - 1], op);
        if (item == null) return true;
        s[sp] = item;
        return false;
    }
    static boolean FOR_ITER_LIST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return forIterForm(f, s, sp, cache, FOR_ITER_LIST); }
    static boolean FOR_ITER_TUPLE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return forIterForm(f, s, sp, cache, FOR_ITER_TUPLE); }
    static boolean FOR_ITER_RANGE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return forIterForm(f, s, sp, cache, FOR_ITER_RANGE); }
    static boolean FOR_ITER_GEN(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return forIterForm(f, s, sp, cache, FOR_ITER_GEN); }
    static boolean ANY_FOR_ITER(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        int op = f.units[cache - 1] & 0xFF;
        return switch (op) {
            case FOR_ITER_LIST, FOR_ITER_TUPLE, FOR_ITER_RANGE, FOR_ITER_GEN -> forIterForm(f, s, sp, cache, op);
            default -> FOR_ITER(f, ts, s, sp, cache, oparg);
        };
    }
    static boolean GET_ITER(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp - 1] = Abstract.getIter(s[sp - 1]); return false; }

    // ---- simple operators -----------------------------------------------------------------------

    static boolean IS_OP(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        s[sp - 2] = PyBool.of((s[sp - 2] == s[sp - 1]) != (oparg == 1));
        s[sp - 1] = null;
        return false;
    }
    static boolean UNARY_NOT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp - 1] = PyBool.of(s[sp - 1] != PyBool.TRUE); return false; }
    static boolean UNARY_NEGATIVE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp - 1] = Abstract.negative(s[sp - 1]); return false; }
    static boolean BINARY_SLICE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        s[sp - 3] = Abstract.getItem(s[sp - 3], new PySlice(s[sp - 2], s[sp - 1], PyNone.NONE));
        return false;
    }
    static boolean LIST_APPEND(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        ((PyList) s[sp - 1 - oparg]).append(s[sp - 1]);
        s[sp - 1] = null;
        return false;
    }
    static boolean BUILD_TUPLE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp - oparg] = Ops.tuple(s, sp - oparg, oparg); return false; }
    static boolean BUILD_LIST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp - oparg] = PyList.of(Ops.slice(s, sp - oparg, oparg)); return false; }
    static boolean BUILD_STRING(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp - oparg] = Ops.concat(s, sp - oparg, oparg); return false; }

    // ---- LOAD_GLOBAL --------------------------------------------------------------------------------

    private static boolean pushGlobal(Object[] s, int sp, int oparg, Object v) {
        s[sp] = v;
        if ((oparg & 1) != 0) s[sp + 1] = null;
        return false;
    }
    static boolean LOAD_GLOBAL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return pushGlobal(s, sp, oparg, Specialized.loadGlobal(f, cache, oparg)); }
    static boolean LOAD_GLOBAL_MODULE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return pushGlobal(s, sp, oparg, Specialized.loadGlobalModule(f, cache, oparg)); }
    static boolean LOAD_GLOBAL_BUILTIN(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return pushGlobal(s, sp, oparg, Specialized.loadGlobalBuiltin(f, cache, oparg)); }
    static boolean ANY_LOAD_GLOBAL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        return switch (f.units[cache - 1] & 0xFF) {
            case LOAD_GLOBAL_MODULE -> LOAD_GLOBAL_MODULE(f, ts, s, sp, cache, oparg);
            case LOAD_GLOBAL_BUILTIN -> LOAD_GLOBAL_BUILTIN(f, ts, s, sp, cache, oparg);
            default -> LOAD_GLOBAL(f, ts, s, sp, cache, oparg);
        };
    }

    // ---- LOAD_ATTR / STORE_ATTR ----------------------------------------------------------------------

    static boolean LOAD_ATTR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttr(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_INSTANCE_VALUE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrInstanceValue(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_METHOD_WITH_VALUES(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrMethodWithValues(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrNondescriptorWithValues(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_METHOD_NO_DICT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrMethodNoDict(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_NONDESCRIPTOR_NO_DICT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrNondescriptorNoDict(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_MODULE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrModule(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_CLASS(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrClass(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_CLASS_WITH_METACLASS_CHECK(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrClass(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_PROPERTY(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrProperty(f, ts, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_SLOT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrSlot(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_WITH_HINT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrWithHint(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_METHOD_LAZY_DICT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrMethodLazyDict(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadAttrGetattributeOverridden(f, ts, s, sp, cache, oparg); return false; }
    static boolean ANY_LOAD_ATTR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        return switch (f.units[cache - 1] & 0xFF) {
            case LOAD_ATTR_INSTANCE_VALUE -> LOAD_ATTR_INSTANCE_VALUE(f, ts, s, sp, cache, oparg);
            case LOAD_ATTR_METHOD_WITH_VALUES -> LOAD_ATTR_METHOD_WITH_VALUES(f, ts, s, sp, cache, oparg);
            case LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES -> LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES(f, ts, s, sp, cache, oparg);
            case LOAD_ATTR_METHOD_NO_DICT -> LOAD_ATTR_METHOD_NO_DICT(f, ts, s, sp, cache, oparg);
            case LOAD_ATTR_NONDESCRIPTOR_NO_DICT -> LOAD_ATTR_NONDESCRIPTOR_NO_DICT(f, ts, s, sp, cache, oparg);
            case LOAD_ATTR_MODULE -> LOAD_ATTR_MODULE(f, ts, s, sp, cache, oparg);
            case LOAD_ATTR_CLASS, LOAD_ATTR_CLASS_WITH_METACLASS_CHECK -> LOAD_ATTR_CLASS(f, ts, s, sp, cache, oparg);
            case LOAD_ATTR_PROPERTY -> LOAD_ATTR_PROPERTY(f, ts, s, sp, cache, oparg);
            case LOAD_ATTR_SLOT -> LOAD_ATTR_SLOT(f, ts, s, sp, cache, oparg);
            case LOAD_ATTR_WITH_HINT -> LOAD_ATTR_WITH_HINT(f, ts, s, sp, cache, oparg);
            case LOAD_ATTR_METHOD_LAZY_DICT -> LOAD_ATTR_METHOD_LAZY_DICT(f, ts, s, sp, cache, oparg);
            case LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN -> LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN(f, ts, s, sp, cache, oparg);
            default -> LOAD_ATTR(f, ts, s, sp, cache, oparg);
        };
    }

    static boolean STORE_ATTR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.storeAttr(f, s, sp, cache, oparg); return false; }
    static boolean STORE_ATTR_INSTANCE_VALUE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.storeAttrInstanceValue(f, s, sp, cache, oparg); return false; }
    static boolean STORE_ATTR_SLOT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.storeAttrSlot(f, s, sp, cache, oparg); return false; }
    static boolean STORE_ATTR_WITH_HINT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.storeAttrWithHint(f, s, sp, cache, oparg); return false; }
    static boolean ANY_STORE_ATTR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        return switch (f.units[cache - 1] & 0xFF) {
            case STORE_ATTR_INSTANCE_VALUE -> STORE_ATTR_INSTANCE_VALUE(f, ts, s, sp, cache, oparg);
            case STORE_ATTR_SLOT -> STORE_ATTR_SLOT(f, ts, s, sp, cache, oparg);
            case STORE_ATTR_WITH_HINT -> STORE_ATTR_WITH_HINT(f, ts, s, sp, cache, oparg);
            default -> STORE_ATTR(f, ts, s, sp, cache, oparg);
        };
    }

    // ---- BINARY_OP: left s[sp-2], right s[sp-1] -----------------------------------------------------

    private static boolean binaryResult(Object[] s, int sp, Object result) {
        s[sp - 2] = result;
        s[sp - 1] = null;
        return false;
    }
    static boolean BINARY_OP(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.binaryOp(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_ADD_INT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.addInt(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_SUBTRACT_INT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.subtractInt(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_MULTIPLY_INT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.multiplyInt(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_ADD_FLOAT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.addFloat(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_SUBTRACT_FLOAT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.subtractFloat(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_MULTIPLY_FLOAT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.multiplyFloat(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_SUBSCR_LIST_INT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.subscrListInt(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_SUBSCR_TUPLE_INT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.subscrTupleInt(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_SUBSCR_DICT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.subscrDict(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_SUBSCR_STR_INT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.subscrStrInt(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_ADD_UNICODE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.addUnicode(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_INPLACE_ADD_UNICODE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.addUnicode(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_EXTEND(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.extend(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_SUBSCR_LIST_SLICE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.subscrListSlice(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean BINARY_OP_SUBSCR_GETITEM(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.subscrGetitem(f, ts, s, sp, cache, oparg)); }
    static boolean ANY_BINARY_OP(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        return switch (f.units[cache - 1] & 0xFF) {
            case BINARY_OP_ADD_INT -> BINARY_OP_ADD_INT(f, ts, s, sp, cache, oparg);
            case BINARY_OP_SUBTRACT_INT -> BINARY_OP_SUBTRACT_INT(f, ts, s, sp, cache, oparg);
            case BINARY_OP_MULTIPLY_INT -> BINARY_OP_MULTIPLY_INT(f, ts, s, sp, cache, oparg);
            case BINARY_OP_ADD_FLOAT -> BINARY_OP_ADD_FLOAT(f, ts, s, sp, cache, oparg);
            case BINARY_OP_SUBTRACT_FLOAT -> BINARY_OP_SUBTRACT_FLOAT(f, ts, s, sp, cache, oparg);
            case BINARY_OP_MULTIPLY_FLOAT -> BINARY_OP_MULTIPLY_FLOAT(f, ts, s, sp, cache, oparg);
            case BINARY_OP_SUBSCR_LIST_INT -> BINARY_OP_SUBSCR_LIST_INT(f, ts, s, sp, cache, oparg);
            case BINARY_OP_SUBSCR_TUPLE_INT -> BINARY_OP_SUBSCR_TUPLE_INT(f, ts, s, sp, cache, oparg);
            case BINARY_OP_SUBSCR_DICT -> BINARY_OP_SUBSCR_DICT(f, ts, s, sp, cache, oparg);
            case BINARY_OP_SUBSCR_STR_INT -> BINARY_OP_SUBSCR_STR_INT(f, ts, s, sp, cache, oparg);
            case BINARY_OP_ADD_UNICODE, BINARY_OP_INPLACE_ADD_UNICODE -> BINARY_OP_ADD_UNICODE(f, ts, s, sp, cache, oparg);
            case BINARY_OP_EXTEND -> BINARY_OP_EXTEND(f, ts, s, sp, cache, oparg);
            case BINARY_OP_SUBSCR_LIST_SLICE -> BINARY_OP_SUBSCR_LIST_SLICE(f, ts, s, sp, cache, oparg);
            case BINARY_OP_SUBSCR_GETITEM -> BINARY_OP_SUBSCR_GETITEM(f, ts, s, sp, cache, oparg);
            default -> BINARY_OP(f, ts, s, sp, cache, oparg);
        };
    }

    // ---- COMPARE_OP, CONTAINS_OP, TO_BOOL -----------------------------------------------------------

    static boolean COMPARE_OP(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.compareOp(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean COMPARE_OP_INT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.compareInt(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean COMPARE_OP_FLOAT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.compareFloat(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean COMPARE_OP_STR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.compareStr(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean ANY_COMPARE_OP(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        return switch (f.units[cache - 1] & 0xFF) {
            case COMPARE_OP_INT -> COMPARE_OP_INT(f, ts, s, sp, cache, oparg);
            case COMPARE_OP_FLOAT -> COMPARE_OP_FLOAT(f, ts, s, sp, cache, oparg);
            case COMPARE_OP_STR -> COMPARE_OP_STR(f, ts, s, sp, cache, oparg);
            default -> COMPARE_OP(f, ts, s, sp, cache, oparg);
        };
    }

    static boolean CONTAINS_OP(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.containsOp(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean CONTAINS_OP_DICT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.containsDict(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean CONTAINS_OP_SET(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return binaryResult(s, sp, Specialized.containsSet(f, cache, s[sp - 2], s[sp - 1], oparg)); }
    static boolean ANY_CONTAINS_OP(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        return switch (f.units[cache - 1] & 0xFF) {
            case CONTAINS_OP_DICT -> CONTAINS_OP_DICT(f, ts, s, sp, cache, oparg);
            case CONTAINS_OP_SET -> CONTAINS_OP_SET(f, ts, s, sp, cache, oparg);
            default -> CONTAINS_OP(f, ts, s, sp, cache, oparg);
        };
    }

    static boolean TO_BOOL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp - 1] = Specialized.toBool(f, cache, s[sp - 1]); return false; }
    private static boolean toBoolForm(Frame f, Object[] s, int sp, int cache, int op) { s[sp - 1] = Specialized.toBoolSpecialized(f, cache, s[sp - 1], op); return false; }
    static boolean TO_BOOL_BOOL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return toBoolForm(f, s, sp, cache, TO_BOOL_BOOL); }
    static boolean TO_BOOL_INT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return toBoolForm(f, s, sp, cache, TO_BOOL_INT); }
    static boolean TO_BOOL_LIST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return toBoolForm(f, s, sp, cache, TO_BOOL_LIST); }
    static boolean TO_BOOL_NONE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return toBoolForm(f, s, sp, cache, TO_BOOL_NONE); }
    static boolean TO_BOOL_STR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return toBoolForm(f, s, sp, cache, TO_BOOL_STR); }
    static boolean TO_BOOL_ALWAYS_TRUE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return toBoolForm(f, s, sp, cache, TO_BOOL_ALWAYS_TRUE); }
    static boolean ANY_TO_BOOL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        int op = f.units[cache - 1] & 0xFF;
        return switch (op) {
            case TO_BOOL_BOOL, TO_BOOL_INT, TO_BOOL_LIST, TO_BOOL_NONE, TO_BOOL_STR, TO_BOOL_ALWAYS_TRUE -> toBoolForm(f, s, sp, cache, op);
            default -> TO_BOOL(f, ts, s, sp, cache, oparg);
        };
    }

    // ---- UNPACK_SEQUENCE, STORE_SUBSCR, LOAD_SUPER_ATTR ---------------------------------------------

    static boolean UNPACK_SEQUENCE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.unpackSequence(f, s, sp, cache, oparg); return false; }
    static boolean UNPACK_SEQUENCE_TWO_TUPLE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.unpackSpecialized(f, s, sp, cache, oparg, UNPACK_SEQUENCE_TWO_TUPLE); return false; }
    static boolean UNPACK_SEQUENCE_TUPLE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.unpackSpecialized(f, s, sp, cache, oparg, UNPACK_SEQUENCE_TUPLE); return false; }
    static boolean UNPACK_SEQUENCE_LIST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.unpackSpecialized(f, s, sp, cache, oparg, UNPACK_SEQUENCE_LIST); return false; }
    static boolean ANY_UNPACK_SEQUENCE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        int op = f.units[cache - 1] & 0xFF;
        if (op == UNPACK_SEQUENCE_TWO_TUPLE || op == UNPACK_SEQUENCE_TUPLE || op == UNPACK_SEQUENCE_LIST) {
            Specialized.unpackSpecialized(f, s, sp, cache, oparg, op);
            return false;
        }
        return UNPACK_SEQUENCE(f, ts, s, sp, cache, oparg);
    }

    static boolean STORE_SUBSCR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.storeSubscr(f, s, sp, cache); return false; }
    static boolean STORE_SUBSCR_LIST_INT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.storeSubscrListInt(f, s, sp, cache); return false; }
    static boolean STORE_SUBSCR_DICT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.storeSubscrDict(f, s, sp, cache); return false; }
    static boolean ANY_STORE_SUBSCR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        return switch (f.units[cache - 1] & 0xFF) {
            case STORE_SUBSCR_LIST_INT -> STORE_SUBSCR_LIST_INT(f, ts, s, sp, cache, oparg);
            case STORE_SUBSCR_DICT -> STORE_SUBSCR_DICT(f, ts, s, sp, cache, oparg);
            default -> STORE_SUBSCR(f, ts, s, sp, cache, oparg);
        };
    }

    static boolean LOAD_SUPER_ATTR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadSuperAttr(f, s, sp, cache, oparg); return false; }
    static boolean LOAD_SUPER_ATTR_ATTR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadSuperAttrSpecialized(f, s, sp, cache, oparg, LOAD_SUPER_ATTR_ATTR); return false; }
    static boolean LOAD_SUPER_ATTR_METHOD(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Specialized.loadSuperAttrSpecialized(f, s, sp, cache, oparg, LOAD_SUPER_ATTR_METHOD); return false; }
    static boolean ANY_LOAD_SUPER_ATTR(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        int op = f.units[cache - 1] & 0xFF;
        if (op == LOAD_SUPER_ATTR_ATTR || op == LOAD_SUPER_ATTR_METHOD) {
            Specialized.loadSuperAttrSpecialized(f, s, sp, cache, oparg, op);
            return false;
        }
        return LOAD_SUPER_ATTR(f, ts, s, sp, cache, oparg);
    }

    // ---- CALL: callable s[base], self-or-NULL s[base+1], oparg arguments; result into s[base] ------

    static boolean CALL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        int base = sp - oparg - 2;
        s[base] = Specialized.call(f, ts, s, base, cache, oparg);
        return false;
    }

    /**
     * CALL_PY_EXACT_ARGS / CALL_BOUND_METHOD_EXACT_ARGS: the interpreter's guard and frame setup
     * ({@link Specialized#enterExactArgs}), then a Java call instead of the loop's inlined entry:
     * {@link Eval#run} runs the callee compiled when it has tier-2 code.
     */
    private static boolean callExactForm(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg, int op) {
        int base = sp - oparg - 2;
        Frame callee = Specialized.enterExactArgs(f, ts, s, base, cache, oparg, op);
        s[base] = callee == null ? Specialized.callMiss(op, f, ts, s, base, cache, oparg) : Tier2.runEntered(callee, ts);
        return false;
    }
    static boolean CALL_PY_EXACT_ARGS(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return callExactForm(f, ts, s, sp, cache, oparg, CALL_PY_EXACT_ARGS); }
    static boolean CALL_BOUND_METHOD_EXACT_ARGS(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return callExactForm(f, ts, s, sp, cache, oparg, CALL_BOUND_METHOD_EXACT_ARGS); }
    static boolean CALL_PY_GENERAL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { int b = sp - oparg - 2; s[b] = Specialized.callPyGeneral(f, ts, s, b, cache, oparg); return false; }
    static boolean CALL_BOUND_METHOD_GENERAL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { int b = sp - oparg - 2; s[b] = Specialized.callBoundMethodGeneral(f, ts, s, b, cache, oparg); return false; }
    static boolean CALL_ALLOC_AND_ENTER_INIT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { int b = sp - oparg - 2; s[b] = Specialized.callAllocAndEnterInit(f, ts, s, b, cache, oparg); return false; }
    static boolean CALL_TYPE_1(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { int b = sp - oparg - 2; s[b] = Specialized.callType1(f, ts, s, b, cache, oparg); return false; }
    static boolean CALL_STR_1(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { int b = sp - oparg - 2; s[b] = Specialized.callStr1(f, ts, s, b, cache, oparg); return false; }
    static boolean CALL_TUPLE_1(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { int b = sp - oparg - 2; s[b] = Specialized.callTuple1(f, ts, s, b, cache, oparg); return false; }
    static boolean CALL_LEN(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { int b = sp - oparg - 2; s[b] = Specialized.callLen(f, ts, s, b, cache, oparg); return false; }
    static boolean CALL_ISINSTANCE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { int b = sp - oparg - 2; s[b] = Specialized.callIsinstance(f, ts, s, b, cache, oparg); return false; }
    static boolean CALL_LIST_APPEND(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { int b = sp - oparg - 2; s[b] = Specialized.callListAppend(f, ts, s, b, cache, oparg); return false; }
    static boolean CALL_BUILTIN_O(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { int b = sp - oparg - 2; s[b] = Specialized.callBuiltinO(f, ts, s, b, cache, oparg); return false; }
    static boolean CALL_NON_PY_GENERAL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { int b = sp - oparg - 2; s[b] = Specialized.callNonPyGeneral(f, ts, s, b, cache, oparg); return false; }
    private static boolean callBuiltinForm(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg, int op) { int b = sp - oparg - 2; s[b] = Specialized.callBuiltin(f, ts, s, b, cache, oparg, op); return false; }
    static boolean CALL_BUILTIN_FAST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return callBuiltinForm(f, ts, s, sp, cache, oparg, CALL_BUILTIN_FAST); }
    static boolean CALL_METHOD_DESCRIPTOR_FAST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return callBuiltinForm(f, ts, s, sp, cache, oparg, CALL_METHOD_DESCRIPTOR_FAST); }
    static boolean CALL_BUILTIN_CLASS(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return callBuiltinForm(f, ts, s, sp, cache, oparg, CALL_BUILTIN_CLASS); }
    static boolean CALL_BUILTIN_FAST_WITH_KEYWORDS(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return callBuiltinForm(f, ts, s, sp, cache, oparg, CALL_BUILTIN_FAST_WITH_KEYWORDS); }
    static boolean CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return callBuiltinForm(f, ts, s, sp, cache, oparg, CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS); }
    private static boolean callDescriptorDirect(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg, int op) { int b = sp - oparg - 2; s[b] = Specialized.callMethodDescriptorDirect(f, ts, s, b, cache, oparg, op); return false; }
    static boolean CALL_METHOD_DESCRIPTOR_NOARGS(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return callDescriptorDirect(f, ts, s, sp, cache, oparg, CALL_METHOD_DESCRIPTOR_NOARGS); }
    static boolean CALL_METHOD_DESCRIPTOR_O(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return callDescriptorDirect(f, ts, s, sp, cache, oparg, CALL_METHOD_DESCRIPTOR_O); }
    static boolean ANY_CALL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        int op = f.units[cache - 1] & 0xFF;
        return switch (op) {
            case CALL_PY_EXACT_ARGS, CALL_BOUND_METHOD_EXACT_ARGS -> callExactForm(f, ts, s, sp, cache, oparg, op);
            case CALL_PY_GENERAL -> CALL_PY_GENERAL(f, ts, s, sp, cache, oparg);
            case CALL_BOUND_METHOD_GENERAL -> CALL_BOUND_METHOD_GENERAL(f, ts, s, sp, cache, oparg);
            case CALL_ALLOC_AND_ENTER_INIT -> CALL_ALLOC_AND_ENTER_INIT(f, ts, s, sp, cache, oparg);
            case CALL_TYPE_1 -> CALL_TYPE_1(f, ts, s, sp, cache, oparg);
            case CALL_STR_1 -> CALL_STR_1(f, ts, s, sp, cache, oparg);
            case CALL_TUPLE_1 -> CALL_TUPLE_1(f, ts, s, sp, cache, oparg);
            case CALL_LEN -> CALL_LEN(f, ts, s, sp, cache, oparg);
            case CALL_ISINSTANCE -> CALL_ISINSTANCE(f, ts, s, sp, cache, oparg);
            case CALL_LIST_APPEND -> CALL_LIST_APPEND(f, ts, s, sp, cache, oparg);
            case CALL_BUILTIN_O -> CALL_BUILTIN_O(f, ts, s, sp, cache, oparg);
            case CALL_NON_PY_GENERAL -> CALL_NON_PY_GENERAL(f, ts, s, sp, cache, oparg);
            case CALL_BUILTIN_FAST, CALL_METHOD_DESCRIPTOR_FAST, CALL_BUILTIN_CLASS, CALL_BUILTIN_FAST_WITH_KEYWORDS,
                 CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS -> callBuiltinForm(f, ts, s, sp, cache, oparg, op);
            case CALL_METHOD_DESCRIPTOR_NOARGS, CALL_METHOD_DESCRIPTOR_O -> callDescriptorDirect(f, ts, s, sp, cache, oparg, op);
            default -> CALL(f, ts, s, sp, cache, oparg);
        };
    }

    static boolean CALL_KW(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { int b = sp - oparg - 3; s[b] = Specialized.callKw(f, ts, s, b, cache, oparg); return false; }
    private static boolean callKwForm(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg, int op) { int b = sp - oparg - 3; s[b] = Specialized.callKwSpecialized(f, ts, s, b, cache, oparg, op); return false; }
    static boolean CALL_KW_PY(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return callKwForm(f, ts, s, sp, cache, oparg, CALL_KW_PY); }
    static boolean CALL_KW_BOUND_METHOD(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return callKwForm(f, ts, s, sp, cache, oparg, CALL_KW_BOUND_METHOD); }
    static boolean CALL_KW_NON_PY(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return callKwForm(f, ts, s, sp, cache, oparg, CALL_KW_NON_PY); }
    static boolean ANY_CALL_KW(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        int op = f.units[cache - 1] & 0xFF;
        if (op == CALL_KW_PY || op == CALL_KW_BOUND_METHOD || op == CALL_KW_NON_PY) return callKwForm(f, ts, s, sp, cache, oparg, op);
        return CALL_KW(f, ts, s, sp, cache, oparg);
    }

    // ---- generators and coroutines ----------------------------------------------------------------------

    // SEND: true when the sub-iterator finished (the jump to END_SEND), its return value replacing the sent one
    private static boolean sendOutcome(Frame f, Object[] s, int sp, Object yielded) {
        s[sp - 1] = yielded != null ? yielded : f.sendResult;
        return yielded == null;
    }
    static boolean SEND(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return sendOutcome(f, s, sp, Specialized.send(f, cache, s[sp - 2], s[sp - 1])); }
    static boolean SEND_GEN(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { return sendOutcome(f, s, sp, Specialized.sendGen(f, ts, cache, s[sp - 2], s[sp - 1])); }
    static boolean ANY_SEND(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        if ((f.units[cache - 1] & 0xFF) == SEND_GEN) return SEND_GEN(f, ts, s, sp, cache, oparg);
        return SEND(f, ts, s, sp, cache, oparg);
    }

    /**
     * YIELD_VALUE: suspends the frame as the interpreter does (resume point, stack below the
     * yielded value) and returns the value; the next resumption enters at {@code resumeAt}.
     */
    static Object yieldValue(Frame f, Object[] s, int sp, int resumeAt) {
        f.pc = resumeAt;
        f.sp = sp - 1;
        f.suspended = true;
        return s[sp - 1];
    }

    /** RETURN_GENERATOR: the prologue is done; the first resumption pushes the value its POP_TOP drops. */
    static Object returnGenerator(Frame f, Object[] s, int sp, int resumeAt) {
        f.pc = resumeAt;
        f.sp = sp;
        f.suspended = true;
        return null;
    }

    // ---- helpers of the instructions compiled inline (stack values in JVM locals, see CodeCompiler) ----

    /** LOAD_CONST compiled inline (the JIT checked at compile time that the constant is supported). */
    static Object constant(Frame f, int index) {
        return f.code.consts[index];
    }

    static Object smallInt(int value) {
        return PyInt.of(value);
    }

    /** COMPARE_OP_INT's fast path: {@code op} is the comparison (oparg >> 5), a constant in compiled code. */
    static boolean compareLongs(long x, long y, int op) {
        return switch (op) {
            case 0 -> x < y;
            case 1 -> x <= y;
            case 2 -> x == y;
            case 3 -> x != y;
            case 4 -> x > y;
            default -> x >= y;
        };
    }

    /** COMPARE_OP_FLOAT's fast path: Java's comparisons are IEEE's, as Python's (NaN: all false but !=). */
    static boolean compareDoubles(double x, double y, int op) {
        return switch (op) {
            case 0 -> x < y;
            case 1 -> x <= y;
            case 2 -> x == y;
            case 3 -> x != y;
            case 4 -> x > y;
            default -> x >= y;
        };
    }

    /** The slow path of a compare fused with its POP_JUMP_IF: the bool the body left at {@code s[i]}, popped. */
    static boolean popTruth(Object[] s, int i) {
        Object v = s[i];
        s[i] = null;
        return v == PyBool.TRUE;
    }

    // Fast paths that neither raise nor run Python code (so the frame need not be up to date
    // while they run): the result, or null (false) for the slow path, the family's body.

    static Object subscrListIntFast(Object a, Object b) {
        if (a.getClass() != PyList.class || b.getClass() != PyInt.class || !((PyInt) b).fitsInt()) return null;
        PyList list = (PyList) a;
        int index = (int) ((PyInt) b).longValue();
        return list.getOrNull(index < 0 ? index + list.size() : index);
    }

    static Object subscrTupleIntFast(Object a, Object b) {
        if (a.getClass() != org.ember.runtime.PyTuple.class || b.getClass() != PyInt.class || !((PyInt) b).fitsInt()) return null;
        org.ember.runtime.PyTuple t = (org.ember.runtime.PyTuple) a;
        int index = (int) ((PyInt) b).longValue();
        return index >= 0 && index < t.size() ? t.get(index) : null;
    }

    /** COMPARE_OP_STR (== and != only, as the specializer picks it). */
    static Object compareStrFast(Object a, Object b, int oparg) {
        if (a.getClass() != org.ember.runtime.PyStr.class || b.getClass() != org.ember.runtime.PyStr.class) return null;
        boolean equal = ((org.ember.runtime.PyStr) a).value().equals(((org.ember.runtime.PyStr) b).value());
        return PyBool.of(equal == (oparg >> 5 == 2));
    }

    static Object toBoolFast(Object v, int op) {
        Class<?> c = v.getClass();
        return switch (op) {
            case TO_BOOL_BOOL -> c == PyBool.class ? v : null;
            case TO_BOOL_INT -> c == PyInt.class ? PyBool.of(((PyInt) v).signum() != 0) : null;
            case TO_BOOL_LIST -> c == PyList.class ? PyBool.of(((PyList) v).size() != 0) : null;
            case TO_BOOL_NONE -> v == PyNone.NONE ? PyBool.FALSE : null;
            case TO_BOOL_STR -> c == org.ember.runtime.PyStr.class ? PyBool.of(((org.ember.runtime.PyStr) v).length() != 0) : null;
            default -> null;
        };
    }

    /**
     * LOAD_ATTR_INSTANCE_VALUE while the thread's copy still holds it (its guard chain in the
     * cache): the value at the cached index of an owner whose class and version match, else null.
     */
    static Object loadInstanceValueFast(Frame f, int cache, Object owner) {
        if ((f.units[cache - 1] & 0xFF) != LOAD_ATTR_INSTANCE_VALUE || !(owner instanceof org.ember.runtime.PyHeapObject h)) return null;
        Guards.Attr g = Specialized.findFromJit((Guards.Attr) f.copy.refs[cache], h.type());
        return g == null ? null : h.valueAt(g.index());
    }

    /** STORE_ATTR_INSTANCE_VALUE's fast path on the same terms; false: the body decides. */
    static boolean storeInstanceValueFast(Frame f, int cache, Object value, Object owner) {
        if ((f.units[cache - 1] & 0xFF) != STORE_ATTR_INSTANCE_VALUE || !(owner instanceof org.ember.runtime.PyHeapObject h)) return false;
        Guards.Attr g = Specialized.findFromJit((Guards.Attr) f.copy.refs[cache], h.type());
        return g != null && h.storeAt(g.index(), value);
    }

    /**
     * LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN while the thread's copy still holds form {@code op}
     * (its guard record in the cache): the cached value when the dicts' keys versions still
     * match, else null (the body then runs: miss counters, deopt, the generic lookup, NameError).
     */
    static Object loadGlobalFast(Frame f, int cache, int op) {
        if ((f.units[cache - 1] & 0xFF) != op || !(f.copy.refs[cache] instanceof Guards.Global g)) return null;
        if (op == LOAD_GLOBAL_MODULE) return f.globals.valueIfKeysVersion(g.globalsVersion(), g.index());
        if (f.globals.keysVersionIfValid() != g.globalsVersion()) return null;
        return f.builtins.valueIfKeysVersion(g.builtinsVersion(), g.index());
    }

    /**
     * LOAD_ATTR_METHOD_WITH_VALUES / LOAD_ATTR_METHOD_NO_DICT (method form) while the copy still
     * holds form {@code op}: the class's function to call with the owner as self, when the
     * owner's type and version match a guard and (WITH_VALUES) the instance has no attribute of
     * that name of its own; else null.
     */
    static Object loadMethodFast(Frame f, int cache, Object owner, int op) {
        if ((f.units[cache - 1] & 0xFF) != op || !(f.copy.refs[cache] instanceof Guards.Attr chain)) return null;
        if (op == LOAD_ATTR_METHOD_NO_DICT) {
            PyType type = chain.type();
            return Abstract.typeOf(owner) == type && type.versionIfValid() == chain.version() ? chain.descr() : null;
        }
        if (!(owner instanceof org.ember.runtime.PyHeapObject h)) return null;
        Guards.Attr g = Specialized.findFromJit(chain, h.type());
        if (g == null || h.dictMaterialized() || g.type().sharedKeys().size() != g.keysSize()) return null;
        return g.descr();
    }

    /**
     * LOAD_ATTR_METHOD_NO_DICT (method form) while the copy still holds it, given the owner's
     * type (the compiled site asks for it, with its own receiver profile): the class's function
     * when the type and its version match the guard, else null.
     */
    static Object loadMethodNoDictFast(Frame f, int cache, PyType ownerType) {
        if ((f.units[cache - 1] & 0xFF) != LOAD_ATTR_METHOD_NO_DICT || !(f.copy.refs[cache] instanceof Guards.Attr chain)) return null;
        return ownerType == chain.type() && ownerType.versionIfValid() == chain.version() ? chain.descr() : null;
    }

    /** BINARY_OP_EXTEND's in-place cases (exact ints and floats); null: the body (cached slots, errors). */
    static Object extendFast(Object a, Object b, int nb) {
        return Specialized.numberOpFromJit(a, b, nb);
    }

    /** FOR_ITER_LIST / FOR_ITER_TUPLE: the next item of a list or tuple iterator, null when exhausted, else {@link #NO_FAST_PATH}. */
    static Object forIterListFast(Object iterator) {
        return iterator.getClass() == org.ember.runtime.PyListIterator.class ? ((org.ember.runtime.PyListIterator) iterator).next() : NO_FAST_PATH;
    }

    /**
     * UNPACK_SEQUENCE_TWO_TUPLE / TUPLE / LIST: an exact tuple of exactly {@code count} items
     * (or, for the list form, a snapshot of an exact list's), else null (the body:
     * other types, wrong lengths and their ValueError).
     */
    static Object unpackFast(Object seq, int count, int op) {
        if (op == UNPACK_SEQUENCE_LIST) {
            if (seq.getClass() != PyList.class) return null;
            Object[] snapshot = ((PyList) seq).toArray();
            return snapshot.length == count ? snapshot : null;
        }
        if (seq.getClass() != org.ember.runtime.PyTuple.class) return null;
        return ((org.ember.runtime.PyTuple) seq).size() == count ? seq : null;
    }

    /** Item {@code k} of what {@link #unpackFast} accepted (the tuple itself, or the list's snapshot). */
    static Object unpackItem(Object source, int k) {
        return source instanceof Object[] snapshot ? snapshot[k] : ((org.ember.runtime.PyTuple) source).get(k);
    }

    /** The callable a CALL_LEN / CALL_ISINSTANCE / CALL_LIST_APPEND site's guard names, when the copy still holds form {@code op}. */
    private static Object targetOf(Frame f, int cache, int op) {
        if ((f.units[cache - 1] & 0xFF) != op || !(f.copy.refs[cache] instanceof Guards.Target t)) return null;
        return t.callable();
    }

    /** CALL_LEN of an exact list, tuple, str or dict (their sizes cannot be overridden); else null. */
    static Object callLenFast(Frame f, int cache, Object callable, Object self, Object arg) {
        if (self != null || callable != targetOf(f, cache, CALL_LEN)) return null;
        Class<?> c = arg.getClass();
        if (c == PyList.class) return PyInt.of(((PyList) arg).size());
        if (c == org.ember.runtime.PyTuple.class) return PyInt.of(((org.ember.runtime.PyTuple) arg).size());
        if (c == org.ember.runtime.PyStr.class) return PyInt.of(((org.ember.runtime.PyStr) arg).length());
        if (c == org.ember.runtime.PyDict.class) return PyInt.of(((org.ember.runtime.PyDict) arg).size());
        return null;
    }

    /** CALL_LIST_APPEND on an exact list: appended, None; else null. */
    static Object callListAppendFast(Frame f, int cache, Object callable, Object self, Object arg) {
        if (self == null || self.getClass() != PyList.class || callable != targetOf(f, cache, CALL_LIST_APPEND)) return null;
        ((PyList) self).append(arg);
        return PyNone.NONE;
    }

    /**
     * CALL_ISINSTANCE where the answer needs no Python code: the instance's own type is the class,
     * or the class is a plain type (metaclass {@code type}: no __instancecheck__) that the
     * instance's type derives from. Else null (tuples, unions, ABCs, a false answer that a
     * {@code __class__} attribute could still change: the body).
     */
    static Object callIsinstanceFast(Frame f, int cache, Object callable, Object self, Object inst, Object cls) {
        if (self != null || callable != targetOf(f, cache, CALL_ISINSTANCE)) return null;
        PyType type = Abstract.typeOf(inst);
        if (type == cls) return PyBool.TRUE;
        if (cls instanceof PyType t && t.type() == PyType.TYPE && type.isSubtype(t)) return PyBool.TRUE;
        return null;
    }

    /**
     * CALL_BUILTIN_CLASS with one argument, for the conversions between exact ints and floats:
     * int(float) of a finite float in the long range (truncated, as float.__trunc__), int(int),
     * float(float), float(int) of an int in the long range (Java's long-to-double conversion
     * rounds to nearest as int.__float__ does). Else null: the body (other classes and
     * arguments, NaN's ValueError, infinity's OverflowError, big ints, subclasses).
     */
    static Object callBuiltinClassFast(Frame f, int cache, Object callable, Object self, Object arg) {
        if (self != null || callable != targetOf(f, cache, CALL_BUILTIN_CLASS)) return null;
        Class<?> c = arg.getClass();
        if (callable == PyInt.TYPE) {
            if (c == PyInt.class) return arg;
            if (c == org.ember.runtime.PyFloat.class) {
                double v = ((org.ember.runtime.PyFloat) arg).value;
                return v > -9.2e18 && v < 9.2e18 ? PyInt.of((long) v) : null; // NaN fails both
            }
        } else if (callable == org.ember.runtime.PyFloat.TYPE) {
            if (c == org.ember.runtime.PyFloat.class) return arg;
            if (c == PyInt.class && ((PyInt) arg).fitsLong()) return new org.ember.runtime.PyFloat((double) ((PyInt) arg).longValue());
        }
        return null;
    }

    /** CALL_TYPE_1: type(x), when the callable is still {@code type}; else null. */
    static Object callType1Fast(Frame f, int cache, Object callable, Object self, Object arg) {
        return callable == PyType.TYPE && self == null ? Abstract.typeOf(arg) : null;
    }

    /** IS_OP on values in JVM locals ({@code invert}: {@code is not}). */
    static Object isOp(Object a, Object b, boolean invert) {
        return PyBool.of((a == b) != invert);
    }

    /** UNARY_NOT (its operand is a bool: TO_BOOL ran before it). */
    static Object unaryNot(Object v) {
        return PyBool.of(v != PyBool.TRUE);
    }

    /** BUILD_TUPLE of values gathered from JVM locals. */
    static Object buildTuple(Object[] items) {
        return org.ember.runtime.PyTuple.of(items);
    }

    /** LOAD_DEREF's fast path: the cell's contents, null when empty (the body raises NameError/UnboundLocalError). */
    static Object derefFast(Object cell) {
        return ((PyCell) cell).contents;
    }

    /** What a FOR_ITER fast path returns when it does not apply (null means: exhausted). */
    static final Object NO_FAST_PATH = new Object();

    /** FOR_ITER_RANGE: the next int, null when exhausted, {@link #NO_FAST_PATH} for another iterator. */
    static Object forIterRangeFast(Object iterator) {
        return iterator.getClass() == org.ember.runtime.PyRange.Iter.class ? ((org.ember.runtime.PyRange.Iter) iterator).next() : NO_FAST_PATH;
    }

    static boolean storeListIntFast(Object value, Object list, Object key) {
        return list.getClass() == PyList.class && key.getClass() == PyInt.class && ((PyInt) key).fitsInt()
                && ((PyList) list).setIfInRange((int) ((PyInt) key).longValue(), value);
    }

    // ---- jit7: builtin calls, dict and set operations from JVM locals --------------------------------
    //
    // These fast paths can call out (a builtin's body, a key's __hash__/__eq__): compiled code
    // spills the stack below their operands and stores f.lasti before it calls them, as for a
    // direct call, so an exception or Python code they run sees the interpreter's frame.

    /** What a no-argument method descriptor's body is given (ArgSpec's NOARGS binding). */
    static final Object[] NO_ARGS = new Object[0];

    /**
     * CALL_METHOD_DESCRIPTOR_NOARGS / _O / _FAST / _FAST_WITH_KEYWORDS with the receiver in the
     * self slot, while the copy still holds form {@code op}: the descriptor's body, which the
     * compiled site calls itself (its own invokeinterface: C2 sees the one body a site calls and
     * inlines it), when the callable is the site's guard and the receiver's type (asked at the
     * site) derives from the descriptor's class; else null (the CALL family's body: classmethod
     * descriptors, a receiver of another type and its TypeError, a replaced callable).
     */
    static org.ember.runtime.PyBuiltinFunction.Body descriptorBodyFast(Frame f, int cache, Object callable, PyType selfType, int op) {
        if (callable != targetOf(f, cache, op) || !(callable instanceof org.ember.runtime.PyMethodDescr d) || d.isClassMethod()) return null;
        PyType owner = d.owner();
        return selfType == owner || selfType.isSubtype(owner) ? d.body() : null;
    }

    /**
     * CALL_BUILTIN_O / _FAST / _FAST_WITH_KEYWORDS with a NULL self slot, while the copy still
     * holds form {@code op}: the builtin function the site's guard names (the compiled site
     * calls its body with its bound self); else null.
     */
    static org.ember.runtime.PyBuiltinFunction builtinFast(Frame f, int cache, Object callable, int op) {
        return callable == targetOf(f, cache, op) && callable instanceof org.ember.runtime.PyBuiltinFunction b ? b : null;
    }

    /**
     * The binding of positional arguments gathered in a new array (nobody else holds it) by a
     * builtin's ArgSpec: for positional and keyword styles given between their minimum and
     * maximum count, the array itself, or a copy padded with nulls for the absent optional
     * parameters (what {@code ArgSpec.bind} returns then, without its copy); else bind itself
     * (other styles, and the count errors with bind's messages).
     */
    static Object[] bindPositional(org.ember.runtime.ArgSpec spec, Object[] fresh) {
        int n = fresh.length, size = spec.names().length;
        org.ember.runtime.ArgSpec.Style style = spec.style();
        if ((style == org.ember.runtime.ArgSpec.Style.POSITIONAL || style == org.ember.runtime.ArgSpec.Style.KEYWORDS)
                && n >= spec.minArgs() && n <= spec.maxPositional() && n <= size) {
            return n == size ? fresh : java.util.Arrays.copyOf(fresh, size);
        }
        return spec.bind(fresh, 0, n, null);
    }

    /** CONTAINS_OP_SET: membership in an exact set or frozenset ({@code oparg} 1: not in); else null. */
    static Object containsSetFast(Object item, Object container, int oparg) {
        Class<?> c = container.getClass();
        if (c == org.ember.runtime.PySet.class) return PyBool.of(((org.ember.runtime.PySet) container).contains(item) != (oparg == 1));
        if (c == org.ember.runtime.PyFrozenSet.class) return PyBool.of(Abstract.contains(container, item) != (oparg == 1));
        return null;
    }

    /** CONTAINS_OP_DICT: a key of an exact dict ({@code oparg} 1: not in); else null. */
    static Object containsDictFast(Object item, Object container, int oparg) {
        if (container.getClass() != org.ember.runtime.PyDict.class) return null;
        return PyBool.of(((org.ember.runtime.PyDict) container).containsKey(item) != (oparg == 1));
    }

    /** BINARY_OP_SUBSCR_DICT: the value of a present key of an exact dict; else null (the body: KeyError, subclasses). */
    static Object subscrDictFast(Object dict, Object key) {
        return dict.getClass() == org.ember.runtime.PyDict.class ? ((org.ember.runtime.PyDict) dict).getItem(key) : null;
    }

    /** STORE_SUBSCR_DICT: {@code dict[key] = value} on an exact dict; false: the body (subclasses' __setitem__). */
    static boolean storeDictFast(Object value, Object dict, Object key) {
        if (dict.getClass() != org.ember.runtime.PyDict.class) return false;
        ((org.ember.runtime.PyDict) dict).setItem(key, value);
        return true;
    }

    /**
     * CALL_STR_1 where str() runs no Python code and cannot fail: an exact str (itself), an
     * exact int in the long range (no int_max_str_digits limit applies), an exact float. Else null.
     */
    static Object callStr1Fast(Frame f, int cache, Object callable, Object self, Object arg) {
        if (callable != org.ember.runtime.PyStr.TYPE || self != null) return null;
        Class<?> c = arg.getClass();
        if (c == org.ember.runtime.PyStr.class) return arg;
        if ((c == PyInt.class && ((PyInt) arg).fitsLong()) || c == org.ember.runtime.PyFloat.class) return Abstract.str(arg);
        return null;
    }

    /** CALL_TUPLE_1 of an exact tuple (itself) or an exact list (a snapshot of its items); else null. */
    static Object callTuple1Fast(Frame f, int cache, Object callable, Object self, Object arg) {
        if (callable != org.ember.runtime.PyTuple.TYPE || self != null) return null;
        Class<?> c = arg.getClass();
        if (c == org.ember.runtime.PyTuple.class) return arg;
        if (c == PyList.class) return org.ember.runtime.PyTuple.of(((PyList) arg).toArray());
        return null;
    }

    /** A specialized form's fast path ran inline: counted as the interpreter's body counts it (stats on only). */
    static void hit(int op) {
        Specialized.hitFromJit(op);
    }

    /** RETURN_VALUE of a value held in a JVM local. */
    static Object returnLocal(Frame f, Object result) {
        f.sp = f.stackBase;
        return result;
    }

    // ---- direct calls: CALL_PY_EXACT_ARGS / CALL_BOUND_METHOD_EXACT_ARGS to compiled code ------------
    //
    // Compiled code calls the callee's CompiledCode.run itself (an invokevirtual in the caller's
    // generated class, so each call site has its own type profile and C2 can inline the callee),
    // with Eval.run's prologue (link) and epilogue (unlink) around it as these helpers.

    /**
     * The guard of a CALL_PY_EXACT_ARGS / CALL_BOUND_METHOD_EXACT_ARGS site compiled with its
     * callable, self and arguments in JVM locals ({@link Specialized#enterExactArgs} without
     * reading them from the value stack): the callee's frame with self (the pushed one, or the
     * bound method's) in its first local, the recursion depth entered; the compiled code stores
     * the arguments after it. Null when the copy no longer holds form {@code op} or no guard
     * matches: the caller then runs the family's body on f.values (misses, a new chain entry,
     * the generic call).
     */
    static Frame enterExactFromLocals(Frame f, ThreadState ts, int cache, int op, int nargs, Object callable, Object self) {
        if ((f.units[cache - 1] & 0xFF) != op || !(f.copy.refs[cache] instanceof Guards.PyCall chain)) {
            return enterSimpleFromLocals(ts, op, nargs, callable, self);
        }
        org.ember.runtime.PyFunction fn;
        if (op == CALL_BOUND_METHOD_EXACT_ARGS) {
            if (self != null || !(callable instanceof org.ember.runtime.PyBoundMethod bm)
                    || !(bm.function() instanceof org.ember.runtime.PyFunction function)) return null;
            fn = function;
            self = bm.self();
        } else {
            if (!(callable instanceof org.ember.runtime.PyFunction function)) return null;
            fn = function;
        }
        int count = nargs + (self != null ? 1 : 0);
        Guards.PyCall g = chain;
        while (g != null && (g.code() != fn.code || g.argCount() != count)) g = g.next();
        if (g == null) return enterSimpleFromLocals(ts, op, nargs, callable, self);
        hit(op);
        ts.enterRecursiveCall("");
        Frame frame = new Frame(g.copy(), fn.code, fn.globals, fn.builtins, null, fn);
        if (self != null) frame.values[0] = self;
        return frame;
    }

    /**
     * A compiled exact-args site whose guard chain does not hold the callee (jit9): a site calling
     * more Python functions than a chain holds (calculator's {@code handlers[kind](node)} and
     * {@code OPERATORS[op](a, b)}: 5 and 7 codes, Guards.MAX_CHAIN 4) missed, went back to the
     * family head, specialized again for the next callee and missed again, every miss a generic
     * call (Abstract.call, ArgBinder, Eval.run's megamorphic entry). Any Python function (or a
     * bound method of one with a NULL self slot) that takes exactly these positional arguments
     * ({@link Specializer#isSimple}: what would have let it join the chain) is called directly
     * anyway, with the frame the specialized form would make; the site's unit is left as the
     * interpreter's specializer has it. The callable must have the shape of the site's compiled
     * form {@code op} (the generated code stores the arguments after self where that form puts
     * self): a function for CALL_PY_EXACT_ARGS, a bound method with a NULL self slot for
     * CALL_BOUND_METHOD_EXACT_ARGS. Null otherwise: the family's body runs (builtins, classes,
     * defaults, keywords, generators, the other shape).
     */
    static Frame enterSimpleFromLocals(ThreadState ts, int op, int nargs, Object callable, Object self) {
        org.ember.runtime.PyFunction fn;
        if (op == CALL_PY_EXACT_ARGS) {
            if (!(callable instanceof org.ember.runtime.PyFunction function)) return null;
            fn = function;
        } else if (self == null && callable instanceof org.ember.runtime.PyBoundMethod bm
                && bm.function() instanceof org.ember.runtime.PyFunction function) {
            fn = function;
            self = bm.self();
        } else {
            return null;
        }
        int count = nargs + (self != null ? 1 : 0);
        if (!Specializer.isSimple(fn.code, count)) return null;
        org.ember.jit.JitStats.unguardedCall(); // always counted (JitTest): the site's chain missed, so this is not the hottest path
        ts.enterRecursiveCall("");
        Frame frame = new Frame(ts, fn.code, fn.globals, fn.builtins, null, fn);
        if (self != null) frame.values[0] = self;
        return frame;
    }

    /**
     * CALL_PY_GENERAL / CALL_BOUND_METHOD_GENERAL called directly: the interpreter's guard (a
     * Python function, or a bound method of one with a NULL self slot), then the callee's frame
     * with its arguments bound by the generic binder (defaults, keyword-only, *args, **kwargs;
     * its TypeError raised here, at the call), the recursion depth entered and the caller's
     * slots cleared. Null when the copy no longer holds form {@code op}, the guard fails or the
     * callee is a generator or coroutine function: the family's body then runs.
     */
    static Frame enterGeneral(Frame f, ThreadState ts, Object[] s, int sp, int cache, int nargs, int op) {
        if ((f.units[cache - 1] & 0xFF) != op) return null;
        int base = sp - nargs - 2;
        org.ember.runtime.PyFunction fn;
        Object self = s[base + 1];
        if (op == CALL_BOUND_METHOD_GENERAL) {
            if (self != null || !(s[base] instanceof org.ember.runtime.PyBoundMethod bm)
                    || !(bm.function() instanceof org.ember.runtime.PyFunction function)) return null;
            fn = function;
            self = bm.self();
        } else {
            if (!(s[base] instanceof org.ember.runtime.PyFunction function)) return null;
            fn = function;
        }
        if (fn.code.isGeneratorLike()) return null;
        hit(op);
        if (op == CALL_BOUND_METHOD_GENERAL) { // unpacked in place, as the interpreter does
            s[base] = fn;
            s[base + 1] = self;
        }
        int offset = self != null ? base + 1 : base + 2;
        ts.enterRecursiveCall("");
        Frame frame = new Frame(ts, fn.code, fn.globals, fn.builtins, null, fn);
        try {
            ArgBinder.bind(fn, frame.values, s, offset, self != null ? nargs + 1 : nargs, null);
        } catch (Throwable t) {
            ts.leaveRecursiveCall();
            throw t;
        }
        java.util.Arrays.fill(s, base, sp, null);
        return frame;
    }

    /**
     * CALL_FUNCTION_EX called directly: a Python function (not a generator or coroutine
     * function) called with a tuple and no keywords (or an empty dict), as {@link Ops#callEx}
     * then {@link Eval#callFunction} would call it: the recursion depth entered (as Abstract.call
     * enters it), the tuple's items bound by the interpreter's {@link ArgBinder} (its TypeError
     * raised here, at the call) and the caller's four slots cleared. Null otherwise: the
     * instruction's body runs (other callables, keywords, iterables that are not tuples).
     */
    static Frame enterFunctionEx(ThreadState ts, Object[] s, int sp) {
        int base = sp - 4;
        if (!(s[base] instanceof org.ember.runtime.PyFunction fn) || !(s[base + 2] instanceof org.ember.runtime.PyTuple args)) return null;
        Object kwargs = s[base + 3];
        if (kwargs != null && !(kwargs instanceof org.ember.runtime.PyDict d && d.size() == 0)) return null;
        if (fn.code.isGeneratorLike()) return null;
        ts.enterRecursiveCall("");
        Frame frame = new Frame(ts, fn.code, fn.globals, fn.builtins, null, fn);
        try {
            ArgBinder.bind(fn, frame.values, args.items(), 0, args.size(), null);
        } catch (Throwable t) {
            ts.leaveRecursiveCall();
            throw t;
        }
        java.util.Arrays.fill(s, base, sp, null);
        return frame;
    }

    /**
     * CALL_ALLOC_AND_ENTER_INIT compiled with its class and arguments in JVM locals: the guard,
     * then the {@code __init__} frame with the new instance in its first local (the compiled code
     * keeps the instance and stores the arguments after it); null when the copy no longer holds
     * the form or the guard fails (the family's body then runs on f.values).
     */
    static Frame enterInitFromLocals(Frame f, ThreadState ts, int cache, Object callable, Object self) {
        if ((f.units[cache - 1] & 0xFF) != CALL_ALLOC_AND_ENTER_INIT || !(f.copy.refs[cache] instanceof Guards.Attr g)
                || callable != g.type() || self != null || g.type().versionIfValid() != g.version()
                || !(g.descr() instanceof org.ember.runtime.PyFunction init)) return null;
        hit(CALL_ALLOC_AND_ENTER_INIT);
        ts.enterRecursiveCall("");
        Frame frame = new Frame(ts, init.code, init.globals, init.builtins, null, init);
        frame.values[0] = new org.ember.runtime.PyInstance(g.type());
        return frame;
    }

    /** What an instance-creating call gives when {@code __init__} returned {@code returned}: the instance, or TypeError. */
    static Object initReturned(Object returned, Object instance) {
        if (returned != PyNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '%s'", Abstract.typeName(returned));
        }
        return instance;
    }

    // ---- operators of Python classes: BINARY_OP calling the class's __op__ directly (jit6) -------------

    /**
     * BINARY_OP (the family head, a plain operator {@code nb}) where {@code a} is an instance of a
     * Python class whose slot for the operator is the heap slot, b's type is a's or not a subtype
     * of it (so {@code a.__op__(b)} is what {@link Abstract#binaryOp} calls first) and the
     * class's {@code __op__} is a Python function taking exactly (self, other): that function's
     * frame with a and b in its first locals, the recursion depth entered as Abstract.call
     * enters it. Null otherwise: the instruction's body runs the generic operation. Compiled
     * code runs the frame as a direct call and passes its value to {@link #binaryDunderResult}.
     * Replaces heapBinary -> Abstract.callMethod -> Abstract.call -> Eval.callFunction ->
     * Eval.run, whose one shared CompiledCode.run call site is megamorphic.
     */
    static Frame enterBinaryDunder(ThreadState ts, int nb, Object a, Object b) {
        if (!(a instanceof org.ember.runtime.PyInstance instance)) return null;
        PyType ta = instance.type();
        if (!Abstract.hasHeapBinary(ta, nb)) return null;
        PyType tb = b instanceof org.ember.runtime.PyHeapObject h ? h.type() : Abstract.typeOf(b);
        if (tb != ta && tb.isSubtype(ta)) return null; // b's reflected method may come first
        return operatorMethodFrame(ts, ta.lookup(org.ember.runtime.BinOp.of(nb).dunder), a, b);
    }

    /**
     * The frame of an operator method called directly with (a, b) in its first locals, the
     * recursion depth entered as Abstract.call does; null unless it is a Python function
     * taking exactly (self, other).
     */
    private static Frame operatorMethodFrame(ThreadState ts, Object method, Object a, Object b) {
        if (!(method instanceof org.ember.runtime.PyFunction fn) || !Specializer.isSimple(fn.code, 2)) return null;
        if (org.ember.jit.JitStats.ENABLED) org.ember.jit.JitStats.dunderCall();
        ts.enterRecursiveCall("");
        Frame frame = new Frame(ts, fn.code, fn.globals, fn.builtins, null, fn);
        frame.values[0] = a;
        frame.values[1] = b;
        return frame;
    }

    /**
     * The value of a BINARY_OP compiled with {@link #enterBinaryDunder}: the method's result,
     * or when it returned NotImplemented the rest of the operator's protocol (b's reflected
     * method, the sequence fallbacks, TypeError). The generic path's value (never
     * NotImplemented) passes through unchanged.
     */
    static Object binaryDunderResult(Object result, Object a, Object b, int nb) {
        if (result != org.ember.runtime.PyNotImplemented.INSTANCE) return result;
        return Abstract.binaryOpAfterLeft(a, b, org.ember.runtime.BinOp.of(nb));
    }

    /**
     * jit8: an in-place BINARY_OP ({@code a += b}, not {@code **=}) compiled as a direct call:
     * when a is an instance of a Python class whose in-place method ({@code __iadd__}, ...) is a
     * Python function taking exactly (self, other), its frame with both operands in its first
     * locals (the recursion depth entered, as Abstract.call does); else null (the body: the
     * generic in-place protocol). {@link #inplaceDunderResult} finishes the protocol.
     */
    static Frame enterInplaceDunder(ThreadState ts, int nb, Object a, Object b) {
        if (!(a instanceof org.ember.runtime.PyInstance instance)) return null;
        org.ember.runtime.BinOp op = org.ember.runtime.BinOp.of(nb - org.ember.bytecode.Oparg.NB_INPLACE_OFFSET);
        PyType ta = instance.type();
        // a Python __iop__ on the class is what its in-place slot calls (SlotDefs' heap slot looks it up)
        if (ta.inplace[op.ordinal()] == null) return null;
        return operatorMethodFrame(ts, ta.lookup(op.idunder), a, b);
    }

    /**
     * The value of an in-place BINARY_OP compiled with {@link #enterInplaceDunder}: the method's
     * result, or when it returned NotImplemented the rest of the in-place protocol (the binary
     * operator, the sequence fallbacks, the TypeError naming {@code +=}). The generic path's
     * value (never NotImplemented) passes through unchanged.
     */
    static Object inplaceDunderResult(Object result, Object a, Object b, int nb) {
        if (result != org.ember.runtime.PyNotImplemented.INSTANCE) return result;
        return Abstract.inplaceOpAfterSlot(a, b, org.ember.runtime.BinOp.of(nb - org.ember.bytecode.Oparg.NB_INPLACE_OFFSET));
    }

    /** The callee's compiled code (the call counted as {@link Tier2#enter} counts it), or null: interpret it. */
    static CompiledCode compiledCallee(Frame callee, ThreadState ts) {
        CompiledCode cc = Tier2.compiledFor(callee.code, ts);
        if (cc != null && org.ember.jit.JitStats.ENABLED) org.ember.jit.JitStats.entered();
        return cc;
    }

    /** A callee without compiled code: {@link Tier2#runEntered} (Eval.run, the recursion depth left). */
    static Object runInterpreted(Frame callee, ThreadState ts) {
        return Tier2.runEntered(callee, ts);
    }

    /** Eval.run's prologue for a callee run compiled; returns the recursion depth to restore at its end. */
    static int link(Frame callee, ThreadState ts) {
        if (callee.copy.owner != ts.codeCopyIndex && callee.copy.owner >= 0) callee.useCopyOf(ts);
        callee.previous = ts.frame;
        ts.frame = callee;
        callee.executing = true;
        return ts.recursionDepth();
    }

    /** The callee's compiled run returned: a hand-back continues in the interpreter; then Eval.run's epilogue. */
    static Object leaveCompiled(Frame callee, ThreadState ts, int depth, Object result) {
        if (result == Tier2.DEOPT) {
            try {
                result = Eval.runLoop(callee, ts);
            } catch (Throwable t) {
                throw sneaky(abandonCompiled(callee, ts, depth, t));
            }
        }
        unlink(callee, ts, depth);
        return result;
    }

    /** The callee's compiled run raised: Eval.run's epilogue, and the error as {@link Tier2#runEntered} converts it. */
    static Throwable abandonCompiled(Frame callee, ThreadState ts, int depth, Throwable t) {
        unlink(callee, ts, depth);
        if (t instanceof StackOverflowError) return Errors.recursionError("maximum recursion depth exceeded");
        return t;
    }

    private static void unlink(Frame callee, ThreadState ts, int depth) {
        callee.executing = false;
        ts.frame = callee.previous;
        ts.restoreRecursionDepth(depth);
        if (callee.suspended) callee.previous = null;
        else if (callee.observed || callee.generator != null) Eval.clearValueStack(callee); // else nothing can reach it
        ts.leaveRecursiveCall();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    // ---- rare instructions that are hot in exception- and closure-heavy code ----------------------
    //
    // These are RareOps' cases as bodies of their own: called through RareOps.execute (a switch too
    // large for C2 to inline) each cost a call and a table switch, and C2 could not specialize the
    // case for its constant oparg. Same helpers, same stack effects as RareOps.

    static boolean PUSH_EXC_INFO(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        Object exc = s[sp - 1];
        s[sp - 1] = Ops.swapHandled(ts, exc);
        s[sp] = exc;
        return false;
    }
    static boolean POP_EXCEPT(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        Ops.restoreHandled(ts, s[sp - 1]);
        s[sp - 1] = null;
        return false;
    }
    static boolean CHECK_EXC_MATCH(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        s[sp - 1] = PyBool.of(Ops.exceptionMatches(s[sp - 2], s[sp - 1]));
        return false;
    }
    static boolean RAISE_VARARGS(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { throw Ops.raise(f, ts, oparg, s, sp); }
    static boolean RERAISE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { throw Ops.reraise(f, s, sp, oparg); }
    static boolean LOAD_SPECIAL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Ops.loadSpecial(s, sp, oparg); return false; }
    static boolean WITH_EXCEPT_START(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp] = Ops.withExceptStart(s, sp); return false; }
    static boolean MAKE_CELL(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[oparg] = new PyCell(s[oparg]); return false; }
    static boolean COPY_FREE_VARS(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Ops.copyFreeVars(f, oparg); return false; }
    static boolean DELETE_FAST(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { Ops.checkLocal(f, oparg); s[oparg] = null; return false; }
    static boolean FORMAT_SIMPLE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) { s[sp - 1] = Ops.format(s[sp - 1], null); return false; }
    static boolean MAKE_FUNCTION(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        s[sp - 1] = new org.ember.runtime.PyFunction((org.ember.runtime.PyCode) s[sp - 1], f.globals, f.builtins);
        return false;
    }
    static boolean SET_FUNCTION_ATTRIBUTE(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        Ops.setFunctionAttribute((org.ember.runtime.PyFunction) s[sp - 1], oparg, s[sp - 2]);
        s[sp - 2] = s[sp - 1];
        s[sp - 1] = null;
        return false;
    }
    static boolean CALL_FUNCTION_EX(Frame f, ThreadState ts, Object[] s, int sp, int cache, int oparg) {
        int base = sp - 4;
        Object result = Ops.callEx(s[base], s[base + 1], s[base + 2], s[base + 3]);
        s[base] = result;
        return false;
    }

    // ---- what the generated code calls around the instructions --------------------------------------

    /** The rare instructions (no jumps, no caches): the interpreter's own out-of-loop bodies. */
    static void rare(Frame f, ThreadState ts, Object[] s, int sp, int op, int oparg) {
        RareOps.execute(f, ts, s, sp, op, oparg);
    }

    /**
     * A back edge: pending events (signals) run as the interpreter's JUMP_BACKWARD runs them;
     * true when compiled code must hand the frame to the interpreter (tracing was switched on).
     */
    static boolean backEdge(ThreadState ts) {
        if (ts.pendingEvents) Ops.runPendingEvents(ts);
        return ts.interpreter().tracing;
    }

    /**
     * {@link #backEdge} for a JUMP_BACKWARD compiled before the interpreter specialized it: the
     * copy's instruction is specialized as the interpreter would on its first execution (what
     * {@code dis(adaptive=True)} and {@code sys._ember_adaptive_ops} show does not depend on tier 2).
     */
    static boolean backEdgeUnspecialized(Frame f, ThreadState ts, int cache) {
        if ((f.units[cache - 1] & 0xFF) == JUMP_BACKWARD) Specialized.jumpBackward(f, cache);
        return backEdge(ts);
    }

    /**
     * An exception reached compiled code: converted as the interpreter's run loop converts it,
     * then the frame's exception table decides (traceback entry, handler depth, pushed values).
     * Returns the handler's unit index; rethrows when the frame has no handler there.
     */
    static int handle(Frame f, ThreadState ts, Throwable t) {
        org.ember.runtime.PyException e = switch (t) {
            case org.ember.runtime.PyException pe -> pe;
            case StackOverflowError so -> Errors.recursionError("maximum recursion depth exceeded");
            case OutOfMemoryError oom -> Errors.memoryError();
            case RuntimeException re -> Errors.systemError("internal error in the interpreter: %s", re.toString());
            case Error err -> throw err;
            default -> Errors.systemError("internal error in the interpreter: %s", t.toString());
        };
        if (!Unwind.toHandler(f, ts, e)) throw e;
        return f.pc;
    }

    /** The entry switch of compiled code got a unit index it has no entry for (a JIT bug). */
    static RuntimeException badEntry(int entry) {
        return Errors.systemError("tier-2 code has no entry at unit %d", entry);
    }

    /** Hands the frame to the interpreter at {@code pc} with the value stack at {@code sp}. */
    static Object deopt(Frame f, int pc, int sp) {
        org.ember.jit.JitStats.deopt();
        f.pc = pc;
        f.sp = sp;
        return Tier2.DEOPT;
    }

    /** RETURN_VALUE: the frame's stack is left empty, as the interpreter leaves it. */
    static Object returnValue(Frame f, Object[] s, int sp) {
        Object result = s[sp - 1];
        s[sp - 1] = null;
        f.sp = f.stackBase;
        return result;
    }
}
