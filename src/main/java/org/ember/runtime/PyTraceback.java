package org.ember.runtime;

import org.ember.compiler.LocationTable;

/**
 * Python's {@code traceback}: one entry per frame an exception passed through, innermost last
 * along {@code tb_next}. The line number is computed from the location table only when asked.
 * {@code tb_frame} is the frame object of the interpreter frame the entry was made in (made on
 * first access).
 */
public final class PyTraceback extends PyObject {

    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class)
            .dict(d -> {
                d.getset("tb_next", self -> orNone(((PyTraceback) self).next), PyTraceback::setNext);
                d.getset("tb_lineno", self -> PyInt.of(((PyTraceback) self).lineno()), null);
                d.getset("tb_lasti", self -> PyInt.of(2L * ((PyTraceback) self).lasti), null);
                d.getset("tb_frame", self -> ((PyTraceback) self).frameObject(), null);
            })
            .build();

    /**
     * The older part of the chain when this entry was added (the exception's traceback then);
     * Python code may cut or relink it (unittest drops its own frames from failure reports).
     */
    private PyTraceback next;
    public final PyCode code;
    /** Code unit index of the instruction that raised or propagated. */
    public final int lasti;
    private final org.ember.interp.Frame frame;

    /**
     * A new entry in front of {@code older}: CPython's PyTraceBack_Here prepends, so the chain
     * starts at the outermost frame once the exception has unwound.
     */
    public PyTraceback(Object older, PyCode code, int lasti) {
        this(older, code, lasti, null);
    }

    /** An entry made while unwinding {@code frame} (an org.ember.interp.Frame, or null). */
    public PyTraceback(Object older, PyCode code, int lasti, org.ember.interp.Frame frame) {
        this.next = older instanceof PyTraceback t ? t : null;
        this.code = code;
        this.lasti = lasti;
        this.frame = frame;
        if (frame != null) frame.observe(); // reachable from here after it returns: Frame.observed
    }

    /** The interpreter frame this entry belongs to, or null. */
    public org.ember.interp.Frame frame() {
        return frame;
    }

    private Object frameObject() {
        return frame == null ? PyNone.NONE : frame.frameObject();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyTraceback next() {
        return next;
    }

    public int lineno() {
        LocationTable.Entry e = LocationTable.positionOf(code.raw.lineTable(), code.raw.firstLineNo(), lasti);
        return e == null ? -1 : e.line();
    }

    /** {@code tb.tb_next = value}: a traceback or None, never making a loop (CPython's checks). */
    private static void setNext(Object self, Object value) {
        if (value == null) throw Errors.typeError("can't delete tb_next attribute");
        PyTraceback tb = (PyTraceback) self;
        if (value == PyNone.NONE) {
            tb.next = null;
            return;
        }
        if (!(value instanceof PyTraceback newNext)) {
            throw Errors.typeError("expected traceback object or None, got '%s'", Abstract.typeName(value));
        }
        for (PyTraceback cursor = newNext; cursor != null; cursor = cursor.next) {
            if (cursor == tb) throw Errors.valueError("traceback loop detected");
        }
        tb.next = newNext;
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }
}
