package org.ember.compiler;

import static org.ember.bytecode.Opcode.COPY_FREE_VARS;
import static org.ember.bytecode.Opcode.DELETE_DEREF;
import static org.ember.bytecode.Opcode.LOAD_CLOSURE;
import static org.ember.bytecode.Opcode.LOAD_DEREF;
import static org.ember.bytecode.Opcode.LOAD_FROM_DICT_OR_DEREF;
import static org.ember.bytecode.Opcode.MAKE_CELL;
import static org.ember.bytecode.Opcode.POP_TOP;
import static org.ember.bytecode.Opcode.RETURN_GENERATOR;
import static org.ember.bytecode.Opcode.STORE_DEREF;

import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.RawCode;

/**
 * Lays out localsplus (fast locals, then cells that are not parameters, then free variables),
 * inserts the prefix instructions (MAKE_CELL per cell, COPY_FREE_VARS, RETURN_GENERATOR + POP_TOP
 * for generators and coroutines) and renumbers cell/free opargs from "index among cells+frees"
 * to their localsplus slot (a parameter that is also a cell keeps its parameter slot).
 */
final class LocalsPlus {
    private LocalsPlus() {}

    /** CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR */
    static final int GENERATOR_FLAGS = 0x20 | 0x80 | 0x200;

    /**
     * The localsplus names and kinds, and {@code cellSlots[i]}: the localsplus slot of cell/free
     * {@code i}, which {@link #renumberCell} gives the cell and free instructions.
     */
    record Layout(List<String> names, byte[] kinds, int[] cellSlots) {}

    /**
     * Inserts the prefix and lays out localsplus. The cell/free opargs are renumbered afterwards,
     * instruction by instruction, in the walk that lowers the pseudo-instructions
     * ({@link PseudoOps#convertPseudoOps}): one walk over the code instead of two.
     */
    static Layout prepare(FlowGraph graph, CodeUnitMetadata md) {
        int nlocals = md.varnames().size();
        int ncells = md.cellvars().size();
        int nfrees = md.freevars().size();
        int[] fixed = cellFixedOffsets(md);
        insertPrefix(graph.entry, md, fixed, nfrees);
        dropParameterCells(fixed, nlocals, ncells + nfrees);
        return layout(md, fixed);
    }

    /** fixed[i]: localsplus slot of cell/free i before dropping the cells that are parameters. */
    private static int[] cellFixedOffsets(CodeUnitMetadata md) {
        int nlocals = md.varnames().size();
        int count = md.cellvars().size() + md.freevars().size();
        int[] fixed = new int[count];
        for (int i = 0; i < count; i++) fixed[i] = nlocals + i;
        for (int i = 0; i < md.cellvars().size(); i++) {
            int varIndex = md.varnames().indexOf(md.cellvars().get(i));
            if (varIndex >= 0) fixed[i] = varIndex;
        }
        return fixed;
    }

    /** Final order: COPY_FREE_VARS, MAKE_CELLs, RETURN_GENERATOR, POP_TOP (each inserted at the front). */
    private static void insertPrefix(BasicBlock entry, CodeUnitMetadata md, int[] fixed, int nfrees) {
        if ((md.flags() & GENERATOR_FLAGS) != 0) {
            // RETURN_GENERATOR + POP_TOP have a net effect of 0 on the frame's stack
            Location loc = new Location(md.firstLineno(), md.firstLineno(), -1, -1);
            FlowGraph.insert(entry, 0, new Instr(RETURN_GENERATOR, 0, loc));
            FlowGraph.insert(entry, 1, new Instr(POP_TOP, 0, loc));
        }
        int ncells = md.cellvars().size();
        if (ncells > 0) {
            // MAKE_CELL in slot order (parameter cells come first).
            int[] sorted = new int[ncells + md.varnames().size()];
            for (int i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
            int used = 0;
            for (int i = 0; used < ncells; i++) {
                int oldIndex = sorted[i] - 1;
                if (oldIndex == -1) continue;
                FlowGraph.insert(entry, used, new Instr(MAKE_CELL, oldIndex, Location.NO_LOCATION));
                used++;
            }
        }
        if (nfrees > 0) {
            FlowGraph.insert(entry, 0, new Instr(COPY_FREE_VARS, nfrees, Location.NO_LOCATION));
        }
    }

    /** Slots of cells/frees after the cells that are parameters left the cell range. */
    private static void dropParameterCells(int[] fixed, int nlocals, int noffsets) {
        int dropped = 0;
        for (int i = 0; i < noffsets; i++) {
            if (fixed[i] == i + nlocals) {
                fixed[i] -= dropped;
            } else {
                dropped++; // a parameter that is also a cell
            }
        }
    }

    /** A cell/free instruction's oparg: from its index among cells+frees to its localsplus slot. */
    static void renumberCell(Instr instr, int[] cellSlots) {
        switch (instr.opcode) {
            case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF -> {
                if (instr.oparg < 0 || instr.oparg >= cellSlots.length) {
                    throw new CompilerError("cell index " + instr.oparg + " out of range");
                }
                instr.oparg = cellSlots[instr.oparg];
            }
            default -> { }
        }
    }

    private static Layout layout(CodeUnitMetadata md, int[] cellSlots) {
        List<String> varnames = md.varnames();
        List<String> cellvars = md.cellvars();
        List<String> freevars = md.freevars();
        boolean anyCells = !cellvars.isEmpty();
        boolean anyHidden = !md.hiddenLocals().isEmpty();
        List<String> names = new ArrayList<>(varnames.size() + cellvars.size() + freevars.size());
        byte[] kinds = new byte[varnames.size() + cellvars.size() + freevars.size()];
        for (String name : varnames) {
            byte kind = RawCode.KIND_LOCAL;
            if (anyCells && cellvars.contains(name)) kind |= RawCode.KIND_CELL;
            if (anyHidden && md.hiddenLocals().contains(name)) kind |= RawCode.KIND_HIDDEN;
            kinds[names.size()] = kind;
            names.add(name);
        }
        for (String name : cellvars) {
            if (varnames.contains(name)) continue;
            kinds[names.size()] = anyHidden && md.hiddenLocals().contains(name)
                    ? (byte) (RawCode.KIND_CELL | RawCode.KIND_HIDDEN) : RawCode.KIND_CELL;
            names.add(name);
        }
        for (String name : freevars) {
            kinds[names.size()] = RawCode.KIND_FREE;
            names.add(name);
        }
        return new Layout(names, java.util.Arrays.copyOf(kinds, names.size()), cellSlots);
    }
}
