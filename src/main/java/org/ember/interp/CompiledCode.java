package org.ember.interp;

import org.ember.runtime.ThreadState;

/**
 * Tier-2 code for one code object: the superclass of the hidden classes {@code org.ember.jit}
 * generates. Shared by all threads (it holds no per-call state); it runs a real {@link Frame}
 * whose value stack and locals live in {@code f.values} exactly as in the interpreter, so the
 * interpreter can take the frame over at any back edge, and the frame can continue here at a
 * loop header (OSR) or an exception handler.
 */
public abstract class CompiledCode {
    /** For each back edge's unit index (its JUMP_BACKWARD), the loop header it jumps to; -1 elsewhere. */
    private int[] backEdgeTargets = new int[0];

    protected CompiledCode() {}

    /**
     * Runs frame {@code f} (already linked into the thread's chain) from unit index {@code entry}
     * (0, a loop header or a handler target) with {@code s == f.values}. Returns the frame's
     * result, or {@link Tier2#DEOPT} after leaving {@code f.pc}/{@code f.sp} for the interpreter.
     */
    public abstract Object run(Frame f, ThreadState ts, Object[] s, int entry);

    final int backEdgeTarget(int lasti) {
        int[] targets = backEdgeTargets;
        return lasti < targets.length ? targets[lasti] : -1;
    }

    final void setBackEdgeTargets(int[] targets) {
        backEdgeTargets = targets;
    }
}
