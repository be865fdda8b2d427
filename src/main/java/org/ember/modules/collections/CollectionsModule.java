package org.ember.modules.collections;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.BinOp;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyInstance;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * {@code _collections}: the accelerators collections/__init__.py imports under CPython's names:
 * {@code deque}, {@code defaultdict}, {@code _deque_iterator}, {@code _deque_reverse_iterator},
 * {@code _tuplegetter} and {@code _count_elements} (Counter's inner loop).
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_collections");
        m.dict().setItem(new PyStr("__doc__"), new PyStr("High performance data structures.\n"
                + "- deque:        ordered collection accessible from endpoints only\n"
                + "- defaultdict:  dict subclass with a default value factory\n"));
        m.dict().setItem(new PyStr("deque"), PyDeque.TYPE);
        m.dict().setItem(new PyStr("defaultdict"), DefaultDict.create());
        m.dict().setItem(new PyStr("_deque_iterator"), DequeIterator.FORWARD);
        m.dict().setItem(new PyStr("_deque_reverse_iterator"), DequeIterator.REVERSE);
        m.dict().setItem(new PyStr("_tuplegetter"), TupleGetter.TYPE);
        m.dict().setItem(new PyStr("_count_elements"), new PyBuiltinFunction(ArgSpec.positional("_count_elements", 2, 2), m,
                (self, a) -> countElements(a[0], a[1])));
        m.dict().setItem(new PyStr("_chainmap_methods"), new PyBuiltinFunction(ArgSpec.one("_chainmap_methods"), m,
                (self, a) -> ChainMapMethods.methodsFor(a[0])));
        m.dict().setItem(new PyStr("_odict_methods"), new PyBuiltinFunction(ArgSpec.one("_odict_methods"), m,
                (self, a) -> OrderedDictMethods.methodsFor(a[0])));
        return m;
    }

    /**
     * {@code mapping[x] = mapping.get(x, 0) + 1} for each x of the iterable; straight on the dict
     * when the mapping's get and __setitem__ are dict's own (a Counter's are).
     */
    private static Object countElements(Object mapping, Object iterable) {
        Object it = Abstract.getIter(iterable);
        PyDict dict = plainDictBehaviour(mapping);
        if (dict != null) {
            for (Object item = Abstract.next(it); item != null; item = Abstract.next(it)) {
                long hash = Abstract.hash(item); // once for the lookup and the store, as CPython
                Object old = dict.getItemKnownHash(item, hash);
                dict.setItemKnownHash(item, hash, old == null ? PyInt.ONE : increment(old));
            }
            return PyNone.NONE;
        }
        Object get = Abstract.getAttr(mapping, "get");
        for (Object item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            Object old = Abstract.call(get, item, PyInt.ZERO);
            Abstract.setItem(mapping, item, Abstract.binaryOp(old, PyInt.ONE, BinOp.ADD));
        }
        return PyNone.NONE;
    }

    /** old + 1, without the generic binary operation for an exact int in the long range. */
    private static Object increment(Object old) {
        if (old.getClass() == PyInt.class && ((PyInt) old).fitsLong()) {
            long v = ((PyInt) old).longValue();
            if (v < Long.MAX_VALUE) return PyInt.of(v + 1);
        }
        return Abstract.binaryOp(old, PyInt.ONE, BinOp.ADD);
    }

    private static PyDict plainDictBehaviour(Object mapping) {
        PyDict dict = mapping instanceof PyDict d ? d : mapping instanceof PyInstance i && i.base instanceof PyDict d ? d : null;
        if (dict == null || dict == mapping) return dict;
        PyType type = Abstract.typeOf(mapping);
        boolean ownGet = type.lookup("get") == PyDict.TYPE.lookup("get");
        boolean ownSet = type.lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__");
        return ownGet && ownSet ? dict : null;
    }
}
