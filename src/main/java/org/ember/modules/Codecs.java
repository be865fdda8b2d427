package org.ember.modules;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/**
 * {@code _codecs} (basic): {@code encode}/{@code decode} with the built-in text codecs of
 * {@link org.ember.runtime.Codecs}, and {@code _canonical_name} (Ember's own helper) for the small
 * {@code codecs} module in Ember's Lib, which builds {@code lookup()}'s CodecInfo from it, and
 * CPython's {@code utf_7_encode}/{@code utf_7_decode} (the decoder's {@code final} flag drives
 * UTF-7's incremental decoder and stream reader).
 * There is no codec registry yet: {@code register}/{@code register_error} are not provided.
 */
public final class Codecs {
    private Codecs() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_codecs");
        def(m, ArgSpec.keywords("encode", 1, 1, 3, "obj", "encoding", "errors"), (self, a) -> encode(a[0], a[1], a[2]));
        def(m, ArgSpec.keywords("decode", 1, 1, 3, "obj", "encoding", "errors"), (self, a) -> decode(a[0], a[1], a[2]));
        def(m, ArgSpec.one("_canonical_name"), (self, a) -> new PyStr(org.ember.runtime.Codecs.canonicalName(text(a[0], "lookup", 1))));
        def(m, ArgSpec.keywords("utf_7_encode", 1, 1, 2, "str", "errors"), (self, a) -> utf7Encode(a[0], a[1]));
        def(m, ArgSpec.keywords("utf_7_decode", 1, 1, 3, "data", "errors", "final"), (self, a) -> utf7Decode(a[0], a[1], a[2]));
        return m;
    }

    /** _codecs.utf_7_encode(str, errors=None): (bytes, characters consumed). */
    private static Object utf7Encode(Object obj, Object errorsArg) {
        optionalText(errorsArg, "utf_7_encode", 2);
        PyStr s = PyStr.asStr(obj);
        if (s == null) throw Errors.typeError("utf_7_encode() argument 1 must be str, not %s", Abstract.typeName(obj));
        return PyTuple.of(new PyBytes(org.ember.runtime.Utf7.encode(s)), PyInt.of(s.length()));
    }

    /** _codecs.utf_7_decode(data, errors=None, final=False): (str, bytes consumed); not final keeps an open shift sequence back. */
    private static Object utf7Decode(Object data, Object errorsArg, Object finalArg) {
        String errors = optionalText(errorsArg, "utf_7_decode", 2);
        byte[] b = PyBuffer.bytesOf(data);
        if (b == null) throw Errors.typeError("a bytes-like object is required, not '%s'", Abstract.typeName(data));
        boolean last = finalArg != null && Abstract.isTrue(finalArg);
        org.ember.runtime.Utf7.Decoded d = org.ember.runtime.Utf7.decode(b, errors == null ? "strict" : errors, last);
        return PyTuple.of(d.text(), PyInt.of(d.consumed()));
    }

    /** An errors argument: None or absent means the default (null). */
    private static String optionalText(Object o, String fn, int position) {
        if (o == null || o == org.ember.runtime.PyNone.NONE) return null;
        PyStr s = PyStr.asStr(o);
        if (s == null) throw Errors.typeError("%s() argument %d must be str or None, not %s", fn, position, Abstract.typeName(o));
        return s.value();
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }

    private static String text(Object o, String fn, int position) {
        PyStr s = PyStr.asStr(o);
        if (s == null) throw Errors.typeError("%s() argument %d must be str, not %s", fn, position, Abstract.typeName(o));
        return s.value();
    }

    /** The name of the C function CPython's codec would run ("utf_8_encode"), for its messages. */
    private static String functionName(String canonical, String suffix) {
        String base = canonical.equals("iso8859-1") ? "latin_1"
                : org.ember.runtime.Codecs.isCharmap(canonical) ? "charmap" : canonical.replace('-', '_');
        return base + "_" + suffix;
    }

    private static Object encode(Object obj, Object encodingArg, Object errorsArg) {
        String encoding = encodingArg == null ? "utf-8" : text(encodingArg, "encode", 2);
        String errors = errorsArg == null ? "strict" : text(errorsArg, "encode", 3);
        String canonical = org.ember.runtime.Codecs.canonicalName(encoding);
        PyStr s = PyStr.asStr(obj);
        if (s == null) {
            throw Errors.typeError("%s() argument 1 must be str, not %s", functionName(canonical, "encode"), Abstract.typeName(obj));
        }
        return new PyBytes(org.ember.runtime.Codecs.encode(s, encoding, errors));
    }

    private static Object decode(Object obj, Object encodingArg, Object errorsArg) {
        String encoding = encodingArg == null ? "utf-8" : text(encodingArg, "decode", 2);
        String errors = errorsArg == null ? "strict" : text(errorsArg, "decode", 3);
        String canonical = org.ember.runtime.Codecs.canonicalName(encoding);
        byte[] b = PyBuffer.bytesOf(obj);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '%s'", Abstract.typeName(obj));
        }
        return org.ember.runtime.Codecs.decode(b, encoding, errors);
    }
}
