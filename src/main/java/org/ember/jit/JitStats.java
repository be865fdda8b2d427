package org.ember.jit;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Tier-2 counters for {@code -X stats}: code objects compiled, code objects refused (by
 * reason: an instruction the JIT does not handle, a generator, too large, ...), loops
 * continued in compiled code (OSR), frames handed back to the interpreter (tracing began),
 * and with statistics on, entries into compiled code at a frame's start and at a generator's
 * resumption. All but the last two are rare events and always counted; entries only when
 * {@link #ENABLED} (the same static-final switch as the interpreter's statistics).
 */
public final class JitStats {
    private JitStats() {}

    public static final boolean ENABLED = Boolean.getBoolean("ember.stats");

    private static final LongAdder COMPILED = new LongAdder();
    private static final LongAdder ENTERED = new LongAdder();
    private static final LongAdder OSR = new LongAdder();
    private static final LongAdder RESUMED = new LongAdder();
    private static final LongAdder DEOPTS = new LongAdder();
    private static final LongAdder INLINED = new LongAdder();
    private static final LongAdder DIRECT_CALLS = new LongAdder();
    private static final LongAdder DUNDER_CALLS = new LongAdder();
    private static final LongAdder UNGUARDED_CALLS = new LongAdder();
    private static final LongAdder SPLIT = new LongAdder();
    private static final LongAdder REGIONS = new LongAdder();
    private static final Map<String, LongAdder> FAILED = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> INLINED_FORMS = new ConcurrentHashMap<>();

    /** At compile time: one instruction emitted as inline JVM code on stack values held in JVM locals. */
    public static void inlined() {
        INLINED.increment();
    }

    /** At compile time: which instruction was emitted inline (JitTest asserts that each form's inline path is taken). */
    public static void inlined(String instruction) {
        INLINED.increment();
        INLINED_FORMS.computeIfAbsent(instruction, k -> new LongAdder()).increment();
    }

    /** jit8, at compile time: a kind of site compiled that JitTest asserts by name (counted with the forms, not in the total). */
    public static void form(String name) {
        INLINED_FORMS.computeIfAbsent(name, k -> new LongAdder()).increment();
    }

    /** How many instructions named {@code instruction} were compiled inline so far. */
    public static long inlinedCount(String instruction) {
        LongAdder n = INLINED_FORMS.get(instruction);
        return n == null ? 0 : n.sum();
    }

    /** At compile time: one call site emitted as a direct call of the callee's compiled code. */
    public static void directCall() {
        DIRECT_CALLS.increment();
    }

    /** With statistics on: a BINARY_OP called a Python class's operator method directly (JitOps.enterBinaryDunder). */
    public static void dunderCall() {
        DUNDER_CALLS.increment();
    }

    public static long dunderCallCount() {
        return DUNDER_CALLS.sum();
    }

    /** An exact-args direct call site called a function its guard chain does not hold (JitOps.enterSimpleFromLocals); counted with statistics off too. */
    public static void unguardedCall() {
        UNGUARDED_CALLS.increment();
    }

    public static long unguardedCallCount() {
        return UNGUARDED_CALLS.sum();
    }

    public static long inlinedCount() {
        return INLINED.sum();
    }

    public static long directCallCount() {
        return DIRECT_CALLS.sum();
    }

    /** jit8, at compile time: a code object too large for one method was split into {@code regions} region methods. */
    public static void split(int regions) {
        SPLIT.increment();
        REGIONS.add(regions);
    }

    /** Code objects split into region methods so far. */
    public static long splitCount() {
        return SPLIT.sum();
    }

    /** Region methods generated for split code objects so far. */
    public static long regionCount() {
        return REGIONS.sum();
    }

    public static void compiled() {
        COMPILED.increment();
    }

    public static void failed(String reason) {
        FAILED.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    public static void entered() {
        ENTERED.increment();
    }

    /** A suspended generator, coroutine or async generator resumed in compiled code. */
    public static void resumed() {
        RESUMED.increment();
    }

    public static long resumedCount() {
        return RESUMED.sum();
    }

    public static void osr() {
        OSR.increment();
    }

    public static void deopt() {
        DEOPTS.increment();
    }

    public static long deoptCount() {
        return DEOPTS.sum();
    }

    public static long compiledCount() {
        return COMPILED.sum();
    }

    public static long enteredCount() {
        return ENTERED.sum();
    }

    public static long osrCount() {
        return OSR.sum();
    }

    /** Refusals by reason, sorted by reason. */
    public static Map<String, Long> failures() {
        Map<String, Long> out = new TreeMap<>();
        FAILED.forEach((reason, n) -> out.put(reason, n.sum()));
        return out;
    }

    public static void clear() {
        COMPILED.reset();
        ENTERED.reset();
        OSR.reset();
        RESUMED.reset();
        DEOPTS.reset();
        INLINED.reset();
        DIRECT_CALLS.reset();
        DUNDER_CALLS.reset();
        UNGUARDED_CALLS.reset();
        SPLIT.reset();
        REGIONS.reset();
        FAILED.clear();
        INLINED_FORMS.clear();
    }
}
