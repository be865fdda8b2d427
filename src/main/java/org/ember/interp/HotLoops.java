package org.ember.interp;

/**
 * Back-edge counting for a future tier 2 (CPython 3.14's JUMP_BACKWARD_JIT): each loop's
 * JUMP_BACKWARD_JIT counts down the backoff counter in its cache unit; when it runs out the loop
 * is hot and {@link #found} is called. There is no tier 2 yet, so a hot loop is only counted
 * (the "Optimization attempts" of {@code -X stats}) and the counter re-armed with the longest
 * backoff, as CPython does after an optimization attempt that did not produce an executor.
 *
 * <p>{@link #COUNTING} is a static final read from {@code ember.jit}, which {@code -X jit} or
 * {@code PYTHON_JIT=1} set. It is off by default, as CPython 3.14's default build has no JIT:
 * JUMP_BACKWARD then specializes to JUMP_BACKWARD_NO_JIT, a plain jump, and
 * {@code dis(adaptive=True)} shows what CPython shows.
 */
final class HotLoops {
    private HotLoops() {}

    static final boolean COUNTING = Boolean.getBoolean("ember.jit");

    /** Back edges are counted (JUMP_BACKWARD_JIT) with -X jit, or when this interpreter runs tier 2. */
    static boolean counting(Frame f) {
        return COUNTING || org.ember.runtime.ThreadState.current().interpreter().jitThreshold >= 0;
    }

    /** CPython's initial back-edge counter: value 4095, backoff 12 (a loop is hot after 4096 iterations). */
    static final char INITIAL = (char) (4095 << Adaptive.BACKOFF_BITS | Adaptive.MAX_BACKOFF);

    /** A loop's counter ran out: the place where tier 2 would start tracing at {@code f.units[cache - 1]}. */
    static void found(Frame f, int cache) {
        if (SpecStats.ENABLED) SpecStats.hotLoop();
        f.units[cache] = Adaptive.backoff(f.units[cache]);
        Tier2.hotLoop(f, cache); // may leave the dispatch loop to continue the frame compiled
    }
}
