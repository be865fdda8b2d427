package org.ember.modules.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

/**
 * Ember's own algorithms against independent references: Keccak's SHA-3 against the JDK's,
 * the continuing CRC-32/Adler-32 against java.util.zip, BLAKE2 against RFC 7693's appendix
 * vectors, half floats against the JDK's binary16 conversion (exact for float inputs).
 */
class BinaryAlgorithmsTest {

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    @Test
    void sha3MatchesTheJdkAtEveryLengthAroundTheRate() throws Exception {
        Random random = new Random(1);
        for (int bits : new int[] {224, 256, 384, 512}) {
            for (int n = 0; n < 400; n += 7) {
                byte[] data = randomBytes(random, n);
                Keccak k = Keccak.sha3(bits);
                int split = n / 3;
                k.update(data, 0, split);
                k.update(data, split, n - split);
                assertArrayEquals(MessageDigest.getInstance("SHA3-" + bits).digest(data), k.digest(), "SHA3-" + bits + " of " + n);
            }
        }
    }

    @Test
    void shakePrefixesAgree() throws Exception {
        byte[] data = "abc".getBytes();
        Keccak k = Keccak.shake(128);
        k.update(data);
        byte[] longOut = k.digest(500);
        byte[] shortOut = k.digest(32);
        assertArrayEquals(java.util.Arrays.copyOf(longOut, 32), shortOut);
        assertArrayEquals(MessageDigest.getInstance("SHAKE128-256").digest(data), shortOut);
    }

    @Test
    void checksumsContinueLikeJavaUtilZip() {
        Random random = new Random(2);
        for (int n = 0; n < 20000; n += 997) {
            byte[] data = randomBytes(random, n);
            CRC32 crc = new CRC32();
            crc.update(data);
            Adler32 adler = new Adler32();
            adler.update(data);
            int split = n / 2;
            long c = Checksums.crc32(java.util.Arrays.copyOfRange(data, split, n),
                    Checksums.crc32(java.util.Arrays.copyOf(data, split), 0));
            long a = Checksums.adler32(java.util.Arrays.copyOfRange(data, split, n),
                    Checksums.adler32(java.util.Arrays.copyOf(data, split), 1));
            assertEquals(crc.getValue(), c);
            assertEquals(adler.getValue(), a);
        }
    }

    @Test
    void blake2MatchesRfc7693() {
        Blake2b b = new Blake2b(Blake2Params.defaults(64));
        b.update("abc".getBytes());
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", HexFormat.of().formatHex(b.digest()));
        Blake2s s = new Blake2s(Blake2Params.defaults(32));
        s.update("abc".getBytes());
        assertEquals("508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982", HexFormat.of().formatHex(s.digest()));
    }

    @Test
    void halfFloatsRoundLikeTheJdkForFloatInputs() {
        Random random = new Random(3);
        for (int i = 0; i < 100000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isNaN(f) || Math.abs(f) >= 65520f) continue;
            assertEquals(Float.floatToFloat16(f) & 0xFFFF, HalfFloat.pack(f), "pack " + f);
        }
        for (int bits = 0; bits < 0x10000; bits++) {
            double expected = Float.float16ToFloat((short) bits);
            double actual = HalfFloat.unpack(bits);
            if (Double.isNaN(expected)) continue;
            assertEquals(expected, actual, "unpack " + Integer.toHexString(bits));
        }
    }
}
