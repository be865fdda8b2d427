package org.ember.compiler;

/**
 * One instruction while the back end works on it: opcode (real or pseudo), oparg, location, and,
 * once in a flow graph, its jump/handler target block and the handler that covers it.
 */
public final class Instr {
    int opcode;
    int oparg;
    Location loc;
    /** The jump target, or the handler of a SETUP_* (null otherwise). */
    BasicBlock target;
    /** The exception handler active at this instruction (null: none). */
    BasicBlock except;
    /** In an {@link InstructionSequence}: the id of the target label (-1: none). */
    int targetLabel = -1;

    Instr(int opcode, int oparg, Location loc) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.loc = loc;
    }

    Instr copy() {
        Instr copy = new Instr(opcode, oparg, loc);
        copy.target = target;
        copy.except = except;
        return copy;
    }

    /** Replaces the instruction in place (the location stays). */
    void set(int newOpcode, int newOparg) {
        opcode = newOpcode;
        oparg = newOparg;
    }

    /** Turns the instruction into a NOP that keeps its location. */
    void setNop() {
        opcode = org.ember.bytecode.Opcode.NOP;
        oparg = 0;
        target = null;
    }

    public int opcode() {
        return opcode;
    }

    public int oparg() {
        return oparg;
    }

    public Location location() {
        return loc;
    }

    @Override
    public String toString() {
        return org.ember.bytecode.Instructions.name(opcode) + " " + oparg + " @" + loc.lineno();
    }
}
