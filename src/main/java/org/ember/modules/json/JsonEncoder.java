package org.ember.modules.json;

import java.util.List;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInstance;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * {@code _json.make_encoder} (the type {@code _json.Encoder}) and the two string escapers: the
 * one-shot JSON encoder. Calling an encoder with {@code (obj, _current_indent_level)} returns a
 * 1-tuple holding the whole text, as CPython 3.14's does; {@code indent} is None or the indent
 * str (json.encoder turns an int into spaces first). Failures carry 3.14's notes ("when
 * serializing list item 0", "when serializing dict item 'a'", "when serializing X object").
 */
public final class JsonEncoder extends PyObject {

    private static final ArgSpec NEW_SPEC = ArgSpec.keywords("make_encoder", 0, 9, 9, "markers", "default", "encoder",
            "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan");
    private static final ArgSpec CALL_SPEC = ArgSpec.keywords("_iterencode", 0, 2, 2, "obj", "_current_indent_level");

    public static final PyType TYPE = PyType.builtin("Encoder", JsonEncoder.class).module("_json")
            .slots(t -> {
                t.newInstance = (type, args, off, n, kw) -> new JsonEncoder(NEW_SPEC.bind(args, off, n, kw));
                t.call = (self, args, off, n, kw) -> {
                    Object[] a = CALL_SPEC.bind(args, off, n, kw);
                    return ((JsonEncoder) self).encodeAll(a[0], PyInt.asInt(Abstract.index(a[1])).longValue());
                };
            })
            .dict(d -> {
                d.value("__doc__", new PyStr("Encoder(markers, default, encoder, indent, key_separator, item_separator, "
                        + "sort_keys, skipkeys, allow_nan)"));
                d.getset("markers", self -> orNone(((JsonEncoder) self).markersObject), null);
                d.getset("default", self -> ((JsonEncoder) self).defaultFn, null);
                d.getset("encoder", self -> ((JsonEncoder) self).encoder, null);
                d.getset("indent", self -> orNone(((JsonEncoder) self).indentObject), null);
                d.getset("key_separator", self -> ((JsonEncoder) self).keySeparatorObject, null);
                d.getset("item_separator", self -> ((JsonEncoder) self).itemSeparatorObject, null);
                d.getset("sort_keys", self -> PyBool.of(((JsonEncoder) self).sortKeys), null);
                d.getset("skipkeys", self -> PyBool.of(((JsonEncoder) self).skipKeys), null);
            })
            .build();

    /** {@code _json.encode_basestring_ascii}: the escaper the encoder recognizes and runs inline. */
    public static final PyBuiltinFunction ENCODE_ASCII = new PyBuiltinFunction(ArgSpec.one("encode_basestring_ascii"),
            (self, a) -> new PyStr(quote(JsonScanner.requireStr(a[0]).value(), true)));
    /** {@code _json.encode_basestring}. */
    public static final PyBuiltinFunction ENCODE = new PyBuiltinFunction(ArgSpec.one("encode_basestring"),
            (self, a) -> new PyStr(quote(JsonScanner.requireStr(a[0]).value(), false)));

    private final Object markersObject, defaultFn, encoder, indentObject, keySeparatorObject, itemSeparatorObject;
    private final PyDict markers;
    private final String indent, keySeparator, itemSeparator;
    private final boolean sortKeys, skipKeys, allowNan;
    /** 1: the encoder is encode_basestring_ascii, 2: encode_basestring, 0: call it. */
    private final int fastEncode;

    private JsonEncoder(Object[] a) {
        markersObject = a[0];
        if (a[0] != PyNone.NONE && !(a[0] instanceof PyDict) && !(a[0] instanceof PyInstance i && i.base instanceof PyDict)) {
            throw Errors.typeError("make_encoder() argument 1 must be dict or None, not %s", Abstract.typeName(a[0]));
        }
        markers = a[0] == PyNone.NONE ? null : a[0] instanceof PyDict d ? d : (PyDict) ((PyInstance) a[0]).base;
        defaultFn = a[1];
        encoder = a[2];
        indentObject = a[3];
        if (a[3] != PyNone.NONE && PyStr.asStr(a[3]) == null) {
            throw Errors.typeError("make_encoder() argument 4 must be str or None, not %s", Abstract.typeName(a[3]));
        }
        indent = a[3] == PyNone.NONE ? null : PyStr.asStr(a[3]).value();
        keySeparatorObject = a[4];
        keySeparator = strArgument(a[4], 5);
        itemSeparatorObject = a[5];
        itemSeparator = strArgument(a[5], 6);
        sortKeys = Abstract.isTrue(a[6]);
        skipKeys = Abstract.isTrue(a[7]);
        allowNan = Abstract.isTrue(a[8]);
        fastEncode = encoder == ENCODE_ASCII ? 1 : encoder == ENCODE ? 2 : 0;
    }

    private static String strArgument(Object o, int position) {
        PyStr s = PyStr.asStr(o);
        if (s == null) throw Errors.typeError("make_encoder() argument %d must be str, not %s", position, Abstract.typeName(o));
        return s.value();
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private Object encodeAll(Object obj, long level) {
        StringBuilder out = new StringBuilder(256);
        try {
            encode(out, obj, level);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded while encoding a JSON object");
        }
        return PyTuple.of(new PyStr(out.toString()));
    }

    // ---- values ----

    private void encode(StringBuilder out, Object obj, long level) {
        if (obj == PyNone.NONE) out.append("null");
        else if (obj == PyBool.TRUE) out.append("true");
        else if (obj == PyBool.FALSE) out.append("false");
        else if (obj instanceof PyStr s) encodeString(out, s);
        else if (obj instanceof PyInt) out.append(intText(obj));
        else if (obj instanceof PyFloat f) out.append(floatText(f.value, obj));
        else if (obj instanceof PyList || obj instanceof PyTuple) encodeNested(out, obj, level, false);
        else if (obj instanceof PyDict) encodeNested(out, obj, level, true);
        else encodeOther(out, obj, level);
    }

    /** Subclass instances of str/int/float/list/tuple/dict, and everything default() must handle. */
    private void encodeOther(StringBuilder out, Object obj, long level) {
        PyObject base = obj instanceof PyInstance i ? i.base : null;
        if (base instanceof PyStr s) encodeString(out, s);
        else if (base instanceof PyInt) out.append(intText(obj));
        else if (base instanceof PyFloat f) out.append(floatText(f.value, obj));
        else if (base instanceof PyList || base instanceof PyTuple) encodeNested(out, obj, level, false);
        else if (base instanceof PyDict) encodeNested(out, obj, level, true);
        else encodeWithDefault(out, obj, level);
    }

    private void encodeWithDefault(StringBuilder out, Object obj, long level) {
        PyInt marker = enter(obj);
        Object replacement = Abstract.call(defaultFn, obj);
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(" while encoding a JSON object");
        try {
            encode(out, replacement, level);
        } catch (PyException e) {
            addNote(e, "when serializing " + Abstract.typeName(obj) + " object");
            throw e;
        } finally {
            ts.leaveRecursiveCall();
        }
        leave(marker);
    }

    private void encodeNested(StringBuilder out, Object obj, long level, boolean isDict) {
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(" while encoding a JSON object");
        try {
            if (isDict) encodeDict(out, obj, level);
            else encodeList(out, obj, level);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    private static String intText(Object obj) {
        return ((PyStr) PyInt.TYPE.repr.apply(obj)).value();
    }

    private String floatText(double value, Object obj) {
        if (Double.isFinite(value)) return PyFloat.repr(value);
        if (!allowNan) throw Errors.valueError("Out of range float values are not JSON compliant: %s", Abstract.repr(obj).value());
        return value > 0 ? "Infinity" : value < 0 ? "-Infinity" : "NaN";
    }

    private void encodeString(StringBuilder out, PyStr s) {
        switch (fastEncode) {
            case 1 -> quoteInto(out, s.value(), true);
            case 2 -> quoteInto(out, s.value(), false);
            default -> {
                Object encoded = Abstract.call(encoder, s);
                PyStr text = PyStr.asStr(encoded);
                if (text == null) throw Errors.typeError("encoder() must return a string, not %s", Abstract.typeName(encoded));
                out.append(text.value());
            }
        }
    }

    // ---- containers ----

    private PyInt enter(Object container) {
        if (markers == null) return null;
        PyInt marker = identity(container);
        if (markers.containsKey(marker)) throw Errors.valueError("Circular reference detected");
        markers.setItem(marker, container);
        return marker;
    }

    private void leave(PyInt marker) {
        if (marker != null) markers.delItem(marker);
    }

    /** id(o), computed as the builtin id() computes it. */
    private static PyInt identity(Object o) {
        return PyInt.of(0x7f0000000000L + (Integer.toUnsignedLong(System.identityHashCode(o)) << 4));
    }

    private void newline(StringBuilder out, long level) {
        out.append('\n');
        for (long i = 0; i < level; i++) out.append(indent);
    }

    private void encodeList(StringBuilder out, Object seq, long level) {
        Object[] items = seq instanceof PyTuple t ? t.items()
                : seq instanceof PyList l ? l.toArray()
                : ((PyInstance) seq).base instanceof PyTuple t ? t.items() : ((PyList) ((PyInstance) seq).base).toArray();
        if (items.length == 0) {
            out.append("[]");
            return;
        }
        PyInt marker = enter(seq);
        out.append('[');
        if (indent != null) newline(out, level + 1);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(itemSeparator);
                if (indent != null) newline(out, level + 1);
            }
            try {
                encode(out, items[i], level + 1);
            } catch (PyException e) {
                addNote(e, "when serializing " + Abstract.typeName(seq) + " item " + i);
                throw e;
            }
        }
        if (indent != null) newline(out, level);
        out.append(']');
        leave(marker);
    }

    private void encodeDict(StringBuilder out, Object dct, long level) {
        PyDict dict = dct instanceof PyDict d ? d : (PyDict) ((PyInstance) dct).base;
        if (dict.size() == 0) {
            out.append("{}");
            return;
        }
        PyInt marker = enter(dct);
        out.append('{');
        boolean first = true;
        if (!sortKeys && dct instanceof PyDict) {
            for (Object[] entry : dict.entries()) first = encodeItem(out, dct, entry[0], entry[1], level, first);
        } else {
            for (Object item : itemList(dct)) {
                PyTuple pair = item instanceof PyTuple t ? t : null;
                if (pair == null || pair.size() != 2) throw Errors.valueError("items must return 2-tuples");
                first = encodeItem(out, dct, pair.get(0), pair.get(1), level, first);
            }
        }
        if (indent != null && !first) newline(out, level);
        out.append('}');
        leave(marker);
    }

    /** The dict's items as a list (through its items() method), sorted when sort_keys is set. */
    private Object[] itemList(Object dct) {
        if (dct instanceof PyDict d && sortKeys) {
            Object[] byKey = sortedByStrKey(d);
            if (byKey != null) return byKey;
        }
        Object items = dct instanceof PyDict d ? dictItems(d) : Abstract.call(Abstract.getAttr(dct, "items"));
        PyList list = items instanceof PyList l ? l : PyList.fromIterable(items);
        if (sortKeys) list.sort(null, false);
        return list.toArray();
    }

    /**
     * The items of a dict whose keys are all exact strs, sorted by key in Java: the same order
     * as sorting the (key, value) tuples, since keys are distinct and str order is fixed. Null
     * when some key is not an exact str (then the general sort decides, errors included).
     */
    private static Object[] sortedByStrKey(PyDict d) {
        List<Object[]> entries = d.entries();
        for (Object[] e : entries) if (e[0].getClass() != PyStr.class) return null;
        entries.sort((x, y) -> PyStr.compare((PyStr) x[0], (PyStr) y[0]));
        Object[] items = new Object[entries.size()];
        for (int i = 0; i < items.length; i++) items[i] = PyTuple.of(entries.get(i)[0], entries.get(i)[1]);
        return items;
    }

    private static PyList dictItems(PyDict d) {
        PyList list = new PyList();
        for (Object[] e : d.entries()) list.append(PyTuple.of(e[0], e[1]));
        return list;
    }

    /** One "key": value pair; false once something was written (the new value of {@code first}). */
    private boolean encodeItem(StringBuilder out, Object dct, Object key, Object value, long level, boolean first) {
        String keyText = keyText(key);
        if (keyText == null) return first;
        if (first) {
            if (indent != null) newline(out, level + 1);
        } else {
            out.append(itemSeparator);
            if (indent != null) newline(out, level + 1);
        }
        PyStr keyStr = key instanceof PyStr s ? s : new PyStr(keyText);
        encodeString(out, keyStr);
        out.append(keySeparator);
        try {
            encode(out, value, level + 1);
        } catch (PyException e) {
            addNote(e, "when serializing " + Abstract.typeName(dct) + " item " + Abstract.repr(key).value());
            throw e;
        }
        return false;
    }

    /** The text of a dict key, or null when skipkeys says to leave the pair out. */
    private String keyText(Object key) {
        PyStr s = PyStr.asStr(key);
        if (s != null) return s.value();
        PyFloat f = PyFloat.asFloat(key);
        if (f != null) return floatText(f.value, key);
        if (key == PyBool.TRUE) return "true";
        if (key == PyBool.FALSE) return "false";
        if (key == PyNone.NONE) return "null";
        if (PyInt.asInt(key) != null) return intText(key);
        if (skipKeys) return null;
        throw Errors.typeError("keys must be str, int, float, bool or None, not %s", Abstract.typeName(key));
    }

    private static void addNote(PyException e, String note) {
        Abstract.call(Abstract.getAttr(e.value, "add_note"), new PyStr(note));
    }

    // ---- string escaping ----

    static String quote(String s, boolean asciiOnly) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        quoteInto(out, s, asciiOnly);
        return out.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * Appends the JSON string literal for {@code s}. Works on UTF-16 units: a character outside
     * the BMP is already a surrogate pair, which is exactly how the ASCII form escapes it.
     */
    static void quoteInto(StringBuilder out, String s, boolean asciiOnly) {
        out.append('"');
        int n = s.length();
        int plainFrom = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean plain = c >= ' ' && c != '"' && c != '\\' && (c <= '~' || !asciiOnly);
            if (plain) continue;
            out.append(s, plainFrom, i);
            plainFrom = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        out.append(s, plainFrom, n);
        out.append('"');
    }
}
