package org.ember.runtime;

/**
 * The fields builtin exception types add to BaseException ({@code OSError.errno},
 * {@code StopIteration.value}, ...): member descriptors in the type's dict, as in CPython, whose
 * values live in {@link PyBaseException}'s field array (not the instance dict). Each family
 * numbers its fields from 0; the constants below are those indices, for Java code that reads or
 * sets them. An unset field reads None.
 */
public final class ExceptionFields {
    private ExceptionFields() {}

    /** The largest family (SyntaxError) has nine fields. */
    static final int MAX_FIELDS = 9;

    public static final int STOP_ITERATION_VALUE = 0;
    public static final int SYSTEM_EXIT_CODE = 0;
    public static final int NAME_ERROR_NAME = 0;
    public static final int ATTRIBUTE_ERROR_NAME = 0, ATTRIBUTE_ERROR_OBJ = 1;
    public static final int IMPORT_ERROR_MSG = 0, IMPORT_ERROR_NAME = 1, IMPORT_ERROR_PATH = 2, IMPORT_ERROR_NAME_FROM = 3;
    public static final int OS_ERROR_ERRNO = 0, OS_ERROR_STRERROR = 1, OS_ERROR_FILENAME = 2, OS_ERROR_FILENAME2 = 3,
            OS_ERROR_CHARACTERS_WRITTEN = 4;
    public static final int SYNTAX_ERROR_MSG = 0;
    public static final int UNICODE_ERROR_ENCODING = 0, UNICODE_ERROR_OBJECT = 1, UNICODE_ERROR_START = 2,
            UNICODE_ERROR_END = 3, UNICODE_ERROR_REASON = 4;

    static final String[] IMPORT_ERROR = {"msg", "name", "path", "name_from"};
    static final String[] OS_ERROR = {"errno", "strerror", "filename", "filename2"};
    /** SyntaxError's fields in index order; the location ones follow msg as in its (filename, lineno, ...) argument. */
    static final String[] SYNTAX_ERROR = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
            "print_file_and_line", "_metadata"};
    static final String[] UNICODE_ERROR = {"encoding", "object", "start", "end", "reason"};

    /** Puts member descriptors for {@code names} (indices 0, 1, ...) into {@code type}'s dict. */
    static void install(PyType type, String... names) {
        for (int i = 0; i < names.length; i++) {
            PyMemberDescr.Kind kind = type.isSubtype(Exceptions.UnicodeError) && (names[i].equals("start") || names[i].equals("end"))
                    ? PyMemberDescr.Kind.EXCEPTION_SSIZE : PyMemberDescr.Kind.EXCEPTION_OBJECT;
            type.dict().setItem(new PyStr(names[i]), new PyMemberDescr(type, names[i], i, kind));
        }
    }

    /** The index of exception field {@code name} on {@code e}'s type, or -1 when it has no such field. */
    private static int indexOf(PyBaseException e, String name) {
        return e.type().lookup(name) instanceof PyMemberDescr m && !m.isSlot() ? m.index() : -1;
    }

    /**
     * Field {@code name} of {@code e} (None while unset), or for a name that is not a field of
     * its type, the instance attribute (null if absent): for Java code holding an exception.
     */
    public static Object get(PyBaseException e, String name) {
        int index = indexOf(e, name);
        if (index < 0) return e.getAttribute(name);
        Object value = e.field(index);
        return value == null ? PyNone.NONE : value;
    }

    /** Sets field {@code name} of {@code e}, or the instance attribute when its type has no such field. */
    public static void set(PyBaseException e, String name, Object value) {
        int index = indexOf(e, name);
        if (index >= 0) e.setField(index, value);
        else e.setAttribute(name, value);
    }
}
