package org.ember.modules.binary;

/**
 * HMAC (RFC 2104) over any {@link Digest}: the keyed inner and outer states are computed once
 * and copied for each message, which is what makes PBKDF2's many iterations affordable.
 */
final class Hmac {
    private final Digest inner;
    private final Digest outer;

    private Hmac(Digest inner, Digest outer) {
        this.inner = inner;
        this.outer = outer;
    }

    /** The HMAC of {@code prototype}'s algorithm (a fresh digest, not used by the caller afterwards) under key. */
    static Hmac of(Digest prototype, byte[] key) {
        int block = prototype.blockSize();
        if (key.length > block) {
            Digest keyHash = prototype.copy();
            keyHash.update(key);
            key = keyHash.digest();
        }
        byte[] innerPad = new byte[block], outerPad = new byte[block];
        for (int i = 0; i < block; i++) {
            int k = i < key.length ? key[i] : 0;
            innerPad[i] = (byte) (k ^ 0x36);
            outerPad[i] = (byte) (k ^ 0x5C);
        }
        Digest inner = prototype.copy(), outer = prototype.copy();
        inner.update(innerPad);
        outer.update(outerPad);
        return new Hmac(inner, outer);
    }

    byte[] mac(byte[] message) {
        Digest in = inner.copy();
        in.update(message);
        Digest out = outer.copy();
        out.update(in.digest());
        return out.digest();
    }

    /** PBKDF2 (RFC 8018) with this HMAC as the pseudorandom function. */
    byte[] pbkdf2(byte[] salt, long iterations, int length) {
        byte[] result = new byte[length];
        int produced = 0;
        for (int blockIndex = 1; produced < length; blockIndex++) {
            byte[] first = new byte[salt.length + 4];
            System.arraycopy(salt, 0, first, 0, salt.length);
            for (int k = 0; k < 4; k++) first[salt.length + k] = (byte) (blockIndex >>> (24 - 8 * k));
            byte[] u = mac(first);
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                u = mac(u);
                for (int k = 0; k < t.length; k++) t[k] ^= u[k];
            }
            int n = Math.min(t.length, length - produced);
            System.arraycopy(t, 0, result, produced, n);
            produced += n;
        }
        return result;
    }
}
