package org.ember.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.ember.bytecode.Instructions;
import org.ember.bytecode.OpInfo;

/**
 * What the code generator produces for one code unit: instructions (real or pseudo) with
 * locations, and labels placed between them. A jump or SETUP_* instruction names its target
 * {@link Label}; its oparg is meaningless until the flow graph resolves it.
 *
 * <p>The instructions are kept as the {@link Instr} objects the flow graph then takes over (one
 * allocation per instruction for the whole back end): a sequence is consumed by
 * {@link FlowGraph#build} and must not be used after it.
 */
public final class InstructionSequence {
    /** One emitted instruction; {@code target} is set for jumps and SETUP_*. */
    public record Entry(int opcode, int oparg, Location loc, Label target) {}

    /**
     * The instructions in order, {@code count} of them; the flow graph's blocks take this array
     * over as it is (each block a slice of it). Sized for a typical unit: growing from
     * ArrayList's default 10 cost about 1% of compiling Lib.
     */
    private Instr[] instrs = new Instr[64];
    private int count;
    /** labelPositions[id]: index of the instruction the label precedes, or -1 if unplaced. */
    private int[] labelPositions = new int[16];
    private int labelCount;

    public Label newLabel() {
        if (labelCount == labelPositions.length) labelPositions = Arrays.copyOf(labelPositions, labelCount * 2);
        labelPositions[labelCount] = -1;
        return new Label(labelCount++);
    }

    /** Places {@code label} before the next instruction added. */
    public void useLabel(Label label) {
        if (labelPositions[label.id()] != -1) {
            throw new IllegalStateException("label " + label.id() + " placed twice");
        }
        labelPositions[label.id()] = count;
    }

    public void addOp(int opcode, int oparg, Location loc) {
        if (hasTarget(opcode)) {
            throw new IllegalArgumentException(Instructions.name(opcode) + " needs a target label");
        }
        append(new Instr(opcode, oparg, loc));
    }

    private void append(Instr instr) {
        if (count == instrs.length) instrs = Arrays.copyOf(instrs, count * 2);
        instrs[count++] = instr;
    }

    /** Opens a gap of {@code width} slots at {@code index} (the slots are then overwritten). */
    private void openGap(int index, int width) {
        Objects.checkIndex(index, count + 1);
        if (count + width > instrs.length) instrs = Arrays.copyOf(instrs, Math.max(count + width, count * 2));
        System.arraycopy(instrs, index, instrs, index + width, count - index);
        count += width;
    }

    public void addJump(int opcode, Label target, Location loc) {
        if (!hasTarget(opcode)) {
            throw new IllegalArgumentException(Instructions.name(opcode) + " does not jump");
        }
        Instr instr = new Instr(opcode, 0, loc);
        instr.targetLabel = target.id();
        append(instr);
    }

    /**
     * Inserts an instruction at {@code index}; labels at or after it move with the instructions
     * (CPython's _PyInstructionSequence_InsertInstruction, used to wrap a generator's body).
     */
    public void insertOp(int index, int opcode, int oparg, Location loc, Label target) {
        Instr instr = new Instr(opcode, oparg, loc);
        if (target != null) instr.targetLabel = target.id();
        openGap(index, 1);
        instrs[index] = instr;
        for (int i = 0; i < labelCount; i++) {
            if (labelPositions[i] >= index) labelPositions[i]++;
        }
    }

    /**
     * Replaces the instruction at {@code index} (the ANNOTATIONS_PLACEHOLDER) with the
     * instructions of {@code code}, which has no labels; later labels shift.
     */
    void replaceWith(int index, InstructionSequence code) {
        Objects.checkIndex(index, count);
        int shift = code.count - 1;
        if (shift >= 0) {
            openGap(index + 1, shift);
        } else {   // an empty replacement: close the slot
            System.arraycopy(instrs, index + 1, instrs, index, count - index - 1);
            instrs[--count] = null;
        }
        System.arraycopy(code.instrs, 0, instrs, index, code.count);
        for (int i = 0; i < labelCount; i++) {
            if (labelPositions[i] > index) labelPositions[i] += shift;
        }
    }

    /** A snapshot of the instructions as records (for tests and inspection). */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instr instr = instrs[i];
            Label target = instr.targetLabel >= 0 ? new Label(instr.targetLabel) : null;
            entries.add(new Entry(instr.opcode, instr.oparg, instr.loc, target));
        }
        return entries;
    }

    /** The opcode of the instruction at {@code index}. */
    int opcodeAt(int index) {
        Objects.checkIndex(index, count);
        return instrs[index].opcode;
    }

    /** The instructions themselves, the first {@link #size()} slots, for {@link FlowGraph#build} (which takes the array over). */
    Instr[] instrs() {
        return instrs;
    }

    /** The instruction index {@code label} precedes (== size() when placed at the end). */
    public int position(Label label) {
        return position(label.id());
    }

    int position(int labelId) {
        int position = labelPositions[labelId];
        if (position < 0) throw new IllegalStateException("label " + labelId + " never placed");
        return position;
    }

    public int size() {
        return count;
    }

    static boolean hasTarget(int opcode) {
        return (Instructions.flags(opcode) & (OpInfo.HAS_JUMP | OpInfo.HAS_EXC)) != 0;
    }
}
