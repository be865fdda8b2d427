package org.ember.runtime;

import org.ember.interp.Async;

/**
 * The awaitable iterators of the async protocols: what {@code agen.__anext__()}/{@code asend()}
 * ("async_generator_asend"), {@code athrow()}/{@code aclose()} ("async_generator_athrow"),
 * {@code anext(it, default)} ("anext_awaitable") and {@code coro.__await__()}
 * ("coroutine_wrapper") return. Each is driven with send/throw/close like a generator; the
 * logic is in {@link Async}.
 */
public final class PyAsyncOp extends PyObject {

    public enum Kind { ASEND, ATHROW, ACLOSE, ANEXT_DEFAULT, CORO_WRAPPER }

    /** INIT (not yet sent to), ITER (running), CLOSED (finished: cannot be reused). */
    public enum State { INIT, ITER, CLOSED }

    public static final PyType ASEND_TYPE = define("async_generator_asend");
    public static final PyType ATHROW_TYPE = define("async_generator_athrow");
    public static final PyType ANEXT_TYPE = define("anext_awaitable");
    public static final PyType CORO_WRAPPER_TYPE = define("coroutine_wrapper");

    private static PyType define(String name) {
        return PyType.builtin(name, PyAsyncOp.class)
                .slots(t -> {
                    t.newInstance = (type, args, off, n, kw) -> {
                        throw Errors.typeError("cannot create '%s' instances", type.name());
                    };
                    t.iter = self -> self;
                    t.iternext = self -> Async.next((PyAsyncOp) self);
                })
                .dict(d -> {
                    d.method("send", ArgSpec.one("send"), (self, a) -> Async.send((PyAsyncOp) self, a[0]));
                    d.method("throw", ArgSpec.positional("throw", 1, 3),
                            (self, a) -> Async.throwIn((PyAsyncOp) self, a[0], a[1], a[2]));
                    d.method0("close", self -> Async.close((PyAsyncOp) self));
                    d.method0("__await__", self -> self);
                })
                .build();
    }

    public final Kind kind;
    /** The async generator (asend/athrow/aclose), the coroutine (wrapper), or the awaitable (anext). */
    public final Object target;
    /** asend's value, athrow's (type, value, traceback), anext's default. */
    public final Object argument;
    public State state = State.INIT;
    /** anext_awaitable: the awaitable iterator of the wrapped __anext__() result, once started. */
    public Object inner;

    public PyAsyncOp(Kind kind, Object target, Object argument) {
        this.kind = kind;
        this.target = target;
        this.argument = argument;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case ASEND -> ASEND_TYPE;
            case ATHROW, ACLOSE -> ATHROW_TYPE;
            case ANEXT_DEFAULT -> ANEXT_TYPE;
            case CORO_WRAPPER -> CORO_WRAPPER_TYPE;
        };
    }
}
