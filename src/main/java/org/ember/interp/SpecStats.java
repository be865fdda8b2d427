package org.ember.interp;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import org.ember.bytecode.Instructions;

/**
 * Specialization statistics ({@code -X stats}, {@code -X stats=FILE.json}, {@code sys._stats_*}).
 *
 * <p>{@link #ENABLED} is a static final flag read once from the system property
 * {@code ember.stats} (the command line sets it before the interpreter loads), so that with
 * statistics off every {@code if (SpecStats.ENABLED)} is removed by the JIT: zero cost. With it on,
 * {@code sys._stats_off()} pauses counting and {@code sys._stats_clear()} resets.
 *
 * <p>Counted: executions per opcode (generic and specialized); per family (by its head):
 * attempts, successes, failures by named reason; per specialized form: hits, misses, deopts
 * (a deopt is a specialized instruction restored to its family head).
 */
public final class SpecStats {
    private SpecStats() {}

    public static final boolean ENABLED = Boolean.getBoolean("ember.stats");
    private static volatile boolean counting = true;

    /**
     * Per-opcode counts, striped by thread: a thread increments the atomic counter in the stripe
     * its id selects, so threads started one after another (consecutive ids) count in different
     * cache lines; readers sum the stripes. With one shared atomic array, two threads running
     * with -X stats each spent 4x the CPU of one thread, nearly all of it in contended
     * increments. (A LongAdder per opcode and per-thread plain arrays behind a ThreadLocal were
     * both measured: each cost a single thread 25-50% more than one uncontended atomic add.)
     */
    static final class OpCounts {
        private static final int STRIPES = 16;
        private final AtomicLongArray counts = new AtomicLongArray(STRIPES * 256);

        void increment(int op) {
            int stripe = (int) Thread.currentThread().threadId() & (STRIPES - 1);
            counts.getAndIncrement(stripe * 256 + op);
        }

        long get(int op) {
            long sum = 0;
            for (int stripe = 0; stripe < STRIPES; stripe++) sum += counts.get(stripe * 256 + op);
            return sum;
        }

        void reset() {
            for (int i = 0; i < counts.length(); i++) counts.set(i, 0);
        }
    }

    private static final OpCounts EXECUTED = new OpCounts();
    private static final OpCounts ATTEMPTS = new OpCounts();
    private static final OpCounts SUCCESSES = new OpCounts();
    private static final OpCounts HITS = new OpCounts();
    private static final OpCounts MISSES = new OpCounts();
    private static final OpCounts DEOPTS = new OpCounts();
    /** family head → reason → count. */
    private static final Map<Integer, Map<String, LongAdder>> FAILURES = new ConcurrentHashMap<>();

    public static void setCounting(boolean on) {
        counting = on;
    }

    static void executed(int op) {
        if (counting) EXECUTED.increment(op);
    }

    static void attempt(int family) {
        if (counting) ATTEMPTS.increment(family);
    }

    static void success(int family) {
        if (counting) SUCCESSES.increment(family);
    }

    static void failure(int family, String reason) {
        if (counting) FAILURES.computeIfAbsent(family, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    static void hit(int op) {
        if (counting) HITS.increment(op);
    }

    static void miss(int op) {
        if (counting) MISSES.increment(op);
    }

    static void deopt(int op) {
        if (counting) DEOPTS.increment(op);
    }

    /** Loops whose back-edge counter ran out (HotLoops): CPython's "Optimization attempts". */
    private static final LongAdder HOT_LOOPS = new LongAdder();

    static void hotLoop() {
        if (counting) HOT_LOOPS.increment();
    }

    static long hotLoops() {
        return HOT_LOOPS.sum();
    }

    public static void clear() {
        for (OpCounts counts : new OpCounts[] {EXECUTED, ATTEMPTS, SUCCESSES, HITS, MISSES, DEOPTS}) counts.reset();
        FAILURES.clear();
        HOT_LOOPS.reset();
    }

    /** Executions of specializable instructions, and how many of them ran a specialized form. */
    static long[] specializedShare() {
        long total = 0, specialized = 0;
        for (int op = 0; op < 256; op++) {
            long n = EXECUTED.get(op);
            if (n == 0 || !Instructions.isValid(op)) continue;
            int head = Instructions.deoptimize(op);
            if (!Adaptive.isAdaptive(head)) continue;
            total += n;
            if (op != head) specialized += n;
        }
        return new long[] {total, specialized};
    }

    /** The human-readable summary printed at exit by -X stats: see {@link StatsReport}. */
    public static String text() {
        return StatsReport.markdown();
    }

    static long executions(int op) {
        return EXECUTED.get(op);
    }

    static long attempts(int family) {
        return ATTEMPTS.get(family);
    }

    static long successes(int family) {
        return SUCCESSES.get(family);
    }

    static long hits(int op) {
        return HITS.get(op);
    }

    static long misses(int op) {
        return MISSES.get(op);
    }

    static long deopts(int op) {
        return DEOPTS.get(op);
    }

    /** The failure reasons counted for a family, sorted by name. */
    static Map<String, Long> failures(int family) {
        Map<String, Long> result = new TreeMap<>();
        Map<String, LongAdder> reasons = FAILURES.get(family);
        if (reasons != null) reasons.forEach((reason, n) -> result.put(reason, n.sum()));
        return result;
    }

    /** The same numbers as JSON (-X stats=FILE.json, sys._stats_dump). */
    public static String json() {
        StringBuilder sb = new StringBuilder("{\n  \"executed\": {");
        String sep = "";
        for (int op = 0; op < 256; op++) {
            if (EXECUTED.get(op) == 0 || !Instructions.isValid(op)) continue;
            sb.append(sep).append('"').append(Instructions.info(op).name()).append("\": ").append(EXECUTED.get(op));
            sep = ", ";
        }
        sb.append("},\n  \"families\": {");
        sep = "\n    ";
        for (int head = 0; head < 256; head++) {
            if (!Instructions.isValid(head) || !Adaptive.isAdaptive(head)) continue;
            sb.append(sep).append('"').append(Instructions.info(head).name()).append("\": {\"attempts\": ")
                    .append(ATTEMPTS.get(head)).append(", \"successes\": ").append(SUCCESSES.get(head))
                    .append(", \"failures\": {");
            Map<String, LongAdder> reasons = FAILURES.getOrDefault(head, Map.of());
            String rsep = "";
            for (var e : new TreeMap<>(reasons).entrySet()) {
                sb.append(rsep).append('"').append(e.getKey().replace("\"", "'")).append("\": ").append(e.getValue().sum());
                rsep = ", ";
            }
            sb.append("}, \"forms\": {");
            String fsep = "";
            for (int member : Instructions.info(head).familyMembers()) {
                sb.append(fsep).append('"').append(Instructions.info(member).name()).append("\": {\"executed\": ")
                        .append(EXECUTED.get(member)).append(", \"hits\": ").append(HITS.get(member))
                        .append(", \"misses\": ").append(MISSES.get(member)).append(", \"deopts\": ")
                        .append(DEOPTS.get(member)).append('}');
                fsep = ", ";
            }
            sb.append("}}");
            sep = ",\n    ";
        }
        long[] share = specializedShare();
        sb.append("\n  },\n  \"optimization_attempts\": ").append(HOT_LOOPS.sum());
        sb.append(",\n  \"specializable_executed\": ").append(share[0])
                .append(",\n  \"specialized_executed\": ").append(share[1]).append("\n}\n");
        return sb.toString();
    }
}
