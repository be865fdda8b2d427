package org.ember.runtime;

/**
 * UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their five-argument
 * constructors (encoding, object, start, end, reason), attributes and CPython's messages
 * ("'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)").
 */
public final class UnicodeErrors {
    private UnicodeErrors() {}

    static void installSlots() {
        Exceptions.UnicodeEncodeError.str = self -> new PyStr(message((PyBaseException) self, Kind.ENCODE));
        Exceptions.UnicodeDecodeError.str = self -> new PyStr(message((PyBaseException) self, Kind.DECODE));
        Exceptions.UnicodeTranslateError.str = self -> new PyStr(message((PyBaseException) self, Kind.TRANSLATE));
    }

    private enum Kind { ENCODE, DECODE, TRANSLATE }

    private static Kind kindOf(PyType t) {
        if (t.isSubtype(Exceptions.UnicodeEncodeError)) return Kind.ENCODE;
        if (t.isSubtype(Exceptions.UnicodeDecodeError)) return Kind.DECODE;
        if (t.isSubtype(Exceptions.UnicodeTranslateError)) return Kind.TRANSLATE;
        return null;
    }

    /** Checks and stores the constructor arguments of the three concrete Unicode errors. */
    static void init(PyBaseException e, PyTuple args) {
        Kind kind = kindOf(e.type());
        if (kind == null) return;
        int expected = kind == Kind.TRANSLATE ? 4 : 5;
        if (args.size() != expected) {
            throw Errors.typeError("function takes exactly %d arguments (%d given)", expected, args.size());
        }
        int i = 0;
        if (kind != Kind.TRANSLATE) e.setField(ExceptionFields.UNICODE_ERROR_ENCODING, requireStr(args.get(i++), 1));
        else e.setField(ExceptionFields.UNICODE_ERROR_ENCODING, null);
        Object object = args.get(i++);
        if (kind == Kind.DECODE) {
            byte[] b = PyBuffer.bytesOf(object);
            if (b == null) throw Errors.typeError("a bytes-like object is required, not '%s'", Abstract.typeName(object));
            object = PyBytes.asBytes(object) != null ? object : new PyBytes(b);
        } else {
            requireStr(object, kind == Kind.TRANSLATE ? 1 : 2);
        }
        e.setField(ExceptionFields.UNICODE_ERROR_OBJECT, object);
        e.setField(ExceptionFields.UNICODE_ERROR_START, requireInt(args.get(i++), i));
        e.setField(ExceptionFields.UNICODE_ERROR_END, requireInt(args.get(i++), i));
        e.setField(ExceptionFields.UNICODE_ERROR_REASON, requireStr(args.get(i), i + 1));
    }

    private static Object requireStr(Object o, int position) {
        if (PyStr.asStr(o) == null) throw Errors.typeError("argument %d must be str, not %s", position, Abstract.typeName(o));
        return o;
    }

    /** An index-sized int (the 'n' argument format: __index__ accepted), stored as a plain int. */
    private static Object requireInt(Object o, int position) {
        PyInt value = Abstract.index(o);
        if (!value.fitsLong()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return PyInt.of(value.longValue());
    }

    private static String message(PyBaseException e, Kind kind) {
        Object encoding = e.field(ExceptionFields.UNICODE_ERROR_ENCODING), object = e.field(ExceptionFields.UNICODE_ERROR_OBJECT), reason = e.field(ExceptionFields.UNICODE_ERROR_REASON);
        Object startObj = e.field(ExceptionFields.UNICODE_ERROR_START), endObj = e.field(ExceptionFields.UNICODE_ERROR_END);
        boolean objectFits = kind == Kind.DECODE ? PyBuffer.of(object) != null : PyStr.asStr(object) != null;
        if (object == null || reason == null || startObj == null || endObj == null || !objectFits
                || PyInt.asInt(startObj) == null || PyInt.asInt(endObj) == null) {
            // attributes replaced by the user: fall back to BaseException's str
            return e.args().size() == 0 ? "" : Abstract.str(e.args().size() == 1 ? e.args().get(0) : e.args()).value();
        }
        long start = Abstract.asSize(startObj, null), end = Abstract.asSize(endObj, null);
        long length = kind == Kind.DECODE ? PyBuffer.of(object).byteLength() : PyStr.asStr(object).length();
        String reasonText = Abstract.str(reason).value();
        String codec = kind == Kind.TRANSLATE ? "" : "'" + Abstract.str(encoding).value() + "' codec ";
        String verb = switch (kind) {
            case ENCODE -> "can't encode";
            case DECODE -> "can't decode";
            case TRANSLATE -> "can't translate";
        };
        if (start >= 0 && start < length && end == start + 1) {
            String what;
            if (kind == Kind.DECODE) {
                what = String.format("byte 0x%02x", PyBuffer.of(object).toByteArray()[(int) start] & 0xFF);
            } else {
                int cp = PyStr.asStr(object).codePointAt((int) start);
                String escaped = cp <= 0xFF ? String.format("\\x%02x", cp) : cp <= 0xFFFF ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                what = "character '" + escaped + "'";
            }
            return codec + verb + " " + what + " in position " + start + ": " + reasonText;
        }
        String what = kind == Kind.DECODE ? "bytes" : "characters";
        return codec + verb + " " + what + " in position " + start + "-" + (end - 1) + ": " + reasonText;
    }

    /** A UnicodeEncodeError ready to throw. */
    public static PyException encodeError(String encoding, PyStr object, int start, int end, String reason) {
        return make(Exceptions.UnicodeEncodeError, new PyStr(encoding), object, start, end, reason);
    }

    /** A UnicodeDecodeError ready to throw. */
    public static PyException decodeError(String encoding, byte[] object, int start, int end, String reason) {
        return make(Exceptions.UnicodeDecodeError, new PyStr(encoding), new PyBytes(object), start, end, reason);
    }

    private static PyException make(PyType type, Object encoding, Object object, int start, int end, String reason) {
        PyTuple args = PyTuple.of(encoding, object, PyInt.of(start), PyInt.of(end), new PyStr(reason));
        PyBaseException e = PyBaseException.create(type, args);
        return e.toThrow();
    }
}
