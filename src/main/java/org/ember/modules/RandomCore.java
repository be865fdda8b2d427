package org.ember.modules;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInstance;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * {@code _random}: the Mersenne Twister (MT19937) generator under CPython's name, with the seeding
 * (int keys as little-endian 32-bit words through init_by_array), {@code random()} (53 bits from
 * two outputs) and {@code getrandbits} that make Python's {@code random} sequences reproducible.
 * The distributions are in the Python module {@code random} (src/main/resources/lib).
 * All state changes of one generator hold its monitor.
 */
public final class RandomCore extends PyObject {
    private static final int N = 624, M = 397;
    private static final int MATRIX_A = 0x9908b0df, UPPER_MASK = 0x80000000, LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index = N + 1;

    public static final PyType TYPE = PyType.builtin("Random", RandomCore.class).module("_random").subclassable()
            .slots(t -> t.newInstance = (type, args, off, n, kw) -> {
                RandomCore core = new RandomCore();
                if (type == RandomCore.TYPE && kw != null && kw.size() > 0) throw Errors.typeError("Random() takes no keyword arguments");
                if (type == RandomCore.TYPE && n > 1) throw Errors.typeError("Random() expected at most 1 argument, got %d", n);
                // A subclass (random.Random) seeds in its __init__; only the base type seeds here.
                if (type == RandomCore.TYPE) core.seedFrom(n == 1 ? args[off] : PyNone.NONE);
                else core.initGenrand(19650218);
                return type.wrap(core);
            })
            .dict(d -> {
                d.method0("random", self -> new PyFloat(of(self).random()));
                d.method("seed", ArgSpec.positional("seed", 0, 1), (self, a) -> {
                    of(self).seedFrom(a[0] == null ? PyNone.NONE : a[0]);
                    return PyNone.NONE;
                });
                d.method1("getrandbits", (self, k) -> of(self).getrandbits(Abstract.asSize(k, null)));
                d.method0("getstate", self -> of(self).getstate());
                d.method1("setstate", (self, state) -> {
                    of(self).setstate(state);
                    return PyNone.NONE;
                });
            })
            .build();

    @Override
    public PyType type() {
        return TYPE;
    }

    static RandomCore of(Object self) {
        return self instanceof RandomCore r ? r : (RandomCore) ((PyInstance) self).base;
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_random");
        m.dict().setItem(new PyStr("Random"), TYPE);
        def(m, ArgSpec.one("_seed_from_text"), (self, a) -> {
            if (!(Abstract.builtinPart(a[0]) instanceof PyStr s)) throw Errors.typeError("seeding from bytes is not supported yet");
            return seedFromText(s.value());
        });
        def(m, ArgSpec.one("_index"), (self, a) -> Abstract.index(a[0]));
        def(m, ArgSpec.one("_urandom_bits"), (self, a) -> urandomBits(Abstract.asSize(a[0], null)));
        return m;
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }

    // ---- MT19937 ----

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000; // assures a non-zero initial array
    }

    /** The next 32-bit output (as the low 32 bits of a long, unsigned). */
    private long genrand() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    synchronized double random() {
        long a = genrand() >>> 5, b = genrand() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    synchronized PyInt getrandbits(long k) {
        if (k < 0) throw Errors.valueError("number of bits must be non-negative");
        if (k == 0) return PyInt.ZERO;
        if (k <= 32) return PyInt.of(genrand() >>> (32 - k));
        if (k > Integer.MAX_VALUE - 64) throw Errors.memoryError();
        int words = (int) ((k - 1) / 32 + 1);
        byte[] bigEndian = new byte[words * 4];
        for (int w = 0; w < words; w++, k -= 32) {
            long r = genrand();
            if (k < 32) r >>>= (32 - k);
            int at = (words - 1 - w) * 4;
            bigEndian[at] = (byte) (r >>> 24);
            bigEndian[at + 1] = (byte) (r >>> 16);
            bigEndian[at + 2] = (byte) (r >>> 8);
            bigEndian[at + 3] = (byte) r;
        }
        return PyInt.of(new BigInteger(1, bigEndian));
    }

    /** seed(arg): None from the system's entropy, an int by its absolute value, anything else by its hash. */
    synchronized void seedFrom(Object arg) {
        BigInteger n;
        if (arg == PyNone.NONE) {
            n = new BigInteger(N * 32, new SecureRandom());
        } else if (PyInt.asInt(arg) != null) {
            n = PyInt.asInt(arg).bigValue().abs();
        } else {
            // CPython casts the hash to size_t: a negative hash becomes 2**64 + hash.
            long h = Abstract.hash(arg);
            n = BigInteger.valueOf(h);
            if (h < 0) n = n.add(BigInteger.ONE.shiftLeft(64));
        }
        int words = n.signum() == 0 ? 1 : (n.bitLength() - 1) / 32 + 1;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) key[i] = n.shiftRight(32 * i).intValue();
        initByArray(key);
    }

    synchronized PyTuple getstate() {
        Object[] state = new Object[N + 1];
        for (int i = 0; i < N; i++) state[i] = PyInt.of(mt[i] & 0xffffffffL);
        state[N] = PyInt.of(index);
        return PyTuple.of(state);
    }

    synchronized void setstate(Object state) {
        if (!(Abstract.builtinPart(state) instanceof PyTuple t)) throw Errors.typeError("state vector must be a tuple");
        if (t.size() != N + 1) throw Errors.valueError("state vector is the wrong size");
        int[] words = new int[N];
        for (int i = 0; i < N; i++) words[i] = unsigned32(t.get(i));
        long newIndex = Abstract.asSize(t.get(N), null);
        if (newIndex < 0 || newIndex > N) throw Errors.valueError("invalid state");
        System.arraycopy(words, 0, mt, 0, N);
        index = (int) newIndex;
    }

    private static int unsigned32(Object o) {
        PyInt i = PyInt.asInt(o);
        if (i == null) throw Errors.typeError("state vector items must be integers");
        BigInteger v = i.bigValue();
        if (v.signum() < 0 || v.bitLength() > 32) throw Errors.overflowError("Python int too large to convert to C unsigned long");
        return v.intValue();
    }

    // ---- helpers for random.py ----

    /** int.from_bytes(utf8 + sha512(utf8).digest(), 'big'): version-2 seeding of a str. */
    private static PyInt seedFromText(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(utf8);
            byte[] all = new byte[utf8.length + digest.length];
            System.arraycopy(utf8, 0, all, 0, utf8.length);
            System.arraycopy(digest, 0, all, utf8.length, digest.length);
            return PyInt.of(new BigInteger(1, all));
        } catch (NoSuchAlgorithmException e) {
            throw Errors.systemError("SHA-512 is not available");
        }
    }

    private static final SecureRandom SYSTEM = new SecureRandom();

    /** k random bits from the operating system's entropy source (SystemRandom). */
    private static PyInt urandomBits(long k) {
        if (k < 0) throw Errors.valueError("number of bits must be non-negative");
        if (k > Integer.MAX_VALUE - 64) throw Errors.memoryError();
        return PyInt.of(new BigInteger((int) k, SYSTEM));
    }
}
