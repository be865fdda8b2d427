package org.ember.modules.binary;

import java.util.Arrays;

/**
 * What BLAKE2b and BLAKE2s share (RFC 7693): the block buffering, which always keeps the last
 * block back until more data shows it is not the last, and the finalization (count the buffered
 * bytes, zero-pad, compress with the last-block flag, output the state little-endian). The
 * subclasses hold the state words and the byte counter, and compress.
 */
abstract sealed class Blake2Engine implements Digest permits Blake2b, Blake2s {
    final Blake2Params params;
    final byte[] buffer;
    int buffered;

    Blake2Engine(Blake2Params params, int blockSize) {
        this.params = params;
        this.buffer = new byte[blockSize];
        if (params.key().length > 0) {
            System.arraycopy(params.key(), 0, buffer, 0, params.key().length);
            buffered = blockSize; // the zero-padded key is the first block
        }
    }

    Blake2Engine(Blake2Engine other) {
        this.params = other.params;
        this.buffer = other.buffer.clone();
        this.buffered = other.buffered;
    }

    /** Adds {@code n} to the count of bytes compressed. */
    abstract void addCount(int n);

    /** Compresses {@link #buffer} into the state. */
    abstract void compress(boolean last);

    /** Byte {@code i} of the state, little-endian. */
    abstract byte stateByte(int i);

    abstract Blake2Engine duplicate();

    @Override public int digestSize() { return params.digestSize(); }
    @Override public int blockSize() { return buffer.length; }
    @Override public Digest copy() { return duplicate(); }

    @Override
    public void update(byte[] data, int offset, int length) {
        int end = offset + length;
        while (offset < end) {
            if (buffered == buffer.length) {
                addCount(buffer.length);
                compress(false);
                buffered = 0;
            }
            int n = Math.min(buffer.length - buffered, end - offset);
            System.arraycopy(data, offset, buffer, buffered, n);
            buffered += n;
            offset += n;
        }
    }

    @Override
    public byte[] digest() {
        Blake2Engine last = duplicate();
        last.addCount(last.buffered);
        Arrays.fill(last.buffer, last.buffered, buffer.length, (byte) 0);
        last.compress(true);
        byte[] out = new byte[params.digestSize()];
        for (int i = 0; i < out.length; i++) out[i] = last.stateByte(i);
        return out;
    }

    static int littleEndian32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    static long littleEndian64(byte[] b, int at) {
        return (littleEndian32(b, at) & 0xFFFFFFFFL) | ((long) littleEndian32(b, at + 4) << 32);
    }
}
