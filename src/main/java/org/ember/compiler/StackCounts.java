package org.ember.compiler;

import org.ember.bytecode.Instructions;
import org.ember.bytecode.OpInfo;
import org.ember.bytecode.StackPicture;

/**
 * The instruction table's stack counts flattened into one int array per opcode, for the passes
 * that ask per instruction (stack depth, borrow analysis): {@code Instructions.info(op).pops(n)}
 * chases table, OpInfo, StackPicture and its affine record, four dependent loads on every call.
 * Counts that are not affine in the oparg are left to the table.
 */
final class StackCounts {
    private StackCounts() {}

    // per opcode, STRIDE ints: flags, pops slope/constant, pushes slope/constant,
    // jump-edge effect slope/constant
    private static final int STRIDE = 8;
    private static final int AFFINE = 1;       // pops and pushes of the fall-through picture
    private static final int JUMP_AFFINE = 2;  // the jump picture's effect
    private static final int[] TABLE = build();

    private static int[] build() {
        int[] table = new int[Instructions.OPCODE_LIMIT * STRIDE];
        for (OpInfo info : Instructions.all()) {
            int at = info.opcode() * STRIDE;
            StackPicture.Affine pops = info.stack().affinePops();
            StackPicture.Affine pushes = info.stack().affinePushes();
            if (pops != null && pushes != null) {
                table[at] |= AFFINE;
                table[at + 1] = pops.slope();
                table[at + 2] = pops.constant();
                table[at + 3] = pushes.slope();
                table[at + 4] = pushes.constant();
            }
            StackPicture.Affine jumpPops = info.jumpStack().affinePops();
            StackPicture.Affine jumpPushes = info.jumpStack().affinePushes();
            if (jumpPops != null && jumpPushes != null) {
                table[at] |= JUMP_AFFINE;
                table[at + 5] = jumpPushes.slope() - jumpPops.slope();
                table[at + 6] = jumpPushes.constant() - jumpPops.constant();
            }
        }
        return table;
    }

    private static int at(int opcode) {
        if (!Instructions.isValid(opcode)) throw new IllegalArgumentException("unknown opcode " + opcode);
        return opcode * STRIDE;
    }

    static int pops(int opcode, int oparg) {
        int at = at(opcode);
        if ((TABLE[at] & AFFINE) != 0) return TABLE[at + 1] * oparg + TABLE[at + 2];
        return Instructions.info(opcode).pops(oparg);
    }

    static int pushes(int opcode, int oparg) {
        int at = at(opcode);
        if ((TABLE[at] & AFFINE) != 0) return TABLE[at + 3] * oparg + TABLE[at + 4];
        return Instructions.info(opcode).pushes(oparg);
    }

    /** Net stack change on one edge, as {@link OpInfo#stackEffect(int, boolean)}. */
    static int effect(int opcode, int oparg, boolean jump) {
        int at = at(opcode);
        if (!jump && (TABLE[at] & AFFINE) != 0) {
            return (TABLE[at + 3] - TABLE[at + 1]) * oparg + TABLE[at + 4] - TABLE[at + 2];
        }
        if (jump && (TABLE[at] & JUMP_AFFINE) != 0) return TABLE[at + 5] * oparg + TABLE[at + 6];
        return Instructions.info(opcode).stackEffect(oparg, jump);
    }
}
