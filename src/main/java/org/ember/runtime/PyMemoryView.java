package org.ember.runtime;

/**
 * {@code memoryview} (basic): a one-dimensional view of single bytes over a bytes or bytearray,
 * with format 'B' (or 'b' / 'c' after cast), slicing (any step), item assignment on writable
 * views, tobytes/tolist/hex, release and the context-manager protocol. A view of a bytearray
 * counts as an export: the bytearray cannot be resized until the view is released.
 */
public final class PyMemoryView extends PyObject implements PyBuffer {

    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class)
            .slots(PyMemoryView::fillSlots)
            .dict(PyMemoryView::fillDict)
            .build();

    /** The exporting object (what .obj returns) and the buffer the bytes live in. */
    private final Object obj;
    private final PyBuffer source;
    private final int start, step, length;
    private final boolean readonly;
    private final char format;
    private volatile boolean released;

    private PyMemoryView(Object obj, PyBuffer source, int start, int step, int length, boolean readonly, char format) {
        this.obj = obj;
        this.source = source;
        this.start = start;
        this.step = step;
        this.length = length;
        this.readonly = readonly;
        this.format = format;
        source.exportChanged(1);
    }

    /** memoryview(object). */
    public static PyMemoryView of(Object object) {
        PyBuffer b = PyBuffer.of(object);
        if (b == null) throw Errors.typeError("memoryview: a bytes-like object is required, not '%s'", Abstract.typeName(object));
        if (b instanceof PyMemoryView v) {
            v.checkReleased();
            return new PyMemoryView(v.obj, v.source, v.start, v.step, v.length, v.readonly, v.format);
        }
        char format = b.format().charAt(0);
        int size = b.itemSize();
        return new PyMemoryView(object, b, 0, size, b.byteLength() / size, b.isReadOnly(), format);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyMemoryView self(Object o) {
        PyMemoryView v = (PyMemoryView) o;
        v.checkReleased();
        return v;
    }

    private void checkReleased() {
        if (released) throw Errors.valueError("operation forbidden on released memoryview object");
    }

    /** Byte k of item {@code index}, read from the source. */
    private int byteOf(int index, int k) {
        return rawByte(start + index * step + k);
    }

    private int byteAtIndex(int index) {
        return rawByte(start + index * step);
    }

    private int rawByte(int i) {
        if (source instanceof PyBytes b) return b.value[i] & 0xFF;
        if (source instanceof PyByteArray a) {
            // the bytearray cannot shrink while exported, so the byte is there
            return Math.max(a.byteAtOrMinus(i), 0);
        }
        return source.byteAt(i);
    }

    @Override
    public byte[] toByteArray() {
        checkReleased();
        int size = itemSize();
        byte[] out = new byte[length * size];
        for (int i = 0; i < length; i++) {
            for (int k = 0; k < size; k++) out[i * size + k] = (byte) byteOf(i, k);
        }
        return out;
    }

    @Override
    public int byteAt(int index) {
        checkReleased();
        int size = itemSize();
        return byteOf(index / size, index % size);
    }

    @Override
    public void setByteAt(int index, int value) {
        checkReleased();
        if (readonly) throw Errors.typeError("cannot modify read-only memory");
        int size = itemSize();
        source.setByteAt(start + index / size * step + index % size, value);
    }

    @Override
    public int byteLength() {
        return length * itemSize();
    }

    @Override
    public boolean isReadOnly() {
        return readonly;
    }

    @Override
    public String format() {
        return String.valueOf(format);
    }

    @Override
    public int itemSize() {
        return MemoryFormat.size(format);
    }

    /** The bits of item index, little-endian (x86-64's native order). */
    private long itemBits(int index) {
        long bits = 0;
        for (int k = 0; k < itemSize(); k++) bits |= (long) byteOf(index, k) << (8 * k);
        return bits;
    }

    private Object item(int index) {
        if (!MemoryFormat.isByteFormat(format)) return MemoryFormat.decode(format, itemBits(index));
        int b = byteAtIndex(index);
        return switch (format) {
            case 'b' -> PyInt.of((byte) b);
            case 'c' -> new PyBytes(new byte[] {(byte) b});
            default -> PyInt.of(b);
        };
    }

    private void release() {
        if (released) return;
        released = true;
        source.exportChanged(-1);
    }

    // ---- slots ----

    private static void fillSlots(PyType t) {
        t.repr = self -> new PyStr("<" + (((PyMemoryView) self).released ? "released " : "") + "memory at "
                + Abstract.addressOf(self) + ">");
        t.len = self -> self(self).length;
        t.getitem = PyMemoryView::getItem;
        t.setitem = PyMemoryView::setItem;
        t.richcompare = (a, b, op) -> {
            if (op != CompareOp.EQ && op != CompareOp.NE) return PyNotImplemented.INSTANCE;
            PyMemoryView v = (PyMemoryView) a;
            if (v.released || (b instanceof PyMemoryView w && w.released)) return PyBool.of((a == b) == (op == CompareOp.EQ));
            byte[] other = PyBuffer.bytesOf(b);
            if (other == null) return PyNotImplemented.INSTANCE;
            char otherFormat = b instanceof PyMemoryView w ? w.format : PyBuffer.of(b).format().charAt(0);
            if (otherFormat != v.format && !(MemoryFormat.isByteFormat(otherFormat) && MemoryFormat.isByteFormat(v.format))) {
                // different item formats: equal when the items are (memoryview(array('i')) == array('l'))
                PyMemoryView w = b instanceof PyMemoryView m ? m : of(b);
                boolean same = v.length == w.length;
                for (int i = 0; same && i < v.length; i++) same = Abstract.richCompareBool(v.item(i), w.item(i), CompareOp.EQ);
                return PyBool.of(same == (op == CompareOp.EQ));
            }
            boolean equal = java.util.Arrays.equals(v.toByteArray(), other)
                    && (v.format == 'c') == (b instanceof PyMemoryView w && w.format == 'c');
            return PyBool.of(equal == (op == CompareOp.EQ));
        };
        t.hash = self -> {
            PyMemoryView v = self(self);
            if (!v.readonly) throw Errors.valueError("cannot hash writable memoryview object");
            if (!MemoryFormat.isByteFormat(v.format)) {
                throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            Abstract.hash(v.obj); // an unhashable exporter (bytearray, array) makes the view unhashable too
            return new PyBytes(v.toByteArray()).hash();
        };
        t.iter = self -> new PyBytesIterator(PyBytesIterator.MEMORY_ITERATOR, self(self));
        t.newInstance = (type, args, offset, nargs, kwnames) -> {
            Object[] a = ArgSpec.keywords("memoryview", 0, 1, 1, "object").bind(args, offset, nargs, kwnames);
            return of(a[0]);
        };
    }

    private static Object getItem(Object selfObj, Object key) {
        PyMemoryView v = self(selfObj);
        if (key instanceof PySlice slice) {
            PySlice.Indices ix = slice.indices(v.length);
            return new PyMemoryView(v.obj, v.source, v.start + ix.start() * v.step, v.step * ix.step(), ix.length(), v.readonly, v.format);
        }
        if (key instanceof PyTuple) throw Errors.typeError("memoryview: invalid slice key");
        if (Abstract.typeOf(key).index == null) throw Errors.typeError("memoryview: invalid slice key");
        return v.item(index(v, key));
    }

    private static int index(PyMemoryView v, Object key) {
        long i = Abstract.asSize(key, Exceptions.IndexError);
        if (i < 0) i += v.length;
        if (i < 0 || i >= v.length) throw Errors.indexError("index out of bounds on dimension 1");
        return (int) i;
    }

    private static void setItem(Object selfObj, Object key, Object value) {
        PyMemoryView v = self(selfObj);
        if (v.readonly) throw Errors.typeError("cannot modify read-only memory");
        if (value == null) throw Errors.typeError("cannot delete memory");
        PyBuffer target = v.source;
        if (key instanceof PySlice slice) {
            PySlice.Indices ix = slice.indices(v.length);
            byte[] src = PyBuffer.bytesOf(value);
            if (src == null) throw Errors.typeError("a bytes-like object is required, not '%s'", Abstract.typeName(value));
            int size = v.itemSize();
            PyBuffer valueBuffer = PyBuffer.of(value);
            if (src.length != ix.length() * size || (size > 1 && valueBuffer.format().charAt(0) != v.format)) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int k = 0; k < ix.length(); k++) {
                int at = v.start + (ix.start() + k * ix.step()) * v.step;
                for (int j = 0; j < size; j++) target.setByteAt(at + j, src[k * size + j] & 0xFF);
            }
            return;
        }
        if (Abstract.typeOf(key).index == null) throw Errors.typeError("memoryview: invalid slice key");
        int i = index(v, key);
        if (!MemoryFormat.isByteFormat(v.format)) {
            long bits = MemoryFormat.encode(v.format, value);
            for (int k = 0; k < v.itemSize(); k++) target.setByteAt(v.start + i * v.step + k, (int) (bits >>> (8 * k)) & 0xFF);
            return;
        }
        int b = switch (v.format) {
            case 'c' -> {
                byte[] one = PyBytes.asBytes(value) == null ? null : PyBytes.asBytes(value).value;
                if (one == null || one.length != 1) {
                    throw Errors.valueError("memoryview: invalid value for format 'c'");
                }
                yield one[0] & 0xFF;
            }
            case 'b' -> {
                if (PyInt.asInt(value) == null) throw Errors.typeError("memoryview: invalid type for format 'b'");
                long x = Abstract.asSize(value, null);
                if (x < -128 || x > 127) throw Errors.valueError("memoryview: invalid value for format 'b'");
                yield (int) x & 0xFF;
            }
            default -> {
                if (PyInt.asInt(value) == null) throw Errors.typeError("memoryview: invalid type for format 'B'");
                long x = Abstract.asSize(value, null);
                if (x < 0 || x > 255) throw Errors.valueError("memoryview: invalid value for format 'B'");
                yield (int) x;
            }
        };
        target.setByteAt(v.start + i * v.step, b);
    }

    private static void fillDict(TypeBuilder d) {
        d.method("tobytes", ArgSpec.keywords("tobytes", 0, 0, 1, "order"), (self, a) -> new PyBytes(self(self).toByteArray()));
        d.method0("tolist", self -> {
            PyMemoryView v = self(self);
            PyList list = new PyList();
            for (int i = 0; i < v.length; i++) list.append(v.item(i));
            return list;
        });
        d.method("hex", ArgSpec.keywords("hex", 0, 0, 2, "sep", "bytes_per_sep"),
                (self, a) -> new PyStr(BytesMethods.hex(self(self).toByteArray(), a[0], a[1])));
        d.method1("count", (self, value) -> {
            PyMemoryView v = self(self);
            int n = 0;
            for (int i = 0; i < v.length; i++) if (Abstract.equal(v.item(i), value)) n++;
            return PyInt.of(n);
        });
        d.method("index", ArgSpec.positional("index", 1, 3), (self, a) -> {
            PyMemoryView v = self(self);
            int[] r = sliceRange(v.length, a[1], a[2]);
            for (int i = r[0]; i < r[1]; i++) if (Abstract.equal(v.item(i), a[0])) return PyInt.of(i);
            throw Errors.valueError("memoryview.index(x): x not found");
        });
        d.method1("__buffer__", (self, flags) -> {    // a new view whose obj is this view, as CPython's
            Abstract.asSize(flags, Exceptions.OverflowError);   // TypeError for a non-int, as CPython's
            PyMemoryView v = self(self);
            v.checkReleased();
            return new PyMemoryView(self, v.source, v.start, v.step, v.length, v.readonly, v.format);
        });
        d.method1("__release_buffer__", (self, view) -> {
            if (!(view instanceof PyMemoryView)) throw Errors.typeError("expected a memoryview object");
            return PyNone.NONE;
        });
        d.method0("release", self -> {
            ((PyMemoryView) self).release();
            return PyNone.NONE;
        });
        d.method0("toreadonly", self -> {
            PyMemoryView v = self(self);
            return new PyMemoryView(v.obj, v.source, v.start, v.step, v.length, true, v.format);
        });
        d.method("cast", ArgSpec.keywords("cast", 0, 1, 2, "format", "shape"), (self, a) -> cast(self(self), a[0], a[1]));
        d.method0("__enter__", self -> self(self));
        d.method("__exit__", ArgSpec.varargs("__exit__"), (self, a) -> {
            ((PyMemoryView) self).release();
            return PyNone.NONE;
        });
        d.getset("obj", self -> self(self).obj, null);
        d.getset("nbytes", self -> PyInt.of(self(self).byteLength()), null);
        d.getset("readonly", self -> PyBool.of(self(self).readonly), null);
        d.getset("itemsize", self -> PyInt.of(self(self).itemSize()), null);
        d.getset("format", self -> new PyStr(String.valueOf(self(self).format)), null);
        d.getset("ndim", self -> { self(self); return PyInt.ONE; }, null);
        d.getset("shape", self -> PyTuple.of(PyInt.of(self(self).length)), null);
        d.getset("strides", self -> PyTuple.of(PyInt.of(self(self).step)), null);
        d.getset("suboffsets", self -> PyTuple.of(), null);
        d.getset("c_contiguous", self -> PyBool.of(contiguous(self(self))), null);
        d.getset("f_contiguous", self -> PyBool.of(contiguous(self(self))), null);
        d.getset("contiguous", self -> PyBool.of(contiguous(self(self))), null);
    }

    /** start/stop arguments clamped like slice indices. */
    private static int[] sliceRange(int n, Object startArg, Object stopArg) {
        long start = startArg == null ? 0 : Abstract.asSize(startArg, null);
        long stop = stopArg == null ? n : Abstract.asSize(stopArg, null);
        if (start < 0) start = Math.max(0, start + n);
        if (stop < 0) stop = Math.max(0, stop + n);
        return new int[] {(int) Math.min(start, n), (int) Math.min(stop, n)};
    }

    /** The item at index for iteration (the memory_iterator), or null past the end. */
    Object itemOrNull(int index) {
        checkReleased();
        return index < length ? item(index) : null;
    }

    private static boolean contiguous(PyMemoryView v) {
        return v.step == v.itemSize() || v.length <= 1;
    }

    private static Object cast(PyMemoryView v, Object formatArg, Object shape) {
        PyStr f = PyStr.asStr(formatArg);
        if (f == null) throw Errors.typeError("memoryview: format argument must be a string");
        if (!contiguous(v)) throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        String fmt = f.value().startsWith("@") ? f.value().substring(1) : f.value();
        if (fmt.length() != 1 || MemoryFormat.size(fmt.charAt(0)) < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        char to = fmt.charAt(0);
        if (!MemoryFormat.isByteFormat(to) && !MemoryFormat.isByteFormat(v.format)) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int size = MemoryFormat.size(to);
        int bytes = v.byteLength();
        if (bytes % size != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        if (shape != null && shape != PyNone.NONE) {
            PyTuple t = PyTuple.asTuple(shape);
            if (t == null || t.size() != 1 || Abstract.asSize(t.get(0), null) * size != bytes) {
                throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        return new PyMemoryView(v.obj, v.source, v.start, size, bytes / size, v.readonly, to);
    }
}
