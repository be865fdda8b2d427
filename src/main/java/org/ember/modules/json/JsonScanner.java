package org.ember.modules.json;

import org.ember.interp.Importer;
import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * {@code _json.make_scanner} (the type {@code _json.Scanner}) and {@code _json.scanstring}: the
 * JSON decoder's inner loop, with the hooks of the decoder object it was made from.
 *
 * <p>Indices: Python indexes a str by code point, the scanner works on the Java String (UTF-16).
 * They differ only when the document holds characters outside the BMP; then every index that
 * goes in or out (the start, the returned end, error positions) is converted.
 */
public final class JsonScanner extends PyObject {

    public static final PyType TYPE = PyType.builtin("Scanner", JsonScanner.class).module("_json")
            .slots(t -> {
                t.newInstance = (type, args, off, n, kw) -> {
                    Object[] a = ArgSpec.keywords("make_scanner", 0, 1, 1, "context").bind(args, off, n, kw);
                    return new JsonScanner(a[0]);
                };
                t.call = (self, args, off, n, kw) -> {
                    Object[] a = ArgSpec.keywords("scan_once", 0, 2, 2, "string", "idx").bind(args, off, n, kw);
                    return ((JsonScanner) self).scanOnce(a[0], a[1]);
                };
            })
            .dict(d -> {
                d.value("__doc__", new PyStr("JSON scanner object"));
                d.getset("strict", self -> PyBool.of(((JsonScanner) self).strict), null);
                d.getset("object_hook", self -> ((JsonScanner) self).objectHook, null);
                d.getset("object_pairs_hook", self -> ((JsonScanner) self).objectPairsHook, null);
                d.getset("parse_float", self -> ((JsonScanner) self).parseFloat, null);
                d.getset("parse_int", self -> ((JsonScanner) self).parseInt, null);
                d.getset("parse_constant", self -> ((JsonScanner) self).parseConstant, null);
            })
            .build();

    private final boolean strict;
    private final Object objectHook, objectPairsHook, parseFloat, parseInt, parseConstant;

    private JsonScanner(Object context) {
        strict = Abstract.isTrue(Abstract.getAttr(context, "strict"));
        objectHook = Abstract.getAttr(context, "object_hook");
        objectPairsHook = Abstract.getAttr(context, "object_pairs_hook");
        parseFloat = Abstract.getAttr(context, "parse_float");
        parseInt = Abstract.getAttr(context, "parse_int");
        parseConstant = Abstract.getAttr(context, "parse_constant");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private Object scanOnce(Object string, Object idxObj) {
        PyStr pystr = requireStr(string);
        long idx = PyInt.asInt(Abstract.index(idxObj)).longValue();
        Doc doc = new Doc(pystr);
        if (idx < 0) throw Errors.valueError("idx cannot be negative");
        if (idx >= pystr.length()) throw stopIteration(idx);
        try {
            Object value = scan(doc, new PyDict(), doc.toUtf16((int) idx));
            return PyTuple.of(value, PyInt.of(doc.toCodePoint(doc.next)));
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded while decoding a JSON document");
        }
    }

    static PyStr requireStr(Object o) {
        PyStr s = PyStr.asStr(o);
        if (s == null) throw Errors.typeError("first argument must be a string, not %s", Abstract.typeName(o));
        return s;
    }

    /** The document being scanned: its text, and where the last scanned term ended. */
    static final class Doc {
        final PyStr pystr;
        final String text;
        /** True when some character is outside the BMP: UTF-16 and code-point indices differ. */
        final boolean astral;
        /** Where the term just scanned ended (UTF-16 index); the scanner's second result. */
        int next;

        Doc(PyStr pystr) {
            this.pystr = pystr;
            this.text = pystr.value();
            this.astral = text.length() != pystr.length();
        }

        int toUtf16(int codePointIndex) {
            return astral ? text.offsetByCodePoints(0, codePointIndex) : codePointIndex;
        }

        int toCodePoint(int utf16Index) {
            return astral ? text.codePointCount(0, utf16Index) : utf16Index;
        }

        /** JSONDecodeError(msg, doc, pos) from json.decoder, as CPython's _json raises it. */
        PyException error(String msg, int utf16Pos) {
            Object module = Importer.importModule(ThreadState.current().interpreter(), new PyStr("json.decoder"), null,
                    PyTuple.of(new PyStr("JSONDecodeError")), PyInt.ZERO);
            Object cls = Abstract.getAttr(module, "JSONDecodeError");
            Object exc = Abstract.call(cls, new PyStr(msg), pystr, PyInt.of(toCodePoint(utf16Pos)));
            if (exc instanceof PyBaseException e) return new PyException(e);
            throw Errors.typeError("exceptions must derive from BaseException");
        }
    }

    static PyException stopIteration(long idx) {
        return Errors.withArgs(Exceptions.StopIteration, PyInt.of(idx));
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static int skipWhitespace(String s, int i) {
        int n = s.length();
        while (i < n && isWhitespace(s.charAt(i))) i++;
        return i;
    }

    /** One JSON term at {@code idx}; sets {@code doc.next}. StopIteration(idx) when there is none. */
    private Object scan(Doc doc, PyDict memo, int idx) {
        String s = doc.text;
        int n = s.length();
        if (idx >= n) throw stopIteration(doc.toCodePoint(idx));
        switch (s.charAt(idx)) {
            case '"':
                return scanString(doc, idx + 1, strict);
            case '{':
                return nested(doc, memo, idx, true);
            case '[':
                return nested(doc, memo, idx, false);
            case 'n':
                if (s.startsWith("null", idx)) return literal(doc, idx + 4, PyNone.NONE);
                break;
            case 't':
                if (s.startsWith("true", idx)) return literal(doc, idx + 4, PyBool.TRUE);
                break;
            case 'f':
                if (s.startsWith("false", idx)) return literal(doc, idx + 5, PyBool.FALSE);
                break;
            case 'N':
                if (s.startsWith("NaN", idx)) return constant(doc, "NaN", idx);
                break;
            case 'I':
                if (s.startsWith("Infinity", idx)) return constant(doc, "Infinity", idx);
                break;
            case '-':
                if (s.startsWith("-Infinity", idx)) return constant(doc, "-Infinity", idx);
                break;
            default:
                break;
        }
        return number(doc, idx);
    }

    private static Object literal(Doc doc, int end, Object value) {
        doc.next = end;
        return value;
    }

    private Object constant(Doc doc, String name, int idx) {
        Object value = Abstract.call(parseConstant, new PyStr(name));
        doc.next = idx + name.length();
        return value;
    }

    private Object nested(Doc doc, PyDict memo, int idx, boolean object) {
        ThreadState ts = ThreadState.current();
        ts.enterRecursiveCall(object ? " while decoding a JSON object from a unicode string"
                : " while decoding a JSON array from a unicode string");
        try {
            return object ? parseObject(doc, memo, idx + 1) : parseArray(doc, memo, idx + 1);
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    private Object parseObject(Doc doc, PyDict memo, int idx) {
        String s = doc.text;
        int n = s.length();
        boolean pairs = objectPairsHook != PyNone.NONE;
        PyList pairList = pairs ? new PyList() : null;
        PyDict dict = pairs ? null : new PyDict();
        idx = skipWhitespace(s, idx);
        if (idx >= n || s.charAt(idx) != '}') {
            while (true) {
                if (idx >= n || s.charAt(idx) != '"') throw doc.error("Expecting property name enclosed in double quotes", idx);
                PyStr scanned = scanString(doc, idx + 1, strict);
                Object key = memo.setDefault(scanned, scanned);
                idx = skipWhitespace(s, doc.next);
                if (idx >= n || s.charAt(idx) != ':') throw doc.error("Expecting ':' delimiter", idx);
                idx = skipWhitespace(s, idx + 1);
                Object value = scan(doc, memo, idx);
                if (pairs) pairList.append(PyTuple.of(key, value));
                else dict.setItem(key, value);
                idx = skipWhitespace(s, doc.next);
                if (idx < n && s.charAt(idx) == '}') break;
                if (idx >= n || s.charAt(idx) != ',') throw doc.error("Expecting ',' delimiter", idx);
                int comma = idx;
                idx = skipWhitespace(s, idx + 1);
                if (idx < n && s.charAt(idx) == '}') throw doc.error("Illegal trailing comma before end of object", comma);
            }
        }
        int end = idx + 1;
        Object result;
        if (pairs) result = Abstract.call(objectPairsHook, pairList);
        else if (objectHook != PyNone.NONE) result = Abstract.call(objectHook, dict);
        else result = dict;
        doc.next = end;
        return result;
    }

    private Object parseArray(Doc doc, PyDict memo, int idx) {
        String s = doc.text;
        int n = s.length();
        PyList list = new PyList();
        idx = skipWhitespace(s, idx);
        if (idx >= n || s.charAt(idx) != ']') {
            while (true) {
                list.append(scan(doc, memo, idx));
                idx = skipWhitespace(s, doc.next);
                if (idx < n && s.charAt(idx) == ']') break;
                if (idx >= n || s.charAt(idx) != ',') throw doc.error("Expecting ',' delimiter", idx);
                int comma = idx;
                idx = skipWhitespace(s, idx + 1);
                if (idx < n && s.charAt(idx) == ']') throw doc.error("Illegal trailing comma before end of array", comma);
            }
        }
        doc.next = idx + 1;
        return list;
    }

    private static boolean isDigit(String s, int i) {
        if (i >= s.length()) return false;
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    /** A JSON number at {@code start} (the grammar of CPython's _match_number_unicode). */
    private Object number(Doc doc, int start) {
        String s = doc.text;
        int n = s.length();
        int idx = start;
        if (s.charAt(idx) == '-') {
            idx++;
            if (idx >= n) throw stopIteration(doc.toCodePoint(start));
        }
        char first = s.charAt(idx);
        if (first >= '1' && first <= '9') {
            idx++;
            while (isDigit(s, idx)) idx++;
        } else if (first == '0') {
            idx++;
        } else {
            throw stopIteration(doc.toCodePoint(start));
        }
        boolean isFloat = false;
        if (idx < n - 1 && s.charAt(idx) == '.' && isDigit(s, idx + 1)) {
            isFloat = true;
            idx += 2;
            while (isDigit(s, idx)) idx++;
        }
        if (idx < n - 1 && (s.charAt(idx) == 'e' || s.charAt(idx) == 'E')) {
            int exponentStart = idx;
            idx++;
            if (idx < n - 1 && (s.charAt(idx) == '-' || s.charAt(idx) == '+')) idx++;
            while (isDigit(s, idx)) idx++;
            if (isDigit(s, idx - 1)) isFloat = true;
            else idx = exponentStart;
        }
        String text = s.substring(start, idx);
        Object value;
        if (isFloat) {
            value = parseFloat == PyFloat.TYPE ? new PyFloat(Double.parseDouble(text)) : Abstract.call(parseFloat, new PyStr(text));
        } else if (parseInt != PyInt.TYPE) {
            value = Abstract.call(parseInt, new PyStr(text));
        } else {
            // up to 18 digits fit a long; longer ones go through int() for its digit limit
            value = text.length() <= 18 ? PyInt.of(Long.parseLong(text)) : Abstract.call(PyInt.TYPE, new PyStr(text));
        }
        doc.next = idx;
        return value;
    }

    // ---- strings ----

    /** {@code _json.scanstring(string, end, strict=True)}. */
    static Object scanstring(Object string, Object endObj, Object strictObj) {
        PyStr pystr = requireStr(string);
        long end = PyInt.asInt(Abstract.index(endObj)).longValue();
        boolean strict = strictObj == null || Abstract.isTrue(strictObj);
        if (end < 0 || end > pystr.length()) throw Errors.valueError("end is out of bounds");
        Doc doc = new Doc(pystr);
        Object value = scanString(doc, doc.toUtf16((int) end), strict);
        return PyTuple.of(value, PyInt.of(doc.toCodePoint(doc.next)));
    }

    /** The JSON string whose body starts at {@code end} (after the quote); sets {@code doc.next}. */
    static PyStr scanString(Doc doc, int end, boolean strict) {
        String s = doc.text;
        int n = s.length();
        int begin = end - 1;
        StringBuilder out = null;
        while (true) {
            int next = end;
            char c = 0;
            for (; next < n; next++) {
                c = s.charAt(next);
                if (c == '"' || c == '\\') break;
                if (c <= 0x1f && strict) throw doc.error("Invalid control character at", next);
            }
            if (next >= n) throw doc.error("Unterminated string starting at", begin);
            if (c == '"' && out == null) {
                doc.next = next + 1;
                return new PyStr(s.substring(end, next));
            }
            if (out == null) out = new StringBuilder(next - end + 16);
            out.append(s, end, next);
            next++;
            if (c == '"') {
                doc.next = next;
                return new PyStr(out.toString());
            }
            if (next == n) throw doc.error("Unterminated string starting at", begin);
            c = s.charAt(next);
            if (c != 'u') {
                end = next + 1;
                char unescaped = switch (c) {
                    case '"', '\\', '/' -> c;
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> 0;
                };
                if (unescaped == 0) throw doc.error("Invalid \\escape", end - 2);
                out.append(unescaped);
                continue;
            }
            next++;
            end = next + 4;
            if (end >= n) throw doc.error("Invalid \\uXXXX escape", next - 1);
            int code = hex4(doc, next);
            if (Character.isHighSurrogate((char) code) && end + 6 < n && s.charAt(end) == '\\' && s.charAt(end + 1) == 'u') {
                int low = hex4(doc, end + 2);
                if (Character.isLowSurrogate((char) low)) {
                    out.appendCodePoint(Character.toCodePoint((char) code, (char) low));
                    end += 6;
                    continue;
                }
            }
            out.append((char) code);
        }
    }

    /** The value of the four hex digits at {@code at}; the error points at the 'u' before them. */
    private static int hex4(Doc doc, int at) {
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            char c = doc.text.charAt(i);
            boolean asciiHex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!asciiHex) throw doc.error("Invalid \\uXXXX escape", at - 1);
            value = (value << 4) | Character.digit(c, 16);
        }
        return value;
    }
}
