package org.ember.runtime;

/**
 * Builders for the exceptions the runtime raises. Each returns the {@link PyException} so call
 * sites read {@code throw Errors.typeError("...", ...)}. Formats use {@code %s} and {@code %d}
 * only; messages are CPython's, word for word.
 */
public final class Errors {
    private Errors() {}

    /** An exception of {@code type} with the formatted message as its single argument. */
    public static PyException of(PyType type, String format, Object... args) {
        String message = args.length == 0 ? format : String.format(format, args);
        return new PyException(PyBaseException.create(type, PyTuple.of(new PyStr(message))));
    }

    /** An exception of {@code type} with the given Python arguments. */
    public static PyException withArgs(PyType type, Object... args) {
        return new PyException(PyBaseException.create(type, PyTuple.of(args)));
    }

    public static PyException typeError(String format, Object... args) {
        return of(Exceptions.TypeError, format, args);
    }

    public static PyException valueError(String format, Object... args) {
        return of(Exceptions.ValueError, format, args);
    }

    public static PyException attributeError(String format, Object... args) {
        return of(Exceptions.AttributeError, format, args);
    }

    public static PyException indexError(String format, Object... args) {
        return of(Exceptions.IndexError, format, args);
    }

    public static PyException overflowError(String format, Object... args) {
        return of(Exceptions.OverflowError, format, args);
    }

    public static PyException zeroDivisionError(String format, Object... args) {
        return of(Exceptions.ZeroDivisionError, format, args);
    }

    public static PyException runtimeError(String format, Object... args) {
        return of(Exceptions.RuntimeError, format, args);
    }

    public static PyException recursionError(String format, Object... args) {
        return of(Exceptions.RecursionError, format, args);
    }

    public static PyException systemError(String format, Object... args) {
        return of(Exceptions.SystemError, format, args);
    }

    public static PyException memoryError() {
        return withArgs(Exceptions.MemoryError);
    }

    /** AttributeError for a missing attribute, with its name and obj attributes set (3.10+). */
    public static PyException noAttribute(Object obj, String name, String format, Object... args) {
        PyException e = attributeError(format, args);
        e.value.setField(ExceptionFields.ATTRIBUTE_ERROR_NAME, new PyStr(name));
        e.value.setField(ExceptionFields.ATTRIBUTE_ERROR_OBJ, obj);
        return e;
    }

    /** KeyError carries the key itself, not a message. */
    public static PyException keyError(Object key) {
        return withArgs(Exceptions.KeyError, key);
    }

    public static PyException stopIteration() {
        return withArgs(Exceptions.StopIteration);
    }

    /** The message for a wrong argument type: "must be str, not int". */
    public static PyException mustBe(String what, String expected, Object got) {
        return typeError("%s must be %s, not %s", what, expected, Abstract.typeName(got));
    }
}
