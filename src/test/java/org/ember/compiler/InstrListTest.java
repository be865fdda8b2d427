package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.Opcode;
import org.junit.jupiter.api.Test;

/** Blocks' instruction lists that share one array: a block never writes into its neighbour's slice. */
class InstrListTest {
    private static Instr[] instrs(int count) {
        Instr[] all = new Instr[count];
        for (int i = 0; i < count; i++) all[i] = new Instr(Opcode.NOP, i, Location.NO_LOCATION);
        return all;
    }

    private static InstrList slice(Instr[] shared, int from, int length) {
        InstrList list = new InstrList();
        list.startSlice(shared, from);
        for (int i = 0; i < length; i++) list.extendSlice();
        return list;
    }

    private static List<Integer> opargs(List<Instr> list) {
        List<Integer> opargs = new ArrayList<>();
        for (Instr instr : list) opargs.add(instr.oparg);
        return opargs;
    }

    @Test
    void slicesSeeTheirRunOfTheSharedArray() {
        Instr[] shared = instrs(6);
        InstrList first = slice(shared, 0, 2);
        InstrList second = slice(shared, 2, 4);
        assertEquals(List.of(0, 1), opargs(first));
        assertEquals(List.of(2, 3, 4, 5), opargs(second));
        assertSame(shared[1], first.last());
    }

    @Test
    void growingPastTheSliceLeavesTheNeighbourAlone() {
        Instr[] shared = instrs(5);
        InstrList first = slice(shared, 0, 2);
        InstrList second = slice(shared, 2, 3);
        Instr extra = new Instr(Opcode.NOP, 99, Location.NO_LOCATION);
        first.add(extra);
        first.add(1, new Instr(Opcode.NOP, 98, Location.NO_LOCATION));
        assertEquals(List.of(0, 98, 1, 99), opargs(first));
        assertEquals(List.of(2, 3, 4), opargs(second));
        assertSame(shared[2], second.get(0));
    }

    @Test
    void removingAndAddingStaysInTheSlice() {
        Instr[] shared = instrs(4);
        InstrList first = slice(shared, 0, 2);
        InstrList second = slice(shared, 2, 2);
        first.remove(0);
        first.add(new Instr(Opcode.NOP, 7, Location.NO_LOCATION));
        first.truncate(1);
        first.add(new Instr(Opcode.NOP, 8, Location.NO_LOCATION));
        assertEquals(List.of(1, 8), opargs(first));
        assertEquals(List.of(2, 3), opargs(second));
        second.clear();
        assertNull(second.last());
        assertEquals(List.of(1, 8), opargs(first));
    }

    @Test
    void indexesOutsideTheListAreRejected() {
        InstrList list = slice(instrs(3), 1, 1);
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> list.set(-1, null));
        assertThrows(IndexOutOfBoundsException.class, () -> list.add(3, null));
        assertThrows(IndexOutOfBoundsException.class, () -> list.truncate(2));
    }
}
