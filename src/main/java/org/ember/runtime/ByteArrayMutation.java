package org.ember.runtime;

import java.util.Arrays;

/** The mutating part of {@code bytearray}: item and slice assignment, in-place operators, list-like methods. */
final class ByteArrayMutation {
    private ByteArrayMutation() {}

    private static PyByteArray self(Object o) {
        return PyByteArray.asByteArray(o);
    }

    static void fillSlots(PyType t) {
        t.setitem = ByteArrayMutation::setItem;
        t.inplace[BinOp.ADD.ordinal()] = (a, b) -> {
            byte[] y = BytesMethods.bytesArg(b);
            if (y == null) throw Errors.typeError("can't concat %s to %s", Abstract.typeName(b), Abstract.typeName(a));
            PyByteArray x = self(a);
            synchronized (x) {
                if (y.length > 0) x.replaceRange(x.byteLength(), x.byteLength(), y);
            }
            return a;
        };
        t.inplace[BinOp.MUL.ordinal()] = (a, n) -> {
            if (Abstract.typeOf(n).index == null) return PyNotImplemented.INSTANCE;
            long count = Abstract.asSize(n, Exceptions.OverflowError);
            PyByteArray x = self(a);
            synchronized (x) {
                byte[] result = BytesMethods.repeat(x.toByteArray(), count);
                x.replaceAll(result);
            }
            return a;
        };
    }

    private static void setItem(Object selfObj, Object key, Object value) {
        PyByteArray b = self(selfObj);
        if (key instanceof PySlice slice) {
            setSlice(b, slice, value);
            return;
        }
        if (Abstract.typeOf(key).index == null) {
            throw Errors.typeError("bytearray indices must be integers or slices, not %s", Abstract.typeName(key));
        }
        long i = Abstract.asSize(key, Exceptions.IndexError);
        synchronized (b) {
            int n = b.byteLength();
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.indexError("bytearray index out of range");
            if (value == null) b.replaceRange((int) i, (int) i + 1, new byte[0]);
            else b.setByte((int) i, BytesMethods.byteValue(value));
        }
    }

    private static void setSlice(PyByteArray b, PySlice slice, Object value) {
        byte[] values = null;
        if (value != null) {
            if (value == b || PyBuffer.of(value) != null) {
                values = PyBuffer.of(value).toByteArray();
            } else if (Abstract.typeOf(value).index != null || PyStr.asStr(value) != null) {
                throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            } else {
                values = BytesConstruct.fromIterable(value, "bytearray");
            }
        }
        synchronized (b) {
            int n = b.byteLength();
            PySlice.Indices ix = slice.indices(n);
            if (ix.step() == 1) {
                int stop = Math.max(ix.start(), ix.start() + ix.length());
                b.replaceRange(ix.start(), stop, values == null ? new byte[0] : values);
                return;
            }
            byte[] current = b.toByteArray();
            if (values == null) {
                boolean[] drop = new boolean[n];
                for (int k = 0, j = ix.start(); k < ix.length(); k++, j += ix.step()) drop[j] = true;
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (int k = 0; k < n; k++) if (!drop[k]) out.write(current[k]);
                if (ix.length() > 0) b.replaceAll(out.toByteArray());
                return;
            }
            if (values.length != ix.length()) {
                throw Errors.valueError("attempt to assign bytes of size %d to extended slice of size %d", values.length, ix.length());
            }
            for (int k = 0, j = ix.start(); k < ix.length(); k++, j += ix.step()) current[j] = values[k];
            b.write(0, current);
        }
    }

    static void fillDict(TypeBuilder d) {
        d.method1("append", (self, item) -> {
            self(self).append(BytesMethods.byteValue(item));
            return PyNone.NONE;
        });
        d.method1("extend", (self, it) -> {
            byte[] more = PyBuffer.bytesOf(it);
            if (more == null) {
                if (PyStr.asStr(it) != null) throw Errors.typeError("expected iterable of integers; got: 'str'");
                more = iterableForExtend(it);
            }
            PyByteArray b = self(self);
            synchronized (b) {
                if (more.length > 0) b.replaceRange(b.byteLength(), b.byteLength(), more);
            }
            return PyNone.NONE;
        });
        d.method("insert", ArgSpec.positional("insert", 2, 2), (self, a) -> {
            long index = Abstract.asSize(a[0], Exceptions.OverflowError);
            int value = BytesMethods.byteValue(a[1]);
            PyByteArray b = self(self);
            synchronized (b) {
                int n = b.byteLength();
                if (index < 0) index = Math.max(0, index + n);
                if (index > n) index = n;
                b.replaceRange((int) index, (int) index, new byte[] {(byte) value});
            }
            return PyNone.NONE;
        });
        d.method("pop", ArgSpec.positional("pop", 0, 1), (self, a) -> {
            PyByteArray b = self(self);
            synchronized (b) {
                int n = b.byteLength();
                if (n == 0) throw Errors.indexError("pop from empty bytearray");
                long i = a[0] == null ? -1 : Abstract.asSize(a[0], Exceptions.OverflowError);
                if (i < 0) i += n;
                if (i < 0 || i >= n) throw Errors.indexError("pop index out of range");
                int value = b.byteAtOrMinus((int) i);
                b.replaceRange((int) i, (int) i + 1, new byte[0]);
                return PyInt.of(value);
            }
        });
        d.method1("remove", (self, item) -> {
            int value = BytesMethods.byteValue(item);
            PyByteArray b = self(self);
            synchronized (b) {
                byte[] current = b.toByteArray();
                for (int i = 0; i < current.length; i++) {
                    if ((current[i] & 0xFF) == value) {
                        b.replaceRange(i, i + 1, new byte[0]);
                        return PyNone.NONE;
                    }
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        d.method0("reverse", self -> {
            PyByteArray b = self(self);
            synchronized (b) {
                byte[] current = b.toByteArray();
                for (int i = 0, j = current.length - 1; i < j; i++, j--) {
                    byte t = current[i];
                    current[i] = current[j];
                    current[j] = t;
                }
                b.write(0, current);
            }
            return PyNone.NONE;
        });
        d.method0("clear", self -> {
            self(self).replaceAll(new byte[0]);
            return PyNone.NONE;
        });
        d.method0("copy", self -> new PyByteArray(self(self).toByteArray()));
        d.method0("__alloc__", self -> PyInt.of(self(self).byteLength() + 1));
        d.method1("resize", (self, size) -> {
            long n = Abstract.asSize(size, Exceptions.OverflowError);
            if (n < 0) throw Errors.valueError("Can only resize to positive sizes, got %d", n);
            PyByteArray b = self(self);
            synchronized (b) {
                b.replaceAll(Arrays.copyOf(b.toByteArray(), (int) n));
            }
            return PyNone.NONE;
        });
    }

    private static byte[] iterableForExtend(Object it) {
        try {
            Abstract.getIter(it);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TypeError)) throw e;
            throw Errors.typeError("can't extend bytearray with %s", Abstract.typeName(it));
        }
        return BytesConstruct.fromIterable(it, "bytearray");
    }
}
