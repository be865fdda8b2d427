package org.ember.compiler;

import static org.ember.bytecode.Opcode.NOP;
import static org.ember.bytecode.Opcode.POP_TOP;
import static org.ember.bytecode.Opcode.STORE_FAST;
import static org.ember.bytecode.Opcode.STORE_FAST_MAYBE_NULL;
import static org.ember.bytecode.Opcode.SWAP;

import java.util.List;

/**
 * SWAP optimizations: a run of SWAPs (and NOPs) is replaced by the shortest run with the same
 * permutation, then SWAPs whose operands are consumed by stores or POP_TOPs on the same line
 * are applied statically by reordering those instructions.
 */
final class Swaps {
    private Swaps() {}

    private static final int VISITED = -1;

    /** Rewrites the SWAP/NOP run starting at {@code start}; returns the index of its last instruction. */
    static int swaptimize(BasicBlock block, int start) {
        List<Instr> instrs = block.instrs;
        int depth = instrs.get(start).oparg;
        int len = 0;
        boolean more = false;
        int limit = instrs.size() - start;
        while (++len < limit) {
            Instr instr = instrs.get(start + len);
            if (instr.opcode == SWAP) {
                depth = Math.max(depth, instr.oparg);
                more = true;
            } else if (instr.opcode != NOP) {
                break;
            }
        }
        if (!more) return start; // a single SWAP is already optimal
        // Simulate the run on a stack of item numbers (index 0 is the top).
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) stack[i] = i;
        for (int i = 0; i < len; i++) {
            Instr instr = instrs.get(start + i);
            if (instr.opcode == SWAP) {
                int top = stack[0];
                stack[0] = stack[instr.oparg - 1];
                stack[instr.oparg - 1] = top;
            }
        }
        // Emit the cycles of the permutation from the end of the run backwards.
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == VISITED || stack[i] == i) continue;
            int j = i;
            while (true) {
                if (j != 0) {
                    Instr instr = instrs.get(start + current--);
                    instr.set(SWAP, j + 1);
                }
                if (stack[j] == VISITED) break;
                int nextJ = stack[j];
                stack[j] = VISITED;
                j = nextJ;
            }
        }
        while (current >= 0) instrs.get(start + current--).setNop();
        return start + len - 1;
    }

    private static boolean swappable(int opcode) {
        return opcode == STORE_FAST || opcode == STORE_FAST_MAYBE_NULL || opcode == POP_TOP;
    }

    private static int storesTo(Instr instr) {
        return instr.opcode == STORE_FAST || instr.opcode == STORE_FAST_MAYBE_NULL ? instr.oparg : -1;
    }

    private static int nextSwappable(BasicBlock block, int i, int lineno) {
        List<Instr> instrs = block.instrs;
        while (++i < instrs.size()) {
            Instr instr = instrs.get(i);
            // reordering across a line change would be visible to line tracing
            if (lineno >= 0 && instr.loc.lineno() != lineno) return -1;
            if (instr.opcode == NOP) continue;
            return swappable(instr.opcode) ? i : -1;
        }
        return -1;
    }

    /** SWAP n, then n swappable consumers: drop the SWAP and exchange the first and n-th consumer. */
    static void applyStaticSwaps(BasicBlock block, int i) {
        List<Instr> instrs = block.instrs;
        for (; i >= 0; i--) {
            Instr swap = instrs.get(i);
            if (swap.opcode != SWAP) {
                if (swap.opcode == NOP || swappable(swap.opcode)) continue;
                return;
            }
            int j = nextSwappable(block, i, -1);
            if (j < 0) return;
            int k = j;
            int lineno = instrs.get(j).loc.lineno();
            for (int count = swap.oparg - 1; count > 0; count--) {
                k = nextSwappable(block, k, lineno);
                if (k < 0) return;
            }
            int storeJ = storesTo(instrs.get(j));
            int storeK = storesTo(instrs.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) return;
                for (int idx = j + 1; idx < k; idx++) {
                    int store = storesTo(instrs.get(idx));
                    if (store >= 0 && (store == storeJ || store == storeK)) return;
                }
            }
            swap.setNop();
            Instr temp = instrs.get(j);
            instrs.set(j, instrs.get(k));
            instrs.set(k, temp);
        }
    }
}
