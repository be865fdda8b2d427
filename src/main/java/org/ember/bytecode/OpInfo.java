package org.ember.bytecode;

import java.util.List;

/**
 * Everything Ember knows about one instruction: one entry of the table in {@link Instructions}.
 *
 * <p>Instances are immutable once the table is built. The interpreter's hot paths should use the
 * flat arrays behind {@link Instructions#cacheSize(int)} and {@link Instructions#flags(int)};
 * this object is for the compiler, the assembler, {@code dis}, the specializer and tests.
 */
public final class OpInfo {
    // ---- Flags (bit set in flags()) ------------------------------------------------------------
    /** The code unit's high byte (with EXTENDED_ARG prefixes) is an argument the instruction uses. */
    public static final int HAS_ARG = 1;
    /** The oparg indexes co_consts. */
    public static final int HAS_CONST = 1 << 1;
    /** The oparg (or part of it, see {@link Oparg}) indexes co_names. */
    public static final int HAS_NAME = 1 << 2;
    /** The oparg indexes the fast locals (localsplus). */
    public static final int HAS_LOCAL = 1 << 3;
    /** The oparg indexes a cell or free variable in localsplus (CPython's HAS_FREE). */
    public static final int HAS_FREE = 1 << 4;
    /** The oparg is a relative jump distance in code units, counted from the end of the caches. */
    public static final int HAS_JUMP = 1 << 5;
    /** Pseudo-instruction whose oparg is an exception-handler target (SETUP_*). */
    public static final int HAS_EXC = 1 << 6;
    /** Conditional: execution either falls through or goes to the jump target. */
    public static final int IS_BRANCH = 1 << 7;
    /** The jump distance is subtracted, not added. */
    public static final int IS_BACKWARD_JUMP = 1 << 8;
    /** The instruction's own semantics can raise (MemoryError and signals aside). */
    public static final int MAY_RAISE = 1 << 9;
    /** The interpreter checks the eval breaker here (signals, async exceptions, GC, thread stops). */
    public static final int EVAL_BREAK = 1 << 10;
    /** Control never falls through to the next instruction (return, raise, unconditional jump). */
    public static final int NO_FALLTHROUGH = 1 << 11;
    /** Compiler-only instruction (number >= 256); the assembler lowers it, it is never encoded. */
    public static final int IS_PSEUDO = 1 << 12;
    /** A specialized member of a family, written by the specializer over its family head. */
    public static final int IS_SPECIALIZED = 1 << 13;
    /** An instrumented twin, written by sys.monitoring over the instruction it reports on. */
    public static final int IS_INSTRUMENTED = 1 << 14;

    /** Not an opcode: used for "no twin", "no base". */
    public static final int NONE = -1;

    private final int opcode;
    private final String name;
    private final StackPicture stack;
    private final StackPicture jumpStack;
    private final int flags;
    private final List<CacheField> cacheLayout;
    private final int cacheSize;
    private final int familyHead;
    private final int[] familyMembers;
    private final int instrumentedTwin;
    private final int uninstrumented;
    private final int[] pseudoTargets;
    private final String doc;

    OpInfo(int opcode, String name, StackPicture stack, StackPicture jumpStack, int flags,
           List<CacheField> cacheLayout, int familyHead, int[] familyMembers, int instrumentedTwin,
           int uninstrumented, int[] pseudoTargets, String doc) {
        this.opcode = opcode;
        this.name = name;
        this.stack = stack;
        this.jumpStack = jumpStack;
        this.flags = flags;
        this.cacheLayout = List.copyOf(cacheLayout);
        this.cacheSize = cacheLayout.stream().mapToInt(CacheField::size).sum();
        this.familyHead = familyHead;
        this.familyMembers = familyMembers.clone();
        this.instrumentedTwin = instrumentedTwin;
        this.uninstrumented = uninstrumented;
        this.pseudoTargets = pseudoTargets.clone();
        this.doc = doc;
    }

    public int opcode() {
        return opcode;
    }

    public String name() {
        return name;
    }

    /** What the instruction does, in a sentence or two. */
    public String doc() {
        return doc;
    }

    /** The stack picture on the fall-through path, e.g. {@code "lhs, rhs -- res"}. */
    public StackPicture stack() {
        return stack;
    }

    /** The stack picture when the jump is taken; the same object as {@link #stack()} unless it differs. */
    public StackPicture jumpStack() {
        return jumpStack;
    }

    public int flags() {
        return flags;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public boolean hasArg() {
        return has(HAS_ARG);
    }

    public boolean isPseudo() {
        return has(IS_PSEUDO);
    }

    public boolean isSpecialized() {
        return has(IS_SPECIALIZED);
    }

    public boolean isInstrumented() {
        return has(IS_INSTRUMENTED);
    }

    /** Inline-cache code units that follow the instruction (and its arg) in the code. */
    public int cacheSize() {
        return cacheSize;
    }

    /** The named fields of the inline cache, in order (empty without caches). */
    public List<CacheField> cacheLayout() {
        return cacheLayout;
    }

    /** The cache field called {@code name}; {@link IllegalArgumentException} if there is none. */
    public CacheField cacheField(String name) {
        for (CacheField field : cacheLayout) {
            if (field.name().equals(name)) return field;
        }
        throw new IllegalArgumentException(this.name + " has no cache field " + name);
    }

    /** Values read from the stack on the fall-through path. */
    public int pops(int oparg) {
        return stack.pops(oparg);
    }

    /** Values left on the stack on the fall-through path. */
    public int pushes(int oparg) {
        return stack.pushes(oparg);
    }

    /** Net stack change on the fall-through path. */
    public int stackEffect(int oparg) {
        return stack.effect(oparg);
    }

    /**
     * Net stack change on one edge: {@code jump} true for the edge to the jump (or handler)
     * target, false for falling through. Like CPython's {@code dis.stack_effect(op, arg, jump=)}.
     */
    public int stackEffect(int oparg, boolean jump) {
        return jump ? jumpStack.effect(oparg) : stack.effect(oparg);
    }

    /** The larger of both edges' effects: CPython's {@code dis.stack_effect(op, arg)} (jump=None). */
    public int maxStackEffect(int oparg) {
        return Math.max(stack.effect(oparg), jumpStack.effect(oparg));
    }

    /** The generic instruction this one specializes; its own opcode if it is not specialized. */
    public int familyHead() {
        return familyHead;
    }

    /** For a family head: its specialized members (empty otherwise). */
    public int[] familyMembers() {
        return familyMembers.clone();
    }

    /** True when this is the generic head of a specialization family. */
    public boolean isFamilyHead() {
        return familyMembers.length > 0;
    }

    /** The INSTRUMENTED_* twin of this generic instruction, or {@link #NONE}. */
    public int instrumentedTwin() {
        return instrumentedTwin;
    }

    /** For an instrumented twin: the instruction it stands for, or {@link #NONE}. */
    public int uninstrumented() {
        return uninstrumented;
    }

    /** For a pseudo-instruction: the real instructions the assembler may lower it to. */
    public int[] pseudoTargets() {
        return pseudoTargets.clone();
    }

    @Override
    public String toString() {
        return name + "(" + opcode + ")";
    }
}
