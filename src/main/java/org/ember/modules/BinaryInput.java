package org.ember.modules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBytes;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * sys.stdin.buffer: CPython's {@code BufferedReader} over descriptor 0 — read, read1, readline,
 * readlines, peek, iteration. The text layer ({@link TextInput}) takes its bytes from here, so
 * bytes the text layer has not consumed yet are still readable here and the other way round
 * (except the chunk the text layer has already decoded, as in CPython).
 */
final class BinaryInput extends PyObject {

    static final PyType TYPE = PyType.builtin("BufferedReader", BinaryInput.class)
            .module("_io")
            .slots(t -> {
                t.repr = self -> new PyStr("<_io.BufferedReader name='" + ((BinaryInput) self).name + "'>");
                t.iter = self -> self;
                t.iternext = self -> {
                    byte[] line = ((BinaryInput) self).readLine(-1);
                    return line.length == 0 ? null : new PyBytes(line);
                };
            })
            .dict(d -> {
                d.method("read", ArgSpec.positional("read", 0, 1), (self, a) -> new PyBytes(((BinaryInput) self).read(TextInput.size(a[0]), false)));
                d.method("read1", ArgSpec.positional("read1", 0, 1), (self, a) -> new PyBytes(((BinaryInput) self).read(TextInput.size(a[0]), true)));
                d.method("readline", ArgSpec.positional("readline", 0, 1), (self, a) -> new PyBytes(((BinaryInput) self).readLine(TextInput.size(a[0]))));
                d.method("readlines", ArgSpec.positional("readlines", 0, 1), (self, a) -> {
                    PyList lines = new PyList();
                    for (byte[] line = ((BinaryInput) self).readLine(-1); line.length > 0; line = ((BinaryInput) self).readLine(-1)) {
                        lines.append(new PyBytes(line));
                    }
                    return lines;
                });
                d.method("peek", ArgSpec.positional("peek", 0, 1), (self, a) -> new PyBytes(((BinaryInput) self).peek()));
                d.method0("isatty", self -> PyBool.of(Descriptors.isatty(0)));
                d.method0("readable", self -> PyBool.TRUE);
                d.method0("writable", self -> PyBool.FALSE);
                d.method0("seekable", self -> PyBool.of(Descriptors.isRegularFile(0)));
                d.method0("fileno", self -> PyInt.of(0));
                d.method0("close", self -> PyNone.NONE);
                d.getset("closed", self -> PyBool.FALSE, null);
                d.getset("name", self -> new PyStr(((BinaryInput) self).name), null);
                d.getset("mode", self -> new PyStr("rb"), null);
            })
            .build();

    private final InputStream stream;
    private final String name;
    private byte[] buffer = new byte[8192];
    private int start;
    private int end;
    private boolean eof;

    BinaryInput(InputStream stream, String name) {
        this.stream = stream;
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Reads once from the stream into the buffer (blocks until some bytes or the end); false at the end. */
    private boolean fill() {
        if (eof) return false;
        if (start == end) {
            start = 0;
            end = 0;
        } else if (end == buffer.length) {
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            } else {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
        try {
            int n = stream.read(buffer, end, buffer.length - end);
            if (n <= 0) {
                eof = true;
                return false;
            }
            end += n;
            return true;
        } catch (IOException e) {
            throw TextStream.osError(e);
        }
    }

    /** Up to {@code limit} bytes (all when negative); {@code once}: at most one read from the stream (read1). */
    synchronized byte[] read(int limit, boolean once) {
        if (limit == 0) return new byte[0];
        if (start == end && once) fill();
        while (!once && (limit < 0 || end - start < limit) && fill()) {
            // keep reading until the limit or the end
        }
        int n = limit < 0 ? end - start : Math.min(limit, end - start);
        byte[] result = Arrays.copyOfRange(buffer, start, start + n);
        start += n;
        return result;
    }

    /** The next line with its b'\n' (up to {@code limit} bytes when limit >= 0); empty at the end. */
    synchronized byte[] readLine(int limit) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (limit < 0 || line.size() < limit) {
            if (start == end && !fill()) break;
            int stop = end;
            if (limit >= 0) stop = Math.min(stop, start + limit - line.size());
            int i = start;
            while (i < stop && buffer[i] != '\n') i++;
            boolean newline = i < stop;
            if (newline) i++;
            line.write(buffer, start, i - start);
            start = i;
            if (newline) break;
        }
        return line.toByteArray();
    }

    /** The buffered bytes without consuming them (reading once when there are none). */
    synchronized byte[] peek() {
        if (start == end) fill();
        return Arrays.copyOfRange(buffer, start, end);
    }

    /** A chunk for the text layer: what is buffered, or one read's worth; empty at the end. */
    synchronized byte[] chunk() {
        return read(-1, true);
    }
}
