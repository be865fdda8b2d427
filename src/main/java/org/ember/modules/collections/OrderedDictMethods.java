package org.ember.modules.collections;

import java.util.List;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyInstance;
import org.ember.runtime.PyMethodDescr;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * The hot methods of collections.OrderedDict in Java: {@code popitem} and {@code move_to_end}.
 * Ember's dicts keep insertion order, so OrderedDict is a Python dict subclass (in lib/collections)
 * and these only reorder the dict itself. {@code _collections._odict_methods(cls)} makes them as
 * method descriptors of {@code cls} (named like CPython's C methods); collections installs them.
 */
final class OrderedDictMethods {
    private OrderedDictMethods() {}

    static PyDict methodsFor(Object clsObj) {
        if (!(clsObj instanceof PyType cls)) throw Errors.typeError("_odict_methods() argument must be a type");
        PyDict methods = new PyDict();
        put(methods, cls, ArgSpec.keywords("popitem", 0, 0, 1, "last"), (self, a) -> popItem(self, a[0] == null || Abstract.isTrue(a[0])));
        put(methods, cls, ArgSpec.keywords("move_to_end", 0, 1, 2, "key", "last"), (self, a) -> {
            moveToEnd(self, a[0], a[1] == null || Abstract.isTrue(a[1]));
            return PyNone.NONE;
        });
        return methods;
    }

    private static void put(PyDict methods, PyType cls, ArgSpec spec, PyBuiltinFunction.Body body) {
        methods.setItem(new PyStr(spec.name()), new PyMethodDescr(cls, spec, body, false));
    }

    private static PyDict dictOf(Object self) {
        if (self instanceof PyDict d) return d;
        if (self instanceof PyInstance i && i.base instanceof PyDict d) return d;
        throw Errors.typeError("descriptor requires a 'dict' object but received a '%s'", Abstract.typeName(self));
    }

    /** od.popitem(last=True): the last (or first) pair, removed. */
    private static Object popItem(Object self, boolean last) {
        PyDict dict = dictOf(self);
        PyTuple pair;
        if (last) {
            if (dict.size() == 0) throw Errors.withArgs(Exceptions.KeyError, new PyStr("dictionary is empty"));
            pair = dict.popItem();
        } else {
            pair = dict.popFirstItem();
            if (pair == null) throw Errors.withArgs(Exceptions.KeyError, new PyStr("dictionary is empty"));
        }
        return pair;
    }

    /** od.move_to_end(key, last=True); KeyError(key) when absent. */
    private static void moveToEnd(Object self, Object key, boolean last) {
        PyDict dict = dictOf(self);
        long hash = Abstract.hash(key); // an unhashable key: "unhashable type" as CPython's odict, not dict's message
        if (last) {
            if (!dict.moveToEnd(key, hash)) throw Errors.keyError(key);
            return;
        }
        synchronized (dict) {
            Object value = dict.pop(key);
            if (value == null) throw Errors.keyError(key);
            // a dict can only append: rebuild it with the key first
            List<Object[]> rest = dict.entries();
            dict.clear();
            dict.setItem(key, value);
            for (Object[] entry : rest) dict.setItem(entry[0], entry[1]);
        }
    }
}
