package org.ember.compiler;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython's exception table (co_exceptiontable): entries of four varints (start, length, target,
 * depth << 1 | lasti), offsets in code units. Varints use 6 bits per byte, most significant
 * first, bit 6 marking "more follows"; bit 7 marks the first byte of an entry.
 */
public final class ExceptionTable {
    private ExceptionTable() {}

    /** Handler entry: code units [start, end) jump to {@code target} with the stack cut to {@code depth}. */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {}

    static byte[] encode(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry entry : entries) {
            item(out, entry.start(), 0x80);
            item(out, entry.end() - entry.start(), 0);
            item(out, entry.target(), 0);
            item(out, (entry.depth() << 1) | (entry.lasti() ? 1 : 0), 0);
        }
        return out.toByteArray();
    }

    private static void item(ByteArrayOutputStream out, int value, int msb) {
        if (value < 0 || value >= 1 << 30) throw new CompilerError("exception table value out of range: " + value);
        for (int shift = 24; shift > 0; shift -= 6) {
            if (value >= 1 << shift) {
                out.write(((value >> shift) & 0x3f) | 0x40 | msb);
                msb = 0;
            }
        }
        out.write((value & 0x3f) | msb);
    }

    public static List<Entry> decode(byte[] table) {
        List<Entry> entries = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < table.length) {
            int start = read(table, pos);
            int length = read(table, pos);
            int target = read(table, pos);
            int depthLasti = read(table, pos);
            entries.add(new Entry(start, start + length, target, depthLasti >> 1, (depthLasti & 1) != 0));
        }
        return entries;
    }

    /**
     * The handler covering code unit {@code unitIndex}, or null (the exception propagates). Runs
     * on every exception caught or passing through a frame, so it scans the bytes without
     * building the entry list (decoding it allocated a fifth of exceptions_closures' bytes).
     */
    public static Entry handlerFor(byte[] table, int unitIndex) {
        int pos = 0;
        while (pos < table.length) {
            long start = readPacked(table, pos);
            long length = readPacked(table, (int) start);
            long target = readPacked(table, (int) length);
            long depthLasti = readPacked(table, (int) target);
            pos = (int) depthLasti;
            int from = (int) (start >>> 32);
            if (from <= unitIndex && unitIndex < from + (int) (length >>> 32)) {
                int packed = (int) (depthLasti >>> 32);
                return new Entry(from, from + (int) (length >>> 32), (int) (target >>> 32), packed >> 1, (packed & 1) != 0);
            }
        }
        return null;
    }

    /** Ints per entry of {@link #flatten}'s array: start, end, target, depth, lasti (0 or 1). */
    public static final int FLAT_ENTRY = 5;

    /**
     * The table decoded once into ints ({@link #FLAT_ENTRY} per entry), for an unwinder that looks
     * handlers up often: {@link #flatHandler} then scans ints instead of varint bytes.
     */
    public static int[] flatten(byte[] table) {
        List<Entry> entries = decode(table);
        int[] flat = new int[entries.size() * FLAT_ENTRY];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            int at = i * FLAT_ENTRY;
            flat[at] = e.start();
            flat[at + 1] = e.end();
            flat[at + 2] = e.target();
            flat[at + 3] = e.depth();
            flat[at + 4] = e.lasti() ? 1 : 0;
        }
        return flat;
    }

    /** The offset in {@code flat} of the entry covering {@code unitIndex} (the first, as {@link #handlerFor}), or -1. */
    public static int flatHandler(int[] flat, int unitIndex) {
        for (int at = 0; at < flat.length; at += FLAT_ENTRY) {
            if (flat[at] <= unitIndex && unitIndex < flat[at + 1]) return at;
        }
        return -1;
    }

    /** The varint at pos: its value in the high 32 bits, the position after it in the low 32. */
    private static long readPacked(byte[] table, int pos) {
        if (pos >= table.length) throw new IllegalArgumentException("truncated exception table");
        int b = table[pos++] & 0xFF;
        int value = b & 0x3f;
        while ((b & 0x40) != 0) {
            if (pos >= table.length) throw new IllegalArgumentException("truncated exception table");
            b = table[pos++] & 0xFF;
            value = (value << 6) | (b & 0x3f);
        }
        return ((long) value << 32) | pos;
    }

    private static int read(byte[] table, int[] pos) {
        if (pos[0] >= table.length) throw new IllegalArgumentException("truncated exception table");
        int b = table[pos[0]++] & 0xFF;
        int value = b & 0x3f;
        while ((b & 0x40) != 0) {
            if (pos[0] >= table.length) throw new IllegalArgumentException("truncated exception table");
            b = table[pos[0]++] & 0xFF;
            value = (value << 6) | (b & 0x3f);
        }
        return value;
    }
}
