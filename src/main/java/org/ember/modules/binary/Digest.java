package org.ember.modules.binary;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One running hash computation. The JDK's MessageDigest serves the MD5/SHA-1/SHA-2/SHA-3
 * families; SHAKE (any output length) and BLAKE2 are Ember's own ({@link Keccak}, {@link Blake2b},
 * {@link Blake2s}). Not thread-safe: the Python objects wrapping a Digest lock around it.
 */
interface Digest {
    String name();

    /** The output size in bytes (0 for the variable-length SHAKE functions, as in CPython). */
    int digestSize();

    int blockSize();

    void update(byte[] data, int offset, int length);

    /** The digest of everything so far, without disturbing the running state. */
    byte[] digest();

    /** The first {@code length} bytes of an extendable output (SHAKE only). */
    default byte[] digest(int length) {
        throw new UnsupportedOperationException(name());
    }

    Digest copy();

    default void update(byte[] data) {
        update(data, 0, data.length);
    }

    /** A digest by Python name (md5, sha256, sha3_256, shake_128, blake2b, ...), or null. */
    static Digest byName(String pythonName) {
        String name = pythonName.toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "md5" -> JdkDigest.of("md5", "MD5", 64);
            case "sha1" -> JdkDigest.of("sha1", "SHA-1", 64);
            case "sha224" -> JdkDigest.of("sha224", "SHA-224", 64);
            case "sha256" -> JdkDigest.of("sha256", "SHA-256", 64);
            case "sha384" -> JdkDigest.of("sha384", "SHA-384", 128);
            case "sha512" -> JdkDigest.of("sha512", "SHA-512", 128);
            case "sha512_224" -> JdkDigest.of("sha512_224", "SHA-512/224", 128);
            case "sha512_256" -> JdkDigest.of("sha512_256", "SHA-512/256", 128);
            case "sha3_224" -> Keccak.sha3(224);
            case "sha3_256" -> Keccak.sha3(256);
            case "sha3_384" -> Keccak.sha3(384);
            case "sha3_512" -> Keccak.sha3(512);
            case "shake_128" -> Keccak.shake(128);
            case "shake_256" -> Keccak.shake(256);
            case "blake2b" -> new Blake2b(Blake2Params.defaults(64));
            case "blake2s" -> new Blake2s(Blake2Params.defaults(32));
            default -> null;
        };
    }

    /** A MessageDigest from the JDK. */
    final class JdkDigest implements Digest {
        private final String name;
        private final MessageDigest md;
        private final int blockSize;

        private JdkDigest(String name, MessageDigest md, int blockSize) {
            this.name = name;
            this.md = md;
            this.blockSize = blockSize;
        }

        static JdkDigest of(String name, String jdkName, int blockSize) {
            try {
                return new JdkDigest(name, MessageDigest.getInstance(jdkName), blockSize);
            } catch (NoSuchAlgorithmException e) {
                return null;
            }
        }

        @Override public String name() { return name; }
        @Override public int digestSize() { return md.getDigestLength(); }
        @Override public int blockSize() { return blockSize; }

        @Override
        public void update(byte[] data, int offset, int length) {
            md.update(data, offset, length);
        }

        @Override
        public byte[] digest() {
            return copyOf().digest();
        }

        private MessageDigest copyOf() {
            try {
                return (MessageDigest) md.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the JDK's " + md.getAlgorithm() + " cannot be copied", e);
            }
        }

        @Override
        public Digest copy() {
            return new JdkDigest(name, copyOf(), blockSize);
        }
    }
}
