package org.ember.modules.binary;

/**
 * The Keccak-f[1600] sponge (FIPS 202): SHA3-224/256/384/512 and the extendable-output SHAKE128 /
 * SHAKE256, whose output length the caller chooses (the JDK only offers fixed-length SHAKE).
 */
final class Keccak implements Digest {
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /** Rotation of lane x + 5y in the rho step, computed by the walk FIPS 202 describes. */
    private static final int[] ROTATIONS = new int[25];
    static {
        int x = 1, y = 0;
        for (int t = 0; t < 24; t++) {
            ROTATIONS[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            int nextY = (2 * x + 3 * y) % 5;
            x = y;
            y = nextY;
        }
    }

    private final String name;
    private final int rate;          // bytes absorbed per permutation
    private final int outputSize;    // 0 for SHAKE
    private final byte suffix;       // domain separation bits: 0x06 for SHA-3, 0x1F for SHAKE
    private final long[] state;
    private final byte[] queue;
    private int queued;

    private Keccak(String name, int rate, int outputSize, byte suffix, long[] state, byte[] queue, int queued) {
        this.name = name;
        this.rate = rate;
        this.outputSize = outputSize;
        this.suffix = suffix;
        this.state = state;
        this.queue = queue;
        this.queued = queued;
    }

    static Keccak sha3(int bits) {
        int rate = 200 - 2 * (bits / 8);
        return new Keccak("sha3_" + bits, rate, bits / 8, (byte) 0x06, new long[25], new byte[rate], 0);
    }

    static Keccak shake(int securityBits) {
        int rate = 200 - 2 * (securityBits / 8);
        return new Keccak("shake_" + securityBits, rate, 0, (byte) 0x1F, new long[25], new byte[rate], 0);
    }

    boolean isExtendable() {
        return outputSize == 0;
    }

    @Override public String name() { return name; }
    @Override public int digestSize() { return outputSize; }
    @Override public int blockSize() { return rate; }

    @Override
    public void update(byte[] data, int offset, int length) {
        for (int i = 0; i < length; i++) {
            queue[queued++] = data[offset + i];
            if (queued == rate) {
                absorb(state, queue);
                queued = 0;
            }
        }
    }

    @Override
    public byte[] digest() {
        return digest(outputSize);
    }

    @Override
    public byte[] digest(int length) {
        long[] s = state.clone();
        byte[] last = java.util.Arrays.copyOf(queue, rate);
        java.util.Arrays.fill(last, queued, rate, (byte) 0);
        last[queued] ^= suffix;
        last[rate - 1] ^= (byte) 0x80;
        absorb(s, last);
        byte[] out = new byte[length];
        int produced = 0;
        while (true) {
            for (int i = 0; i < rate && produced < length; i++) out[produced++] = (byte) (s[i / 8] >>> (8 * (i % 8)));
            if (produced == length) return out;
            permute(s);
        }
    }

    @Override
    public Digest copy() {
        return new Keccak(name, rate, outputSize, suffix, state.clone(), queue.clone(), queued);
    }

    private void absorb(long[] s, byte[] block) {
        for (int i = 0; i < rate; i++) s[i / 8] ^= (block[i] & 0xFFL) << (8 * (i % 8));
        permute(s);
    }

    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (long roundConstant : ROUND_CONSTANTS) {
            // theta
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[x + y] ^= d;
            }
            // rho and pi: lane (x, y) moves to (y, 2x + 3y)
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            // chi
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
            }
            // iota
            a[0] ^= roundConstant;
        }
    }
}
