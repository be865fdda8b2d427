package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * A straight run of instructions of the flow graph, entered only at the top. {@code next} is the
 * block laid out after it (the fall-through successor when the last instruction falls through).
 */
final class BasicBlock {
    final List<Instr> instrs = new ArrayList<>();
    BasicBlock next;
    /** Label id (>= 0) if some jump in the input targeted this block; -1 otherwise. */
    int label = -1;

    // ---- facts the passes compute --------------------------------------------------------------
    boolean exceptHandler;
    boolean preserveLasti;
    boolean visited;
    boolean cold;
    boolean warm;
    int predecessors;
    /** Stack depth on entry; Integer.MIN_VALUE until the depth pass reaches the block. */
    int startDepth = Integer.MIN_VALUE;
    long unsafeLocalsMask;
    /** Handler stack on entry, while exception targets are labelled. */
    List<BasicBlock> exceptStack;

    Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    int size() {
        return instrs.size();
    }

    boolean isEmpty() {
        return instrs.isEmpty();
    }

    /** CPython's BB_HAS_FALLTHROUGH: the last instruction neither jumps away nor leaves the frame. */
    boolean hasFallthrough() {
        Instr last = last();
        return last == null || !(OpKinds.isUnconditionalJump(last.opcode) || OpKinds.isScopeExit(last.opcode));
    }

    boolean exitsScope() {
        Instr last = last();
        return last != null && OpKinds.isScopeExit(last.opcode);
    }

    boolean hasNoLineNumber() {
        for (Instr instr : instrs) {
            if (instr.loc.hasLine()) return false;
        }
        return true;
    }

    boolean hasEvalBreak() {
        for (Instr instr : instrs) {
            if (OpKinds.hasEvalBreak(instr.opcode)) return true;
        }
        return false;
    }

    /** The first non-empty block from this one on (this one if it has instructions), or null. */
    BasicBlock nonEmpty() {
        BasicBlock block = this;
        while (block != null && block.isEmpty()) block = block.next;
        return block;
    }

    void add(int opcode, int oparg, Location loc) {
        instrs.add(new Instr(opcode, oparg, loc));
    }

    void addJump(int opcode, BasicBlock target, Location loc) {
        Instr jump = new Instr(opcode, 0, loc);
        jump.target = target;
        instrs.add(jump);
    }

    @Override
    public String toString() {
        return "block(label " + label + ", " + instrs + ")";
    }
}
