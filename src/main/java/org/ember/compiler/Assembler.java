package org.ember.compiler;

import static org.ember.bytecode.Opcode.END_ASYNC_FOR;
import static org.ember.bytecode.Opcode.JUMP;
import static org.ember.bytecode.Opcode.JUMP_BACKWARD;
import static org.ember.bytecode.Opcode.JUMP_BACKWARD_NO_INTERRUPT;
import static org.ember.bytecode.Opcode.JUMP_FORWARD;
import static org.ember.bytecode.Opcode.JUMP_NO_INTERRUPT;

import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.CodeUnits;
import org.ember.bytecode.Instructions;
import org.ember.bytecode.OpInfo;
import org.ember.bytecode.RawCode;

/**
 * Lays the finished flow graph out as code units: resolves jump directions and distances
 * (iterating while EXTENDED_ARG prefixes change sizes), writes the units with zeroed caches, the
 * location table and the exception table, and returns the {@link RawCode}.
 */
final class Assembler {
    private Assembler() {}

    /** Units from an async-for's SEND to its END_SEND: SEND + cache, YIELD_VALUE, RESUME, JUMP_BACKWARD_NO_INTERRUPT. */
    private static final int END_SEND_OFFSET = 5;

    /**
     * The instructions in final order as parallel arrays (no object per instruction): targets
     * and handlers are instruction indices (-1: none), {@code offset} the first code unit.
     */
    private static final class Placed {
        /**
         * One per thread, reused for every code object (assembly does not nest): the arrays
         * grow to the largest unit seen and are only ever written before they are read.
         */
        private static final ThreadLocal<Placed> PER_THREAD = ThreadLocal.withInitial(() -> new Placed(256));

        int count;
        int[] opcode;
        int[] oparg;
        Location[] loc;
        int[] target;
        int[] handler;
        int[] handlerDepth;
        boolean[] handlerLasti;
        int[] offset;

        private Placed(int capacity) {
            allocate(capacity);
        }

        private void allocate(int capacity) {
            opcode = new int[capacity];
            oparg = new int[capacity];
            loc = new Location[capacity];
            target = new int[capacity];
            handler = new int[capacity];
            handlerDepth = new int[capacity];
            handlerLasti = new boolean[capacity];
            offset = new int[capacity + 1];
        }

        /** The thread's arrays, with room for {@code count} instructions. */
        static Placed forCount(int count) {
            Placed p = PER_THREAD.get();
            if (count > p.opcode.length) p.allocate(Math.max(count, 2 * p.opcode.length));
            p.count = count;
            return p;
        }

        /** Drops the references to the unit's locations. */
        void release() {
            java.util.Arrays.fill(loc, 0, count, null);
        }

        int size(int i) {
            return CodeUnits.instructionSize(opcode[i], oparg[i]);
        }
    }

    static RawCode assemble(FlowGraph graph, CodeUnitMetadata md, List<Object> consts,
                            LocalsPlus.Layout layout, int stackDepth) {
        Placed instrs = linearize(graph);
        char[] code;
        byte[] lineTable;
        byte[] exceptionTable;
        try {
            resolveNextLocations(instrs);
            resolveUnconditionalJumps(instrs);
            int totalUnits = resolveJumpOffsets(instrs);
            code = emitCode(instrs, totalUnits);
            lineTable = locationTable(instrs, md.firstLineno());
            exceptionTable = exceptionTable(instrs);
        } finally {
            instrs.release();
        }
        return new RawCode(code, consts.toArray(), md.names(), layout.names(), layout.kinds(),
                md.argcount(), md.posonlyargcount(), md.kwonlyargcount(), md.flags(),
                md.name(), md.qualname(), md.filename(), md.firstLineno(),
                lineTable, exceptionTable, stackDepth);
    }

    private static Placed linearize(FlowGraph graph) {
        int count = 0;
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            b.assemblyOffset = count;
            count += b.size();
        }
        Placed placed = Placed.forCount(count);
        int i = 0;
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            List<Instr> blockInstrs = b.instrs;
            for (int k = 0, n = blockInstrs.size(); k < n; k++, i++) {
                Instr instr = blockInstrs.get(k);
                int opcode = instr.opcode;
                boolean jump = OpKinds.isJump(opcode);
                if (!jump && Instructions.info(opcode).isPseudo()) {
                    throw new CompilerError("pseudo-instruction " + Instructions.name(opcode) + " reached the assembler");
                }
                placed.opcode[i] = opcode;
                placed.oparg[i] = Instructions.hasArg(opcode) ? instr.oparg : 0;
                placed.loc[i] = instr.loc;
                placed.target[i] = jump ? indexOf(instr.target, count) : -1;
                BasicBlock except = instr.except;
                if (except != null) {
                    placed.handler[i] = indexOf(except, count);
                    placed.handlerDepth[i] = except.startDepth;
                    placed.handlerLasti[i] = except.preserveLasti;
                } else {
                    placed.handler[i] = -1;
                }
            }
        }
        return placed;
    }

    private static int indexOf(BasicBlock block, int count) {
        int index = block.assemblyOffset;
        if (index < 0 || index >= count) throw new CompilerError("jump to a block that is not laid out");
        return index;
    }

    /** NEXT_LOCATION takes the following instruction's location (none for a terminator). */
    private static void resolveNextLocations(Placed instrs) {
        Location[] loc = instrs.loc;
        for (int i = instrs.count - 1; i >= 0; i--) {
            if (loc[i] != Location.NEXT_LOCATION && !loc[i].equals(Location.NEXT_LOCATION)) continue;
            if (OpKinds.isTerminator(instrs.opcode[i]) || i == instrs.count - 1) {
                loc[i] = Location.NO_LOCATION;
            } else {
                loc[i] = loc[i + 1];
            }
        }
    }

    private static void resolveUnconditionalJumps(Placed instrs) {
        int[] opcode = instrs.opcode;
        for (int i = 0; i < instrs.count; i++) {
            boolean forward = instrs.target[i] > i;
            if (opcode[i] == JUMP) {
                opcode[i] = forward ? JUMP_FORWARD : JUMP_BACKWARD;
            } else if (opcode[i] == JUMP_NO_INTERRUPT) {
                opcode[i] = forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
            }
        }
    }

    /**
     * Jump opargs count units from the end of the jump's caches; repeat until sizes settle.
     * Returns the code's length in units ({@code offset[count]}).
     */
    private static int resolveJumpOffsets(Placed instrs) {
        int count = instrs.count;
        int[] offset = instrs.offset;
        int[] target = instrs.target;
        boolean changed;
        do {
            int total = 0;
            for (int i = 0; i < count; i++) {
                offset[i] = total;
                total += instrs.size(i);
            }
            offset[count] = total;
            changed = false;
            for (int i = 0; i < count; i++) {
                if (target[i] < 0) continue;
                int opcode = instrs.opcode[i];
                int oldSize = instrs.size(i);
                int after = offset[i] + oldSize;
                int targetOffset = offset[target[i]];
                if (opcode == END_ASYNC_FOR) {
                    // it points at the END_SEND after its SEND (for sys.monitoring), not at the SEND
                    targetOffset += END_SEND_OFFSET;
                }
                boolean backward = (Instructions.flags(opcode) & OpInfo.IS_BACKWARD_JUMP) != 0;
                if (backward != (targetOffset < after)) {
                    throw new CompilerError(Instructions.name(opcode) + " cannot jump "
                            + (backward ? "forwards" : "backwards"));
                }
                instrs.oparg[i] = backward ? after - targetOffset : targetOffset - after;
                if (instrs.size(i) != oldSize) changed = true;
            }
        } while (changed);
        return offset[count];
    }

    private static char[] emitCode(Placed instrs, int totalUnits) {
        char[] code = new char[totalUnits];
        int at = 0;
        for (int i = 0; i < instrs.count; i++) at = CodeUnits.emit(code, at, instrs.opcode[i], instrs.oparg[i]);
        return code;
    }

    private static byte[] locationTable(Placed instrs, int firstLineno) {
        LocationTable.Writer writer = new LocationTable.Writer(firstLineno);
        Location loc = Location.NO_LOCATION;
        int[] offset = instrs.offset;
        int runStart = 0;
        for (int i = 0; i < instrs.count; i++) {
            Location next = instrs.loc[i];
            if (next != loc && !next.equals(loc)) {
                writer.emit(loc, offset[i] - runStart);
                loc = next;
                runStart = offset[i];
            }
        }
        writer.emit(loc, offset[instrs.count] - runStart);
        return writer.bytes();
    }

    private static byte[] exceptionTable(Placed instrs) {
        List<ExceptionTable.Entry> entries = new ArrayList<>();
        int[] offset = instrs.offset;
        int start = -1;
        int current = -1;   // the instruction that opened the current run
        for (int i = 0; i < instrs.count; i++) {
            int handler = instrs.handler[i];
            if (handler != (current < 0 ? -1 : instrs.handler[current])) {
                if (current >= 0 && instrs.handler[current] >= 0) entries.add(entry(instrs, current, start, offset[i]));
                start = offset[i];
                current = i;
            }
        }
        if (current >= 0 && instrs.handler[current] >= 0) {
            entries.add(entry(instrs, current, start, offset[instrs.count]));
        }
        return ExceptionTable.encode(entries);
    }

    private static ExceptionTable.Entry entry(Placed instrs, int covered, int start, int end) {
        boolean lasti = instrs.handlerLasti[covered];
        int depth = instrs.handlerDepth[covered] - 1 - (lasti ? 1 : 0);
        if (depth < 0) throw new CompilerError("exception handler with negative stack depth");
        return new ExceptionTable.Entry(start, end, instrs.offset[instrs.handler[covered]], depth, lasti);
    }
}
