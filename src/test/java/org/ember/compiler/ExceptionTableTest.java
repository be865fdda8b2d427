package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** handlerFor (which scans the bytes without decoding the list) and flatHandler (on flatten's ints) agree with decode. */
class ExceptionTableTest {
    private static ExceptionTable.Entry firstCovering(List<ExceptionTable.Entry> entries, int unit) {
        for (ExceptionTable.Entry e : entries) {
            if (e.start() <= unit && unit < e.end()) return e;
        }
        return null;
    }

    private static ExceptionTable.Entry flatEntry(int[] flat, int at) {
        if (at < 0) return null;
        return new ExceptionTable.Entry(flat[at], flat[at + 1], flat[at + 2], flat[at + 3], flat[at + 4] != 0);
    }

    @Test
    void handlerForMatchesTheDecodedEntries() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<ExceptionTable.Entry> entries = new ArrayList<>();
            int start = random.nextInt(5);
            for (int i = random.nextInt(8); i > 0; i--) {
                int length = 1 + random.nextInt(round % 2 == 0 ? 40 : 5000); // one- to three-byte varints
                entries.add(new ExceptionTable.Entry(start, start + length, random.nextInt(100000),
                        random.nextInt(300), random.nextBoolean()));
                start += length + random.nextInt(3) - 1; // gaps and overlaps
                if (start < 0) start = 0;
            }
            byte[] table = ExceptionTable.encode(entries);
            assertEquals(entries, ExceptionTable.decode(table));
            int[] flat = ExceptionTable.flatten(table);
            for (int unit = 0; unit < start + 3; unit++) {
                ExceptionTable.Entry expected = firstCovering(entries, unit);
                assertEquals(expected, ExceptionTable.handlerFor(table, unit), "unit " + unit);
                assertEquals(expected, flatEntry(flat, ExceptionTable.flatHandler(flat, unit)), "flat, unit " + unit);
            }
        }
    }
}
