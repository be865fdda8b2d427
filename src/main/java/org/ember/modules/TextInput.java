package org.ember.modules;

import java.io.InputStream;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * sys.stdin: UTF-8 text decoded from {@link BinaryInput} (its {@code buffer}), lines ending at
 * '\n' with no newline translation (CPython opens stdin with newline='\n' on POSIX), and
 * CPython's errors handler for the locale
 * (surrogateescape under C/POSIX, else strict). Nothing is read before the first read call.
 * read, readline, readlines, iteration.
 */
final class TextInput extends PyObject {

    static final PyType TYPE = PyType.builtin("TextIOWrapper", TextInput.class)
            .module("_io")
            .slots(t -> {
                t.repr = self -> new PyStr("<_io.TextIOWrapper name='" + ((TextInput) self).name + "' mode='r' encoding='utf-8'>");
                t.iter = self -> self;
                t.iternext = self -> {
                    String line = ((TextInput) self).readLine(-1);
                    return line.isEmpty() ? null : new PyStr(line);
                };
            })
            .dict(d -> {
                d.method("read", ArgSpec.positional("read", 0, 1), (self, a) -> new PyStr(((TextInput) self).read(size(a[0]))));
                d.method("readline", ArgSpec.positional("readline", 0, 1),
                        (self, a) -> new PyStr(((TextInput) self).readLine(size(a[0]))));
                d.method("readlines", ArgSpec.positional("readlines", 0, 1), (self, a) -> {
                    PyList lines = new PyList();
                    for (String line = ((TextInput) self).readLine(-1); !line.isEmpty(); line = ((TextInput) self).readLine(-1)) {
                        lines.append(new PyStr(line));
                    }
                    return lines;
                });
                d.method0("isatty", self -> PyBool.of(Descriptors.isatty(0)));
                d.method0("readable", self -> PyBool.TRUE);
                d.method0("writable", self -> PyBool.FALSE);
                d.method0("seekable", self -> PyBool.of(Descriptors.isRegularFile(0)));
                d.method0("fileno", self -> PyInt.of(0));
                d.method0("close", self -> PyNone.NONE);
                d.getset("buffer", self -> ((TextInput) self).binary, null);
                d.getset("encoding", self -> new PyStr("utf-8"), null);
                d.getset("errors", self -> new PyStr(((TextInput) self).errors), null);
                d.getset("line_buffering", self -> PyBool.FALSE, null);
                d.getset("newlines", self -> PyNone.NONE, null);
                d.getset("mode", self -> new PyStr("r"), null);
                d.getset("closed", self -> PyBool.FALSE, null);
                d.getset("name", self -> new PyStr(((TextInput) self).name), null);
            })
            .build();

    private final BinaryInput binary;
    private final String name;
    private final String errors = TextStream.cLocale() ? "surrogateescape" : "strict";
    /** Decoded text not read yet starts at {@link #pos}. */
    private final StringBuilder text = new StringBuilder();
    private int pos;
    /** The start of a UTF-8 sequence the last chunk ended in the middle of. */
    private byte[] carry = new byte[0];

    TextInput(InputStream stream, String name) {
        this.binary = new BinaryInput(stream, name);
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static int size(Object arg) {
        if (arg == null || arg == PyNone.NONE) return -1;
        PyInt n = PyInt.asInt(Abstract.index(arg));
        return n.fitsInt() ? (int) n.longValue() : Integer.MAX_VALUE;
    }

    /** Decodes the next chunk of bytes into {@link #text}; false at the end of the input. */
    private boolean fillText() {
        if (pos > 0 && pos == text.length()) {
            text.setLength(0);
            pos = 0;
        }
        byte[] chunk = binary.chunk();
        boolean atEnd = chunk.length == 0;
        if (atEnd && carry.length == 0) return false;
        byte[] bytes = carry;
        if (!atEnd) {
            bytes = java.util.Arrays.copyOf(carry, carry.length + chunk.length);
            System.arraycopy(chunk, 0, bytes, carry.length, chunk.length);
        }
        int complete = atEnd ? bytes.length : completeUtf8Length(bytes);
        carry = java.util.Arrays.copyOfRange(bytes, complete, bytes.length);
        String decoded = org.ember.runtime.Codecs.decode(java.util.Arrays.copyOf(bytes, complete), "utf-8", errors).value();
        text.append(decoded);
        return true;
    }

    /** The length of the prefix of {@code b} that does not end inside a UTF-8 sequence. */
    private static int completeUtf8Length(byte[] b) {
        for (int back = 1; back <= Math.min(3, b.length); back++) {
            int lead = b[b.length - back] & 0xFF;
            if (lead < 0x80) return b.length;            // ASCII: nothing pending
            if (lead >= 0xC0) {                           // a lead byte: is its sequence complete?
                int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
                return need > back ? b.length - back : b.length;
            }
        }
        return b.length;   // only continuation bytes: invalid anyway, the decoder reports them
    }

    /** Up to {@code limit} characters (all when negative) of the next line, with its '\n'; "" at the end. */
    synchronized String readLine(int limit) {
        int searched = pos;
        while (true) {
            int newline = text.indexOf("\n", searched);
            int available = text.length() - pos;
            if (newline >= 0 && (limit < 0 || newline - pos < limit)) return take(newline + 1 - pos);
            if (limit >= 0 && available >= limit) return take(limit);
            searched = text.length();
            int before = pos;
            if (!fillText()) return take(available);
            searched -= before - pos;   // fillText may have moved the unread text to the front
        }
    }

    synchronized String read(int limit) {
        while (limit < 0 || text.length() - pos < limit) {
            if (!fillText()) break;
        }
        return take(limit < 0 ? text.length() - pos : Math.min(limit, text.length() - pos));
    }

    private String take(int n) {
        String s = text.substring(pos, pos + n);
        pos += n;
        return s;
    }
}
