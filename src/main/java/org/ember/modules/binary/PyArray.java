package org.ember.modules.binary;

import java.math.BigInteger;
import java.util.Arrays;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.BinOp;
import org.ember.runtime.CompareOp;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.IteratorState;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyByteArray;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInstance;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyNotImplemented;
import org.ember.runtime.PyObject;
import org.ember.runtime.PySlice;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;
import org.ember.runtime.TypeBuilder;
import org.ember.runtime.WeakRefRegistry;

/**
 * {@code array.array}: a typed sequence of C numbers (or characters for 'u'/'w'). The items live
 * in one little-endian byte array (x86-64's native layout), so the buffer protocol, tobytes,
 * frombytes and byteswap are plain copies; each read or write converts one item with CPython's
 * range checks and messages. Mutations hold the array's monitor; resizing is refused while a
 * memoryview exports the buffer.
 */
public final class PyArray extends PyObject implements PyBuffer, WeakRefRegistry.WeakReferenceable {

    static final String TYPECODES = "bBuwhHiIlLqQfd";

    public static final PyType TYPE = PyType.builtin("array.array", PyArray.class).module("array").subclassable()
            .slots(PyArray::fillSlots)
            .dict(PyArray::fillDict)
            .build().withCollectionFlag(PyType.SEQUENCE);   // match: a sequence

    static final PyType ITERATOR = PyType.builtin("array.arrayiterator", ArrayIterator.class).module("array")
            .slots(t -> {
                t.iter = self -> self;
                t.iternext = self -> ((ArrayIterator) self).next();
            })
            .dict(d -> {
                d.method0("__reduce__", self -> ((ArrayIterator) self).reduce());
                d.method1("__setstate__", (self, state) -> {
                    ((ArrayIterator) self).setState(IteratorState.position(state));
                    return PyNone.NONE;
                });
            })
            .build();

    final char typecode;
    final int itemSize;
    private byte[] data;
    private int length;
    private int exports;

    PyArray(char typecode) {
        this.typecode = typecode;
        this.itemSize = itemSize(typecode);
        this.data = new byte[0];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static int itemSize(char code) {
        return switch (code) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f', 'u', 'w' -> 4;
            default -> 8;
        };
    }

    static PyArray of(Object o) {
        if (o instanceof PyArray a) return a;
        if (o instanceof PyInstance inst && inst.base instanceof PyArray a) return a;
        return null;
    }

    private static PyArray self(Object o) {
        return of(o);
    }

    private boolean isUnicode() {
        return typecode == 'u' || typecode == 'w';
    }

    // ---- the buffer protocol ----

    @Override
    public synchronized byte[] toByteArray() {
        return Arrays.copyOf(data, length * itemSize);
    }

    @Override
    public synchronized int byteLength() {
        return length * itemSize;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public synchronized int byteAt(int i) {
        return data[i] & 0xFF;
    }

    @Override
    public synchronized void setByteAt(int i, int value) {
        data[i] = (byte) value;
    }

    /** The item format a memoryview sees: the typecode ('u' shows as 'w', UCS-4, as in CPython). */
    @Override
    public String format() {
        return typecode == 'u' ? "w" : String.valueOf(typecode);
    }

    @Override
    public int itemSize() {
        return itemSize;
    }

    @Override
    public synchronized void exportChanged(int delta) {
        exports += delta;
    }

    private void checkResizable() {
        if (exports > 0) throw Errors.of(Exceptions.BufferError, "cannot resize an array that is exporting buffers");
    }

    // ---- items: raw bits <-> Python values ----

    private long bitsAt(int index) {
        long bits = 0;
        int at = index * itemSize;
        for (int k = 0; k < itemSize; k++) bits |= (data[at + k] & 0xFFL) << (8 * k);
        return bits;
    }

    private void putBits(byte[] target, int index, long bits) {
        int at = index * itemSize;
        for (int k = 0; k < itemSize; k++) target[at + k] = (byte) (bits >>> (8 * k));
    }

    private Object valueOf(long bits) {
        return switch (typecode) {
            case 'b' -> PyInt.of((byte) bits);
            case 'h' -> PyInt.of((short) bits);
            case 'i' -> PyInt.of((int) bits);
            case 'l', 'q' -> PyInt.of(bits);
            case 'B', 'H', 'I' -> PyInt.of(bits);
            case 'L', 'Q' -> bits < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(bits))) : PyInt.of(bits);
            case 'f' -> new PyFloat(Float.intBitsToFloat((int) bits));
            case 'd' -> new PyFloat(Double.longBitsToDouble(bits));
            default -> new PyStr(Character.toString((int) bits));
        };
    }

    synchronized Object get(int index) {
        return valueOf(bitsAt(index));
    }

    /** The bits storing v, or CPython's TypeError/OverflowError for a value this typecode cannot hold. */
    long bitsFor(Object v) {
        switch (typecode) {
            case 'f' -> {
                return Float.floatToRawIntBits((float) realValue(v)) & 0xFFFFFFFFL;
            }
            case 'd' -> {
                return Double.doubleToRawLongBits(realValue(v));
            }
            case 'u', 'w' -> {
                if (!(Abstract.builtinPart(v) instanceof PyStr s) || s.value().codePointCount(0, s.value().length()) != 1) {
                    throw Errors.typeError("array item must be unicode character");
                }
                return s.value().codePointAt(0);
            }
            default -> {
                return integerBits(Abstract.index(v));
            }
        }
    }

    private static double realValue(Object v) {
        PyType t = Abstract.typeOf(v);
        if (t.toFloat == null && t.index == null) throw Errors.typeError("must be real number, not %s", Abstract.typeName(v));
        return PyFloat.convert(v).value;
    }

    /** Range checks in the order CPython's converters make them (hence the mixed C type names). */
    private long integerBits(PyInt i) {
        switch (typecode) {
            case 'b', 'h', 'i', 'B', 'H', 'l' -> {
                if (!i.fitsLong()) throw Errors.overflowError("Python int too large to convert to C long");
                long v = i.longValue();
                switch (typecode) {
                    case 'b' -> {
                        checkRange(v, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                        checkRange(v, -128, 127, "signed char");
                    }
                    case 'B' -> checkRange(v, 0, 255, "unsigned byte integer");
                    case 'h' -> checkRange(v, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                    case 'H' -> {
                        checkRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                        checkRange(v, 0, 65535, "unsigned short");
                    }
                    case 'i' -> checkRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                    default -> { }
                }
                return v;
            }
            case 'I', 'L' -> {
                if (i.signum() < 0) throw Errors.overflowError("can't convert negative value to unsigned int");
                if (i.bitLength() > 64) throw Errors.overflowError("Python int too large to convert to C unsigned long");
                long v = i.bigValue().longValue();
                if (typecode == 'I' && (v >>> 32) != 0) throw Errors.overflowError("unsigned int is greater than maximum");
                return v;
            }
            case 'q' -> {
                if (!i.fitsLong()) throw Errors.overflowError("int too big to convert");
                return i.longValue();
            }
            default -> { // 'Q'
                if (i.signum() < 0) throw Errors.overflowError("can't convert negative int to unsigned");
                if (i.bitLength() > 64) throw Errors.overflowError("int too big to convert");
                return i.bigValue().longValue();
            }
        }
    }

    private static void checkRange(long v, long min, long max, String what) {
        if (v < min) throw Errors.overflowError("%s is less than minimum", what);
        if (v > max) throw Errors.overflowError("%s is greater than maximum", what);
    }

    // ---- bulk operations ----

    /** Appends raw item bytes (their length is a multiple of the item size). */
    synchronized void appendBytes(byte[] bytes) {
        if (bytes.length == 0) return;
        checkResizable();
        int used = length * itemSize;
        if (used + bytes.length > data.length) data = Arrays.copyOf(data, Math.max(used + bytes.length, used + (used >> 1) + 16));
        System.arraycopy(bytes, 0, data, used, bytes.length);
        length += bytes.length / itemSize;
    }

    void frombytes(byte[] bytes) {
        if (bytes.length % itemSize != 0) throw Errors.valueError("bytes length not a multiple of item size");
        appendBytes(bytes);
    }

    /** Converts every value first, so a bad item leaves the array unchanged (as CPython's extend does for lists). */
    void extendFrom(Object iterable) {
        PyArray other = of(iterable);
        if (other != null) {
            if (other.typecode != typecode) throw Errors.typeError("can only extend with array of same kind");
            appendBytes(other.toByteArray());
            return;
        }
        Object iterator = Abstract.getIter(iterable);
        for (Object item = Abstract.next(iterator); item != null; item = Abstract.next(iterator)) {
            byte[] one = new byte[itemSize];
            putBits(one, 0, bitsFor(item));
            appendBytes(one);
        }
    }

    private byte[] encode(Object[] values) {
        byte[] out = new byte[values.length * itemSize];
        for (int i = 0; i < values.length; i++) putBits(out, i, bitsFor(values[i]));
        return out;
    }

    synchronized Object[] items() {
        Object[] out = new Object[length];
        for (int i = 0; i < length; i++) out[i] = valueOf(bitsAt(i));
        return out;
    }

    private PyArray sameKind(byte[] bytes) {
        PyArray a = new PyArray(typecode);
        a.data = bytes;
        a.length = bytes.length / itemSize;
        return a;
    }

    // ---- construction ----

    private static Object construct(PyType type, Object[] args, int off, int n, PyTuple kw) {
        if (type == TYPE && kw != null && kw.size() > 0) throw Errors.typeError("array.array() takes no keyword arguments");
        int npos = n - (kw == null ? 0 : kw.size());
        if (npos < 1) throw Errors.typeError("array() takes at least 1 argument (%d given)", npos);
        if (npos > 2) throw Errors.typeError("array() takes at most 2 arguments (%d given)", npos);
        Object codeArg = args[off];
        if (!(Abstract.builtinPart(codeArg) instanceof PyStr codeStr) || codeStr.value().codePointCount(0, codeStr.value().length()) != 1) {
            throw Errors.typeError("array() argument 1 must be a unicode character, not %s", Abstract.typeName(codeArg));
        }
        char code = codeStr.value().charAt(0);
        if (TYPECODES.indexOf(code) < 0) {
            throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        if (code == 'u') {
            org.ember.modules.Warnings.warn(ThreadState.current(), Exceptions.DeprecationWarning,
                    "The 'u' type code is deprecated and will be removed in Python 3.16", 1);
        }
        PyArray a = new PyArray(code);
        if (npos == 2) a.initialize(args[off + 1]);
        return type.wrap(a);
    }

    private void initialize(Object init) {
        Object b = Abstract.builtinPart(init);
        if (b instanceof PyStr s) {
            if (!isUnicode()) {
                throw Errors.typeError("cannot use a str to initialize an array with typecode '%s'", String.valueOf(typecode));
            }
            fromunicode(s);
            return;
        }
        PyArray other = of(init);
        if (other != null && other.isUnicode() != isUnicode()) {
            throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '%s'", String.valueOf(typecode));
        }
        if (other != null) {
            appendBytes(encode(other.items()));
            return;
        }
        if (b instanceof PyBytes || b instanceof PyByteArray) {
            frombytes(PyBuffer.bytesOf(b));
            return;
        }
        extendFrom(init);
    }

    private void fromunicode(PyStr s) {
        int[] cps = s.value().codePoints().toArray();
        byte[] bytes = new byte[cps.length * itemSize];
        for (int i = 0; i < cps.length; i++) putBits(bytes, i, cps[i]);
        appendBytes(bytes);
    }

    // ---- indexing ----

    private int index(Object key, String message) {
        long i = Abstract.asSize(key, Exceptions.IndexError);
        int n = length;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError(message);
        return (int) i;
    }

    private static Object getItem(Object selfObj, Object key) {
        PyArray a = self(selfObj);
        if (key instanceof PySlice slice) {
            synchronized (a) {
                PySlice.Indices ix = slice.indices(a.length);
                byte[] out = new byte[ix.length() * a.itemSize];
                for (int k = 0, j = ix.start(); k < ix.length(); k++, j += ix.step()) {
                    System.arraycopy(a.data, j * a.itemSize, out, k * a.itemSize, a.itemSize);
                }
                return a.sameKind(out);
            }
        }
        if (Abstract.typeOf(key).index == null) throw Errors.typeError("array indices must be integers");
        synchronized (a) {
            return a.get(a.index(key, "array index out of range"));
        }
    }

    private static void setItem(Object selfObj, Object key, Object value) {
        PyArray a = self(selfObj);
        if (key instanceof PySlice slice) {
            if (value == null) {
                a.deleteSlice(slice);
                return;
            }
            PyArray other = of(value);
            if (other == null) {
                throw Errors.typeError("can only assign array (not \"%s\") to array slice", Abstract.typeName(value));
            }
            if (other.typecode != a.typecode) throw Errors.typeError("bad argument type for built-in operation");
            a.assignSlice(slice, other.toByteArray());
            return;
        }
        if (Abstract.typeOf(key).index == null) throw Errors.typeError("array indices must be integers");
        if (value == null) {
            synchronized (a) {
                int i = a.index(key, "array assignment index out of range");
                a.replaceRange(i, i + 1, new byte[0]);
            }
            return;
        }
        long bits = a.bitsFor(value);
        synchronized (a) {
            a.putBits(a.data, a.index(key, "array assignment index out of range"), bits);
        }
    }

    /** Replaces items [start, stop) with the given item bytes. */
    private synchronized void replaceRange(int start, int stop, byte[] with) {
        int newLength = length - (stop - start) + with.length / itemSize;
        if (newLength != length) checkResizable();
        byte[] out = new byte[newLength * itemSize];
        System.arraycopy(data, 0, out, 0, start * itemSize);
        System.arraycopy(with, 0, out, start * itemSize, with.length);
        System.arraycopy(data, stop * itemSize, out, start * itemSize + with.length, (length - stop) * itemSize);
        data = out;
        length = newLength;
    }

    private synchronized void assignSlice(PySlice slice, byte[] with) {
        PySlice.Indices ix = slice.indices(length);
        int count = with.length / itemSize;
        if (ix.step() == 1) {
            replaceRange(ix.start(), Math.max(ix.start(), ix.stop()), with);
            return;
        }
        if (count != ix.length()) {
            throw Errors.valueError("attempt to assign array of size %d to extended slice of size %d", count, ix.length());
        }
        for (int k = 0, j = ix.start(); k < count; k++, j += ix.step()) {
            System.arraycopy(with, k * itemSize, data, j * itemSize, itemSize);
        }
    }

    private synchronized void deleteSlice(PySlice slice) {
        PySlice.Indices ix = slice.indices(length);
        if (ix.length() == 0) return;
        checkResizable();
        boolean[] drop = new boolean[length];
        for (int k = 0, j = ix.start(); k < ix.length(); k++, j += ix.step()) drop[j] = true;
        byte[] out = new byte[(length - ix.length()) * itemSize];
        int w = 0;
        for (int i = 0; i < length; i++) {
            if (drop[i]) continue;
            System.arraycopy(data, i * itemSize, out, w * itemSize, itemSize);
            w++;
        }
        data = out;
        length = w;
    }

    // ---- slots ----

    private static void fillSlots(PyType t) {
        t.newInstance = PyArray::construct;
        t.repr = self -> repr(self);
        // the runtime's shared "unhashable" slot (list's): it makes __hash__ None, as CPython
        t.hash = PyList.TYPE.hash;
        t.len = self -> self(self).length;
        t.getitem = PyArray::getItem;
        t.setitem = PyArray::setItem;
        t.contains = (self, item) -> {
            for (Object v : self(self).items()) if (Abstract.equal(v, item)) return true;
            return false;
        };
        t.iter = self -> new ArrayIterator(self, self(self));
        t.richcompare = PyArray::compare;
        t.sqConcat = (x, y) -> {
            PyArray a = self(x), b = of(y);
            if (b == null) throw Errors.typeError("can only append array (not \"%s\") to array", Abstract.typeName(y));
            if (b.typecode != a.typecode) throw Errors.typeError("bad argument type for built-in operation");
            PyArray r = a.sameKind(a.toByteArray());
            r.appendBytes(b.toByteArray());
            return r;
        };
        t.sqRepeat = (x, n) -> self(x).sameKind(repeat(self(x).toByteArray(), n));
        t.inplace[BinOp.ADD.ordinal()] = (x, y) -> {
            PyArray a = self(x), b = of(y);
            if (b == null) throw Errors.typeError("can only extend array with array (not \"%s\")", Abstract.typeName(y));
            if (b.typecode != a.typecode) throw Errors.typeError("can only extend with array of same kind");
            a.appendBytes(b.toByteArray());
            return x;
        };
        t.inplace[BinOp.MUL.ordinal()] = (x, n) -> {
            PyArray a = self(x);
            synchronized (a) {
                byte[] out = repeat(a.toByteArray(), n);
                if (out.length != a.length * a.itemSize) a.checkResizable();
                a.data = out;
                a.length = out.length / a.itemSize;
            }
            return x;
        };
    }

    private static byte[] repeat(byte[] bytes, Object countArg) {
        long count = Abstract.asSize(countArg, Exceptions.OverflowError);
        if (count <= 0 || bytes.length == 0) return new byte[0];
        // compare by division: bytes.length * count can overflow a long (a *= sys.maxsize)
        if (count > Abstract.MAX_ARRAY_SIZE / bytes.length) throw Errors.memoryError();
        byte[] out = new byte[(int) (bytes.length * count)];
        for (int i = 0; i < count; i++) System.arraycopy(bytes, 0, out, i * bytes.length, bytes.length);
        return out;
    }

    private static PyStr repr(Object self) {
        PyArray a = self(self);
        String name = Abstract.typeOf(self).name();
        String typeName = name.substring(name.lastIndexOf('.') + 1);
        String code = String.valueOf(a.typecode);
        if (a.length == 0) return new PyStr(typeName + "('" + code + "')");
        if (a.isUnicode()) return new PyStr(typeName + "('" + code + "', " + Abstract.repr(tounicode(a)).value() + ")");
        PyList list = new PyList();
        for (Object v : a.items()) list.append(v);
        return new PyStr(typeName + "('" + code + "', " + Abstract.repr(list).value() + ")");
    }

    /** Item by item: the first unequal pair decides, else the lengths (CPython's array_richcompare). */
    private static Object compare(Object x, Object y, CompareOp op) {
        PyArray a = self(x), b = of(y);
        if (b == null) return PyNotImplemented.INSTANCE;
        Object[] xs = a.items(), ys = b.items();
        if ((op == CompareOp.EQ || op == CompareOp.NE) && xs.length != ys.length) return PyBool.of(op == CompareOp.NE);
        int i = 0;
        while (i < xs.length && i < ys.length && Abstract.equal(xs[i], ys[i])) i++;
        if (i < xs.length && i < ys.length) {
            if (op == CompareOp.EQ) return PyBool.FALSE;
            if (op == CompareOp.NE) return PyBool.TRUE;
            return Abstract.richCompare(xs[i], ys[i], op);
        }
        int c = Integer.compare(xs.length, ys.length);
        boolean r = switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
        return PyBool.of(r);
    }

    private static PyStr tounicode(PyArray a) {
        if (!a.isUnicode()) throw Errors.valueError("tounicode() may only be called on unicode type arrays ('u' or 'w')");
        StringBuilder sb = new StringBuilder();
        synchronized (a) {
            for (int i = 0; i < a.length; i++) {
                long cp = a.bitsAt(i);
                if (cp > Character.MAX_CODE_POINT || cp < 0) {
                    throw Errors.valueError("character U+%s is not in range [U+0000; U+10ffff]", Long.toHexString(cp));
                }
                sb.appendCodePoint((int) cp);
            }
        }
        return new PyStr(sb.toString());
    }

    // ---- methods ----

    private static void fillDict(TypeBuilder d) {
        d.method1("append", (self, v) -> {
            PyArray a = self(self);
            byte[] one = new byte[a.itemSize];
            a.putBits(one, 0, a.bitsFor(v));
            a.appendBytes(one);
            return PyNone.NONE;
        });
        d.method1("extend", (self, it) -> {
            self(self).extendFrom(it);
            return PyNone.NONE;
        });
        d.method("insert", ArgSpec.positional("insert", 2, 2), (self, a) -> {
            PyArray arr = self(self);
            long i = Abstract.asSize(a[0], null);
            byte[] one = new byte[arr.itemSize];
            arr.putBits(one, 0, arr.bitsFor(a[1]));
            synchronized (arr) {
                int n = arr.length;
                if (i < 0) i = Math.max(0, i + n);
                if (i > n) i = n;
                arr.replaceRange((int) i, (int) i, one);
            }
            return PyNone.NONE;
        });
        d.method("pop", ArgSpec.positional("pop", 0, 1), (self, a) -> {
            PyArray arr = self(self);
            long i = a[0] == null ? -1 : Abstract.asSize(a[0], null);
            synchronized (arr) {
                int n = arr.length;
                if (n == 0) throw Errors.indexError("pop from empty array");
                if (i < 0) i += n;
                if (i < 0 || i >= n) throw Errors.indexError("pop index out of range");
                Object v = arr.get((int) i);
                arr.replaceRange((int) i, (int) i + 1, new byte[0]);
                return v;
            }
        });
        d.method1("remove", (self, v) -> {
            PyArray arr = self(self);
            Object[] items = arr.items();
            for (int i = 0; i < items.length; i++) {
                if (Abstract.equal(items[i], v)) {
                    synchronized (arr) {
                        arr.replaceRange(i, i + 1, new byte[0]);
                    }
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("array.remove(x): x not in array");
        });
        d.method("index", ArgSpec.positional("index", 1, 3), (self, a) -> {
            Object[] items = self(self).items();
            int n = items.length;
            long start = a[1] == null ? 0 : sliceIndex(a[1]);
            long stop = a[2] == null ? n : sliceIndex(a[2]);
            if (start < 0) start = Math.max(0, start + n);
            if (stop < 0) stop = Math.max(0, stop + n);
            for (long i = start; i < Math.min(stop, n); i++) {
                if (Abstract.equal(items[(int) i], a[0])) return PyInt.of(i);
            }
            throw Errors.valueError("array.index(x): x not in array");
        });
        d.method1("count", (self, v) -> {
            int count = 0;
            for (Object item : self(self).items()) if (Abstract.equal(item, v)) count++;
            return PyInt.of(count);
        });
        d.method0("clear", self -> {
            PyArray arr = self(self);
            synchronized (arr) {
                arr.replaceRange(0, arr.length, new byte[0]);   // BufferError while exported (unless empty)
            }
            return PyNone.NONE;
        });
        d.method0("reverse", self -> {
            PyArray a = self(self);
            synchronized (a) {
                byte[] out = new byte[a.length * a.itemSize];
                for (int i = 0; i < a.length; i++) System.arraycopy(a.data, i * a.itemSize, out, (a.length - 1 - i) * a.itemSize, a.itemSize);
                a.data = out;
            }
            return PyNone.NONE;
        });
        d.method0("byteswap", self -> {
            PyArray a = self(self);
            synchronized (a) {
                int size = a.itemSize;
                for (int i = 0; i < a.length; i++) {
                    int at = i * size;
                    for (int k = 0; k < size / 2; k++) {
                        byte tmp = a.data[at + k];
                        a.data[at + k] = a.data[at + size - 1 - k];
                        a.data[at + size - 1 - k] = tmp;
                    }
                }
            }
            return PyNone.NONE;
        });
        d.method0("buffer_info", self -> PyTuple.of(PyInt.of(System.identityHashCode(self(self)) * 16L), PyInt.of(self(self).length)));
        d.method0("tobytes", self -> new PyBytes(self(self).toByteArray()));
        d.method1("frombytes", (self, b) -> {
            self(self).frombytes(PyBuffer.require(b));
            return PyNone.NONE;
        });
        d.method0("tolist", self -> {
            PyList list = new PyList();
            for (Object v : self(self).items()) list.append(v);
            return list;
        });
        d.method1("fromlist", (self, list) -> {
            if (!(Abstract.builtinPart(list) instanceof PyList l)) throw Errors.typeError("arg must be list");
            PyArray a = self(self);
            a.appendBytes(a.encode(l.toArray()));
            return PyNone.NONE;
        });
        d.method0("tounicode", self -> tounicode(self(self)));
        d.method1("fromunicode", (self, s) -> {
            PyArray a = self(self);
            if (!(Abstract.builtinPart(s) instanceof PyStr str)) {
                throw Errors.typeError("fromunicode() argument must be str, not %s", Abstract.typeName(s));
            }
            if (!a.isUnicode()) throw Errors.valueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')");
            a.fromunicode(str);
            return PyNone.NONE;
        });
        d.method("fromfile", ArgSpec.positional("fromfile", 2, 2), (self, a) -> {
            PyArray arr = self(self);
            long n = Abstract.asSize(a[1], null);
            if (n < 0) throw Errors.valueError("negative count");
            long wanted = n * arr.itemSize;
            Object got = Abstract.call(Abstract.getAttr(a[0], "read"), PyInt.of(wanted));
            if (!(Abstract.builtinPart(got) instanceof PyBytes bytes)) throw Errors.typeError("read() didn't return bytes");
            int whole = bytes.value.length - bytes.value.length % arr.itemSize;
            arr.appendBytes(Arrays.copyOf(bytes.value, whole));
            if (bytes.value.length != wanted) throw Errors.of(Exceptions.EOFError, "read() didn't return enough bytes");
            return PyNone.NONE;
        });
        d.method1("tofile", (self, f) -> {
            Abstract.call(Abstract.getAttr(f, "write"), new PyBytes(self(self).toByteArray()));
            return PyNone.NONE;
        });
        d.method1("__reduce_ex__", PyArray::reduceEx);
        d.method0("__copy__", self -> self(self).sameKind(self(self).toByteArray()));
        d.method1("__deepcopy__", (self, memo) -> self(self).sameKind(self(self).toByteArray()));
        d.method0("__sizeof__", self -> PyInt.of(64 + self(self).data.length));
        d.getset("typecode", self -> new PyStr(String.valueOf(self(self).typecode)), null);
        d.getset("itemsize", self -> PyInt.of(self(self).itemSize), null);
        d.classMethod("__class_getitem__", ArgSpec.one("__class_getitem__"),
                (cls, a) -> new org.ember.runtime.PyGenericAlias(cls, a[0]));
    }

    private static long sliceIndex(Object o) {
        if (Abstract.typeOf(o).index == null) throw Errors.typeError("slice indices must be integers or have an __index__ method");
        return Abstract.asSize(o, null);
    }

    /** Protocol 3+: the reconstructor and the raw bytes; older protocols: the item list. */
    private static Object reduceEx(Object self, Object protocolArg) {
        PyArray a = self(self);
        long protocol = Abstract.asSize(protocolArg, null);
        Object cls = Abstract.typeOf(self);
        Object dict = Abstract.lookupAttr(self, new PyStr("__dict__"));
        if (dict == null) dict = PyNone.NONE;
        if (protocol < 3) {
            PyList list = new PyList();
            for (Object v : a.items()) list.append(v);
            return PyTuple.of(cls, PyTuple.of(new PyStr(String.valueOf(a.typecode)), list), dict);
        }
        return PyTuple.of(ArrayModule.RECONSTRUCTOR, PyTuple.of(cls, new PyStr(String.valueOf(a.typecode)),
                PyInt.of(ArrayModule.MachineFormat.codeOf(a.typecode)), new PyBytes(a.toByteArray())), dict);
    }

    /** The array iterator: reads the array at each step (it may change). */
    static final class ArrayIterator extends PyObject {
        /** The array as Python sees it (a subclass instance pickles as itself); null once exhausted. */
        private Object owner;
        private PyArray array;
        private int index;

        ArrayIterator(Object owner, PyArray array) {
            this.owner = owner;
            this.array = array;
        }

        /** (iter, (array,), index), or (iter, ((),)) once exhausted, as CPython. */
        synchronized Object reduce() {
            Object iter = IteratorState.builtin("iter");
            if (array == null) return IteratorState.reduceExhausted(iter, PyTuple.EMPTY);
            return IteratorState.reduce(iter, owner, index);
        }

        /** Moves to {@code position}, clamped to [0, len]; an exhausted iterator stays exhausted. */
        synchronized void setState(long position) {
            if (array == null) return;
            index = (int) Math.max(0, Math.min(array.length, position));
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        synchronized Object next() {
            if (array == null) return null;
            synchronized (array) {
                if (index < array.length) return array.get(index++);
            }
            array = null;
            owner = null;
            return null;
        }
    }
}
