package org.ember.modules.binary;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/** Small helpers shared by the binary-data modules (struct, array, binascii, zlib, hashlib). */
final class Defs {
    private Defs() {}

    static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }

    static void set(PyModule m, String name, Object value) {
        m.dict().setItem(new PyStr(name), value);
    }

    /** A JVM-wide exception class {@code module.name} (immutable, like CPython's static types). */
    static PyType exceptionType(String module, String name, PyType base) {
        return PyType.builtin(module + "." + name, PyBaseException.class).module(module).base(base)
                .subclassable().flags(PyType.HAS_DICT).build();
    }

    /** The bytes of a bytes-like argument, with CPython's "a bytes-like object is required" error. */
    static byte[] bytesLike(Object o) {
        return PyBuffer.require(o);
    }

    /** An int argument (via __index__) as a Java int, or OverflowError. */
    static int intArg(Object o) {
        PyInt i = Abstract.index(o);
        if (!i.fitsInt()) throw Errors.overflowError("Python int too large to convert to C int");
        return (int) i.longValue();
    }

    /** A Py_ssize_t argument: OverflowError with CPython's message when it does not fit. */
    static long ssize(Object o) {
        PyInt i = Abstract.index(o);
        if (!i.fitsLong()) throw Errors.overflowError("Python int too large to convert to C ssize_t");
        return i.longValue();
    }

    static PyBytes bytes(byte[] b) {
        return new PyBytes(b);
    }
}
