package org.ember.modules.binary;

import java.util.HexFormat;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyFrozenSet;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.TypeBuilder;

/**
 * {@code _hashlib}: the hash objects ({@code HASH}, and {@code HASHXOF} for SHAKE's variable-length
 * output) behind {@code hashlib}, the named constructors ({@code openssl_sha256}, ...), {@code new},
 * {@code pbkdf2_hmac}, {@code hmac_digest} and {@code compare_digest}. Each object wraps one
 * {@link Digest}; its operations hold the object's monitor, so threads may share it.
 */
public final class HashLib extends PyObject {

    public static final PyType HASH = PyType.builtin("_hashlib.HASH", HashLib.class).module("_hashlib")
            .slots(HashLib::fillSlots)
            .dict(d -> fillDict(d, false))
            .build();

    public static final PyType HASHXOF = PyType.builtin("_hashlib.HASHXOF", HashLib.class).module("_hashlib").base(HASH)
            .slots(HashLib::fillSlots)
            .dict(d -> fillDict(d, true))
            .build();

    /** The names hashlib.new accepts, all implemented here or in _blake2. */
    static final String[] ALGORITHMS = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512_224", "sha512_256",
        "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s"};

    private final PyType type;
    final Digest digest;

    HashLib(Digest digest) {
        this.digest = digest;
        this.type = digest instanceof Keccak k && k.isExtendable() ? HASHXOF : HASH;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static void fillSlots(PyType t) {
        t.newInstance = (type, args, off, n, kw) -> {
            throw Errors.typeError("cannot create '%s' instances", type.name());
        };
        t.repr = self -> new PyStr("<" + ((HashLib) self).digest.name() + " " + ((HashLib) self).type.name()
                + " object @ " + Abstract.addressOf(self) + ">");
    }

    private static void fillDict(TypeBuilder d, boolean extendable) {
        d.method1("update", (self, data) -> {
            byte[] bytes = dataArgument(data);
            HashLib h = (HashLib) self;
            synchronized (h) {
                h.digest.update(bytes);
            }
            return PyNone.NONE;
        });
        d.method0("copy", self -> {
            HashLib h = (HashLib) self;
            synchronized (h) {
                return new HashLib(h.digest.copy());
            }
        });
        if (extendable) {
            d.method("digest", ArgSpec.keywords("digest", 0, 1, 1, "length"), (self, a) -> new PyBytes(xof((HashLib) self, a[0])));
            d.method("hexdigest", ArgSpec.keywords("hexdigest", 0, 1, 1, "length"), (self, a) -> hex(xof((HashLib) self, a[0])));
        } else {
            d.method0("digest", self -> new PyBytes(current((HashLib) self)));
            d.method0("hexdigest", self -> hex(current((HashLib) self)));
        }
        d.getset("name", self -> new PyStr(((HashLib) self).digest.name()), null);
        d.getset("digest_size", self -> PyInt.of(((HashLib) self).digest.digestSize()), null);
        d.getset("block_size", self -> PyInt.of(((HashLib) self).digest.blockSize()), null);
    }

    private static byte[] current(HashLib h) {
        synchronized (h) {
            return h.digest.digest();
        }
    }

    private static byte[] xof(HashLib h, Object lengthArg) {
        long length = Abstract.asSize(lengthArg, org.ember.runtime.Exceptions.OverflowError);
        if (length < 0) throw Errors.memoryError();
        if (length > Abstract.MAX_ARRAY_SIZE) throw Errors.memoryError();
        synchronized (h) {
            return h.digest.digest((int) length);
        }
    }

    static PyStr hex(byte[] bytes) {
        return new PyStr(HexFormat.of().formatHex(bytes));
    }

    /** The bytes to hash: a str is refused with CPython's hint, anything else must be a buffer. */
    static byte[] dataArgument(Object data) {
        if (Abstract.builtinPart(data) instanceof PyStr) throw Errors.typeError("Strings must be encoded before hashing");
        byte[] bytes = PyBuffer.bytesOf(data);
        if (bytes == null) throw Errors.typeError("object supporting the buffer API required");
        return bytes;
    }

    // ---- the module ----

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_hashlib");
        Defs.set(m, "HASH", HASH);
        Defs.set(m, "HASHXOF", HASHXOF);
        Defs.def(m, ArgSpec.keywords("new", 0, 1, 2, "name", "data", "usedforsecurity", "string"), (self, a) -> {
            if (!(Abstract.builtinPart(a[0]) instanceof PyStr name)) {
                throw Errors.typeError("new() argument 'name' must be str, not %s", Abstract.typeName(a[0]));
            }
            return construct(name.value(), a[1], a[3]);
        });
        for (String algorithm : ALGORITHMS) {
            if (algorithm.startsWith("blake2")) continue;
            String fname = "openssl_" + algorithm;
            Defs.def(m, ArgSpec.keywords(fname, 0, 0, 1, "data", "usedforsecurity", "string"),
                    (self, a) -> construct(algorithm, a[0], a[2]));
        }
        Defs.def(m, ArgSpec.keywords("pbkdf2_hmac", 0, 4, 5, "hash_name", "password", "salt", "iterations", "dklen"),
                (self, a) -> new PyBytes(pbkdf2(a[0], a[1], a[2], a[3], a[4])));
        Defs.def(m, ArgSpec.keywords("hmac_digest", 0, 3, 3, "key", "msg", "digest"), (self, a) -> {
            if (!(Abstract.builtinPart(a[2]) instanceof PyStr name)) throw Errors.typeError("unsupported digestmod");
            return new PyBytes(Hmac.of(prototype(name.value()), PyBuffer.require(a[0])).mac(PyBuffer.require(a[1])));
        });
        Defs.def(m, ArgSpec.positional("compare_digest", 2, 2), (self, a) -> PyBool.of(compareDigest(a[0], a[1])));
        Defs.def(m, ArgSpec.noArgs("get_fips_mode"), (self, a) -> PyInt.of(0));
        Object[] names = new Object[ALGORITHMS.length];
        for (int i = 0; i < names.length; i++) names[i] = new PyStr(ALGORITHMS[i]);
        Defs.set(m, "openssl_md_meth_names", PyFrozenSet.fromIterable(PyTuple.of(names)));
        return m;
    }

    /** A fresh digest for a supported name, or ValueError("unsupported hash type NAME"). */
    static Digest prototype(String name) {
        Digest d = Digest.byName(name);
        if (d == null) throw Errors.valueError("unsupported hash type %s", name);
        return d;
    }

    private static Object construct(String name, Object data, Object string) {
        if (data != null && string != null) {
            throw Errors.typeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
        }
        Object initial = data != null ? data : string;
        byte[] bytes = initial == null ? null : dataArgument(initial);
        Digest digest = prototype(name);
        if (bytes != null) digest.update(bytes);
        if (digest instanceof Blake2b || digest instanceof Blake2s) return Blake2.wrap(digest);
        return new HashLib(digest);
    }

    // ---- PBKDF2 and compare_digest ----

    private static byte[] pbkdf2(Object nameArg, Object passwordArg, Object saltArg, Object iterationsArg, Object dklenArg) {
        if (!(Abstract.builtinPart(nameArg) instanceof PyStr name)) {
            throw Errors.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s", Abstract.typeName(nameArg));
        }
        byte[] password = PyBuffer.require(passwordArg);
        byte[] salt = PyBuffer.require(saltArg);
        long iterations = Abstract.asSize(iterationsArg, org.ember.runtime.Exceptions.OverflowError);
        if (iterations < 1) throw Errors.valueError("iteration value must be greater than 0.");
        if (iterations > 0xFFFFFFFFL) throw Errors.overflowError("iteration value is too great.");
        Digest prototype = prototype(name.value());
        long dklen = dklenArg == null || dklenArg == PyNone.NONE ? prototype.digestSize()
                : Abstract.asSize(dklenArg, org.ember.runtime.Exceptions.OverflowError);
        if (dklen < 1) throw Errors.valueError("key length must be greater than 0.");
        if (dklen > 0xFFFFFFFFL) throw Errors.overflowError("key length is too great.");
        return Hmac.of(prototype, password).pbkdf2(salt, iterations, (int) dklen);
    }

    /** hmac.compare_digest: ASCII strs or bytes-likes, compared in time independent of where they differ. */
    static boolean compareDigest(Object a, Object b) {
        byte[] x, y;
        if (Abstract.builtinPart(a) instanceof PyStr sa && Abstract.builtinPart(b) instanceof PyStr sb) {
            x = asciiOnly(sa);
            y = asciiOnly(sb);
        } else if (Abstract.builtinPart(a) instanceof PyStr || Abstract.builtinPart(b) instanceof PyStr) {
            x = PyBuffer.require(a);
            y = PyBuffer.require(b);
            throw Errors.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
                    Abstract.typeName(a), Abstract.typeName(b));
        } else {
            x = PyBuffer.bytesOf(a);
            y = PyBuffer.bytesOf(b);
            if (x == null || y == null) {
                throw Errors.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
                        Abstract.typeName(a), Abstract.typeName(b));
            }
        }
        return java.security.MessageDigest.isEqual(x, y);
    }

    private static byte[] asciiOnly(PyStr s) {
        String text = s.value();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
        }
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
