package org.ember.modules.binary;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;
import org.ember.runtime.TypeBuilder;

import java.math.BigInteger;

/**
 * {@code _blake2}: the {@code blake2b} and {@code blake2s} hash types with the full parameter
 * block (key, salt, person, tree hashing fields), checked with CPython's messages.
 */
public final class Blake2 extends PyObject {

    public static final PyType BLAKE2B = define("blake2b", true);
    public static final PyType BLAKE2S = define("blake2s", false);

    private static PyType define(String name, boolean big) {
        return PyType.builtin("_blake2." + name, Blake2.class).module("_blake2")
                .slots(t -> t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.keywords(name, 1, 0, 1, "data", "digest_size", "key", "salt", "person", "fanout",
                            "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node",
                            "usedforsecurity", "string").bind(args, off, n, kw);
                    Blake2 h = new Blake2(big ? new Blake2b(params(a, true)) : new Blake2s(params(a, false)));
                    Object data = a[0] != null ? a[0] : a[13];
                    if (a[0] != null && a[13] != null) {
                        throw Errors.typeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
                    }
                    if (data != null) h.digest.update(HashLib.dataArgument(data));
                    return type.wrap(h);
                })
                .dict(d -> fillDict(d, big))
                .build();
    }

    final Digest digest;

    private Blake2(Digest digest) {
        this.digest = digest;
    }

    static Blake2 wrap(Digest digest) {
        return new Blake2(digest);
    }

    @Override
    public PyType type() {
        return digest instanceof Blake2b ? BLAKE2B : BLAKE2S;
    }

    static Blake2 of(Object self) {
        return (Blake2) self;
    }

    private static Blake2Params params(Object[] a, boolean big) {
        int maxDigest = big ? 64 : 32, saltSize = big ? 16 : 8;
        int digestSize = a[1] == null ? maxDigest : Defs.intArg(a[1]);
        if (digestSize < 1 || digestSize > maxDigest) throw Errors.valueError("digest_size must be between 1 and %d bytes", maxDigest);
        byte[] key = optionalBytes(a[2]), salt = optionalBytes(a[3]), person = optionalBytes(a[4]);
        if (key.length > maxDigest) throw Errors.valueError("maximum key length is %d bytes", maxDigest);
        if (salt.length > saltSize) throw Errors.valueError("maximum salt length is %d bytes", saltSize);
        if (person.length > saltSize) throw Errors.valueError("maximum person length is %d bytes", saltSize);
        int fanout = a[5] == null ? 1 : Defs.intArg(a[5]);
        if (fanout < 0 || fanout > 255) throw Errors.valueError("fanout must be between 0 and 255");
        int depth = a[6] == null ? 1 : Defs.intArg(a[6]);
        if (depth < 1 || depth > 255) throw Errors.valueError("depth must be between 1 and 255");
        long leafSize = a[7] == null ? 0 : unsigned(a[7], 32, "leaf_size");
        long nodeOffset = a[8] == null ? 0 : unsigned(a[8], big ? 64 : 48, "node_offset");
        int nodeDepth = a[9] == null ? 0 : Defs.intArg(a[9]);
        if (nodeDepth < 0 || nodeDepth > 255) throw Errors.valueError("node_depth must be between 0 and 255");
        int innerSize = a[10] == null ? 0 : Defs.intArg(a[10]);
        if (innerSize < 0 || innerSize > maxDigest) throw Errors.valueError("inner_size must be between 0 and is %d", maxDigest);
        boolean lastNode = a[11] != null && Abstract.isTrue(a[11]);
        return new Blake2Params(digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize, lastNode);
    }

    private static byte[] optionalBytes(Object o) {
        return o == null ? new byte[0] : PyBuffer.require(o);
    }

    private static long unsigned(Object o, int bits, String name) {
        BigInteger v = Abstract.index(o).bigValue();
        if (v.signum() < 0) throw Errors.overflowError("can't convert negative int to unsigned");
        // a 64-bit field overflows in the int conversion itself, a narrower one in BLAKE2's check
        if (v.bitLength() > 64) throw Errors.overflowError("int too big to convert");
        if (v.bitLength() > bits) throw Errors.overflowError("%s is too large", name);
        return v.longValue();
    }

    private static void fillDict(TypeBuilder d, boolean big) {
        d.value("SALT_SIZE", PyInt.of(big ? 16 : 8));
        d.value("PERSON_SIZE", PyInt.of(big ? 16 : 8));
        d.value("MAX_KEY_SIZE", PyInt.of(big ? 64 : 32));
        d.value("MAX_DIGEST_SIZE", PyInt.of(big ? 64 : 32));
        d.method1("update", (self, data) -> {
            byte[] bytes = HashLib.dataArgument(data);
            Blake2 h = of(self);
            synchronized (h) {
                h.digest.update(bytes);
            }
            return PyNone.NONE;
        });
        d.method0("copy", self -> {
            Blake2 h = of(self);
            synchronized (h) {
                return new Blake2(h.digest.copy());
            }
        });
        d.method0("digest", self -> new PyBytes(current(of(self))));
        d.method0("hexdigest", self -> HashLib.hex(current(of(self))));
        d.getset("name", self -> new PyStr(of(self).digest.name()), null);
        d.getset("digest_size", self -> PyInt.of(of(self).digest.digestSize()), null);
        d.getset("block_size", self -> PyInt.of(of(self).digest.blockSize()), null);
    }

    private static byte[] current(Blake2 h) {
        synchronized (h) {
            return h.digest.digest();
        }
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_blake2");
        Defs.set(m, "blake2b", BLAKE2B);
        Defs.set(m, "blake2s", BLAKE2S);
        Defs.set(m, "BLAKE2B_SALT_SIZE", PyInt.of(16));
        Defs.set(m, "BLAKE2B_PERSON_SIZE", PyInt.of(16));
        Defs.set(m, "BLAKE2B_MAX_KEY_SIZE", PyInt.of(64));
        Defs.set(m, "BLAKE2B_MAX_DIGEST_SIZE", PyInt.of(64));
        Defs.set(m, "BLAKE2S_SALT_SIZE", PyInt.of(8));
        Defs.set(m, "BLAKE2S_PERSON_SIZE", PyInt.of(8));
        Defs.set(m, "BLAKE2S_MAX_KEY_SIZE", PyInt.of(32));
        Defs.set(m, "BLAKE2S_MAX_DIGEST_SIZE", PyInt.of(32));
        return m;
    }
}
