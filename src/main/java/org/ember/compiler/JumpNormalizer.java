package org.ember.compiler;

import static org.ember.bytecode.Opcode.JUMP;
import static org.ember.bytecode.Opcode.NOT_TAKEN;
import static org.ember.bytecode.Opcode.POP_JUMP_IF_FALSE;
import static org.ember.bytecode.Opcode.POP_JUMP_IF_NONE;
import static org.ember.bytecode.Opcode.POP_JUMP_IF_NOT_NONE;
import static org.ember.bytecode.Opcode.POP_JUMP_IF_TRUE;

/**
 * Conditional jumps only go forwards: a backward POP_JUMP_IF_x T becomes the reversed test
 * jumping over a new block with NOT_TAKEN and JUMP T. Every forward conditional jump is followed
 * by NOT_TAKEN (the fall-through marker sys.monitoring uses for BRANCH events).
 */
final class JumpNormalizer {
    private JumpNormalizer() {}

    static void normalize(FlowGraph graph) {
        for (BasicBlock b = graph.entry; b != null; b = b.next) b.visited = false;
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            b.visited = true;
            normalizeBlock(graph, b);
        }
    }

    private static void normalizeBlock(FlowGraph graph, BasicBlock b) {
        Instr last = b.last();
        if (last == null || !OpKinds.isConditionalJump(last.opcode)) return;
        boolean forward = !last.target.visited;
        if (forward) {
            b.add(NOT_TAKEN, 0, last.loc); // its handler: see BasicBlock's stale slots
            return;
        }
        BasicBlock target = last.target;
        BasicBlock backwardsJump = graph.newBlock();
        backwardsJump.add(NOT_TAKEN, 0, last.loc);
        backwardsJump.addJump(JUMP, target, last.loc);
        backwardsJump.startDepth = target.startDepth;
        last.opcode = reversed(last.opcode);
        last.target = b.next;
        backwardsJump.cold = b.cold;
        backwardsJump.next = b.next;
        b.next = backwardsJump;
    }

    private static int reversed(int opcode) {
        return switch (opcode) {
            case POP_JUMP_IF_NOT_NONE -> POP_JUMP_IF_NONE;
            case POP_JUMP_IF_NONE -> POP_JUMP_IF_NOT_NONE;
            case POP_JUMP_IF_FALSE -> POP_JUMP_IF_TRUE;
            default -> POP_JUMP_IF_FALSE;
        };
    }
}
