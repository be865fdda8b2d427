package org.ember.interp;

import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyAsyncOp;
import org.ember.runtime.PyAsyncOp.Kind;
import org.ember.runtime.PyAsyncOp.State;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyException;
import org.ember.runtime.PyGenerator;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.ThreadState;
import org.ember.runtime.PyType;

/**
 * The asynchronous protocols: async generators driven through their asend/athrow/aclose
 * awaitables, the async-for instructions (GET_AITER, GET_ANEXT, END_ASYNC_FOR), and the
 * {@code aiter()}/{@code anext()} builtins.
 *
 * <p>An async generator's own {@code yield} wraps its value ({@link Wrapped},
 * INTRINSIC_ASYNC_GEN_WRAP); anything else it yields comes from an {@code await} inside it and
 * passes through to whoever drives the awaitable (the event loop). A wrapped value ends the
 * awaitable with StopIteration(value); the generator returning ends it with StopAsyncIteration.
 */
public final class Async {
    private Async() {}

    /** A value yielded by {@code yield} in an async generator (never visible to Python code). */
    record Wrapped(Object value) {}

    static Object wrap(Object value) {
        return new Wrapped(value);
    }

    // ---- async generator methods ---------------------------------------------------------------

    public static Object anext(PyGenerator agen) {
        initHooks(agen);
        return new PyAsyncOp(Kind.ASEND, agen, PyNone.NONE);
    }

    public static Object asend(PyGenerator agen, Object value) {
        initHooks(agen);
        return new PyAsyncOp(Kind.ASEND, agen, value);
    }

    public static Object athrow(PyGenerator agen, Object typ, Object val, Object tb) {
        initHooks(agen);
        return new PyAsyncOp(Kind.ATHROW, agen, PyTuple.of(typ, orNone(val), orNone(tb)));
    }

    public static Object aclose(PyGenerator agen) {
        initHooks(agen);
        return new PyAsyncOp(Kind.ACLOSE, agen, PyNone.NONE);
    }

    /**
     * The first anext/asend/athrow/aclose of an async generator calls the thread's firstiter
     * hook (sys.set_asyncgen_hooks) with it and remembers the finalizer hook, as CPython does.
     */
    private static void initHooks(PyGenerator agen) {
        if (agen.hooksInited) return;
        agen.hooksInited = true;
        ThreadState ts = ThreadState.current();
        agen.asyncgenFinalizer = ts.asyncgenFinalizer;
        if (ts.asyncgenFirstiter != null) Abstract.call(ts.asyncgenFirstiter, agen);
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    // ---- driving the awaitables ----------------------------------------------------------------

    /** tp_iternext: one step with None; null when the awaitable finished (its value is dropped). */
    public static Object next(PyAsyncOp op) {
        try {
            return send(op, PyNone.NONE);
        } catch (PyException e) {
            if (e.matches(Exceptions.StopIteration)) return null;
            throw e;
        }
    }

    public static Object send(PyAsyncOp op, Object value) {
        return switch (op.kind) {
            case ASEND -> asendSend(op, value);
            case ATHROW, ACLOSE -> athrowSend(op, value);
            case ANEXT_DEFAULT -> anextStep(op, value, null);
            case CORO_WRAPPER -> Generators.send((PyGenerator) op.target, value, true);
        };
    }

    public static Object throwIn(PyAsyncOp op, Object typ, Object val, Object tb) {
        return switch (op.kind) {
            case ASEND -> asendThrow(op, Generators.exceptionToThrow(typ, val, tb));
            case ATHROW, ACLOSE -> athrowThrow(op, Generators.exceptionToThrow(typ, val, tb));
            case ANEXT_DEFAULT -> anextStep(op, null, Generators.exceptionToThrow(typ, val, tb));
            case CORO_WRAPPER -> Generators.throwInto((PyGenerator) op.target, typ, val, tb);
        };
    }

    public static Object close(PyAsyncOp op) {
        switch (op.kind) {
            case ASEND -> {
                if (op.state == State.CLOSED) return PyNone.NONE;
                try {
                    asendThrow(op, Errors.withArgs(Exceptions.GeneratorExit).value);
                } catch (PyException e) {
                    if (e.matches(Exceptions.StopIteration) || e.matches(Exceptions.StopAsyncIteration)
                            || e.matches(Exceptions.GeneratorExit)) return PyNone.NONE;
                    throw e;
                }
                throw Errors.runtimeError("coroutine ignored GeneratorExit");
            }
            case ATHROW, ACLOSE -> op.state = State.CLOSED;
            case ANEXT_DEFAULT -> {
                if (op.inner != null) {
                    Object closeMethod = Abstract.lookupAttr(op.inner, new PyStr("close"));
                    if (closeMethod != null) Abstract.call(closeMethod);
                }
            }
            case CORO_WRAPPER -> Generators.close((PyGenerator) op.target);
        }
        return PyNone.NONE;
    }

    private static PyGenerator agen(PyAsyncOp op) {
        return (PyGenerator) op.target;
    }

    /** Enter ITER state, refusing when another awaitable of the generator is running. */
    private static void start(PyAsyncOp op, String method) {
        PyGenerator gen = agen(op);
        if (gen.runningAsync) {
            op.state = State.CLOSED;
            throw Errors.runtimeError("%s(): asynchronous generator is already running", method);
        }
        op.state = State.ITER;
    }

    private static Object asendSend(PyAsyncOp op, Object value) {
        if (op.state == State.CLOSED) throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
        if (op.state == State.INIT) {
            start(op, "anext");
            if (value == PyNone.NONE) value = op.argument;
        }
        PyGenerator gen = agen(op);
        gen.runningAsync = true;
        try {
            return resumeUnwrapped(gen, value, null);
        } catch (PyException e) {
            op.state = State.CLOSED;
            throw e;
        }
    }

    private static Object asendThrow(PyAsyncOp op, PyBaseException exc) {
        if (op.state == State.CLOSED) throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
        PyGenerator gen = agen(op);
        if (op.state == State.INIT) start(op, "anext");
        gen.runningAsync = true;
        try {
            return resumeUnwrapped(gen, null, exc);
        } catch (PyException e) {
            op.state = State.CLOSED;
            throw e;
        }
    }

    /**
     * What one resumption of an async generator means to its awaitable: a wrapped value ends it
     * with StopIteration(value), a return with StopAsyncIteration, other yields pass through.
     */
    private static Object unwrap(PyGenerator gen, Generators.Outcome o) {
        if (o.returned()) {
            gen.asyncClosed = true;
            gen.runningAsync = false;
            throw Errors.withArgs(Exceptions.StopAsyncIteration);
        }
        if (o.value() instanceof Wrapped w) {
            gen.runningAsync = false;
            throw Generators.stopIteration(w.value());
        }
        return o.value();
    }

    /** unwrap() for a resumption that raised. */
    private static PyException unwrapError(PyGenerator gen, PyException e) {
        if (e.matches(Exceptions.StopAsyncIteration) || e.matches(Exceptions.GeneratorExit)) gen.asyncClosed = true;
        gen.runningAsync = false;
        return e;
    }

    private static Object resumeUnwrapped(PyGenerator gen, Object value, PyBaseException exc) {
        try {
            Generators.Outcome o = exc == null ? Generators.resume(gen, value, null) : Generators.throwOutcome(gen, exc);
            return unwrap(gen, o);
        } catch (PyException e) {
            throw unwrapError(gen, e);
        }
    }

    private static Object athrowSend(PyAsyncOp op, Object value) {
        PyGenerator gen = agen(op);
        boolean closing = op.kind == Kind.ACLOSE;
        if (op.state == State.CLOSED) throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
        if (gen.finished) {
            op.state = State.CLOSED;
            throw Errors.withArgs(Exceptions.StopIteration);
        }
        try {
            if (op.state == State.INIT) {
                if (gen.runningAsync) {
                    op.state = State.CLOSED;
                    throw Errors.runtimeError("%s(): asynchronous generator is already running", closing ? "aclose" : "athrow");
                }
                if (gen.asyncClosed) {
                    op.state = State.CLOSED;
                    throw Errors.withArgs(Exceptions.StopAsyncIteration);
                }
                if (value != PyNone.NONE) throw Errors.runtimeError("can't send non-None value to a just-started coroutine");
                op.state = State.ITER;
                gen.runningAsync = true;
                if (!closing) return resumeUnwrapped(gen, null, thrownByAthrow(op));
                gen.asyncClosed = true;
                return closingStep(op, Generators.throwOutcome(gen, Errors.withArgs(Exceptions.GeneratorExit).value));
            }
            if (!closing) return resumeUnwrapped(gen, value, null);
            return closingStep(op, Generators.resume(gen, value, null));
        } catch (PyException e) {
            throw athrowError(op, e);
        }
    }

    private static Object athrowThrow(PyAsyncOp op, PyBaseException exc) {
        PyGenerator gen = agen(op);
        boolean closing = op.kind == Kind.ACLOSE;
        if (op.state == State.CLOSED) throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
        if (op.state == State.INIT) {
            if (gen.runningAsync) {
                op.state = State.CLOSED;
                throw Errors.runtimeError("%s(): asynchronous generator is already running", closing ? "aclose" : "athrow");
            }
            op.state = State.ITER;
            gen.runningAsync = true;
        }
        try {
            if (!closing) return resumeUnwrapped(gen, null, exc);
            return closingStep(op, Generators.throwOutcome(gen, exc));
        } catch (PyException e) {
            throw athrowError(op, e);
        }
    }

    private static PyBaseException thrownByAthrow(PyAsyncOp op) {
        PyTuple args = (PyTuple) op.argument;
        return Generators.exceptionToThrow(args.get(0), args.get(1), args.get(2));
    }

    /** aclose(): the generator must not yield a value while closing; awaits inside pass through. */
    private static Object closingStep(PyAsyncOp op, Generators.Outcome o) {
        PyGenerator gen = agen(op);
        if (o.returned()) throw Errors.withArgs(Exceptions.StopIteration);
        if (o.value() instanceof Wrapped) {
            gen.runningAsync = false;
            op.state = State.CLOSED;
            throw Errors.runtimeError("async generator ignored GeneratorExit");
        }
        return o.value();
    }

    private static PyException athrowError(PyAsyncOp op, PyException e) {
        PyGenerator gen = agen(op);
        gen.runningAsync = false;
        op.state = State.CLOSED;
        if (op.kind == Kind.ACLOSE && (e.matches(Exceptions.StopAsyncIteration) || e.matches(Exceptions.GeneratorExit))) {
            return Errors.withArgs(Exceptions.StopIteration);
        }
        return e;
    }

    // ---- anext(iterator, default) ---------------------------------------------------------------

    /** One step of the awaitable __anext__ returned; its StopAsyncIteration becomes StopIteration(default). */
    private static Object anextStep(PyAsyncOp op, Object value, PyBaseException exc) {
        if (op.inner == null) op.inner = Generators.awaitable(op.target, 0);
        try {
            if (exc != null) {
                if (op.inner instanceof PyGenerator g) return Generators.throwInto(g, exc, PyNone.NONE, PyNone.NONE);
                Object throwMethod = Abstract.lookupAttr(op.inner, new PyStr("throw"));
                if (throwMethod == null) throw exc.toThrow();
                return Abstract.call(throwMethod, exc);
            }
            return step(op.inner, value);
        } catch (PyException e) {
            if (e.matches(Exceptions.StopAsyncIteration)) throw Generators.stopIteration(op.argument);
            throw e;
        }
    }

    /** Sends {@code value} into any awaitable iterator; StopIteration(value) when it finishes. */
    static Object step(Object it, Object value) {
        if (it instanceof PyGenerator g) return Generators.send(g, value, true);
        if (it instanceof PyAsyncOp op) return send(op, value);
        PyType type = Abstract.typeOf(it);
        if (value == PyNone.NONE && type.iternext != null) {
            Object pythonNext = Generators.pythonNext(it);
            if (pythonNext != null) return Abstract.callMethod(pythonNext, it);
            Object result = type.iternext.apply(it);
            if (result == null) throw Errors.withArgs(Exceptions.StopIteration);
            return result;
        }
        return Abstract.invoke(it, "send", value);
    }

    // ---- instructions and builtins ---------------------------------------------------------------

    /** GET_AITER. */
    static Object getAiter(Object obj) {
        PyType type = Abstract.typeOf(obj);
        Object method = type.lookup("__aiter__");
        if (method == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got %s", type.name());
        }
        Object it = Abstract.callMethod(method, obj);
        if (Abstract.typeOf(it).lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    Abstract.typeName(it));
        }
        return it;
    }

    /** GET_ANEXT: the awaitable of one async-for step. */
    static Object getAnext(Object aiter) {
        if (aiter instanceof PyGenerator g && g.kind == PyGenerator.Kind.ASYNC_GENERATOR) return anext(g);
        PyType type = Abstract.typeOf(aiter);
        Object method = type.lookup("__anext__");
        if (method == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got %s", type.name());
        }
        Object next = Abstract.callMethod(method, aiter);
        try {
            return Generators.awaitable(next, 0);
        } catch (PyException e) {   // any error (an __await__ that raises too) becomes the cause
            PyException error = Errors.typeError("'async for' received an invalid object from __anext__: %s",
                    Abstract.typeName(next));
            error.value.setCause(e.value);
            error.value.setContext(e.value);
            throw error;
        }
    }

    /** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else is re-raised. */
    static void endAsyncFor(Frame f, Object exc) {
        if (exc instanceof PyBaseException e && Abstract.isInstance(e, Exceptions.StopAsyncIteration)) return;
        f.reraising = true;
        throw ((PyBaseException) exc).toThrow();
    }

    /** builtins.aiter(). */
    public static Object aiter(Object obj) {
        PyType type = Abstract.typeOf(obj);
        Object method = type.lookup("__aiter__");
        if (method == null) throw Errors.typeError("'%s' object is not an async iterable", type.name());
        Object it = Abstract.callMethod(method, obj);
        if (Abstract.typeOf(it).lookup("__anext__") == null) {
            throw Errors.typeError("aiter() returned not an async iterator of type '%s'", Abstract.typeName(it));
        }
        return it;
    }

    /** builtins.anext(); {@code dflt} is null when not given. */
    public static Object anextBuiltin(Object aiter, Object dflt) {
        PyType type = Abstract.typeOf(aiter);
        Object method = type.lookup("__anext__");
        if (method == null) throw Errors.typeError("'%s' object is not an async iterator", type.name());
        Object awaitable = Abstract.callMethod(method, aiter);
        if (dflt == null) return awaitable;
        return new PyAsyncOp(Kind.ANEXT_DEFAULT, awaitable, dflt);
    }
}
