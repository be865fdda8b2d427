package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.Instructions;
import org.ember.bytecode.Opcode;

/**
 * The control-flow graph of one code unit: basic blocks linked in layout order from
 * {@link #entry}. Built from an {@link InstructionSequence} the way CPython's cfg builder does:
 * a new block starts at every jump target and after every jump, return or raise.
 */
final class FlowGraph {
    BasicBlock entry;
    /** Every block ever created (also ones later unlinked), for "visited" resets. */
    final List<BasicBlock> allBlocks = new ArrayList<>(32);   // growing from 10 showed in profiles

    private BasicBlock current;
    /**
     * True when the input has a SETUP_* or POP_BLOCK: without them no instruction has a handler,
     * and {@link ExceptionTargets} and {@link ColdBlocks} have nothing to do.
     */
    boolean hasHandlerBrackets;
    /**
     * The constants the optimizer's last reachability walk saw loaded (null: not known), for
     * {@link UnusedConsts}; valid while nothing adds, removes or renumbers a LOAD_CONST.
     */
    boolean[] usedConsts;

    private FlowGraph() {
        entry = newBlock();
        current = entry;
    }

    /** The work stack the graph walks share (they run one after another, never nested). */
    private final java.util.ArrayDeque<BasicBlock> workStack = new java.util.ArrayDeque<>();

    /**
     * An empty work stack for one walk over the graph: one deque per unit instead of one per
     * pass (their tables showed in allocation profiles). The walk must be done with it before
     * the next walk asks.
     */
    java.util.Deque<BasicBlock> workStack() {
        workStack.clear();
        return workStack;
    }

    BasicBlock newBlock() {
        BasicBlock block = new BasicBlock();
        allBlocks.add(block);
        return block;
    }

    /**
     * Builds the graph; jump targets become block references. The sequence's {@link Instr}
     * objects move into the blocks (the sequence is used up).
     */
    static FlowGraph build(InstructionSequence seq) {
        FlowGraph graph = new FlowGraph();
        // the blocks are consecutive runs of this array: each block's list starts as its slice
        Instr[] instrs = seq.instrs();
        int count = seq.size();
        // Which instruction each jump goes to; a label placed at the very end targets nothing real.
        boolean[] isTarget = new boolean[count + 1];
        for (int i = 0; i < count; i++) {
            int label = instrs[i].targetLabel;
            if (label >= 0) isTarget[seq.position(label)] = true;
        }
        if (isTarget[count]) {
            throw new IllegalArgumentException("jump to the end of the code");
        }
        BasicBlock[] blockAt = new BasicBlock[count];
        for (int i = 0; i < count; i++) {
            if (isTarget[i]) graph.useLabel(i);
            Instr instr = instrs[i];
            graph.maybeStartNewBlock();
            if (graph.current.isEmpty()) graph.current.instrs.startSlice(instrs, i);
            if (isTarget[i]) blockAt[i] = graph.current;
            if (instr.opcode == Opcode.ANNOTATIONS_PLACEHOLDER) instr.opcode = Opcode.NOP;
            if (!Instructions.hasArg(instr.opcode)) instr.oparg = 0;
            if (instr.opcode == Opcode.POP_BLOCK || OpKinds.isBlockPush(instr.opcode)) graph.hasHandlerBrackets = true;
            graph.current.instrs.extendSlice();   // appends instrs[i] (a fresh block has no stale slots)
        }
        for (int i = 0; i < count; i++) {
            Instr instr = instrs[i];
            if (instr.targetLabel >= 0) {
                instr.target = blockAt[seq.position(instr.targetLabel)];
                instr.targetLabel = -1;
                // ExceptionTargets' handler marking, done here to save a walk over every instruction
                if (OpKinds.isBlockPush(instr.opcode)) instr.target.exceptHandler = true;
            }
        }
        assert graph.check();
        return graph;
    }

    private int pendingLabel = -1;

    private void useLabel(int label) {
        pendingLabel = label;
        maybeStartNewBlock();
    }

    /** CPython's cfg_builder_maybe_start_new_block. */
    private void maybeStartNewBlock() {
        Instr last = current.last();
        boolean terminated = last != null && OpKinds.isTerminator(last.opcode);
        if (!terminated && pendingLabel >= 0) {
            if (last != null || current.label >= 0) {
                terminated = true;
            } else {
                current.label = pendingLabel;
                pendingLabel = -1;
            }
        }
        if (terminated) {
            BasicBlock block = newBlock();
            block.label = pendingLabel;
            pendingLabel = -1;
            current.next = block;
            current = block;
        }
    }

    /** Blocks in layout order. */
    List<BasicBlock> blocks() {
        List<BasicBlock> blocks = new ArrayList<>();
        for (BasicBlock b = entry; b != null; b = b.next) blocks.add(b);
        return blocks;
    }

    /** Clears every block's visited mark (CPython's make_cfg_traversal_stack side effect). */
    void resetVisited() {
        for (BasicBlock block : allBlocks) block.visited = false;
    }

    int maxLabel() {
        int max = -1;
        for (BasicBlock b = entry; b != null; b = b.next) max = Math.max(max, b.label);
        return max;
    }

    /** Malformed graphs (a terminator in the middle of a block) are internal errors; true otherwise (for assert). */
    boolean check() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.size() - 1; i++) {
                if (OpKinds.isTerminator(b.instrs.get(i).opcode)) {
                    throw new CompilerError("malformed control flow graph");
                }
            }
        }
        return true;
    }

    /** Inserts {@code instr} at {@code position} of {@code block}. */
    static void insert(BasicBlock block, int position, Instr instr) {
        block.insert(position, instr);
    }
}
