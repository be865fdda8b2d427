package org.ember.modules.binary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyInstance;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * {@code _struct}: packing Python values into C structs described by a format string, under
 * CPython's names and messages ({@code struct.error}). The format grammar and the per-item
 * conversions are in {@link StructFormat}; this class is the {@code Struct} type, its iterator
 * and the module functions (which go through a small cache of parsed formats, as CPython's do).
 */
public final class StructModule extends PyObject {

    public static final PyType ERROR = Defs.exceptionType("struct", "error", Exceptions.Exception);

    public static final PyType TYPE = PyType.builtin("_struct.Struct", StructModule.class).module("_struct").subclassable()
            .slots(t -> {
                t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.keywords("Struct", 0, 1, 1, "format").bind(args, off, n, kw);
                    return type.wrap(new StructModule(formatOf(a[0])));
                };
                t.repr = self -> new PyStr("Struct(" + PyStr.repr(of(self).format.text) + ")");
            })
            .dict(StructModule::fillDict)
            .build();

    /** The iterator {@code iter_unpack} returns. */
    static final PyType UNPACK_ITERATOR = PyType.builtin("_struct.unpack_iterator", UnpackIterator.class).module("_struct")
            .slots(t -> {
                t.iter = self -> self;
                t.iternext = self -> ((UnpackIterator) self).next();
            })
            .dict(d -> d.method0("__length_hint__", self -> PyInt.of(((UnpackIterator) self).remaining())))
            .build();

    final StructFormat format;

    private StructModule(StructFormat format) {
        this.format = format;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static StructModule of(Object self) {
        return self instanceof StructModule s ? s : (StructModule) ((PyInstance) self).base;
    }

    // ---- the format cache (formats are immutable once parsed) ----

    private static final Map<String, StructFormat> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100;

    private static StructFormat formatOf(Object arg) {
        Object b = Abstract.builtinPart(arg);
        String text;
        if (b instanceof PyStr s) text = s.value();
        else if (b instanceof PyBytes bytes) text = new String(bytes.value, java.nio.charset.StandardCharsets.ISO_8859_1);
        else throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not %s", Abstract.typeName(arg));
        StructFormat cached = CACHE.get(text);
        if (cached != null) return cached;
        StructFormat parsed = StructFormat.parse(text, ERROR);
        if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
        CACHE.put(text, parsed);
        return parsed;
    }

    // ---- operations shared by the methods and the module functions ----

    static PyBytes pack(String fname, StructFormat f, Object[] values, int from) {
        checkCount(fname, f, values.length - from);
        byte[] out = new byte[f.size];
        f.pack(values, from, out, 0);
        return new PyBytes(out);
    }

    private static void checkCount(String fname, StructFormat f, int given) {
        if (given != f.totalItems) throw Errors.of(ERROR, "%s expected %d items for packing (got %d)", fname, f.totalItems, given);
        f.checkUsable();
    }

    static PyTuple unpack(StructFormat f, Object buffer) {
        byte[] data = Defs.bytesLike(buffer);
        if (data.length != f.calcSize()) throw Errors.of(ERROR, "unpack requires a buffer of %d bytes", f.calcSize());
        return PyTuple.of(f.unpack(data, 0));
    }

    static PyTuple unpackFrom(StructFormat f, Object buffer, Object offsetArg) {
        byte[] data = Defs.bytesLike(buffer);
        f.checkUsable();
        long offset = offsetArg == null ? 0 : Defs.ssize(offsetArg);
        int length = data.length;
        if (offset < 0) {
            if (offset + f.size > 0) throw Errors.of(ERROR, "not enough data to unpack %d bytes at offset %d", f.size, offset);
            if (offset + length < 0) throw Errors.of(ERROR, "offset %d out of range for %d-byte buffer", offset, length);
            offset += length;
        }
        if (length - offset < f.size) {
            throw Errors.of(ERROR, "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
                    f.size + offset, f.size, offset, length);
        }
        return PyTuple.of(f.unpack(data, (int) offset));
    }

    static Object packInto(StructFormat f, Object[] args, int from) {
        int given = args.length - from;
        if (given < 1) throw Errors.of(ERROR, "pack_into expected buffer argument");
        if (given < 2) throw Errors.of(ERROR, "pack_into expected offset argument");
        checkCount("pack_into", f, given - 2);
        PyBuffer target = PyBuffer.of(args[from]);
        if (target == null || target.isReadOnly()) {
            throw Errors.typeError("argument must be read-write bytes-like object, not %s", Abstract.typeName(args[from]));
        }
        long offset = Defs.ssize(args[from + 1]);
        int length = target.byteLength();
        if (offset < 0) {
            if (offset + f.size > 0) throw Errors.of(ERROR, "no space to pack %d bytes at offset %d", f.size, offset);
            if (offset + length < 0) throw Errors.of(ERROR, "offset %d out of range for %d-byte buffer", offset, length);
            offset += length;
        }
        if (length - offset < f.size) {
            throw Errors.of(ERROR, "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)",
                    f.size + offset, f.size, offset, length);
        }
        byte[] out = new byte[f.size]; // pad bytes are written as zeros, as in CPython
        f.pack(args, from + 2, out, 0);
        target.writeBytes((int) offset, out);
        return PyNone.NONE;
    }

    static Object iterUnpack(StructFormat f, Object buffer) {
        f.checkUsable();
        if (f.size == 0) throw Errors.of(ERROR, "cannot iteratively unpack with a struct of length 0");
        byte[] data = Defs.bytesLike(buffer);
        if (data.length % f.size != 0) {
            throw Errors.of(ERROR, "iterative unpacking requires a buffer of a multiple of %d bytes", f.size);
        }
        return new UnpackIterator(f, data);
    }

    // ---- the Struct type's members ----

    private static void fillDict(org.ember.runtime.TypeBuilder d) {
        d.method("pack", ArgSpec.varargs("pack"), (self, a) -> pack("pack", of(self).format, ((PyTuple) a[0]).items(), 0));
        d.method("pack_into", ArgSpec.varargs("pack_into"), (self, a) -> packInto(of(self).format, ((PyTuple) a[0]).items(), 0));
        d.method1("unpack", (self, buffer) -> unpack(of(self).format, buffer));
        d.method("unpack_from", ArgSpec.keywords("unpack_from", 0, 1, 2, "buffer", "offset"),
                (self, a) -> unpackFrom(of(self).format, a[0], a[1]));
        d.method1("iter_unpack", (self, buffer) -> iterUnpack(of(self).format, buffer));
        d.getset("format", self -> new PyStr(of(self).format.text), null);
        d.getset("size", self -> PyInt.of(of(self).format.size), null);
        d.method0("__sizeof__", self -> PyInt.of(48 + 24L * (of(self).format.codes.size() + 1)));
    }

    // ---- the module ----

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_struct");
        Defs.set(m, "__doc__", new PyStr("Functions to convert between Python values and C structs."));
        Defs.set(m, "Struct", TYPE);
        Defs.set(m, "error", ERROR);
        Defs.def(m, ArgSpec.varargs("pack"), (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items();
            if (args.length == 0) throw Errors.typeError("missing format argument");
            return pack("pack", formatOf(args[0]), args, 1);
        });
        Defs.def(m, ArgSpec.varargs("pack_into"), (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items();
            if (args.length == 0) throw Errors.typeError("missing format argument");
            return packInto(formatOf(args[0]), args, 1);
        });
        Defs.def(m, ArgSpec.positional("unpack", 2, 2), (self, a) -> unpack(formatOf(a[0]), a[1]));
        Defs.def(m, ArgSpec.keywords("unpack_from", 1, 2, 3, "format", "buffer", "offset"),
                (self, a) -> unpackFrom(formatOf(a[0]), a[1], a[2]));
        Defs.def(m, ArgSpec.positional("iter_unpack", 2, 2), (self, a) -> iterUnpack(formatOf(a[0]), a[1]));
        Defs.def(m, ArgSpec.one("calcsize"), (self, a) -> PyInt.of(formatOf(a[0]).calcSize()));
        Defs.def(m, ArgSpec.noArgs("_clearcache"), (self, a) -> {
            CACHE.clear();
            return PyNone.NONE;
        });
        return m;
    }

    /** {@code iter_unpack}'s iterator over a snapshot of the buffer. */
    static final class UnpackIterator extends PyObject {
        private final StructFormat format;
        private final byte[] data;
        private int position;

        UnpackIterator(StructFormat format, byte[] data) {
            this.format = format;
            this.data = data;
        }

        @Override
        public PyType type() {
            return UNPACK_ITERATOR;
        }

        synchronized Object next() {
            if (position + format.size > data.length) return null;
            Object[] values = format.unpack(data, position);
            position += format.size;
            return PyTuple.of(values);
        }

        synchronized int remaining() {
            return (data.length - position) / format.size;
        }
    }
}
