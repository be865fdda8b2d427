package org.ember.compiler;

/**
 * Gives instructions without a line number one, as CPython's resolve_line_numbers: exit blocks
 * (return/raise, or blocks that check the eval breaker) without a line that are reached by more
 * than one jump are duplicated so each copy can take its jump's line; then locations flow
 * forwards within blocks and into blocks with a single predecessor.
 */
final class LineNumbers {
    private LineNumbers() {}

    static void resolve(FlowGraph graph) {
        duplicateExitsWithoutLineno(graph);
        propagate(graph);
    }

    private static boolean isExitOrEvalCheckWithoutLineno(BasicBlock b) {
        return (b.exitsScope() || b.hasEvalBreak()) && b.hasNoLineNumber();
    }

    private static void duplicateExitsWithoutLineno(FlowGraph graph) {
        int nextLabel = graph.maxLabel() + 1;
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null || !OpKinds.isJump(last.opcode)) continue;
            BasicBlock target = last.target.nonEmpty();
            if (target == null || !isExitOrEvalCheckWithoutLineno(target) || target.predecessors <= 1) continue;
            if (target.hasFallthrough()) continue; // only blocks that end the flow can be copied
            BasicBlock copy = graph.newBlock();
            for (Instr instr : target.instrs) copy.append(instr.copy());
            copy.instrs.get(0).loc = last.loc;
            last.target = copy;
            target.predecessors--;
            copy.predecessors = 1;
            copy.next = target.next;
            copy.label = nextLabel++;
            target.next = copy;
        }
        // Exit blocks still without a line are reached only by falling through: take that line.
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            if (b.hasFallthrough() && b.next != null && !b.isEmpty()
                    && isExitOrEvalCheckWithoutLineno(b.next)) {
                b.next.instrs.get(0).loc = b.last().loc;
            }
        }
    }

    private static void propagate(FlowGraph graph) {
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            Location prev = Location.NO_LOCATION;
            for (Instr instr : b.instrs) {
                if (instr.loc.lineno() == Location.NO_LOCATION.lineno()) {
                    instr.loc = prev;
                } else {
                    prev = instr.loc;
                }
            }
            if (b.hasFallthrough() && b.next != null && b.next.predecessors == 1 && !b.next.isEmpty()) {
                Instr first = b.next.instrs.get(0);
                if (first.loc.lineno() == Location.NO_LOCATION.lineno()) first.loc = prev;
            }
            if (OpKinds.isJump(last.opcode)) {
                BasicBlock target = last.target;
                while (target.isEmpty() && target.predecessors == 1 && target.next != null) {
                    target = target.next;
                }
                if (target.predecessors == 1 && !target.isEmpty()) {
                    Instr first = target.instrs.get(0);
                    if (first.loc.lineno() == Location.NO_LOCATION.lineno()) first.loc = prev;
                }
            }
        }
    }
}
