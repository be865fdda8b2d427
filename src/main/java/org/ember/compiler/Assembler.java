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

    /** One instruction in final order, with its target and handler as instruction indices. */
    private static final class Placed {
        int opcode;
        int oparg;
        Location loc;
        int target = -1;
        int handler = -1;
        int handlerDepth;
        boolean handlerLasti;
        int offset;
    }

    static RawCode assemble(FlowGraph graph, CodeUnitMetadata md, List<Object> consts,
                            LocalsPlus.Layout layout, int stackDepth) {
        List<Placed> instrs = linearize(graph);
        resolveNextLocations(instrs);
        resolveUnconditionalJumps(instrs);
        resolveJumpOffsets(instrs);
        char[] code = emitCode(instrs);
        byte[] lineTable = locationTable(instrs, md.firstLineno());
        byte[] exceptionTable = exceptionTable(instrs);
        return new RawCode(code, consts.toArray(), md.names(), layout.names(), layout.kinds(),
                md.argcount(), md.posonlyargcount(), md.kwonlyargcount(), md.flags(),
                md.name(), md.qualname(), md.filename(), md.firstLineno(),
                lineTable, exceptionTable, stackDepth);
    }

    private static List<Placed> linearize(FlowGraph graph) {
        int count = 0;
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            b.assemblyOffset = count;
            count += b.size();
        }
        List<Placed> placed = new ArrayList<>(count);
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            for (Instr instr : b.instrs) {
                if (Instructions.info(instr.opcode).isPseudo() && !OpKinds.isJump(instr.opcode)) {
                    throw new CompilerError("pseudo-instruction " + Instructions.name(instr.opcode) + " reached the assembler");
                }
                Placed p = new Placed();
                p.opcode = instr.opcode;
                p.oparg = Instructions.hasArg(instr.opcode) ? instr.oparg : 0;
                p.loc = instr.loc;
                if (OpKinds.isJump(instr.opcode)) p.target = indexOf(instr.target, count);
                if (instr.except != null) {
                    p.handler = indexOf(instr.except, count);
                    p.handlerDepth = instr.except.startDepth;
                    p.handlerLasti = instr.except.preserveLasti;
                }
                placed.add(p);
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
    private static void resolveNextLocations(List<Placed> instrs) {
        for (int i = instrs.size() - 1; i >= 0; i--) {
            Placed instr = instrs.get(i);
            if (!instr.loc.equals(Location.NEXT_LOCATION)) continue;
            if (OpKinds.isTerminator(instr.opcode) || i == instrs.size() - 1) {
                instr.loc = Location.NO_LOCATION;
            } else {
                instr.loc = instrs.get(i + 1).loc;
            }
        }
    }

    private static void resolveUnconditionalJumps(List<Placed> instrs) {
        for (int i = 0; i < instrs.size(); i++) {
            Placed instr = instrs.get(i);
            boolean forward = instr.target > i;
            if (instr.opcode == JUMP) {
                instr.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD;
            } else if (instr.opcode == JUMP_NO_INTERRUPT) {
                instr.opcode = forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
            }
        }
    }

    private static int size(Placed instr) {
        return CodeUnits.instructionSize(instr.opcode, instr.oparg);
    }

    /** Jump opargs count units from the end of the jump's caches; repeat until sizes settle. */
    private static void resolveJumpOffsets(List<Placed> instrs) {
        boolean changed;
        do {
            int total = 0;
            for (Placed instr : instrs) {
                instr.offset = total;
                total += size(instr);
            }
            changed = false;
            for (Placed instr : instrs) {
                if (instr.target < 0) continue;
                int oldSize = size(instr);
                int after = instr.offset + oldSize;
                int targetOffset = instrs.get(instr.target).offset;
                if (instr.opcode == END_ASYNC_FOR) {
                    // it points at the END_SEND after its SEND (for sys.monitoring), not at the SEND
                    targetOffset += END_SEND_OFFSET;
                }
                boolean backward = (Instructions.flags(instr.opcode) & OpInfo.IS_BACKWARD_JUMP) != 0;
                if (backward != (targetOffset < after)) {
                    throw new CompilerError(Instructions.name(instr.opcode) + " cannot jump "
                            + (backward ? "forwards" : "backwards"));
                }
                instr.oparg = backward ? after - targetOffset : targetOffset - after;
                if (size(instr) != oldSize) changed = true;
            }
        } while (changed);
    }

    private static char[] emitCode(List<Placed> instrs) {
        int total = 0;
        for (Placed instr : instrs) total += size(instr);
        char[] code = new char[total];
        int at = 0;
        for (Placed instr : instrs) at = CodeUnits.emit(code, at, instr.opcode, instr.oparg);
        return code;
    }

    private static byte[] locationTable(List<Placed> instrs, int firstLineno) {
        LocationTable.Writer writer = new LocationTable.Writer(firstLineno);
        Location loc = Location.NO_LOCATION;
        int units = 0;
        for (Placed instr : instrs) {
            if (!instr.loc.equals(loc)) {
                writer.emit(loc, units);
                loc = instr.loc;
                units = 0;
            }
            units += size(instr);
        }
        writer.emit(loc, units);
        return writer.bytes();
    }

    private static byte[] exceptionTable(List<Placed> instrs) {
        List<ExceptionTable.Entry> entries = new ArrayList<>();
        int offset = 0;
        int start = -1;
        Placed current = null;
        for (Placed instr : instrs) {
            int handler = instr.handler;
            if (handler != (current == null ? -1 : current.handler)) {
                if (current != null && current.handler >= 0) entries.add(entry(instrs, current, start, offset));
                start = offset;
                current = instr;
            }
            offset += size(instr);
        }
        if (current != null && current.handler >= 0) entries.add(entry(instrs, current, start, offset));
        return ExceptionTable.encode(entries);
    }

    private static ExceptionTable.Entry entry(List<Placed> instrs, Placed covered, int start, int end) {
        int depth = covered.handlerDepth - 1 - (covered.handlerLasti ? 1 : 0);
        if (depth < 0) throw new CompilerError("exception handler with negative stack depth");
        return new ExceptionTable.Entry(start, end, instrs.get(covered.handler).offset, depth, covered.handlerLasti);
    }
}
