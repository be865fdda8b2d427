package org.ember.modules.binary;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One compression stream over java.util.zip's Deflater: raw deflate, the zlib wrapper (written by
 * the Deflater) or gzip (header and trailer written here, as zlib writes them: no name, mtime 0,
 * OS "Unix"). The JDK's Deflater always uses a 32 KiB window and memLevel 8, and knows only the
 * default, filtered and Huffman-only strategies (Z_RLE and Z_FIXED compress as the default).
 */
final class DeflateStream {

    static final int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5;

    private final Deflater deflater;
    private final InflateStream.Container container;
    private final int level;
    private final int strategy;
    private boolean headerWritten;
    private final CRC32 crc = new CRC32();
    private long inputLength;
    boolean finished;

    DeflateStream(int level, InflateStream.Container container, int strategy, byte[] zdict) {
        this.container = container;
        this.level = level;
        this.strategy = strategy;
        this.deflater = new Deflater(level, container != InflateStream.Container.ZLIB);
        deflater.setStrategy(switch (strategy) {
            case 1 -> Deflater.FILTERED;
            case 2 -> Deflater.HUFFMAN_ONLY;
            default -> Deflater.DEFAULT_STRATEGY;
        });
        if (zdict != null) deflater.setDictionary(zdict);
    }

    byte[] compress(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeGzipHeader(out);
        if (container == InflateStream.Container.GZIP) {
            crc.update(data);
            inputLength += data.length;
        }
        deflater.setInput(data);
        byte[] buffer = new byte[16384];
        while (!deflater.needsInput()) {
            int n = deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    byte[] flush(int mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (mode == Z_NO_FLUSH) return out.toByteArray();
        writeGzipHeader(out);
        byte[] buffer = new byte[16384];
        if (mode == Z_FINISH) {
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            if (container == InflateStream.Container.GZIP) {
                writeLittleEndian32(out, crc.getValue());
                writeLittleEndian32(out, inputLength);
            }
            deflater.end();
            finished = true;
            return out.toByteArray();
        }
        // Z_PARTIAL_FLUSH and Z_BLOCK have no JDK equivalent: a sync flush also ends on a byte boundary
        int flush = mode == Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
        while (true) {
            int n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
            if (n < buffer.length) break;
        }
        return out.toByteArray();
    }

    private void writeGzipHeader(ByteArrayOutputStream out) {
        if (container != InflateStream.Container.GZIP || headerWritten) return;
        headerWritten = true;
        // zlib's extra flags: 2 = best compression, 4 = fastest
        int extraFlags = level == 9 ? 2 : (strategy >= 2 || (level < 2 && level >= 0)) ? 4 : 0;
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) extraFlags, 3});
    }

    private static void writeLittleEndian32(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) out.write((int) (v >>> (8 * i)));
    }

    void end() {
        deflater.end();
    }
}
