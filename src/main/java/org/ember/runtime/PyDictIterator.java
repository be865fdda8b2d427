package org.ember.runtime;

/**
 * {@code dict_keyiterator} / {@code dict_valueiterator} / {@code dict_itemiterator}: walks the
 * entry arrays in insertion order; RuntimeError if the dict changes size meanwhile, as CPython.
 */
public final class PyDictIterator extends PyObject {

    public enum Kind { KEYS, VALUES, ITEMS }

    public static final PyType KEYS_TYPE = iteratorType("dict_keyiterator");
    public static final PyType VALUES_TYPE = iteratorType("dict_valueiterator");
    public static final PyType ITEMS_TYPE = iteratorType("dict_itemiterator");

    private static PyType iteratorType(String name) {
        return PyType.builtin(name, PyDictIterator.class)
                .slots(t -> {
                    t.iter = self -> self;
                    t.iternext = self -> ((PyDictIterator) self).next();
                })
                .build();
    }

    private final PyDict dict;
    private final Kind kind;
    private final int expectedSize;
    private int position;
    private boolean exhausted;

    PyDictIterator(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
        this.expectedSize = dict.size();
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> KEYS_TYPE;
            case VALUES -> VALUES_TYPE;
            case ITEMS -> ITEMS_TYPE;
        };
    }

    private synchronized Object next() {
        if (exhausted) return null;
        if (dict.size() != expectedSize) {
            exhausted = true;
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        while (true) {
            Object[] entry = dict.entryAt(position++);
            if (entry == PyDict.END) {
                exhausted = true;
                return null;
            }
            if (entry == null) continue;
            return switch (kind) {
                case KEYS -> entry[0];
                case VALUES -> entry[1];
                case ITEMS -> PyTuple.of(entry[0], entry[1]);
            };
        }
    }
}
