package org.ember.runtime;

/**
 * {@code dict_keyiterator} / {@code dict_valueiterator} / {@code dict_itemiterator}: walks the
 * entry arrays in insertion order; RuntimeError if the dict changes size meanwhile, or hands out
 * more entries than it had (keys deleted and others added: "dictionary keys changed during
 * iteration"), as CPython. Pickled as CPython does: iter() of a list of what is left.
 */
public final class PyDictIterator extends PyObject {

    public enum Kind { KEYS, VALUES, ITEMS }

    public static final PyType KEYS_TYPE = iteratorType("dict_keyiterator");
    public static final PyType VALUES_TYPE = iteratorType("dict_valueiterator");
    public static final PyType ITEMS_TYPE = iteratorType("dict_itemiterator");
    public static final PyType REVERSE_KEYS_TYPE = iteratorType("dict_reversekeyiterator");
    public static final PyType REVERSE_VALUES_TYPE = iteratorType("dict_reversevalueiterator");
    public static final PyType REVERSE_ITEMS_TYPE = iteratorType("dict_reverseitemiterator");

    private static PyType iteratorType(String name) {
        return PyType.builtin(name, PyDictIterator.class)
                .slots(t -> {
                    t.iter = self -> self;
                    t.iternext = self -> ((PyDictIterator) self).next();
                })
                .dict(d -> {
                    d.method0("__length_hint__", self -> PyInt.of(((PyDictIterator) self).remaining()));
                    d.method0("__reduce__", self -> PyTuple.of(IteratorState.builtin("iter"),
                            PyTuple.of(((PyDictIterator) self).rest())));
                })
                .build();
    }

    private final PyDict dict;
    private final Kind kind;
    private final int expectedSize;
    private int position;
    private boolean exhausted;
    /** Items handed out so far (for __length_hint__). */
    private int returned;

    /** reversed(dict) and reversed(view): from the newest entry to the oldest. */
    private final boolean reverse;

    PyDictIterator(PyDict dict, Kind kind) {
        this(dict, kind, false);
    }

    PyDictIterator(PyDict dict, Kind kind, boolean reverse) {
        this.dict = dict;
        this.kind = kind;
        this.expectedSize = dict.size();
        this.reverse = reverse;
        this.position = reverse ? dict.entryEnd() - 1 : 0;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> reverse ? REVERSE_KEYS_TYPE : KEYS_TYPE;
            case VALUES -> reverse ? REVERSE_VALUES_TYPE : VALUES_TYPE;
            case ITEMS -> reverse ? REVERSE_ITEMS_TYPE : ITEMS_TYPE;
        };
    }

    /** As CPython's dictiter_len: what is left while the dict keeps its size, else 0. */
    private synchronized int remaining() {
        return !exhausted && dict.size() == expectedSize ? expectedSize - returned : 0;
    }

    private synchronized Object next() {
        if (exhausted) return null;
        if (dict.size() != expectedSize) {
            exhausted = true;
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        while (true) {
            Object[] entry = reverse ? (position < 0 ? PyDict.END : dict.entryAt(position--)) : dict.entryAt(position++);
            if (entry == PyDict.END) {
                exhausted = true;
                return null;
            }
            if (entry == null) continue;
            if (returned == expectedSize) {   // same size, yet one entry more: keys were replaced
                exhausted = true;
                throw Errors.runtimeError("dictionary keys changed during iteration");
            }
            returned++;
            return item(entry);
        }
    }

    private Object item(Object[] entry) {
        return switch (kind) {
            case KEYS -> entry[0];
            case VALUES -> entry[1];
            case ITEMS -> PyTuple.of(entry[0], entry[1]);
        };
    }

    /** The items this iterator has yet to give, without consuming them (__reduce__). */
    private synchronized PyList rest() {
        PyList out = new PyList();
        if (exhausted || dict.size() != expectedSize) return out;
        for (int i = position, left = expectedSize - returned; left > 0; ) {
            Object[] entry = reverse ? (i < 0 ? PyDict.END : dict.entryAt(i--)) : dict.entryAt(i++);
            if (entry == PyDict.END) break;
            if (entry == null) continue;
            out.append(item(entry));
            left--;
        }
        return out;
    }
}
