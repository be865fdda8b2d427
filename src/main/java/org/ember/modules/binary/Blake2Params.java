package org.ember.modules.binary;

/**
 * The BLAKE2 parameter block's contents (digest length, key, salt, personalization and the tree
 * fields), already checked against the variant's limits by the constructor that builds it.
 */
record Blake2Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth,
                    long leafSize, long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {

    static Blake2Params defaults(int digestSize) {
        return new Blake2Params(digestSize, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
    }

    /** The parameter block (64 bytes for BLAKE2b, 32 for BLAKE2s), salt and person zero-padded. */
    byte[] block(boolean big) {
        byte[] p = new byte[big ? 64 : 32];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) fanout;
        p[3] = (byte) depth;
        for (int i = 0; i < 4; i++) p[4 + i] = (byte) (leafSize >>> (8 * i));
        int offsetBytes = big ? 8 : 6;
        for (int i = 0; i < offsetBytes; i++) p[8 + i] = (byte) (nodeOffset >>> (8 * i));
        p[8 + offsetBytes] = (byte) nodeDepth;
        p[9 + offsetBytes] = (byte) innerSize;
        int saltAt = big ? 32 : 16, saltSize = big ? 16 : 8;
        System.arraycopy(salt, 0, p, saltAt, salt.length);
        System.arraycopy(person, 0, p, saltAt + saltSize, person.length);
        return p;
    }
}
