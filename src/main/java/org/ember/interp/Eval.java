package org.ember.interp;

import static java.util.Objects.checkIndex;
import static org.ember.bytecode.Opcode.*;

import org.ember.bytecode.Instructions;
import org.ember.runtime.Abstract;
import org.ember.runtime.BinOp;
import org.ember.runtime.CompareOp;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyCell;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PySet;
import org.ember.runtime.PySlice;
import org.ember.runtime.PyTemplate;
import org.ember.runtime.PyTuple;
import org.ember.runtime.ThreadState;

/**
 * The evaluation loop. {@link #dispatch} is the one method with the big {@code switch}; it must
 * stay under HotSpot's 8000-byte HugeMethodLimit (EvalSizeTest checks), so each case is a few
 * lines and anything heavier lives in {@link Ops}. Exceptions thrown by a case are caught in
 * {@link #run}, which consults the exception table and re-enters {@code dispatch} at the handler.
 */
public final class Eval {
    private Eval() {}

    /*
     * PIN: an arm of the dispatch switch that computes with sp, oparg or pc starts with
     * `x = checkIndex(x, PIN)`. The bounds check always passes; it is there because C2 pins its
     * result (an intrinsic) to the arm. Without it C2 computes every expression that two arms
     * share (sp - 1, oparg >> 4, pc + oparg, ...) once, before the switch jump, and spills them
     * all to the stack: on every instruction. Measured: simple instructions dispatch about 1.5x
     * faster with the pins. (A helper method would not do: dispatch is too big for C2 to inline
     * every call into it; intrinsics are always expanded.)
     */
    private static final int PIN = Integer.MAX_VALUE;

    /*
     * LIVE: HotSpot's Java calling convention has no callee-saved registers, so a value live
     * across a call must sit in a stack slot, and C2 stores the values the loop's head defines
     * (op, oparg, and expressions of them it computes there, see PIN) into their slots right
     * where it defines them: on every instruction, whichever arm follows. So no arm uses op,
     * oparg or an expression of them after it calls out: what it needs after the call (a jump
     * target, the stack height after a push, the miss path of a call) it computes before, and
     * that stays in the arm.
     */

    /*
     * LASTI: f.lasti (the executing instruction's unit: tracebacks, the exception table, f_lineno
     * of this frame and of its callers' f_back) is stored by every arm that can raise or call out,
     * as `f.lasti = cache - 1`, and not by the loop's head: the arms that can do neither (local,
     * constant and stack shuffles, POP_JUMP_IF_*, IS_OP, UNARY_NOT, JUMP_FORWARD; tier 2's QUIET
     * set in CodeCompiler) leave the last stored value, which nothing can observe before the next
     * storing arm runs. Measured (session 7): the head's store cost 5-9% of fib, richards and
     * generators. A new arm that can raise or call must store it; -X check-stack (on in every
     * test run) poisons lasti before each instruction and fails loudly when a frame raises or
     * calls with the poison in place (checkLastiStored).
     */
    static final int UNSTORED_LASTI = Integer.MIN_VALUE;

    /** -X check-stack: the frame raising or calling out must have stored its lasti (LASTI). */
    static void checkLastiStored(Frame f, String when) {
        if (f != null && f.lasti == UNSTORED_LASTI) {
            throw new AssertionError("-X check-stack: an instruction of " + f.code.qualname() + " " + when
                    + " without storing f.lasti (Eval, LASTI)");
        }
    }

    /** -X check-stack: verify every instruction's stack effect against the instruction table. */
    static final boolean CHECK_STACK = Boolean.getBoolean("ember.checkStack");

    /*
     * SKIP: an arm with inline caches does not add their count to pc itself; it sets the loop
     * variable `skip` to it, and the next round adds it before reading the next instruction.
     * `pc + 5` written in every BINARY_OP arm is one expression to C2: it computed and spilled
     * each such sum (pc+2, pc+4, pc+5, pc+6, pc+10, ...) before the switch jump, on every
     * instruction (the pins below do not stop it: C2 drops their casts before scheduling).
     * A constant assigned in an arm stays in that arm.
     *
     * Each arm of an instruction with inline caches skips them itself, by a constant: a
     * table lookup indexed by the opcode just loaded would put a second dependent load on the
     * critical path from one instruction to the next.
     */
    private static final int BINARY_OP_CACHES = Instructions.cacheSize(BINARY_OP);
    private static final int CALL_CACHES = Instructions.cacheSize(CALL);
    private static final int CALL_KW_CACHES = Instructions.cacheSize(CALL_KW);
    private static final int COMPARE_OP_CACHES = Instructions.cacheSize(COMPARE_OP);
    private static final int CONTAINS_OP_CACHES = Instructions.cacheSize(CONTAINS_OP);
    private static final int FOR_ITER_CACHES = Instructions.cacheSize(FOR_ITER);
    private static final int JUMP_BACKWARD_CACHES = Instructions.cacheSize(JUMP_BACKWARD);
    private static final int LOAD_ATTR_CACHES = Instructions.cacheSize(LOAD_ATTR);
    private static final int LOAD_GLOBAL_CACHES = Instructions.cacheSize(LOAD_GLOBAL);
    private static final int LOAD_SUPER_ATTR_CACHES = Instructions.cacheSize(LOAD_SUPER_ATTR);
    private static final int POP_JUMP_IF_FALSE_CACHES = Instructions.cacheSize(POP_JUMP_IF_FALSE);
    private static final int POP_JUMP_IF_NONE_CACHES = Instructions.cacheSize(POP_JUMP_IF_NONE);
    private static final int POP_JUMP_IF_NOT_NONE_CACHES = Instructions.cacheSize(POP_JUMP_IF_NOT_NONE);
    private static final int POP_JUMP_IF_TRUE_CACHES = Instructions.cacheSize(POP_JUMP_IF_TRUE);
    private static final int SEND_CACHES = Instructions.cacheSize(SEND);
    private static final int STORE_ATTR_CACHES = Instructions.cacheSize(STORE_ATTR);
    private static final int STORE_SUBSCR_CACHES = Instructions.cacheSize(STORE_SUBSCR);
    private static final int TO_BOOL_CACHES = Instructions.cacheSize(TO_BOOL);
    private static final int UNPACK_SEQUENCE_CACHES = Instructions.cacheSize(UNPACK_SEQUENCE);

    /** Cache sizes by opcode, for -X check-stack (which needs to know where an instruction falls through to). */
    private static final int[] CACHE_SIZE = new int[256];
    static {
        for (var info : Instructions.all()) {
            if (info.opcode() < 256) CACHE_SIZE[info.opcode()] = Instructions.cacheSize(info.opcode());
        }
    }

    /** Calls a Python function with vectorcall arguments. */
    public static Object callFunction(PyFunction func, Object[] args, int offset, int nargs, PyTuple kwnames) {
        return callFunction(ThreadState.current(), func, args, offset, nargs, kwnames);
    }

    public static Object callFunction(ThreadState ts, PyFunction func, Object[] args, int offset, int nargs, PyTuple kwnames) {
        Frame frame = new Frame(ts, func.code, func.globals, func.builtins, null, func);
        ArgBinder.bind(func, frame.values, args, offset, nargs, kwnames);
        if (func.code.isGeneratorLike()) return Generators.start(func, frame);
        return run(frame, ts);
    }

    /**
     * CALL_PY_EXACT_ARGS and friends: a function whose code takes exactly {@code count}
     * positional parameters (no defaults needed, no *args/**kwargs/keyword-only, not a generator;
     * the specializer checked) gets its arguments copied straight into its frame.
     */
    static Object callExact(ThreadState ts, PyFunction func, Object[] args, int offset, int count) {
        ts.enterRecursiveCall("");
        try {
            Frame frame = new Frame(ts, func.code, func.globals, func.builtins, null, func);
            System.arraycopy(args, offset, frame.values, 0, count);
            return run(frame, ts);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded");
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /** Runs a module's (or exec'd) code with {@code globals} as its locals too. */
    public static Object runModule(PyCode code, PyDict globals, PyDict builtins) {
        return runCounted(new Frame(code, globals, builtins, globals, null));
    }

    /** Runs a function's code with an explicit locals mapping (class bodies). */
    public static Object runWithLocals(PyFunction func, Object locals) {
        return runCounted(new Frame(func.code, func.globals, func.builtins, locals, func));
    }

    /**
     * Runs a frame that no call counted: a module's, a class body's, exec's or eval's. Each
     * counts against the recursion limit as in CPython, which counts frames.
     */
    static Object runCounted(Frame frame) {
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall("");
        try {
            return run(frame, ts);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /**
     * Runs (or resumes) a frame until it returns or suspends. Unwinds exceptions through the
     * exception table, adding traceback entries as CPython does.
     */
    static Object run(Frame f) {
        return run(f, ThreadState.current());
    }

    /** {@link #run(Frame)} for callers that hold the thread's state already (no thread-local lookup). */
    static Object run(Frame f, ThreadState ts) {
        if (f.copy.owner != ts.codeCopyIndex && f.copy.owner >= 0) f.useCopyOf(ts); // resumed on another thread
        if (CHECK_STACK) checkLastiStored(ts.frame, "called");
        f.previous = ts.frame;
        ts.frame = f;
        f.executing = true;
        int depth = ts.recursionDepth();
        try {
            // tier 2 may run a frame from its start, or resume a generator's frame
            return f.pc == 0 ? Tier2.enter(f, ts) : f.generator != null ? Tier2.resume(f, ts) : runLoop(f, ts);
        } finally {
            f.executing = false;
            ts.frame = f.previous;
            ts.restoreRecursionDepth(depth); // calls inlined in the loop are left by now, however it ended
            if (f.suspended) f.previous = null; // a suspended generator's frame has no f_back
            else if (f.observed || f.generator != null) clearValueStack(f); // else nothing can reach it (Frame.observed)
        }
    }

    /**
     * A finished frame drops the stale operands above its stack pointer, as CPython's empty
     * stack does: the frame may stay reachable (a traceback's frame, f_back), and a leftover
     * bound method must not keep its object alive (asyncio's Task reports rely on collection).
     */
    static void clearValueStack(Frame f) {
        java.util.Arrays.fill(f.values, f.stackBase, f.values.length, null);
    }

    /**
     * Runs {@code entry} and the calls the dispatch loop inlines into it (frames with
     * {@link Frame#inlined}, kept in {@code ts.frame}). An exception unwinds from the innermost
     * of them outwards until a frame's exception table has a handler, where dispatch resumes.
     */
    static Object runLoop(Frame entry, ThreadState ts) {
        Frame f = entry;
        while (true) {
            try {
                if (f.pendingThrow != null) {
                    RuntimeException pending = f.pendingThrow;
                    f.pendingThrow = null;
                    throw pending;
                }
                return dispatch(f, ts);
            } catch (PyException e) {
                if (CHECK_STACK) checkLastiStored(ts.frame, "raised");
                f = unwind(entry, ts, e);
            } catch (StackOverflowError e) {
                f = unwind(entry, ts, Errors.recursionError("maximum recursion depth exceeded"));
            } catch (OutOfMemoryError e) { // what failed to allocate is garbage now: CPython's MemoryError
                f = unwind(entry, ts, Errors.memoryError());
            } catch (Tier2.Transfer t) { // a hot loop continues in compiled code (OSR)
                Object next = Tier2.continueCompiled(entry, ts);
                if (!(next instanceof Frame nextFrame)) return next;
                f = nextFrame;
            } catch (RuntimeException e) {
                f = unwind(entry, ts, Errors.systemError("internal error in the interpreter: %s", e.toString()));
            }
        }
    }

    /** The frame (entry or an inlined callee) whose handler catches {@code e}; rethrows it past {@code entry}. */
    static Frame unwind(Frame entry, ThreadState ts, PyException e) {
        Frame f = ts.frame;
        while (!Unwind.toHandler(f, ts, e)) {
            if (f == entry) throw e;
            f = leaveInlined(f, ts);
        }
        return f;
    }

    /** Pushes a callee frame prepared by the CALL specializations: the loop continues in it. */
    static void enterInlined(Frame callee, Frame caller, ThreadState ts) {
        if (CHECK_STACK) checkLastiStored(caller, "called");
        callee.previous = caller;
        callee.inlined = true;
        callee.executing = true;
        ts.frame = callee;
    }

    /**
     * RETURN_VALUE of an inlined frame: pops it, clearing its stack only when something may still
     * reach the frame (as run() does for a frame it leaves: Frame.observed; else the frame is
     * garbage now, and the clearing loop was a cost on every call).
     */
    static Frame returnFromInlined(Frame f, ThreadState ts) {
        if (f.generator != null) return Generators.returnInline(f, ts); // a generator's frame resumed inline
        if (f.observed) clearValueStack(f);
        f.executing = false;
        ts.leaveRecursiveCall();
        Frame caller = f.previous;
        ts.frame = caller;
        return caller;
    }

    /** Pops an inlined frame on return or unwinding: its caller becomes current again. */
    static Frame leaveInlined(Frame f, ThreadState ts) {
        if (f.generator != null) Generators.raiseOutOfInline(f, ts); // a generator resumed inline
        f.executing = false;
        ts.leaveRecursiveCall();
        Frame caller = f.previous;
        ts.frame = caller;
        return caller;
    }

    @SuppressWarnings("DuplicateBranchesInSwitch")
    private static Object dispatch(Frame f, ThreadState ts) {
        char[] code = f.units;       // these four change when a CALL enters an inlined frame or it returns
        Object[] s = f.values;
        PyCode co = f.code;
        int pc = f.pc;
        int sp = f.sp;
        int skip = 0; // the inline caches the last instruction's arm skips (see SKIP above)
        while (true) {
            pc += skip;
            skip = 0;
            int word = code[pc++];
            int op = word & 0xFF;
            int oparg = word >> 8;
            while (op == EXTENDED_ARG) {
                word = code[pc++];
                op = word & 0xFF;
                oparg = oparg << 8 | word >> 8;
            }
            // f.lasti is stored by the arms that can raise or call out, not here (LASTI above);
            // -X check-stack poisons it so that an arm that raises or calls without storing it is caught
            if (CHECK_STACK) f.lasti = UNSTORED_LASTI;
            if (SpecStats.ENABLED) SpecStats.executed(op);
            final int cache = pc; // the instruction's first cache unit (the adaptive counter)
            final int depth = sp;
            switch (op) {
                case LOAD_FAST, LOAD_FAST_BORROW -> { sp = checkIndex(sp, PIN); s[sp++] = s[oparg]; }
                case LOAD_FAST_LOAD_FAST, LOAD_FAST_BORROW_LOAD_FAST_BORROW -> { sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); 
                    s[sp++] = s[oparg >> 4];
                    s[sp++] = s[oparg & 15];
                }
                case STORE_FAST -> { sp = checkIndex(sp, PIN); s[oparg] = s[--sp]; }
                case STORE_FAST_LOAD_FAST -> { sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); s[oparg >> 4] = s[sp - 1]; s[sp - 1] = s[oparg & 15]; }
                case STORE_FAST_STORE_FAST -> { sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); s[oparg >> 4] = s[--sp]; s[oparg & 15] = s[--sp]; }
                case LOAD_SMALL_INT -> { sp = checkIndex(sp, PIN); s[sp++] = PyInt.small(oparg); }
                case LOAD_CONST -> { sp = checkIndex(sp, PIN); s[sp++] = Ops.constant(co, oparg); if (f.copy.adaptive) Specialized.loadConstSpecialized(code, pc - 1, s[sp - 1]); }
                case LOAD_CONST_IMMORTAL, LOAD_CONST_MORTAL -> { sp = checkIndex(sp, PIN); s[sp++] = Ops.constant(co, oparg); }
                case POP_TOP, END_FOR, POP_ITER -> { sp = checkIndex(sp, PIN); s[--sp] = null; }
                case PUSH_NULL -> { sp = checkIndex(sp, PIN); s[sp++] = null; }
                case COPY -> { sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); s[sp] = s[sp - oparg]; sp++; }
                case SWAP -> { sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); Object t = s[sp - 1]; s[sp - 1] = s[sp - oparg]; s[sp - oparg] = t; }
                case NOP, NOT_TAKEN -> { }
                case RETURN_VALUE, INTERPRETER_EXIT -> { f.lasti = cache - 1; sp = checkIndex(sp, PIN); 
                    f.sp = f.stackBase;
                    Object result = s[--sp];
                    s[sp] = null;
                    if (!f.inlined) return result;
                    f = returnFromInlined(f, ts);
                    code = f.units; s = f.values; co = f.code; pc = f.pc; sp = f.sp;
                    s[sp++] = result;
                    continue;
                }
                case RESUME -> { f.lasti = cache - 1; if (f.copy.adaptive) Specialized.resumeChecked(code, pc - 1, oparg); if (ts.pendingEvents) Ops.runPendingEvents(ts); }
                case RESUME_CHECK -> { if (ts.pendingEvents) { f.lasti = cache - 1; Ops.runPendingEvents(ts); } }
                case LOAD_ATTR_SLOT -> { skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttrSlot(f, s, sp, cache, oparg); }
                case LOAD_ATTR_WITH_HINT -> { skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttrWithHint(f, s, sp, cache, oparg); }
                case LOAD_ATTR_METHOD_LAZY_DICT -> { f.lasti = cache - 1; skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttrMethodLazyDict(f, s, sp, cache, oparg); }
                case STORE_ATTR_SLOT -> { skip = STORE_ATTR_CACHES; sp = checkIndex(sp, PIN); Specialized.storeAttrSlot(f, s, sp, cache, oparg); sp -= 2; }
                case STORE_ATTR_WITH_HINT -> { skip = STORE_ATTR_CACHES; sp = checkIndex(sp, PIN); Specialized.storeAttrWithHint(f, s, sp, cache, oparg); sp -= 2; }
                case CALL_STR_1 -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); sp -= oparg + 2; s[sp] = Specialized.callStr1(f, ts, s, sp, cache, oparg); sp++; }
                case CALL_TUPLE_1 -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); sp -= oparg + 2; s[sp] = Specialized.callTuple1(f, ts, s, sp, cache, oparg); sp++; }
                case CALL_BUILTIN_O -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); sp -= oparg + 2; s[sp] = Specialized.callBuiltinO(f, ts, s, sp, cache, oparg); sp++; }
                case LOAD_GLOBAL_MODULE -> { skip = LOAD_GLOBAL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); 
                    int pushed = sp + 1 + (oparg & 1); // and a NULL above it for a call, decided before the call (LIVE)
                    if ((oparg & 1) != 0) s[sp + 1] = null;
                    s[sp] = Specialized.loadGlobalModule(f, cache, oparg);
                    sp = pushed;
                }
                case LOAD_GLOBAL_BUILTIN -> { skip = LOAD_GLOBAL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); 
                    int pushed = sp + 1 + (oparg & 1); // and a NULL above it for a call, decided before the call (LIVE)
                    if ((oparg & 1) != 0) s[sp + 1] = null;
                    s[sp] = Specialized.loadGlobalBuiltin(f, cache, oparg);
                    sp = pushed;
                }
                case LOAD_ATTR_INSTANCE_VALUE -> { skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttrInstanceValue(f, s, sp, cache, oparg); }
                case LOAD_ATTR_METHOD_WITH_VALUES -> { skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttrMethodWithValues(f, s, sp, cache, oparg); }
                case LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES -> { skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttrNondescriptorWithValues(f, s, sp, cache, oparg); }
                case LOAD_ATTR_METHOD_NO_DICT -> { skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttrMethodNoDict(f, s, sp, cache, oparg); }
                case LOAD_ATTR_NONDESCRIPTOR_NO_DICT -> { skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttrNondescriptorNoDict(f, s, sp, cache, oparg); }
                case LOAD_ATTR_MODULE -> { skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttrModule(f, s, sp, cache, oparg); }
                case LOAD_ATTR_CLASS, LOAD_ATTR_CLASS_WITH_METACLASS_CHECK -> { skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttrClass(f, s, sp, cache, oparg); }
                case LOAD_ATTR_PROPERTY -> { f.lasti = cache - 1; skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttrProperty(f, ts, s, sp, cache, oparg); }
                case STORE_ATTR_INSTANCE_VALUE -> { skip = STORE_ATTR_CACHES; sp = checkIndex(sp, PIN); Specialized.storeAttrInstanceValue(f, s, sp, cache, oparg); sp -= 2; }
                case BINARY_OP_ADD_INT -> { skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.addInt(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case BINARY_OP_SUBTRACT_INT -> { skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.subtractInt(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case BINARY_OP_MULTIPLY_INT -> { skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.multiplyInt(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case BINARY_OP_ADD_FLOAT -> { skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.addFloat(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case BINARY_OP_SUBTRACT_FLOAT -> { skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.subtractFloat(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case BINARY_OP_MULTIPLY_FLOAT -> { skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.multiplyFloat(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case BINARY_OP_SUBSCR_LIST_INT -> { skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.subscrListInt(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case BINARY_OP_SUBSCR_TUPLE_INT -> { skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.subscrTupleInt(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case BINARY_OP_SUBSCR_DICT -> { f.lasti = cache - 1; skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.subscrDict(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case BINARY_OP_SUBSCR_STR_INT -> { f.lasti = cache - 1; skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.subscrStrInt(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case BINARY_OP_ADD_UNICODE, BINARY_OP_INPLACE_ADD_UNICODE -> { f.lasti = cache - 1; skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.addUnicode(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case BINARY_OP_EXTEND -> { skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.extend(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case COMPARE_OP_INT -> { skip = COMPARE_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.compareInt(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case COMPARE_OP_FLOAT -> { skip = COMPARE_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.compareFloat(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case COMPARE_OP_STR -> { skip = COMPARE_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.compareStr(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case IS_OP -> { sp = checkIndex(sp, PIN); s[sp - 2] = PyBool.of((s[sp - 2] == s[sp - 1]) != (oparg == 1)); s[--sp] = null; }
                case CONTAINS_OP_DICT -> { f.lasti = cache - 1; skip = CONTAINS_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.containsDict(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case CONTAINS_OP_SET -> { f.lasti = cache - 1; skip = CONTAINS_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.containsSet(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case TO_BOOL_BOOL, TO_BOOL_INT, TO_BOOL_LIST, TO_BOOL_NONE, TO_BOOL_STR, TO_BOOL_ALWAYS_TRUE -> { skip = TO_BOOL_CACHES; sp = checkIndex(sp, PIN); s[sp - 1] = Specialized.toBoolSpecialized(f, cache, s[sp - 1], op); }
                case UNARY_NOT -> { sp = checkIndex(sp, PIN); s[sp - 1] = PyBool.of(s[sp - 1] != PyBool.TRUE); }
                case POP_JUMP_IF_FALSE -> { skip = POP_JUMP_IF_FALSE_CACHES; sp = checkIndex(sp, PIN); if (s[--sp] == PyBool.FALSE) pc += oparg; s[sp] = null; }
                case POP_JUMP_IF_TRUE -> { skip = POP_JUMP_IF_TRUE_CACHES; sp = checkIndex(sp, PIN); if (s[--sp] == PyBool.TRUE) pc += oparg; s[sp] = null; }
                case POP_JUMP_IF_NONE -> { skip = POP_JUMP_IF_NONE_CACHES; sp = checkIndex(sp, PIN); if (s[--sp] == PyNone.NONE) pc += oparg; s[sp] = null; }
                case POP_JUMP_IF_NOT_NONE -> { skip = POP_JUMP_IF_NOT_NONE_CACHES; sp = checkIndex(sp, PIN); if (s[--sp] != PyNone.NONE) pc += oparg; s[sp] = null; }
                case JUMP_BACKWARD, JUMP_BACKWARD_JIT, JUMP_BACKWARD_NO_JIT -> { f.lasti = cache - 1; skip = JUMP_BACKWARD_CACHES;
                    int target = pc - oparg; // before the calls, in the one arm that computes it (LIVE)
                    if (op == JUMP_BACKWARD) Specialized.jumpBackward(f, cache);
                    else if (op == JUMP_BACKWARD_JIT) Specialized.jumpBackwardJit(f, cache);
                    else Specialized.jumpBackwardNoJit(f, ts, cache);
                    pc = target;
                    if (ts.pendingEvents) Ops.runPendingEvents(ts);
                }
                case JUMP_FORWARD -> { pc = checkIndex(pc, PIN); pc += oparg; }
                case JUMP_BACKWARD_NO_INTERRUPT -> { pc = checkIndex(pc, PIN); pc -= oparg; }
                case GET_ITER -> { f.lasti = cache - 1; sp = checkIndex(sp, PIN); s[sp - 1] = Abstract.getIter(s[sp - 1]); }
                case CALL_PY_EXACT_ARGS, CALL_BOUND_METHOD_EXACT_ARGS -> { skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); 
                    sp -= oparg + 2;
                    // one call: the callee's frame entered (the loop continues in it), or the call's result (LIVE)
                    Object entered = Specialized.enterExactArgsFast(f, ts, s, sp, cache, oparg, op, pc + CALL_CACHES);
                    if (!(entered instanceof Frame callee)) { s[sp] = entered; sp++; }
                    else {
                        f = callee;
                        code = f.units; s = f.values; co = f.code; pc = 0; sp = f.stackBase; skip = 0;
                        continue;
                    }
                }
                case CALL_PY_GENERAL -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); sp -= oparg + 2; s[sp] = Specialized.callPyGeneral(f, ts, s, sp, cache, oparg); sp++; }
                case CALL_BOUND_METHOD_GENERAL -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); 
                    sp -= oparg + 2;
                    s[sp] = Specialized.callBoundMethodGeneral(f, ts, s, sp, cache, oparg);
                    sp++;
                }
                case CALL_ALLOC_AND_ENTER_INIT -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); sp -= oparg + 2; s[sp] = Specialized.callAllocAndEnterInit(f, ts, s, sp, cache, oparg); sp++; }
                case CALL_BUILTIN_FAST, CALL_METHOD_DESCRIPTOR_FAST, CALL_BUILTIN_CLASS, CALL_BUILTIN_FAST_WITH_KEYWORDS, CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN);
                    sp -= oparg + 2;
                    s[sp] = Specialized.callBuiltin(f, ts, s, sp, cache, oparg, op);
                    sp++;
                }
                case CALL_LEN -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); sp -= oparg + 2; s[sp] = Specialized.callLen(f, ts, s, sp, cache, oparg); sp++; }
                case CALL_ISINSTANCE -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); sp -= oparg + 2; s[sp] = Specialized.callIsinstance(f, ts, s, sp, cache, oparg); sp++; }
                case CALL_TYPE_1 -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); sp -= oparg + 2; s[sp] = Specialized.callType1(f, ts, s, sp, cache, oparg); sp++; }
                case CALL_LIST_APPEND -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); sp -= oparg + 2; s[sp] = Specialized.callListAppend(f, ts, s, sp, cache, oparg); sp++; }
                case CALL_NON_PY_GENERAL -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); sp -= oparg + 2; s[sp] = Specialized.callNonPyGeneral(f, ts, s, sp, cache, oparg); sp++; }
                case CALL_KW_PY, CALL_KW_BOUND_METHOD, CALL_KW_NON_PY -> { f.lasti = cache - 1; skip = CALL_KW_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); 
                    sp -= oparg + 3;
                    s[sp] = Specialized.callKwSpecialized(f, ts, s, sp, cache, oparg, op);
                    sp++;
                }
                case UNPACK_SEQUENCE_TWO_TUPLE, UNPACK_SEQUENCE_TUPLE, UNPACK_SEQUENCE_LIST -> { skip = UNPACK_SEQUENCE_CACHES; sp = Specialized.unpackSpecialized(f, s, sp, cache, oparg, op); }
                case STORE_SUBSCR_LIST_INT -> { skip = STORE_SUBSCR_CACHES; sp = checkIndex(sp, PIN); Specialized.storeSubscrListInt(f, s, sp, cache); sp -= 3; }
                case STORE_SUBSCR_DICT -> { f.lasti = cache - 1; skip = STORE_SUBSCR_CACHES; sp = checkIndex(sp, PIN); Specialized.storeSubscrDict(f, s, sp, cache); sp -= 3; }
                case LIST_APPEND -> { sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); ((PyList) s[sp - 1 - oparg]).append(s[sp - 1]); s[--sp] = null; }
                case BUILD_TUPLE -> { sp = checkIndex(sp, PIN); sp -= oparg; s[sp] = Ops.tuple(s, sp, oparg); sp++; }
                case BUILD_LIST -> { sp = checkIndex(sp, PIN); sp -= oparg; s[sp] = PyList.of(Ops.slice(s, sp, oparg)); sp++; }
                case BUILD_STRING -> { f.lasti = cache - 1; sp = checkIndex(sp, PIN); sp -= oparg; s[sp] = Ops.concat(s, sp, oparg); sp++; }
                case LOAD_DEREF -> { f.lasti = cache - 1; sp = checkIndex(sp, PIN); s[sp++] = Ops.loadDeref(f, oparg); }
                case STORE_DEREF -> { sp = checkIndex(sp, PIN); ((PyCell) s[oparg]).contents = s[--sp]; }
                case LOAD_FAST_CHECK -> { f.lasti = cache - 1; sp = checkIndex(sp, PIN); s[sp++] = Ops.checkLocal(f, oparg); }
                case LOAD_FAST_AND_CLEAR -> { sp = checkIndex(sp, PIN); s[sp++] = s[oparg]; s[oparg] = null; }
                case UNARY_NEGATIVE -> { f.lasti = cache - 1; sp = checkIndex(sp, PIN); s[sp - 1] = Abstract.negative(s[sp - 1]); }
                case BINARY_SLICE -> { f.lasti = cache - 1; sp = checkIndex(sp, PIN); s[sp - 3] = Abstract.getItem(s[sp - 3], new PySlice(s[sp - 2], s[sp - 1], PyNone.NONE)); sp -= 2; }
                case LOAD_SUPER_ATTR_ATTR, LOAD_SUPER_ATTR_METHOD -> { f.lasti = cache - 1; skip = LOAD_SUPER_ATTR_CACHES; sp = Specialized.loadSuperAttrSpecialized(f, s, sp, cache, oparg, op); }
                case LOAD_GLOBAL -> { skip = LOAD_GLOBAL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); 
                    int pushed = sp + 1 + (oparg & 1); // and a NULL above it for a call, decided before the call (LIVE)
                    if ((oparg & 1) != 0) s[sp + 1] = null;
                    s[sp] = Specialized.loadGlobal(f, cache, oparg);
                    sp = pushed;
                }
                case LOAD_ATTR -> { skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttr(f, s, sp, cache, oparg); }
                case STORE_ATTR -> { skip = STORE_ATTR_CACHES; sp = checkIndex(sp, PIN); Specialized.storeAttr(f, s, sp, cache, oparg); sp -= 2; }
                case BINARY_OP -> { skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.binaryOp(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case COMPARE_OP -> { skip = COMPARE_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.compareOp(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case CONTAINS_OP -> { f.lasti = cache - 1; skip = CONTAINS_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.containsOp(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case TO_BOOL -> { skip = TO_BOOL_CACHES; sp = checkIndex(sp, PIN); s[sp - 1] = Specialized.toBool(f, cache, s[sp - 1]); }
                case FOR_ITER, FOR_ITER_LIST, FOR_ITER_TUPLE, FOR_ITER_RANGE, FOR_ITER_GEN -> { skip = FOR_ITER_CACHES; sp = checkIndex(sp, PIN);
                    int exit = pc + oparg + 1; // past the END_FOR at the target (POP_ITER pops the iterator); one arm computes it before the call (LIVE)
                    Object iterator = s[sp - 1];
                    Object item = op == FOR_ITER ? Specialized.forIter(f, cache, iterator) : Specialized.forIterInline(f, ts, cache, iterator, op, sp, exit);
                    if (item instanceof Frame generatorFrame) { // a generator resumed inline: the loop continues in it
                        f = generatorFrame;
                        code = f.units; s = f.values; co = f.code; pc = f.pc; sp = f.sp; skip = 0;
                        continue;
                    }
                    if (item != null) s[sp++] = item;
                    else pc = exit;
                }
                case CALL -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); sp -= oparg + 2; s[sp] = Specialized.call(f, ts, s, sp, cache, oparg); sp++; }
                case CALL_KW -> { f.lasti = cache - 1; skip = CALL_KW_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); sp -= oparg + 3; s[sp] = Specialized.callKw(f, ts, s, sp, cache, oparg); sp++; }
                case UNPACK_SEQUENCE -> { skip = UNPACK_SEQUENCE_CACHES; sp = Specialized.unpackSequence(f, s, sp, cache, oparg); }
                case STORE_SUBSCR -> { skip = STORE_SUBSCR_CACHES; sp = checkIndex(sp, PIN); Specialized.storeSubscr(f, s, sp, cache); sp -= 3; }
                case LOAD_SUPER_ATTR -> { f.lasti = cache - 1; skip = LOAD_SUPER_ATTR_CACHES; sp = Specialized.loadSuperAttr(f, s, sp, cache, oparg); }
                case SEND, SEND_GEN -> { f.lasti = cache - 1; skip = SEND_CACHES; sp = checkIndex(sp, PIN); 
                    int target = pc + oparg; // before the call (LIVE)
                    Object result = op == SEND ? Specialized.send(f, cache, s[sp - 2], s[sp - 1])
                            : Specialized.sendGenInline(f, ts, cache, s[sp - 2], s[sp - 1], sp, target);
                    if (result instanceof Frame generatorFrame) { // a generator resumed inline: the loop continues in it
                        f = generatorFrame;
                        code = f.units; s = f.values; co = f.code; pc = f.pc; sp = f.sp; skip = 0;
                        continue;
                    }
                    s[sp - 1] = result != null ? result : f.sendResult;
                    if (result == null) pc = target;
                }
                case RETURN_GENERATOR -> { f.lasti = cache - 1;
                    f.pc = pc;
                    f.sp = sp;
                    f.suspended = true;
                    return null;
                }
                case YIELD_VALUE -> { f.lasti = cache - 1; sp = checkIndex(sp, PIN); 
                    f.pc = pc;
                    f.sp = sp - 1;
                    f.suspended = true;
                    if (!f.inlined) return s[sp - 1];
                    f = Generators.yieldInline(f, ts, s[sp - 1]); // resumed inline: back to the caller's loop
                    code = f.units; s = f.values; co = f.code; pc = f.pc; sp = f.sp; skip = 0;
                    continue;
                }
                case LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN -> { f.lasti = cache - 1; skip = LOAD_ATTR_CACHES; sp = Specialized.loadAttrGetattributeOverridden(f, ts, s, sp, cache, oparg); }
                case BINARY_OP_SUBSCR_LIST_SLICE -> { f.lasti = cache - 1; skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.subscrListSlice(f, cache, s[sp - 2], s[sp - 1], oparg); s[--sp] = null; }
                case BINARY_OP_SUBSCR_GETITEM -> { f.lasti = cache - 1; skip = BINARY_OP_CACHES; sp = checkIndex(sp, PIN); s[sp - 2] = Specialized.subscrGetitem(f, ts, s, sp, cache, oparg); s[--sp] = null; }
                case CALL_METHOD_DESCRIPTOR_NOARGS, CALL_METHOD_DESCRIPTOR_O -> { f.lasti = cache - 1; skip = CALL_CACHES; sp = checkIndex(sp, PIN); oparg = checkIndex(oparg, PIN); 
                    sp -= oparg + 2;
                    s[sp] = Specialized.callMethodDescriptorDirect(f, ts, s, sp, cache, oparg, op);
                    sp++;
                }
                default -> { f.lasti = cache - 1; sp = RareOps.execute(f, ts, s, sp, op, oparg); }
            }
            if (CHECK_STACK) StackCheck.after(f, op, oparg, depth, sp, pc + skip != cache + CACHE_SIZE[op]);
        }
    }

    /** The callable's bound result for callers that hold an unpacked method pair. */
    static Object callBinary(Object callable, Object a, Object b) {
        return Abstract.call(callable, a, b);
    }

    static BinOp binOp(int nb) {
        return BinOp.of(nb);
    }

    static CompareOp compareOp(int oparg) {
        return CompareOp.values()[oparg >> 5];
    }
}
