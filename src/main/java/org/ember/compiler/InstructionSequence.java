package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.Instructions;
import org.ember.bytecode.OpInfo;

/**
 * What the code generator produces for one code unit: instructions (real or pseudo) with
 * locations, and labels placed between them. A jump or SETUP_* instruction names its target
 * {@link Label}; its oparg is meaningless until the flow graph resolves it.
 */
public final class InstructionSequence {
    /** One emitted instruction; {@code target} is set for jumps and SETUP_*. */
    public record Entry(int opcode, int oparg, Location loc, Label target) {}

    private final List<Entry> entries = new ArrayList<>();
    /** labelPositions.get(id): index of the instruction the label precedes, or -1 if unplaced. */
    private final List<Integer> labelPositions = new ArrayList<>();

    public Label newLabel() {
        labelPositions.add(-1);
        return new Label(labelPositions.size() - 1);
    }

    /** Places {@code label} before the next instruction added. */
    public void useLabel(Label label) {
        if (labelPositions.get(label.id()) != -1) {
            throw new IllegalStateException("label " + label.id() + " placed twice");
        }
        labelPositions.set(label.id(), entries.size());
    }

    public void addOp(int opcode, int oparg, Location loc) {
        if (hasTarget(opcode)) {
            throw new IllegalArgumentException(Instructions.name(opcode) + " needs a target label");
        }
        entries.add(new Entry(opcode, oparg, loc, null));
    }

    public void addJump(int opcode, Label target, Location loc) {
        if (!hasTarget(opcode)) {
            throw new IllegalArgumentException(Instructions.name(opcode) + " does not jump");
        }
        entries.add(new Entry(opcode, 0, loc, target));
    }

    /**
     * Inserts an instruction at {@code index}; labels at or after it move with the instructions
     * (CPython's _PyInstructionSequence_InsertInstruction, used to wrap a generator's body).
     */
    public void insertOp(int index, int opcode, int oparg, Location loc, Label target) {
        entries.add(index, new Entry(opcode, oparg, loc, target));
        for (int i = 0; i < labelPositions.size(); i++) {
            if (labelPositions.get(i) >= index) labelPositions.set(i, labelPositions.get(i) + 1);
        }
    }

    /**
     * Replaces the instruction at {@code index} (the ANNOTATIONS_PLACEHOLDER) with the
     * instructions of {@code code}, which has no labels; later labels shift.
     */
    void replaceWith(int index, InstructionSequence code) {
        entries.remove(index);
        entries.addAll(index, code.entries);
        int shift = code.entries.size() - 1;
        for (int i = 0; i < labelPositions.size(); i++) {
            if (labelPositions.get(i) > index) labelPositions.set(i, labelPositions.get(i) + shift);
        }
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The instruction index {@code label} precedes (== size() when placed at the end). */
    public int position(Label label) {
        int position = labelPositions.get(label.id());
        if (position < 0) throw new IllegalStateException("label " + label.id() + " never placed");
        return position;
    }

    public int size() {
        return entries.size();
    }

    static boolean hasTarget(int opcode) {
        return (Instructions.flags(opcode) & (OpInfo.HAS_JUMP | OpInfo.HAS_EXC)) != 0;
    }
}
