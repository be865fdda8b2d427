package org.ember.jit;

import java.util.Arrays;

/**
 * How a large code object's instructions are split into region methods (docs/jit.md, "Large
 * code objects"): region k holds the instructions with indexes {@code starts[k]} up to the next
 * region's start. HotSpot compiles no method over 8000 bytes of bytecode (HugeMethodLimit), so
 * a code object whose generated code is larger becomes several methods, each under the limit,
 * and a small {@code run} that calls the region holding the current entry until one returns
 * something other than a {@code RegionJump}.
 *
 * <p>Region boundaries are placed where few loops are crossed (a loop split across two regions
 * pays a return and a call per iteration, twice), near equal shares of the instructions.
 */
final class Regions {
    /** The first instruction index of each region, ascending; starts[0] == 0. */
    private final int[] starts;
    private final int size;

    private Regions(int[] starts, int size) {
        this.starts = starts;
        this.size = size;
    }

    /** One region holding all {@code size} instructions. */
    static Regions whole(int size) {
        return new Regions(new int[] {0}, size);
    }

    int count() {
        return starts.length;
    }

    /** The first instruction index of region {@code k}. */
    int from(int k) {
        return starts[k];
    }

    /** One past the last instruction index of region {@code k}. */
    int to(int k) {
        return k + 1 < starts.length ? starts[k + 1] : size;
    }

    /** The region holding instruction {@code index}. */
    int regionOf(int index) {
        int k = Arrays.binarySearch(starts, index);
        return k >= 0 ? k : -k - 2;
    }

    /** Whether instruction {@code index} starts a region (it is entered with the whole stack in f.values). */
    boolean startsRegion(int index) {
        return Arrays.binarySearch(starts, index) >= 0;
    }

    /**
     * These regions with each one over {@code limit} bytes (its generated size in
     * {@code bytes}) split in parts of at most ~85% of the limit (room for what the split adds:
     * spills at the new boundaries, exits). {@code reachable[i]}: instruction i can start a
     * region; {@code nesting[i]}: how many loops a boundary just before i would cut. Null when
     * an oversized region cannot be split (a single instruction).
     */
    Regions split(int[] bytes, int limit, boolean[] reachable, int[] nesting) {
        int[] next = new int[0];
        for (int k = 0; k < count(); k++) {
            next = append(next, from(k));
            if (bytes[k] <= limit) continue;
            int parts = (int) Math.ceil(bytes[k] / (limit * 0.85));
            int from = from(k), to = to(k), previous = from;
            for (int p = 1; p < parts; p++) {
                int target = from + (int) ((long) (to - from) * p / parts);
                int window = Math.max(1, (to - from) / (3 * parts));
                int best = bestBoundary(Math.max(previous + 1, target - window), Math.min(to - 1, target + window), target, reachable, nesting);
                if (best < 0) continue;
                next = append(next, best);
                previous = best;
            }
            if (previous == from) return null; // nothing to split at
        }
        return new Regions(next, size);
    }

    /** In [lo, hi]: the reachable instruction cutting the fewest loops, then the nearest to {@code target}; -1 if none. */
    private static int bestBoundary(int lo, int hi, int target, boolean[] reachable, int[] nesting) {
        int best = -1;
        long bestScore = Long.MAX_VALUE;
        for (int i = lo; i <= hi; i++) {
            if (!reachable[i]) continue;
            long score = (long) nesting[i] * Integer.MAX_VALUE + Math.abs(i - target);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static int[] append(int[] values, int value) {
        int[] out = Arrays.copyOf(values, values.length + 1);
        out[values.length] = value;
        return out;
    }

    @Override
    public String toString() {
        return "Regions" + Arrays.toString(starts) + " of " + size;
    }
}
