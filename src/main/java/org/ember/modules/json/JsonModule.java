package org.ember.modules.json;

import org.ember.runtime.ArgSpec;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;

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
        m.dict().setItem(new PyStr("scanstring"), new PyBuiltinFunction(ArgSpec.positional("scanstring", 2, 3), m,
                (self, a) -> JsonScanner.scanstring(a[0], a[1], a[2])));
        return m;
    }
}
