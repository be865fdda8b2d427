package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * A straight run of instructions of the flow graph, entered only at the top. {@code next} is the
 * block laid out after it (the fall-through successor when the last instruction falls through).
 */
final class BasicBlock {
    final InstrList instrs = new InstrList();
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
    /** Index of the block's first instruction in the assembled code; -1 until the assembler lays it out. */
    int assemblyOffset = -1;
    /** Handler stack on entry, while exception targets are labelled. */
    List<BasicBlock> exceptStack;

    Instr last() {
        return instrs.last();
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

    // ---- the slots past the end --------------------------------------------------------------
    //
    // CPython keeps a block's instructions in a C array; removing instructions only lowers the
    // count, and appending a new instruction with basicblock_addop sets opcode, oparg, target and
    // location but not the handler. The new instruction thus inherits the handler of whatever
    // instruction used that slot before (e.g. a NOT_TAKEN after a jump in a handler whose
    // SETUP_CLEANUP NOP was removed stays covered by the handler). That handler decides the
    // exception table, so Ember models it: staleHandlers holds the handlers left in the slots
    // just past the end, nearest first.
    // Null until a block first shrinks: most blocks never do, and this saves a list per block.
    private List<BasicBlock> staleHandlers;

    /** Takes the next slot: what a new instruction created with CPython's basicblock_addop inherits. */
    private BasicBlock takeSlot() {
        return staleHandlers == null || staleHandlers.isEmpty() ? null : staleHandlers.remove(0);
    }

    /** Appends a new instruction (basicblock_addop): it inherits the slot's stale handler. */
    Instr add(int opcode, int oparg, Location loc) {
        Instr instr = new Instr(opcode, oparg, loc);
        instr.except = takeSlot();
        instrs.add(instr);
        return instr;
    }

    void addJump(int opcode, BasicBlock target, Location loc) {
        add(opcode, 0, loc).target = target;
    }

    /** Appends a whole copy of an instruction (a struct copy in CPython: nothing stale survives). */
    void append(Instr instr) {
        takeSlot();
        instrs.add(instr);
    }

    /** Inserts a whole instruction at {@code position}, shifting the rest up one slot. */
    void insert(int position, Instr instr) {
        takeSlot();
        instrs.add(position, instr);
    }

    /** Keeps only {@code kept} (a subsequence, in order): the freed slots keep their old contents. */
    void compactTo(List<Instr> kept) {
        if (kept.size() < instrs.size()) keepStaleHandlers(kept.size(), instrs.size());
        instrs.clear();
        instrs.addAll(kept);
    }

    /**
     * Records the handlers of slots {@code from..to-1} (about to be freed) before the slots
     * already past the end. When none of them has a handler and nothing stale is recorded, the
     * record stays empty: an empty record and one of nulls give every new instruction the same
     * (no) handler, and most blocks never had one.
     */
    private void keepStaleHandlers(int from, int to) {
        if (staleHandlers == null || staleHandlers.isEmpty()) {
            boolean anyHandler = false;
            for (int j = from; j < to && !anyHandler; j++) anyHandler = instrs.get(j).except != null;
            if (!anyHandler) return;
        }
        List<BasicBlock> freed = new ArrayList<>(to - from);
        for (int j = from; j < to; j++) freed.add(instrs.get(j).except);
        if (staleHandlers == null) staleHandlers = new ArrayList<>();
        staleHandlers.addAll(0, freed);
    }

    /**
     * Cuts the block to its first {@code newSize} instructions after the caller moved the kept
     * ones down in place: the freed slots keep their old contents, as with {@link #compactTo}.
     */
    void truncate(int newSize) {
        int size = instrs.size();
        if (newSize >= size) return;
        keepStaleHandlers(newSize, size);
        instrs.truncate(newSize);
    }

    /** Empties the block (an unreachable block: CPython sets its count to 0). */
    void clear() {
        compactTo(List.of());
    }

    @Override
    public String toString() {
        return "block(label " + label + ", " + instrs + ")";
    }
}
