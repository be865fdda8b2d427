package org.ember.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyStr;

/**
 * The account files behind {@code pwd} and {@code grp}: /etc/passwd and /etc/group, read on each
 * call as getpwent(3)/getgrent(3) do with the "files" source (no NSS services on the JVM).
 */
final class UserDatabase {
    private UserDatabase() {}

    /** Each non-comment line of {@code file} split at ':' into at least {@code fields} parts; unreadable means empty. */
    static List<String[]> entries(String file, int fields) {
        List<String[]> result = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return result;
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("+") || line.startsWith("-")) continue;
            String[] parts = line.split(":", -1);
            if (parts.length < fields) continue;
            if (parseId(parts[2]) == null) continue;
            result.add(parts);
        }
        return result;
    }

    /** A numeric id field, or null when it is not one. */
    static Long parseId(String text) {
        try {
            long id = Long.parseLong(text.strip());
            return id >= 0 && id <= 0xFFFFFFFFL ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A uid/gid argument as C's uid_t sees it: -1 is 2**32-1; null when it is outside [-1, 2**32-1]. */
    static Long idArgument(Object arg, String what) {
        PyInt id = PyInt.asInt(arg);
        if (id == null) throw Errors.typeError("%s should be integer, not %s", what, Abstract.typeName(arg));
        if (!id.fitsLong()) return null;
        long v = id.longValue();
        if (v == -1) return 0xFFFFFFFFL;
        return v >= 0 && v <= 0xFFFFFFFFL ? v : null;
    }

    /** How CPython prints an id that went through uid_t: 2**32-1 shows as -1. */
    static String idText(long id) {
        return id == 0xFFFFFFFFL ? "-1" : Long.toString(id);
    }

    /** A name argument: str without NUL characters. */
    static String nameArgument(Object arg, String message) {
        if (!(arg instanceof PyStr s)) throw Errors.typeError(message, Abstract.typeName(arg));
        if (s.value().indexOf('\0') >= 0) throw Errors.valueError("embedded null byte");
        return s.value();
    }
}
