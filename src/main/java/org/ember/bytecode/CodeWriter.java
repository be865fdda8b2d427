package org.ember.bytecode;

import java.util.Arrays;

/**
 * A growable buffer of code units for whoever lays out final code (the assembler, tests,
 * hand-built trampolines): each {@link #emit} writes EXTENDED_ARG prefixes, the instruction
 * and its zeroed caches, exactly as {@link CodeUnits#emit} does.
 */
public final class CodeWriter {
    private char[] units = new char[64];
    private int length;

    /**
     * Appends one instruction and returns the index of its own unit (after any prefixes),
     * the index jump arithmetic starts from.
     */
    public int emit(int opcode, int oparg) {
        int size = CodeUnits.instructionSize(opcode, oparg);
        if (length + size > units.length) {
            units = Arrays.copyOf(units, Math.max(units.length * 2, length + size));
        }
        int end = CodeUnits.emit(units, length, opcode, oparg);
        int index = end - 1 - Instructions.cacheSize(opcode);
        length = end;
        return index;
    }

    /** Appends an instruction that takes no argument. */
    public int emit(int opcode) {
        return emit(opcode, 0);
    }

    /** Units written so far: the index the next instruction starts at. */
    public int position() {
        return length;
    }

    /** A copy of the code written so far. */
    public char[] toArray() {
        return Arrays.copyOf(units, length);
    }
}
