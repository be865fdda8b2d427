package org.ember.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The slots and methods bytes and bytearray share (CPython's bytes_methods.c and the common
 * part of bytesobject.c / bytearrayobject.c). Each works on a snapshot of the receiver's bytes
 * and makes its results with the receiver's {@link Kind}. Searching uses latin-1 Java strings,
 * in which one char is one byte.
 */
final class BytesMethods {
    private BytesMethods() {}

    /** Which of the two types a method belongs to: its name and how it makes a result. */
    record Kind(String name, boolean mutable, Function<byte[], Object> make) {}

    static final Kind BYTES = new Kind("bytes", false, PyBytes::new);
    static final Kind BYTEARRAY = new Kind("bytearray", true, PyByteArray::new);

    // ---- access ----

    /** The receiver's bytes: a bytes' own array (not to be modified) or a bytearray's snapshot. */
    static byte[] view(Object self) {
        PyBytes b = PyBytes.asBytes(self);
        if (b != null) return b.value;
        return PyBuffer.of(self).toByteArray();
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static byte[] fromLatin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The bytes of a bytes-like argument, without copying a bytes object. */
    static byte[] bytesArg(Object o) {
        PyBytes b = PyBytes.asBytes(o);
        if (b != null) return b.value;
        return PyBuffer.bytesOf(o);
    }

    private static byte[] requireBytesLike(Object o) {
        byte[] b = bytesArg(o);
        if (b == null) throw Errors.typeError("a bytes-like object is required, not '%s'", Abstract.typeName(o));
        return b;
    }

    /** The needle of find/count/index/in: a bytes-like object or an int in range(256). */
    private static byte[] needle(Object o) {
        byte[] b = bytesArg(o);
        if (b != null) return b;
        if (Abstract.typeOf(o).index == null) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '%s'", Abstract.typeName(o));
        }
        return new byte[] {(byte) byteValue(o)};
    }

    /** An int in range(256), else ValueError "byte must be in range(0, 256)". */
    static int byteValue(Object o) {
        PyInt i = Abstract.index(o);
        if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 255) throw Errors.valueError("byte must be in range(0, 256)");
        return (int) i.longValue();
    }

    // ---- slots ----

    static void fillSlots(PyType t, Kind kind) {
        if (kind.mutable) {
            t.repr = self -> new PyStr(reprOf(self, Abstract.typeOf(self).name()));
            t.hash = SlotDefs.NOT_HASHABLE;
        } else {
            t.repr = self -> new PyStr(Repr.bytes(view(self)));
            t.hash = self -> PyBytes.asBytes(self).hash();
        }
        t.str = t.repr;
        t.len = self -> PyBuffer.of(self).byteLength();
        t.richcompare = BytesMethods::richCompare;
        t.contains = (self, item) -> {
            byte[] n = needle(item);
            return indexOf(view(self), n, 0) >= 0;
        };
        t.getitem = (self, key) -> getItem(self, key, kind);
        t.iter = self -> new PyBytesIterator(kind.mutable ? PyBytesIterator.BYTEARRAY_ITERATOR : PyBytesIterator.BYTES_ITERATOR,
                PyBuffer.of(self));
        t.sqConcat = (a, b) -> {
            byte[] y = bytesArg(b);
            if (y == null) throw Errors.typeError("can't concat %s to %s", Abstract.typeName(b), Abstract.typeName(a));
            return kind.make.apply(concat(view(a), y));
        };
        t.sqRepeat = (a, n) -> {
            long count = Abstract.asSize(n, Exceptions.OverflowError);
            if (count == 1 && a instanceof PyBytes exact) return exact;   // CPython: exact bytes * 1 is itself
            return kind.make.apply(repeat(view(a), count));
        };
        t.binary[BinOp.MOD.ordinal()] = (a, b) -> {
            // only the left operand formats: b % bytes_obj reaches here reflected, and is not ours
            if (kind.mutable ? PyByteArray.asByteArray(a) == null : PyBytes.asBytes(a) == null) return PyNotImplemented.INSTANCE;
            return kind.make.apply(PercentFormat.formatBytes(view(a), b));
        };
        t.newInstance = kind.mutable ? BytesConstruct::newByteArray : BytesConstruct::newBytes;
    }

    /** bytearray's repr: like bytes' but a single quote is escaped even inside double quotes (as CPython does). */
    private static String reprOf(Object self, String typeName) {
        String r = Repr.bytes(view(self));
        if (r.charAt(1) == '"') r = "b\"" + r.substring(2, r.length() - 1).replace("'", "\\'") + "\"";
        return typeName + "(" + r + ")";
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] repeat(byte[] a, long count) {
        if (count <= 0 || a.length == 0) return new byte[0];
        if (count > Abstract.MAX_ARRAY_SIZE / a.length) throw Errors.memoryError();
        ValueFormat.checkSize(a.length * count);
        byte[] out = new byte[(int) (a.length * count)];
        for (int i = 0; i < count; i++) System.arraycopy(a, 0, out, i * a.length, a.length);
        return out;
    }

    private static Object richCompare(Object a, Object b, CompareOp op) {
        // bytearray compares with any buffer (bytes, memoryview, array); bytes only with bytes,
        // leaving other pairs to the reflected side (so bytes < memoryview is a TypeError)
        if (PyBytes.asBytes(a) != null && PyBytes.asBytes(b) == null) return PyNotImplemented.INSTANCE;
        byte[] y = bytesArg(b);
        if (y == null) return PyNotImplemented.INSTANCE;
        byte[] x = view(a);
        if (op == CompareOp.EQ || op == CompareOp.NE) return PyBool.of(Arrays.equals(x, y) == (op == CompareOp.EQ));
        return PyBool.of(op.holds(Arrays.compareUnsigned(x, y)));
    }

    private static Object getItem(Object self, Object key, Kind kind) {
        PyByteArray array = kind.mutable ? PyByteArray.asByteArray(self) : null;
        if (array != null) return byteArrayItem(array, key);
        byte[] b = view(self);
        if (key instanceof PySlice slice) {
            PySlice.Indices ix = slice.indices(b.length);
            byte[] out = new byte[ix.length()];
            for (int i = 0, j = ix.start(); i < out.length; i++, j += ix.step()) out[i] = b[j];
            return kind.make.apply(out);
        }
        if (Abstract.typeOf(key).index == null) {
            throw Errors.typeError("%s indices must be integers or slices, not %s", kind.mutable ? "bytearray" : "byte",
                    Abstract.typeName(key));
        }
        long i = Abstract.asSize(key, Exceptions.IndexError);
        if (i < 0) i += b.length;
        if (i < 0 || i >= b.length) throw Errors.indexError(kind.mutable ? "bytearray index out of range" : "index out of range");
        return PyInt.of(b[(int) i] & 0xFF);
    }

    /** bytearray[key] without copying the whole buffer first (BytesIO.read slices it per call). */
    private static Object byteArrayItem(PyByteArray array, Object key) {
        if (key instanceof PySlice slice) {
            PySlice.Indices ix = slice.indices(array.byteLength());
            return new PyByteArray(array.copyRange(ix.start(), ix.step(), ix.length()));
        }
        if (Abstract.typeOf(key).index == null) {
            throw Errors.typeError("bytearray indices must be integers or slices, not %s", Abstract.typeName(key));
        }
        long i = Abstract.asSize(key, Exceptions.IndexError);
        int length = array.byteLength();
        if (i < 0) i += length;
        int value = i < 0 || i >= length ? -1 : array.byteAtOrMinus((int) i);
        if (value < 0) throw Errors.indexError("bytearray index out of range");
        return PyInt.of(value);
    }

    // ---- searching ----

    static int indexOf(byte[] hay, byte[] needle, int from) {
        return StrSearch.indexOf(latin1(hay), latin1(needle), from);
    }

    /** start/end arguments clamped like slice indices. */
    private static int[] range(int n, Object startArg, Object endArg) {
        long start = startArg == null || startArg == PyNone.NONE ? 0 : Abstract.asSize(startArg, null);
        long end = endArg == null || endArg == PyNone.NONE ? n : Abstract.asSize(endArg, null);
        if (start < 0) start = Math.max(0, start + n);
        if (end < 0) end = Math.max(0, end + n);
        return new int[] {(int) Math.min(start, n + 1L), (int) Math.min(end, n)};
    }

    private static int find(Object self, Object[] a, boolean fromRight) {
        byte[] b = view(self);
        byte[] sub = needle(a[0]);
        int[] r = range(b.length, a[1], a[2]);
        if (r[0] > r[1] || r[0] > b.length) return -1;
        String window = latin1(b).substring(r[0], r[1]);
        int at = fromRight ? StrSearch.lastIndexOf(window, latin1(sub)) : StrSearch.indexOf(window, latin1(sub));
        return at < 0 ? -1 : at + r[0];
    }

    private static Object count(Object self, Object[] a) {
        byte[] b = view(self);
        byte[] sub = needle(a[0]);
        int[] r = range(b.length, a[1], a[2]);
        if (r[0] > r[1] || r[0] > b.length) return PyInt.ZERO;
        if (sub.length == 0) return PyInt.of(r[1] - r[0] + 1);
        String window = latin1(b).substring(r[0], r[1]), s = latin1(sub);
        int n = 0;
        for (int at = StrSearch.indexOf(window, s); at >= 0; at = StrSearch.indexOf(window, s, at + s.length())) n++;
        return PyInt.of(n);
    }

    private static Object affix(Object self, Object[] a, boolean prefix) {
        String name = prefix ? "startswith" : "endswith";
        byte[] b = view(self);
        int[] r = range(b.length, a[1], a[2]);
        if (a[0] instanceof PyTuple options) {
            for (Object o : options.items()) {
                byte[] x = bytesArg(o);
                if (x == null) {
                    throw Errors.typeError("a bytes-like object is required, not '%s'", Abstract.typeName(o));
                }
                if (matchesAffix(b, r, x, prefix)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }
        byte[] x = bytesArg(a[0]);
        if (x == null) {
            throw Errors.typeError("%s first arg must be bytes or a tuple of bytes, not %s", name, Abstract.typeName(a[0]));
        }
        return PyBool.of(matchesAffix(b, r, x, prefix));
    }

    private static boolean matchesAffix(byte[] b, int[] r, byte[] affix, boolean prefix) {
        if (r[0] > b.length) return false;
        if (r[1] - r[0] < affix.length) return false;
        int at = prefix ? r[0] : r[1] - affix.length;
        return Arrays.equals(b, at, at + affix.length, affix, 0, affix.length);
    }

    // ---- character classes (ASCII only, as CPython's bytes methods) ----

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private interface BytePredicate {
        boolean test(int c);
    }

    private static PyBool all(Object self, BytePredicate p) {
        byte[] b = view(self);
        if (b.length == 0) return PyBool.FALSE;
        for (byte x : b) if (!p.test(x & 0xFF)) return PyBool.FALSE;
        return PyBool.TRUE;
    }

    private static PyBool cased(Object self, boolean upper) {
        boolean seen = false;
        for (byte x : view(self)) {
            int c = x & 0xFF;
            if (upper ? isLower(c) : isUpper(c)) return PyBool.FALSE;
            if (upper ? isUpper(c) : isLower(c)) seen = true;
        }
        return PyBool.of(seen);
    }

    private static PyBool isTitle(Object self) {
        boolean cased = false, previousCased = false;
        for (byte x : view(self)) {
            int c = x & 0xFF;
            if (isUpper(c)) {
                if (previousCased) return PyBool.FALSE;
                previousCased = cased = true;
            } else if (isLower(c)) {
                if (!previousCased) return PyBool.FALSE;
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return PyBool.of(cased);
    }

    private interface ByteMap {
        int map(int c, int index, byte[] all);
    }

    private static Object mapBytes(Object self, Kind kind, ByteMap f) {
        byte[] b = view(self);
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) f.map(b[i] & 0xFF, i, b);
        return kind.make.apply(out);
    }

    private static int lower(int c) {
        return isUpper(c) ? c + 32 : c;
    }

    private static int upper(int c) {
        return isLower(c) ? c - 32 : c;
    }

    private static Object title(Object self, Kind kind) {
        byte[] b = view(self);
        byte[] out = new byte[b.length];
        boolean previousCased = false;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            out[i] = (byte) (previousCased ? lower(c) : upper(c));
            previousCased = isAlpha(c);
        }
        return kind.make.apply(out);
    }

    // ---- methods ----

    static void fillDict(TypeBuilder d, Kind kind) {
        d.method("find", ArgSpec.positional("find", 1, 3), (self, a) -> PyInt.of(find(self, a, false)));
        d.method("rfind", ArgSpec.positional("rfind", 1, 3), (self, a) -> PyInt.of(find(self, a, true)));
        d.method("index", ArgSpec.positional("index", 1, 3), (self, a) -> {
            int i = find(self, a, false);
            if (i < 0) throw Errors.valueError("subsection not found");
            return PyInt.of(i);
        });
        d.method("rindex", ArgSpec.positional("rindex", 1, 3), (self, a) -> {
            int i = find(self, a, true);
            if (i < 0) throw Errors.valueError("subsection not found");
            return PyInt.of(i);
        });
        d.method("count", ArgSpec.positional("count", 1, 3), BytesMethods::count);
        d.method("startswith", ArgSpec.positional("startswith", 1, 3), (self, a) -> affix(self, a, true));
        d.method("endswith", ArgSpec.positional("endswith", 1, 3), (self, a) -> affix(self, a, false));
        d.method("decode", ArgSpec.keywords("decode", 0, 0, 2, "encoding", "errors"),
                (self, a) -> Codecs.decode(view(self), encodingArg(a[0], "decode"), errorsArg(a[1], "decode")));
        d.method("hex", ArgSpec.keywords("hex", 0, 0, 2, "sep", "bytes_per_sep"), (self, a) -> new PyStr(hex(view(self), a[0], a[1])));
        d.classMethod("fromhex", ArgSpec.one("fromhex"), (cls, a) -> {
            Object made = kind.make.apply(fromHex(a[0]));
            PyType type = (PyType) cls;
            return type == Abstract.typeOf(made) ? made : Abstract.call(type, made);
        });
        d.staticMethod("maketrans", ArgSpec.positional("maketrans", 2, 2), (self, a) -> maketrans(a[0], a[1]));
        d.method("translate", ArgSpec.keywords("translate", 1, 1, 2, "table", "delete"), (self, a) -> translate(self, a, kind));
        d.method1("join", (self, it) -> kind.make.apply(join(view(self), it)));
        d.method("split", ArgSpec.keywords("split", 0, 0, 2, "sep", "maxsplit"), (self, a) -> split(self, a, false, kind));
        d.method("rsplit", ArgSpec.keywords("rsplit", 0, 0, 2, "sep", "maxsplit"), (self, a) -> split(self, a, true, kind));
        d.method1("partition", (self, sep) -> partition(self, sep, false, kind));
        d.method1("rpartition", (self, sep) -> partition(self, sep, true, kind));
        d.method("splitlines", ArgSpec.keywords("splitlines", 0, 0, 1, "keepends"),
                (self, a) -> splitlines(self, a[0] != null && Abstract.isTrue(a[0]), kind));
        d.method("strip", ArgSpec.positional("strip", 0, 1), (self, a) -> strip(self, a[0], true, true, kind));
        d.method("lstrip", ArgSpec.positional("lstrip", 0, 1), (self, a) -> strip(self, a[0], true, false, kind));
        d.method("rstrip", ArgSpec.positional("rstrip", 0, 1), (self, a) -> strip(self, a[0], false, true, kind));
        d.method("replace", ArgSpec.keywords("replace", 2, 2, 3, "old", "new", "count"), (self, a) -> replace(self, a, kind));
        d.method1("removeprefix", (self, p) -> {
            byte[] b = view(self), prefix = requireBytesLike(p);
            boolean has = b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
            return sameOrNew(self, kind, has ? Arrays.copyOfRange(b, prefix.length, b.length) : b, has);
        });
        d.method1("removesuffix", (self, p) -> {
            byte[] b = view(self), suffix = requireBytesLike(p);
            boolean has = suffix.length > 0 && b.length >= suffix.length
                    && Arrays.equals(b, b.length - suffix.length, b.length, suffix, 0, suffix.length);
            return sameOrNew(self, kind, has ? Arrays.copyOf(b, b.length - suffix.length) : b, has);
        });
        d.method("ljust", ArgSpec.positional("ljust", 1, 2), (self, a) -> pad(self, a, 'l', kind));
        d.method("rjust", ArgSpec.positional("rjust", 1, 2), (self, a) -> pad(self, a, 'r', kind));
        d.method("center", ArgSpec.positional("center", 1, 2), (self, a) -> pad(self, a, 'c', kind));
        d.method1("zfill", (self, w) -> zfill(self, w, kind));
        d.method("expandtabs", ArgSpec.keywords("expandtabs", 0, 0, 1, "tabsize"), (self, a) ->
                kind.make.apply(expandtabs(view(self), a[0] == null ? 8 : Abstract.asSize(a[0], Exceptions.OverflowError))));
        d.method0("lower", self -> mapBytes(self, kind, (c, i, all) -> lower(c)));
        d.method0("upper", self -> mapBytes(self, kind, (c, i, all) -> upper(c)));
        d.method0("swapcase", self -> mapBytes(self, kind, (c, i, all) -> isUpper(c) ? lower(c) : upper(c)));
        d.method0("capitalize", self -> mapBytes(self, kind, (c, i, all) -> i == 0 ? upper(c) : lower(c)));
        d.method0("title", self -> title(self, kind));
        d.method0("isascii", self -> {
            for (byte x : view(self)) if (x < 0) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        d.method0("isalnum", self -> all(self, c -> isAlpha(c) || isDigit(c)));
        d.method0("isalpha", self -> all(self, BytesMethods::isAlpha));
        d.method0("isdigit", self -> all(self, BytesMethods::isDigit));
        d.method0("isspace", self -> all(self, BytesMethods::isSpace));
        d.method0("islower", self -> cased(self, false));
        d.method0("isupper", self -> cased(self, true));
        d.method0("istitle", BytesMethods::isTitle);
        if (!kind.mutable) {
            d.method0("__getnewargs__", self -> PyTuple.of(new PyBytes(view(self))));
            d.method0("__bytes__", self -> self instanceof PyBytes ? self : new PyBytes(view(self)));
        }
    }

    /** A bytes receiver unchanged is returned as itself (CPython returns the same object); a bytearray always copies. */
    private static Object sameOrNew(Object self, Kind kind, byte[] result, boolean changed) {
        if (!changed && !kind.mutable && self instanceof PyBytes) return self;
        return kind.make.apply(changed || !kind.mutable ? result : result.clone());
    }

    static String encodingArg(Object o, String fn) {
        if (o == null) return "utf-8";
        PyStr s = PyStr.asStr(o);
        if (s == null) throw Errors.typeError("%s() argument 'encoding' must be str, not %s", fn, argTypeName(o));
        return s.value();
    }

    static String errorsArg(Object o, String fn) {
        if (o == null) return "strict";
        PyStr s = PyStr.asStr(o);
        if (s == null) throw Errors.typeError("%s() argument 'errors' must be str, not %s", fn, argTypeName(o));
        return s.value();
    }

    /** How Argument Clinic names the type of a bad argument: "None" for None. */
    private static String argTypeName(Object o) {
        return o == PyNone.NONE ? "None" : Abstract.typeName(o);
    }

    // ---- hex ----

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex(byte[] b, Object sepArg, Object perSepArg) {
        String sep = null;
        if (sepArg != null) {
            byte[] sb = PyStr.asStr(sepArg) != null ? PyStr.asStr(sepArg).value().getBytes(StandardCharsets.UTF_8) : bytesArg(sepArg);
            if (sb == null) throw Errors.typeError("sep must be str or bytes.");
            if (sb.length != 1) throw Errors.valueError("sep must be length 1.");
            if (sb[0] < 0) throw Errors.valueError("sep must be ASCII.");
            sep = String.valueOf((char) sb[0]);
        }
        long perSep = perSepArg == null ? 1 : Abstract.asSize(perSepArg, Exceptions.OverflowError);
        StringBuilder out = new StringBuilder(b.length * 3);
        if (sep == null || b.length == 0 || perSep == 0) {
            for (byte x : b) out.append(HEX[(x >> 4) & 15]).append(HEX[x & 15]);
            return out.toString();
        }
        long group = Math.abs(perSep);
        for (int i = 0; i < b.length; i++) {
            // groups are counted from the right for a positive bytes_per_sep, from the left for a negative one
            long position = perSep > 0 ? b.length - i : i;
            if (i > 0 && position % group == 0) out.append(sep);
            out.append(HEX[(b[i] >> 4) & 15]).append(HEX[b[i] & 15]);
        }
        return out.toString();
    }

    private static byte[] fromHex(Object arg) {
        String s;
        PyStr str = PyStr.asStr(arg);
        if (str != null) s = str.value();
        else {
            byte[] b = bytesArg(arg);
            if (b == null) throw Errors.typeError("fromhex() argument must be str or bytes-like, not %s", Abstract.typeName(arg));
            s = latin1(b);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0, n = s.length();
        while (true) {
            while (i < n && isSpace(s.charAt(i))) i++;
            if (i >= n) break;
            int hi = Character.digit(s.charAt(i), 16);
            if (s.charAt(i) > 127 || hi < 0) throw nonHex(i);
            if (i + 1 >= n || s.charAt(i + 1) > 127 || Character.digit(s.charAt(i + 1), 16) < 0) {
                throw nonHex(i + 1);
            }
            out.write(hi * 16 + Character.digit(s.charAt(i + 1), 16));
            i += 2;
        }
        return out.toByteArray();
    }

    private static PyException nonHex(int position) {
        return Errors.valueError("non-hexadecimal number found in fromhex() arg at position %d", position);
    }

    // ---- translate ----

    private static Object maketrans(Object from, Object to) {
        byte[] f = requireBytesLike(from), t = requireBytesLike(to);
        if (f.length != t.length) throw Errors.valueError("maketrans arguments must have same length");
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte) i;
        for (int i = 0; i < f.length; i++) table[f[i] & 0xFF] = t[i];
        return new PyBytes(table);
    }

    private static Object translate(Object self, Object[] a, Kind kind) {
        byte[] table = null;
        if (a[0] != PyNone.NONE) {
            table = requireBytesLike(a[0]);
            if (table.length != 256) throw Errors.valueError("translation table must be 256 characters long");
        }
        boolean[] deleted = new boolean[256];
        if (a[1] != null) for (byte x : requireBytesLike(a[1])) deleted[x & 0xFF] = true;
        byte[] b = view(self);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
        for (byte x : b) {
            if (deleted[x & 0xFF]) continue;
            out.write(table == null ? x : table[x & 0xFF]);
        }
        byte[] result = out.toByteArray();
        return sameOrNew(self, kind, result, !Arrays.equals(result, b));
    }

    // ---- join, split, partition ----

    private static byte[] join(byte[] sep, Object iterable) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Object it = Abstract.getIter(iterable);
        int i = 0;
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it), i++) {
            byte[] part = bytesArg(x);
            if (part == null) {
                throw Errors.typeError("sequence item %d: expected a bytes-like object, %s found", i, Abstract.typeName(x));
            }
            if (i > 0) out.writeBytes(sep);
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static PyList split(Object self, Object[] a, boolean fromRight, Kind kind) {
        long max = a[1] == null ? -1 : Abstract.asSize(a[1], Exceptions.OverflowError);
        if (max < 0) max = Long.MAX_VALUE;
        String v = latin1(view(self));
        List<String> parts;
        if (a[0] == null || a[0] == PyNone.NONE) {
            parts = splitWhitespace(v, max, fromRight);
        } else {
            String sep = latin1(requireBytesLike(a[0]));
            if (sep.isEmpty()) throw Errors.valueError("empty separator");
            parts = splitOn(v, sep, max, fromRight);
        }
        PyList result = new PyList();
        for (String p : parts) result.append(kind.make.apply(fromLatin1(p)));
        return result;
    }

    private static List<String> splitWhitespace(String v, long max, boolean fromRight) {
        List<String> parts = new ArrayList<>();
        if (!fromRight) {
            int i = 0, n = v.length();
            while (true) {
                while (i < n && isSpace(v.charAt(i))) i++;
                if (i >= n) break;
                if (parts.size() == max) {
                    parts.add(v.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(v.charAt(j))) j++;
                parts.add(v.substring(i, j));
                i = j;
            }
            return parts;
        }
        int j = v.length();
        while (true) {
            while (j > 0 && isSpace(v.charAt(j - 1))) j--;
            if (j <= 0) break;
            if (parts.size() == max) {
                parts.add(0, v.substring(0, j));
                break;
            }
            int i = j;
            while (i > 0 && !isSpace(v.charAt(i - 1))) i--;
            parts.add(0, v.substring(i, j));
            j = i;
        }
        return parts;
    }

    private static List<String> splitOn(String v, String sep, long max, boolean fromRight) {
        return PyStr.splitOnText(v, sep, max, fromRight);
    }

    private static PyTuple partition(Object self, Object sepArg, boolean fromRight, Kind kind) {
        String sep = latin1(requireBytesLike(sepArg));
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        String v = latin1(view(self));
        int at = fromRight ? StrSearch.lastIndexOf(v, sep) : StrSearch.indexOf(v, sep);
        if (at < 0) {
            Object whole = kind.mutable ? kind.make.apply(fromLatin1(v)) : (self instanceof PyBytes ? self : kind.make.apply(fromLatin1(v)));
            Object empty1 = kind.make.apply(new byte[0]), empty2 = kind.make.apply(new byte[0]);
            return fromRight ? PyTuple.of(empty1, empty2, whole) : PyTuple.of(whole, empty1, empty2);
        }
        return PyTuple.of(kind.make.apply(fromLatin1(v.substring(0, at))), kind.make.apply(fromLatin1(sep)),
                kind.make.apply(fromLatin1(v.substring(at + sep.length()))));
    }

    private static PyList splitlines(Object self, boolean keepends, Kind kind) {
        byte[] b = view(self);
        PyList result = new PyList();
        int start = 0, i = 0;
        while (i < b.length) {
            int eol = i;
            if (b[i] == '\n') i++;
            else if (b[i] == '\r') i += (i + 1 < b.length && b[i + 1] == '\n') ? 2 : 1;
            else {
                i++;
                continue;
            }
            result.append(kind.make.apply(Arrays.copyOfRange(b, start, keepends ? i : eol)));
            start = i;
        }
        if (start < b.length) result.append(kind.make.apply(Arrays.copyOfRange(b, start, b.length)));
        return result;
    }

    // ---- strip, replace, padding ----

    private static Object strip(Object self, Object charsArg, boolean left, boolean right, Kind kind) {
        byte[] b = view(self);
        boolean[] strip = new boolean[256];
        if (charsArg == null || charsArg == PyNone.NONE) {
            for (int c = 0; c < 256; c++) strip[c] = isSpace(c);
        } else {
            for (byte x : requireBytesLike(charsArg)) strip[x & 0xFF] = true;
        }
        int start = 0, end = b.length;
        while (left && start < end && strip[b[start] & 0xFF]) start++;
        while (right && end > start && strip[b[end - 1] & 0xFF]) end--;
        boolean changed = start != 0 || end != b.length;
        return sameOrNew(self, kind, Arrays.copyOfRange(b, start, end), changed);
    }

    private static Object replace(Object self, Object[] a, Kind kind) {
        String v = latin1(view(self));
        String old = latin1(requireBytesLike(a[0])), rep = latin1(requireBytesLike(a[1]));
        long count = a[2] == null ? -1 : Abstract.asSize(a[2], Exceptions.OverflowError);
        if (count < 0) count = Long.MAX_VALUE;
        StringBuilder out = new StringBuilder();
        if (old.isEmpty()) {
            long done = 0;
            for (int i = 0; i < v.length(); i++) {
                if (done++ < count) out.append(rep);
                out.append(v.charAt(i));
            }
            if (done < count) out.append(rep);
        } else {
            int start = 0;
            long done = 0;
            while (done < count) {
                int at = StrSearch.indexOf(v, old, start);
                if (at < 0) break;
                out.append(v, start, at).append(rep);
                start = at + old.length();
                done++;
            }
            out.append(v.substring(start));
        }
        String result = out.toString();
        return sameOrNew(self, kind, fromLatin1(result), !result.equals(v));
    }

    private static Object pad(Object self, Object[] a, char how, Kind kind) {
        String name = how == 'l' ? "ljust" : how == 'r' ? "rjust" : "center";
        long width = Abstract.asSize(a[0], Exceptions.OverflowError);
        byte fill = ' ';
        if (a[1] != null) {
            byte[] f = PyBytes.asBytes(a[1]) != null || PyByteArray.asByteArray(a[1]) != null ? bytesArg(a[1]) : null;
            if (f == null || f.length != 1) {
                throw Errors.typeError("%s() argument 2 must be a byte string of length 1, not %s", name, Abstract.typeName(a[1]));
            }
            fill = f[0];
        }
        byte[] b = view(self);
        if (width <= b.length) return sameOrNew(self, kind, b, false);
        ValueFormat.checkSize(width);
        int total = (int) (width - b.length);
        int leftPad = switch (how) {
            case 'l' -> 0;
            case 'r' -> total;
            // CPython's centering puts the extra space on the left when both the padding and the width are odd
            default -> total / 2 + (total & (int) width & 1);
        };
        byte[] out = new byte[(int) width];
        Arrays.fill(out, fill);
        System.arraycopy(b, 0, out, leftPad, b.length);
        return kind.make.apply(out);
    }

    private static Object zfill(Object self, Object widthArg, Kind kind) {
        long width = Abstract.asSize(widthArg, Exceptions.OverflowError);
        byte[] b = view(self);
        if (width <= b.length) return sameOrNew(self, kind, b, false);
        ValueFormat.checkSize(width);
        byte[] out = new byte[(int) width];
        int fill = (int) width - b.length;
        Arrays.fill(out, 0, fill, (byte) '0');
        System.arraycopy(b, 0, out, fill, b.length);
        if (b.length > 0 && (b[0] == '+' || b[0] == '-')) {
            out[0] = b[0];
            out[fill] = '0';
        }
        return kind.make.apply(out);
    }

    private static byte[] expandtabs(byte[] b, long tabsize) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long column = 0;
        for (byte x : b) {
            if (x == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    ValueFormat.checkSize(out.size() + spaces);
                    for (long i = 0; i < spaces; i++) out.write(' ');
                    column += spaces;
                }
            } else {
                out.write(x);
                column = x == '\n' || x == '\r' ? 0 : column + 1;
            }
        }
        return out.toByteArray();
    }
}
