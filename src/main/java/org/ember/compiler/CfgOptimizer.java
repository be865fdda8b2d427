package org.ember.compiler;

import static org.ember.bytecode.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.ember.bytecode.ConstFrozenSet;
import org.ember.bytecode.ConstTuple;
import org.ember.bytecode.Oparg;
import org.ember.parser.Ast;

/**
 * CPython 3.14's optimize_cfg: inlining of small exit blocks, removal of unreachable code,
 * line-number resolution, constant folding and peephole rewrites per block, then removal of
 * redundant NOPs, pairs and jumps. Rewrites that shrink code leave NOPs behind; the NOP removal
 * keeps a NOP only where it carries a line number that would otherwise be lost.
 */
final class CfgOptimizer {
    /** Largest exit block copied into a block that jumps to it. */
    static final int MAX_COPY_SIZE = 4;
    /** CPython's _PY_STACK_USE_GUIDELINE: longest constant sequence folded. */
    static final int STACK_USE_GUIDELINE = 30;
    /** Shortest constant list/set display turned into BUILD_LIST + LIST_EXTEND of a tuple. */
    static final int MIN_CONST_SEQUENCE_SIZE = 3;

    private final FlowGraph graph;
    private final ConstPool consts;

    private CfgOptimizer(FlowGraph graph, ConstPool consts) {
        this.graph = graph;
        this.consts = consts;
    }

    static void run(FlowGraph graph, ConstPool consts) {
        CfgOptimizer optimizer = new CfgOptimizer(graph, consts);
        // CPython checks here that no block has a terminator before its end: FlowGraph.build
        // starts a new block after every terminator and nothing in between adds one, so the
        // walk over every instruction is not repeated (build asserts it: tests run with -ea).
        optimizer.inlineSmallOrNoLinenoBlocks();
        removeUnreachable(graph);
        LineNumbers.resolve(graph);
        for (BasicBlock b = graph.entry; b != null; b = b.next) optimizer.optimizeLoadConst(b);
        for (BasicBlock b = graph.entry; b != null; b = b.next) optimizer.optimizeBasicBlock(b);
        removeRedundantNopsAndPairs(graph);
        // the last reachability walk also marks the constants loaded: what follows only removes
        // NOPs and turns jumps into NOPs, so these are the loads UnusedConsts would find
        boolean[] usedConsts = new boolean[Math.max(consts.size(), 1)];
        removeUnreachable(graph, usedConsts);
        graph.usedConsts = usedConsts;
        removeRedundantNopsAndJumps(graph);
    }

    // ---- inlining ------------------------------------------------------------------------------

    private void inlineSmallOrNoLinenoBlocks() {
        boolean changed;
        do {
            changed = false;
            for (BasicBlock b = graph.entry; b != null; b = b.next) {
                if (inlineInto(b)) changed = true;
            }
        } while (changed); // every change removes a jump, so this ends
    }

    /** If {@code block} jumps to a small exit block or a no-line block that does not fall through, copy it in. */
    private static boolean inlineInto(BasicBlock block) {
        Instr last = block.last();
        if (last == null || !OpKinds.isUnconditionalJump(last.opcode)) return false;
        BasicBlock target = last.target;
        boolean smallExit = target.exitsScope() && target.size() <= MAX_COPY_SIZE;
        boolean noLinenoNoFallthrough = target.hasNoLineNumber() && !target.hasFallthrough();
        if (!(smallExit || noLinenoNoFallthrough)) return false;
        int removedJump = last.opcode;
        last.setNop();
        for (Instr instr : target.instrs) block.append(instr.copy());
        if (noLinenoNoFallthrough) {
            Instr newLast = block.last();
            if (OpKinds.isUnconditionalJump(newLast.opcode) && removedJump == JUMP) {
                newLast.opcode = JUMP; // keep the eval-breaker check of the removed jump
            }
        }
        target.predecessors--;
        return true;
    }

    // ---- reachability ----------------------------------------------------------------------------

    /** Counts predecessors along fall-through, jump and handler edges and empties unreachable blocks. */
    static void removeUnreachable(FlowGraph graph) {
        removeUnreachable(graph, null);
    }

    /** {@link #removeUnreachable(FlowGraph)} that also sets {@code usedConsts[i]} for every reachable LOAD_CONST i. */
    private static void removeUnreachable(FlowGraph graph, boolean[] usedConsts) {
        for (BasicBlock b = graph.entry; b != null; b = b.next) b.predecessors = 0;
        graph.resetVisited();
        Deque<BasicBlock> stack = graph.workStack();
        graph.entry.predecessors = 1;
        graph.entry.visited = true;
        stack.push(graph.entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            if (b.next != null && b.hasFallthrough()) {
                if (!b.next.visited) {
                    b.next.visited = true;
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr instr : b.instrs) {
                if (usedConsts != null && OpKinds.hasConst(instr.opcode)) usedConsts[instr.oparg] = true;
                if (OpKinds.hasTarget(instr.opcode)) {
                    BasicBlock target = instr.target;
                    if (!target.visited) {
                        target.visited = true;
                        stack.push(target);
                    }
                    target.predecessors++;
                }
            }
        }
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.clear();
                b.exceptHandler = false;
            }
        }
    }

    // ---- constants -------------------------------------------------------------------------------

    private Object constValue(Instr instr) {
        return switch (instr.opcode) {
            case LOAD_CONST -> consts.get(instr.oparg);
            case LOAD_SMALL_INT -> (long) instr.oparg;
            default -> throw new CompilerError("not a constant load: " + instr);
        };
    }

    private static boolean loadsConst(int opcode) {
        return opcode == LOAD_CONST || opcode == LOAD_SMALL_INT;
    }

    private static boolean isSmallInt(Object value) {
        return value instanceof Long l && l >= 0 && l < 256;
    }

    /** Makes {@code instr} load {@code value}: LOAD_SMALL_INT for 0..255, else LOAD_CONST. */
    private void makeLoadConst(Instr instr, Object value) {
        instr.target = null;
        if (isSmallInt(value)) {
            instr.set(LOAD_SMALL_INT, (int) (long) (Long) value);
        } else {
            instr.set(LOAD_CONST, consts.add(value));
        }
    }

    /** LOAD_SMALL_INT for small ints; constant conditions, `is None` tests and TO_BOOL of constants. */
    private void optimizeLoadConst(BasicBlock b) {
        int opcode = 0;
        int oparg = 0;
        List<Instr> instrs = b.instrs;
        for (int i = 0; i < instrs.size(); i++) {
            Instr inst = instrs.get(i);
            if (inst.opcode == LOAD_CONST && isSmallInt(consts.get(inst.oparg))) {
                inst.set(LOAD_SMALL_INT, (int) (long) (Long) consts.get(inst.oparg));
            }
            boolean copyOfLoadConst = opcode == LOAD_CONST && inst.opcode == COPY && inst.oparg == 1;
            if (!copyOfLoadConst) {
                opcode = inst.opcode;
                oparg = inst.oparg;
            }
            if (opcode != LOAD_CONST && opcode != LOAD_SMALL_INT) continue;
            int nextop = i + 1 < instrs.size() ? instrs.get(i + 1).opcode : 0;
            if (nextop != POP_JUMP_IF_FALSE && nextop != POP_JUMP_IF_TRUE && nextop != JUMP_IF_FALSE
                    && nextop != JUMP_IF_TRUE && nextop != IS_OP && nextop != TO_BOOL) {
                continue;   // the common case: no constant value needed (a small int would be boxed)
            }
            Object value = opcode == LOAD_CONST ? consts.get(oparg) : (Object) (long) oparg;
            switch (nextop) {
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE, JUMP_IF_TRUE -> {
                    boolean isTrue = ConstFolder.truth(value);
                    if (nextop == POP_JUMP_IF_FALSE || nextop == POP_JUMP_IF_TRUE) inst.setNop();
                    boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE || nextop == JUMP_IF_TRUE;
                    Instr jump = instrs.get(i + 1);
                    if (isTrue == jumpIfTrue) {
                        jump.opcode = JUMP;
                    } else {
                        jump.setNop();
                    }
                }
                case IS_OP -> foldIsNone(instrs, i, value);
                case TO_BOOL -> {
                    inst.setNop();
                    Instr toBool = instrs.get(i + 1);
                    toBool.set(LOAD_CONST, consts.add(ConstFolder.truth(value)));
                }
                default -> { }
            }
        }
    }

    /** LOAD_CONST None, IS_OP, [TO_BOOL,] POP_JUMP_IF_x  becomes  POP_JUMP_IF_[NOT_]NONE. */
    private static void foldIsNone(List<Instr> instrs, int i, Object value) {
        if (value != Ast.NONE || instrs.size() <= i + 2) return;
        Instr isInstr = instrs.get(i + 1);
        Instr jump = instrs.get(i + 2);
        if (jump.opcode == TO_BOOL) {
            jump.setNop();
            if (instrs.size() <= i + 3) return;
            jump = instrs.get(i + 3);
        }
        boolean invert = isInstr.oparg != 0;
        if (jump.opcode == POP_JUMP_IF_FALSE) {
            invert = !invert;
        } else if (jump.opcode != POP_JUMP_IF_TRUE) {
            return;
        }
        instrs.get(i).setNop();
        isInstr.setNop();
        jump.opcode = invert ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
    }

    // ---- per-block peephole ----------------------------------------------------------------------

    private void optimizeBasicBlock(BasicBlock bb) {
        List<Instr> instrs = bb.instrs;
        for (int i = 0; i < instrs.size(); i++) {
            Instr inst = instrs.get(i);
            int opcode = inst.opcode;
            int oparg = inst.oparg;
            Instr target = null;
            if (OpKinds.hasTarget(opcode)) {
                BasicBlock targetBlock = inst.target.nonEmpty();
                target = targetBlock == null ? null : targetBlock.instrs.get(0);
            }
            int targetOp = target == null ? NOP : target.opcode;
            Instr next = i + 1 < instrs.size() ? instrs.get(i + 1) : null;
            int nextop = next == null ? 0 : next.opcode;
            switch (opcode) {
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == next.oparg) {
                        if (oparg == 1) {
                            inst.setNop();
                            next.setNop();
                            continue;
                        }
                        if (oparg == 2 || oparg == 3) {
                            inst.setNop();
                            next.opcode = SWAP;
                            continue;
                        }
                    }
                    foldTupleOfConstants(bb, i);
                }
                case BUILD_LIST, BUILD_SET -> optimizeListsAndSets(bb, i, nextop);
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    if (targetOp == JUMP) i -= jumpThread(bb, inst, target, opcode);
                }
                case JUMP_IF_FALSE, JUMP_IF_TRUE -> {
                    int same = opcode;
                    int opposite = opcode == JUMP_IF_FALSE ? JUMP_IF_TRUE : JUMP_IF_FALSE;
                    if (targetOp == JUMP || targetOp == same) {
                        i -= jumpThread(bb, inst, target, same);
                        continue;
                    }
                    if (targetOp == opposite) {
                        // The opposite test fails for sure: continue after it.
                        inst.target = inst.target.nonEmpty().next;
                        i--;
                        continue;
                    }
                }
                case JUMP, JUMP_NO_INTERRUPT -> {
                    if (targetOp == JUMP) {
                        i -= jumpThread(bb, inst, target, JUMP);
                        continue;
                    }
                    if (targetOp == JUMP_NO_INTERRUPT) {
                        i -= jumpThread(bb, inst, target, opcode);
                        continue;
                    }
                }
                case STORE_FAST -> {
                    // x = x = value: the first store is dead
                    if (nextop == STORE_FAST && oparg == next.oparg && inst.loc.lineno() == next.loc.lineno()) {
                        inst.set(POP_TOP, 0);
                    }
                }
                case SWAP -> {
                    if (oparg == 1) inst.setNop();
                }
                case LOAD_GLOBAL -> {
                    if (nextop == PUSH_NULL && (oparg & 1) == 0) {
                        inst.set(LOAD_GLOBAL, oparg | 1);
                        next.setNop();
                    }
                }
                case COMPARE_OP -> {
                    if (nextop == TO_BOOL) {
                        inst.setNop();
                        next.set(COMPARE_OP, oparg | Oparg.COMPARE_TO_BOOL);
                        continue;
                    }
                }
                case CONTAINS_OP, IS_OP -> {
                    if (nextop == TO_BOOL) {
                        inst.setNop();
                        next.set(opcode, oparg);
                        continue;
                    }
                    if (nextop == UNARY_NOT) {
                        inst.setNop();
                        next.set(opcode, oparg ^ 1);
                        continue;
                    }
                }
                case TO_BOOL -> {
                    if (nextop == TO_BOOL) {
                        inst.setNop();
                        continue;
                    }
                }
                case UNARY_NOT -> {
                    if (nextop == TO_BOOL) {
                        inst.setNop();
                        next.set(UNARY_NOT, 0);
                        continue;
                    }
                    if (nextop == UNARY_NOT) {
                        inst.setNop();
                        next.setNop();
                        continue;
                    }
                    foldUnaryOp(bb, i);
                }
                case UNARY_INVERT, UNARY_NEGATIVE -> foldUnaryOp(bb, i);
                case CALL_INTRINSIC_1 -> {
                    if (oparg == Oparg.INTRINSIC_LIST_TO_TUPLE) {
                        if (nextop == GET_ITER) {
                            inst.setNop();
                        } else {
                            foldListToTuple(bb, i);
                        }
                    } else if (oparg == Oparg.INTRINSIC_UNARY_POSITIVE) {
                        foldUnaryOp(bb, i);
                    }
                }
                case BINARY_OP -> foldBinaryOp(bb, i);
                default -> { }
            }
        }
        for (int i = 0; i < instrs.size(); i++) {
            if (instrs.get(i).opcode == SWAP) {
                i = Swaps.swaptimize(bb, i);
                Swaps.applyStaticSwaps(bb, i);
            }
        }
    }

    /**
     * Jump to a jump: NOP the first and append a jump straight to the final target (with the
     * second jump's location). Returns 1 when done (the caller revisits the new jump).
     */
    private static int jumpThread(BasicBlock bb, Instr inst, Instr target, int opcode) {
        if (inst.target.nonEmpty() == null || inst.target == target.target) return 0;
        if (inst != bb.last()) throw new CompilerError("jump is not the last instruction of its block");
        BasicBlock finalTarget = target.target;
        inst.setNop();
        bb.addJump(opcode, finalTarget, target.loc);
        return 1;
    }

    /**
     * The {@code count} constant loads ending just before {@code end} (skipping NOPs), in stack
     * order; null if a non-constant instruction comes first.
     */
    private static Instr[] constLoadsBefore(BasicBlock bb, int end, int count) {
        Instr[] loads = new Instr[count];
        int found = 0;
        for (int i = end - 1; i >= 0 && found < count; i--) {
            Instr instr = bb.instrs.get(i);
            if (instr.opcode == NOP) continue;
            if (!loadsConst(instr.opcode)) return null;
            loads[count - 1 - found++] = instr;
        }
        return found == count ? loads : null;
    }

    private List<Object> valuesOf(Instr[] loads) {
        List<Object> values = new ArrayList<>(loads.length);
        for (Instr load : loads) values.add(constValue(load));
        return values;
    }

    /** The folded operands become NOPs without a location: they never keep a line alive. */
    private static void nopOut(Instr[] loads) {
        for (Instr load : loads) {
            load.setNop();
            load.loc = Location.NO_LOCATION;
        }
    }

    private void foldTupleOfConstants(BasicBlock bb, int i) {
        Instr build = bb.instrs.get(i);
        int size = build.oparg;
        if (size > STACK_USE_GUIDELINE) return;
        Instr[] loads = constLoadsBefore(bb, i, size);
        if (loads == null) return;
        ConstTuple tuple = new ConstTuple(valuesOf(loads));
        nopOut(loads);
        makeLoadConst(build, tuple);
    }

    /**
     * Constant list/set displays: iterated or tested with `in` they become a constant tuple or
     * frozenset; otherwise (3+ items) BUILD_LIST 0 + LOAD_CONST tuple + LIST_EXTEND 1. A
     * non-constant list that is only iterated or tested becomes a tuple.
     */
    private void optimizeListsAndSets(BasicBlock bb, int i, int nextop) {
        Instr build = bb.instrs.get(i);
        boolean containsOrIter = nextop == GET_ITER || nextop == CONTAINS_OP;
        int size = build.oparg;
        if (size > STACK_USE_GUIDELINE || (size < MIN_CONST_SEQUENCE_SIZE && !containsOrIter)) return;
        Instr[] loads = constLoadsBefore(bb, i, size);
        if (loads == null) {
            if (containsOrIter && build.opcode == BUILD_LIST) build.set(BUILD_TUPLE, build.oparg);
            return;
        }
        List<Object> values = valuesOf(loads);
        Object result = build.opcode == BUILD_SET ? new ConstFrozenSet(values) : new ConstTuple(values);
        int index = consts.add(result);
        nopOut(loads);
        if (containsOrIter) {
            build.set(LOAD_CONST, index);
        } else {
            Instr first = bb.instrs.get(i - 2);
            Instr second = bb.instrs.get(i - 1);
            first.loc = build.loc;
            first.set(build.opcode, 0);
            second.loc = build.loc;
            second.set(LOAD_CONST, index);
            build.set(build.opcode == BUILD_LIST ? LIST_EXTEND : SET_UPDATE, 1);
        }
    }

    /** BUILD_LIST 0, (LOAD_CONST c, LIST_APPEND 1)*, CALL_INTRINSIC_1 LIST_TO_TUPLE  becomes one tuple. */
    private void foldListToTuple(BasicBlock bb, int i) {
        Instr intrinsic = bb.instrs.get(i);
        boolean expectAppend = true;
        int constsFound = 0;
        for (int pos = i - 1; pos >= 0; pos--) {
            Instr instr = bb.instrs.get(pos);
            if (instr.opcode == NOP) continue;
            if (instr.opcode == BUILD_LIST && instr.oparg == 0) {
                if (!expectAppend) return;
                Object[] items = new Object[constsFound];
                for (int p = i - 1; p >= pos; p--) {
                    Instr member = bb.instrs.get(p);
                    if (member.opcode == NOP) continue;
                    if (loadsConst(member.opcode)) items[--constsFound] = constValue(member);
                    member.setNop();
                }
                makeLoadConst(intrinsic, new ConstTuple(List.of(items)));
                return;
            }
            if (expectAppend) {
                if (instr.opcode != LIST_APPEND || instr.oparg != 1) return;
            } else {
                if (!loadsConst(instr.opcode)) return;
                constsFound++;
            }
            expectAppend = !expectAppend;
        }
    }

    private void foldUnaryOp(BasicBlock bb, int i) {
        Instr op = bb.instrs.get(i);
        Instr[] loads = constLoadsBefore(bb, i, 1);
        if (loads == null) return;
        Object operand = constValue(loads[0]);
        Object result = switch (op.opcode) {
            case UNARY_NEGATIVE -> ConstFolder.negate(operand);
            case UNARY_INVERT -> ConstFolder.invert(operand);
            case UNARY_NOT -> !ConstFolder.truth(operand);
            default -> ConstFolder.positive(operand);
        };
        if (result == null) return;
        nopOut(loads);
        makeLoadConst(op, result);
    }

    private void foldBinaryOp(BasicBlock bb, int i) {
        Instr op = bb.instrs.get(i);
        Instr[] loads = constLoadsBefore(bb, i, 2);
        if (loads == null) return;
        Object result = ConstFolder.binary(op.oparg, constValue(loads[0]), constValue(loads[1]));
        if (result == null) return;
        nopOut(loads);
        makeLoadConst(op, result);
    }

    // ---- NOPs, pairs and jumps ------------------------------------------------------------------

    private static int firstNop(List<Instr> instrs) {
        for (int i = 0, n = instrs.size(); i < n; i++) {
            if (instrs.get(i).opcode == NOP) return i;
        }
        return -1;
    }

    /**
     * Removes the NOPs of one block that carry no needed line number: without a line, on the same
     * line as the previous instruction, or as the next one (also across into the next block). A
     * NOP followed by an instruction without a line gives it its location instead. Returns the
     * number removed.
     */
    static int removeRedundantNops(BasicBlock bb) {
        List<Instr> instrs = bb.instrs;
        int first = firstNop(instrs);
        if (first < 0) return 0;
        // compacted in place: kept instructions move down, the slots past the end keep their old
        // contents. Everything before the first NOP stays where it is; only a NOP needs the line
        // of the last kept instruction (whose location no later step changes), so only NOPs and
        // their neighbours are looked at, not every instruction's location.
        int size = instrs.size();
        int kept = first;
        for (int src = first; src < size; src++) {
            Instr instr = instrs.get(src);
            if (instr.opcode == NOP) {
                int prevLineno = kept == 0 ? -1 : instrs.get(kept - 1).loc.lineno();
                if (isRedundantNop(bb, src, instr.loc.lineno(), prevLineno)) continue;
            }
            if (kept != src) instrs.set(kept, instr);
            kept++;
        }
        bb.truncate(kept);
        return size - kept;
    }

    private static boolean isRedundantNop(BasicBlock bb, int src, int lineno, int prevLineno) {
        if (lineno < 0) return true;
        if (prevLineno == lineno) return true;
        List<Instr> instrs = bb.instrs;
        if (src < instrs.size() - 1) {
            Instr next = instrs.get(src + 1);
            int nextLineno = next.loc.lineno();
            if (nextLineno == lineno) return true;
            if (nextLineno < 0) {
                next.loc = instrs.get(src).loc;
                return true;
            }
            return false;
        }
        BasicBlock nextBlock = bb.next == null ? null : bb.next.nonEmpty();
        if (nextBlock == null) return false;
        for (Instr instr : nextBlock.instrs) {
            // NOPs without a location will be removed: look past them
            if (instr.opcode == NOP && instr.loc.lineno() < 0) continue;
            return instr.loc.lineno() == lineno;
        }
        return false;
    }

    static int removeRedundantNops(FlowGraph graph) {
        int changes = 0;
        for (BasicBlock b = graph.entry; b != null; b = b.next) changes += removeRedundantNops(b);
        return changes;
    }

    /** Also removes LOAD_CONST/LOAD_SMALL_INT/COPY 1 immediately popped by POP_TOP. */
    static void removeRedundantNopsAndPairs(FlowGraph graph) {
        boolean done = false;
        while (!done) {
            done = true;
            Instr instr = null;
            for (BasicBlock b = graph.entry; b != null; b = b.next) {
                removeRedundantNops(b);
                if (b.label >= 0) instr = null; // a jump target: the previous instruction may differ
                for (Instr current : b.instrs) {
                    Instr prev = instr;
                    instr = current;
                    if (prev == null || current.opcode != POP_TOP) continue;
                    boolean pair = prev.opcode == LOAD_CONST || prev.opcode == LOAD_SMALL_INT
                            || (prev.opcode == COPY && prev.oparg == 1);
                    if (pair) {
                        prev.setNop();
                        current.setNop();
                        done = false;
                    }
                }
                if ((instr != null && OpKinds.isJump(instr.opcode)) || !b.hasFallthrough()) instr = null;
            }
        }
    }

    /** A jump to the block that follows anyway becomes a NOP. Returns the number removed. */
    static int removeRedundantJumps(FlowGraph graph) {
        int changes = 0;
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null || !OpKinds.isUnconditionalJump(last.opcode)) continue;
            BasicBlock target = last.target.nonEmpty();
            if (target == null) throw new CompilerError("jump with NULL target");
            BasicBlock next = b.next == null ? null : b.next.nonEmpty();
            if (target == next) {
                changes++;
                last.setNop();
            }
        }
        return changes;
    }

    static void removeRedundantNopsAndJumps(FlowGraph graph) {
        int removed;
        do {
            removed = removeRedundantNops(graph) + removeRedundantJumps(graph);
        } while (removed > 0);
    }
}
