package org.ember.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.ember.bytecode.Opcode;
import org.ember.bytecode.Oparg;

/**
 * Turns the SETUP_* / POP_BLOCK brackets into per-instruction handler information (the handler
 * blocks were marked when the graph was built): walks the graph with a stack of active handlers
 * and records in every instruction which handler covers it. POP_BLOCK becomes a NOP; SETUP_*
 * stay until the pseudo-ops are lowered (reachability still follows them to their handlers).
 */
final class ExceptionTargets {
    private ExceptionTargets() {}

    /** The handler blocks (SETUP_* targets) are already marked: {@link FlowGraph#build} does it. */
    static void run(FlowGraph graph) {
        // without SETUP_*/POP_BLOCK every instruction keeps the handler it has (none) and no
        // RESUME sits in a handler: the walk would change nothing
        if (graph.hasHandlerBrackets) label(graph);
    }

    private static void label(FlowGraph graph) {
        graph.resetVisited();
        Deque<BasicBlock> todo = graph.workStack();
        graph.entry.visited = true;
        graph.entry.exceptStack = new ArrayList<>();
        todo.push(graph.entry);
        while (!todo.isEmpty()) {
            BasicBlock b = todo.pop();
            List<BasicBlock> stack = b.exceptStack;
            b.exceptStack = null;
            BasicBlock handler = top(stack);
            int lastYieldDepth = -1;
            for (Instr instr : b.instrs) {
                if (OpKinds.isBlockPush(instr.opcode)) {
                    if (!instr.target.visited) {
                        instr.target.exceptStack = new ArrayList<>(stack);
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                    if (instr.opcode != Opcode.SETUP_FINALLY) instr.target.preserveLasti = true;
                    stack.add(instr.target);
                    handler = instr.target;
                } else if (instr.opcode == Opcode.POP_BLOCK) {
                    if (stack.isEmpty()) throw new CompilerError("POP_BLOCK without a block");
                    stack.remove(stack.size() - 1);
                    handler = top(stack);
                    instr.setNop();
                } else if (OpKinds.isJump(instr.opcode)) {
                    instr.except = handler;
                    if (!instr.target.visited) {
                        instr.target.exceptStack = new ArrayList<>(stack);
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                } else {
                    if (instr.opcode == Opcode.YIELD_VALUE) {
                        lastYieldDepth = stack.size();
                    } else if (instr.opcode == Opcode.RESUME && instr.oparg != Oparg.RESUME_AT_FUNC_START) {
                        // the yield it resumes from sits in exactly one handler block
                        if (lastYieldDepth == 1) instr.oparg |= Oparg.RESUME_DEPTH1;
                        lastYieldDepth = -1;
                    }
                    instr.except = handler;
                }
            }
            if (b.hasFallthrough() && b.next != null && !b.next.visited) {
                b.next.exceptStack = stack;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }

    private static BasicBlock top(List<BasicBlock> stack) {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }
}
