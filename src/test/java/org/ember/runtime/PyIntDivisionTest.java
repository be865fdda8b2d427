package org.ember.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** PyInt.floorDiv's estimate-and-correct path for big ints of nearly equal size against plain long division. */
class PyIntDivisionTest {

    private static BigInteger floorDivReference(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static void check(BigInteger a, BigInteger b) {
        PyInt got = PyInt.floorDiv(PyInt.of(a), PyInt.of(b));
        assertEquals(floorDivReference(a, b), got.bigValue(), () -> a + " // " + b);
    }

    @Test
    void randomOperandsOfNearlyEqualSize() {
        Random random = new Random(20261126);
        for (int i = 0; i < 20_000; i++) {
            int bits = 65 + random.nextInt(3000);
            BigInteger b = new BigInteger(bits, random).setBit(bits - 1);
            BigInteger a = new BigInteger(bits + random.nextInt(34) - 2, random);
            if (random.nextBoolean()) a = a.negate();
            if (random.nextBoolean()) b = b.negate();
            if (a.bitLength() < 64) continue;   // the long path
            check(a, b);
        }
    }

    @Test
    void exactQuotientsAndRemaindersAtTheEdges() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            BigInteger b = new BigInteger(64 + random.nextInt(500), random).setBit(64);
            long q = random.nextInt(1 << 30);
            BigInteger product = b.multiply(BigInteger.valueOf(q));
            for (BigInteger a : new BigInteger[] {product, product.add(BigInteger.ONE), product.subtract(BigInteger.ONE),
                    product.add(b).subtract(BigInteger.ONE), product.add(b), b.subtract(BigInteger.ONE)}) {
                if (a.bitLength() < 64) continue;
                check(a, b);
                check(a.negate(), b);
                check(a, b.negate());
                check(a.negate(), b.negate());
            }
        }
    }
}
