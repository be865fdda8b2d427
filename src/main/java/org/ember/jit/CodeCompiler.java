package org.ember.jit;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_Throwable;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_char;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
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

    /**
     * HotSpot does not compile methods over 8000 bytes of bytecode (HugeMethodLimit): no gain then.
     * {@code -Dember.jitMaxCodeBytes=N} raises it for experiments with {@code -XX:-DontCompileHugeMethods}.
     */
    static final int MAX_CODE_BYTES = Integer.getInteger("ember.jitMaxCodeBytes", 8000);

    /** jit8: a code object is split into at most this many region methods (each under MAX_CODE_BYTES); more: "too large". */
    static final int MAX_REGIONS = Integer.getInteger("ember.jitMaxRegions", 16);

    /** jit8: what an instruction's generated code takes on average, to split code over the JVM's 64 KB method limit at first. */
    private static final int ESTIMATED_BYTES_PER_INSTRUCTION = 24;

    /** UNPACK_SEQUENCE of more items than this is called as its body (each item costs ~10 bytes inline). */
    static final int MAX_INLINE_UNPACK = 8;

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
    /** Value-stack slot d may be held in JVM local STACK + d (see Body). */
    private static final int STACK = 6;

    private static final ClassDesc CD_PY_FLOAT = ClassDesc.of("org.ember.runtime.PyFloat");
    private static final ClassDesc CD_PY_INT = ClassDesc.of("org.ember.runtime.PyInt");
    private static final ClassDesc CD_PY_BOOL = ClassDesc.of("org.ember.runtime.PyBool");
    private static final ClassDesc CD_PY_NONE = ClassDesc.of("org.ember.runtime.PyNone");
    private static final ClassDesc CD_PY_OBJECT = ClassDesc.of("org.ember.runtime.PyObject");
    private static final ClassDesc CD_PY_TYPE = ClassDesc.of("org.ember.runtime.PyType");
    private static final ClassDesc CD_CLASS = ClassDesc.of("java.lang.Class");
    // jit7: builtin and method-descriptor bodies called from the compiled call site
    private static final ClassDesc CD_BODY = ClassDesc.of("org.ember.runtime.PyBuiltinFunction$Body");
    private static final ClassDesc CD_BUILTIN = ClassDesc.of("org.ember.runtime.PyBuiltinFunction");
    private static final ClassDesc CD_METHOD_DESCR = ClassDesc.of("org.ember.runtime.PyMethodDescr");
    private static final ClassDesc CD_ARG_SPEC = ClassDesc.of("org.ember.runtime.ArgSpec");
    private static final ClassDesc CD_PY_TUPLE = ClassDesc.of("org.ember.runtime.PyTuple");
    // jit8: what a region method of a split code object returns to continue in another region
    private static final ClassDesc CD_REGION_JUMP = ClassDesc.of("org.ember.interp.RegionJump");

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
            LOAD_CONST, LOAD_CONST_IMMORTAL, LOAD_CONST_MORTAL, POP_TOP, END_FOR, POP_ITER, PUSH_NULL, COPY, SWAP, NOP, NOT_TAKEN, JUMP_FORWARD,
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
        if (insns.size() > MAX_REGIONS * MAX_CODE_BYTES / 8) return "too large";
        int[] depth = new int[insns.size()];
        problem = stackDepths(code, insns, indexAt, depth);
        if (problem != null) return problem;
        byte[] bytes = generateFitting(code, units, insns, indexAt, depth);
        if (bytes == null) return "too large";
        if (DUMP_DIR != null) dump(code, bytes);
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

    // ---- jit8: large code objects as several methods ------------------------------------------------

    /**
     * The class for the code object with every method under MAX_CODE_BYTES: one {@code run}
     * method when it fits, otherwise the instructions split into region methods (Regions), split
     * again where a region is still too large; null when that takes more than MAX_REGIONS.
     */
    private static byte[] generateFitting(PyCode code, char[] units, List<Insn> insns, int[] indexAt, int[] depth) {
        if ((long) insns.size() * ESTIMATED_BYTES_PER_INSTRUCTION > (long) MAX_REGIONS * MAX_CODE_BYTES) return null; // not worth generating
        byte[] bytes;
        // over the JVM's 64 KB per method (the class-file API refuses it, slowly): split by an estimate first
        int estimate = (int) Math.min((long) insns.size() * ESTIMATED_BYTES_PER_INSTRUCTION, (long) (MAX_REGIONS * MAX_CODE_BYTES * 0.85));
        int[] sizes = {Math.max(65536, estimate)};
        if (estimate < 65536) {
            try {
                bytes = generate(code, units, insns, indexAt, depth);
                sizes[0] = codeLength(bytes);
                if (sizes[0] <= MAX_CODE_BYTES) return bytes;
                if (sizes[0] > MAX_REGIONS * MAX_CODE_BYTES) return null;
            } catch (IllegalArgumentException overJvmLimit) {
                // split by the estimate
            }
        }
        boolean[] reachable = new boolean[insns.size()];
        for (int i = 0; i < reachable.length; i++) reachable[i] = depth[i] >= 0;
        int[] nesting = loopNesting(insns, indexAt, depth);
        Regions regions = Regions.whole(insns.size());
        while (true) {
            regions = regions.split(sizes, MAX_CODE_BYTES, reachable, nesting);
            if (regions == null || regions.count() > MAX_REGIONS) return null;
            try {
                bytes = generate(code, units, insns, indexAt, depth, regions);
            } catch (IllegalArgumentException overJvmLimit) {
                return null;
            }
            sizes = regionLengths(bytes, regions.count());
            if (Arrays.stream(sizes).sum() > MAX_REGIONS * MAX_CODE_BYTES) return null; // cannot fit however split
            if (Arrays.stream(sizes).allMatch(n -> n <= MAX_CODE_BYTES) && codeLength(bytes) <= MAX_CODE_BYTES) {
                JitStats.split(regions.count());
                return bytes;
            }
        }
    }

    /** For each instruction: how many loops (back edge to header) a region boundary just before it would cut. */
    private static int[] loopNesting(List<Insn> insns, int[] indexAt, int[] depth) {
        int[] nesting = new int[insns.size()];
        for (int j = 0; j < insns.size(); j++) {
            Insn in = insns.get(j);
            if (depth[j] < 0 || !isBackEdge(in.op)) continue;
            for (int i = indexAt[in.next - in.oparg] + 1; i <= j; i++) nesting[i]++;
        }
        return nesting;
    }

    /** The class of a split code object: {@code run} calls region methods {@code region0...} (Body.emitRun). */
    private static byte[] generate(PyCode code, char[] units, List<Insn> insns, int[] indexAt, int[] depth, Regions regions) {
        ClassDesc name = ClassDesc.of("org.ember.interp.Tier2Code_" + identifier(code.qualname()));
        return ClassFile.of().build(name, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(CD_COMPILED);
            cb.withMethodBody("<init>", MTD_INIT, ClassFile.ACC_PUBLIC,
                    b -> b.aload(0).invokespecial(CD_COMPILED, "<init>", MTD_INIT).return_());
            cb.withMethodBody("run", MTD_RUN, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                    b -> new Body(b, code, units, insns, indexAt, depth).inRegion(regions, -1).emitRun(name));
            for (int k = 0; k < regions.count(); k++) {
                int region = k;
                cb.withMethodBody("region" + k, MTD_RUN, ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL,
                        b -> new Body(b, code, units, insns, indexAt, depth).inRegion(regions, region).emit());
            }
        });
    }

    /** The code length of each region method {@code region0..}. */
    private static int[] regionLengths(byte[] bytes, int count) {
        int[] lengths = new int[count];
        for (MethodModel m : ClassFile.of().parse(bytes).methods()) {
            String name = m.methodName().stringValue();
            if (name.startsWith("region")) {
                lengths[Integer.parseInt(name.substring(6))] = m.findAttribute(Attributes.code()).map(CodeAttribute::codeLength).orElse(0);
            }
        }
        return lengths;
    }

    /** {@code -Dember.jitDump=DIR}: each generated class is written there ({@code javap -c -p DIR/NAME.class} reads it). */
    private static final String DUMP_DIR = System.getProperty("ember.jitDump");

    private static void dump(PyCode code, byte[] bytes) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(DUMP_DIR);
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve("Tier2Code_" + identifier(code.qualname()) + ".class"), bytes);
        } catch (java.io.IOException e) {
            System.err.println("ember.jitDump: " + e);
        }
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
        /** By instruction: reached by a jump or an entry (the value stack is all in {@code f.values} there). */
        private final boolean[] join;
        /** By stack slot, while emitting straight-line code: its value is in JVM local STACK + slot. */
        private final boolean[] inLocal;
        /** By stack slot: held in its JVM local only ({@code f.values} is stale until it is spilled). */
        private final boolean[] dirty;
        /** The next instruction was fused into this one (a compare's POP_JUMP_IF). */
        private boolean skipNext;
        /** jit8: how the code is split into region methods (null: one run method) and which region this method is (-1: run). */
        private Regions regions;
        private int region;
        /** jit8: by unit index, the exit of this region method that continues at that unit in another region. */
        private final java.util.Map<Integer, Label> regionExits = new java.util.TreeMap<>();

        Body(CodeBuilder b, PyCode code, char[] units, List<Insn> insns, int[] indexAt, int[] depth) {
            this.b = b;
            this.code = code;
            this.units = units;
            this.insns = insns;
            this.indexAt = indexAt;
            this.depth = depth;
            this.labels = new Label[insns.size()];
            for (int i = 0; i < labels.length; i++) labels[i] = b.newLabel();
            this.join = joins();
            this.inLocal = new boolean[code.stackSize() + 1];
            this.dirty = new boolean[code.stackSize() + 1];
        }

        private boolean[] joins() {
            boolean[] joins = new boolean[insns.size()];
            for (int unit : entryUnits()) joins[indexAt[unit]] = true; // every entry is a join
            for (int i = 0; i < insns.size(); i++) {
                Insn in = insns.get(i);
                OpInfo info = Instructions.info(Instructions.generic(in.op));
                if (depth[i] >= 0 && (jumps(in.op, info) || isForIter(in.op) || isBackEdge(in.op))) {
                    joins[indexAt[jumpTarget(in, info)]] = true;
                }
            }
            return joins;
        }

        private Label labelAt(int unit) {
            if (regions != null && regions.regionOf(indexAt[unit]) != region) return regionExit(unit);
            return labels[indexAt[unit]];
        }

        void emit() {
            Label dispatch = b.newLabel(), bodyStart = b.newLabel(), bodyEnd = b.newLabel();
            Label handler = b.newLabel(), badEntry = b.newLabel();
            b.labelBinding(dispatch);
            b.iload(ENTRY);
            Label otherRegion = b.newLabel();
            b.lookupswitch(regions == null ? badEntry : otherRegion, entryCases());
            b.labelBinding(bodyStart);
            for (int i = firstIndex(); i < endIndex(); i++) {
                if (depth[i] < 0) continue; // unreachable
                if (skipNext) {
                    skipNext = false;
                    continue;
                }
                if (join[i]) {
                    spill(depth[i]); // falling through into a join: it expects the stack in f.values
                    forget();
                }
                b.labelBinding(labels[i]);
                Insn in = insns.get(i);
                if (inline(in, i, depth[i])) {
                    JitStats.inlined(Instructions.name(in.op));
                    continue;
                }
                spill(depth[i]); // the body reads and writes the stack in f.values
                instruction(in, code.nLocalsPlus + depth[i]);
                forget();
            }
            if (regions != null) fallIntoNextRegion();
            else b.aconst_null().areturn(); // not reached: the last instruction returns, raises or jumps
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
            if (regions != null) emitRegionExits(otherRegion);
            b.exceptionCatch(bodyStart, bodyEnd, handler, CD_Throwable);
        }

        /**
         * Where a run may start: the code's start, every loop header (OSR), every handler, and
         * every resume point of a generator (the instruction after a YIELD_VALUE or RETURN_GENERATOR).
         * Each is also a join (the whole value stack in f.values there): a new kind of entry is
         * added here only.
         */
        private java.util.SortedSet<Integer> entryUnits() {
            java.util.SortedSet<Integer> entries = new java.util.TreeSet<>();
            entries.add(0);
            for (ExceptionTable.Entry e : ExceptionTable.decode(code.raw.exceptionTable())) entries.add(e.target());
            for (int i = 0; i < insns.size(); i++) {
                Insn in = insns.get(i);
                if (depth[i] >= 0 && isBackEdge(in.op)) entries.add(in.next - in.oparg);
                if (depth[i] >= 0 && suspends(in.op) && in.next < units.length) entries.add(in.next);
            }
            return entries;
        }

        private List<SwitchCase> entryCases() {
            if (regions != null) return regionEntryCases();
            List<SwitchCase> cases = new ArrayList<>();
            for (int unit : entryUnits()) cases.add(SwitchCase.of(unit, labelAt(unit)));
            return cases;
        }

        // ---- jit8: region methods of a split code object -----------------------------------------
        //
        // Each region method is a run method of its own over its instructions: its entry switch
        // holds the entries that fall in it (and its start, and the targets of jumps from other
        // regions: all joins, so the whole value stack is in f.values there), a jump to another
        // region returns RegionJump.to(unit), and so does an entry it does not hold (a handler in
        // another region, after its own JVM handler ran the unwinder). The class's run loops:
        // it calls the region holding the entry until one returns anything else.

        /** This method is region {@code k} of {@code regions} ({@code -1}: the run method calling them). */
        Body inRegion(Regions regions, int k) {
            this.regions = regions;
            this.region = k;
            for (int i = 0; i < insns.size(); i++) {
                if (regions.startsRegion(i)) join[i] = true; // entered from run with the stack in f.values
            }
            return this;
        }

        private int firstIndex() {
            return regions == null ? 0 : regions.from(region);
        }

        private int endIndex() {
            return regions == null ? insns.size() : regions.to(region);
        }

        /** The units region {@code k} can be entered at: its start, the code's entries in it, targets of jumps from other regions. */
        private java.util.SortedSet<Integer> regionEntryUnits(int k) {
            java.util.SortedSet<Integer> entries = new java.util.TreeSet<>();
            int from = regions.from(k), to = regions.to(k);
            entries.add(insns.get(from).start);
            for (int unit : entryUnits()) {
                if (indexAt[unit] >= from && indexAt[unit] < to) entries.add(unit);
            }
            for (int i = 0; i < insns.size(); i++) {
                Insn in = insns.get(i);
                OpInfo info = Instructions.info(Instructions.generic(in.op));
                if (depth[i] < 0 || !(jumps(in.op, info) || isForIter(in.op) || isBackEdge(in.op))) continue;
                int target = indexAt[jumpTarget(in, info)];
                if (target >= from && target < to && regions.regionOf(i) != k) entries.add(insns.get(target).start);
            }
            return entries;
        }

        private List<SwitchCase> regionEntryCases() {
            List<SwitchCase> cases = new ArrayList<>();
            for (int unit : regionEntryUnits(region)) cases.add(SwitchCase.of(unit, labels[indexAt[unit]]));
            return cases;
        }

        /** A label in this region method that returns RegionJump.to(unit) (a jump into another region). */
        private Label regionExit(int unit) {
            return regionExits.computeIfAbsent(unit, u -> b.newLabel());
        }

        /** After the region's last instruction: falling through continues at the next region's start. */
        private void fallIntoNextRegion() {
            int next = endIndex();
            if (next >= insns.size()) {
                b.aconst_null().areturn(); // not reached: the last instruction returns, raises or jumps
                return;
            }
            spill(Math.max(depth[next], 0));
            forget();
            b.goto_(regionExit(insns.get(next).start));
        }

        /** The region exits, and {@code otherRegion}: the entry switch's default (an entry another region holds). */
        private void emitRegionExits(Label otherRegion) {
            MethodTypeDesc to = MethodTypeDesc.of(CD_REGION_JUMP, CD_int);
            b.labelBinding(otherRegion);
            b.iload(ENTRY).invokestatic(CD_REGION_JUMP, "to", to).areturn();
            for (var exit : regionExits.entrySet()) {
                b.labelBinding(exit.getValue());
                b.loadConstant(exit.getKey()).invokestatic(CD_REGION_JUMP, "to", to).areturn();
            }
        }

        /**
         * The run method of a split code object: calls the region method holding the entry, and
         * again with the unit it returns as a RegionJump, until it returns anything else (the
         * frame's result, a yielded value, DEOPT). Exceptions pass through (each region ran the
         * unwinder itself).
         */
        void emitRun(ClassDesc self) {
            final int result = CAUGHT;
            Label loop = b.newLabel(), returned = b.newLabel(), done = b.newLabel(), badEntry = b.newLabel();
            java.util.SortedMap<Integer, Label> cases = new java.util.TreeMap<>();
            Label[] calls = new Label[regions.count()];
            for (int k = 0; k < calls.length; k++) {
                calls[k] = b.newLabel();
                for (int unit : regionEntryUnits(k)) cases.put(unit, calls[k]);
            }
            List<SwitchCase> switchCases = new ArrayList<>();
            cases.forEach((unit, label) -> switchCases.add(SwitchCase.of(unit, label)));
            b.labelBinding(loop);
            b.iload(ENTRY);
            b.lookupswitch(badEntry, switchCases);
            for (int k = 0; k < calls.length; k++) {
                b.labelBinding(calls[k]);
                b.aload(0).aload(FRAME).aload(THREAD).aload(VALUES).iload(ENTRY);
                b.invokevirtual(self, "region" + k, MTD_RUN);
                b.goto_(returned);
            }
            b.labelBinding(returned);
            b.astore(result);
            b.aload(result).instanceOf(CD_REGION_JUMP).ifeq(done);
            b.aload(result).checkcast(CD_REGION_JUMP);
            b.invokestatic(CD_REGION_JUMP, "unitOf", MethodTypeDesc.of(CD_int, CD_REGION_JUMP));
            b.istore(ENTRY);
            b.goto_(loop);
            b.labelBinding(done);
            b.aload(result).areturn();
            b.labelBinding(badEntry);
            b.iload(ENTRY);
            b.invokestatic(CD_JIT_OPS, "badEntry", MethodTypeDesc.of(ClassDesc.of("java.lang.RuntimeException"), CD_int));
            b.athrow();
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
                if (BODIES.contains(Instructions.name(op))) { // a rare instruction hot enough for a body of its own
                    call(Instructions.name(op), in, sp);
                    b.pop();
                } else {
                    b.aload(FRAME).aload(THREAD).aload(VALUES).loadConstant(sp).loadConstant(op).loadConstant(in.oparg);
                    b.invokestatic(CD_JIT_OPS, "rare", MTD_RARE);
                }
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

        // ---- the value stack in JVM locals -----------------------------------------------------------
        //
        // Between joins, the compiler knows which stack slots were pushed by instructions it
        // compiled inline; those values live in JVM locals (C2 can then drop the boxes between
        // consecutive operations: escape analysis). Every other instruction reads the stack in
        // f.values, so before it the dirty slots are written there ("spilled"); after it no slot
        // is in a local any more. Joins (jump targets, entries) start with everything in
        // f.values. Everything that can raise or call out spills first, so handlers, tracebacks,
        // f_locals and the interpreter (after a hand-back) see the interpreter's frame.

        /** Writes the dirty slots below {@code d} to f.values (they stay in their locals too). */
        private void spill(int d) {
            spillCode(d);
            for (int slot = 0; slot < d; slot++) dirty[slot] = false;
        }

        /** The code of {@link #spill} without changing what the compiler knows (for a slow path that rejoins). */
        private void spillCode(int d) {
            for (int slot = 0; slot < d; slot++) {
                if (dirty[slot]) b.aload(VALUES).loadConstant(code.nLocalsPlus + slot).aload(STACK + slot).aastore();
            }
        }

        private void forget() {
            Arrays.fill(inLocal, false);
            Arrays.fill(dirty, false);
        }

        /** Pushes the value on the JVM operand stack of stack slot {@code slot}. */
        private void load(int slot) {
            if (inLocal[slot]) b.aload(STACK + slot);
            else b.aload(VALUES).loadConstant(code.nLocalsPlus + slot).aaload();
        }

        /** Pops the JVM operand stack into stack slot {@code slot} (held in its local only). */
        private void store(int slot) {
            b.astore(STACK + slot);
            inLocal[slot] = true;
            dirty[slot] = true;
        }

        private void drop(int slot) {
            inLocal[slot] = false;
            dirty[slot] = false;
        }

        private void loadFast(int index) {
            b.aload(VALUES).loadConstant(index).aaload();
        }

        private void storeFast(int index, int slot) {
            b.aload(VALUES).loadConstant(index);
            load(slot);
            b.aastore();
            drop(slot);
        }

        /** Emits {@code in} as inline JVM code on the stack held in locals; false: it needs its body. */
        private boolean inline(Insn in, int i, int d) {
            int oparg = in.oparg;
            switch (in.op) {
                case LOAD_FAST, LOAD_FAST_BORROW -> {
                    loadFast(oparg);
                    store(d);
                }
                case LOAD_FAST_LOAD_FAST, LOAD_FAST_BORROW_LOAD_FAST_BORROW -> {
                    loadFast(oparg >> 4);
                    store(d);
                    loadFast(oparg & 15);
                    store(d + 1);
                }
                case STORE_FAST -> storeFast(oparg, d - 1);
                case STORE_FAST_LOAD_FAST -> {
                    storeFast(oparg >> 4, d - 1);
                    loadFast(oparg & 15);
                    store(d - 1);
                }
                case STORE_FAST_STORE_FAST -> {
                    storeFast(oparg >> 4, d - 1);
                    storeFast(oparg & 15, d - 2);
                }
                case LOAD_CONST, LOAD_CONST_IMMORTAL, LOAD_CONST_MORTAL -> {
                    if (code.consts[oparg] instanceof PyCode.Unsupported) return false; // raises: the body says so
                    b.aload(FRAME).loadConstant(oparg);
                    b.invokestatic(CD_JIT_OPS, "constant", MethodTypeDesc.of(CD_Object, CD_FRAME, CD_int));
                    store(d);
                }
                case LOAD_SMALL_INT -> {
                    b.loadConstant(oparg);
                    b.invokestatic(CD_JIT_OPS, "smallInt", MethodTypeDesc.of(CD_Object, CD_int));
                    store(d);
                }
                case PUSH_NULL -> {
                    b.aconst_null();
                    store(d);
                }
                case NOP, NOT_TAKEN -> { }
                case POP_TOP, END_FOR, POP_ITER -> {
                    if (!inLocal[d - 1]) return false;
                    drop(d - 1);
                }
                case COPY -> {
                    load(d - oparg);
                    store(d);
                }
                case SWAP -> {
                    load(d - 1);
                    load(d - oparg);
                    store(d - 1);
                    store(d - oparg);
                }
                case IS_OP -> {
                    load(d - 2);
                    load(d - 1);
                    b.loadConstant(oparg == 1 ? 1 : 0);
                    b.invokestatic(CD_JIT_OPS, "isOp", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object, CD_boolean));
                    drop(d - 1);
                    store(d - 2);
                }
                case UNARY_NOT -> {
                    load(d - 1);
                    b.invokestatic(CD_JIT_OPS, "unaryNot", MethodTypeDesc.of(CD_Object, CD_Object));
                    store(d - 1);
                }
                case BUILD_TUPLE -> {
                    if (oparg > MAX_INLINE_UNPACK) return false;
                    b.loadConstant(oparg).anewarray(CD_Object);
                    for (int k = 0; k < oparg; k++) {
                        b.dup().loadConstant(k);
                        load(d - oparg + k);
                        b.aastore();
                        drop(d - oparg + k);
                    }
                    b.invokestatic(CD_JIT_OPS, "buildTuple", MethodTypeDesc.of(CD_Object, CD_OBJECTS));
                    store(d - oparg);
                }
                case LOAD_FAST_CHECK -> pushChecked(in, d, () -> loadFast(oparg), "LOAD_FAST_CHECK");
                case LOAD_DEREF -> pushChecked(in, d, () -> {
                    loadFast(oparg);
                    b.invokestatic(CD_JIT_OPS, "derefFast", MethodTypeDesc.of(CD_Object, CD_Object));
                }, "LOAD_DEREF");
                case RETURN_VALUE -> {
                    if (!inLocal[d - 1]) return false;
                    b.aload(FRAME).loadConstant(in.lasti).putfield(CD_FRAME, "lasti", CD_int); // a finished frame's f_lineno
                    b.aload(FRAME).aload(STACK + d - 1);
                    b.invokestatic(CD_JIT_OPS, "returnLocal", MethodTypeDesc.of(CD_Object, CD_FRAME, CD_Object));
                    b.areturn();
                    forget();
                }
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                    if (!inLocal[d - 1]) return false;
                    spill(d - 1); // the target is a join
                    b.aload(STACK + d - 1);
                    if (in.op == POP_JUMP_IF_NONE || in.op == POP_JUMP_IF_NOT_NONE) b.getstatic(CD_PY_NONE, "NONE", CD_PY_NONE);
                    else b.getstatic(CD_PY_BOOL, in.op == POP_JUMP_IF_TRUE ? "TRUE" : "FALSE", CD_PY_BOOL);
                    drop(d - 1);
                    Label target = labelAt(jumpTarget(in, Instructions.info(in.op)));
                    if (in.op == POP_JUMP_IF_NOT_NONE) b.if_acmpne(target);
                    else b.if_acmpeq(target);
                }
                case BINARY_OP_ADD_FLOAT, BINARY_OP_SUBTRACT_FLOAT, BINARY_OP_MULTIPLY_FLOAT,
                     BINARY_OP_ADD_INT, BINARY_OP_SUBTRACT_INT, BINARY_OP_MULTIPLY_INT -> binaryInline(in, d);
                case COMPARE_OP_INT, COMPARE_OP_FLOAT -> compareInline(in, i, d);
                case BINARY_OP_SUBSCR_LIST_INT -> pureBinary(in, d, "subscrListIntFast", false, "ANY_BINARY_OP");
                case BINARY_OP_SUBSCR_TUPLE_INT -> pureBinary(in, d, "subscrTupleIntFast", false, "ANY_BINARY_OP");
                case COMPARE_OP_STR -> pureBinary(in, d, "compareStrFast", true, "ANY_COMPARE_OP");
                case TO_BOOL_BOOL, TO_BOOL_INT, TO_BOOL_LIST, TO_BOOL_NONE, TO_BOOL_STR -> toBoolInline(in, d);
                case STORE_SUBSCR_LIST_INT -> storeSubscrInline(in, d, "storeListIntFast");
                case LOAD_ATTR_INSTANCE_VALUE -> {
                    if ((oparg & 1) != 0) return false; // a method load pushes two values: the body
                    loadAttrInline(in, d);
                }
                case STORE_ATTR_INSTANCE_VALUE -> storeAttrInline(in, d);
                case FOR_ITER_RANGE -> forIterInline(in, d, "forIterRangeFast");
                case FOR_ITER_LIST, FOR_ITER_TUPLE -> forIterInline(in, d, "forIterListFast");
                case LOAD_GLOBAL_MODULE, LOAD_GLOBAL_BUILTIN -> loadGlobalInline(in, d);
                case LOAD_ATTR_METHOD_WITH_VALUES, LOAD_ATTR_METHOD_NO_DICT -> {
                    if ((oparg & 1) == 0) return false; // only the method form has these
                    loadMethodInline(in, d);
                }
                case BINARY_OP_EXTEND -> pureBinary(in, d, "extendFast", true, "ANY_BINARY_OP");
                case UNPACK_SEQUENCE_TWO_TUPLE, UNPACK_SEQUENCE_TUPLE, UNPACK_SEQUENCE_LIST -> {
                    if (oparg > MAX_INLINE_UNPACK) return false;
                    unpackInline(in, d);
                }
                case CALL_PY_EXACT_ARGS, CALL_BOUND_METHOD_EXACT_ARGS, CALL_ALLOC_AND_ENTER_INIT -> directCallFromLocals(in, d);
                case CALL_PY_GENERAL, CALL_BOUND_METHOD_GENERAL -> directCallGeneral(in, d);
                case CALL_FUNCTION_EX -> directCallFunctionEx(in, d);
                case BINARY_OP -> {
                    if (inplaceDunderOperator(oparg)) {
                        inplaceDunderCall(in, d); // jit8
                    } else {
                        if (!plainOperator(oparg)) return false;
                        binaryDunderCall(in, d);
                    }
                }
                case CALL_METHOD_DESCRIPTOR_NOARGS, CALL_METHOD_DESCRIPTOR_O, CALL_METHOD_DESCRIPTOR_FAST,
                     CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS, CALL_BUILTIN_O, CALL_BUILTIN_FAST,
                     CALL_BUILTIN_FAST_WITH_KEYWORDS -> {
                    if (!builtinCallFits(in)) return false;
                    builtinCallInline(in, d);
                }
                case CONTAINS_OP_SET -> callingBinary(in, d, "containsSetFast", true, "ANY_CONTAINS_OP");
                case CONTAINS_OP_DICT -> callingBinary(in, d, "containsDictFast", true, "ANY_CONTAINS_OP");
                case BINARY_OP_SUBSCR_DICT -> callingBinary(in, d, "subscrDictFast", false, "ANY_BINARY_OP");
                case STORE_SUBSCR_DICT -> storeDictInline(in, d);
                case CALL_STR_1, CALL_TUPLE_1 -> {
                    if (oparg != 1) return false;
                    callInline(in, d, in.op == CALL_STR_1 ? "callStr1Fast" : "callTuple1Fast");
                }
                case CALL_LEN, CALL_LIST_APPEND, CALL_TYPE_1, CALL_ISINSTANCE, CALL_BUILTIN_CLASS -> {
                    // the arity the specializer picks each form for (the helpers take exactly that many)
                    if (oparg != (in.op == CALL_ISINSTANCE ? 2 : 1)) return false;
                    callInline(in, d, switch (in.op) {
                        case CALL_LEN -> "callLenFast";
                        case CALL_LIST_APPEND -> "callListAppendFast";
                        case CALL_TYPE_1 -> "callType1Fast";
                        case CALL_BUILTIN_CLASS -> "callBuiltinClassFast";
                        default -> "callIsinstanceFast";
                    });
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** Branches to {@code miss} unless the value of {@code slot} is exactly of class {@code type}. */
        private void guardClass(int slot, ClassDesc type, Label miss) {
            load(slot);
            b.invokevirtual(CD_Object, "getClass", MethodTypeDesc.of(CD_CLASS));
            b.loadConstant(type);
            b.if_acmpne(miss);
        }

        private void countHit(int op) {
            if (org.ember.interp.SpecStats.ENABLED) {
                b.loadConstant(op);
                b.invokestatic(CD_JIT_OPS, "hit", MethodTypeDesc.of(CD_void, CD_int));
            }
        }

        /**
         * The slow path of an inline form: the stack to f.values, f.lasti, then the family's
         * body (whatever form the thread's copy holds now: guards, misses, deopt counters).
         */
        private void slowPath(Insn in, int d, String family) {
            spillCode(d);
            b.aload(FRAME).loadConstant(in.lasti).putfield(CD_FRAME, "lasti", CD_int);
            call(family, in, code.nLocalsPlus + d);
            b.pop();
        }

        /** BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_{INT,FLOAT}: the guards and the operation inline. */
        private void binaryInline(Insn in, int d) {
            int left = d - 2, right = d - 1;
            boolean isFloat = in.op == BINARY_OP_ADD_FLOAT || in.op == BINARY_OP_SUBTRACT_FLOAT || in.op == BINARY_OP_MULTIPLY_FLOAT;
            ClassDesc type = isFloat ? CD_PY_FLOAT : CD_PY_INT;
            Label slow = b.newLabel(), done = b.newLabel();
            guardClass(left, type, slow);
            guardClass(right, type, slow);
            if (isFloat) {
                b.new_(CD_PY_FLOAT).dup();
                load(left);
                b.checkcast(CD_PY_FLOAT).getfield(CD_PY_FLOAT, "value", CD_double);
                load(right);
                b.checkcast(CD_PY_FLOAT).getfield(CD_PY_FLOAT, "value", CD_double);
                switch (in.op) {
                    case BINARY_OP_ADD_FLOAT -> b.dadd();
                    case BINARY_OP_SUBTRACT_FLOAT -> b.dsub();
                    default -> b.dmul();
                }
                b.invokespecial(CD_PY_FLOAT, "<init>", MethodTypeDesc.of(CD_void, CD_double));
            } else {
                load(left);
                b.checkcast(CD_PY_INT);
                load(right);
                b.checkcast(CD_PY_INT);
                String method = switch (in.op) {
                    case BINARY_OP_ADD_INT -> "add";
                    case BINARY_OP_SUBTRACT_INT -> "sub";
                    default -> "mul";
                };
                b.invokestatic(CD_PY_INT, method, MethodTypeDesc.of(CD_PY_INT, CD_PY_INT, CD_PY_INT));
            }
            countHit(in.op);
            b.astore(STACK + left);
            b.goto_(done);
            b.labelBinding(slow);
            slowPath(in, d, "ANY_BINARY_OP");
            b.aload(VALUES).loadConstant(code.nLocalsPlus + left).aaload().astore(STACK + left);
            b.labelBinding(done);
            inLocal[left] = true;
            dirty[left] = true;
            drop(right);
        }

        /**
         * COMPARE_OP_INT / COMPARE_OP_FLOAT inline; when a POP_JUMP_IF_TRUE/FALSE follows (and
         * nothing jumps to it), fused with it: the comparison's outcome is never boxed.
         */
        private void compareInline(Insn in, int i, int d) {
            int left = d - 2, right = d - 1;
            Insn jump = fusableJump(in, i);
            if (jump != null) spill(left); // the jump's target is a join
            boolean isFloat = in.op == COMPARE_OP_FLOAT;
            ClassDesc type = isFloat ? CD_PY_FLOAT : CD_PY_INT;
            Label slow = b.newLabel(), done = b.newLabel();
            guardClass(left, type, slow);
            guardClass(right, type, slow);
            if (isFloat) {
                load(left);
                b.checkcast(CD_PY_FLOAT).getfield(CD_PY_FLOAT, "value", CD_double);
                load(right);
                b.checkcast(CD_PY_FLOAT).getfield(CD_PY_FLOAT, "value", CD_double);
                b.loadConstant(in.oparg >> 5);
                b.invokestatic(CD_JIT_OPS, "compareDoubles", MethodTypeDesc.of(CD_boolean, CD_double, CD_double, CD_int));
            } else {
                for (int slot : new int[] {left, right}) {
                    load(slot);
                    b.checkcast(CD_PY_INT).invokevirtual(CD_PY_INT, "fitsLong", MethodTypeDesc.of(CD_boolean));
                    b.ifeq(slow);
                }
                load(left);
                b.checkcast(CD_PY_INT).invokevirtual(CD_PY_INT, "longValue", MethodTypeDesc.of(CD_long));
                load(right);
                b.checkcast(CD_PY_INT).invokevirtual(CD_PY_INT, "longValue", MethodTypeDesc.of(CD_long));
                b.loadConstant(in.oparg >> 5);
                b.invokestatic(CD_JIT_OPS, "compareLongs", MethodTypeDesc.of(CD_boolean, CD_long, CD_long, CD_int));
            }
            countHit(in.op);
            if (jump == null) {
                b.invokestatic(CD_PY_BOOL, "of", MethodTypeDesc.of(CD_PY_BOOL, CD_boolean));
                b.astore(STACK + left);
                b.goto_(done);
                b.labelBinding(slow);
                slowPath(in, d, "ANY_COMPARE_OP");
                b.aload(VALUES).loadConstant(code.nLocalsPlus + left).aaload().astore(STACK + left);
                b.labelBinding(done);
                inLocal[left] = true;
                dirty[left] = true;
                drop(right);
                return;
            }
            b.goto_(done); // the outcome (0/1) on the JVM stack
            b.labelBinding(slow);
            slowPath(in, d, "ANY_COMPARE_OP");
            b.aload(VALUES).loadConstant(code.nLocalsPlus + left);
            b.invokestatic(CD_JIT_OPS, "popTruth", MethodTypeDesc.of(CD_boolean, CD_OBJECTS, CD_int));
            b.labelBinding(done);
            Label target = labelAt(jumpTarget(jump, Instructions.info(jump.op)));
            if (jump.op == POP_JUMP_IF_TRUE) b.ifne(target);
            else b.ifeq(target);
            drop(left);
            drop(right);
            skipNext = true;
        }

        /**
         * A binary form whose fast path is a JitOps helper that neither raises nor runs Python
         * code (null: the slow path): operands and result stay in JVM locals.
         */
        private void pureBinary(Insn in, int d, String helper, boolean withOparg, String family) {
            int left = d - 2, right = d - 1;
            Label slow = b.newLabel(), done = b.newLabel();
            load(left);
            load(right);
            if (withOparg) {
                b.loadConstant(in.oparg);
                b.invokestatic(CD_JIT_OPS, helper, MethodTypeDesc.of(CD_Object, CD_Object, CD_Object, CD_int));
            } else {
                b.invokestatic(CD_JIT_OPS, helper, MethodTypeDesc.of(CD_Object, CD_Object, CD_Object));
            }
            b.dup().ifnull(slow);
            countHit(in.op);
            b.astore(STACK + left);
            b.goto_(done);
            b.labelBinding(slow);
            b.pop();
            slowPath(in, d, family);
            b.aload(VALUES).loadConstant(code.nLocalsPlus + left).aaload().astore(STACK + left);
            b.labelBinding(done);
            inLocal[left] = true;
            dirty[left] = true;
            drop(right);
        }

        /** TO_BOOL_{BOOL,INT,LIST,NONE,STR}: the value's truth from a JitOps helper, in place. */
        private void toBoolInline(Insn in, int d) {
            replaceTop(in, d, "ANY_TO_BOOL", () -> {
                load(d - 1);
                b.loadConstant(in.op);
                b.invokestatic(CD_JIT_OPS, "toBoolFast", MethodTypeDesc.of(CD_Object, CD_Object, CD_int));
            });
        }

        /**
         * An inline form that replaces the top of the stack: {@code fastPath} leaves the result,
         * or null when it declines, on the JVM stack; then the family's body runs on f.values and
         * its result is taken back into the local.
         */
        private void replaceTop(Insn in, int d, String family, Runnable fastPath) {
            int top = d - 1;
            Label slow = b.newLabel(), done = b.newLabel();
            fastPath.run();
            b.dup().ifnull(slow);
            countHit(in.op);
            b.astore(STACK + top);
            b.goto_(done);
            b.labelBinding(slow);
            b.pop();
            slowPath(in, d, family);
            b.aload(VALUES).loadConstant(code.nLocalsPlus + top).aaload().astore(STACK + top);
            b.labelBinding(done);
            inLocal[top] = true;
            dirty[top] = true;
        }

        /**
         * STORE_SUBSCR_LIST_INT ({@code helper} storeListIntFast), STORE_SUBSCR_DICT (storeDictFast):
         * value, container, index from JVM locals; the family's body when the fast path declines.
         */
        private void storeSubscrInline(Insn in, int d, String helper) {
            Label slow = b.newLabel(), done = b.newLabel();
            load(d - 3);
            load(d - 2);
            load(d - 1);
            b.invokestatic(CD_JIT_OPS, helper, MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object, CD_Object));
            b.ifeq(slow);
            countHit(in.op);
            b.goto_(done);
            b.labelBinding(slow);
            slowPath(in, d, "ANY_STORE_SUBSCR");
            b.labelBinding(done);
            drop(d - 1);
            drop(d - 2);
            drop(d - 3);
        }

        /** LOAD_ATTR_INSTANCE_VALUE (attribute form): owner and value in a JVM local. */
        private void loadAttrInline(Insn in, int d) {
            replaceTop(in, d, "ANY_LOAD_ATTR", () -> {
                b.aload(FRAME).loadConstant(in.lasti + 1);
                load(d - 1);
                b.invokestatic(CD_JIT_OPS, "loadInstanceValueFast", MethodTypeDesc.of(CD_Object, CD_FRAME, CD_int, CD_Object));
            });
        }

        /** STORE_ATTR_INSTANCE_VALUE: value (below) and owner (top) from JVM locals. */
        private void storeAttrInline(Insn in, int d) {
            Label slow = b.newLabel(), done = b.newLabel();
            b.aload(FRAME).loadConstant(in.lasti + 1);
            load(d - 2);
            load(d - 1);
            b.invokestatic(CD_JIT_OPS, "storeInstanceValueFast", MethodTypeDesc.of(CD_boolean, CD_FRAME, CD_int, CD_Object, CD_Object));
            b.ifeq(slow);
            countHit(in.op);
            b.goto_(done);
            b.labelBinding(slow);
            slowPath(in, d, "ANY_STORE_ATTR");
            b.labelBinding(done);
            drop(d - 1);
            drop(d - 2);
        }

        /**
         * LOAD_FAST_CHECK / LOAD_DEREF: the value {@code fastPath} leaves on the JVM stack pushed
         * into a JVM local; when it is null (unbound) the instruction's body runs and raises.
         */
        private void pushChecked(Insn in, int d, Runnable fastPath, String body) {
            Label slow = b.newLabel(), done = b.newLabel();
            fastPath.run();
            b.dup().ifnull(slow);
            b.astore(STACK + d);
            b.goto_(done);
            b.labelBinding(slow);
            b.pop();
            slowPath(in, d, body);
            b.aload(VALUES).loadConstant(code.nLocalsPlus + d).aaload().astore(STACK + d);
            b.labelBinding(done);
            inLocal[d] = true;
            dirty[d] = true;
        }

        /**
         * LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN: the cached value into a JVM local (and the
         * NULL of the call form above it); the family's body when the keys versions changed.
         */
        private void loadGlobalInline(Insn in, int d) {
            Label slow = b.newLabel(), done = b.newLabel();
            b.aload(FRAME).loadConstant(in.lasti + 1).loadConstant(in.op);
            b.invokestatic(CD_JIT_OPS, "loadGlobalFast", MethodTypeDesc.of(CD_Object, CD_FRAME, CD_int, CD_int));
            b.dup().ifnull(slow);
            countHit(in.op);
            b.astore(STACK + d);
            b.goto_(done);
            b.labelBinding(slow);
            b.pop();
            slowPath(in, d, "ANY_LOAD_GLOBAL");
            b.aload(VALUES).loadConstant(code.nLocalsPlus + d).aaload().astore(STACK + d);
            b.labelBinding(done);
            inLocal[d] = true;
            dirty[d] = true;
            if ((in.oparg & 1) != 0) {
                b.aconst_null(); // the body pushed the same NULL
                store(d + 1);
            }
        }

        /**
         * LOAD_ATTR_METHOD_WITH_VALUES / METHOD_NO_DICT: owner at d - 1 becomes (function, owner)
         * in JVM locals, ready for the CALL that follows; the family's body when a guard fails.
         */
        private void loadMethodInline(Insn in, int d) {
            int owner = d - 1;
            Label slow = b.newLabel(), done = b.newLabel();
            b.aload(FRAME).loadConstant(in.lasti + 1);
            if (in.op == LOAD_ATTR_METHOD_NO_DICT) {
                // the owner's type asked here, not in a shared helper: this site's own receiver
                // profile lets C2 inline type() (a list's, a str's); in a helper every site's
                // receivers mix into one megamorphic virtual call
                load(owner);
                b.checkcast(CD_PY_OBJECT).invokevirtual(CD_PY_OBJECT, "type", MethodTypeDesc.of(CD_PY_TYPE));
                b.invokestatic(CD_JIT_OPS, "loadMethodNoDictFast", MethodTypeDesc.of(CD_Object, CD_FRAME, CD_int, CD_PY_TYPE));
            } else {
                load(owner);
                b.loadConstant(in.op);
                b.invokestatic(CD_JIT_OPS, "loadMethodFast", MethodTypeDesc.of(CD_Object, CD_FRAME, CD_int, CD_Object, CD_int));
            }
            b.dup().ifnull(slow);
            countHit(in.op);
            load(owner);
            b.astore(STACK + d);
            b.astore(STACK + owner);
            b.goto_(done);
            b.labelBinding(slow);
            b.pop();
            slowPath(in, d, "ANY_LOAD_ATTR");
            b.aload(VALUES).loadConstant(code.nLocalsPlus + owner).aaload().astore(STACK + owner);
            b.aload(VALUES).loadConstant(code.nLocalsPlus + d).aaload().astore(STACK + d);
            b.labelBinding(done);
            for (int slot : new int[] {owner, d}) {
                inLocal[slot] = true;
                dirty[slot] = true;
            }
        }

        /**
         * UNPACK_SEQUENCE_{TWO_TUPLE,TUPLE,LIST}: the sequence at d - 1 becomes its items in JVM
         * locals (the first on top); the family's body for other sequences and wrong lengths.
         */
        private void unpackInline(Insn in, int d) {
            int count = in.oparg, seq = d - 1, source = STACK + code.stackSize() + 1;
            Label slow = b.newLabel(), done = b.newLabel();
            load(seq);
            b.loadConstant(count).loadConstant(in.op);
            b.invokestatic(CD_JIT_OPS, "unpackFast", MethodTypeDesc.of(CD_Object, CD_Object, CD_int, CD_int));
            b.dup().ifnull(slow);
            countHit(in.op);
            b.astore(source);
            for (int k = 0; k < count; k++) {
                b.aload(source).loadConstant(k);
                b.invokestatic(CD_JIT_OPS, "unpackItem", MethodTypeDesc.of(CD_Object, CD_Object, CD_int));
                b.astore(STACK + seq + count - 1 - k);
            }
            b.goto_(done);
            b.labelBinding(slow);
            b.pop();
            slowPath(in, d, "ANY_UNPACK_SEQUENCE");
            for (int slot = seq; slot < seq + count; slot++) b.aload(VALUES).loadConstant(code.nLocalsPlus + slot).aaload().astore(STACK + slot);
            b.labelBinding(done);
            for (int slot = seq; slot < seq + count; slot++) {
                inLocal[slot] = true;
                dirty[slot] = true;
            }
        }

        /**
         * CALL_LEN / CALL_LIST_APPEND / CALL_TYPE_1 / CALL_ISINSTANCE: a JitOps helper given the
         * callable, self-or-NULL and the arguments returns the call's value (it checks the site's
         * guard and handles only what needs no Python code and cannot raise), or null: the CALL
         * family's body runs on f.values. The value goes to the call's base slot.
         */
        private void callInline(Insn in, int d, String helper) {
            int base = d - in.oparg - 2;
            Label slow = b.newLabel(), done = b.newLabel();
            b.aload(FRAME).loadConstant(in.lasti + 1);
            for (int slot = base; slot < d; slot++) load(slot);
            ClassDesc[] params = new ClassDesc[2 + in.oparg + 2];
            params[0] = CD_FRAME;
            params[1] = CD_int;
            Arrays.fill(params, 2, params.length, CD_Object);
            b.invokestatic(CD_JIT_OPS, helper, MethodTypeDesc.of(CD_Object, params));
            b.dup().ifnull(slow);
            countHit(in.op);
            b.astore(STACK + base);
            b.goto_(done);
            b.labelBinding(slow);
            b.pop();
            slowPath(in, d, "ANY_CALL");
            b.aload(VALUES).loadConstant(code.nLocalsPlus + base).aaload().astore(STACK + base);
            b.labelBinding(done);
            for (int slot = base + 1; slot < d; slot++) drop(slot);
            inLocal[base] = true;
            dirty[base] = true;
        }

        /** FOR_ITER_RANGE / LIST / TUPLE: the next item into a JVM local from a JitOps helper; exhausted: the jump past END_FOR. */
        private void forIterInline(Insn in, int d, String helper) {
            Label slow = b.newLabel(), exhausted = b.newLabel(), done = b.newLabel();
            Label exit = labelAt(jumpTarget(in, Instructions.info(Instructions.generic(in.op))));
            spill(d); // the exit is a join
            load(d - 1);
            b.invokestatic(CD_JIT_OPS, helper, MethodTypeDesc.of(CD_Object, CD_Object));
            b.dup().getstatic(CD_JIT_OPS, "NO_FAST_PATH", CD_Object).if_acmpeq(slow);
            b.dup().ifnull(exhausted);
            countHit(in.op);
            b.astore(STACK + d);
            b.goto_(done);
            b.labelBinding(exhausted);
            b.pop();
            b.goto_(exit);
            b.labelBinding(slow);
            b.pop();
            b.aload(FRAME).loadConstant(in.lasti).putfield(CD_FRAME, "lasti", CD_int);
            call("ANY_FOR_ITER", in, code.nLocalsPlus + d);
            b.ifne(exit);
            b.aload(VALUES).loadConstant(code.nLocalsPlus + d).aaload().astore(STACK + d);
            b.labelBinding(done);
            inLocal[d] = true;
            dirty[d] = true;
        }

        // ---- jit7: builtin calls, dict and set operations ------------------------------------------
        //
        // Their fast paths can call out (a builtin's body; a key's __hash__/__eq__), so they spill
        // the stack below their operands and store f.lasti first, as a direct call does: an
        // exception or Python code sees the interpreter's frame. Operands and result stay in
        // JVM locals.

        /** Up to 8 arguments; _NOARGS and _O only at the arity the specializer picks them for (receiver in the self slot). */
        private boolean builtinCallFits(Insn in) {
            return switch (in.op) {
                case CALL_METHOD_DESCRIPTOR_NOARGS -> in.oparg == 0;
                case CALL_METHOD_DESCRIPTOR_O, CALL_BUILTIN_O -> in.oparg == 1;
                default -> in.oparg <= 8;
            };
        }

        /**
         * CALL_METHOD_DESCRIPTOR_* (receiver in the self slot) and CALL_BUILTIN_O/FAST/
         * FAST_WITH_KEYWORDS (NULL self slot): JitOps checks the site's guard (and the receiver's
         * type, asked here with this site's receiver profile) and returns the Java body, which
         * this site calls itself on the arguments from JVM locals (bound by the callable's
         * ArgSpec as the interpreter's call binds them: its TypeErrors are the interpreter's).
         * The body runs through this site's own invokeinterface, so C2 sees the one body a site
         * calls and inlines it (through Abstract.call every builtin call shared one megamorphic
         * call). When the guard fails the CALL family's body runs on f.values.
         */
        private void builtinCallInline(Insn in, int d) {
            int nargs = in.oparg, base = d - nargs - 2, fn = STACK + code.stackSize() + 1;
            boolean descriptor = in.op == CALL_METHOD_DESCRIPTOR_NOARGS || in.op == CALL_METHOD_DESCRIPTOR_O
                    || in.op == CALL_METHOD_DESCRIPTOR_FAST || in.op == CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS;
            Label slow = b.newLabel(), slowPop = b.newLabel(), done = b.newLabel();
            spill(base);
            b.aload(FRAME).loadConstant(in.lasti).putfield(CD_FRAME, "lasti", CD_int);
            load(base + 1);
            if (descriptor) {
                b.ifnull(slow);
                b.aload(FRAME).loadConstant(in.lasti + 1);
                load(base);
                load(base + 1);
                b.checkcast(CD_PY_OBJECT).invokevirtual(CD_PY_OBJECT, "type", MethodTypeDesc.of(CD_PY_TYPE));
                b.loadConstant(in.op);
                b.invokestatic(CD_JIT_OPS, "descriptorBodyFast", MethodTypeDesc.of(CD_BODY, CD_FRAME, CD_int, CD_Object, CD_PY_TYPE, CD_int));
                b.dup().ifnull(slowPop);
                load(base + 1); // the receiver
                if (in.op == CALL_METHOD_DESCRIPTOR_NOARGS) {
                    b.getstatic(CD_JIT_OPS, "NO_ARGS", CD_OBJECTS);
                } else if (in.op == CALL_METHOD_DESCRIPTOR_O) {
                    argumentArray(base + 2, 1);
                } else {
                    load(base);
                    b.checkcast(CD_METHOD_DESCR).invokevirtual(CD_METHOD_DESCR, "spec", MethodTypeDesc.of(CD_ARG_SPEC));
                    boundArguments(base + 2, nargs);
                }
            } else {
                b.ifnonnull(slow);
                b.aload(FRAME).loadConstant(in.lasti + 1);
                load(base);
                b.loadConstant(in.op);
                b.invokestatic(CD_JIT_OPS, "builtinFast", MethodTypeDesc.of(CD_BUILTIN, CD_FRAME, CD_int, CD_Object, CD_int));
                b.dup().ifnull(slowPop);
                b.astore(fn);
                b.aload(fn).invokevirtual(CD_BUILTIN, "body", MethodTypeDesc.of(CD_BODY));
                b.aload(fn).invokevirtual(CD_BUILTIN, "self", MethodTypeDesc.of(CD_Object));
                if (in.op == CALL_BUILTIN_O) {
                    argumentArray(base + 2, 1);
                } else {
                    b.aload(fn).invokevirtual(CD_BUILTIN, "spec", MethodTypeDesc.of(CD_ARG_SPEC));
                    boundArguments(base + 2, nargs);
                }
            }
            b.invokeinterface(CD_BODY, "call", MethodTypeDesc.of(CD_Object, CD_Object, CD_OBJECTS));
            countHit(in.op);
            b.astore(STACK + base);
            b.goto_(done);
            b.labelBinding(slowPop);
            b.pop();
            b.labelBinding(slow);
            spillCode(d);
            call("ANY_CALL", in, code.nLocalsPlus + d);
            b.pop();
            b.aload(VALUES).loadConstant(code.nLocalsPlus + base).aaload().astore(STACK + base);
            b.labelBinding(done);
            for (int slot = base + 1; slot < d; slot++) drop(slot);
            inLocal[base] = true;
            dirty[base] = true;
        }

        /** A new Object[] of the {@code count} stack slots from {@code first}, on the JVM stack. */
        private void argumentArray(int first, int count) {
            b.loadConstant(count).anewarray(CD_Object);
            for (int k = 0; k < count; k++) {
                b.dup().loadConstant(k);
                load(first + k);
                b.aastore();
            }
        }

        /** (an ArgSpec on the JVM stack) -> its binding of the {@code count} positional arguments from slot {@code first}. */
        private void boundArguments(int first, int count) {
            argumentArray(first, count);
            b.invokestatic(CD_JIT_OPS, "bindPositional", MethodTypeDesc.of(CD_OBJECTS, CD_ARG_SPEC, CD_OBJECTS));
        }

        /** CONTAINS_OP_SET/DICT, BINARY_OP_SUBSCR_DICT: {@link #pureBinary} after spilling below the operands and storing f.lasti. */
        private void callingBinary(Insn in, int d, String helper, boolean withOparg, String family) {
            spill(d - 2);
            b.aload(FRAME).loadConstant(in.lasti).putfield(CD_FRAME, "lasti", CD_int);
            pureBinary(in, d, helper, withOparg, family);
        }

        /** STORE_SUBSCR_DICT: {@link #storeSubscrInline} after spilling below the operands and storing f.lasti (a key's __hash__/__eq__ may run Python code). */
        private void storeDictInline(Insn in, int d) {
            spill(d - 3);
            b.aload(FRAME).loadConstant(in.lasti).putfield(CD_FRAME, "lasti", CD_int);
            storeSubscrInline(in, d, "storeDictFast");
        }

        /** The POP_JUMP_IF_TRUE/FALSE right after compare {@code in} when it can be fused with it, else null. */
        private Insn fusableJump(Insn in, int i) {
            if ((in.oparg & 16) == 0 || i + 1 >= insns.size()) return null; // 16: the outcome is a bool
            Insn next = insns.get(i + 1);
            if (next.op != POP_JUMP_IF_TRUE && next.op != POP_JUMP_IF_FALSE) return null;
            if (join[i + 1] || depth[i + 1] < 0) return null;
            return next;
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

        /**
         * CALL_PY_EXACT_ARGS / CALL_BOUND_METHOD_EXACT_ARGS / CALL_ALLOC_AND_ENTER_INIT with the
         * callable, self and arguments taken from JVM locals straight into the callee's frame (the
         * stack below the call is spilled and f.lasti stored: the callee can raise or look at this
         * frame), then the callee's compiled code called from here: this site's own invokevirtual,
         * so C2 sees which code it calls and can inline it. Eval.run's link/unlink are around it
         * (JitOps); a JVM handler around the call unlinks the frame and turns StackOverflowError
         * into RecursionError; a hand-back (DEOPT) continues the callee in the interpreter. A
         * callee without compiled code runs through Eval.run. The value is left in a JVM local.
         * When the guard fails the family's body runs on f.values.
         */
        private void directCallFromLocals(Insn in, int d) {
            int nargs = in.oparg, base = d - nargs - 2, callee = STACK + code.stackSize() + 1;
            Label slow = b.newLabel(), stored = b.newLabel();
            boolean init = in.op == CALL_ALLOC_AND_ENTER_INIT;
            spill(base);
            b.aload(FRAME).loadConstant(in.lasti).putfield(CD_FRAME, "lasti", CD_int);
            if (init) {
                b.aload(FRAME).aload(THREAD).loadConstant(in.lasti + 1);
                load(base);
                load(base + 1);
                b.invokestatic(CD_JIT_OPS, "enterInitFromLocals",
                        MethodTypeDesc.of(CD_FRAME, CD_FRAME, CD_THREAD_STATE, CD_int, CD_Object, CD_Object));
            } else {
                b.aload(FRAME).aload(THREAD).loadConstant(in.lasti + 1).loadConstant(in.op).loadConstant(nargs);
                load(base);
                load(base + 1);
                b.invokestatic(CD_JIT_OPS, "enterExactFromLocals",
                        MethodTypeDesc.of(CD_FRAME, CD_FRAME, CD_THREAD_STATE, CD_int, CD_int, CD_int, CD_Object, CD_Object));
            }
            b.astore(callee);
            b.aload(callee).ifnull(slow);
            if (init) {
                // the new instance, kept in the self slot's local: __init__ may rebind its own `self`
                b.aload(callee).getfield(CD_FRAME, "values", CD_OBJECTS).iconst_0().aaload().astore(STACK + base + 1);
                storeArguments(callee, base, nargs, 1);
            } else if (in.op == CALL_BOUND_METHOD_EXACT_ARGS) {
                storeArguments(callee, base, nargs, 1);
            } else {
                Label noSelf = b.newLabel();
                load(base + 1);
                b.ifnull(noSelf);
                storeArguments(callee, base, nargs, 1);
                b.goto_(stored);
                b.labelBinding(noSelf);
                storeArguments(callee, base, nargs, 0);
            }
            b.labelBinding(stored);
            runCallee(in, d, slow, init);
        }

        /**
         * CALL_PY_GENERAL / CALL_BOUND_METHOD_GENERAL: the arguments go to f.values (the generic
         * binder reads them there: defaults, keywords, *args), JitOps.enterGeneral makes the
         * callee's frame, and the callee runs as in {@link #directCallFromLocals}.
         */
        private void directCallGeneral(Insn in, int d) {
            int callee = STACK + code.stackSize() + 1;
            Label slow = b.newLabel();
            spill(d);
            b.aload(FRAME).loadConstant(in.lasti).putfield(CD_FRAME, "lasti", CD_int);
            b.aload(FRAME).aload(THREAD).aload(VALUES).loadConstant(code.nLocalsPlus + d).loadConstant(in.lasti + 1)
                    .loadConstant(in.oparg).loadConstant(in.op);
            b.invokestatic(CD_JIT_OPS, "enterGeneral", MethodTypeDesc.of(CD_FRAME, CD_FRAME, CD_THREAD_STATE, CD_OBJECTS, CD_int, CD_int, CD_int, CD_int));
            b.astore(callee);
            b.aload(callee).ifnull(slow);
            runCallee(in, d, slow, false);
        }

        /**
         * CALL_FUNCTION_EX ({@code f(*args)}, {@code f(*args, **kwargs)}) of a Python function with
         * a tuple and no keywords: the operands go to f.values, JitOps.enterFunctionEx binds the
         * tuple's items into the callee's frame with the interpreter's ArgBinder, and the callee
         * runs as in {@link #directCallFromLocals} (the decorator wrapper's {@code function(*args)}).
         * Anything else (another callable, keywords, a non-tuple iterable): the instruction's body.
         */
        private void directCallFunctionEx(Insn in, int d) {
            int callee = STACK + code.stackSize() + 1;
            Label slow = b.newLabel();
            spill(d);
            b.aload(FRAME).loadConstant(in.lasti).putfield(CD_FRAME, "lasti", CD_int);
            b.aload(THREAD).aload(VALUES).loadConstant(code.nLocalsPlus + d);
            b.invokestatic(CD_JIT_OPS, "enterFunctionEx", MethodTypeDesc.of(CD_FRAME, CD_THREAD_STATE, CD_OBJECTS, CD_int));
            b.astore(callee);
            b.aload(callee).ifnull(slow);
            runCallee(in, d, slow, false, d - 4, "CALL_FUNCTION_EX");
        }

        /** A binary operator that is neither in-place, nor ** (three operands), nor a subscript. */
        private static boolean plainOperator(int nb) {
            return nb < org.ember.bytecode.Oparg.NB_INPLACE_ADD && nb != org.ember.bytecode.Oparg.NB_POWER;
        }

        /**
         * BINARY_OP (the family head: what the specializer found no form for, such as operators
         * of Python classes) as a direct call of the left operand's {@code __op__}:
         * JitOps.enterBinaryDunder makes its frame when the operator protocol calls it first,
         * the callee runs as in {@link #directCallFromLocals}, and JitOps.binaryDunderResult
         * finishes the protocol when it returned NotImplemented. Otherwise the body runs the
         * generic operation. Both operands are kept in scratch locals for that last step.
         */
        private void binaryDunderCall(Insn in, int d) {
            operatorMethodCall(in, d, "enterBinaryDunder", "binaryDunderResult");
        }

        /**
         * A BINARY_OP as a direct call of the operator method JitOps.{@code enter} found (null:
         * the body runs the generic operation); JitOps.{@code finish} completes the protocol
         * when the method returned NotImplemented. The operands wait in scratch locals for it.
         */
        private void operatorMethodCall(Insn in, int d, String enter, String finish) {
            int base = d - 2, callee = STACK + code.stackSize() + 1, left = callee + 4, right = callee + 5;
            Label slow = b.newLabel();
            spill(base);
            b.aload(FRAME).loadConstant(in.lasti).putfield(CD_FRAME, "lasti", CD_int);
            load(base);
            b.astore(left);
            load(base + 1);
            b.astore(right);
            b.aload(THREAD).loadConstant(in.oparg).aload(left).aload(right);
            b.invokestatic(CD_JIT_OPS, enter, MethodTypeDesc.of(CD_FRAME, CD_THREAD_STATE, CD_int, CD_Object, CD_Object));
            b.astore(callee);
            b.aload(callee).ifnull(slow);
            runCallee(in, d, slow, false, base, "ANY_BINARY_OP");
            b.aload(STACK + base).aload(left).aload(right).loadConstant(in.oparg);
            b.invokestatic(CD_JIT_OPS, finish, MethodTypeDesc.of(CD_Object, CD_Object, CD_Object, CD_Object, CD_int));
            b.astore(STACK + base);
        }

        /** jit8: an in-place operator other than {@code **=} (whose method takes a third operand). */
        private static boolean inplaceDunderOperator(int nb) {
            return nb >= org.ember.bytecode.Oparg.NB_INPLACE_ADD && nb <= org.ember.bytecode.Oparg.NB_INPLACE_XOR
                    && nb != org.ember.bytecode.Oparg.NB_INPLACE_POWER;
        }

        /**
         * jit8: an in-place BINARY_OP ({@code a += b}) as a direct call of a Python class's
         * {@code __iadd__} (JitOps.enterInplaceDunder), as {@link #binaryDunderCall} calls
         * {@code __add__}; JitOps.inplaceDunderResult finishes the in-place protocol when it
         * returned NotImplemented. Otherwise the body runs the generic in-place operation.
         */
        private void inplaceDunderCall(Insn in, int d) {
            operatorMethodCall(in, d, "enterInplaceDunder", "inplaceDunderResult");
            JitStats.form("BINARY_OP_INPLACE_DUNDER");
        }

        /**
         * The rest of a direct call once the callee's frame (in its local) is ready: its compiled
         * code called from here, or Eval.run; {@code slow} (the guard failed) runs the CALL
         * family's body on f.values. The value is left in the base slot's JVM local.
         */
        private void runCallee(Insn in, int d, Label slow, boolean init) {
            runCallee(in, d, slow, init, d - in.oparg - 2, "ANY_CALL");
        }

        /** {@link #runCallee} for a call whose callable is at stack slot {@code base}, with {@code slowBody} as its slow path. */
        private void runCallee(Insn in, int d, Label slow, boolean init, int base, String slowBody) {
            int callee = STACK + code.stackSize() + 1, compiled = callee + 1, depthLocal = callee + 2, caught = callee + 3;
            Label done = b.newLabel(), interpreted = b.newLabel(), tryStart = b.newLabel(), tryEnd = b.newLabel(), abandon = b.newLabel();
            b.aload(callee).aload(THREAD);
            b.invokestatic(CD_JIT_OPS, "compiledCallee", MethodTypeDesc.of(CD_COMPILED, CD_FRAME, CD_THREAD_STATE));
            b.astore(compiled);
            b.aload(compiled).ifnull(interpreted);
            b.aload(callee).aload(THREAD);
            b.invokestatic(CD_JIT_OPS, "link", MethodTypeDesc.of(CD_int, CD_FRAME, CD_THREAD_STATE));
            b.istore(depthLocal);
            b.labelBinding(tryStart);
            b.aload(compiled).aload(callee).aload(THREAD).aload(callee).getfield(CD_FRAME, "values", CD_OBJECTS).iconst_0();
            b.invokevirtual(CD_COMPILED, "run", MTD_RUN);
            b.labelBinding(tryEnd);
            b.astore(STACK + base);
            b.aload(callee).aload(THREAD).iload(depthLocal).aload(STACK + base);
            b.invokestatic(CD_JIT_OPS, "leaveCompiled", MethodTypeDesc.of(CD_Object, CD_FRAME, CD_THREAD_STATE, CD_int, CD_Object));
            if (init) initReturned(base);
            b.astore(STACK + base);
            b.goto_(done);
            b.labelBinding(abandon);
            b.astore(caught);
            b.aload(callee).aload(THREAD).iload(depthLocal).aload(caught);
            b.invokestatic(CD_JIT_OPS, "abandonCompiled", MethodTypeDesc.of(CD_Throwable, CD_FRAME, CD_THREAD_STATE, CD_int, CD_Throwable));
            b.athrow();
            b.labelBinding(interpreted);
            b.aload(callee).aload(THREAD);
            b.invokestatic(CD_JIT_OPS, "runInterpreted", MethodTypeDesc.of(CD_Object, CD_FRAME, CD_THREAD_STATE));
            if (init) initReturned(base);
            b.astore(STACK + base);
            b.goto_(done);
            b.labelBinding(slow);
            spillCode(d);
            call(slowBody, in, code.nLocalsPlus + d);
            b.pop();
            b.aload(VALUES).loadConstant(code.nLocalsPlus + base).aaload().astore(STACK + base);
            b.labelBinding(done);
            b.exceptionCatch(tryStart, tryEnd, abandon, CD_Throwable);
            for (int slot = base + 1; slot < d; slot++) drop(slot);
            inLocal[base] = true;
            dirty[base] = true;
            JitStats.directCall();
        }

        /** (__init__'s return value on the JVM stack) -> the instance kept in the self slot's local, or TypeError. */
        private void initReturned(int base) {
            b.aload(STACK + base + 1);
            b.invokestatic(CD_JIT_OPS, "initReturned", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object));
        }

        /** The call's arguments (slots base + 2 ...) into the callee frame's locals from {@code first} on. */
        private void storeArguments(int callee, int base, int nargs, int first) {
            for (int i = 0; i < nargs; i++) {
                b.aload(callee).getfield(CD_FRAME, "values", CD_OBJECTS).loadConstant(first + i);
                load(base + 2 + i);
                b.aastore();
            }
        }

        private void call(String method, Insn in, int sp) {
            b.aload(FRAME).aload(THREAD).aload(VALUES).loadConstant(sp).loadConstant(in.lasti + 1).loadConstant(in.oparg);
            b.invokestatic(CD_JIT_OPS, method, MTD_OP);
        }
    }
}
