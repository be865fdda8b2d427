package org.ember.runtime;

/**
 * An instance of a class defined in Python (other than an exception class). When the class
 * derives from a builtin type other than object, {@link #base} holds the builtin part (e.g. the
 * {@link PyList} of an instance of {@code class C(list)}); builtin methods called on the
 * instance operate on it, and those that return self return the instance.
 */
public final class PyInstance extends PyHeapObject {

    /** The builtin value this instance extends, or null when the builtin base is object. */
    public final PyObject base;

    public PyInstance(PyType type, PyObject base) {
        super(type);
        this.base = base;
    }

    public PyInstance(PyType type) {
        this(type, null);
    }
}
