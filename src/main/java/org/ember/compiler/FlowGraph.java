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
    final List<BasicBlock> allBlocks = new ArrayList<>();

    private BasicBlock current;

    private FlowGraph() {
        entry = newBlock();
        current = entry;
    }

    BasicBlock newBlock() {
        BasicBlock block = new BasicBlock();
        allBlocks.add(block);
        return block;
    }

    /** Builds the graph; jump targets become block references. */
    static FlowGraph build(InstructionSequence seq) {
        FlowGraph graph = new FlowGraph();
        List<InstructionSequence.Entry> entries = seq.entries();
        // Which instruction each jump goes to; a label placed at the very end targets nothing real.
        int[] targetIndex = new int[entries.size()];
        boolean[] isTarget = new boolean[entries.size() + 1];
        for (int i = 0; i < entries.size(); i++) {
            InstructionSequence.Entry entry = entries.get(i);
            targetIndex[i] = -1;
            if (entry.target() != null) {
                targetIndex[i] = seq.position(entry.target());
                isTarget[targetIndex[i]] = true;
            }
        }
        BasicBlock[] blockAt = new BasicBlock[entries.size() + 1];
        for (int i = 0; i < entries.size(); i++) {
            if (isTarget[i]) graph.useLabel(i);
            InstructionSequence.Entry entry = entries.get(i);
            graph.maybeStartNewBlock();
            if (isTarget[i]) blockAt[i] = graph.current;
            int opcode = entry.opcode() == Opcode.ANNOTATIONS_PLACEHOLDER ? Opcode.NOP : entry.opcode();
            int oparg = Instructions.hasArg(opcode) ? entry.oparg() : 0;
            graph.current.add(opcode, oparg, entry.loc());
        }
        if (isTarget[entries.size()]) {
            throw new IllegalArgumentException("jump to the end of the code");
        }
        int i = 0;
        for (BasicBlock block = graph.entry; block != null; block = block.next) {
            for (Instr instr : block.instrs) {
                if (targetIndex[i] >= 0) instr.target = blockAt[targetIndex[i]];
                i++;
            }
        }
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

    /** Malformed graphs (a terminator in the middle of a block) are internal errors. */
    void check() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.size() - 1; i++) {
                if (OpKinds.isTerminator(b.instrs.get(i).opcode)) {
                    throw new CompilerError("malformed control flow graph");
                }
            }
        }
    }

    /** Inserts {@code instr} at {@code position} of {@code block}. */
    static void insert(BasicBlock block, int position, Instr instr) {
        block.insert(position, instr);
    }
}
