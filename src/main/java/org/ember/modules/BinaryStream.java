package org.ember.modules;

import java.io.IOException;
import java.io.OutputStream;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuffer;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * sys.stdout.buffer / sys.stderr.buffer: the byte layer under a {@link TextStream}. As in
 * CPython, the buffered view ({@code BufferedWriter}) shares the text stream's byte buffer, and
 * text still waiting in the text layer is not written first (CPython's TextIOWrapper keeps
 * pending text until a flush or a full chunk too); {@code .raw} ({@code FileIO}) writes straight
 * to the descriptor. Under -u the text stream's {@code buffer} is the raw view, as CPython's.
 */
final class BinaryStream extends PyObject {

    static final PyType BUFFERED = build("BufferedWriter");
    static final PyType RAW = build("FileIO");

    private static PyType build(String typeName) {
        return PyType.builtin(typeName, BinaryStream.class)
                .module("_io")
                .slots(t -> t.repr = self -> new PyStr(((BinaryStream) self).repr()))
                .dict(d -> {
                    d.method("write", ArgSpec.one("write"), (self, a) -> ((BinaryStream) self).write(a[0]));
                    d.method("writelines", ArgSpec.one("writelines"), (self, a) -> {
                        Object it = Abstract.getIter(a[0]);
                        for (Object b = Abstract.next(it); b != null; b = Abstract.next(it)) ((BinaryStream) self).write(b);
                        return PyNone.NONE;
                    });
                    d.method0("flush", self -> {
                        ((BinaryStream) self).flush();
                        return PyNone.NONE;
                    });
                    d.method0("isatty", self -> PyBool.of(((BinaryStream) self).open().text.isatty()));
                    d.method0("fileno", self -> PyInt.of(((BinaryStream) self).fd));
                    d.method0("readable", self -> {
                        ((BinaryStream) self).open();   // ValueError once closed, as CPython's
                        return PyBool.FALSE;
                    });
                    d.method0("writable", self -> {
                        ((BinaryStream) self).open();
                        return PyBool.TRUE;
                    });
                    d.method0("seekable", self -> PyBool.of(((BinaryStream) self).open().text.seekable()));
                    d.getset("closed", self -> PyBool.of(((BinaryStream) self).text.isClosed()), null);
                    d.getset("name", self -> new PyStr(((BinaryStream) self).name), null);
                    d.getset("mode", self -> new PyStr("wb"), null);
                    if (typeName.equals("FileIO")) {
                        d.getset("closefd", self -> PyBool.FALSE, null);
                    } else {
                        d.getset("raw", self -> ((BinaryStream) self).text.rawView(), null);
                    }
                })
                .build();
    }

    final TextStream text;
    private final String name;
    private final int fd;
    /** FileIO: every write goes to the descriptor; BufferedWriter: into the shared buffer. */
    private final boolean raw;
    private final OutputStream descriptor;

    BinaryStream(TextStream text, String name, int fd, boolean raw, OutputStream descriptor) {
        this.text = text;
        this.name = name;
        this.fd = fd;
        this.raw = raw;
        this.descriptor = descriptor;
    }

    @Override
    public PyType type() {
        return raw ? RAW : BUFFERED;
    }

    private BinaryStream open() {
        if (text.isClosed()) throw Errors.valueError(raw ? "I/O operation on closed file" : "I/O operation on closed file.");
        return this;
    }

    private Object write(Object data) {
        open();
        if (data instanceof PyStr) throw Errors.typeError("a bytes-like object is required, not 'str'");
        PyBuffer buffer = PyBuffer.of(data);
        if (buffer == null) throw Errors.typeError("a bytes-like object is required, not '%s'", Abstract.typeName(data));
        byte[] b = buffer.toByteArray();
        try {
            synchronized (text) {
                if (raw) {   // past anything the buffered view holds, as CPython's FileIO
                    descriptor.write(b);
                    descriptor.flush();
                } else {
                    text.bytes.write(b);
                    if (text.writesThrough()) text.bytes.flush();
                }
            }
        } catch (IOException e) {
            throw TextStream.osError(e);
        }
        return PyInt.of(b.length);
    }

    private void flush() {
        open();
        try {
            synchronized (text) {
                text.bytes.flush();
            }
        } catch (IOException e) {
            throw TextStream.osError(e);
        }
    }

    private String repr() {
        return raw ? "<_io.FileIO name='" + name + "' mode='wb' closefd=False>" : "<_io.BufferedWriter name='" + name + "'>";
    }
}
