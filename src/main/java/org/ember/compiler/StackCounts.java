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
    // jump-edge effect slope/constant, then pops and pushes for an even and an odd oparg
    private static final int STRIDE = 12;
    private static final int AFFINE = 1;       // pops and pushes of the fall-through picture
    private static final int JUMP_AFFINE = 2;  // the jump picture's effect
    /**
     * Pops and pushes that depend only on the oparg's low bit (LOAD_GLOBAL, LOAD_ATTR,
     * LOAD_SUPER_ATTR: {@code null[oparg & 1]}), kept for both parities.
     */
    private static final int BY_PARITY = 4;
    private static final int PARITY_AT = 8;
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
            if ((table[at] & AFFINE) == 0 && dependsOnlyOnParity(info)) {
                table[at] |= BY_PARITY;
                for (int bit = 0; bit < 2; bit++) {
                    table[at + PARITY_AT + 2 * bit] = info.stack().pops(bit);
                    table[at + PARITY_AT + 2 * bit + 1] = info.stack().pushes(bit);
                }
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

    /**
     * Checked over the opargs up to 1023 and a few large ones (the pictures' sizes are masks and
     * shifts of at most 8 bits), cheap enough for the class's initialization at startup.
     */
    private static boolean dependsOnlyOnParity(OpInfo info) {
        if (!Instructions.hasArg(info.opcode())) return false;
        StackPicture stack = info.stack();
        for (int oparg = 2; oparg < 1024; oparg++) {
            if (!sameAsParity(stack, oparg)) return false;
        }
        return sameAsParity(stack, 0xFFFF) && sameAsParity(stack, 0x10000) && sameAsParity(stack, 0x7FFFFFFF);
    }

    private static boolean sameAsParity(StackPicture stack, int oparg) {
        return stack.pops(oparg) == stack.pops(oparg & 1) && stack.pushes(oparg) == stack.pushes(oparg & 1);
    }

    private static int at(int opcode) {
        if (!Instructions.isValid(opcode)) throw new IllegalArgumentException("unknown opcode " + opcode);
        return opcode * STRIDE;
    }

    static int pops(int opcode, int oparg) {
        int at = at(opcode);
        if ((TABLE[at] & AFFINE) != 0) return TABLE[at + 1] * oparg + TABLE[at + 2];
        if ((TABLE[at] & BY_PARITY) != 0) return TABLE[at + PARITY_AT + 2 * (oparg & 1)];
        return Instructions.info(opcode).pops(oparg);
    }

    static int pushes(int opcode, int oparg) {
        int at = at(opcode);
        if ((TABLE[at] & AFFINE) != 0) return TABLE[at + 3] * oparg + TABLE[at + 4];
        if ((TABLE[at] & BY_PARITY) != 0) return TABLE[at + PARITY_AT + 2 * (oparg & 1) + 1];
        return Instructions.info(opcode).pushes(oparg);
    }

    /** Net stack change on one edge, as {@link OpInfo#stackEffect(int, boolean)}. */
    static int effect(int opcode, int oparg, boolean jump) {
        int at = at(opcode);
        if (!jump && (TABLE[at] & AFFINE) != 0) {
            return (TABLE[at + 3] - TABLE[at + 1]) * oparg + TABLE[at + 4] - TABLE[at + 2];
        }
        if (jump && (TABLE[at] & JUMP_AFFINE) != 0) return TABLE[at + 5] * oparg + TABLE[at + 6];
        if (!jump && (TABLE[at] & BY_PARITY) != 0) {
            int parity = at + PARITY_AT + 2 * (oparg & 1);
            return TABLE[parity + 1] - TABLE[parity];
        }
        return Instructions.info(opcode).stackEffect(oparg, jump);
    }
}
