package org.ember.runtime;

/**
 * Every Python value is a Java object of this hierarchy. Java {@code null} is never a Python
 * value: the interpreter uses it for CPython's NULL (empty stack slots, unbound locals), and
 * the runtime uses it for "no result" where CPython returns NULL without an exception
 * (an exhausted {@code iternext}, an absent dict key, a deleted attribute value).
 *
 * <p>{@link #toString()} is for Java debugging only; Python's repr/str go through
 * {@link Abstract#repr} and {@link Abstract#str}, which honour overridden special methods.
 */
public abstract class PyObject {

    /** The Python type of this value: {@code type(x)}. */
    public abstract PyType type();

    @Override
    public String toString() {
        try {
            return Abstract.repr(this).value();
        } catch (RuntimeException e) {
            return "<" + type().name() + " object>";
        }
    }
}
