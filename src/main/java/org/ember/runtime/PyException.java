package org.ember.runtime;

/**
 * The one Java exception that carries a Python exception through Java code. It never fills in a
 * Java stack trace (that would cost more than the Python exception itself); the Python traceback
 * lives on the {@link PyBaseException}.
 */
public final class PyException extends RuntimeException {

    public final PyBaseException value;

    /**
     * Whether implicit chaining (__context__) has been done for this raise: CPython sets the context
     * once, where the exception is raised, so the frames it later passes through (even ones handling
     * another exception) must not chain it again. Set by the interpreter's unwinding.
     */
    public boolean contextChained;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** Whether the carried exception is an instance of {@code type} (an exception class). */
    public boolean matches(PyType type) {
        return value.type().isSubtype(type);
    }

    @Override
    public String getMessage() {
        try {
            String text = Abstract.str(value).value();
            return text.isEmpty() ? value.type().name() : value.type().name() + ": " + text;
        } catch (RuntimeException e) {
            return value.type().name();
        }
    }
}
