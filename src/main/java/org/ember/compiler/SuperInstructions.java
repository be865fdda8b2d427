package org.ember.compiler;

import static org.ember.bytecode.Opcode.LOAD_FAST;
import static org.ember.bytecode.Opcode.LOAD_FAST_LOAD_FAST;
import static org.ember.bytecode.Opcode.STORE_FAST;
import static org.ember.bytecode.Opcode.STORE_FAST_LOAD_FAST;
import static org.ember.bytecode.Opcode.STORE_FAST_STORE_FAST;

import java.util.List;

import org.ember.bytecode.Oparg;

/**
 * Fuses adjacent LOAD_FAST/STORE_FAST pairs on the same line whose locals both fit in 4 bits
 * into LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST and STORE_FAST_STORE_FAST.
 */
final class SuperInstructions {
    private SuperInstructions() {}

    /**
     * Fuses, then removes the NOPs the fusions left. The NOP removal runs only on blocks where
     * something was fused: the optimizer left every block without a removable NOP, and a fusion
     * never changes a block's first instruction's line (which is all that the previous block's
     * NOP removal looks at), so the other blocks would come out unchanged.
     */
    static void insert(FlowGraph graph) {
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            List<Instr> instrs = b.instrs;
            boolean fused = false;
            for (int i = 0; i < instrs.size(); i++) {
                Instr inst = instrs.get(i);
                int nextop = i + 1 < instrs.size() ? instrs.get(i + 1).opcode : 0;
                if (inst.opcode == LOAD_FAST && nextop == LOAD_FAST) {
                    fused |= fuse(inst, instrs.get(i + 1), LOAD_FAST_LOAD_FAST);
                } else if (inst.opcode == STORE_FAST && nextop == LOAD_FAST) {
                    fused |= fuse(inst, instrs.get(i + 1), STORE_FAST_LOAD_FAST);
                } else if (inst.opcode == STORE_FAST && nextop == STORE_FAST) {
                    fused |= fuse(inst, instrs.get(i + 1), STORE_FAST_STORE_FAST);
                }
            }
            if (fused) CfgOptimizer.removeRedundantNops(b);
        }
    }

    private static boolean fuse(Instr first, Instr second, int superOp) {
        int line1 = first.loc.lineno();
        int line2 = second.loc.lineno();
        if (line1 >= 0 && line2 >= 0 && line1 != line2) return false;
        if (first.oparg >= 16 || second.oparg >= 16) return false;
        first.set(superOp, Oparg.twoLocals(first.oparg, second.oparg));
        second.setNop();
        return true;
    }
}
