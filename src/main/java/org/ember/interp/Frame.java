package org.ember.interp;

import org.ember.runtime.PyCode;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyFunction;

/**
 * The interpreter's internal activation record (not a Python object: a Python-visible frame
 * object will wrap it later). One array holds the localsplus slots {@code [0, nLocalsPlus)}
 * followed by the value stack, so LOAD_FAST and the stack share one bounds-checked array.
 */
public final class Frame {
    static {
        Adaptive.install(); // code copies get their adaptive counters from the first frame on
    }

    final PyCode code;
    /** This thread's copy of the code (units + the specializer's refs); switched if resumed elsewhere. */
    PyCode.CodeCopy copy;
    char[] units;
    /**
     * {@code copy.refs} (the specializer's guard records), kept here so that a specialized form's
     * guard is one load from the frame instead of two dependent ones (Specialized.guard).
     */
    Object[] refs;
    final Object[] values;
    final int stackBase;
    final PyDict globals;
    final PyDict builtins;
    /** The locals mapping of module and class bodies (null for optimized function frames). */
    Object locals;   // set once later only for a function of non-optimized code (Ops.nameLocals)
    final PyFunction function;

    /** Where execution continues (unit index) when the frame is (re)entered. */
    int pc;
    /** Stack pointer (absolute index into values) saved while suspended. */
    int sp;
    /** Unit index of the instruction executing (or last executed): tracebacks, exception table. */
    int lasti;
    /** Set by YIELD_VALUE / RETURN_GENERATOR: the value returned by run() was yielded. */
    boolean suspended;
    /** The next exception raised leaves no traceback entry in this frame (RERAISE, bare raise). */
    boolean reraising;
    /**
     * RERAISE with a saved lasti: that instruction (the original raise), or -1. If the exception
     * then leaves the frame, lasti becomes it, so a finished frame's f_lineno is the raise's line
     * (CPython sets instr_ptr there; the handler is still looked up at the RERAISE).
     */
    int reraisedFrom = -1;
    /** SEND's result when the sub-iterator finished (its return value). */
    Object sendResult;
    /** An exception to raise at the resume point (generator.throw). */
    RuntimeException pendingThrow;
    /**
     * The frame below this one on the thread's chain while it runs (f_back). Kept after a
     * function returns (as CPython keeps f_back); cleared when a generator suspends.
     */
    Frame previous;
    /** True while {@link Eval#run} executes this frame. */
    boolean executing;
    /**
     * Entered by a CALL inside {@link Eval}'s dispatch loop rather than by a Java call: its
     * RETURN_VALUE resumes {@link #previous} in the same loop, and an exception it does not
     * handle unwinds into {@link #previous} there too (CPython 3.11+ inlines calls the same way).
     */
    boolean inlined;
    /** The Python-visible frame object, made on first request (sys._getframe, tb_frame, gi_frame). */
    PyFrame frameObject;
    /** The generator/coroutine that owns this frame, or null. */
    org.ember.runtime.PyGenerator generator;
    /**
     * Something besides the thread's chain may reach this frame once it has returned: its frame
     * object, a traceback entry, or one of those of a frame above it (whose f_back chain leads
     * here). Only then must a finished frame's value stack be cleared (so that stale operands
     * are not kept alive): a direct call from compiled code skips the clearing otherwise
     * ({@code JitOps.unlink}; it was ~9% of a call in fib).
     */
    boolean observed;

    Frame(PyCode code, PyDict globals, PyDict builtins, Object locals, PyFunction function) {
        this(org.ember.runtime.ThreadState.current(), code, globals, builtins, locals, function);
    }

    Frame(org.ember.runtime.ThreadState ts, PyCode code, PyDict globals, PyDict builtins, Object locals, PyFunction function) {
        this(code.codeCopy(ts), code, globals, builtins, locals, function);
    }

    /** A frame running {@code copy}, a code copy of {@code code} that belongs to the current thread. */
    Frame(PyCode.CodeCopy copy, PyCode code, PyDict globals, PyDict builtins, Object locals, PyFunction function) {
        this.code = code;
        this.copy = copy;
        this.units = copy.units;
        this.refs = copy.refs;
        this.stackBase = code.nLocalsPlus;
        this.values = new Object[code.frameSize];
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
        this.sp = stackBase;
    }

    /** A generator frame resumed on another thread continues in that thread's copy (same offsets). */
    void useCopyOf(org.ember.runtime.ThreadState ts) {
        copy = code.codeCopy(ts);
        units = copy.units;
        refs = copy.refs;
    }

    public PyCode code() {
        return code;
    }

    public int lasti() {
        return lasti;
    }

    /** This frame's Python {@code frame} object (made once, on first request). */
    public PyFrame frameObject() {
        PyFrame fo = frameObject;
        if (fo == null) {
            observe();
            frameObject = fo = new PyFrame(this);
        }
        return fo;
    }

    /**
     * Marks this frame and the frames below it on its chain as {@link #observed}. A marked
     * frame's callers are marked already, unless it is a generator's (re-linked below another
     * caller at each resumption), so the walk stops at the first marked non-generator frame.
     */
    public void observe() {
        for (Frame f = this; f != null; f = f.previous) {
            if (f.observed && f.generator == null) return;
            f.observed = true;
        }
    }
}
