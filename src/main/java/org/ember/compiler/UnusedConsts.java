package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops constants no instruction loads and renumbers the loads. The first constant always stays
 * (it may be the docstring).
 */
final class UnusedConsts {
    private UnusedConsts() {}

    static void remove(FlowGraph graph, ConstPool consts) {
        int count = consts.size();
        if (count == 0) return;
        boolean[] used = graph.usedConsts;
        graph.usedConsts = null;
        if (used == null || used.length < count) used = markUsed(graph, count);
        used[0] = true;
        int[] newIndex = new int[count];
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            newIndex[i] = used[i] ? kept.size() : -1;
            if (used[i]) kept.add(consts.get(i));
        }
        if (kept.size() == count) return;
        consts.replaceAll(kept);
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            for (Instr instr : b.instrs) {
                if (OpKinds.hasConst(instr.opcode)) instr.oparg = newIndex[instr.oparg];
            }
        }
    }

    private static boolean[] markUsed(FlowGraph graph, int count) {
        boolean[] used = new boolean[count];
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            for (Instr instr : b.instrs) {
                if (OpKinds.hasConst(instr.opcode)) used[instr.oparg] = true;
            }
        }
        return used;
    }
}
