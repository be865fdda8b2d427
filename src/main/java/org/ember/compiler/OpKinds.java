package org.ember.compiler;

import static org.ember.bytecode.Opcode.POP_JUMP_IF_FALSE;
import static org.ember.bytecode.Opcode.POP_JUMP_IF_NONE;
import static org.ember.bytecode.Opcode.POP_JUMP_IF_NOT_NONE;
import static org.ember.bytecode.Opcode.POP_JUMP_IF_TRUE;

import org.ember.bytecode.Instructions;
import org.ember.bytecode.OpInfo;

/**
 * The instruction classes the back end reasons with (CPython's IS_*_OPCODE macros), all derived
 * from the flags in {@link Instructions}.
 */
final class OpKinds {
    private OpKinds() {}

    private static boolean has(int opcode, int flag) {
        return (Instructions.flags(opcode) & flag) != 0;
    }

    /** Jumps, conditional or not (FOR_ITER, SEND and the pseudo jumps included). */
    static boolean isJump(int opcode) {
        return has(opcode, OpInfo.HAS_JUMP);
    }

    /** SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH. */
    static boolean isBlockPush(int opcode) {
        return has(opcode, OpInfo.HAS_EXC);
    }

    static boolean hasTarget(int opcode) {
        return isJump(opcode) || isBlockPush(opcode);
    }

    static boolean isUnconditionalJump(int opcode) {
        return has(opcode, OpInfo.HAS_JUMP) && has(opcode, OpInfo.NO_FALLTHROUGH);
    }

    /** RETURN_VALUE, RAISE_VARARGS, RERAISE: leave the frame. */
    static boolean isScopeExit(int opcode) {
        return has(opcode, OpInfo.NO_FALLTHROUGH) && !has(opcode, OpInfo.HAS_JUMP);
    }

    /** Ends a basic block: any jump (conditional ones too) or a scope exit. */
    static boolean isTerminator(int opcode) {
        return isJump(opcode) || isScopeExit(opcode);
    }

    /** Control never continues with the next instruction. */
    static boolean endsFlow(int opcode) {
        return isUnconditionalJump(opcode) || isScopeExit(opcode);
    }

    /** The four POP_JUMP_IF_* (CPython's IS_CONDITIONAL_JUMP_OPCODE). */
    static boolean isConditionalJump(int opcode) {
        return opcode == POP_JUMP_IF_FALSE || opcode == POP_JUMP_IF_TRUE
                || opcode == POP_JUMP_IF_NONE || opcode == POP_JUMP_IF_NOT_NONE;
    }

    static boolean hasConst(int opcode) {
        return has(opcode, OpInfo.HAS_CONST);
    }

    /**
     * Checks the eval breaker. A pseudo-instruction does if any instruction it may be lowered to
     * does (CPython gives pseudo-instructions the union of their targets' flags).
     */
    static boolean hasEvalBreak(int opcode) {
        return opcode >= 0 && opcode < EVAL_BREAKS.length ? EVAL_BREAKS[opcode] : computeEvalBreak(opcode);
    }

    /** hasEvalBreak per opcode, computed once: the pseudo targets are a copied array per query. */
    private static final boolean[] EVAL_BREAKS = evalBreakTable();

    private static boolean[] evalBreakTable() {
        boolean[] table = new boolean[Instructions.OPCODE_LIMIT];
        for (int opcode = 0; opcode < table.length; opcode++) table[opcode] = computeEvalBreak(opcode);
        return table;
    }

    private static boolean computeEvalBreak(int opcode) {
        if (!Instructions.isValid(opcode)) return false;
        if (has(opcode, OpInfo.EVAL_BREAK)) return true;
        if (!has(opcode, OpInfo.IS_PSEUDO)) return false;
        for (int target : Instructions.info(opcode).pseudoTargets()) {
            if (has(target, OpInfo.EVAL_BREAK)) return true;
        }
        return false;
    }
}
