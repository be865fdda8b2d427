package org.ember.modules.binary;

/** BLAKE2s (RFC 7693): 32-bit words, 64-byte blocks, 10 rounds, digests of 1 to 32 bytes. */
final class Blake2s extends Blake2Engine {
    private static final int[] IV = {
        0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19,
    };
    private static final int BLOCK = 64;
    private static final java.lang.invoke.VarHandle INTS_LE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private final int[] h;
    private long count; // bytes compressed so far (BLAKE2s counts up to 2**64)

    Blake2s(Blake2Params params) {
        super(params, BLOCK);
        this.h = IV.clone();
        byte[] p = params.block(false);
        for (int i = 0; i < 8; i++) h[i] ^= littleEndian32(p, 4 * i);
    }

    private Blake2s(Blake2s other) {
        super(other);
        this.h = other.h.clone();
        this.count = other.count;
    }

    @Override public String name() { return "blake2s"; }

    @Override
    void addCount(int n) {
        count += n;
    }

    @Override Blake2s duplicate() { return new Blake2s(this); }

    @Override
    byte stateByte(int i) {
        return (byte) (h[i / 4] >>> (8 * (i % 4)));
    }

    @Override
    void compress(boolean last) {
        int[] hash = h;
        byte[] block = buffer;
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) m[i] = (int) INTS_LE.get(block, 4 * i);
        int[] v = new int[16];
        System.arraycopy(hash, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) count;
        v[13] ^= (int) (count >>> 32);
        if (last) {
            v[14] = ~v[14];
            if (params.lastNode()) v[15] = ~v[15];
        }
        for (int round = 0; round < 10; round++) {
            byte[] s = Blake2b.SIGMA[round];
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

    private static void mix(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] += v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] += v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }
}
