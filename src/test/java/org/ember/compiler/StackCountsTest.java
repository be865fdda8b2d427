package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ember.bytecode.Instructions;
import org.ember.bytecode.OpInfo;
import org.junit.jupiter.api.Test;

/** The flattened stack counts the back-end passes use agree with the instruction table. */
class StackCountsTest {
    private static final int[] OPARGS = {0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 255, 256, 1000, 65535, 1 << 20};

    @Test
    void everyOpcodeAgreesWithTheTable() {
        int checked = 0;
        for (OpInfo info : Instructions.all()) {
            int opcode = info.opcode();
            for (int oparg : OPARGS) {
                String where = info.name() + " oparg " + oparg;
                assertEquals(info.pops(oparg), StackCounts.pops(opcode, oparg), where + " pops");
                assertEquals(info.pushes(oparg), StackCounts.pushes(opcode, oparg), where + " pushes");
                assertEquals(info.stackEffect(oparg, false), StackCounts.effect(opcode, oparg, false), where + " effect");
                assertEquals(info.stackEffect(oparg, true), StackCounts.effect(opcode, oparg, true), where + " jump effect");
                checked++;
            }
        }
        assertEquals(Instructions.all().size() * OPARGS.length, checked);
    }

    @Test
    void unknownOpcodesAreRejectedAsByTheTable() {
        assertThrows(IllegalArgumentException.class, () -> StackCounts.pops(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> StackCounts.effect(Instructions.OPCODE_LIMIT, 0, true));
    }
}
