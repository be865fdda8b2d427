package org.ember.compiler;

import static org.ember.bytecode.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.ember.bytecode.Instructions;
import org.ember.bytecode.OpInfo;

/**
 * CPython 3.14's LOAD_FAST_BORROW analysis: a LOAD_FAST (or LOAD_FAST_LOAD_FAST) may push a
 * borrowed reference when the value is consumed, within its block, before anything can kill the
 * local behind it, and is never stored into another local.
 *
 * <p>Each block is interpreted abstractly on a stack of references recording which instruction
 * pushed each value and which local it came from. A load is left strong when its local is
 * killed (STORE_FAST, DELETE_FAST, LOAD_FAST_AND_CLEAR) while the value is on the stack, when the
 * value is stored as a local, or when it is still on the stack at the end of the block (values
 * never cross block boundaries borrowed). Exception handlers are not visited (SETUP_* are already
 * NOPs), so loads there stay strong. Ember's runtime does not count references, so the two forms
 * behave the same; the analysis exists so that bytecode matches CPython's.
 */
final class BorrowAnalysis {
    private BorrowAnalysis() {}

    private static final int NOT_LOCAL = -1;
    private static final int DUMMY_INSTR = -1;

    private static final int SUPPORT_KILLED = 1;
    private static final int STORED_AS_LOCAL = 2;
    private static final int REF_UNCONSUMED = 4;

    /** A value on the abstract stack: the instruction (index in its block) that pushed it, and its local. */
    private record Ref(int instr, int local) {}

    static void run(FlowGraph graph) {
        int maxInstrs = 0;
        for (BasicBlock b = graph.entry; b != null; b = b.next) maxInstrs = Math.max(maxInstrs, b.size());
        graph.resetVisited();
        Deque<BasicBlock> work = new ArrayDeque<>();
        graph.entry.startDepth = 0;
        graph.entry.visited = true;
        work.push(graph.entry);
        List<Ref> refs = new ArrayList<>();
        while (!work.isEmpty()) {
            BasicBlock block = work.pop();
            if (block.startDepth < 0) throw new CompilerError("block without a stack depth in the borrow analysis");
            int[] flags = new int[block.size()];
            refs.clear();
            for (int i = 0; i < block.startDepth; i++) refs.add(new Ref(DUMMY_INSTR, NOT_LOCAL));
            for (int i = 0; i < block.size(); i++) {
                simulate(block.instrs.get(i), i, refs, flags, work);
            }
            Instr term = block.last();
            if (term != null && block.next != null && !OpKinds.endsFlow(term.opcode)) {
                pushBlock(work, block.next, refs.size());
            }
            for (Ref ref : refs) {
                if (ref.instr != DUMMY_INSTR) flags[ref.instr] |= REF_UNCONSUMED;
            }
            for (int i = 0; i < block.size(); i++) {
                if (flags[i] != 0) continue;
                Instr instr = block.instrs.get(i);
                if (instr.opcode == LOAD_FAST) {
                    instr.opcode = LOAD_FAST_BORROW;
                } else if (instr.opcode == LOAD_FAST_LOAD_FAST) {
                    instr.opcode = LOAD_FAST_BORROW_LOAD_FAST_BORROW;
                }
            }
        }
    }

    private static void pushBlock(Deque<BasicBlock> work, BasicBlock target, int depth) {
        if (target.startDepth != depth) {
            throw new CompilerError("borrow analysis: block entered with depth " + depth
                    + " but its stack depth is " + target.startDepth);
        }
        if (!target.visited) {
            target.visited = true;
            work.push(target);
        }
    }

    private static Ref pop(List<Ref> refs) {
        if (refs.isEmpty()) throw new CompilerError("borrow analysis: stack underflow");
        return refs.remove(refs.size() - 1);
    }

    private static void killLocal(int[] flags, List<Ref> refs, int local) {
        for (Ref ref : refs) {
            if (ref.local == local) flags[ref.instr] |= SUPPORT_KILLED;
        }
    }

    private static void storeLocal(int[] flags, List<Ref> refs, int local, Ref value) {
        killLocal(flags, refs, local);
        if (value.instr != DUMMY_INSTR) flags[value.instr] |= STORED_AS_LOCAL;
    }

    private static void simulate(Instr instr, int i, List<Ref> refs, int[] flags, Deque<BasicBlock> work) {
        int opcode = instr.opcode;
        int oparg = instr.oparg;
        OpInfo info = Instructions.info(opcode);
        switch (opcode) {
            case DELETE_FAST -> killLocal(flags, refs, oparg);
            case LOAD_FAST -> refs.add(new Ref(i, oparg));
            case LOAD_FAST_AND_CLEAR -> {
                killLocal(flags, refs, oparg);
                refs.add(new Ref(i, oparg));
            }
            case LOAD_FAST_LOAD_FAST -> {
                refs.add(new Ref(i, oparg >> 4));
                refs.add(new Ref(i, oparg & 15));
            }
            case STORE_FAST -> storeLocal(flags, refs, oparg, pop(refs));
            case STORE_FAST_LOAD_FAST -> {
                storeLocal(flags, refs, oparg >> 4, pop(refs));
                refs.add(new Ref(i, oparg & 15));
            }
            case STORE_FAST_STORE_FAST -> {
                storeLocal(flags, refs, oparg >> 4, pop(refs));
                storeLocal(flags, refs, oparg & 15, pop(refs));
            }
            case COPY -> {
                Ref ref = refs.get(refs.size() - oparg);
                refs.add(new Ref(ref.instr, ref.local));
            }
            case SWAP -> {
                int top = refs.size() - 1;
                int other = refs.size() - oparg;
                Ref tmp = refs.get(top);
                refs.set(top, refs.get(other));
                refs.set(other, tmp);
            }
            // Instructions that leave their inputs and push more: only the new values are theirs.
            case FORMAT_SIMPLE, GET_ANEXT, GET_LEN, GET_YIELD_FROM_ITER, IMPORT_FROM,
                 MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE, WITH_EXCEPT_START -> {
                int netPushed = info.pushes(oparg) - info.pops(oparg);
                for (int j = 0; j < netPushed; j++) refs.add(new Ref(i, NOT_LOCAL));
            }
            // Instructions that consume some inputs and push nothing new.
            case DICT_MERGE, DICT_UPDATE, LIST_APPEND, LIST_EXTEND, MAP_ADD, RERAISE, SET_ADD, SET_UPDATE -> {
                int netPopped = info.pops(oparg) - info.pushes(oparg);
                for (int j = 0; j < netPopped; j++) pop(refs);
            }
            case END_SEND, SET_FUNCTION_ATTRIBUTE -> {
                Ref top = pop(refs);
                pop(refs);
                refs.add(top);
            }
            case CHECK_EXC_MATCH -> {
                pop(refs);
                refs.add(new Ref(i, NOT_LOCAL));
            }
            case FOR_ITER -> {
                pushBlock(work, instr.target, refs.size() + 1);
                refs.add(new Ref(i, NOT_LOCAL));
            }
            case LOAD_ATTR, LOAD_SUPER_ATTR -> {
                Ref self = pop(refs);
                if (opcode == LOAD_SUPER_ATTR) {
                    pop(refs);
                    pop(refs);
                }
                refs.add(new Ref(i, NOT_LOCAL));
                if ((oparg & 1) != 0) refs.add(self); // a method call may push self back
            }
            case LOAD_SPECIAL, PUSH_EXC_INFO -> {
                Ref top = pop(refs);
                refs.add(new Ref(i, NOT_LOCAL));
                refs.add(top);
            }
            case SEND -> {
                pushBlock(work, instr.target, refs.size());
                pop(refs);
                refs.add(new Ref(i, NOT_LOCAL));
            }
            default -> {
                int popped = info.pops(oparg);
                int pushed = info.pushes(oparg);
                if (OpKinds.hasTarget(opcode) && opcode != END_ASYNC_FOR) { // its "target" is only for monitoring
                    pushBlock(work, instr.target, refs.size() - popped + pushed);
                }
                if (!OpKinds.isBlockPush(opcode)) {
                    for (int j = 0; j < popped; j++) pop(refs);
                    for (int j = 0; j < pushed; j++) refs.add(new Ref(i, NOT_LOCAL));
                }
            }
        }
    }
}
