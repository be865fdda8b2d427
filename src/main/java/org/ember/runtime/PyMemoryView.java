package org.ember.runtime;

/**
 * {@code memoryview} (basic): a one-dimensional view of single bytes over a bytes or bytearray,
 * with format 'B' (or 'b' / 'c' after cast), slicing (any step), item assignment on writable
 * views, tobytes/tolist/hex, release and the context-manager protocol. A view of a bytearray
 * counts as an export: the bytearray cannot be resized until the view is released.
 *
 * <p>cast(format, shape) makes an N-dimensional view (0 to 64 dimensions): {@link #dims} holds
 * its shape and strides (null for the ordinary one-dimensional view, whose shape is {@code length}
 * and stride {@code step}); {@code length} is then the number of items. As in CPython, such views
 * support element access by a tuple of indices, slicing of the first dimension, tolist and the
 * byte-level operations, and raise NotImplementedError for sub-views.
 */
public final class PyMemoryView extends PyObject implements PyBuffer, WeakRefRegistry.WeakReferenceable {

    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class)
            .slots(PyMemoryView::fillSlots)
            .dict(PyMemoryView::fillDict)
            .build().withCollectionFlag(PyType.SEQUENCE);   // match: a sequence

    /** The exporting object (what .obj returns) and the buffer the bytes live in. */
    private final Object obj;
    private final PyBuffer source;
    private final int start, step, length;
    private final boolean readonly;
    private final char format;
    /** Shape and strides (in bytes) of a view that is not one-dimensional, else null. */
    private final Dims dims;
    private volatile boolean released;
    /** The hash once computed: a released view still answers it (as CPython caches it). */
    private volatile Long cachedHash;

    record Dims(int[] shape, int[] strides) {
        int ndim() {
            return shape.length;
        }

        /** The C-contiguous layout of {@code shape} for items of {@code itemSize} bytes. */
        static Dims contiguous(int[] shape, int itemSize) {
            int[] strides = new int[shape.length];
            int stride = itemSize;
            for (int i = shape.length - 1; i >= 0; i--) {
                strides[i] = stride;
                stride *= shape[i];
            }
            return new Dims(shape, strides);
        }
    }

    private PyMemoryView(Object obj, PyBuffer source, int start, int step, int length, boolean readonly, char format) {
        this(obj, source, start, step, length, readonly, format, null);
    }

    private PyMemoryView(Object obj, PyBuffer source, int start, int step, int length, boolean readonly, char format, Dims dims) {
        this.obj = obj;
        this.source = source;
        this.start = start;
        this.step = step;
        this.length = length;
        this.readonly = readonly;
        this.format = format;
        this.dims = dims;
        source.exportChanged(1);
    }

    private int ndim() {
        return dims == null ? 1 : dims.ndim();
    }

    private int[] shape() {
        return dims == null ? new int[] {length} : dims.shape();
    }

    private int[] strides() {
        return dims == null ? new int[] {step} : dims.strides();
    }

    /** The byte offset in the source of item {@code index}, counting items in C order. */
    private int itemOffset(int index) {
        if (dims == null) return start + index * step;
        int offset = start;
        int[] shape = dims.shape(), strides = dims.strides();
        for (int d = shape.length - 1; d >= 0; d--) {
            offset += (index % shape[d]) * strides[d];
            index /= shape[d];
        }
        return offset;
    }

    /** memoryview(object). */
    public static PyMemoryView of(Object object) {
        PyBuffer b = PyBuffer.of(object);
        if (b == null) throw Errors.typeError("memoryview: a bytes-like object is required, not '%s'", Abstract.typeName(object));
        if (b instanceof PyMemoryView v) {
            v.checkReleased();
            return new PyMemoryView(v.obj, v.source, v.start, v.step, v.length, v.readonly, v.format, v.dims);
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
        return rawByte(itemOffset(index) + k);
    }

    private int byteAtIndex(int index) {
        return rawByte(itemOffset(index));
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
        source.setByteAt(itemOffset(index / size) + index % size, value);
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
    private long itemBits(int offset) {
        long bits = 0;
        for (int k = 0; k < itemSize(); k++) bits |= (long) rawByte(offset + k) << (8 * k);
        return bits;
    }

    private Object item(int index) {
        return item(0, itemOffset(index));
    }

    /** The item stored at byte {@code offset} of the source (the int only tells it from item(index)). */
    private Object item(int unused, int offset) {
        if (!MemoryFormat.isByteFormat(format)) return MemoryFormat.decode(format, itemBits(offset));
        int b = rawByte(offset);
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
        t.len = self -> {
            PyMemoryView v = self(self);
            if (v.dims == null) return v.length;
            if (v.dims.ndim() == 0) throw Errors.typeError("0-dim memory has no length");
            return v.dims.shape()[0];
        };
        t.getitem = PyMemoryView::getItem;
        t.setitem = PyMemoryView::setItem;
        t.richcompare = (a, b, op) -> {
            if (op != CompareOp.EQ && op != CompareOp.NE) return PyNotImplemented.INSTANCE;
            PyMemoryView v = (PyMemoryView) a;
            if (v.released || (b instanceof PyMemoryView w && w.released)) return PyBool.of((a == b) == (op == CompareOp.EQ));
            byte[] other = PyBuffer.bytesOf(b);
            if (other == null) return PyNotImplemented.INSTANCE;
            int[] otherShape = b instanceof PyMemoryView w ? w.shape() : new int[] {other.length / PyBuffer.of(b).itemSize()};
            if (!java.util.Arrays.equals(v.shape(), otherShape)) return PyBool.of(op == CompareOp.NE);
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
            Long known = ((PyMemoryView) self).cachedHash;
            if (known != null) return known;
            PyMemoryView v = self(self);
            if (!v.readonly) throw Errors.valueError("cannot hash writable memoryview object");
            if (!MemoryFormat.isByteFormat(v.format)) {
                throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            Abstract.hash(v.obj); // an unhashable exporter (bytearray, array) makes the view unhashable too
            long hash = new PyBytes(v.toByteArray()).hash();
            v.cachedHash = hash;
            return hash;
        };
        t.iter = self -> {
            PyMemoryView v = self(self);
            if (v.ndim() == 0) throw Errors.typeError("invalid indexing of 0-dim memory");
            if (v.ndim() > 1) throw Errors.of(Exceptions.NotImplementedError, "multi-dimensional sub-views are not implemented");
            return new PyBytesIterator(PyBytesIterator.MEMORY_ITERATOR, v);
        };
        t.newInstance = (type, args, offset, nargs, kwnames) -> {
            Object[] a = ArgSpec.keywords("memoryview", 0, 1, 1, "object").bind(args, offset, nargs, kwnames);
            return of(a[0]);
        };
    }

    private static Object getItem(Object selfObj, Object key) {
        PyMemoryView v = self(selfObj);
        if (v.dims != null) return getItemND(v, key);
        if (key instanceof PySlice slice) {
            PySlice.Indices ix = slice.indices(v.length);
            return new PyMemoryView(v.obj, v.source, v.start + ix.start() * v.step, v.step * ix.step(), ix.length(), v.readonly, v.format);
        }
        if (key instanceof PyTuple) throw Errors.typeError("memoryview: invalid slice key");
        if (Abstract.typeOf(key).index == null) throw Errors.typeError("memoryview: invalid slice key");
        return v.item(index(v, key));
    }

    /** Indexing a view that is not one-dimensional (CPython's messages for what it does not support). */
    private static Object getItemND(PyMemoryView v, Object key) {
        if (v.dims.ndim() == 0) {
            if (key == PyEllipsis.INSTANCE) return new PyMemoryView(v.obj, v.source, v.start, v.step, v.length, v.readonly, v.format, v.dims);
            if (key instanceof PyTuple t && t.size() == 0) return v.item(0);
            throw Errors.typeError("invalid indexing of 0-dim memory");
        }
        if (key instanceof PySlice slice) {
            // slicing the first dimension keeps the others
            int[] shape = v.dims.shape().clone(), strides = v.dims.strides().clone();
            PySlice.Indices ix = slice.indices(shape[0]);
            int start = v.start + ix.start() * strides[0];
            shape[0] = ix.length();
            strides[0] *= ix.step();
            int items = 1;
            for (int n : shape) items *= n;
            return new PyMemoryView(v.obj, v.source, start, v.itemSize(), items, v.readonly, v.format, new Dims(shape, strides));
        }
        if (key instanceof PyTuple t) return v.item(0, elementOffset(v, t));
        if (Abstract.typeOf(key).index != null) {
            throw Errors.of(Exceptions.NotImplementedError, "multi-dimensional sub-views are not implemented");
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    /** The byte offset of the element a tuple of indices names (one index per dimension). */
    private static int elementOffset(PyMemoryView v, PyTuple key) {
        int[] shape = v.shape(), strides = v.strides();
        for (Object k : key.items()) {
            if (k instanceof PySlice || Abstract.typeOf(k).index == null) throw Errors.typeError("memoryview: invalid slice key");
        }
        if (key.size() < shape.length) throw Errors.of(Exceptions.NotImplementedError, "sub-views are not implemented");
        if (key.size() > shape.length) {
            throw Errors.typeError("cannot index %d-dimension view with %d-element tuple", shape.length, key.size());
        }
        int offset = v.start;
        for (int d = 0; d < shape.length; d++) {
            long i = Abstract.asSize(key.get(d), Exceptions.IndexError);
            if (i < 0) i += shape[d];
            if (i < 0 || i >= shape[d]) throw Errors.indexError("index out of bounds on dimension %d", d + 1);
            offset += (int) i * strides[d];
        }
        v.checkReleased();   // an __index__ may have released the view
        return offset;
    }

    private static int index(PyMemoryView v, Object key) {
        long i = Abstract.asSize(key, Exceptions.IndexError);
        if (i < 0) i += v.length;
        if (i < 0 || i >= v.length) throw Errors.indexError("index out of bounds on dimension 1");
        v.checkReleased();   // an __index__ may have released the view
        return (int) i;
    }

    private static void setItem(Object selfObj, Object key, Object value) {
        PyMemoryView v = self(selfObj);
        if (v.readonly) throw Errors.typeError("cannot modify read-only memory");
        if (value == null) throw Errors.typeError("cannot delete memory");
        PyBuffer target = v.source;
        if (v.dims != null) {
            if (v.dims.ndim() == 0 && !(key instanceof PyTuple t0 && t0.size() == 0)) {
                throw Errors.typeError("invalid indexing of 0-dim memory");
            }
            if (!(key instanceof PyTuple t)) {
                if (key instanceof PySlice) throw Errors.of(Exceptions.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
                if (Abstract.typeOf(key).index != null) throw Errors.of(Exceptions.NotImplementedError, "sub-views are not implemented");
                throw Errors.typeError("memoryview: invalid slice key");
            }
            v.storeItem(elementOffset(v, t), value);
            return;
        }
        if (key instanceof PySlice slice) {
            PySlice.Indices ix = slice.indices(v.length);
            v.checkReleased();   // the slice's __index__ may have released the view
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
        v.storeItem(v.itemOffset(index(v, key)), value);
    }

    /** Stores one item at byte {@code offset} of the source, checked against the format. */
    private void storeItem(int offset, Object value) {
        PyBuffer target = source;
        if (!MemoryFormat.isByteFormat(format)) {
            long bits = MemoryFormat.encode(format, value);
            checkReleased();   // the value's __index__/__float__/__bool__ may have released the view
            for (int k = 0; k < itemSize(); k++) target.setByteAt(offset + k, (int) (bits >>> (8 * k)) & 0xFF);
            return;
        }
        int b = switch (format) {
            case 'c' -> {
                byte[] one = PyBytes.asBytes(value) == null ? null : PyBytes.asBytes(value).value;
                if (one == null || one.length != 1) {
                    throw Errors.valueError("memoryview: invalid value for format 'c'");
                }
                yield one[0] & 0xFF;
            }
            case 'b' -> {
                if (Abstract.typeOf(value).index == null) throw Errors.typeError("memoryview: invalid type for format 'b'");
                long x = Abstract.asSize(value, null);
                if (x < -128 || x > 127) throw Errors.valueError("memoryview: invalid value for format 'b'");
                yield (int) x & 0xFF;
            }
            default -> {
                if (Abstract.typeOf(value).index == null) throw Errors.typeError("memoryview: invalid type for format 'B'");
                long x = Abstract.asSize(value, null);
                if (x < 0 || x > 255) throw Errors.valueError("memoryview: invalid value for format 'B'");
                yield (int) x;
            }
        };
        checkReleased();
        target.setByteAt(offset, b);
    }

    private static void fillDict(TypeBuilder d) {
        d.method("tobytes", ArgSpec.keywords("tobytes", 0, 0, 1, "order"), (self, a) -> new PyBytes(self(self).toByteArray()));
        d.method0("tolist", self -> {
            PyMemoryView v = self(self);
            if (v.dims != null) return v.nestedList(0, v.start);
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
            return new PyMemoryView(v.obj, v.source, v.start, v.step, v.length, true, v.format, v.dims);
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
        d.getset("ndim", self -> PyInt.of(self(self).ndim()), null);
        d.getset("shape", self -> intTuple(self(self).shape()), null);
        d.getset("strides", self -> intTuple(self(self).strides()), null);
        d.getset("suboffsets", self -> PyTuple.of(), null);
        d.getset("c_contiguous", self -> PyBool.of(contiguous(self(self))), null);
        d.getset("f_contiguous", self -> PyBool.of(fortranContiguous(self(self))), null);
        d.getset("contiguous", self -> PyBool.of(contiguous(self(self)) || fortranContiguous(self(self))), null);
    }

    private static PyTuple intTuple(int[] values) {
        Object[] items = new Object[values.length];
        for (int i = 0; i < values.length; i++) items[i] = PyInt.of(values[i]);
        return PyTuple.of(items);
    }

    /** tolist() of dimension {@code d} onwards, starting at byte {@code offset}. */
    private Object nestedList(int d, int offset) {
        if (d == dims.ndim()) return item(0, offset);
        PyList list = new PyList();
        for (int i = 0; i < dims.shape()[d]; i++) list.append(nestedList(d + 1, offset + i * dims.strides()[d]));
        return list;
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
        if (v.dims == null) return v.step == v.itemSize() || v.length <= 1;
        return hasLayout(v, Dims.contiguous(v.dims.shape(), v.itemSize()).strides());
    }

    /** Fortran order: the first index varies fastest. */
    private static boolean fortranContiguous(PyMemoryView v) {
        if (v.dims == null) return contiguous(v);
        int[] shape = v.dims.shape();
        int[] reversed = new int[shape.length];
        for (int i = 0; i < shape.length; i++) reversed[i] = shape[shape.length - 1 - i];
        int[] strides = Dims.contiguous(reversed, v.itemSize()).strides();
        int[] wanted = new int[shape.length];
        for (int i = 0; i < shape.length; i++) wanted[i] = strides[shape.length - 1 - i];
        return hasLayout(v, wanted);
    }

    /** Whether the strides are {@code wanted}, except in dimensions of one item (or an empty view). */
    private static boolean hasLayout(PyMemoryView v, int[] wanted) {
        if (v.length == 0) return true;
        int[] shape = v.dims.shape(), strides = v.dims.strides();
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] > 1 && strides[i] != wanted[i]) return false;
        }
        return true;
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
        if (shape != null && shape != PyNone.NONE) return castToShape(v, to, shapeArgument(shape));
        if (bytes % size != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        return new PyMemoryView(v.obj, v.source, v.start, size, bytes / size, v.readonly, to);
    }

    private static int[] shapeArgument(Object shape) {
        PyTuple t = shape instanceof PyList list ? PyTuple.of(list.toArray()) : PyTuple.asTuple(shape);
        if (t == null) throw Errors.typeError("shape must be a list or a tuple");
        if (t.size() > 64) throw Errors.valueError("memoryview: number of dimensions must not exceed 64");
        int[] dims = new int[t.size()];
        for (int i = 0; i < dims.length; i++) {
            if (!(t.get(i) instanceof PyInt n)) throw Errors.typeError("memoryview.cast(): elements of shape must be integers");
            if (n.signum() <= 0 || !n.fitsLong() || n.longValue() > Integer.MAX_VALUE) {
                throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            dims[i] = (int) n.longValue();
        }
        return dims;
    }

    /** cast(format, shape): 1-D to N-D or N-D to 1-D, over the same (C-contiguous) bytes. */
    private static PyMemoryView castToShape(PyMemoryView v, char to, int[] shape) {
        if (v.ndim() != 1 && shape.length != 1) throw Errors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
        int size = MemoryFormat.size(to);
        long product = size;
        for (int n : shape) {
            product *= n;
            if (product > Integer.MAX_VALUE) break;   // (no buffer is that large: a mismatch, never an overflow)
        }
        if (product != v.byteLength()) throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
        int items = (int) (product / size);
        Dims dims = shape.length == 1 ? null : Dims.contiguous(shape, size);
        return new PyMemoryView(v.obj, v.source, v.start, size, items, v.readonly, to, dims);
    }
}
