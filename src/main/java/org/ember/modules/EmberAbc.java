package org.ember.modules;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * {@code _ember_abc}: what Ember's pure-Python {@code abc} module needs from the runtime, the
 * part of CPython's C {@code _abc} that Python cannot do: the Py_TPFLAGS_SEQUENCE/MAPPING marks
 * that match statements read. An ABC declares one with {@code __abc_tpflags__} (Sequence,
 * Mapping); {@code register()} passes it on to the registered class and its subclasses.
 */
public final class EmberAbc {
    private EmberAbc() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_ember_abc");
        def(m, ArgSpec.positional("set_collection_flag", 2, 2), (self, a) -> {
            setCollectionFlag(a[0], a[1]);
            return PyNone.NONE;
        });
        def(m, ArgSpec.positional("register_collection", 2, 2), (self, a) -> {
            if (a[0] instanceof PyType abc && a[1] instanceof PyType registered && abc.collectionFlag() != 0) {
                registered.setCollectionFlagRecursive(abc.collectionFlag());
            }
            return PyNone.NONE;
        });
        return m;
    }

    /** An ABC's {@code __abc_tpflags__}: only its sequence/mapping bits count, and not both. */
    private static void setCollectionFlag(Object cls, Object flags) {
        if (!(cls instanceof PyType type) || !(flags instanceof PyInt bits)) return;
        int collection = (int) (bits.longValue() & PyType.COLLECTION_FLAGS);
        if (collection == PyType.COLLECTION_FLAGS) {
            throw Errors.typeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
        }
        if (collection != 0) type.withCollectionFlag(collection);
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
