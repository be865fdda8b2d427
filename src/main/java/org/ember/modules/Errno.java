package org.ember.modules;

import org.ember.runtime.Interpreter;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;

/**
 * {@code errno}: every Linux errno name as an int, and {@code errorcode} (number to the
 * preferred name, so 11 is 'EAGAIN' and not its alias 'EWOULDBLOCK', as in CPython).
 * The numbers and texts live in {@link ErrnoTable}; {@link #strerror} serves {@code os.strerror}
 * and the OSErrors made from Java I/O failures.
 */
public final class Errno {
    private Errno() {}

    public static PyModule create(Interpreter interp) {
        PyModule errno = new PyModule("errno");
        PyDict errorcode = new PyDict();
        for (ErrnoTable.Entry e : ErrnoTable.ENTRIES) {
            errno.dict().setItem(new PyStr(e.name()), PyInt.of(e.code()));
            if (e.primary()) errorcode.setItem(PyInt.of(e.code()), new PyStr(e.name()));
        }
        errno.dict().setItem(new PyStr("errorcode"), errorcode);
        return errno;
    }

    /** The C library's text for {@code code}: "Unknown error N" when it has none. */
    public static String strerror(int code) {
        for (ErrnoTable.Entry e : ErrnoTable.ENTRIES) {
            if (e.code() == code) return e.message();
        }
        return "Unknown error " + code;
    }

    /** The errno whose strerror text is {@code message}, or -1 (Java's Unix I/O errors carry that text). */
    static int codeOfMessage(String message) {
        if (message == null) return -1;
        for (ErrnoTable.Entry e : ErrnoTable.ENTRIES) {
            if (e.message().equals(message)) return e.code();
        }
        return -1;
    }

    /** The value of errno name {@code name} (for Java code that needs a constant by name). */
    static int code(String name) {
        for (ErrnoTable.Entry e : ErrnoTable.ENTRIES) {
            if (e.name().equals(name)) return e.code();
        }
        throw new IllegalArgumentException(name);
    }
}
