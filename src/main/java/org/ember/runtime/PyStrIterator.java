package org.ember.runtime;

/** {@code str_ascii_iterator} / {@code str_iterator}: yields one-character strings by code point. */
public final class PyStrIterator extends PyObject {

    public static final PyType ASCII_TYPE = iteratorType("str_ascii_iterator");
    public static final PyType TYPE = iteratorType("str_iterator");

    private static PyType iteratorType(String name) {
        return PyType.builtin(name, PyStrIterator.class)
                .slots(t -> {
                    t.iter = self -> self;
                    t.iternext = self -> ((PyStrIterator) self).next();
                })
                .dict(d -> {
                    d.method0("__length_hint__", self -> PyInt.of(((PyStrIterator) self).remaining()));
                    d.method0("__reduce__", self -> ((PyStrIterator) self).reduce());
                    d.method1("__setstate__", (self, state) -> {
                        ((PyStrIterator) self).setState(IteratorState.position(state));
                        return PyNone.NONE;
                    });
                })
                .build();
    }

    /** (iter, (str,), index); (iter, ('',)) once exhausted. */
    private synchronized Object reduce() {
        if (exhausted) return IteratorState.reduceExhausted(IteratorState.builtin("iter"), PyStr.EMPTY);
        return IteratorState.reduce(IteratorState.builtin("iter"), str, index);
    }

    private synchronized void setState(long position) {
        if (!exhausted) index = (int) IteratorState.clamp(position, 0, str.length());
    }

    /** One-character strings for Latin-1, shared as CPython shares them. */
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int c = 0; c < LATIN1.length; c++) LATIN1[c] = new PyStr(String.valueOf((char) c));
    }

    private final PyStr str;
    private final boolean ascii;
    private int index;
    /** Set when next() has reported the end (CPython then drops the string). */
    private boolean exhausted;

    PyStrIterator(PyStr str) {
        this.str = str;
        this.ascii = str.value().chars().allMatch(c -> c < 128);
    }

    @Override
    public PyType type() {
        return ascii ? ASCII_TYPE : TYPE;
    }

    static PyStr charAt(PyStr s, int i) {
        int cp = s.codePointAt(i);
        return cp < 256 ? LATIN1[cp] : new PyStr(Character.toString(cp));
    }

    private synchronized Object next() {
        if (index >= str.length()) {
            exhausted = true;
            return null;
        }
        return charAt(str, index++);
    }

    private int remaining() {
        return Math.max(0, str.length() - index);
    }
}
