package org.ember.modules.binary;

/**
 * CRC-32 (the zlib/PNG polynomial, reflected) and Adler-32 continuing from any start value, as
 * {@code binascii.crc32} and {@code zlib.crc32/adler32} allow (java.util.zip's classes always
 * start from the initial value).
 */
final class Checksums {
    private Checksums() {}

    private static final int[] CRC_TABLE = new int[256];
    static {
        for (int i = 0; i < 256; i++) {
            int c = i;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320 : c >>> 1;
            CRC_TABLE[i] = c;
        }
    }

    /** The CRC-32 of data continuing from {@code start} (0 for a fresh one), as an unsigned value. */
    static long crc32(byte[] data, long start) {
        int crc = ~(int) start;
        for (byte b : data) crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >>> 8);
        return ~crc & 0xFFFFFFFFL;
    }

    private static final int ADLER_BASE = 65521;

    /** The Adler-32 of data continuing from {@code start} (1 for a fresh one). */
    static long adler32(byte[] data, long start) {
        long a = start & 0xFFFF, b = (start >>> 16) & 0xFFFF;
        int i = 0;
        while (i < data.length) {
            // reduce every 5552 bytes, as zlib does (the sums stay far from overflow)
            int end = Math.min(data.length, i + 5552);
            for (; i < end; i++) {
                a += data[i] & 0xFF;
                b += a;
            }
            a %= ADLER_BASE;
            b %= ADLER_BASE;
        }
        return (b << 16) | a;
    }
}
