package org.ember.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ember.bytecode.CodeSerializer;
import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyComplex;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyEllipsis;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyFrozenSet;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PySet;
import org.ember.runtime.PySlice;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/**
 * {@code marshal}: CPython's format (versions 0 to 5) for None, booleans, Ellipsis,
 * StopIteration, ints, floats, complex numbers, str, bytes (and other buffers), tuples, lists,
 * dicts, sets, frozensets and (version 5) slices, references included, so data marshalled by
 * CPython loads here and the other way round. Code objects use Ember's own payload (type 'c'
 * followed by the length and bytes of {@link CodeSerializer}'s form): only Ember reads them back.
 *
 * <p>Two things CPython decides from facts Ember does not have are approximated: whether an object
 * gets the reference flag (CPython flags objects whose reference count is above one; Ember flags
 * every object but bytearrays and other buffers from version 3 on, which gives the same bytes for
 * named values and constants, and an extra flag bit on temporaries), and whether a str counts as
 * interned (Ember takes the strings made only of identifier characters, as CPython's compiler
 * interns them, and the one-character latin-1 strings, which CPython shares).
 */
public final class Marshal {
    private Marshal() {}

    /** CPython 3.14's marshal.version. */
    static final int VERSION = 5;
    private static final int FLAG_REF = 0x80;
    private static final int MAX_DEPTH = 2000;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("marshal");
        m.dict().setItem(new PyStr("version"), PyInt.of(VERSION));
        def(m, ArgSpec.keywords("dumps", 2, 1, 2, "value", "version", "allow_code"), (self, a) ->
                new PyBytes(dumps(a[0], versionArg(a[1]), allowCode(a[2]))));
        def(m, ArgSpec.keywords("dump", 3, 2, 3, "value", "file", "version", "allow_code"), (self, a) -> {
            byte[] data = dumps(a[0], versionArg(a[2]), allowCode(a[3]));
            Abstract.invoke(a[1], "write", new PyBytes(data));
            return PyNone.NONE;
        });
        def(m, ArgSpec.keywords("loads", 1, 1, 1, "bytes", "allow_code"), (self, a) -> {
            byte[] data = PyBuffer.bytesOf(a[0]);
            if (data == null) throw Errors.typeError("a bytes-like object is required, not '%s'", Abstract.typeName(a[0]));
            return new Reader(data, null, allowCode(a[1])).readTop();
        });
        def(m, ArgSpec.keywords("load", 1, 1, 1, "file", "allow_code"), (self, a) ->
                new Reader(null, a[0], allowCode(a[1])).readTop());
        return m;
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }

    private static int versionArg(Object v) {
        if (v == null) return VERSION;
        if (!(v instanceof PyInt)) throw Errors.typeError("'%s' object cannot be interpreted as an integer", Abstract.typeName(v));
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Abstract.asSize(v, null)));
    }

    private static boolean allowCode(Object v) {
        return v == null || Abstract.isTrue(v);
    }

    static byte[] dumps(Object value, int version, boolean allowCode) {
        Writer w = new Writer(version, allowCode);
        w.write(value, 0);
        return w.out.toByteArray();
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final int version;
        final boolean allowCode;
        /** Objects written with the reference flag, by identity, to their reference index. */
        final Map<Object, Integer> refs = new IdentityHashMap<>();

        Writer(int version, boolean allowCode) {
            this.version = version;
            this.allowCode = allowCode;
        }

        void write(Object v, int depth) {
            if (depth > MAX_DEPTH) throw Errors.valueError("object too deeply nested to marshal");
            if (v == PyNone.NONE) out.write('N');
            else if (v == PyBool.TRUE) out.write('T');
            else if (v == PyBool.FALSE) out.write('F');
            else if (v == PyEllipsis.INSTANCE) out.write('.');
            else if (v == Exceptions.StopIteration) out.write('S');
            else {
                if (version >= 3) {
                    Integer index = refs.get(v);
                    if (index != null) {
                        out.write('r');
                        int32(index);
                        return;
                    }
                }
                writeComplex(v, depth);
            }
        }

        /** The type byte, flagged (and the object given a reference index) from version 3 on. */
        void type(int code, Object v) {
            if (version >= 3) {
                refs.put(v, refs.size());
                code |= FLAG_REF;
            }
            out.write(code);
        }

        void writeComplex(Object v, int depth) {
            Class<?> c = v.getClass();
            if (c == PyInt.class) writeInt((PyInt) v);
            else if (c == PyFloat.class) {
                double d = ((PyFloat) v).value;
                if (version > 1) {
                    type('g', v);
                    float64(d);
                } else {
                    type('f', v);
                    shortText(oldFloat(d));
                }
            } else if (c == PyComplex.class) {
                PyComplex z = (PyComplex) v;
                if (version > 1) {
                    type('y', v);
                    float64(z.real);
                    float64(z.imag);
                } else {
                    type('x', v);
                    shortText(oldFloat(z.real));
                    shortText(oldFloat(z.imag));
                }
            } else if (c == PyStr.class) writeStr((PyStr) v);
            else if (c == PyBytes.class) {
                type('s', v);
                sized(((PyBytes) v).value);
            } else if (c == PyTuple.class) {
                PyTuple t = (PyTuple) v;
                if (version >= 4 && t.size() < 256) {
                    type(')', v);
                    out.write(t.size());
                } else {
                    type('(', v);
                    int32(t.size());
                }
                for (Object item : t.items()) write(item, depth + 1);
            } else if (c == PyList.class) {
                PyList list = (PyList) v;
                type('[', v);
                Object[] items = list.toArray();
                int32(items.length);
                for (Object item : items) write(item, depth + 1);
            } else if (c == PyDict.class) {
                type('{', v);
                for (Object[] entry : ((PyDict) v).entries()) {
                    write(entry[0], depth + 1);
                    write(entry[1], depth + 1);
                }
                out.write('0');
            } else if (c == PySet.class || c == PyFrozenSet.class) {
                type(c == PySet.class ? '<' : '>', v);
                List<Object> items = setItems(v);
                int32(items.size());
                for (Object item : sortedByMarshal(items)) write(item, depth + 1);
            } else if (c == PySlice.class && version >= 5) {
                PySlice s = (PySlice) v;
                type(':', v);
                write(s.start, depth + 1);
                write(s.stop, depth + 1);
                write(s.step, depth + 1);
            } else if (c == PyCode.class) {
                if (!allowCode) throw Errors.valueError("marshalling code objects is disallowed");
                type('c', v);
                sized(CodeSerializer.write(((PyCode) v).raw));
            } else {
                byte[] buffer = PyBuffer.of(v) != null ? PyBuffer.bytesOf(v) : null;
                if (buffer == null) throw Errors.valueError("unmarshallable object");
                out.write('s');   // unflagged: a bytearray or view is rarely shared, and loads back as bytes
                sized(buffer);
            }
        }

        /** CPython writes a set's elements in the order of their own marshalled bytes (reproducible output). */
        List<Object> sortedByMarshal(List<Object> items) {
            List<Object[]> keyed = new ArrayList<>();
            for (Object item : items) keyed.add(new Object[] {dumps(item, version, allowCode), item});
            keyed.sort((a, b) -> Arrays.compareUnsigned((byte[]) a[0], (byte[]) b[0]));
            List<Object> sorted = new ArrayList<>();
            for (Object[] k : keyed) sorted.add(k[1]);
            return sorted;
        }

        void writeInt(PyInt i) {
            if (i.fitsLong() && i.longValue() >= Integer.MIN_VALUE && i.longValue() <= Integer.MAX_VALUE) {
                type('i', i);
                int32((int) i.longValue());
                return;
            }
            // base 2**15 digits, least significant first; the count carries the sign
            BigInteger magnitude = i.bigValue().abs();
            List<Integer> digits = new ArrayList<>();
            while (magnitude.signum() > 0) {
                digits.add(magnitude.intValue() & 0x7FFF);
                magnitude = magnitude.shiftRight(15);
            }
            type('l', i);
            int32(i.bigValue().signum() < 0 ? -digits.size() : digits.size());
            for (int d : digits) {
                out.write(d & 0xFF);
                out.write(d >> 8);
            }
        }

        void writeStr(PyStr s) {
            String text = s.value();
            if (version >= 4 && isAscii(text)) {
                boolean interned = looksInterned(text);
                if (text.length() < 256) {
                    type(interned ? 'Z' : 'z', s);
                    out.write(text.length());
                } else {
                    type(interned ? 'A' : 'a', s);
                    int32(text.length());
                }
                for (int k = 0; k < text.length(); k++) out.write(text.charAt(k));
                return;
            }
            type(version >= 3 && looksInterned(text) ? 't' : 'u', s);
            sized(org.ember.runtime.Codecs.encode(s, "utf-8", "surrogatepass"));
        }

        void sized(byte[] data) {
            int32(data.length);
            out.writeBytes(data);
        }

        void shortText(String text) {
            out.write(text.length());
            for (int k = 0; k < text.length(); k++) out.write(text.charAt(k));
        }

        void int32(int v) {
            for (int k = 0; k < 4; k++) out.write(v >> (8 * k));
        }

        void float64(double d) {
            long bits = Double.doubleToRawLongBits(d);
            for (int k = 0; k < 8; k++) out.write((int) (bits >> (8 * k)));
        }
    }

    private static List<Object> setItems(Object set) {
        List<Object> items = new ArrayList<>();
        Object it = Abstract.getIter(set);
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) items.add(x);
        return items;
    }

    private static boolean isAscii(String text) {
        for (int k = 0; k < text.length(); k++) if (text.charAt(k) >= 0x80) return false;
        return true;
    }

    /** Identifier characters only: what CPython's compiler interns (and the empty string, a singleton). */
    private static boolean looksInterned(String text) {
        if (text.length() == 1) return text.charAt(0) < 0x100;   // one-character latin-1 strings are shared
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (!(ch < 0x80 && (Character.isLetterOrDigit(ch) || ch == '_'))) return false;
        }
        return true;
    }

    /** Versions 0 and 1 write floats as C's "%.17g". */
    static String oldFloat(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0" : "0";
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(17));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String digits = rounded.unscaledValue().abs().toString().replaceAll("0+$", "");
        if (digits.isEmpty()) digits = "0";
        String sign = d < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 17) {
            String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        if (exponent < 0) return sign + "0." + "0".repeat(-exponent - 1) + digits;
        if (digits.length() <= exponent + 1) return sign + digits + "0".repeat(exponent + 1 - digits.length());
        return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** Reads from a byte array, or pulls bytes from a file object's read(n). */
    private static final class Reader {
        private final byte[] data;
        private final Object file;
        private final boolean allowCode;
        private int pos;
        private final List<Object> refs = new ArrayList<>();

        Reader(byte[] data, Object file, boolean allowCode) {
            this.data = data;
            this.file = file;
            this.allowCode = allowCode;
        }

        Object readTop() {
            if (file != null) {
                Object probe = Abstract.invoke(file, "read", PyInt.of(0));
                if (!(probe instanceof PyBytes)) {
                    throw Errors.typeError("file.read() returned not bytes but %s", Abstract.typeName(probe));
                }
            }
            Object v = read(0);
            if (v == null) throw Errors.of(Exceptions.TypeError, "NULL object in marshal data for object");
            return v;
        }

        private byte[] take(int n) {
            if (file != null) {
                Object got = Abstract.invoke(file, "read", PyInt.of(n));
                byte[] bytes = PyBuffer.bytesOf(got);
                if (bytes == null) throw Errors.typeError("file.read() returned not bytes but %s", Abstract.typeName(got));
                if (bytes.length != n) throw Errors.of(Exceptions.EOFError, "EOF read where not expected");
                return bytes;
            }
            if (n > data.length - pos) throw Errors.of(Exceptions.EOFError, "marshal data too short");
            byte[] out = Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return out;
        }

        private int typeByte() {
            if (file != null) {
                byte[] one = PyBuffer.bytesOf(Abstract.invoke(file, "read", PyInt.of(1)));
                if (one == null || one.length == 0) throw Errors.of(Exceptions.EOFError, "EOF read where object expected");
                return one[0] & 0xFF;
            }
            if (pos >= data.length) throw Errors.of(Exceptions.EOFError, "EOF read where object expected");
            return data[pos++] & 0xFF;
        }

        private int byte1() {
            return take(1)[0] & 0xFF;
        }

        private int int32() {
            byte[] b = take(4);
            return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFF) << 24;
        }

        private double float64() {
            byte[] b = take(8);
            long bits = 0;
            for (int k = 7; k >= 0; k--) bits = bits << 8 | (b[k] & 0xFF);
            return Double.longBitsToDouble(bits);
        }

        private int size(String what) {
            int n = int32();
            if (n < 0) throw bad(what + " size out of range");
            return n;
        }

        /** Refuses a count of items (each at least {@code minBytes} long) that the data cannot hold, before allocating for it. */
        private void expect(long items, int minBytes, String message) {
            if (data != null && items * minBytes > data.length - pos) throw Errors.of(Exceptions.EOFError, message);
        }

        private static PyException bad(String why) {
            return Errors.valueError("bad marshal data (%s)", why);
        }

        /** Registers a flagged object (or reserves its slot, for containers filled afterwards). */
        private int remember(boolean flagged, Object v) {
            if (!flagged) return -1;
            refs.add(v);
            return refs.size() - 1;
        }

        private Object remembered(int slot, Object v) {
            if (slot >= 0) refs.set(slot, v);
            return v;
        }

        /** One object; null for the NULL marker '0' (ends a dict). */
        Object read(int depth) {
            if (depth > MAX_DEPTH) throw Errors.valueError("recursion limit exceeded");
            int code = typeByte();
            boolean flagged = (code & FLAG_REF) != 0;
            int type = code & ~FLAG_REF;
            switch (type) {
                case '0': return null;
                case 'N': return PyNone.NONE;
                case 'T': return PyBool.TRUE;
                case 'F': return PyBool.FALSE;
                case '.': return PyEllipsis.INSTANCE;
                case 'S': return Exceptions.StopIteration;
                case 'r': {
                    int index = int32();
                    if (index < 0 || index >= refs.size() || refs.get(index) == null) throw bad("invalid reference");
                    return refs.get(index);
                }
                default: break;
            }
            int slot = remember(flagged, null);
            Object v = switch (type) {
                case 'i' -> PyInt.of(int32());
                case 'l' -> readLong();
                case 'g' -> new PyFloat(float64());
                case 'f' -> new PyFloat(parseFloat(shortBytes()));
                case 'y' -> {
                    double re = float64();
                    yield new PyComplex(re, float64());
                }
                case 'x' -> {
                    double re = parseFloat(shortBytes());
                    yield new PyComplex(re, parseFloat(shortBytes()));
                }
                case 's' -> new PyBytes(take(size("bytes object")));
                case 'u', 't' -> org.ember.runtime.Codecs.decode(take(size("string")), "utf-8", "surrogatepass");
                case 'a', 'A' -> latin1(take(size("string")));
                case 'z', 'Z' -> latin1(take(byte1()));
                case ')' -> readTuple(byte1(), slot, depth);
                case '(' -> readTuple(size("tuple"), slot, depth);
                case '[' -> readList(slot, depth);
                case '{' -> readDict(slot, depth);
                case '<', '>' -> readSet(type == '<', slot, depth);
                case ':' -> {
                    Object start = readItem(depth), stop = readItem(depth), step = readItem(depth);
                    yield new PySlice(start, stop, step);
                }
                case 'c' -> readCode();
                default -> throw bad("unknown type code");
            };
            return remembered(slot, v);
        }

        private Object readItem(int depth) {
            Object v = read(depth + 1);
            if (v == null) throw Errors.typeError("NULL object in marshal data for object");
            return v;
        }

        private byte[] shortBytes() {
            return take(byte1());
        }

        private double parseFloat(byte[] text) {
            try {
                return PyFloat.parse(new String(text, java.nio.charset.StandardCharsets.ISO_8859_1));
            } catch (PyException e) {
                throw bad("invalid float");
            }
        }

        private static PyStr latin1(byte[] b) {
            return new PyStr(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        private Object readLong() {
            int n = int32();
            if (n == Integer.MIN_VALUE) throw bad("long size out of range");
            int count = Math.abs(n);
            expect(count, 2, "marshal data too short");
            BigInteger value = BigInteger.ZERO;
            int last = 0;
            for (int k = 0; k < count; k++) {    // least significant digit first
                byte[] b = take(2);
                int d = (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
                if (d > 0x7FFF) throw bad("digit out of range in long");
                value = value.or(BigInteger.valueOf(d).shiftLeft(15 * k));
                last = d;
            }
            if (count > 0 && last == 0) throw bad("unnormalized long data");
            return PyInt.of(n < 0 ? value.negate() : value);
        }

        private Object readTuple(int n, int slot, int depth) {
            expect(n, 1, "EOF read where object expected");
            List<Object> items = new ArrayList<>(Math.min(n, 1024));
            for (int k = 0; k < n; k++) items.add(readItem(depth));
            return PyTuple.of(items.toArray());
        }

        private Object readList(int slot, int depth) {
            int n = size("list");
            PyList list = new PyList();
            remembered(slot, list);
            for (int k = 0; k < n; k++) list.append(readItem(depth));
            return list;
        }

        private Object readDict(int slot, int depth) {
            PyDict dict = new PyDict();
            remembered(slot, dict);
            while (true) {
                Object key = read(depth + 1);
                if (key == null) break;
                Object value = read(depth + 1);
                if (value == null) break;
                dict.setItem(key, value);
            }
            return dict;
        }

        private Object readSet(boolean mutable, int slot, int depth) {
            int n = size("set");
            if (mutable) {
                PySet set = new PySet();
                remembered(slot, set);
                for (int k = 0; k < n; k++) set.add(readItem(depth));
                return set;
            }
            List<Object> items = new ArrayList<>();
            for (int k = 0; k < n; k++) items.add(readItem(depth));
            return PyFrozenSet.fromIterable(PyTuple.of(items.toArray()));
        }

        private Object readCode() {
            if (!allowCode) throw Errors.valueError("unmarshalling code objects is disallowed");
            byte[] payload = take(size("code"));
            try {
                return new PyCode(CodeSerializer.read(payload, 0));
            } catch (java.io.IOException e) {
                throw bad("invalid code object");
            }
        }
    }
}
