package org.ember.runtime;

/**
 * An instance of any exception type, builtin or user-defined: one layout with {@code args},
 * the traceback, the cause/context chain and the usual attribute storage. Extra fields of
 * builtin subclasses (OSError.errno, StopIteration.value, ...) are ordinary attributes, set by
 * their {@code __init__}; notes live in the {@code __notes__} attribute as in CPython.
 */
public final class PyBaseException extends PyHeapObject {

    private volatile PyTuple args = PyTuple.EMPTY;
    /** Python None is stored as null in these four. */
    private volatile Object traceback;
    private volatile PyBaseException cause;
    private volatile PyBaseException context;
    private volatile boolean suppressContext;
    /** BaseExceptionGroup only: the message and the sub-exceptions (see {@link ExceptionGroups}). */
    volatile PyStr groupMessage;
    volatile PyTuple groupExceptions;
    /** The fields of builtin subclasses (OSError.errno, StopIteration.value, ...; see {@link ExceptionFields}), or null. */
    private volatile Object[] fields;

    public PyBaseException(PyType type) {
        super(type);
    }

    /** A new exception of {@code type} with {@code args}, initialized as its type's __init__ would. */
    public static PyBaseException create(PyType type, PyTuple args) {
        PyBaseException e = new PyBaseException(type);
        e.args = args;
        Exceptions.initExtraAttributes(e, args);
        return e;
    }

    public PyTuple args() { return args; }
    public void setArgs(PyTuple newArgs) { args = newArgs; }
    public Object traceback() { return traceback; }
    public void setTraceback(Object tb) { traceback = tb; }
    public PyBaseException cause() { return cause; }
    public void setCause(PyBaseException c) { cause = c; suppressContext = true; }
    public void setCauseOnly(PyBaseException c) { cause = c; }
    public PyBaseException context() { return context; }
    public void setContext(PyBaseException c) { context = c; }
    public boolean suppressContext() { return suppressContext; }
    public void setSuppressContext(boolean b) { suppressContext = b; }

    /** A builtin subclass's field by index (see {@link ExceptionFields}), null while unset. */
    public Object field(int index) {
        Object[] current = fields;
        return current == null ? null : current[index];
    }

    /** Sets (or with null, clears) a builtin subclass's field. */
    public synchronized void setField(int index, Object valueOrNull) {
        if (fields == null) {
            if (valueOrNull == null) return;
            fields = new Object[ExceptionFields.MAX_FIELDS];
        }
        fields[index] = valueOrNull;
    }

    /** This exception as a throwable Java exception. */
    public PyException toThrow() {
        return new PyException(this);
    }
}
