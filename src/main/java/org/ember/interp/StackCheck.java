package org.ember.interp;

import static org.ember.bytecode.Opcode.FOR_ITER;

import org.ember.bytecode.Instructions;
import org.ember.bytecode.OpInfo;
import org.ember.runtime.Errors;

/**
 * -X check-stack: after each instruction that completed normally, the stack depth must have
 * moved exactly as the instruction table says (the jump edge when it jumped) and stay within
 * co_stacksize. Instructions that leave the frame (return, yield, raise) never get here.
 */
final class StackCheck {
    private StackCheck() {}

    static void after(Frame f, int op, int oparg, int depthBefore, int depthAfter, boolean jumped) {
        OpInfo info = Instructions.info(op);
        int expected;
        if (Instructions.deoptimize(op) == FOR_ITER && jumped) {
            expected = 0; // the exhausted exit skips the END_FOR the table's model would pop from
        } else {
            expected = info.stackEffect(oparg, jumped && (info.flags() & OpInfo.HAS_JUMP) != 0);
        }
        int moved = depthAfter - depthBefore;
        int depth = depthAfter - f.stackBase;
        if (moved != expected || depth > f.code.stackSize() || depth < 0) {
            throw Errors.systemError("check-stack: %s (oparg %d) at %d in %s moved the stack by %d, expected %d"
                    + " (depth %d, co_stacksize %d)", info.name(), oparg, f.lasti, f.code.qualname(), moved,
                    expected, depth, f.code.stackSize());
        }
    }
}
