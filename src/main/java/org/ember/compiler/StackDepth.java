package org.ember.compiler;

import java.util.ArrayDeque;
import java.util.Deque;

import org.ember.bytecode.Instructions;
import org.ember.bytecode.Opcode;

/**
 * Computes the maximum stack depth by flow analysis over the graph, using the instruction
 * table's stack effects per edge (fall-through vs jump/handler). Every block's entry depth is
 * recorded (handlers need it for the exception table). Two edges reaching a block with different
 * depths, or a depth going negative, are internal errors: never a wrong depth.
 */
final class StackDepth {
    private StackDepth() {}

    /** Depths above this are not chased further (CPython's cut-off against runaway loops). */
    private static final int MAX_TRACKED_START_DEPTH = 100;

    static int compute(FlowGraph graph) {
        for (BasicBlock block : graph.allBlocks) block.startDepth = Integer.MIN_VALUE;
        Deque<BasicBlock> stack = graph.workStack();
        int maxDepth = 0;
        push(stack, graph.entry, 0);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            int depth = b.startDepth;
            BasicBlock next = b.next;
            for (Instr instr : b.instrs) {
                int opcode = instr.opcode;
                int newDepth = depth + effect(opcode, instr.oparg, false);
                if (newDepth < 0) {
                    throw new CompilerError("Invalid CFG, stack underflow at " + Instructions.name(opcode));
                }
                maxDepth = Math.max(maxDepth, newDepth);
                if (OpKinds.hasTarget(instr.opcode) && instr.opcode != Opcode.END_ASYNC_FOR) {
                    int targetDepth = depth + effect(opcode, instr.oparg, true);
                    if (targetDepth < 0) {
                        throw new CompilerError("Invalid CFG, stack underflow at " + Instructions.name(opcode) + " (jump)");
                    }
                    maxDepth = Math.max(maxDepth, targetDepth);
                    push(stack, instr.target, targetDepth);
                }
                depth = newDepth;
                if (OpKinds.endsFlow(instr.opcode)) {
                    next = null; // the rest of the block is dead
                    break;
                }
            }
            if (next != null) push(stack, next, depth);
        }
        return maxDepth;
    }

    /** SETUP_* only move the stack on the handler edge. */
    private static int effect(int opcode, int oparg, boolean jump) {
        if (OpKinds.isBlockPush(opcode) && !jump) return 0;
        return StackCounts.effect(opcode, oparg, jump);
    }

    private static void push(Deque<BasicBlock> stack, BasicBlock b, int depth) {
        if (b.startDepth >= 0 && b.startDepth != depth) {
            throw new CompilerError("Invalid CFG, inconsistent stackdepth: block reached with depth "
                    + b.startDepth + " and " + depth);
        }
        if (b.startDepth < depth && b.startDepth < MAX_TRACKED_START_DEPTH) {
            b.startDepth = depth;
            stack.push(b);
        }
    }
}
