package org.ember.modules.binary;

import java.util.ArrayList;
import java.util.List;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;
import org.ember.runtime.TypeBuilder;

/**
 * {@code zlib} on java.util.zip: one-shot compress/decompress, the Compress and Decompress stream
 * objects, crc32/adler32 and the constants, with zlib's wbits conventions (8..15 zlib wrapper,
 * -8..-15 raw, 24..31 gzip, 40..47 automatic on decompression, 0 = the header's window) and
 * CPython's messages. Java's Deflater and Inflater cannot be cloned, so {@code copy()} replays
 * the calls made so far on a fresh stream (deflate and inflate are deterministic).
 */
public final class Zlib {
    private Zlib() {}

    public static final PyType ERROR = Defs.exceptionType("zlib", "error", Exceptions.Exception);

    static final int DEF_BUF_SIZE = 16384;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("zlib");
        Defs.set(m, "error", ERROR);
        Object[][] constants = {
            {"DEFLATED", 8}, {"DEF_BUF_SIZE", DEF_BUF_SIZE}, {"DEF_MEM_LEVEL", 8}, {"MAX_WBITS", 15},
            {"Z_BEST_COMPRESSION", 9}, {"Z_BEST_SPEED", 1}, {"Z_BLOCK", 5}, {"Z_DEFAULT_COMPRESSION", -1},
            {"Z_DEFAULT_STRATEGY", 0}, {"Z_FILTERED", 1}, {"Z_FINISH", 4}, {"Z_FIXED", 4}, {"Z_FULL_FLUSH", 3},
            {"Z_HUFFMAN_ONLY", 2}, {"Z_NO_COMPRESSION", 0}, {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1},
            {"Z_RLE", 3}, {"Z_SYNC_FLUSH", 2}, {"Z_TREES", 6},
        };
        for (Object[] c : constants) Defs.set(m, (String) c[0], PyInt.of((Integer) c[1]));
        Defs.set(m, "ZLIB_VERSION", new PyStr("1.3.1"));
        Defs.set(m, "ZLIB_RUNTIME_VERSION", new PyStr("1.3.1"));
        Defs.def(m, ArgSpec.keywords("compress", 1, 1, 3, "data", "level", "wbits"), (self, a) -> {
            byte[] data = PyBuffer.require(a[0]);
            int level = a[1] == null ? -1 : Defs.intArg(a[1]);
            int wbits = a[2] == null ? 15 : Defs.intArg(a[2]);
            InflateStream.Container container = deflateContainer(wbits);
            if (level < -1 || level > 9 || container == null) throw Errors.of(ERROR, "Bad compression level");
            DeflateStream stream = new DeflateStream(level, container, 0, null);
            byte[] out = InflateStream.concat(stream.compress(data), stream.flush(DeflateStream.Z_FINISH));
            return new PyBytes(out);
        });
        Defs.def(m, ArgSpec.keywords("decompress", 1, 1, 3, "data", "wbits", "bufsize"), (self, a) -> {
            byte[] data = PyBuffer.require(a[0]);
            int wbits = a[1] == null ? 15 : Defs.intArg(a[1]);
            if (a[2] != null && Defs.ssize(a[2]) < 0) throw Errors.valueError("bufsize must be non-negative");
            InflateStream.Container container = inflateContainer(wbits);
            if (container == null) throw Errors.of(ERROR, "Error -2 while preparing to decompress data: inconsistent stream state");
            InflateStream stream = new InflateStream(container, wbits, null);
            byte[] out = stream.inflate(data, 0);
            if (!stream.eof()) {
                stream.end();
                throw Errors.of(ERROR, "Error -5 while decompressing data: incomplete or truncated stream");
            }
            return new PyBytes(out);
        });
        Defs.def(m, ArgSpec.keywords("compressobj", 0, 0, 6, "level", "method", "wbits", "memLevel", "strategy", "zdict"),
                (self, a) -> Compress.make(a));
        Defs.def(m, ArgSpec.keywords("decompressobj", 0, 0, 2, "wbits", "zdict"), (self, a) -> Decompress.make(a));
        Defs.set(m, "_ZlibDecompressor", ZlibDecompressor.TYPE);
        Defs.def(m, ArgSpec.positional("crc32", 1, 2),
                (self, a) -> PyInt.of(Checksums.crc32(PyBuffer.require(a[0]), a[1] == null ? 0 : Binascii.maskedInt(a[1]))));
        Defs.def(m, ArgSpec.positional("adler32", 1, 2),
                (self, a) -> PyInt.of(Checksums.adler32(PyBuffer.require(a[0]), a[1] == null ? 1 : Binascii.maskedInt(a[1]))));
        return m;
    }

    /** The container a compression wbits asks for, or null when zlib would refuse it. */
    static InflateStream.Container deflateContainer(int wbits) {
        if (wbits >= 8 && wbits <= 15) return InflateStream.Container.ZLIB;
        if (wbits >= -15 && wbits <= -9) return InflateStream.Container.RAW;
        if (wbits >= 25 && wbits <= 31) return InflateStream.Container.GZIP;
        return null;
    }

    /** The container a decompression wbits asks for, or null when zlib would refuse it. */
    static InflateStream.Container inflateContainer(int wbits) {
        if (wbits == 0 || (wbits >= 8 && wbits <= 15)) return InflateStream.Container.ZLIB;
        if (wbits >= -15 && wbits <= -8) return InflateStream.Container.RAW;
        if (wbits >= 24 && wbits <= 31) return InflateStream.Container.GZIP;
        if (wbits >= 40 && wbits <= 47) return InflateStream.Container.AUTO;
        return null;
    }

    static byte[] zdictArgument(Object zdict) {
        if (zdict == null) return null;
        byte[] b = PyBuffer.bytesOf(zdict);
        if (b == null) throw Errors.typeError("zdict argument must support the buffer protocol");
        return b;
    }

    // ---- zlib.Compress ----

    static final class Compress extends PyObject {
        static final PyType TYPE = PyType.builtin("zlib.Compress", Compress.class).module("zlib")
                .slots(t -> t.newInstance = (type, args, off, n, kw) -> {
                    throw Errors.typeError("cannot create 'zlib.Compress' instances");
                })
                .dict(Compress::fillDict)
                .build();

        private final Object[] arguments;
        private DeflateStream stream;
        /** The calls so far, for copy(): byte[] for compress(data), Integer for flush(mode). */
        private final List<Object> history = new ArrayList<>();

        private Compress(Object[] arguments) {
            this.arguments = arguments;
            this.stream = open(arguments);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        static Compress make(Object[] a) {
            return new Compress(a);
        }

        private static DeflateStream open(Object[] a) {
            int level = a[0] == null ? -1 : Defs.intArg(a[0]);
            int method = a[1] == null ? 8 : Defs.intArg(a[1]);
            int wbits = a[2] == null ? 15 : Defs.intArg(a[2]);
            int memLevel = a[3] == null ? 8 : Defs.intArg(a[3]);
            int strategy = a[4] == null ? 0 : Defs.intArg(a[4]);
            byte[] zdict = a[5] == null ? null : PyBuffer.require(a[5]);
            InflateStream.Container container = deflateContainer(wbits);
            if (level < -1 || level > 9 || method != 8 || container == null || memLevel < 1 || memLevel > 9
                    || strategy < 0 || strategy > 4) {
                throw Errors.valueError("Invalid initialization option");
            }
            return new DeflateStream(level, container, strategy, zdict);
        }

        private static void fillDict(TypeBuilder d) {
            d.method1("compress", (self, data) -> {
                Compress c = (Compress) self;
                byte[] bytes = PyBuffer.require(data);
                synchronized (c) {
                    if (c.stream.finished) throw Errors.of(ERROR, "Error -2 while compressing data: inconsistent stream state");
                    c.history.add(bytes);
                    return new PyBytes(c.stream.compress(bytes));
                }
            });
            d.method("flush", ArgSpec.positional("flush", 0, 1), (self, a) -> {
                Compress c = (Compress) self;
                int mode = a[0] == null ? DeflateStream.Z_FINISH : Defs.intArg(a[0]);
                synchronized (c) {
                    if (mode == DeflateStream.Z_NO_FLUSH) return new PyBytes(new byte[0]);
                    if (c.stream.finished) throw Errors.of(ERROR, "Error -2 while flushing: inconsistent stream state");
                    c.history.add(mode);
                    return new PyBytes(c.stream.flush(mode));
                }
            });
            d.method0("copy", self -> ((Compress) self).copy());
            d.method0("__copy__", self -> ((Compress) self).copy());
            d.method1("__deepcopy__", (self, memo) -> ((Compress) self).copy());
        }

        private synchronized Compress copy() {
            if (stream.finished) throw Errors.valueError("Inconsistent stream state");
            Compress other = new Compress(arguments);
            for (Object call : history) {
                if (call instanceof byte[] data) other.stream.compress(data);
                else other.stream.flush((Integer) call);
                other.history.add(call);
            }
            return other;
        }
    }

    // ---- zlib.Decompress ----

    static final class Decompress extends PyObject {
        static final PyType TYPE = PyType.builtin("zlib.Decompress", Decompress.class).module("zlib")
                .slots(t -> t.newInstance = (type, args, off, n, kw) -> {
                    throw Errors.typeError("cannot create 'zlib.Decompress' instances");
                })
                .dict(Decompress::fillDict)
                .build();

        private final InflateStream.Container container;
        private final int wbits;
        private final byte[] zdict;
        private InflateStream stream;
        /** The calls so far, for copy(): {input, maxLength} pairs (maxLength -1 for flush). */
        private final List<Object[]> history = new ArrayList<>();

        private Decompress(InflateStream.Container container, int wbits, byte[] zdict) {
            this.container = container;
            this.wbits = wbits;
            this.zdict = zdict;
            this.stream = new InflateStream(container, wbits, zdict);
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        static Decompress make(Object[] a) {
            int wbits = a[0] == null ? 15 : Defs.intArg(a[0]);
            byte[] zdict = zdictArgument(a[1]);
            InflateStream.Container container = inflateContainer(wbits);
            if (container == null) throw Errors.valueError("Invalid initialization option");
            return new Decompress(container, wbits, zdict);
        }

        private static void fillDict(TypeBuilder d) {
            d.method("decompress", ArgSpec.keywords("decompress", 1, 1, 2, "data", "max_length"), (self, a) -> {
                Decompress z = (Decompress) self;
                byte[] data = PyBuffer.require(a[0]);
                long max = a[1] == null ? 0 : Defs.ssize(a[1]);
                if (max < 0) throw Errors.valueError("max_length must be non-negative");
                int cap = (int) Math.min(max, Integer.MAX_VALUE);
                synchronized (z) {
                    z.history.add(new Object[] {data, cap});
                    return new PyBytes(z.stream.inflate(data, cap));
                }
            });
            d.method("flush", ArgSpec.positional("flush", 0, 1), (self, a) -> {
                Decompress z = (Decompress) self;
                if (a[0] != null && Defs.ssize(a[0]) <= 0) {
                    throw Errors.valueError("length must be greater than zero");
                }
                synchronized (z) {
                    byte[] tail = z.stream.unconsumedTail;
                    z.history.add(new Object[] {tail, 0});
                    return new PyBytes(z.stream.inflate(tail, 0));
                }
            });
            d.method0("copy", self -> ((Decompress) self).copy());
            d.method0("__copy__", self -> ((Decompress) self).copy());
            d.method1("__deepcopy__", (self, memo) -> ((Decompress) self).copy());
            d.getset("unused_data", self -> new PyBytes(((Decompress) self).stream.unusedData), null);
            d.getset("unconsumed_tail", self -> new PyBytes(((Decompress) self).stream.unconsumedTail), null);
            d.getset("eof", self -> PyBool.of(((Decompress) self).stream.eof()), null);
        }

        private synchronized Decompress copy() {
            Decompress other = new Decompress(container, wbits, zdict);
            for (Object[] call : history) {
                other.stream.inflate((byte[]) call[0], (Integer) call[1]);
                other.history.add(call);
            }
            return other;
        }
    }

    // ---- zlib._ZlibDecompressor (the one-stream decompressor gzip uses) ----

    /** Unlike Decompress, it keeps unconsumed input itself and says when it needs more. */
    static final class ZlibDecompressor extends PyObject {
        static final PyType TYPE = PyType.builtin("zlib._ZlibDecompressor", ZlibDecompressor.class).module("zlib")
                .slots(t -> t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.keywords("_ZlibDecompressor", 0, 0, 2, "wbits", "zdict").bind(args, off, n, kw);
                    int wbits = a[0] == null ? 15 : Defs.intArg(a[0]);
                    InflateStream.Container container = inflateContainer(wbits);
                    if (container == null) throw Errors.valueError("Invalid initialization option");
                    return new ZlibDecompressor(new InflateStream(container, wbits, zdictArgument(a[1])));
                })
                .dict(ZlibDecompressor::fillDict)
                .build();

        private final InflateStream stream;
        private byte[] input = new byte[0];
        private boolean needsInput = true;

        private ZlibDecompressor(InflateStream stream) {
            this.stream = stream;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private synchronized byte[] decompress(byte[] data, long maxLength) {
            if (stream.eof()) throw Errors.of(Exceptions.EOFError, "End of stream already reached");
            input = InflateStream.concat(input, data);
            if (maxLength == 0) {
                needsInput = false;
                return new byte[0];
            }
            int cap = maxLength < 0 ? 0 : (int) Math.min(maxLength, Integer.MAX_VALUE);
            byte[] out = stream.inflate(input, cap);
            input = stream.unconsumedTail;
            // a full output cap may leave decompressed data inside the stream
            needsInput = !stream.eof() && (cap == 0 || out.length < cap);
            return out;
        }

        private static void fillDict(TypeBuilder d) {
            d.method("decompress", ArgSpec.keywords("decompress", 0, 1, 2, "data", "max_length"), (self, a) -> {
                long max = a[1] == null ? -1 : Defs.ssize(a[1]);
                return new PyBytes(((ZlibDecompressor) self).decompress(PyBuffer.require(a[0]), max));
            });
            d.getset("eof", self -> PyBool.of(((ZlibDecompressor) self).stream.eof()), null);
            d.getset("unused_data", self -> new PyBytes(((ZlibDecompressor) self).stream.unusedData), null);
            d.getset("needs_input", self -> PyBool.of(((ZlibDecompressor) self).needsInput), null);
        }
    }
}
