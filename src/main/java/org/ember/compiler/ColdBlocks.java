package org.ember.compiler;

import static org.ember.bytecode.Opcode.JUMP_NO_INTERRUPT;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Moves cold blocks (reachable only through exception handlers) to the end of the code, so the
 * normal path runs straight. A cold block that fell through into a warm one gets an explicit
 * jump instead.
 */
final class ColdBlocks {
    private ColdBlocks() {}

    static void pushToEnd(FlowGraph graph) {
        BasicBlock entry = graph.entry;
        if (entry.next == null) return; // a single block: nothing to reorder
        if (!graph.hasHandlerBrackets) return; // no handler blocks: nothing is cold
        markCold(graph);
        int nextLabel = graph.maxLabel() + 1;
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.cold && b.hasFallthrough() && b.next != null && b.next.warm) {
                if (b.next.label < 0) b.next.label = nextLabel++;
                BasicBlock explicitJump = graph.newBlock();
                explicitJump.addJump(JUMP_NO_INTERRUPT, b.next, Location.NO_LOCATION);
                explicitJump.cold = true;
                explicitJump.next = b.next;
                explicitJump.predecessors = 1;
                b.next = explicitJump;
            }
        }
        BasicBlock coldHead = null;
        BasicBlock coldTail = null;
        BasicBlock b = entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) b = b.next;
            if (b.next == null) break;
            BasicBlock streakEnd = b.next;
            while (streakEnd.next != null && streakEnd.next.cold) streakEnd = streakEnd.next;
            if (coldHead == null) {
                coldHead = b.next;
            } else {
                coldTail.next = b.next;
            }
            coldTail = streakEnd;
            b.next = streakEnd.next;
            streakEnd.next = null;
        }
        b.next = coldHead;
        if (coldHead != null) CfgOptimizer.removeRedundantNopsAndJumps(graph);
    }

    /** Warm: reachable from the entry without exception edges. Cold: reachable from handlers only. */
    private static void markCold(FlowGraph graph) {
        graph.resetVisited();
        Deque<BasicBlock> stack = graph.workStack();
        stack.push(graph.entry);
        graph.entry.visited = true;
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.warm = true;
            if (b.next != null && b.hasFallthrough() && !b.next.visited) {
                stack.push(b.next);
                b.next.visited = true;
            }
            for (Instr instr : b.instrs) {
                if (OpKinds.isJump(instr.opcode) && !instr.target.visited) {
                    stack.push(instr.target);
                    instr.target.visited = true;
                }
            }
        }
        graph.resetVisited();
        for (BasicBlock block = graph.entry; block != null; block = block.next) {
            if (block.exceptHandler) {
                stack.push(block);
                block.visited = true;
            }
        }
        while (!stack.isEmpty()) {
            BasicBlock block = stack.pop();
            block.cold = true;
            if (block.next != null && block.hasFallthrough() && !block.next.warm && !block.next.visited) {
                stack.push(block.next);
                block.next.visited = true;
            }
            for (Instr instr : block.instrs) {
                if (OpKinds.isJump(instr.opcode) && !instr.target.warm && !instr.target.visited) {
                    stack.push(instr.target);
                    instr.target.visited = true;
                }
            }
        }
    }
}
