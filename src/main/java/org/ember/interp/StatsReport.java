package org.ember.interp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ember.bytecode.Instructions;

/**
 * The {@code -X stats} summary, as Markdown tables in the shape of CPython's
 * {@code Tools/scripts/summarize_stats.py}: execution counts (with self and cumulative shares
 * and the miss ratio of specialized forms); per family the kinds (deferred = generic executions,
 * hit, miss, deopt), success/failure and failure kinds (Ember's named reasons), plus a table per
 * specialized form; the specialization effectiveness (basic, not specialized, specialized hits
 * and misses) with the top deferred and missing instructions; the tier 2 section's optimization
 * attempts (hot loops found by back-edge counting).
 */
final class StatsReport {
    private StatsReport() {}

    /** One table row: a label and its cells, already formatted. */
    private record Row(String label, List<String> cells) {}

    static String markdown() {
        StringBuilder out = new StringBuilder("# Specialization statistics\n");
        executionCounts(out);
        specializationStats(out);
        effectiveness(out);
        optimization(out);
        return out.toString();
    }

    private static String count(long n) {
        return String.format("%,d", n);
    }

    private static String ratio(long n, long total) {
        return total == 0 ? "" : String.format("%.1f%%", 100.0 * n / total);
    }

    private static String name(int op) {
        return Instructions.info(op).name();
    }

    private static boolean isFamilyHead(int op) {
        return Adaptive.isAdaptive(op);
    }

    private static boolean isSpecializedForm(int op) {
        return Instructions.info(op).isSpecialized();
    }

    private static void table(StringBuilder out, List<String> columns, List<Row> rows) {
        if (rows.isEmpty()) return;
        out.append('\n').append("| ").append(String.join(" | ", columns)).append(" |\n|");
        for (int i = 0; i < columns.size(); i++) out.append(i == 0 ? " :--- |" : " ---: |");
        out.append('\n');
        for (Row row : rows) {
            out.append("| ").append(row.label());
            for (String cell : row.cells()) out.append(" | ").append(cell);
            out.append(" |\n");
        }
    }

    private static List<Integer> validOpcodes() {
        List<Integer> ops = new ArrayList<>();
        for (int op = 0; op < 256; op++) if (Instructions.isValid(op)) ops.add(op);
        return ops;
    }

    private static void executionCounts(StringBuilder out) {
        out.append("\n## Execution counts\n");
        List<Integer> ops = new ArrayList<>(validOpcodes());
        ops.removeIf(op -> SpecStats.executions(op) == 0);
        ops.sort(Comparator.comparingLong((Integer op) -> SpecStats.executions(op)).reversed());
        long total = ops.stream().mapToLong(SpecStats::executions).sum();
        long cumulative = 0;
        List<Row> rows = new ArrayList<>();
        for (int op : ops) {
            long n = SpecStats.executions(op);
            cumulative += n;
            long misses = isSpecializedForm(op) ? SpecStats.misses(op) : 0;
            rows.add(new Row(name(op), List.of(count(n), ratio(n, total), ratio(cumulative, total),
                    misses == 0 ? "" : ratio(misses, n))));
        }
        table(out, List.of("Name", "Count:", "Self:", "Cumulative:", "Miss ratio:"), rows);
    }

    private static void specializationStats(StringBuilder out) {
        out.append("\n## Specialization stats\n");
        List<Integer> heads = new ArrayList<>(validOpcodes());
        heads.removeIf(op -> !isFamilyHead(op));
        heads.sort(Comparator.comparing(StatsReport::name));
        for (int head : heads) family(out, head);
    }

    private static void family(StringBuilder out, int head) {
        long deferred = SpecStats.executions(head), hits = 0, misses = 0, deopts = 0;
        for (int member : Instructions.info(head).familyMembers()) {
            hits += SpecStats.hits(member);
            misses += SpecStats.misses(member);
            deopts += SpecStats.deopts(member);
        }
        long total = deferred + hits + misses;
        if (total == 0 && SpecStats.attempts(head) == 0) return;
        out.append("\n### ").append(name(head)).append('\n');
        table(out, List.of("Kind", "Count:", "Ratio:"), List.of(
                new Row("deferred", List.of(count(deferred), ratio(deferred, total))),
                new Row("hit", List.of(count(hits), ratio(hits, total))),
                new Row("miss", List.of(count(misses), ratio(misses, total))),
                new Row("deopt", List.of(count(deopts), ratio(deopts, total)))));
        Map<String, Long> failures = SpecStats.failures(head);
        long failed = failures.values().stream().mapToLong(Long::longValue).sum();
        long succeeded = SpecStats.successes(head);
        if (succeeded + failed > 0) {
            table(out, List.of("Success", "Count:", "Ratio:"), List.of(
                    new Row("Success", List.of(count(succeeded), ratio(succeeded, succeeded + failed))),
                    new Row("Failure", List.of(count(failed), ratio(failed, succeeded + failed)))));
        }
        List<Row> kinds = new ArrayList<>();
        failures.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> kinds.add(new Row(e.getKey(), List.of(count(e.getValue()), ratio(e.getValue(), failed)))));
        table(out, List.of("Failure kind", "Count:", "Ratio:"), kinds);
        List<Row> forms = new ArrayList<>();
        for (int member : Instructions.info(head).familyMembers()) {
            long executed = SpecStats.executions(member);
            if (member == head || executed + SpecStats.deopts(member) == 0) continue;
            forms.add(new Row(name(member), List.of(count(executed), count(SpecStats.hits(member)),
                    count(SpecStats.misses(member)), count(SpecStats.deopts(member)))));
        }
        table(out, List.of("Specialized form", "Executed:", "Hits:", "Misses:", "Deopts:"), forms);
    }

    private static void effectiveness(StringBuilder out) {
        long basic = 0, notSpecialized = 0, hits = 0, misses = 0;
        for (int op : validOpcodes()) {
            long n = SpecStats.executions(op);
            if (isFamilyHead(op)) notSpecialized += n;
            else if (isSpecializedForm(op) && isFamilyHead(Instructions.deoptimize(op))) {
                misses += SpecStats.misses(op);
                hits += n - SpecStats.misses(op);
            } else basic += n;
        }
        long total = basic + notSpecialized + hits + misses;
        out.append("\n## Specialization effectiveness\n");
        table(out, List.of("Instructions", "Count:", "Ratio:"), List.of(
                new Row("Basic", List.of(count(basic), ratio(basic, total))),
                new Row("Not specialized", List.of(count(notSpecialized), ratio(notSpecialized, total))),
                new Row("Specialized hits", List.of(count(hits), ratio(hits, total))),
                new Row("Specialized misses", List.of(count(misses), ratio(misses, total)))));
        long[] share = SpecStats.specializedShare();
        out.append(String.format("%nSpecializable instructions executed: %,d, specialized: %,d (%s)%n",
                share[0], share[1], share[0] == 0 ? "0.0%" : ratio(share[1], share[0])));
        out.append("\n### Deferred by instruction\n");
        topTen(out, op -> isFamilyHead(op) ? SpecStats.executions(op) : 0);
        out.append("\n### Misses by instruction\n");
        topTen(out, op -> isSpecializedForm(op) ? SpecStats.misses(op) : 0);
    }

    private static void topTen(StringBuilder out, java.util.function.IntToLongFunction value) {
        List<Integer> ops = new ArrayList<>(validOpcodes());
        ops.removeIf(op -> value.applyAsLong(op) == 0);
        ops.sort(Comparator.comparingLong((Integer op) -> value.applyAsLong(op)).reversed());
        long total = ops.stream().mapToLong(value::applyAsLong).sum();
        List<Row> rows = new ArrayList<>();
        for (int op : ops.subList(0, Math.min(10, ops.size()))) {
            rows.add(new Row(name(op), List.of(count(value.applyAsLong(op)), ratio(value.applyAsLong(op), total))));
        }
        table(out, List.of("Name", "Count:", "Ratio:"), rows);
    }

    private static void optimization(StringBuilder out) {
        out.append("\n## Optimization (Tier 2) stats\n");
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Optimization attempts (hot loops: back-edge counter ran out)", List.of(count(SpecStats.hotLoops()), "")));
        rows.add(new Row("Tier 2: code objects compiled", List.of(count(org.ember.jit.JitStats.compiledCount()), "")));
        rows.add(new Row("Tier 2: runs entered at a frame's start", List.of(count(org.ember.jit.JitStats.enteredCount()), "")));
        rows.add(new Row("Tier 2: generator/coroutine resumptions entered", List.of(count(org.ember.jit.JitStats.resumedCount()), "")));
        rows.add(new Row("Tier 2: runs entered in a hot loop (OSR)", List.of(count(org.ember.jit.JitStats.osrCount()), "")));
        rows.add(new Row("Tier 2: frames handed back to the interpreter", List.of(count(org.ember.jit.JitStats.deoptCount()), "")));
        rows.add(new Row("Tier 2: instructions compiled inline on JVM locals", List.of(count(org.ember.jit.JitStats.inlinedCount()), "")));
        rows.add(new Row("Tier 2: call sites compiled as direct calls", List.of(count(org.ember.jit.JitStats.directCallCount()), "")));
        rows.add(new Row("Tier 2: operator methods called directly by BINARY_OP", List.of(count(org.ember.jit.JitStats.dunderCallCount()), "")));
        rows.add(new Row("Tier 2: direct calls of functions outside the site's guard chain", List.of(count(org.ember.jit.JitStats.unguardedCallCount()), "")));
        rows.add(new Row("Tier 2: code objects split into region methods", List.of(count(org.ember.jit.JitStats.splitCount()), "")));
        rows.add(new Row("Tier 2: region methods of split code objects", List.of(count(org.ember.jit.JitStats.regionCount()), "")));
        org.ember.jit.JitStats.failures().forEach((reason, n) ->
                rows.add(new Row("Tier 2: not compiled: " + reason, List.of(count(n), ""))));
        table(out, List.of("", "Count:", "Ratio:"), rows);
    }
}
