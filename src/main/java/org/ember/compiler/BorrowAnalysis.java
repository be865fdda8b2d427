package org.ember.compiler;

import static org.ember.bytecode.Opcode.*;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;


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

    /**
     * The abstract stack: per value, the instruction (index in its block) that pushed it, and
     * its local (parallel int arrays: no object per pushed value).
     */
    private static final class RefStack {
        int[] instr = new int[16];
        int[] local = new int[16];
        int size;

        void push(int pushedBy, int ofLocal) {
            if (size == instr.length) {
                instr = Arrays.copyOf(instr, size * 2);
                local = Arrays.copyOf(local, size * 2);
            }
            instr[size] = pushedBy;
            local[size] = ofLocal;
            size++;
        }

        /** Removes the top value and returns the instruction that pushed it. */
        int pop() {
            if (size == 0) throw new CompilerError("borrow analysis: stack underflow");
            return instr[--size];
        }

        /** Index of the value {@code depth} from the top (1: the top). */
        int fromTop(int depth) {
            if (depth < 1 || depth > size) throw new CompilerError("borrow analysis: stack underflow");
            return size - depth;
        }
    }

    static void run(FlowGraph graph) {
        graph.resetVisited();
        Deque<BasicBlock> work = graph.workStack();
        graph.entry.startDepth = 0;
        graph.entry.visited = true;
        work.push(graph.entry);
        RefStack refs = new RefStack();
        int[] scratchFlags = new int[16];
        while (!work.isEmpty()) {
            BasicBlock block = work.pop();
            if (block.startDepth < 0) throw new CompilerError("block without a stack depth in the borrow analysis");
            // one scratch array for every block's flags (an array per block showed in allocation profiles)
            if (scratchFlags.length < block.size()) scratchFlags = new int[Math.max(block.size(), 2 * scratchFlags.length)];
            int[] flags = scratchFlags;
            java.util.Arrays.fill(flags, 0, block.size(), 0);
            refs.size = 0;
            for (int i = 0; i < block.startDepth; i++) refs.push(DUMMY_INSTR, NOT_LOCAL);
            for (int i = 0; i < block.size(); i++) {
                simulate(block.instrs.get(i), i, refs, flags, work);
            }
            Instr term = block.last();
            if (term != null && block.next != null && !OpKinds.endsFlow(term.opcode)) {
                pushBlock(work, block.next, refs.size);
            }
            for (int k = 0; k < refs.size; k++) {
                if (refs.instr[k] != DUMMY_INSTR) flags[refs.instr[k]] |= REF_UNCONSUMED;
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

    private static void killLocal(int[] flags, RefStack refs, int local) {
        for (int k = 0; k < refs.size; k++) {
            if (refs.local[k] == local) flags[refs.instr[k]] |= SUPPORT_KILLED;
        }
    }

    /** {@code valueInstr} (already popped) is stored into {@code local}. */
    private static void storeLocal(int[] flags, RefStack refs, int local, int valueInstr) {
        killLocal(flags, refs, local);
        if (valueInstr != DUMMY_INSTR) flags[valueInstr] |= STORED_AS_LOCAL;
    }

    private static void simulate(Instr instr, int i, RefStack refs, int[] flags, Deque<BasicBlock> work) {
        int opcode = instr.opcode;
        int oparg = instr.oparg;
        switch (opcode) {
            case DELETE_FAST -> killLocal(flags, refs, oparg);
            case LOAD_FAST -> refs.push(i, oparg);
            case LOAD_FAST_AND_CLEAR -> {
                killLocal(flags, refs, oparg);
                refs.push(i, oparg);
            }
            case LOAD_FAST_LOAD_FAST -> {
                refs.push(i, oparg >> 4);
                refs.push(i, oparg & 15);
            }
            case STORE_FAST -> storeLocal(flags, refs, oparg, refs.pop());
            case STORE_FAST_LOAD_FAST -> {
                storeLocal(flags, refs, oparg >> 4, refs.pop());
                refs.push(i, oparg & 15);
            }
            case STORE_FAST_STORE_FAST -> {
                storeLocal(flags, refs, oparg >> 4, refs.pop());
                storeLocal(flags, refs, oparg & 15, refs.pop());
            }
            case COPY -> {
                int k = refs.fromTop(oparg);
                refs.push(refs.instr[k], refs.local[k]);
            }
            case SWAP -> {
                int top = refs.fromTop(1);
                int other = refs.fromTop(oparg);
                swap(refs.instr, top, other);
                swap(refs.local, top, other);
            }
            // Instructions that leave their inputs and push more: only the new values are theirs.
            case FORMAT_SIMPLE, GET_ANEXT, GET_LEN, GET_YIELD_FROM_ITER, IMPORT_FROM,
                 MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE, WITH_EXCEPT_START -> {
                int netPushed = StackCounts.pushes(opcode, oparg) - StackCounts.pops(opcode, oparg);
                for (int j = 0; j < netPushed; j++) refs.push(i, NOT_LOCAL);
            }
            // Instructions that consume some inputs and push nothing new.
            case DICT_MERGE, DICT_UPDATE, LIST_APPEND, LIST_EXTEND, MAP_ADD, RERAISE, SET_ADD, SET_UPDATE -> {
                int netPopped = StackCounts.pops(opcode, oparg) - StackCounts.pushes(opcode, oparg);
                for (int j = 0; j < netPopped; j++) refs.pop();
            }
            case END_SEND, SET_FUNCTION_ATTRIBUTE -> {
                int top = refs.fromTop(1);
                int topInstr = refs.instr[top], topLocal = refs.local[top];
                refs.pop();
                refs.pop();
                refs.push(topInstr, topLocal);
            }
            case CHECK_EXC_MATCH -> {
                refs.pop();
                refs.push(i, NOT_LOCAL);
            }
            case FOR_ITER -> {
                pushBlock(work, instr.target, refs.size + 1);
                refs.push(i, NOT_LOCAL);
            }
            case LOAD_ATTR, LOAD_SUPER_ATTR -> {
                int self = refs.fromTop(1);
                int selfInstr = refs.instr[self], selfLocal = refs.local[self];
                refs.pop();
                if (opcode == LOAD_SUPER_ATTR) {
                    refs.pop();
                    refs.pop();
                }
                refs.push(i, NOT_LOCAL);
                if ((oparg & 1) != 0) refs.push(selfInstr, selfLocal); // a method call may push self back
            }
            case LOAD_SPECIAL, PUSH_EXC_INFO -> {
                int top = refs.fromTop(1);
                int topInstr = refs.instr[top], topLocal = refs.local[top];
                refs.pop();
                refs.push(i, NOT_LOCAL);
                refs.push(topInstr, topLocal);
            }
            case SEND -> {
                pushBlock(work, instr.target, refs.size);
                refs.pop();
                refs.push(i, NOT_LOCAL);
            }
            default -> {
                int popped = StackCounts.pops(opcode, oparg);
                int pushed = StackCounts.pushes(opcode, oparg);
                if (OpKinds.hasTarget(opcode) && opcode != END_ASYNC_FOR) { // its "target" is only for monitoring
                    pushBlock(work, instr.target, refs.size - popped + pushed);
                }
                if (!OpKinds.isBlockPush(opcode)) {
                    for (int j = 0; j < popped; j++) refs.pop();
                    for (int j = 0; j < pushed; j++) refs.push(i, NOT_LOCAL);
                }
            }
        }
    }

    private static void swap(int[] values, int a, int b) {
        int tmp = values[a];
        values[a] = values[b];
        values[b] = tmp;
    }
}
