package org.ember.interp;

/**
 * Back-edge counting for tier 2 (CPython 3.14's JUMP_BACKWARD_JIT): while tier 2 is on, each
 * loop's back edge counts down the backoff counter in its cache unit; when it runs out the loop
 * is hot and {@link #found} is called ("Optimization attempts" in {@code -X stats}), which
 * compiles the code object and continues the frame compiled (OSR, {@link Tier2#hotLoop}).
 *
 * <p>Which name the back edge shows: JUMP_BACKWARD_JIT when tier 2 was asked for by name
 * ({@code -X jit}, {@code PYTHON_JIT=1}, {@code -X jit-threshold}; {@link #COUNTING} is the
 * static final of {@code -X jit}), as in CPython's JIT build; otherwise JUMP_BACKWARD_NO_JIT as in
 * CPython 3.14's default build, so {@code dis(adaptive=True)} shows what CPython shows. Both
 * count while tier 2 is on (its default); with {@code -X jit=0} JUMP_BACKWARD_NO_JIT is a plain jump.
 */
final class HotLoops {
    private HotLoops() {}

    static final boolean COUNTING = Boolean.getBoolean("ember.jit");

    /**
     * Whether loops specialize to JUMP_BACKWARD_JIT: tier 2 asked for by name (-X jit). With tier 2
     * on by default they specialize to JUMP_BACKWARD_NO_JIT, CPython's default-build name, which
     * counts back edges too while tier 2 is on ({@link Specialized#jumpBackwardNoJit}).
     */
    static boolean counting(Frame f) {
        return COUNTING || org.ember.runtime.ThreadState.current().interpreter().jitRequested;
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
