package org.ember.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ember.parser.ParseError;
import org.ember.parser.SourceParser;

/**
 * Steady-state parse throughput of Ember's parser, for {@code bench/run-parse}: loads every file
 * of LISTFILE into memory, parses them all (mode exec, no type comments, as {@code ast.parse})
 * for WARMUP rounds so that HotSpot has compiled the parser, then ROUNDS timed rounds.
 *
 * <p>Usage: {@code java -cp target/ember.jar org.ember.tools.ParseBench LISTFILE [WARMUP [ROUNDS]]}.
 * Prints one line per round and a final {@code ember MBps best=... median=... files=... failed=...}
 * line that the runner reads (1 MB = 10^6 bytes of source).
 */
public final class ParseBench {
    private ParseBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ParseBench LISTFILE [WARMUP [ROUNDS]]");
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
        SourceParser parser = SourceParser.ember();
        for (int r = 0; r < warmup; r++) {
            Round round = parseAll(parser, names, sources);
            System.out.printf("warm-up %d: %.1f MB/s%n", r + 1, totalBytes / 1e6 / round.seconds);
        }
        double[] mbps = new double[rounds];
        int failed = 0;
        for (int r = 0; r < rounds; r++) {
            Round round = parseAll(parser, names, sources);
            mbps[r] = totalBytes / 1e6 / round.seconds;
            failed = round.failed;
            System.out.printf("round %d: %.1f MB/s%n", r + 1, mbps[r]);
        }
        Arrays.sort(mbps);
        System.out.printf("ember MBps best=%.2f median=%.2f files=%d bytes=%d failed=%d%n",
                mbps[rounds - 1], mbps[rounds / 2], names.size(), totalBytes, failed);
    }

    private record Round(double seconds, int failed) {}

    private static Round parseAll(SourceParser parser, List<String> names, List<byte[]> sources) {
        int failed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < sources.size(); i++) {
            try {
                if (parser.parse(sources.get(i), names.get(i), "exec", false) == null) failed++;
            } catch (ParseError e) {
                failed++;
            }
        }
        return new Round((System.nanoTime() - start) / 1e9, failed);
    }
}
