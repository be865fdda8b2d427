package org.ember.compiler;

import static org.ember.bytecode.Opcode.DELETE_FAST;
import static org.ember.bytecode.Opcode.LOAD_FAST;
import static org.ember.bytecode.Opcode.LOAD_FAST_AND_CLEAR;
import static org.ember.bytecode.Opcode.LOAD_FAST_CHECK;
import static org.ember.bytecode.Opcode.STORE_FAST;
import static org.ember.bytecode.Opcode.STORE_FAST_MAYBE_NULL;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns LOAD_FAST into LOAD_FAST_CHECK wherever the local may be unbound: a data-flow analysis
 * of "maybe unbound" bit masks over the graph (exception edges included) for the first 64
 * locals; locals beyond 64 are only tracked within a block, as CPython does to stay linear.
 * Parameters start bound; DELETE_FAST, LOAD_FAST_AND_CLEAR and STORE_FAST_MAYBE_NULL unbind.
 */
final class UnboundLocals {
    private UnboundLocals() {}

    static void addChecks(FlowGraph graph, int nlocals, int nparams) {
        if (nlocals == 0) return;
        if (nlocals > 64) {
            scanManyLocals(graph, nlocals);
            nlocals = 64;
        }
        graph.resetVisited();
        for (BasicBlock block : graph.allBlocks) block.unsafeLocalsMask = 0;
        Deque<BasicBlock> stack = graph.workStack();
        long startMask = 0;
        for (int i = nparams; i < nlocals; i++) startMask |= 1L << i;
        maybePush(graph.entry, startMask, stack);
        // DELETE_FAST anywhere is an origin too: scan every block once. "visited" means "its
        // mask changed since it was last scanned": a block the linear scan reaches after a jump
        // pushed it is up to date, and its stale stack entry is skipped (the masks only grow,
        // and a scan with the same mask changes nothing, so the result is the same fixpoint).
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            b.visited = false;
            scanBlock(b, stack);
        }
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            if (!b.visited) continue;
            b.visited = false;
            scanBlock(b, stack);
        }
    }

    private static void maybePush(BasicBlock b, long unsafeMask, Deque<BasicBlock> stack) {
        long both = b.unsafeLocalsMask | unsafeMask;
        if (b.unsafeLocalsMask != both) {
            b.unsafeLocalsMask = both;
            if (!b.visited) {
                stack.push(b);
                b.visited = true;
            }
        }
    }

    private static void scanBlock(BasicBlock b, Deque<BasicBlock> stack) {
        long unsafe = b.unsafeLocalsMask;
        for (Instr instr : b.instrs) {
            if (instr.except != null) maybePush(instr.except, unsafe, stack);
            if (instr.oparg >= 64) continue;
            long bit = 1L << instr.oparg;
            switch (instr.opcode) {
                case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> unsafe |= bit;
                case STORE_FAST, LOAD_FAST_CHECK -> unsafe &= ~bit;
                case LOAD_FAST -> {
                    if ((unsafe & bit) != 0) instr.opcode = LOAD_FAST_CHECK;
                    unsafe &= ~bit;
                }
                default -> { }
            }
        }
        if (b.next != null && b.hasFallthrough()) maybePush(b.next, unsafe, stack);
        Instr last = b.last();
        if (last != null && OpKinds.isJump(last.opcode)) maybePush(last.target, unsafe, stack);
    }

    /** Locals 64 and up: bound only after a store or check earlier in the same block. */
    private static void scanManyLocals(FlowGraph graph, int nlocals) {
        int[] states = new int[nlocals - 64];
        int blockNumber = 0;
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            blockNumber++;
            for (Instr instr : b.instrs) {
                int arg = instr.oparg;
                if (arg < 64) continue;
                switch (instr.opcode) {
                    case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> states[arg - 64] = blockNumber - 1;
                    case STORE_FAST -> states[arg - 64] = blockNumber;
                    case LOAD_FAST -> {
                        if (states[arg - 64] != blockNumber) instr.opcode = LOAD_FAST_CHECK;
                        states[arg - 64] = blockNumber;
                    }
                    default -> { }
                }
            }
        }
    }
}
