package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The location-table and exception-table decoders against CPython 3.14's own reading of the
 * recorded tables (co_lines(), co_positions()), plus encoder round trips.
 */
class TableDecodersTest {

    @Test
    void linesAndPositionsMatchCPythonForEveryRecordedUnit() throws IOException {
        int units = 0;
        for (RecordedCases.Case c : RecordedCases.load()) {
            for (RecordedCases.Unit unit : c.units) {
                byte[] table = HexFormat.of().parseHex(unit.expectLinetable);
                String where = c.name + " unit " + unit.index;
                assertEquals(render(unit.expectLines), render(LocationTable.lines(table, unit.firstLineno)), where + " co_lines");
                assertEquals(render(unit.expectPositions), render(LocationTable.positions(table, unit.firstLineno)), where + " co_positions");
                units++;
            }
        }
        assertEquals(true, units > 100, "recorded units read: " + units);
    }

    private static String render(List<int[]> tuples) {
        StringBuilder out = new StringBuilder();
        for (int[] tuple : tuples) out.append(java.util.Arrays.toString(tuple)).append('\n');
        return out.toString();
    }

    @Test
    void everyLocationFormRoundTrips() {
        LocationTable.Writer writer = new LocationTable.Writer(10);
        List<Location> locations = List.of(
                new Location(10, 10, 4, 9),       // short form
                new Location(12, 12, 100, 120),   // one-line form, delta 2
                new Location(12, 12, -1, -1),     // no column
                new Location(5, 9, 3, 200),       // long form, negative delta
                Location.NO_LOCATION,
                new Location(400, 400, 0, 0));    // long form: delta too big for one-line
        for (Location loc : locations) writer.emit(loc, 3);
        writer.emit(new Location(400, 400, 2, 3), 20); // split into entries of at most 8 units
        List<LocationTable.Entry> entries = LocationTable.decode(writer.bytes(), 10);
        assertEquals(List.of(
                new LocationTable.Entry(0, 3, 10, 10, 4, 9),
                new LocationTable.Entry(3, 6, 12, 12, 100, 120),
                new LocationTable.Entry(6, 9, 12, 12, -1, -1),
                new LocationTable.Entry(9, 12, 5, 9, 3, 200),
                new LocationTable.Entry(12, 15, -1, -1, -1, -1),
                new LocationTable.Entry(15, 18, 400, 400, 0, 0),
                new LocationTable.Entry(18, 26, 400, 400, 2, 3),
                new LocationTable.Entry(26, 34, 400, 400, 2, 3),
                new LocationTable.Entry(34, 38, 400, 400, 2, 3)), entries);
        assertEquals(new LocationTable.Entry(3, 6, 12, 12, 100, 120), LocationTable.positionOf(writer.bytes(), 10, 4));
        assertNull(LocationTable.positionOf(writer.bytes(), 10, 38));
    }

    @Test
    void exceptionTableRoundTripsAndFindsHandlers() {
        List<ExceptionTable.Entry> entries = List.of(
                new ExceptionTable.Entry(2, 12, 14, 0, false),
                new ExceptionTable.Entry(14, 5000, 70000, 3, true),
                new ExceptionTable.Entry(5000, 5001, (1 << 29) + 5, 1, false));
        byte[] table = ExceptionTable.encode(entries);
        assertEquals(entries, ExceptionTable.decode(table));
        assertEquals(entries.get(1), ExceptionTable.handlerFor(table, 14));
        assertEquals(entries.get(1), ExceptionTable.handlerFor(table, 4999));
        assertEquals(entries.get(0), ExceptionTable.handlerFor(table, 11));
        assertNull(ExceptionTable.handlerFor(table, 1));
        assertNull(ExceptionTable.handlerFor(table, 5001));
    }

    @Test
    void exceptionTableMatchesCPythonsBytes() {
        // try_except's table as CPython 3.14 wrote it: L1-L2 -> L3 [0]; L3-L4 -> L6 [1] lasti; L5-L6 -> L6 [1] lasti
        byte[] cpython = HexFormat.of().parseHex("820a0e008e0b1d039c011d03");
        assertEquals(List.of(
                new ExceptionTable.Entry(2, 12, 14, 0, false),
                new ExceptionTable.Entry(14, 25, 29, 1, true),
                new ExceptionTable.Entry(28, 29, 29, 1, true)), ExceptionTable.decode(cpython));
        assertEquals(HexFormat.of().formatHex(cpython), HexFormat.of().formatHex(ExceptionTable.encode(ExceptionTable.decode(cpython))));
    }

    @Test
    void malformedTablesAreRejectedWithIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> ExceptionTable.decode(new byte[] {(byte) 0xC1}));
        assertThrows(IllegalArgumentException.class, () -> LocationTable.decode(new byte[] {0x01}, 1));
        assertThrows(IllegalArgumentException.class, () -> LocationTable.decode(new byte[] {(byte) 0xF0, (byte) 0x41}, 1));
        assertThrows(IllegalArgumentException.class, () -> LocationTable.decode(new byte[] {(byte) 0x80}, 1));
        assertThrows(IllegalArgumentException.class, () -> LocationTable.decode(new byte[] {(byte) 0xD0, 3}, 1));
    }
}
