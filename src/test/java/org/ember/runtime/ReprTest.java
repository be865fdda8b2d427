package org.ember.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Repr against outputs recorded from CPython (see tools/gen-repr-data.py): floats and complex
 * numbers by their exact bits, strings by their code points, the whole non-printable table.
 */
class ReprTest {

    static List<String> lines(String name) throws IOException {
        try (InputStream in = ReprTest.class.getResourceAsStream("/repr/" + name)) {
            if (in == null) throw new IOException("missing test data /repr/" + name);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> result = new ArrayList<>(List.of(text.split("\n")));
            result.removeIf(String::isEmpty);
            return result;
        }
    }

    static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    @Test
    void floatsMatchCPython() throws IOException {
        List<String> data = lines("floats.txt");
        assertTrue(data.size() > 8000);
        List<String> failures = new ArrayList<>();
        for (String line : data) {
            String[] f = line.split(" ", 2);
            String got = Repr.floatRepr(bits(f[0]));
            if (!got.equals(f[1])) failures.add(f[0] + ": expected " + f[1] + " got " + got);
        }
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }

    @Test
    void complexMatchesCPython() throws IOException {
        List<String> data = lines("complex.txt");
        assertTrue(data.size() > 600);
        for (String line : data) {
            String[] f = line.split(" ", 3);
            assertEquals(f[2], Repr.complexRepr(bits(f[0]), bits(f[1])), line);
        }
    }

    @Test
    void stringsMatchCPython() throws IOException {
        List<String> data = lines("strings.txt");
        assertTrue(data.size() > 300);
        for (String line : data) {
            int tab = line.indexOf('\t');
            StringBuilder s = new StringBuilder();
            if (tab > 0) {
                for (String cp : line.substring(0, tab).split(" ")) {
                    int c = Integer.parseInt(cp, 16);
                    // a lone surrogate code point is one Java char, as the parser will store it
                    if (c >= 0xd800 && c <= 0xdfff) s.append((char) c);
                    else s.appendCodePoint(c);
                }
            }
            assertEquals(line.substring(tab + 1), Repr.str(s.toString()), line);
        }
    }

    @Test
    void isPrintableAgreesWithCPythonForEveryCodePoint() throws IOException {
        boolean[] nonPrintable = new boolean[0x110000];
        for (String line : lines("nonprintable.txt")) {
            String[] f = line.split(" ");
            for (int c = Integer.parseInt(f[0], 16); c <= Integer.parseInt(f[1], 16); c++) nonPrintable[c] = true;
        }
        int wrong = 0, firstWrong = -1;
        for (int c = 0; c < nonPrintable.length; c++) {
            if (Repr.isPrintable(c) == nonPrintable[c]) {
                if (wrong++ == 0) firstWrong = c;
            }
        }
        assertEquals(0, wrong, "first disagreement at U+" + Integer.toHexString(firstWrong));
    }

    @Test
    void bytesMatchCPython() throws IOException {
        for (String line : lines("bytes.txt")) {
            int tab = line.indexOf('\t');
            byte[] b = HexFormat.of().parseHex(line.substring(0, tab));
            assertEquals(line.substring(tab + 1), Repr.bytes(b), line);
        }
    }

    @Test
    void ints() {
        assertEquals("-9223372036854775808", Repr.intRepr(Long.MIN_VALUE));
        assertEquals("0", Repr.intRepr(0L));
        assertEquals("-123456789012345678901234567890", Repr.intRepr(new BigInteger("-123456789012345678901234567890")));
    }

    @Test
    void floatFormsSpelledOut() {
        assertEquals("1e+16", Repr.floatRepr(1e16));
        assertEquals("1000000000000000.0", Repr.floatRepr(1e15));
        assertEquals("1.5e-05", Repr.floatRepr(1.5e-5));
        assertEquals("0.0001", Repr.floatRepr(1e-4));
        assertEquals("5e-324", Repr.floatRepr(Double.MIN_VALUE));
        assertEquals("-0.0", Repr.floatRepr(-0.0));
        assertEquals("(-0-1j)", Repr.complexRepr(-0.0, -1.0));
        assertEquals("infj", Repr.complexRepr(0.0, Double.POSITIVE_INFINITY));
        assertEquals("(nan+nanj)", Repr.complexRepr(Double.NaN, Double.NaN));
    }
}
