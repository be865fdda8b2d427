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
        int end = offset + length;
        while (offset < end) {
            int n = Math.min(rate - queued, end - offset);
            System.arraycopy(data, offset, queue, queued, n);
            queued += n;
            offset += n;
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

    private static final java.lang.invoke.VarHandle LONGS_LE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private void absorb(long[] s, byte[] block) {
        // every rate is a multiple of 8 bytes: whole lanes
        for (int lane = 0; lane < rate / 8; lane++) s[lane] ^= (long) LONGS_LE.get(block, lane * 8);
        permute(s);
    }

    /** Where rho-and-pi sends lane i (x + 5y goes to y + 5(2x + 3y)), computed once. */
    private static final int[] PI_TARGET = new int[25];
    static {
        for (int x = 0; x < 5; x++) {
            for (int y = 0; y < 5; y++) PI_TARGET[x + 5 * y] = y + 5 * ((2 * x + 3 * y) % 5);
        }
    }

    private static void permute(long[] a) {
        long[] b = new long[25];
        for (long roundConstant : ROUND_CONSTANTS) {
            // theta
            long c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20];
            long c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21];
            long c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22];
            long c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23];
            long c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24];
            long d0 = c4 ^ Long.rotateLeft(c1, 1), d1 = c0 ^ Long.rotateLeft(c2, 1), d2 = c1 ^ Long.rotateLeft(c3, 1);
            long d3 = c2 ^ Long.rotateLeft(c4, 1), d4 = c3 ^ Long.rotateLeft(c0, 1);
            for (int y = 0; y < 25; y += 5) {
                a[y] ^= d0;
                a[y + 1] ^= d1;
                a[y + 2] ^= d2;
                a[y + 3] ^= d3;
                a[y + 4] ^= d4;
            }
            // rho and pi
            for (int i = 0; i < 25; i++) b[PI_TARGET[i]] = Long.rotateLeft(a[i], ROTATIONS[i]);
            // chi
            for (int y = 0; y < 25; y += 5) {
                long b0 = b[y], b1 = b[y + 1], b2 = b[y + 2], b3 = b[y + 3], b4 = b[y + 4];
                a[y] = b0 ^ (~b1 & b2);
                a[y + 1] = b1 ^ (~b2 & b3);
                a[y + 2] = b2 ^ (~b3 & b4);
                a[y + 3] = b3 ^ (~b4 & b0);
                a[y + 4] = b4 ^ (~b0 & b1);
            }
            // iota
            a[0] ^= roundConstant;
        }
    }
}
