package org.ember.modules;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyException;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * sys.stdout and sys.stderr: a text stream over the process's descriptor 1 or 2 with the surface
 * of CPython's {@code io.TextIOWrapper} for them (buffer, line_buffering, write_through,
 * reconfigure, fileno, ...), kept in Java because print() writes through it.
 *
 * <p>Text waits in {@link #pending} (only text whose UTF-8 encoding cannot fail goes there) and
 * is encoded into the byte buffer when it grows past a block and on flush — not before a write
 * to {@code buffer}, as CPython's TextIOWrapper keeps its pending text. Buffering as CPython's:
 * stdout is block-buffered unless it is a terminal (then line-buffered), stderr flushes every
 * write; {@code -u} / PYTHONUNBUFFERED make both write through. The errors handler is
 * CPython's for its locale: surrogateescape under the C/POSIX locales (C.UTF-8 included),
 * else strict for stdout; backslashreplace for stderr.
 */
public final class TextStream extends PyObject {

    public static final PyType TYPE = PyType.builtin("TextIOWrapper", TextStream.class)
            .module("_io")
            .slots(t -> t.repr = self -> new PyStr(((TextStream) self).repr()))
            .dict(d -> {
                d.method("write", ArgSpec.one("write"), (self, a) -> ((TextStream) self).write(a[0]));
                d.method("writelines", ArgSpec.one("writelines"), (self, a) -> ((TextStream) self).writelines(a[0]));
                d.method0("flush", self -> {
                    ((TextStream) self).checkOpen().flush();
                    return PyNone.NONE;
                });
                d.method0("close", self -> {
                    ((TextStream) self).close();
                    return PyNone.NONE;
                });
                d.method0("isatty", self -> PyBool.of(((TextStream) self).checkOpen().isatty()));
                d.method0("fileno", self -> PyInt.of(((TextStream) self).fd));
                d.method0("readable", self -> {
                    ((TextStream) self).checkOpen();   // ValueError once closed, as CPython's
                    return PyBool.FALSE;
                });
                d.method0("writable", self -> {
                    ((TextStream) self).checkOpen();
                    return PyBool.TRUE;
                });
                d.method0("seekable", self -> PyBool.of(((TextStream) self).checkOpen().seekable()));
                d.method("read", ArgSpec.positional("read", 0, 1), (self, a) -> ((TextStream) self).unsupported("not readable"));
                d.method("readline", ArgSpec.positional("readline", 0, 1), (self, a) -> ((TextStream) self).unsupported("not readable"));
                d.method0("tell", self -> ((TextStream) self).tell());
                d.method("seek", ArgSpec.positional("seek", 1, 2), (self, a) -> ((TextStream) self).unsupported("underlying stream is not seekable"));
                d.method("reconfigure", ArgSpec.keywords("reconfigure", 0, 0, 0,
                        "encoding", "errors", "newline", "line_buffering", "write_through"),
                        (self, a) -> ((TextStream) self).reconfigure(a));
                d.method0("__enter__", self -> ((TextStream) self).checkOpen());
                d.method("__exit__", ArgSpec.varargs("__exit__"), (self, a) -> {
                    ((TextStream) self).close();
                    return PyNone.NONE;
                });
                d.getset("buffer", self -> ((TextStream) self).binary, null);
                d.getset("encoding", self -> new PyStr(((TextStream) self).encoding), null);
                d.getset("errors", self -> new PyStr(((TextStream) self).errors), null);
                d.getset("line_buffering", self -> PyBool.of(((TextStream) self).lineBuffering), null);
                d.getset("write_through", self -> PyBool.of(((TextStream) self).writeThrough), null);
                d.getset("closed", self -> PyBool.of(((TextStream) self).closed), null);
                d.getset("newlines", self -> PyNone.NONE, null);
                d.getset("mode", self -> new PyStr("w"), null);
                d.getset("name", self -> new PyStr(((TextStream) self).name), null);
            })
            .build();

    /** Text is encoded into the byte buffer once this many chars wait. */
    private static final int BLOCK = 8192;

    final BufferedOutputStream bytes;
    /** The stream under {@link #bytes}: a child process inherits the JVM's own or is copied into it. */
    private final OutputStream raw;
    private final String name;
    private final int fd;
    /** stderr: flush after every write, whatever line_buffering says. */
    private final boolean flushEveryWrite;
    private final StringBuilder pending = new StringBuilder();
    /** What {@code buffer} returns: the buffered view, or the raw one under -u. */
    private BinaryStream binary;
    private final BinaryStream bufferedView;
    private final BinaryStream rawView;
    /** As given to reconfigure() (CPython keeps the caller's spelling). */
    private String encoding = "utf-8";
    /** The encoding is UTF-8: text without surrogates takes the fast path. */
    private boolean utf8 = true;
    private String errors;
    /** null or "\n": no translation; "\r" or "\r\n": what '\n' becomes. */
    private String newline;
    private boolean lineBuffering;
    private boolean writeThrough;
    private boolean closed;

    /** stdout (fd 1) or stderr (fd 2) over {@code stream}. */
    public TextStream(OutputStream stream, String name, boolean isStderr) {
        this.bytes = new BufferedOutputStream(stream, BLOCK);
        this.raw = stream;
        this.name = name;
        this.fd = isStderr ? 2 : 1;
        this.flushEveryWrite = isStderr;
        this.errors = isStderr ? "backslashreplace" : cLocale() ? "surrogateescape" : "strict";
        this.lineBuffering = isStderr || Descriptors.isatty(fd);
        this.bufferedView = new BinaryStream(this, name, fd, false, stream);
        this.binary = bufferedView;
        this.rawView = new BinaryStream(this, name, fd, true, stream);
    }

    /** LC_ALL, else LC_CTYPE, else LANG names the C or POSIX locale (or none is set). */
    static boolean cLocale() {
        String locale = null;
        for (String variable : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isEmpty()) {
                locale = value;
                break;
            }
        }
        if (locale == null) return true;
        String base = locale.contains(".") ? locale.substring(0, locale.indexOf('.')) : locale;
        return base.equals("C") || base.equals("POSIX");
    }

    BinaryStream rawView() {
        return rawView;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** -u or PYTHONUNBUFFERED: every write goes to the descriptor at once. */
    public void setWriteThrough(boolean on) {
        writeThrough = on;
        binary = on ? rawView : bufferedView;
        if (on && fd == 2) lineBuffering = false;   // CPython's stderr under -u: write-through, not line-buffered
    }

    private Object write(Object text) {
        if (!(text instanceof PyStr s)) {
            throw Errors.typeError("write() argument must be str, not %s", Abstract.typeName(text));
        }
        checkOpen();
        String value = s.value();
        PyStr translated = s;   // a new PyStr only when translated: s may hold a split surrogate pair
        if (newline != null && newline.length() > 0 && !newline.equals("\n") && value.indexOf('\n') >= 0) {
            value = value.replace("\n", newline);
            translated = new PyStr(value);
        }
        byte[] encoded = utf8 && !mayHoldLoneSurrogates(s) ? null
                : org.ember.runtime.Codecs.encode(translated, encoding, errors);  // may raise UnicodeEncodeError
        synchronized (this) {
            try {
                if (encoded == null) {
                    pending.append(value);
                    if (pending.length() >= BLOCK) drainText();
                } else {
                    drainText();
                    bytes.write(encoded);
                }
                if (flushEveryWrite || writeThrough
                        || lineBuffering && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
                    drainText();
                    bytes.flush();
                }
            } catch (IOException e) {
                throw osError(e);
            }
        }
        return PyInt.of(s.length());
    }

    private Object writelines(Object lines) {
        checkOpen();
        Object it = Abstract.getIter(lines);
        for (Object line = Abstract.next(it); line != null; line = Abstract.next(it)) write(line);
        return PyNone.NONE;
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

    /** Moves the waiting text into the byte buffer (the caller holds the lock). */
    private void drainText() throws IOException {
        if (pending.isEmpty()) return;
        bytes.write(pending.toString().getBytes(StandardCharsets.UTF_8));
        pending.setLength(0);
    }

    boolean writesThrough() {
        return writeThrough || flushEveryWrite;
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
    public synchronized void writeBytes(byte[] data, int length) throws IOException {
        drainText();
        bytes.write(data, 0, length);
        bytes.flush();
    }

    public synchronized void flush() {
        try {
            drainText();
            bytes.flush();
        } catch (IOException e) {
            throw osError(e);
        }
    }

    private void close() {
        if (closed) return;
        flush();
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }

    boolean seekable() {
        return Descriptors.isRegularFile(fd);
    }

    private Object tell() {
        if (!checkOpen().seekable()) return unsupported("underlying stream is not seekable");
        flush();
        try {
            return PyInt.of(Descriptors.position(fd));
        } catch (IOException e) {
            throw osError(e);
        }
    }

    boolean isatty() {
        return Descriptors.isatty(fd);
    }

    private TextStream checkOpen() {
        if (closed) throw Errors.valueError("I/O operation on closed file.");
        return this;
    }

    private Object reconfigure(Object[] a) {
        checkOpen();
        flush();
        if (a[0] != null && a[0] != PyNone.NONE) {
            String requested = Abstract.str(a[0]).value();
            org.ember.runtime.Codecs.canonicalName(requested);    // LookupError for an unknown encoding
            encoding = requested;
            utf8 = org.ember.runtime.Codecs.canonicalName(requested).equals("utf-8");
            if (a[1] == null || a[1] == PyNone.NONE) errors = "strict";
        }
        if (a[1] != null && a[1] != PyNone.NONE) errors = Abstract.str(a[1]).value();
        if (a[2] != null) {
            if (a[2] != PyNone.NONE && !(a[2] instanceof PyStr)) {
                throw Errors.typeError("reconfigure() argument 'newline' must be str or None, not %s", Abstract.typeName(a[2]));
            }
            String nl = a[2] == PyNone.NONE ? null : ((PyStr) a[2]).value();
            if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw Errors.valueError("illegal newline value: %s", nl);
            }
            newline = nl;
        }
        if (a[3] != null && a[3] != PyNone.NONE) lineBuffering = Abstract.isTrue(a[3]);
        if (a[4] != null && a[4] != PyNone.NONE) writeThrough = Abstract.isTrue(a[4]);
        return PyNone.NONE;
    }


    private Object unsupported(String message) {
        checkOpen();
        Object io = org.ember.interp.Importer.importModule(ThreadState.current().interpreter(), new PyStr("io"), null, null, null);
        Object type = Abstract.getAttr(io, new PyStr("UnsupportedOperation"));
        throw Errors.of((PyType) type, "%s", message);
    }

    private String repr() {
        return "<_io.TextIOWrapper name='" + name + "' mode='w' encoding='" + encoding + "'>";
    }

    static PyException osError(IOException e) {
        return Errors.of(Exceptions.OSError, "%s", e.getMessage());
    }
}
