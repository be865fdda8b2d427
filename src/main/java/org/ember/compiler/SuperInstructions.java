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

    static void insert(FlowGraph graph) {
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            List<Instr> instrs = b.instrs;
            for (int i = 0; i < instrs.size(); i++) {
                Instr inst = instrs.get(i);
                int nextop = i + 1 < instrs.size() ? instrs.get(i + 1).opcode : 0;
                if (inst.opcode == LOAD_FAST && nextop == LOAD_FAST) {
                    fuse(inst, instrs.get(i + 1), LOAD_FAST_LOAD_FAST);
                } else if (inst.opcode == STORE_FAST && nextop == LOAD_FAST) {
                    fuse(inst, instrs.get(i + 1), STORE_FAST_LOAD_FAST);
                } else if (inst.opcode == STORE_FAST && nextop == STORE_FAST) {
                    fuse(inst, instrs.get(i + 1), STORE_FAST_STORE_FAST);
                }
            }
        }
        CfgOptimizer.removeRedundantNops(graph);
    }

    private static void fuse(Instr first, Instr second, int superOp) {
        int line1 = first.loc.lineno();
        int line2 = second.loc.lineno();
        if (line1 >= 0 && line2 >= 0 && line1 != line2) return;
        if (first.oparg >= 16 || second.oparg >= 16) return;
        first.set(superOp, Oparg.twoLocals(first.oparg, second.oparg));
        second.setNop();
    }
}
