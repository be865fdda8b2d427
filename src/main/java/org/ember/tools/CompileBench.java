package org.ember.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ember.compiler.Compiler;
import org.ember.compiler.CompilerError;
import org.ember.parser.ParseError;
import org.ember.parser.Parser;

/**
 * Steady-state compile throughput (source bytes → code objects: tokenizer, parser, symbol table,
 * code generator, flow-graph passes, assembler), for {@code bench/run-compile}. Loads every file
 * of LISTFILE into memory, compiles them all for WARMUP rounds so that HotSpot has compiled the
 * compiler, then ROUNDS timed rounds. The counterpart of CPython's {@code compile(src, path, 'exec')}.
 *
 * <p>Usage: {@code java -cp target/ember.jar org.ember.tools.CompileBench LISTFILE [WARMUP [ROUNDS]]}.
 * Prints one line per round and a final {@code ember MBps best=... median=... files=... failed=...}
 * line that the runner reads (1 MB = 10^6 bytes of source).
 */
public final class CompileBench {
    private CompileBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CompileBench LISTFILE [WARMUP [ROUNDS]]");
            System.exit(2);
        }
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> names = new ArrayList<>();
        List<byte[]> sources = new ArrayList<>();
        long totalBytes = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            byte[] source = Files.readAllBytes(Path.of(line));
            names.add(line);
            sources.add(source);
            totalBytes += source.length;
        }
        for (int r = 0; r < warmup; r++) {
            Round round = compileAll(names, sources);
            System.out.printf("warm-up %d: %.1f MB/s%n", r + 1, totalBytes / 1e6 / round.seconds);
        }
        double[] mbps = new double[rounds];
        double[] cpuMbps = new double[rounds];
        int failed = 0;
        for (int r = 0; r < rounds; r++) {
            Round round = compileAll(names, sources);
            mbps[r] = totalBytes / 1e6 / round.seconds;
            cpuMbps[r] = totalBytes / 1e6 / round.cpuSeconds;
            failed = round.failed;
            System.out.printf("round %d: %.1f MB/s (per CPU second: %.1f)%n", r + 1, mbps[r], cpuMbps[r]);
        }
        Arrays.sort(mbps);
        Arrays.sort(cpuMbps);
        System.out.printf("ember MBps best=%.2f median=%.2f cpu_median=%.2f files=%d bytes=%d failed=%d%n",
                mbps[rounds - 1], mbps[rounds / 2], cpuMbps[rounds / 2], names.size(), totalBytes, failed);
    }

    /**
     * Wall time, and the process's CPU time (all threads: compiler, GC, JIT), which stays
     * meaningful on a machine shared with other jobs.
     */
    private record Round(double seconds, double cpuSeconds, int failed) {}

    private static Round compileAllTimingPhases(List<String> names, List<byte[]> sources) {
        int failed = 0;
        parseNanos = compileNanos = 0;
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        for (int i = 0; i < sources.size(); i++) {
            String name = names.get(i);
            try {
                long t0 = System.nanoTime();
                var module = Parser.parse(sources.get(i), name, Parser.Mode.EXEC, false);
                long t1 = System.nanoTime();
                Compiler.compile(module, name, 0);
                long t2 = System.nanoTime();
                parseNanos += t1 - t0;
                compileNanos += t2 - t1;
            } catch (ParseError | CompilerError e) {
                failed++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  phases: parse %.0f%%, compile %.0f%%%n", 100.0 * parseNanos / (parseNanos + compileNanos),
                100.0 * compileNanos / (parseNanos + compileNanos));
        return new Round(seconds, (processCpuNanos() - cpuStart) / 1e9, failed);
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return System.nanoTime();
    }

    /** Nanoseconds spent parsing and compiling (AST to code) in the last round, for -Dember.bench.phases=true. */
    private static long parseNanos, compileNanos;
    private static final boolean PHASES = Boolean.getBoolean("ember.bench.phases");

    private static Round compileAll(List<String> names, List<byte[]> sources) {
        if (PHASES) return compileAllTimingPhases(names, sources);
        int failed = 0;
        long cpuStart = processCpuNanos();
        long threadStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < sources.size(); i++) {
            String name = names.get(i);
            try {
                Compiler.compile(Parser.parse(sources.get(i), name, Parser.Mode.EXEC, false), name, 0);
            } catch (ParseError | CompilerError e) {
                failed++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double threadSeconds = (THREADS.getCurrentThreadCpuTime() - threadStart) / 1e9;
        System.out.printf("  CPU seconds: %.2f, of which the compiling thread %.2f (the rest: GC and JIT threads)%n",
                cpuSeconds, threadSeconds);
        return new Round(seconds, cpuSeconds, failed);
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
}
