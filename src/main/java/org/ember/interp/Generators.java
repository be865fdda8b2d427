package org.ember.interp;

import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyAsyncOp;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyException;
import org.ember.runtime.PyTraceback;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyGenerator;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * Generators resume their frame in the same evaluation loop: {@link Eval#run} continues at the
 * frame's saved {@code pc} with the sent value pushed (or an exception pending), and returns
 * either a yielded value ({@code frame.suspended}) or the return value.
 */
public final class Generators {
    private Generators() {}

    /** After binding arguments: run the prologue up to RETURN_GENERATOR and wrap the frame. */
    static PyGenerator start(PyFunction func, Frame frame) {
        Eval.run(frame);
        int flags = func.code.flags();
        PyGenerator.Kind kind = (flags & PyCode.CO_COROUTINE) != 0 ? PyGenerator.Kind.COROUTINE
                : (flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? PyGenerator.Kind.ASYNC_GENERATOR
                : PyGenerator.Kind.GENERATOR;
        PyGenerator gen = new PyGenerator(kind, frame, func.code, func.name, func.qualname);
        frame.generator = gen;
        if (kind == PyGenerator.Kind.COROUTINE) {
            ThreadState ts = ThreadState.current();
            NeverAwaited.track(ts, gen, ts.frame);
        }
        return gen;
    }

    /** gi_frame: the generator's frame object; None once it has finished. */
    public static Object frameObject(PyGenerator gen) {
        if (gen.finished) return PyNone.NONE;
        return ((Frame) gen.frame).frameObject();
    }

    /**
     * gi_yieldfrom / cr_await: the iterator a suspended {@code yield from} or {@code await} is
     * delegating to (the value under the yielded one, left on the stack by SEND), else None.
     * The RESUME after the yield says which kind of suspension it is (oparg 2 and 3).
     */
    public static Object yieldFrom(PyGenerator gen) {
        if (!gen.isSuspended()) return PyNone.NONE;
        Frame f = (Frame) gen.frame;
        int word = f.units[f.pc];
        if (org.ember.bytecode.Instructions.deoptimize(word & 0xFF) != org.ember.bytecode.Opcode.RESUME || ((word >> 8) & 3) < 2) return PyNone.NONE;
        Object receiver = f.values[f.sp - 1];
        return receiver == null ? PyNone.NONE : receiver;
    }

    /** The outcome of one resumption: a yielded value, or the frame returned {@code value}. */
    record Outcome(Object value, boolean returned) {}

    static Outcome resume(PyGenerator gen, Object sent, RuntimeException toThrow) {
        return resume(ThreadState.current(), gen, sent, toThrow);
    }

    /** {@link #resume(PyGenerator, Object, RuntimeException)} for callers that hold the thread's state (no thread-local lookup). */
    static Outcome resume(ThreadState ts, PyGenerator gen, Object sent, RuntimeException toThrow) {
        if (gen.running) throw Errors.valueError("%s already executing", kindName(gen));
        Frame f = (Frame) gen.frame;
        if (gen.neverAwaitedTracker != null) NeverAwaited.untrack(gen);
        // throw() restores the exception as it is (CPython's PyErr_Restore): no implicit chaining
        if (toThrow instanceof PyException thrown) thrown.contextChained = true;
        if (gen.finished) {
            // an exhausted coroutine refuses throw() as it refuses send()
            if (toThrow != null && gen.kind != PyGenerator.Kind.COROUTINE) throw toThrow;
            if (gen.kind == PyGenerator.Kind.COROUTINE) throw Errors.runtimeError("cannot reuse already awaited coroutine");
            return new Outcome(PyNone.NONE, true);
        }
        if (!gen.started && toThrow == null && sent != PyNone.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started %s", kindName(gen));
        }
        if (!gen.started && toThrow != null) {
            // CPython raises it in the frame, at the POP_TOP after RETURN_GENERATOR: the traceback
            // gets an entry on the def (or genexpr) line, and no handler of the body applies
            gen.finished = true;
            if (toThrow instanceof PyException thrown) {
                f.lasti = f.pc;
                thrown.value.setTraceback(new PyTraceback(thrown.value.traceback(), f.code, f.lasti, f));
            }
            throw toThrow;
        }
        gen.started = true;
        f.values[f.sp++] = sent;
        f.pendingThrow = toThrow;
        f.suspended = false;
        PyBaseException outerHandled = ts.handledException;
        int outerOpenBlocks = ts.openExceptBlocks;
        int outerBaseline = ts.resumedExceptBaseline;
        PyBaseException outerCallerHandled = ts.resumedCallerHandled;
        ts.resumedExceptBaseline = outerOpenBlocks;
        ts.resumedCallerHandled = outerHandled;
        ts.openExceptBlocks += gen.openExceptBlocks;
        if (gen.excState != null) {
            ts.handledException = gen.excState;
            // throw() into a generator suspended in an except block: the exception it was
            // handling becomes the thrown one's context (CPython's _PyErr_ChainStackItem)
            if (toThrow instanceof PyException thrown) Unwind.setContext(thrown.value, gen.excState);
        }
        gen.running = true;
        boolean entered = false;
        try {
            // a resumed frame counts against the recursion limit, as a called one does
            ts.enterRecursiveCall("");
            entered = true;
            Object value = Eval.run(f, ts);
            if (f.suspended) {
                gen.openExceptBlocks = Math.max(0, ts.openExceptBlocks - outerOpenBlocks);
                gen.excState = gen.openExceptBlocks > 0 ? ts.handledException : null;
                return new Outcome(value, false);
            }
            gen.finished = true;
            return new Outcome(value, true);
        } catch (RuntimeException e) {
            gen.finished = true;
            throw e;
        } finally {
            if (entered) ts.leaveRecursiveCall();
            gen.running = false;
            ts.handledException = outerHandled;
            ts.openExceptBlocks = outerOpenBlocks;
            ts.resumedExceptBaseline = outerBaseline;
            ts.resumedCallerHandled = outerCallerHandled;
        }
    }

    // ---- inline resumption: the dispatch loop runs the generator's frame itself ---------------------

    /**
     * What the dispatch loop keeps while it runs a generator's frame inline (FOR_ITER_GEN,
     * SEND_GEN; CPython 3.11+ does the same): the caller's exception state, restored as
     * {@link #resume} restores it when the frame yields, returns or raises, and where the caller
     * continues when the generator returns. One per generator ({@code PyGenerator.inlineResume}),
     * reused: a generator runs once at a time.
     */
    static final class InlineResume {
        PyBaseException outerHandled;
        int outerOpenBlocks;
        int outerBaseline;
        PyBaseException outerCallerHandled;
        /** The caller's pc when the generator returns: the END_FOR at FOR_ITER's target, or SEND's target. */
        int exitPc;
    }

    /**
     * Resumes {@code gen} inline in the caller's dispatch loop: the same checks and state swaps as
     * {@link #resume}, then the generator's frame is pushed as an inlined frame above {@code caller}
     * (which continues at {@code resumePc} with {@code resumeSp} and the yielded value pushed, or at
     * {@code exitPc} with the return value pushed when the generator returns). Null when it must be resumed by a Java call
     * instead (running, finished, a value sent into a just-started generator, tier 2 in use).
     */
    static Frame resumeInline(ThreadState ts, PyGenerator gen, Object sent, Frame caller, int resumePc, int resumeSp,
                              int exitPc) {
        if (gen.running || gen.finished || !gen.started && sent != PyNone.NONE || Tier2.inUse(ts)) return null;
        Frame f = (Frame) gen.frame;
        try {
            ts.enterRecursiveCall(""); // a resumed frame counts against the recursion limit, as a called one does
        } catch (PyException e) {
            gen.finished = true; // as resume(): an error at the resumption finishes the generator
            throw e;
        }
        if (gen.neverAwaitedTracker != null) NeverAwaited.untrack(gen);
        InlineResume state = gen.inlineResume instanceof InlineResume r ? r : newInlineResume(gen);
        state.exitPc = exitPc;
        state.outerHandled = ts.handledException;
        state.outerOpenBlocks = ts.openExceptBlocks;
        state.outerBaseline = ts.resumedExceptBaseline;
        state.outerCallerHandled = ts.resumedCallerHandled;
        ts.resumedExceptBaseline = ts.openExceptBlocks;
        ts.resumedCallerHandled = ts.handledException;
        ts.openExceptBlocks += gen.openExceptBlocks;
        if (gen.excState != null) ts.handledException = gen.excState;
        gen.started = true;
        gen.running = true;
        if (f.copy.owner != ts.codeCopyIndex && f.copy.owner >= 0) f.useCopyOf(ts); // resumed on another thread
        f.values[f.sp++] = sent;
        f.suspended = false;
        caller.pc = resumePc;
        caller.sp = resumeSp;
        Eval.enterInlined(f, caller, ts);
        return f;
    }

    private static InlineResume newInlineResume(PyGenerator gen) {
        InlineResume state = new InlineResume();
        gen.inlineResume = state;
        return state;
    }

    /** YIELD_VALUE of an inline-resumed frame (pc and sp saved, suspended): back to the caller with {@code value} pushed. */
    static Frame yieldInline(Frame f, ThreadState ts, Object value) {
        PyGenerator gen = f.generator;
        InlineResume state = (InlineResume) gen.inlineResume;
        gen.openExceptBlocks = Math.max(0, ts.openExceptBlocks - state.outerOpenBlocks);
        gen.excState = gen.openExceptBlocks > 0 ? ts.handledException : null;
        Frame caller = leaveInline(f, ts, gen, state);
        f.previous = null; // a suspended generator's frame has no f_back
        caller.values[caller.sp++] = value;
        return caller;
    }

    /**
     * RETURN_VALUE of an inline-resumed frame: the generator is finished; the caller continues at
     * its exit, where the return value the loop pushes is what SEND leaves, or what the END_FOR
     * at FOR_ITER's target pops.
     */
    static Frame returnInline(Frame f, ThreadState ts) {
        PyGenerator gen = f.generator;
        InlineResume state = (InlineResume) gen.inlineResume;
        gen.finished = true;
        Eval.clearValueStack(f);
        Frame caller = leaveInline(f, ts, gen, state);
        caller.pc = state.exitPc;
        return caller;
    }

    /** An exception leaves an inline-resumed frame (Eval.leaveInlined): the generator is finished. */
    static void raiseOutOfInline(Frame f, ThreadState ts) {
        PyGenerator gen = f.generator;
        gen.finished = true;
        InlineResume state = (InlineResume) gen.inlineResume;
        gen.running = false;
        f.inlined = false;
        restoreOuter(ts, state);
    }

    private static Frame leaveInline(Frame f, ThreadState ts, PyGenerator gen, InlineResume state) {
        gen.running = false;
        restoreOuter(ts, state);
        ts.leaveRecursiveCall();
        f.executing = false;
        f.inlined = false;
        Frame caller = f.previous;
        ts.frame = caller;
        return caller;
    }

    private static void restoreOuter(ThreadState ts, InlineResume state) {
        ts.handledException = state.outerHandled;
        ts.openExceptBlocks = state.outerOpenBlocks;
        ts.resumedExceptBaseline = state.outerBaseline;
        ts.resumedCallerHandled = state.outerCallerHandled;
        state.outerHandled = null; // no stale references kept alive from the generator
        state.outerCallerHandled = null;
    }

    private static String kindName(PyGenerator gen) {
        return switch (gen.kind) {
            case GENERATOR -> "generator";
            case COROUTINE -> "coroutine";
            case ASYNC_GENERATOR -> "async generator";
        };
    }

    /** tp_iternext: the next yielded value, or null when the generator returned. */
    public static Object next(PyGenerator gen) {
        return next(ThreadState.current(), gen);
    }

    /** {@link #next(PyGenerator)} for FOR_ITER_GEN, which holds the thread's state. */
    static Object next(ThreadState ts, PyGenerator gen) {
        Outcome o = resume(ts, gen, PyNone.NONE, null);
        // exhausted: iteration ignores the return value (CPython sets StopIteration(value), which
        // tp_iternext callers clear)
        return o.returned() ? null : o.value();
    }

    /** gen.send(value): the next yielded value; StopIteration(value) when it returns. */
    public static Object send(PyGenerator gen, Object value, boolean raiseOnReturn) {
        Outcome o = resume(gen, value, null);
        if (!o.returned()) return o.value();
        throw stopIteration(o.value());
    }

    static PyException stopIteration(Object value) {
        if (value == PyNone.NONE) return Errors.stopIteration();
        return Errors.withArgs(Exceptions.StopIteration, value);
    }

    public static Object throwInto(PyGenerator gen, Object typ, Object val, Object tb) {
        Outcome o = throwOutcome(gen, exceptionToThrow(typ, val, tb));
        if (!o.returned()) return o.value();
        throw stopIteration(o.value());
    }

    /** The exception {@code throw(typ, val, tb)} raises. */
    static PyBaseException exceptionToThrow(Object typ, Object val, Object tb) {
        if (tb != null && tb != PyNone.NONE && !Abstract.typeName(tb).equals("traceback")) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc = makeException(typ, val);
        if (tb != null && tb != PyNone.NONE) exc.setTraceback(tb);
        return exc;
    }

    /**
     * Throws {@code exc} in at the generator's suspension point. While it delegates (yield
     * from / await), the exception goes to the sub-iterator first (GeneratorExit closes it);
     * what the sub-iterator raises, StopIteration included, is raised in this frame, whose
     * CLEANUP_THROW handler ends the delegation.
     */
    static Outcome throwOutcome(PyGenerator gen, PyBaseException exc) {
        Object delegate = delegate(gen);
        if (delegate == null) return resume(gen, PyNone.NONE, exc.toThrow());
        if (Abstract.isInstance(exc, Exceptions.GeneratorExit)) {
            PyException closeError = closeDelegate(gen, delegate);
            return resume(gen, PyNone.NONE, closeError != null ? closeError : exc.toThrow());
        }
        Object throwMethod = delegate instanceof PyGenerator ? null : Abstract.lookupAttr(delegate, new PyStr("throw"));
        if (!(delegate instanceof PyGenerator) && throwMethod == null) return resume(gen, PyNone.NONE, exc.toThrow());
        Object yielded;
        gen.running = true;
        // a generator delegate runs with this frame linked below it (its f_back), as CPython
        // links it for complete tracebacks and stacks
        ThreadState ts = ThreadState.current();
        Frame frame = (Frame) gen.frame;
        boolean linked = delegate instanceof PyGenerator;
        if (linked) {
            frame.previous = ts.frame;
            ts.frame = frame;
        }
        try {
            yielded = delegate instanceof PyGenerator sub ? throwInto(sub, exc, PyNone.NONE, PyNone.NONE)
                    : Abstract.call(throwMethod, exc);
        } catch (PyException e) {
            unlink(ts, frame, linked);
            gen.running = false;
            return resume(gen, PyNone.NONE, e);
        } finally {
            unlink(ts, frame, linked);
            gen.running = false;
        }
        return new Outcome(yielded, false);
    }

    private static void unlink(ThreadState ts, Frame frame, boolean linked) {
        if (!linked || ts.frame != frame) return;
        ts.frame = frame.previous;
        frame.previous = null;
    }

    private static PyException closeDelegate(PyGenerator gen, Object delegate) {
        gen.running = true;
        try {
            if (delegate instanceof PyGenerator sub) close(sub);
            else {
                Object closeMethod = Abstract.lookupAttr(delegate, new PyStr("close"));
                if (closeMethod != null) Abstract.call(closeMethod);
            }
            return null;
        } catch (PyException e) {
            return e;
        } finally {
            gen.running = false;
        }
    }

    /**
     * The sub-iterator a suspended generator is delegating to (gi_yieldfrom, cr_await), or
     * null: it is on top of the stack when the frame will resume with RESUME after yield
     * from (2) or await (3).
     */
    public static Object delegate(PyGenerator gen) {
        Frame f = (Frame) gen.frame;
        if (!gen.started || gen.finished || gen.running || f.pc >= f.units.length) return null;
        int word = f.units[f.pc];
        if (org.ember.bytecode.Instructions.deoptimize(word & 0xFF) != org.ember.bytecode.Opcode.RESUME || ((word >> 8) & 3) < 2) return null;
        return f.values[f.sp - 1];
    }

    private static PyBaseException makeException(Object typ, Object val) {
        if (typ instanceof PyType t && t.isSubtype(Exceptions.BaseException)) {
            // CPython normalizes the exception on the way in: when making it fails, that error is
            // what the generator receives (PyErr_NormalizeException replaces the pending one)
            Object made;
            try {
                made = val == null || val == PyNone.NONE ? Abstract.call(t)
                        : val instanceof PyBaseException e && Abstract.isInstance(e, t) ? e
                        : val instanceof PyTuple args ? Abstract.call(t, args.items()) : Abstract.call(t, val);
            } catch (PyException e) {
                return e.value;
            }
            if (!(made instanceof PyBaseException madeException)) {
                return Errors.typeError("calling %s should have returned an instance of BaseException, not %s",
                        Abstract.repr(t).value(), Abstract.typeName(made)).value;
            }
            return madeException;
        }
        if (typ instanceof PyBaseException e) {
            if (val != null && val != PyNone.NONE) throw Errors.typeError("instance exception may not have a separate value");
            return e;
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                Abstract.typeName(typ));
    }

    public static Object close(PyGenerator gen) {
        if (gen.neverAwaitedTracker != null) NeverAwaited.untrack(gen);
        if (!gen.started || gen.finished) {
            gen.finished = true;
            return PyNone.NONE;
        }
        Outcome o;
        try {
            o = throwOutcome(gen, Errors.withArgs(Exceptions.GeneratorExit).value);
        } catch (PyException e) {
            if (e.matches(Exceptions.GeneratorExit) || e.matches(Exceptions.StopIteration)) return PyNone.NONE;
            throw e;
        }
        if (!o.returned()) throw Errors.runtimeError("%s ignored GeneratorExit", kindName(gen));
        return o.value();
    }

    // ---- instructions ------------------------------------------------------------------------------

    /**
     * SEND: pass {@code value} to the sub-iterator; returns what it yielded, or null when it
     * finished, the return value then being left in {@code f.sendResult}.
     */
    static Object send(Frame f, Object receiver, Object value) {
        if (receiver instanceof PyAsyncOp op) {
            try {
                return Async.send(op, value);
            } catch (PyException e) {
                if (!e.matches(Exceptions.StopIteration)) throw e;
                f.sendResult = Abstract.getAttr(e.value, "value");
                return null;
            }
        }
        if (receiver instanceof PyGenerator gen) {
            Outcome o = resume(gen, value, null);
            if (!o.returned()) return o.value();
            f.sendResult = o.value();
            return null;
        }
        try {
            Object result;
            if (value == PyNone.NONE && Abstract.typeOf(receiver).iternext != null) {
                // a class's __next__ is called directly: its StopIteration carries the result
                Object pythonNext = pythonNext(receiver);
                if (pythonNext != null) return Abstract.callMethod(pythonNext, receiver);
                result = Abstract.typeOf(receiver).iternext.apply(receiver);
                if (result == null) {
                    f.sendResult = PyNone.NONE;
                    return null;
                }
                return result;
            }
            return Abstract.invoke(receiver, "send", value);
        } catch (PyException e) {
            if (!e.matches(Exceptions.StopIteration)) throw e;
            f.sendResult = Abstract.getAttr(e.value, "value");
            return null;
        }
    }

    /** The __next__ of an iterator defined in Python, or null for builtin iterators. */
    static Object pythonNext(Object iterator) {
        PyType type = Abstract.typeOf(iterator);
        return type.isHeapType() ? type.lookup("__next__") : null;
    }

    static Object yieldFromIter(Frame f, Object iterable) {
        if (iterable instanceof PyGenerator gen) {
            if (gen.kind == PyGenerator.Kind.COROUTINE
                    && (f.code.flags() & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return gen;
        }
        return Abstract.getIter(iterable);
    }

    /** CLEANUP_THROW: a StopIteration from the sub-iterator ends the delegation with its value. */
    static void cleanupThrow(Frame f, Object[] s, int sp) {
        Object exc = s[sp - 1];
        if (exc instanceof PyBaseException e && Abstract.isInstance(e, Exceptions.StopIteration)) {
            s[sp - 3] = PyNone.NONE;
            s[sp - 2] = Abstract.getAttr(e, "value");
            s[sp - 1] = null;
            return;
        }
        f.reraising = true;
        throw ((PyBaseException) exc).toThrow();
    }

    /**
     * GET_AWAITABLE (and anext/async for): the iterator an {@code await} drives. {@code where}
     * is 1 after __aenter__, 2 after __aexit__ (for the message).
     */
    static Object awaitable(Object obj, int where) {
        if (obj instanceof PyGenerator gen && (gen.kind == PyGenerator.Kind.COROUTINE || isIterableCoroutine(gen))) {
            if (gen.kind == PyGenerator.Kind.COROUTINE && delegate(gen) != null) {
                throw Errors.runtimeError("coroutine is being awaited already");
            }
            return gen;
        }
        Object await = Abstract.typeOf(obj).lookup("__await__");
        if (await == null) {
            if (where == 1 || where == 2) {
                throw Errors.typeError("'async with' received an object from __a%s__ that does not implement __await__: %s",
                        where == 1 ? "enter" : "exit", Abstract.typeName(obj));
            }
            throw Errors.typeError("'%s' object can't be awaited", Abstract.typeName(obj));
        }
        Object it = Abstract.callMethod(await, obj);
        if (it instanceof PyAsyncOp op && op.kind == PyAsyncOp.Kind.CORO_WRAPPER) return op.target;
        if (it instanceof PyGenerator g && (g.kind == PyGenerator.Kind.COROUTINE || isIterableCoroutine(g))) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (Abstract.typeOf(it).iternext == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '%s'", Abstract.typeName(it));
        }
        return it;
    }

    /** A generator-based coroutine (@types.coroutine: CO_ITERABLE_COROUTINE). */
    private static boolean isIterableCoroutine(PyGenerator gen) {
        return gen.kind == PyGenerator.Kind.GENERATOR && (gen.code.flags() & PyCode.CO_ITERABLE_COROUTINE) != 0;
    }

    /** INTRINSIC_STOPITERATION_ERROR: StopIteration escaping a generator becomes RuntimeError. */
    static Object stopIterationError(Frame f, Object value) {
        if (!(value instanceof PyBaseException exc)) return value;
        int flags = f.code.flags();
        String kind = (flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? "async generator"
                : (flags & PyCode.CO_COROUTINE) != 0 ? "coroutine" : "generator";
        String message = null;
        if (Abstract.isInstance(exc, Exceptions.StopIteration)) message = kind + " raised StopIteration";
        else if ((flags & PyCode.CO_ASYNC_GENERATOR) != 0 && Abstract.isInstance(exc, Exceptions.StopAsyncIteration)) {
            message = "async generator raised StopAsyncIteration";
        }
        if (message == null) return value;
        PyException error = Errors.runtimeError("%s", message);
        error.value.setCause(exc);
        error.value.setContext(exc);
        return error.value;
    }
}
