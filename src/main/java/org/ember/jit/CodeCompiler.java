package org.ember.jit;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_Throwable;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_char;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.ember.bytecode.Opcode.*;

import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.ember.bytecode.Instructions;
import org.ember.bytecode.OpInfo;
import org.ember.compiler.ExceptionTable;
import org.ember.interp.CompiledCode;
import org.ember.interp.JitOps;
import org.ember.interp.Tier2;
import org.ember.runtime.PyCode;

/**
 * Tier 2's compiler: one code object becomes one hidden class (a {@link CompiledCode}) whose
 * {@code run} method is the code's instructions laid out as straight-line JVM code, see
 * docs/jit.md. Each Python instruction becomes a call of its body in {@link JitOps} with the
 * stack pointer, cache index and oparg as constants (HotSpot inlines the bodies and folds the
 * constants), jumps become JVM jumps, and the exception table becomes one JVM handler that lets
 * the interpreter's unwinder pick the Python handler and re-enters through the entry switch.
 *
 * <p>Where the thread's code copy held a specialized form when the code was compiled, the call
 * is guarded by that form still being in the copy (one load and compare); otherwise (or when
 * the guard fails) the family's {@code ANY_*} body runs whichever form the copy holds now.
 *
 * <p>{@link #compile} returns the compiled code, or a String saying why it cannot compile the
 * code object (the caller never retries).
 */
public final class CodeCompiler {
    private CodeCompiler() {}

    /** HotSpot does not compile methods over 8000 bytes of bytecode (HugeMethodLimit): no gain then. */
    static final int MAX_CODE_BYTES = 8000;

    private static final ClassDesc CD_FRAME = ClassDesc.of("org.ember.interp.Frame");
    private static final ClassDesc CD_THREAD_STATE = ClassDesc.of("org.ember.runtime.ThreadState");
    private static final ClassDesc CD_COMPILED = ClassDesc.of(CompiledCode.class.getName());
    private static final ClassDesc CD_JIT_OPS = ClassDesc.of(JitOps.class.getName());
    private static final ClassDesc CD_OBJECTS = CD_Object.arrayType();
    private static final MethodTypeDesc MTD_OP = MethodTypeDesc.of(CD_boolean, CD_FRAME, CD_THREAD_STATE, CD_OBJECTS, CD_int, CD_int, CD_int);
    private static final MethodTypeDesc MTD_RARE = MethodTypeDesc.of(CD_void, CD_FRAME, CD_THREAD_STATE, CD_OBJECTS, CD_int, CD_int, CD_int);
    private static final MethodTypeDesc MTD_RUN = MethodTypeDesc.of(CD_Object, CD_FRAME, CD_THREAD_STATE, CD_OBJECTS, CD_int);
    private static final MethodTypeDesc MTD_INIT = MethodTypeDesc.of(CD_void);

    // locals of the generated run method
    private static final int FRAME = 1, THREAD = 2, VALUES = 3, ENTRY = 4, CAUGHT = 5;

    /** The instruction bodies JitOps has, by name (instructions and ANY_ family heads). */
    private static final Set<String> BODIES = bodies();

    /** Instructions executed by the interpreter's RareOps (no jumps, no caches). */
    private static final Set<String> RARE = Set.of("LOAD_COMMON_CONSTANT", "DELETE_FAST", "MAKE_CELL", "COPY_FREE_VARS",
            "DELETE_DEREF", "LOAD_FROM_DICT_OR_DEREF", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_LOCALS",
            "LOAD_FROM_DICT_OR_GLOBALS", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_BUILD_CLASS", "SETUP_ANNOTATIONS",
            "DELETE_ATTR", "LOAD_SPECIAL", "UNARY_INVERT", "STORE_SLICE", "DELETE_SUBSCR", "CALL_INTRINSIC_1",
            "CALL_INTRINSIC_2", "BUILD_SET", "BUILD_MAP", "BUILD_SLICE", "SET_ADD", "MAP_ADD", "LIST_EXTEND",
            "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "BUILD_INTERPOLATION", "BUILD_TEMPLATE", "CONVERT_VALUE",
            "FORMAT_SIMPLE", "FORMAT_WITH_SPEC", "UNPACK_EX", "GET_LEN", "CALL_FUNCTION_EX", "EXIT_INIT_CHECK",
            "MAKE_FUNCTION", "SET_FUNCTION_ATTRIBUTE", "RAISE_VARARGS", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT",
            "CHECK_EG_MATCH", "CHECK_EXC_MATCH", "WITH_EXCEPT_START", "IMPORT_NAME", "IMPORT_FROM", "MATCH_MAPPING",
            "MATCH_SEQUENCE", "MATCH_KEYS", "MATCH_CLASS",
            // generators and coroutines
            "GET_YIELD_FROM_ITER", "END_SEND", "CLEANUP_THROW", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", "GET_AWAITABLE");

    /**
     * Instructions that can neither raise nor call out, so {@code f.lasti} need not be stored
     * before them (everything else stores it: tracebacks, f_lineno and the exception table read it).
     */
    private static final Set<Integer> QUIET = Set.of(LOAD_FAST, LOAD_FAST_BORROW, LOAD_FAST_LOAD_FAST,
            LOAD_FAST_BORROW_LOAD_FAST_BORROW, STORE_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST, LOAD_SMALL_INT,
            LOAD_CONST, POP_TOP, END_FOR, POP_ITER, PUSH_NULL, COPY, SWAP, NOP, NOT_TAKEN, JUMP_FORWARD,
            JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
            IS_OP, UNARY_NOT, LOAD_FAST_AND_CLEAR);

    private static Set<String> bodies() {
        Set<String> names = new java.util.HashSet<>();
        for (Method m : JitOps.class.getDeclaredMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == boolean.class && m.getParameterCount() == 6) {
                names.add(m.getName());
            }
        }
        return names;
    }

    /** One decoded instruction: its first unit (EXTENDED_ARG prefixes included), its own unit, what follows its caches. */
    record Insn(int start, int lasti, int op, int oparg, int next) {}

    /** Compiles {@code code} as specialized in {@code units} (the compiling thread's copy). */
    public static Object compile(PyCode code, char[] units) throws Throwable {
        units = units.clone(); // a snapshot: the interpreter keeps rewriting the copy
        List<Insn> insns = new ArrayList<>();
        int[] indexAt = new int[units.length + 1];
        Arrays.fill(indexAt, -1);
        String problem = decode(units, insns, indexAt);
        if (problem != null) return problem;
        // every instruction takes at least ~8 bytes of generated code: skip generating what cannot fit
        if (insns.size() > MAX_CODE_BYTES / 8) return "too large";
        int[] depth = new int[insns.size()];
        problem = stackDepths(code, insns, indexAt, depth);
        if (problem != null) return problem;
        byte[] bytes = generate(code, units, insns, indexAt, depth);
        if (codeLength(bytes) > MAX_CODE_BYTES) return "too large";
        int[] backEdges = new int[units.length];
        Arrays.fill(backEdges, -1);
        for (int i = 0; i < insns.size(); i++) {
            Insn in = insns.get(i);
            if (depth[i] >= 0 && isBackEdge(in.op)) backEdges[in.lasti] = in.next - in.oparg;
        }
        return Tier2.define(bytes, backEdges);
    }

    private static String decode(char[] units, List<Insn> insns, int[] indexAt) {
        int pc = 0;
        while (pc < units.length) {
            int start = pc;
            int word = units[pc++];
            int op = word & 0xFF, oparg = word >> 8;
            while (op == EXTENDED_ARG && pc < units.length) {
                word = units[pc++];
                op = word & 0xFF;
                oparg = oparg << 8 | word >> 8;
            }
            if (!Instructions.isValid(op)) return "invalid opcode " + op;
            OpInfo info = Instructions.info(op);
            if (info.isInstrumented()) return "instrumented code";
            if (!supported(op)) return "unsupported instruction " + info.name();
            indexAt[start] = insns.size();
            insns.add(new Insn(start, pc - 1, op, oparg, pc + Instructions.cacheSize(op)));
            pc += Instructions.cacheSize(op);
        }
        return null;
    }

    private static boolean supported(int op) {
        String name = Instructions.name(op);
        int head = Instructions.deoptimize(op);
        if (head == JUMP_BACKWARD || op == JUMP_FORWARD || op == JUMP_BACKWARD_NO_INTERRUPT) return true;
        if (op == RETURN_VALUE || op == INTERPRETER_EXIT) return true;
        if (suspends(op)) return true;
        if (RARE.contains(name)) return true;
        if (hasAnyBody(op)) return head == op || BODIES.contains(name);
        return BODIES.contains(name);
    }

    /** A family whose form is chosen at run time by an ANY_ body (the others compile as plain instructions). */
    private static boolean hasAnyBody(int op) {
        return BODIES.contains("ANY_" + Instructions.name(Instructions.deoptimize(op)));
    }

    /** YIELD_VALUE and RETURN_GENERATOR leave the run method; the frame resumes at the next instruction. */
    private static boolean suspends(int op) {
        return op == YIELD_VALUE || op == RETURN_GENERATOR;
    }

    /** Whether the instruction can jump (END_ASYNC_FOR's oparg points back for monitoring only: it never jumps). */
    private static boolean jumps(int op, OpInfo info) {
        return info.has(OpInfo.HAS_JUMP) && op != END_ASYNC_FOR;
    }

    private static boolean isBackEdge(int op) {
        return Instructions.deoptimize(op) == JUMP_BACKWARD;
    }

    private static boolean isForIter(int op) {
        return Instructions.deoptimize(op) == FOR_ITER;
    }

    /** The unit index a jumping instruction goes to (FOR_ITER: past the END_FOR at its target, as the loop does). */
    private static int jumpTarget(Insn in, OpInfo info) {
        if (isForIter(in.op)) return in.next + in.oparg + 1;
        return info.has(OpInfo.IS_BACKWARD_JUMP) ? in.next - in.oparg : in.next + in.oparg;
    }

    /** Static stack depth before each reachable instruction (-1: unreachable); null or the problem. */
    private static String stackDepths(PyCode code, List<Insn> insns, int[] indexAt, int[] depth) {
        Arrays.fill(depth, -1);
        ArrayDeque work = new ArrayDeque();
        String problem = seed(0, 0, indexAt, depth, work);
        for (ExceptionTable.Entry e : ExceptionTable.decode(code.raw.exceptionTable())) {
            if (problem == null) problem = seed(e.target(), e.depth() + (e.lasti() ? 1 : 0) + 1, indexAt, depth, work);
        }
        while (problem == null && !work.isEmpty()) {
            int i = work.pop();
            Insn in = insns.get(i);
            OpInfo info = Instructions.info(Instructions.generic(in.op));
            int d = depth[i];
            if (isForIter(in.op)) {
                problem = seed(jumpTarget(in, info), d, indexAt, depth, work);
                if (problem == null) problem = seed(in.next, d + 1, indexAt, depth, work);
                continue;
            }
            if (jumps(in.op, info)) problem = seed(jumpTarget(in, info), d + info.stackEffect(in.oparg, true), indexAt, depth, work);
            if (problem == null && !info.has(OpInfo.NO_FALLTHROUGH)) problem = seed(in.next, d + info.stackEffect(in.oparg, false), indexAt, depth, work);
            if (problem == null && d + info.maxStackEffect(in.oparg) > code.stackSize()) problem = "stack deeper than co_stacksize";
        }
        return problem;
    }

    private static String seed(int unit, int d, int[] indexAt, int[] depth, ArrayDeque work) {
        if (unit < 0 || unit >= indexAt.length || indexAt[unit] < 0) return "jump into an instruction";
        int i = indexAt[unit];
        if (d < 0) return "negative stack depth";
        if (depth[i] == -1) {
            depth[i] = d;
            work.push(i);
        } else if (depth[i] != d) {
            return "inconsistent stack depth";
        }
        return null;
    }

    /** A tiny int stack for the worklist. */
    private static final class ArrayDeque {
        private int[] items = new int[16];
        private int size;

        void push(int v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        int pop() {
            return items[--size];
        }

        boolean isEmpty() {
            return size == 0;
        }
    }

    // ---- code generation ------------------------------------------------------------------------------

    private static byte[] generate(PyCode code, char[] units, List<Insn> insns, int[] indexAt, int[] depth) {
        ClassDesc name = ClassDesc.of("org.ember.interp.Tier2Code_" + identifier(code.qualname()));
        return ClassFile.of().build(name, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(CD_COMPILED);
            cb.withMethodBody("<init>", MTD_INIT, ClassFile.ACC_PUBLIC,
                    b -> b.aload(0).invokespecial(CD_COMPILED, "<init>", MTD_INIT).return_());
            cb.withMethodBody("run", MTD_RUN, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                    b -> new Body(b, code, units, insns, indexAt, depth).emit());
        });
    }

    private static String identifier(String qualname) {
        StringBuilder sb = new StringBuilder();
        for (char c : qualname.toCharArray()) sb.append(Character.isJavaIdentifierPart(c) && c < 128 ? c : '_');
        return sb.toString();
    }

    private static int codeLength(byte[] bytes) {
        for (MethodModel m : ClassFile.of().parse(bytes).methods()) {
            if (m.methodName().equalsString("run")) {
                return m.findAttribute(Attributes.code()).map(CodeAttribute::codeLength).orElse(0);
            }
        }
        return 0;
    }

    /** The generated {@code run(f, ts, s, entry)}: entry switch, instructions, exception handler. */
    private static final class Body {
        private final CodeBuilder b;
        private final PyCode code;
        private final char[] units;
        private final List<Insn> insns;
        private final int[] indexAt;
        private final int[] depth;
        private final Label[] labels;

        Body(CodeBuilder b, PyCode code, char[] units, List<Insn> insns, int[] indexAt, int[] depth) {
            this.b = b;
            this.code = code;
            this.units = units;
            this.insns = insns;
            this.indexAt = indexAt;
            this.depth = depth;
            this.labels = new Label[insns.size()];
            for (int i = 0; i < labels.length; i++) labels[i] = b.newLabel();
        }

        private Label labelAt(int unit) {
            return labels[indexAt[unit]];
        }

        void emit() {
            Label dispatch = b.newLabel(), bodyStart = b.newLabel(), bodyEnd = b.newLabel();
            Label handler = b.newLabel(), badEntry = b.newLabel();
            b.labelBinding(dispatch);
            b.iload(ENTRY);
            b.lookupswitch(badEntry, entryCases());
            b.labelBinding(bodyStart);
            for (int i = 0; i < insns.size(); i++) {
                if (depth[i] < 0) continue; // unreachable
                b.labelBinding(labels[i]);
                instruction(insns.get(i), code.nLocalsPlus + depth[i]);
            }
            b.aconst_null().areturn(); // not reached: the last instruction returns, raises or jumps
            b.labelBinding(bodyEnd);
            b.labelBinding(handler);
            b.astore(CAUGHT);
            b.aload(FRAME).aload(THREAD).aload(CAUGHT);
            b.invokestatic(CD_JIT_OPS, "handle", MethodTypeDesc.of(CD_int, CD_FRAME, CD_THREAD_STATE, CD_Throwable));
            b.istore(ENTRY);
            b.goto_(dispatch);
            b.labelBinding(badEntry);
            b.iload(ENTRY);
            b.invokestatic(CD_JIT_OPS, "badEntry", MethodTypeDesc.of(ClassDesc.of("java.lang.RuntimeException"), CD_int));
            b.athrow();
            b.exceptionCatch(bodyStart, bodyEnd, handler, CD_Throwable);
        }

        /**
         * Where a run may start: the code's start, every loop header (OSR), every handler, and
         * every resume point of a generator (the instruction after a YIELD_VALUE or RETURN_GENERATOR).
         */
        private List<SwitchCase> entryCases() {
            TreeMap<Integer, Label> entries = new TreeMap<>();
            entries.put(0, labelAt(0));
            for (ExceptionTable.Entry e : ExceptionTable.decode(code.raw.exceptionTable())) entries.put(e.target(), labelAt(e.target()));
            for (int i = 0; i < insns.size(); i++) {
                Insn in = insns.get(i);
                if (depth[i] >= 0 && isBackEdge(in.op)) entries.put(in.next - in.oparg, labelAt(in.next - in.oparg));
                if (depth[i] >= 0 && suspends(in.op) && in.next < units.length) entries.put(in.next, labelAt(in.next));
            }
            List<SwitchCase> cases = new ArrayList<>();
            entries.forEach((unit, label) -> cases.add(SwitchCase.of(unit, label)));
            return cases;
        }

        private void instruction(Insn in, int sp) {
            int op = in.op;
            if (!QUIET.contains(op)) b.aload(FRAME).loadConstant(in.lasti).putfield(CD_FRAME, "lasti", CD_int);
            OpInfo info = Instructions.info(Instructions.generic(op));
            if (op == RETURN_VALUE || op == INTERPRETER_EXIT) {
                b.aload(FRAME).aload(VALUES).loadConstant(sp);
                b.invokestatic(CD_JIT_OPS, "returnValue", MethodTypeDesc.of(CD_Object, CD_FRAME, CD_OBJECTS, CD_int));
                b.areturn();
            } else if (suspends(op)) {
                suspend(in, sp);
            } else if (op == JUMP_FORWARD || op == JUMP_BACKWARD_NO_INTERRUPT) {
                b.goto_(labelAt(jumpTarget(in, info)));
            } else if (isBackEdge(op)) {
                backEdge(in, info);
            } else if (RARE.contains(Instructions.name(op))) {
                b.aload(FRAME).aload(THREAD).aload(VALUES).loadConstant(sp).loadConstant(op).loadConstant(in.oparg);
                b.invokestatic(CD_JIT_OPS, "rare", MTD_RARE);
                if (info.has(OpInfo.NO_FALLTHROUGH)) b.aconst_null().areturn(); // RAISE_VARARGS, RERAISE: not reached
            } else {
                body(in, sp);
                if (jumps(op, info)) b.ifne(labelAt(jumpTarget(in, info)));
                else b.pop();
            }
        }

        /**
         * YIELD_VALUE / RETURN_GENERATOR: the frame is suspended with its resume point and stack
         * saved, as the interpreter saves them; the generator's next resumption enters the run
         * method again at {@code in.next} (an entry) with the sent value pushed.
         */
        private void suspend(Insn in, int sp) {
            b.aload(FRAME).aload(VALUES).loadConstant(sp).loadConstant(in.next);
            b.invokestatic(CD_JIT_OPS, in.op == YIELD_VALUE ? "yieldValue" : "returnGenerator",
                    MethodTypeDesc.of(CD_Object, CD_FRAME, CD_OBJECTS, CD_int, CD_int));
            b.areturn();
        }

        /** JUMP_BACKWARD: pending events; the interpreter takes the frame over at the loop header when tracing began. */
        private void backEdge(Insn in, OpInfo info) {
            int target = jumpTarget(in, info);
            if (in.op == JUMP_BACKWARD) {
                b.aload(FRAME).aload(THREAD).loadConstant(in.lasti + 1);
                b.invokestatic(CD_JIT_OPS, "backEdgeUnspecialized", MethodTypeDesc.of(CD_boolean, CD_FRAME, CD_THREAD_STATE, CD_int));
            } else {
                b.aload(THREAD);
                b.invokestatic(CD_JIT_OPS, "backEdge", MethodTypeDesc.of(CD_boolean, CD_THREAD_STATE));
            }
            b.ifeq(labelAt(target));
            b.aload(FRAME).loadConstant(target).loadConstant(code.nLocalsPlus + depth[indexAt[target]]);
            b.invokestatic(CD_JIT_OPS, "deopt", MethodTypeDesc.of(CD_Object, CD_FRAME, CD_int, CD_int));
            b.areturn();
        }

        /** The instruction's body call, guarded by its specialized form when it was compiled specialized. */
        private void body(Insn in, int sp) {
            int head = Instructions.deoptimize(in.op);
            if (!hasAnyBody(in.op)) {
                call(Instructions.name(in.op), in, sp);
                return;
            }
            String any = "ANY_" + Instructions.name(head);
            if (head == in.op) {
                call(any, in, sp);
                return;
            }
            Label other = b.newLabel(), done = b.newLabel();
            b.aload(FRAME).getfield(CD_FRAME, "units", CD_char.arrayType()).loadConstant(in.lasti).caload();
            b.loadConstant((int) units[in.lasti]);
            b.if_icmpne(other);
            call(Instructions.name(in.op), in, sp);
            b.goto_(done);
            b.labelBinding(other);
            call(any, in, sp);
            b.labelBinding(done);
        }

        private void call(String method, Insn in, int sp) {
            b.aload(FRAME).aload(THREAD).aload(VALUES).loadConstant(sp).loadConstant(in.lasti + 1).loadConstant(in.oparg);
            b.invokestatic(CD_JIT_OPS, method, MTD_OP);
        }
    }
}
