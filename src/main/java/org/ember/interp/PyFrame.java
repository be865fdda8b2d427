package org.ember.interp;

import org.ember.compiler.LocationTable;
import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * Python's {@code frame} object: a view of an interpreter {@link Frame}, made lazily (by
 * sys._getframe, tb_frame, gi_frame), so calls that nobody inspects allocate nothing extra.
 * {@code f_locals} of a function frame is a PEP 667 {@link FrameLocalsProxy}; of a module or
 * class body it is the locals mapping itself.
 */
public final class PyFrame extends PyObject {

    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class)
            .slots(t -> t.repr = self -> new PyStr(((PyFrame) self).repr()))
            .dict(d -> {
                d.getset("f_back", self -> ((PyFrame) self).back(), null);
                d.getset("f_code", self -> ((PyFrame) self).frame.code, null);
                d.getset("f_globals", self -> ((PyFrame) self).frame.globals, null);
                d.getset("f_builtins", self -> ((PyFrame) self).frame.builtins, null);
                d.getset("f_locals", self -> ((PyFrame) self).locals(), null);
                d.getset("f_lineno", self -> ((PyFrame) self).lineObject(), (self, v) -> {
                    throw Errors.valueError("f_lineno can only be set in a trace function");
                });
                d.getset("f_lasti", self -> PyInt.of(2L * ((PyFrame) self).frame.lasti), null);
                d.getset("f_trace", self -> ((PyFrame) self).trace, (self, v) ->
                        ((PyFrame) self).trace = v == null ? PyNone.NONE : v);
                d.getset("f_trace_lines", self -> PyBool.of(((PyFrame) self).traceLines),
                        (self, v) -> ((PyFrame) self).traceLines = boolSetting(v, "f_trace_lines"));
                d.getset("f_trace_opcodes", self -> PyBool.of(((PyFrame) self).traceOpcodes),
                        (self, v) -> ((PyFrame) self).traceOpcodes = boolSetting(v, "f_trace_opcodes"));
                d.getset("f_generator", self -> {  // 3.14: the generator or coroutine that owns the frame
                    Frame f = ((PyFrame) self).frame;
                    return f.generator == null ? PyNone.NONE : f.generator;
                }, null);
                d.method("clear", ArgSpec.noArgs("clear"), (self, a) -> ((PyFrame) self).clear());
            })
            .build();

    final Frame frame;
    /** f_trace: stored only; tracing itself is not implemented yet. */
    private Object trace = PyNone.NONE;
    private boolean traceLines = true;
    private boolean traceOpcodes;
    /** PEP 667: names written through f_locals that are not variables of the code. */
    PyDict extraLocals;

    PyFrame(Frame frame) {
        this.frame = frame;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public Frame frame() {
        return frame;
    }

    private Object back() {
        Frame previous = frame.previous;
        return previous == null ? PyNone.NONE : previous.frameObject();
    }

    /** Function frames get a write-through proxy; module and class bodies their locals mapping. */
    public Object locals() {
        if (isOptimized(frame.code) || hasHiddenLocals(frame)) return new FrameLocalsProxy(this);
        return frame.locals == null ? PyNone.NONE : frame.locals;
    }

    /**
     * A comprehension inlined into a module or class body (PEP 709) keeps its variables in hidden
     * fast slots of that frame; while they are bound, f_locals and locals() show those (as CPython
     * 3.13 does), not the body's namespace.
     */
    static boolean hasHiddenLocals(Frame f) {
        for (int i = 0; i < f.code.nLocalsPlus; i++) {
            if ((f.code.localKind(i) & org.ember.bytecode.RawCode.KIND_HIDDEN) != 0 && f.values[i] != null) return true;
        }
        return false;
    }

    static boolean isOptimized(PyCode code) {
        return (code.flags() & PyCode.CO_OPTIMIZED) != 0;
    }

    /** The line of the instruction executing (or last executed), co_firstlineno before the first. */
    public int lineno() {
        return lineOf(frame.code, frame.lasti);
    }

    static int lineOf(PyCode code, int lasti) {
        LocationTable.Entry e = LocationTable.positionOf(code.raw.lineTable(), code.raw.firstLineNo(), lasti);
        return e == null || e.line() < 0 ? code.raw.firstLineNo() : e.line();
    }

    /** f_lineno: None when the instruction has no line (CPython's frame_getlineno). */
    private Object lineObject() {
        LocationTable.Entry e = LocationTable.positionOf(frame.code.raw.lineTable(), frame.code.raw.firstLineNo(), frame.lasti);
        return e != null && e.line() < 0 ? PyNone.NONE : PyInt.of(lineno());
    }

    private static boolean boolSetting(Object v, String name) {
        if (v == null) throw Errors.attributeError("can't delete %s", name);
        if (!(v instanceof PyBool b)) throw Errors.typeError("attribute value type must be bool");
        return b == PyBool.TRUE;
    }

    private Object clear() {
        if (frame.executing) throw Errors.runtimeError("cannot clear an executing frame");
        if (frame.generator != null) {
            if (frame.generator.running) throw Errors.runtimeError("cannot clear an executing frame");
            if (frame.generator.started && !frame.generator.finished) {
                throw Errors.runtimeError("cannot clear a suspended frame");
            }
            frame.generator.finished = true; // a generator whose frame is cleared is over
        }
        java.util.Arrays.fill(frame.values, null);
        extraLocals = null;
        return PyNone.NONE;
    }

    private String repr() {
        return "<frame at " + Abstract.addressOf(this) + ", file " + Abstract.repr(new PyStr(frame.code.raw.fileName())).value()
                + ", line " + lineno() + ", code " + frame.code.name() + ">";
    }
}
