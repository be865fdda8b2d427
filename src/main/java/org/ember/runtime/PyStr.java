package org.ember.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code str}: an immutable sequence of code points. Held as a Java String; when the string
 * contains surrogate pairs (characters outside the BMP) the code points are also kept in an
 * int array, so that indexing is O(1) in every case. (A Python str made of two lone surrogates
 * that happen to form a pair is not distinguished from the paired character: a known limit.)
 */
public final class PyStr extends PyObject {

    public static final PyType TYPE = PyType.builtin("str", PyStr.class)
            .subclassable()
            .slots(PyStr::fillSlots)
            .dict(PyStr::fillDict)
            .build();

    public static final PyStr EMPTY = new PyStr("");

    private final String value;
    /** Code points when the string has surrogate pairs, else null (then chars are code points). */
    private final int[] codePoints;
    /**
     * The cached hash: 0 until computed, then the hash, with a hash of 0 kept as -1 (never a
     * hash). One field, so a thread that reads it sees either "not computed" or the complete
     * value (two fields, a value and a flag, let another thread see the flag set but the value
     * still 0 when the JIT reorders the stores or the loads: a wrong hash, a missed dict key).
     * A long field is read and written whole on 64-bit HotSpot.
     */
    private long hash;

    /**
     * True when the code points hold a high surrogate followed by a low one: then {@code value}
     * reads them as one character and the code points are authoritative.
     */
    private final boolean splitPairs;

    public PyStr(String value) {
        this.value = value;
        int n = value.codePointCount(0, value.length());
        this.codePoints = n == value.length() ? null : value.codePoints().toArray();
        this.splitPairs = false;
    }

    private PyStr(int[] cps, boolean splitPairs) {
        this.value = new String(cps, 0, cps.length);
        this.codePoints = cps;
        this.splitPairs = splitPairs;
    }

    private PyStr(int[] cps) {
        this(cps, org.ember.parser.SurrogateStr.needsCodePoints(cps));
    }

    /** True when this str has separate surrogates that {@link #value()} cannot show (see splitPairs). */
    public boolean hasSplitSurrogates() {
        return splitPairs;
    }

    /** The code points (a copy). */
    public int[] toCodePoints() {
        return codePoints != null ? codePoints.clone() : value.chars().toArray();
    }

    /** Equality by code points (a Java String cannot tell '\ud800\udc00' from '\U00010000'). */
    public static boolean sameText(PyStr x, PyStr y) {
        if (!x.splitPairs && !y.splitPairs) return x.value.equals(y.value);
        return java.util.Arrays.equals(x.toCodePoints(), y.toCodePoints());
    }

    /** The concatenation of the strs in parts[from, from + count) (f-strings' BUILD_STRING). */
    public static PyStr concatAll(Object[] parts, int from, int count) {
        StringBuilder sb = new StringBuilder();
        boolean careful = false;
        for (int i = 0; i < count; i++) {
            PyStr part = (PyStr) parts[from + i];
            careful |= part.splitPairs || (!part.value.isEmpty() && Character.isLowSurrogate(part.value.charAt(0))
                    && sb.length() > 0 && Character.isHighSurrogate(sb.charAt(sb.length() - 1)));
            sb.append(part.value);
        }
        if (!careful) return new PyStr(sb.toString());
        PyStr result = EMPTY;
        for (int i = 0; i < count; i++) result = concat(result, (PyStr) parts[from + i]);
        return result;
    }

    /** x + y; code points are kept apart when a surrogate pair would otherwise form at the seam. */
    static PyStr concat(PyStr x, PyStr y) {
        boolean seam = !x.value.isEmpty() && !y.value.isEmpty()
                && Character.isHighSurrogate(x.value.charAt(x.value.length() - 1)) && Character.isLowSurrogate(y.value.charAt(0));
        if (!seam && !x.splitPairs && !y.splitPairs) return new PyStr(x.value + y.value);
        int[] a = x.toCodePoints(), b = y.toCodePoints();
        int[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return new PyStr(all);
    }

    /** A str of the given code points (lone surrogates included). */
    public static PyStr fromCodePoints(int[] cps) {
        return new PyStr(cps);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    /** The number of code points. */
    public int length() {
        return codePoints == null ? value.length() : codePoints.length;
    }

    public int codePointAt(int index) {
        return codePoints == null ? value.charAt(index) : codePoints[index];
    }

    /** Code points [start, end) as a new str. */
    public PyStr substring(int start, int end) {
        if (codePoints == null) return new PyStr(value.substring(start, end));
        return new PyStr(java.util.Arrays.copyOfRange(codePoints, start, end));
    }

    /** The str inside o (a str or an instance of a str subclass), or null. */
    public static PyStr asStr(Object o) {
        if (o instanceof PyStr s) return s;
        if (o instanceof PyInstance inst && inst.base instanceof PyStr s) return s;
        return null;
    }

    private static PyStr self(Object o) {
        return asStr(o);
    }

    /** Hash of a str's contents; strings hash independently of CPython (whose str hash is randomized). */
    public static long hashOf(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    public long hash() {
        long h = hash;
        if (h == 0) {
            // A str with separate surrogates must not hash like the character they would pair into.
            h = splitPairs ? hashOf(value) ^ (java.util.Arrays.hashCode(codePoints) * 0xC2B2AE3D27D4EB4FL) : hashOf(value);
            if (h == -1) h = -2;
            hash = h == 0 ? -1 : h;
            return h;
        }
        return h == -1 ? 0 : h;
    }

    // ---- character classes (Python's, not Java's) ----

    /** Python's str.isspace() for one code point. */
    public static boolean isSpace(int cp) {
        if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
        if (cp == 0x85 || cp == 0xa0) return true;
        int type = Character.getType(cp);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    public static String stripSpace(String s) {
        int start = 0, end = s.length();
        while (start < end && isSpace(s.charAt(start))) start++;
        while (end > start && isSpace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    /** str.isidentifier(): XID_Start/underscore then XID_Continue (approximated with Java's identifier classes). */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) return false;
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    /** str.isdigit(): decimal digits and other single digits such as '²' (Numeric_Type Digit, approximated). */
    static boolean isDigitChar(int cp) {
        int type = Character.getType(cp);
        if (type == Character.DECIMAL_DIGIT_NUMBER) return true;
        int value = Character.getNumericValue(cp);
        return type == Character.OTHER_NUMBER && value >= 0 && value <= 9;
    }

    /** Python's str.isprintable() for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        int type = Character.getType(cp);
        return switch (type) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    // ---- repr (a minimal private version until org.ember.runtime.Repr is merged) ----

    /** repr(str): single quotes unless the text has ' and no ", escapes as CPython's. */
    public static String repr(String s) {
        boolean useDouble = s.indexOf('\'') >= 0 && s.indexOf('"') < 0;
        char quote = useDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (cp == quote) b.append('\\').append((char) cp);
                    else if (cp < 128 ? cp >= 32 && cp < 127 : isPrintable(cp)) b.appendCodePoint(cp);
                    else if (cp < 0x100) b.append(String.format("\\x%02x", cp));
                    else if (cp < 0x10000) b.append(String.format("\\u%04x", cp));
                    else b.append(String.format("\\U%08x", cp));
                }
            }
        }
        return b.append(quote).toString();
    }

    // ---- comparison: by code point, not by UTF-16 unit ----

    public static int compare(PyStr a, PyStr b) {
        if (a.codePoints == null && b.codePoints == null) {
            // Without surrogate pairs, UTF-16 order is code point order.
            return a.value.compareTo(b.value);
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(a.codePointAt(i), b.codePointAt(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.length(), b.length());
    }

    // ---- slots ----

    private static void fillSlots(PyType t) {
        t.repr = self -> {
            PyStr str = self(self);
            return new PyStr(str.splitPairs ? Repr.str(str.codePoints) : repr(str.value));
        };
        t.str = self -> self instanceof PyStr ? self : new PyStr(self(self).value);
        t.hash = self -> self(self).hash();
        t.len = self -> self(self).length();
        t.richcompare = (a, b, op) -> {
            PyStr y = asStr(b);
            if (y == null) return PyNotImplemented.INSTANCE;
            PyStr x = self(a);
            if (op == CompareOp.EQ || op == CompareOp.NE) return PyBool.of(sameText(x, y) == (op == CompareOp.EQ));
            return PyBool.of(op.holds(compare(x, y)));
        };
        t.contains = (self, item) -> {
            PyStr needle = asStr(item);
            if (needle == null) {
                throw Errors.typeError("'in <string>' requires string as left operand, not %s", Abstract.typeName(item));
            }
            PyStr hay = self(self);
            if (StrSearch.needsCodePoints(hay, needle)) {
                return StrSearch.find(hay.toCodePoints(), needle.toCodePoints(), 0, hay.length(), false) >= 0;
            }
            return StrSearch.indexOf(hay.value, needle.value) >= 0;
        };
        t.getitem = PyStr::getItem;
        t.iter = self -> new PyStrIterator(self(self));
        t.sqConcat = (a, b) -> {
            PyStr y = asStr(b);
            if (y == null) throw Errors.typeError("can only concatenate str (not \"%s\") to str", Abstract.typeName(b));
            return concat(self(a), y);
        };
        t.sqRepeat = (a, n) -> {
            long count = Abstract.asSize(n, Exceptions.OverflowError);
            if (count == 1 && a instanceof PyStr exact) return exact;   // CPython: an exact str times 1 is itself
            PyStr str = self(a);
            String v = str.value;
            if (count <= 0 || v.isEmpty()) return EMPTY;
            // CPython: a length past Py_ssize_t is an OverflowError, one no string can have a MemoryError
            if (count > Long.MAX_VALUE / str.length()) throw Errors.overflowError("repeated string is too long");
            if (count > Abstract.MAX_ARRAY_SIZE / v.length()) throw Errors.memoryError();
            boolean seam = Character.isLowSurrogate(v.charAt(0)) && Character.isHighSurrogate(v.charAt(v.length() - 1));
            if (!str.splitPairs && !seam) return new PyStr(v.repeat((int) count));
            int[] one = str.toCodePoints(), all = new int[one.length * (int) count];
            for (int i = 0; i < count; i++) System.arraycopy(one, 0, all, i * one.length, one.length);
            return new PyStr(all);
        };
        t.newInstance = PyStr::newStr;
        t.binary[BinOp.MOD.ordinal()] = (a, b) -> {
            PyStr template = asStr(a);
            return template == null ? PyNotImplemented.INSTANCE : PercentFormat.format(template, b);
        };
    }

    /**
     * s[i] for an index in the long range (negative counts from the end), or null when out of
     * range: BINARY_OP_SUBSCR_STR_INT's fast path, without the generic subscript's dispatch.
     */
    public static PyStr itemOrNull(PyStr s, long i) {
        int n = s.length();
        if (i < 0) i += n;
        if (i < 0 || i >= n) return null;
        return PyStrIterator.charAt(s, (int) i);
    }

    private static Object getItem(Object selfObj, Object key) {
        PyStr s = self(selfObj);
        if (key instanceof PySlice slice) {
            PySlice.Indices ix = slice.indices(s.length());
            if (ix.step() == 1) return ix.length() == 0 ? EMPTY : s.substring(ix.start(), ix.start() + ix.length());
            int[] out = new int[ix.length()];
            for (int i = 0, j = ix.start(); i < out.length; i++, j += ix.step()) out[i] = s.codePointAt(j);
            return new PyStr(out);
        }
        if (Abstract.typeOf(key).index == null) {
            throw Errors.typeError("string indices must be integers, not '%s'", Abstract.typeName(key));
        }
        long i = Abstract.asSize(key, Exceptions.IndexError);
        if (i < 0) i += s.length();
        if (i < 0 || i >= s.length()) throw Errors.indexError("string index out of range");
        return PyStrIterator.charAt(s, (int) i);
    }

    private static final ArgSpec STR_ARGS = ArgSpec.keywords("str", 0, 0, 3, "object", "encoding", "errors");

    private static Object newStr(PyType type, Object[] args, int offset, int nargs, PyTuple kwnames) {
        int positional = nargs - (kwnames == null ? 0 : kwnames.size());
        // CPython checks the positional count first, with the type-call message
        if (positional > 3) throw Errors.typeError("str expected at most 3 arguments, got %d", positional);
        Object[] a = STR_ARGS.bind(args, offset, nargs, kwnames);
        // str(x) returns what __str__ returned, a str subclass's instance unchanged (PyObject_Str)
        if (type == TYPE && a[0] != null && a[1] == null && a[2] == null) return Abstract.strResult(a[0]);
        PyStr result = a[1] != null || a[2] != null ? decodeArg(a[0], a[1], a[2])
                : a[0] == null ? EMPTY : Abstract.str(a[0]);
        return type == TYPE ? result : type.wrap(result);
    }

    /** str(object, encoding, errors): decodes a bytes-like object. */
    private static PyStr decodeArg(Object object, Object encoding, Object errors) {
        if (object == null) object = PyBytes.EMPTY;
        if (asStr(object) != null) throw Errors.typeError("decoding str is not supported");
        byte[] b = PyBuffer.bytesOf(object);
        if (b == null) throw Errors.typeError("decoding to str: need a bytes-like object, %s found", Abstract.typeName(object));
        return Codecs.decode(b, BytesMethods.encodingArg(encoding, "str"), BytesMethods.errorsArg(errors, "str"));
    }

    // ---- methods ----

    private static PyStr strArg(Object o, String method) {
        PyStr s = asStr(o);
        if (s == null) throw Errors.typeError("%s arg must be None or str", method);
        return s;
    }

    private static PyStr mustBeStr(Object o, String what) {
        PyStr s = asStr(o);
        if (s == null) throw Errors.typeError("%s must be str, not %s", what, Abstract.typeName(o));
        return s;
    }

    /** str.format(*args, **kwargs): keywords are gathered into a dict for field lookups. */
    private static Object formatMethod(PyStr template, Object[] bound) {
        Object[] all = (Object[]) bound[0];
        int nargs = (Integer) bound[1];
        PyTuple kwnames = (PyTuple) bound[2];
        int nkw = kwnames == null ? 0 : kwnames.size();
        PyDict keywords = new PyDict();
        for (int i = 0; i < nkw; i++) keywords.setItem(kwnames.get(i), all[nargs - nkw + i]);
        return Formatter.format(template.value, java.util.Arrays.copyOf(all, nargs - nkw), keywords);
    }

    /** The spec argument of a __format__ method, which must be a str. */
    static String formatSpecArg(Object spec) {
        PyStr s = asStr(spec);
        if (s == null) throw Errors.mustBe("__format__() argument", "str", spec);
        return s.value;
    }

    private static void fillDict(TypeBuilder d) {
        BuiltinExtras.strMethods(d);
        StrMethods.fill(d);
        StrTranslate.fill(d);
        d.method("format", ArgSpec.vector("format"), (self, a) -> formatMethod(self(self), a));
        d.method("format_map", ArgSpec.one("format_map"),
                (self, a) -> Formatter.formatMap(self(self).value, a[0]));
        d.method("__format__", ArgSpec.one("__format__"), (self, a) -> {
            String spec = formatSpecArg(a[0]);
            // An empty spec is str(self): a subclass's __str__ decides ("{}".format(s)).
            if (spec.isEmpty() && !(self instanceof PyStr)) return Abstract.str(self);
            return new PyStr(ValueFormat.formatStr(self(self).value, spec));
        });
        d.method1("join", PyStr::join);
        d.method("encode", ArgSpec.keywords("encode", 0, 0, 2, "encoding", "errors"), (self, a) -> new PyBytes(
                Codecs.encode(self(self), BytesMethods.encodingArg(a[0], "encode"), BytesMethods.errorsArg(a[1], "encode"))));
        d.method("split", ArgSpec.keywords("split", 0, 0, 2, "sep", "maxsplit"),
                (self, a) -> split(self(self), a[0], a[1], false));
        d.method("rsplit", ArgSpec.keywords("rsplit", 0, 0, 2, "sep", "maxsplit"),
                (self, a) -> split(self(self), a[0], a[1], true));
        d.method("strip", ArgSpec.positional("strip", 0, 1), (self, a) -> strip(self(self), a[0], true, true, "strip"));
        d.method("lstrip", ArgSpec.positional("lstrip", 0, 1), (self, a) -> strip(self(self), a[0], true, false, "lstrip"));
        d.method("rstrip", ArgSpec.positional("rstrip", 0, 1), (self, a) -> strip(self(self), a[0], false, true, "rstrip"));
        d.method("replace", ArgSpec.keywords("replace", 2, 2, 3, "old", "new", "count"), PyStr::replace);
        d.method("find", ArgSpec.positional("find", 1, 3), (self, a) -> PyInt.of(find(self(self), a, false, "find")));
        d.method("rfind", ArgSpec.positional("rfind", 1, 3), (self, a) -> PyInt.of(find(self(self), a, true, "rfind")));
        d.method("index", ArgSpec.positional("index", 1, 3), (self, a) -> {
            int i = find(self(self), a, false, "index");
            if (i < 0) throw Errors.valueError("substring not found");
            return PyInt.of(i);
        });
        d.method("rindex", ArgSpec.positional("rindex", 1, 3), (self, a) -> {
            int i = find(self(self), a, true, "rindex");
            if (i < 0) throw Errors.valueError("substring not found");
            return PyInt.of(i);
        });
        d.method("count", ArgSpec.positional("count", 1, 3), PyStr::count);
        d.method("startswith", ArgSpec.positional("startswith", 1, 3), (self, a) -> affix(self(self), a, true));
        d.method("endswith", ArgSpec.positional("endswith", 1, 3), (self, a) -> affix(self(self), a, false));
        d.method0("upper", self -> caseMapped(self(self), v -> new PyStr(v.toUpperCase(java.util.Locale.ROOT)), null));
        d.method0("lower", self -> caseMapped(self(self), v -> new PyStr(StrMethods.lower(v)), null));
        d.method0("isidentifier", self -> PyBool.of(isIdentifier(self(self).value)));
        d.method0("isspace", self -> {
            String v = self(self).value;
            return PyBool.of(Latin1Classes.all(v, Latin1Classes.SPACE, PyStr::isSpace));
        });
        d.method0("isdigit", self -> {
            String v = self(self).value;
            return PyBool.of(Latin1Classes.all(v, Latin1Classes.DIGIT, PyStr::isDigitChar));
        });
        d.method0("isalpha", self -> {
            String v = self(self).value;
            return PyBool.of(Latin1Classes.all(v, Latin1Classes.ALPHA, Character::isLetter));
        });
    }

    private static Object join(Object self, Object iterable) {
        PyStr separator = self(self);
        Object[] items;
        int count;
        // An exact list or tuple is read directly (CPython's PySequence_Fast); other iterables are collected first.
        if (iterable instanceof PyTuple t) {
            items = t.itemsShared(); // read only
            count = items.length;
        } else if (iterable instanceof PyList l) {
            items = l.toArray();
            count = items.length;
        } else {
            ItemBuffer parts = new ItemBuffer(8);
            Object it;
            try {
                it = Abstract.getIter(iterable);
            } catch (PyException e) {
                if (e.matches(Exceptions.TypeError)) throw Errors.typeError("can only join an iterable");
                throw e;
            }
            for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) parts.add(x);
            count = parts.size();
            items = new Object[count];
            for (int i = 0; i < count; i++) items[i] = parts.get(i);
        }
        return joinItems(separator, items, count);
    }

    private static PyStr joinItems(PyStr separator, Object[] items, int count) {
        if (count == 0) return EMPTY;
        String sep = separator.value;
        boolean careful = separator.splitPairs;
        boolean seam = false; // a part begins or ends with a surrogate: joining might pair two up
        long length = (long) sep.length() * (count - 1);
        for (int i = 0; i < count; i++) {
            PyStr s = asStr(items[i]);
            if (s == null) {
                throw Errors.typeError("sequence item %d: expected str instance, %s found", i, Abstract.typeName(items[i]));
            }
            String v = s.value;
            careful |= s.splitPairs;
            if (!v.isEmpty()) seam |= Character.isSurrogate(v.charAt(0)) || Character.isSurrogate(v.charAt(v.length() - 1));
            length += v.length();
        }
        if (count == 1 && items[0].getClass() == PyStr.class && !careful) return (PyStr) items[0]; // CPython returns it too
        if (!careful && !(seam || hasSurrogate(sep))) {
            if (length > Integer.MAX_VALUE - 16) throw Errors.of(Exceptions.OverflowError, "join() result is too long for a Python string");
            StringBuilder b = new StringBuilder((int) length);
            for (int i = 0; i < count; i++) {
                if (i > 0) b.append(sep);
                b.append(asStr(items[i]).value);
            }
            return new PyStr(b.toString());
        }
        // separate surrogates must not pair up: join by code points
        PyStr result = EMPTY;
        for (int k = 0; k < count; k++) {
            if (k > 0) result = concat(result, separator);
            result = concat(result, asStr(items[k]));
        }
        return result;
    }

    private static boolean hasSurrogate(String v) {
        for (int i = 0; i < v.length(); i++) if (Character.isSurrogate(v.charAt(i))) return true;
        return false;
    }

    private static PyList split(PyStr s, Object sepArg, Object maxArg, boolean fromRight) {
        long max = maxArg == null ? -1 : Abstract.asSize(maxArg, Exceptions.OverflowError);
        if (max < 0) max = Long.MAX_VALUE;
        PyStr sep = sepArg == null || sepArg == PyNone.NONE ? null : strArg(sepArg, "split");
        if (sep != null && !sep.value.isEmpty() && StrSearch.needsCodePoints(s, sep)) {
            PyList result = new PyList();
            for (PyStr p : StrSearch.split(s.toCodePoints(), sep.toCodePoints(), max, fromRight)) result.append(p);
            return result;
        }
        if (sep == null && !fromRight) return splitWhitespace(s.value, max);
        List<String> parts = sep == null
                ? splitWhitespace(s.value, max, fromRight)
                : splitOn(s.value, sep.value, max, fromRight);
        ItemBuffer result = new ItemBuffer(parts.size());
        for (String p : parts) result.add(new PyStr(p));
        return result.toList();
    }

    /** str.split() from the left at runs of whitespace: the parts go straight into the list's array. */
    private static PyList splitWhitespace(String v, long max) {
        ItemBuffer parts = new ItemBuffer(12);
        int i = 0, n = v.length();
        while (true) {
            while (i < n && isSpace(v.charAt(i))) i++;
            if (i >= n) break;
            if (parts.size() == max) {
                parts.add(new PyStr(v.substring(i))); // the remainder keeps its trailing whitespace
                break;
            }
            int j = i;
            while (j < n && !isSpace(v.charAt(j))) j++;
            parts.add(new PyStr(v.substring(i, j)));
            i = j;
        }
        return parts.toList();
    }

    private static List<String> splitWhitespace(String v, long max, boolean fromRight) {
        List<String> parts = new ArrayList<>();
        if (!fromRight) {
            int i = 0, n = v.length();
            while (true) {
                while (i < n && isSpace(v.charAt(i))) i++;
                if (i >= n) break;
                if (parts.size() == max) {
                    parts.add(v.substring(i)); // the remainder keeps its trailing whitespace
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
                parts.add(0, v.substring(0, j)); // the remainder keeps its leading whitespace
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
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        return splitOnText(v, sep, max, fromRight);
    }

    /** At most {@code max} splits of {@code v} at a non-empty {@code sep}, from the left or the right (str and bytes). */
    static List<String> splitOnText(String v, String sep, long max, boolean fromRight) {
        List<String> parts = new ArrayList<>();
        if (!fromRight) {
            int start = 0;
            while (parts.size() < max) {
                int at = StrSearch.indexOf(v, sep, start);
                if (at < 0) break;
                parts.add(v.substring(start, at));
                start = at + sep.length();
            }
            parts.add(v.substring(start));
            return parts;
        }
        int end = v.length();
        while (parts.size() < max) {
            int at = StrSearch.lastIndexOf(v, sep, end - sep.length());
            if (at < 0) break;
            parts.add(0, v.substring(at + sep.length(), end));
            end = at;
        }
        parts.add(0, v.substring(0, end));
        return parts;
    }

    /**
     * A case mapping of s. Ordinary strs map their whole String; a str with split surrogate pairs
     * (which a String would read as one character) maps the runs between its surrogates, which
     * stay as they are (they are uncased). {@code laterRuns}, when not null, maps every run but
     * one at the very start (capitalize: only the str's first character is upper-cased).
     */
    static PyStr caseMapped(PyStr s, java.util.function.Function<String, PyStr> mapping,
                            java.util.function.Function<String, PyStr> laterRuns) {
        if (!s.splitPairs) return mapping.apply(s.value);
        int[] cps = s.codePoints;
        java.util.List<Integer> out = new java.util.ArrayList<>(cps.length);
        int runStart = 0;
        for (int i = 0; i <= cps.length; i++) {
            boolean surrogate = i < cps.length && cps[i] >= 0xD800 && cps[i] <= 0xDFFF;
            if (i < cps.length && !surrogate) continue;
            if (i > runStart) {
                var map = runStart == 0 || laterRuns == null ? mapping : laterRuns;
                for (int cp : map.apply(new String(cps, runStart, i - runStart)).toCodePoints()) out.add(cp);
            }
            if (surrogate) out.add(cps[i]);
            runStart = i + 1;
        }
        return fromCodePoints(out.stream().mapToInt(Integer::intValue).toArray());
    }

    private static PyStr strip(PyStr s, Object charsArg, boolean left, boolean right, String name) {
        if (s.splitPairs) return stripCodePoints(s, charsArg, left, right, name);
        String v = s.value;
        String chars = charsArg == null || charsArg == PyNone.NONE ? null : strArg(charsArg, name).value;
        int start = 0, end = v.length();
        while (left && start < end && stripped(v.codePointAt(start), chars)) start += Character.charCount(v.codePointAt(start));
        while (right && end > start && stripped(v.codePointBefore(end), chars)) end -= Character.charCount(v.codePointBefore(end));
        return start == 0 && end == v.length() && s.getClass() == PyStr.class ? s : new PyStr(v.substring(start, end));
    }

    /** strip for a str with split surrogate pairs: by code point, so that the pairs stay apart. */
    private static PyStr stripCodePoints(PyStr s, Object charsArg, boolean left, boolean right, String name) {
        int[] cps = s.codePoints;
        int[] chars = charsArg == null || charsArg == PyNone.NONE ? null : strArg(charsArg, name).toCodePoints();
        int start = 0, end = cps.length;
        while (left && start < end && strippedCodePoint(cps[start], chars)) start++;
        while (right && end > start && strippedCodePoint(cps[end - 1], chars)) end--;
        return s.substring(start, end);
    }

    private static boolean strippedCodePoint(int cp, int[] chars) {
        if (chars == null) return isSpace(cp);
        for (int c : chars) if (c == cp) return true;
        return false;
    }

    private static boolean stripped(int cp, String chars) {
        return chars == null ? isSpace(cp) : chars.indexOf(cp) >= 0;
    }

    private static Object replace(Object self, Object[] a) {
        PyStr str = self(self), oldStr = mustBeStr(a[0], "replace() argument 1"), repStr = mustBeStr(a[1], "replace() argument 2");
        String v = str.value;
        String old = oldStr.value;
        String rep = repStr.value;
        long count = a[2] == null ? -1 : Abstract.asSize(a[2], Exceptions.OverflowError);
        if (count < 0) count = Long.MAX_VALUE;
        if (old.isEmpty() ? str.splitPairs || repStr.splitPairs || mayPairUp(str, repStr)
                : StrSearch.needsCodePoints(str, oldStr) || repStr.splitPairs || mayPairUp(str, repStr)) {
            return replaceByCodePoints(str, oldStr, repStr, count);
        }
        boolean exact = self.getClass() == PyStr.class;
        if (old.equals(rep) || count == 0) return exact ? str : new PyStr(v); // nothing changes: CPython returns the str itself
        StringBuilder b = new StringBuilder();
        if (old.isEmpty()) {
            // Inserts rep before every code point and at the end, up to count times.
            int[] cps = v.codePoints().toArray();
            long done = 0;
            for (int cp : cps) {
                if (done++ < count) b.append(rep);
                b.appendCodePoint(cp);
            }
            if (done < count) b.append(rep);
            return new PyStr(b.toString());
        }
        int start = 0;
        long done = 0;
        int first = StrSearch.indexOf(v, old, 0);
        if (first < 0) return exact ? str : new PyStr(v);
        b.ensureCapacity(v.length() + Math.max(0, rep.length() - old.length()) * 4);
        while (done < count) {
            int at = done == 0 ? first : StrSearch.indexOf(v, old, start);
            if (at < 0) break;
            b.append(v, start, at).append(rep);
            start = at + old.length();
            done++;
        }
        b.append(v, start, v.length());
        return new PyStr(b.toString());
    }

    /** True when putting rep into s could join a lone high surrogate to a lone low one. */
    private static boolean mayPairUp(PyStr s, PyStr rep) {
        return hasLoneSurrogate(s.value) || hasLoneSurrogate(rep.value);
    }

    private static boolean hasLoneSurrogate(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }

    private static PyStr replaceByCodePoints(PyStr s, PyStr old, PyStr rep, long count) {
        int[] cps = s.toCodePoints(), repCps = rep.toCodePoints();
        if (old.length() > 0) return StrSearch.replace(cps, old.toCodePoints(), repCps, count);
        PyStr result = EMPTY;
        long done = 0;
        for (int i = 0; i < cps.length; i++) {
            if (done++ < count) result = concat(result, rep);
            result = concat(result, StrSearch.slice(cps, i, i + 1));
        }
        if (done < count) result = concat(result, rep);
        return result;
    }

    /** start/end arguments of find/count/startswith, clamped like slice indices (in code points). */
    private static int[] range(PyStr s, Object startArg, Object endArg) {
        int n = s.length();
        long start = startArg == null || startArg == PyNone.NONE ? 0 : Abstract.asSize(startArg, null);
        long end = endArg == null || endArg == PyNone.NONE ? n : Abstract.asSize(endArg, null);
        if (start < 0) start = Math.max(0, start + n);
        if (end < 0) end = Math.max(0, end + n);
        return new int[] {(int) Math.min(start, n + 1L), (int) Math.min(end, n)};
    }

    /** Char offset of a code point index. */
    private int charIndex(int cpIndex) {
        return codePoints == null ? cpIndex : value.offsetByCodePoints(0, cpIndex);
    }

    private int cpIndex(int charIndex) {
        return codePoints == null ? charIndex : value.codePointCount(0, charIndex);
    }

    private static int find(PyStr s, Object[] a, boolean fromRight, String name) {
        PyStr sub = mustBeStr(a[0], name + "() argument 1");
        int[] r = range(s, a[1], a[2]);
        if (r[0] > r[1] || r[0] > s.length()) return -1;
        if (StrSearch.needsCodePoints(s, sub)) return StrSearch.find(s.toCodePoints(), sub.toCodePoints(), r[0], r[1], fromRight);
        int from = s.charIndex(r[0]), to = s.charIndex(r[1]);
        int at = fromRight ? lastIndexIn(s.value, sub.value, from, to) : indexIn(s.value, sub.value, from, to);
        return at < 0 ? -1 : s.cpIndex(at);
    }

    /**
     * The first char index in [from, to) where needle starts and fits. A window that runs to
     * the end of the string is searched in place: copying it made {@code text.find(x, i)} in a
     * loop over a long text quadratic (html.parser's main loop).
     */
    private static int indexIn(String hay, String needle, int from, int to) {
        if (to == hay.length()) return StrSearch.indexOf(hay, needle, from);
        int at = StrSearch.indexOf(hay.substring(from, to), needle);   // the scan must stop at to
        return at < 0 ? -1 : from + at;
    }

    /** The last char index in [from, to) where needle starts and fits (in place from the start). */
    private static int lastIndexIn(String hay, String needle, int from, int to) {
        if (from == 0) return to < needle.length() ? -1 : StrSearch.lastIndexOf(hay, needle, to - needle.length());
        int at = StrSearch.lastIndexOf(hay.substring(from, to), needle);
        return at < 0 ? -1 : from + at;
    }

    private static Object count(Object self, Object[] a) {
        PyStr s = self(self);
        PyStr sub = mustBeStr(a[0], "count() argument 1");
        int[] r = range(s, a[1], a[2]);
        if (r[0] > r[1] || r[0] > s.length()) return PyInt.ZERO;
        if (sub.value.isEmpty()) return PyInt.of(r[1] - r[0] + 1);
        if (StrSearch.needsCodePoints(s, sub)) return PyInt.of(StrSearch.count(s.toCodePoints(), sub.toCodePoints(), r[0], r[1]));
        String window = s.value.substring(s.charIndex(r[0]), s.charIndex(r[1]));
        int n = 0;
        for (int at = StrSearch.indexOf(window, sub.value); at >= 0; at = StrSearch.indexOf(window, sub.value, at + sub.value.length())) n++;
        return PyInt.of(n);
    }

    private static Object affix(PyStr s, Object[] a, boolean prefix) {
        String name = prefix ? "startswith" : "endswith";
        int[] r = a[1] == null && a[2] == null ? null : range(s, a[1], a[2]); // null: the whole str
        if (a[0] instanceof PyTuple options) {
            for (Object o : options.itemsShared()) {
                if (matchesAffix(s, r, mustAffix(o, name, true), prefix)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }
        return PyBool.of(matchesAffix(s, r, mustAffix(a[0], name, false), prefix));
    }

    private static PyStr mustAffix(Object o, String name, boolean inTuple) {
        PyStr s = asStr(o);
        if (s != null) return s;
        if (inTuple) throw Errors.typeError("tuple for %s must only contain str, not %s", name, Abstract.typeName(o));
        throw Errors.typeError("%s first arg must be str or a tuple of str, not %s", name, Abstract.typeName(o));
    }

    private static boolean matchesAffix(PyStr s, int[] r, PyStr affix, boolean prefix) {
        if (r == null && !StrSearch.needsCodePoints(s, affix)) { // the whole str, no split surrogates
            return prefix ? s.value.startsWith(affix.value) : s.value.endsWith(affix.value);
        }
        if (r == null) r = new int[] {0, s.length()};
        if (r[0] > s.length()) return false;
        if (r[1] - r[0] < affix.length()) return false;
        if (StrSearch.needsCodePoints(s, affix)) {
            return StrSearch.matchesAt(s.toCodePoints(), affix.toCodePoints(), prefix ? r[0] : r[1] - affix.length());
        }
        // Compared in place: a substring of the window copied the rest of a long text on every
        // text.startswith(x, i) (html.parser calls it at every tag).
        int from = s.charIndex(r[0]), to = s.charIndex(Math.max(r[0], r[1]));
        int length = affix.value.length();
        if (to - from < length) return false;
        return s.value.startsWith(affix.value, prefix ? from : to - length);
    }
}
