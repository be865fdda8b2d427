package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11+'s location table (co_linetable): a sequence of entries, each covering 1 to 8
 * code units. An entry's first byte is 1CCCCLLL (C: code, L: units - 1), then:
 * <ul>
 *   <li>codes 0-9, short form: one byte, column = code*8 + high 3 bits, end = column + low 4 bits,
 *       same line as before;</li>
 *   <li>10-12, one-line form: line delta code-10, then column and end-column bytes;</li>
 *   <li>13, no column: signed varint line delta;</li>
 *   <li>14, long form: signed varint line delta, varint end-line delta, varint column+1,
 *       varint end-column+1;</li>
 *   <li>15, no location.</li>
 * </ul>
 * Varints are 6 bits per byte, least significant first, bit 6 set on all but the last; signed
 * varints store (|v| << 1) | sign.
 */
public final class LocationTable {
    private LocationTable() {}

    static final int SHORT_FORM_MAX_CODE = 9;
    static final int ONE_LINE_CODE = 10;
    static final int NO_COLUMN_CODE = 13;
    static final int LONG_CODE = 14;
    static final int NONE_CODE = 15;

    /** Encodes one location per run of code units. */
    static final class Writer {
        private final ByteSink out = new ByteSink();
        private int lineno;

        Writer(int firstLineno) {
            lineno = firstLineno;
        }

        void emit(Location loc, int units) {
            while (units > 8) {
                entry(loc, 8);
                units -= 8;
            }
            if (units > 0) entry(loc, units);
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void entry(Location loc, int units) {
            if (loc.lineno() < 0) {
                firstByte(NONE_CODE, units);
                return;
            }
            int lineDelta = loc.lineno() - lineno;
            int column = loc.colOffset();
            int endColumn = loc.endColOffset();
            if (column < 0 || endColumn < 0) {
                if (loc.endLineno() == loc.lineno() || loc.endLineno() == -1) {
                    firstByte(NO_COLUMN_CODE, units);
                    signedVarint(lineDelta);
                    lineno = loc.lineno();
                    return;
                }
            } else if (loc.endLineno() == loc.lineno()) {
                if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
                    firstByte(column >> 3, units);
                    out.write(((column & 7) << 4) | (endColumn - column));
                    return;
                }
                if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
                    firstByte(ONE_LINE_CODE + lineDelta, units);
                    out.write(column);
                    out.write(endColumn);
                    lineno = loc.lineno();
                    return;
                }
            }
            firstByte(LONG_CODE, units);
            signedVarint(lineDelta);
            varint(loc.endLineno() - loc.lineno());
            varint(column + 1);
            varint(endColumn + 1);
            lineno = loc.lineno();
        }

        private void firstByte(int code, int units) {
            out.write(0x80 | (code << 3) | (units - 1));
        }

        private void varint(int value) {
            while (value >= 64) {
                out.write(64 | (value & 63));
                value >>>= 6;
            }
            out.write(value);
        }

        private void signedVarint(int value) {
            varint(value < 0 ? ((-value) << 1) | 1 : value << 1);
        }
    }

    /** A growable byte array without ByteArrayOutputStream's per-byte locking (the writer runs per code unit). */
    private static final class ByteSink {
        private byte[] bytes = new byte[64];
        private int size;

        void write(int b) {
            if (size == bytes.length) bytes = java.util.Arrays.copyOf(bytes, size * 2);
            bytes[size++] = (byte) b;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }

    /**
     * One decoded entry: the code units [start, end) and their position; -1 for unknown parts
     * (as co_positions() reports None). {@code line} is -1 for the no-location form.
     */
    public record Entry(int start, int end, int line, int endLine, int column, int endColumn) {}

    /** Decodes a whole table; code unit offsets start at 0. */
    public static List<Entry> decode(byte[] table, int firstLineno) {
        List<Entry> entries = new ArrayList<>();
        int[] pos = {0};
        int line = firstLineno;
        int unit = 0;
        while (pos[0] < table.length) {
            int first = table[pos[0]++] & 0xFF;
            if ((first & 0x80) == 0) throw new IllegalArgumentException("malformed location table");
            int code = (first >> 3) & 15;
            int length = (first & 7) + 1;
            int end = unit + length;
            switch (code) {
                case NONE_CODE -> entries.add(new Entry(unit, end, -1, -1, -1, -1));
                case LONG_CODE -> {
                    line += readSignedVarint(table, pos);
                    int endLine = line + readVarint(table, pos);
                    int column = readVarint(table, pos) - 1;
                    int endColumn = readVarint(table, pos) - 1;
                    entries.add(new Entry(unit, end, line, endLine, column, endColumn));
                }
                case NO_COLUMN_CODE -> {
                    line += readSignedVarint(table, pos);
                    entries.add(new Entry(unit, end, line, line, -1, -1));
                }
                case ONE_LINE_CODE, ONE_LINE_CODE + 1, ONE_LINE_CODE + 2 -> {
                    line += code - ONE_LINE_CODE;
                    int column = readByte(table, pos);
                    int endColumn = readByte(table, pos);
                    entries.add(new Entry(unit, end, line, line, column, endColumn));
                }
                default -> {
                    int second = readByte(table, pos);
                    int column = code * 8 + (second >> 4);
                    entries.add(new Entry(unit, end, line, line, column, column + (second & 15)));
                }
            }
            unit = end;
        }
        return entries;
    }

    /** co_lines(): (start byte offset, end byte offset, line or -1), merging equal adjacent lines. */
    public static List<int[]> lines(byte[] table, int firstLineno) {
        List<int[]> lines = new ArrayList<>();
        for (Entry entry : decode(table, firstLineno)) {
            int[] lastRange = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (lastRange != null && lastRange[2] == entry.line() && lastRange[1] == entry.start() * 2) {
                lastRange[1] = entry.end() * 2;
            } else {
                lines.add(new int[] {entry.start() * 2, entry.end() * 2, entry.line()});
            }
        }
        return lines;
    }

    /**
     * co_positions(): one (line, end line, column, end column) per code unit, -1 where CPython
     * reports None. Units the table does not cover are left out (the table covers all code).
     */
    public static List<int[]> positions(byte[] table, int firstLineno) {
        List<int[]> positions = new ArrayList<>();
        for (Entry entry : decode(table, firstLineno)) {
            for (int unit = entry.start(); unit < entry.end(); unit++) {
                positions.add(new int[] {entry.line(), entry.endLine(), entry.column(), entry.endColumn()});
            }
        }
        return positions;
    }

    /** The position of the code unit at {@code unitIndex}, or null if the table does not cover it. */
    public static Entry positionOf(byte[] table, int firstLineno, int unitIndex) {
        for (Entry entry : decode(table, firstLineno)) {
            if (entry.start() <= unitIndex && unitIndex < entry.end()) return entry;
        }
        return null;
    }

    private static int readVarint(byte[] table, int[] pos) {
        int value = 0;
        int shift = 0;
        int b;
        do {
            b = readByte(table, pos);
            value |= (b & 63) << shift;
            shift += 6;
        } while ((b & 64) != 0);
        return value;
    }

    private static int readByte(byte[] table, int[] pos) {
        if (pos[0] >= table.length) throw new IllegalArgumentException("truncated location table");
        return table[pos[0]++] & 0xFF;
    }

    private static int readSignedVarint(byte[] table, int[] pos) {
        int value = readVarint(table, pos);
        return (value & 1) != 0 ? -(value >>> 1) : value >>> 1;
    }
}
