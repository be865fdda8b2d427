package org.ember.modules.json;

import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/**
 * {@code _json}: the JSON accelerator json.decoder/json.encoder use when it is present, under
 * CPython's names ({@code scanstring}, {@code make_scanner}, {@code make_encoder},
 * {@code encode_basestring}, {@code encode_basestring_ascii}).
 */
public final class JsonModule {
    private JsonModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_json");
        m.dict().setItem(new PyStr("__doc__"), new PyStr("json speedups\n"));
        m.dict().setItem(new PyStr("make_scanner"), JsonScanner.TYPE);
        m.dict().setItem(new PyStr("make_encoder"), JsonEncoder.TYPE);
        m.dict().setItem(new PyStr("encode_basestring"), JsonEncoder.ENCODE);
        m.dict().setItem(new PyStr("encode_basestring_ascii"), JsonEncoder.ENCODE_ASCII);
        m.dict().setItem(new PyStr("scanstring"), new PyBuiltinFunction(ArgSpec.varargs("scanstring"), m,
                (self, a) -> scanstring((PyTuple) a[0])));
        return m;
    }

    /** scanstring(string, end, strict=True), with PyArg_ParseTuple's arity messages. */
    private static Object scanstring(PyTuple args) {
        int n = args.size();
        if (n < 2) throw Errors.typeError("scanstring() takes at least 2 arguments (%d given)", n);
        if (n > 3) throw Errors.typeError("scanstring() takes at most 3 arguments (%d given)", n);
        return JsonScanner.scanstring(args.get(0), args.get(1), n == 3 ? args.get(2) : null);
    }
}
