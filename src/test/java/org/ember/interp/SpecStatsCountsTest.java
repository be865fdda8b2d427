package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The striped per-opcode counters of -X stats: counts from many threads add up exactly. */
class SpecStatsCountsTest {

    @Test
    void countsFromManyThreadsAddUp() throws InterruptedException {
        SpecStats.OpCounts counts = new SpecStats.OpCounts();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 20; t++) { // more threads than stripes: some share one
            int op = t % 3;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 10_000; i++) counts.increment(op);
            }));
        }
        for (Thread thread : threads) thread.join();
        assertEquals(70_000, counts.get(0));
        assertEquals(70_000, counts.get(1));
        assertEquals(60_000, counts.get(2));
        assertEquals(0, counts.get(3));
        counts.reset();
        assertEquals(0, counts.get(0));
    }
}
