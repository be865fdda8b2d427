package org.ember.modules;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * A minimal text output stream for sys.stdout / sys.stderr: buffered UTF-8 over a Java stream,
 * flushed on flush() and at exit ({@code io.TextIOWrapper} comes later).
 */
public final class TextStream extends PyObject {

    public static final PyType TYPE = PyType.builtin("TextIOWrapper", TextStream.class)
            .module("_io")
            .dict(d -> {
                d.method("write", ArgSpec.one("write"), (self, a) -> ((TextStream) self).write(a[0]));
                d.method0("flush", self -> {
                    ((TextStream) self).flush();
                    return PyNone.NONE;
                });
                d.method0("isatty", self -> PyBool.FALSE);
                // descriptors 1 and 2, which posix.write sends to these streams (faulthandler, subprocess)
                d.method0("fileno", self -> PyInt.of(((TextStream) self).name.equals("<stderr>") ? 2 : 1));
                d.getset("encoding", self -> new PyStr("utf-8"), null);
                d.getset("name", self -> new PyStr(((TextStream) self).name), null);
            })
            .build();

    private final Writer out;
    /** The stream under {@link #out}: a child process inherits the JVM's own or is copied into it. */
    private final OutputStream raw;
    private final String name;
    /** Flush after every write (stderr). */
    private final boolean unbuffered;

    public TextStream(OutputStream stream, String name, boolean unbuffered) {
        this.out = new java.io.BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 8192);
        this.raw = stream;
        this.name = name;
        this.unbuffered = unbuffered;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private Object write(Object text) {
        if (!(text instanceof PyStr s)) {
            throw Errors.typeError("write() argument must be str, not %s", org.ember.runtime.Abstract.typeName(text));
        }
        if (mayHoldLoneSurrogates(s)) {
            // the stream's encoding is utf-8 with strict errors: a lone surrogate raises UnicodeEncodeError
            org.ember.runtime.Codecs.encode(s, "utf-8", "strict");
        }
        try {
            synchronized (this) {
                out.write(s.value());
                if (unbuffered) out.flush();
            }
        } catch (IOException e) {
            throw Errors.of(Exceptions.OSError, "%s", e.getMessage());
        }
        return PyInt.of(s.length());
    }

    /** Cheap pre-check: any surrogate char at all (valid pairs included, the encoder then decides). */
    private static boolean mayHoldLoneSurrogates(PyStr s) {
        if (s.hasSplitSurrogates()) return true;
        String v = s.value();
        for (int i = 0; i < v.length(); i++) {
            if (Character.isSurrogate(v.charAt(i))) return true;
        }
        return false;
    }

    /** True when this writes to the JVM's own stdout or stderr (a child process can inherit those). */
    public boolean isProcessStream() {
        return raw == System.out || raw == System.err || PROCESS_STREAMS.contains(raw);
    }

    private static final java.util.Set<OutputStream> PROCESS_STREAMS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Records that {@code stream} writes to the process's descriptor 1 or 2 (the launcher's streams). */
    public static void markProcessStream(OutputStream stream) {
        PROCESS_STREAMS.add(stream);
    }

    /** Writes bytes as they are (a child process's output) after the text written so far. */
    public synchronized void writeBytes(byte[] bytes, int length) throws IOException {
        out.flush();
        raw.write(bytes, 0, length);
        raw.flush();
    }

    public synchronized void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw Errors.of(Exceptions.OSError, "%s", e.getMessage());
        }
    }
}
