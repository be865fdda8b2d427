package org.ember.modules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * A minimal readable text stream for sys.stdin: UTF-8 over a Java stream, opened on first read
 * (so a program that never reads stdin never touches it). read, readline, readlines, iteration.
 */
final class TextInput extends PyObject {

    static final PyType TYPE = PyType.builtin("TextIOWrapper", TextInput.class)
            .module("_io")
            .slots(t -> {
                t.iter = self -> self;
                t.iternext = self -> {
                    String line = ((TextInput) self).readLine(-1);
                    return line.isEmpty() ? null : new PyStr(line);
                };
            })
            .dict(d -> {
                d.method("read", ArgSpec.positional("read", 0, 1), (self, a) -> ((TextInput) self).read(size(a[0])));
                d.method("readline", ArgSpec.positional("readline", 0, 1),
                        (self, a) -> new PyStr(((TextInput) self).readLine(size(a[0]))));
                d.method0("readlines", self -> {
                    PyList lines = new PyList();
                    for (String line = ((TextInput) self).readLine(-1); !line.isEmpty(); line = ((TextInput) self).readLine(-1)) {
                        lines.append(new PyStr(line));
                    }
                    return lines;
                });
                d.method0("isatty", self -> PyBool.FALSE);
                d.method0("readable", self -> PyBool.TRUE);
                d.method0("writable", self -> PyBool.FALSE);
                d.method0("fileno", self -> PyInt.of(0));
                d.getset("encoding", self -> new PyStr("utf-8"), null);
                d.getset("errors", self -> new PyStr("strict"), null);
                d.getset("closed", self -> PyBool.FALSE, null);
                d.getset("name", self -> new PyStr(((TextInput) self).name), null);
            })
            .build();

    private final InputStream stream;
    private final String name;
    private BufferedReader reader;

    TextInput(InputStream stream, String name) {
        this.stream = stream;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static int size(Object arg) {
        if (arg == null || arg == PyNone.NONE) return -1;
        PyInt n = PyInt.asInt(Abstract.index(arg));
        return n.fitsInt() ? (int) n.longValue() : Integer.MAX_VALUE;
    }

    private synchronized BufferedReader reader() {
        if (reader == null) reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        return reader;
    }

    /** Up to {@code limit} characters (all when negative) of the next line, with its '\n'; "" at the end. */
    synchronized String readLine(int limit) {
        StringBuilder sb = new StringBuilder();
        try {
            BufferedReader r = reader();
            while (limit < 0 || sb.length() < limit) {
                int c = r.read();
                if (c < 0) break;
                sb.append((char) c);
                if (c == '\n') break;
            }
        } catch (IOException e) {
            throw Errors.of(Exceptions.OSError, "%s", e.getMessage());
        }
        return sb.toString();
    }

    private synchronized PyStr read(int limit) {
        StringBuilder sb = new StringBuilder();
        try {
            BufferedReader r = reader();
            char[] buffer = new char[8192];
            while (limit < 0 || sb.length() < limit) {
                int n = r.read(buffer, 0, limit < 0 ? buffer.length : Math.min(buffer.length, limit - sb.length()));
                if (n < 0) break;
                sb.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw Errors.of(Exceptions.OSError, "%s", e.getMessage());
        }
        return new PyStr(sb.toString());
    }
}
