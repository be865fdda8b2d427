package org.ember.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackPictureTest {

    @Test
    void plainItemsCountOne() {
        StackPicture picture = StackPicture.parse("lhs, rhs -- res");
        assertEquals(2, picture.pops(0));
        assertEquals(1, picture.pushes(0));
        assertEquals(-1, picture.effect(7));
        assertTrue(picture.isConstant());
        assertEquals(List.of("lhs", "rhs"), picture.inputs().stream().map(StackPicture.Item::name).toList());
    }

    /** The affine fast path of pops/pushes must agree with evaluating every item, for the whole table. */
    @Test
    void fastCountsAgreeWithTheItemsForEveryInstruction() {
        int[] opargs = {0, 1, 2, 3, 7, 8, 15, 16, 255, 256, 0x0302, 0xFFFF, 0x12345};
        int checked = 0;
        for (int opcode = 0; opcode < Instructions.OPCODE_LIMIT; opcode++) {
            if (!Instructions.isValid(opcode)) continue;
            OpInfo info = Instructions.info(opcode);
            for (StackPicture picture : List.of(info.stack(), info.jumpStack())) {
                for (int oparg : opargs) {
                    int pops = 0, pushes = 0;
                    for (StackPicture.Item item : picture.inputs()) pops += item.size().applyAsInt(oparg);
                    for (StackPicture.Item item : picture.outputs()) pushes += item.size().applyAsInt(oparg);
                    assertEquals(pops, picture.pops(oparg), info.name() + " pops(" + oparg + ") of " + picture);
                    assertEquals(pushes, picture.pushes(oparg), info.name() + " pushes(" + oparg + ") of " + picture);
                    assertEquals(pushes - pops, picture.effect(oparg), info.name() + " effect(" + oparg + ") of " + picture);
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
        StackPicture unpack = StackPicture.parse("seq -- left[oparg & 0xFF], list, right[oparg >> 8]");
        assertEquals(0x12 + 1 + 0x3, unpack.pushes(0x0312));   // not affine: evaluated item by item
        assertEquals(3 + 3, StackPicture.parse("x[2 * oparg - 1], y[(oparg - 1) * 3] --").pops(2));
    }

    @Test
    void emptySidesAreAllowed() {
        StackPicture picture = StackPicture.parse("--");
        assertEquals(0, picture.pops(3));
        assertEquals(0, picture.pushes(3));
    }

    @Test
    void sizesAreExpressionsInOparg() {
        StackPicture unpack = StackPicture.parse("seq -- left[oparg & 0xFF], list, right[oparg >> 8]");
        assertEquals(1, unpack.pops(0x0302));
        assertEquals(2 + 1 + 3, unpack.pushes(0x0302));
        assertFalse(unpack.isConstant());
        assertEquals(10, StackPicture.parse("values[oparg*2] -- map").pops(5));
        assertEquals(4, StackPicture.parse("x[(oparg + 1) * 2] --").pops(1));
    }

    @Test
    void precedenceFollowsC() {
        // & binds loosest, then >>, then + and -, then *.
        assertEquals(7 & (1 + 2), StackPicture.parse("x[oparg & 1 + 2] --").pops(7));
        assertEquals(64 >> (1 + 1), StackPicture.parse("x[oparg >> 1 + 1] --").pops(64));
        assertEquals(10 - 2 * 3, StackPicture.parse("x[oparg - 2 * 3] --").pops(10));
        assertEquals(10 - 2 - 3, StackPicture.parse("x[oparg - 2 - 3] --").pops(10));
    }

    @Test
    void malformedPicturesAreRejectedWithTheReason() {
        assertRejected("a, b", "exactly one '--'");
        assertRejected("a -- b -- c", "exactly one '--'");
        assertRejected("a[oparg -- b", "unclosed");
        assertRejected("a[oparg +] --", "expected 'oparg'");
        assertRejected("a[(oparg] --", "missing ')'");
        assertRejected("a[oparg 2] --", "unexpected");
        assertRejected("a b --", "bad stack item name");
        assertRejected(", a --", "bad stack item name");
        assertRejected("a, -- b", "bad stack item name");
    }

    private static void assertRejected(String picture, String reason) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> StackPicture.parse(picture));
        assertTrue(error.getMessage().contains(reason), error.getMessage());
    }
}
