package org.ember.compiler;

import static org.ember.bytecode.Opcode.COPY;
import static org.ember.bytecode.Opcode.JUMP_IF_FALSE;
import static org.ember.bytecode.Opcode.JUMP_IF_TRUE;
import static org.ember.bytecode.Opcode.LOAD_CLOSURE;
import static org.ember.bytecode.Opcode.LOAD_FAST;
import static org.ember.bytecode.Opcode.POP_JUMP_IF_FALSE;
import static org.ember.bytecode.Opcode.POP_JUMP_IF_TRUE;
import static org.ember.bytecode.Opcode.STORE_FAST;
import static org.ember.bytecode.Opcode.STORE_FAST_MAYBE_NULL;
import static org.ember.bytecode.Opcode.TO_BOOL;

import java.util.List;

import org.ember.bytecode.Instructions;

/**
 * Lowers pseudo-instructions to real ones as the table's lowering lists them: JUMP_IF_FALSE/TRUE
 * become COPY 1, TO_BOOL, POP_JUMP_IF_FALSE/TRUE (before the stack depth is computed); SETUP_*
 * become NOPs, LOAD_CLOSURE a LOAD_FAST, STORE_FAST_MAYBE_NULL a STORE_FAST (after it).
 */
final class PseudoOps {
    private PseudoOps() {}

    static void convertConditionalJumps(FlowGraph graph) {
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            List<Instr> instrs = b.instrs;
            for (int i = 0; i < instrs.size(); i++) {
                Instr instr = instrs.get(i);
                if (instr.opcode != JUMP_IF_FALSE && instr.opcode != JUMP_IF_TRUE) continue;
                int[] lowering = Instructions.info(instr.opcode).pseudoTargets();
                instr.opcode = instr.opcode == JUMP_IF_FALSE ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
                requireLowering(lowering, COPY, TO_BOOL, instr.opcode);
                Instr copy = new Instr(COPY, 1, instr.loc);
                copy.except = instr.except;
                Instr toBool = new Instr(TO_BOOL, 0, instr.loc);
                toBool.except = instr.except;
                b.insert(i++, copy);
                b.insert(i++, toBool);
            }
        }
    }

    /** Also renumbers the cell/free opargs to {@code cellSlots} ({@link LocalsPlus#renumberCell}): one walk for both. */
    static void convertPseudoOps(FlowGraph graph, int[] cellSlots) {
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            for (Instr instr : b.instrs) {
                LocalsPlus.renumberCell(instr, cellSlots);
                if (OpKinds.isBlockPush(instr.opcode)) {
                    instr.setNop();
                } else if (instr.opcode == LOAD_CLOSURE) {
                    requireLowering(Instructions.info(LOAD_CLOSURE).pseudoTargets(), LOAD_FAST);
                    instr.opcode = LOAD_FAST;
                } else if (instr.opcode == STORE_FAST_MAYBE_NULL) {
                    requireLowering(Instructions.info(STORE_FAST_MAYBE_NULL).pseudoTargets(), STORE_FAST);
                    instr.opcode = STORE_FAST;
                }
            }
        }
        CfgOptimizer.removeRedundantNopsAndJumps(graph);
    }

    /** The table must list the instructions this lowering emits. */
    private static void requireLowering(int[] targets, int... used) {
        for (int op : used) {
            boolean listed = false;
            for (int target : targets) listed |= target == op;
            if (!listed) throw new CompilerError("pseudo-instruction lowering to " + Instructions.name(op) + " not in the table");
        }
    }
}
