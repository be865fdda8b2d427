package org.ember.modules.binary;

/** BLAKE2b (RFC 7693): 64-bit words, 128-byte blocks, 12 rounds, digests of 1 to 64 bytes. */
final class Blake2b extends Blake2Engine {
    static final long[] IV = {
        0x6A09E667F3BCC908L, 0xBB67AE8584CAA73BL, 0x3C6EF372FE94F82BL, 0xA54FF53A5F1D36F1L,
        0x510E527FADE682D1L, 0x9B05688C2B3E6C1FL, 0x1F83D9ABFB41BD6BL, 0x5BE0CD19137E2179L,
    };
    static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };
    private static final int BLOCK = 128;
    private static final java.lang.invoke.VarHandle LONGS_LE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private final long[] h;
    private long countLow, countHigh;

    Blake2b(Blake2Params params) {
        super(params, BLOCK);
        this.h = IV.clone();
        byte[] p = params.block(true);
        for (int i = 0; i < 8; i++) h[i] ^= littleEndian64(p, 8 * i);
    }

    private Blake2b(Blake2b other) {
        super(other);
        this.h = other.h.clone();
        this.countLow = other.countLow;
        this.countHigh = other.countHigh;
    }

    @Override public String name() { return "blake2b"; }
    @Override Blake2b duplicate() { return new Blake2b(this); }

    @Override
    void addCount(int n) {
        countLow += n;
        if (Long.compareUnsigned(countLow, n) < 0) countHigh++;
    }

    @Override
    byte stateByte(int i) {
        return (byte) (h[i / 8] >>> (8 * (i % 8)));
    }

    @Override
    void compress(boolean last) {
        long[] hash = h;
        byte[] block = buffer;
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) m[i] = (long) LONGS_LE.get(block, 8 * i);
        long[] v = new long[16];
        System.arraycopy(hash, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= countLow;
        v[13] ^= countHigh;
        if (last) {
            v[14] = ~v[14];
            if (params.lastNode()) v[15] = ~v[15];
        }
        for (int round = 0; round < 12; round++) {
            byte[] s = SIGMA[round % 10];
            mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) hash[i] ^= v[i] ^ v[i + 8];
    }

    private static void mix(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] += v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] += v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }
}
