package org.ember.runtime;

/** {@code str.maketrans} and {@code str.translate}, with CPython's checks and messages. */
final class StrTranslate {
    private StrTranslate() {}

    static void fill(TypeBuilder d) {
        d.staticMethod("maketrans", ArgSpec.positional("maketrans", 1, 3), (self, a) -> maketrans(a[0], a[1], a[2]));
        d.method1("translate", (self, table) -> translate(PyStr.asStr(self), table));
    }

    private static PyDict maketrans(Object x, Object y, Object z) {
        PyDict result = new PyDict();
        if (y == null) {
            if (!(Abstract.builtinPart(x) instanceof PyDict mapping)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (Object key : mapping.keys()) {
                Object value = mapping.getItem(key);
                if (Abstract.builtinPart(key) instanceof PyStr s) {
                    if (s.length() != 1) throw Errors.valueError("string keys in translate table must be of length 1");
                    result.setItem(PyInt.of(s.codePointAt(0)), value);
                } else if (PyInt.asInt(key) != null) {
                    result.setItem(key, value);
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return result;
        }
        if (!(Abstract.builtinPart(x) instanceof PyStr from)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        if (!(Abstract.builtinPart(y) instanceof PyStr to)) {
            throw Errors.typeError("maketrans() argument 2 must be str, not %s", Abstract.typeName(y));
        }
        if (from.length() != to.length()) throw Errors.valueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < from.length(); i++) result.setItem(PyInt.of(from.codePointAt(i)), PyInt.of(to.codePointAt(i)));
        if (z != null) {
            if (!(Abstract.builtinPart(z) instanceof PyStr deleted)) {
                throw Errors.typeError("maketrans() argument 3 must be str, not %s", Abstract.typeName(z));
            }
            for (int i = 0; i < deleted.length(); i++) result.setItem(PyInt.of(deleted.codePointAt(i)), PyNone.NONE);
        }
        return result;
    }

    private static PyStr translate(PyStr s, Object table) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int cp = s.codePointAt(i);
            Object mapped;
            try {
                mapped = Abstract.getItem(table, PyInt.of(cp));
            } catch (PyException e) {
                if (!e.matches(Exceptions.LookupError)) throw e;
                out.appendCodePoint(cp);
                continue;
            }
            if (mapped == PyNone.NONE) continue;
            if (PyInt.asInt(mapped) != null) {
                PyInt code = PyInt.asInt(mapped);
                if (!code.fitsLong() || code.longValue() < 0 || code.longValue() > 0x10FFFF) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                out.appendCodePoint((int) code.longValue());
            } else if (Abstract.builtinPart(mapped) instanceof PyStr str) {
                out.append(str.value());
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return new PyStr(out.toString());
    }
}
