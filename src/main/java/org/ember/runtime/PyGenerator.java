package org.ember.runtime;

import org.ember.interp.Async;
import org.ember.interp.Generators;

/**
 * Generators, coroutines and async generators: a suspended frame resumed by the evaluation loop
 * at its saved instruction. One Java class with one Python type per kind ({@link #TYPE},
 * {@link #COROUTINE_TYPE}, {@link #ASYNC_GENERATOR_TYPE}); the loop logic is in
 * {@link Generators}; async generators are driven through the awaitables of
 * {@link PyAsyncOp} ({@link Async}).
 */
public final class PyGenerator extends PyObject {

    public enum Kind { GENERATOR, COROUTINE, ASYNC_GENERATOR }

    public static final PyType TYPE = define("generator", Kind.GENERATOR);
    public static final PyType COROUTINE_TYPE = define("coroutine", Kind.COROUTINE);
    public static final PyType ASYNC_GENERATOR_TYPE = define("async_generator", Kind.ASYNC_GENERATOR);

    /** A new __name__/__qualname__: a str (deleting is the same TypeError, as CPython). */
    private static String nameValue(Object v, String attr) {
        if (!(v instanceof PyStr s)) throw Errors.typeError("%s must be set to a string object", attr);
        return s.value();
    }

    private static PyType define(String name, Kind kind) {
        return PyType.builtin(name, PyGenerator.class)
                .slots(t -> {
                    t.newInstance = (type, args, off, n, kw) -> {
                        throw Errors.typeError("cannot create '%s' instances", type.name());
                    };
                    if (kind == Kind.GENERATOR) {
                        t.iter = self -> self;
                        t.iternext = self -> Generators.next((PyGenerator) self);
                    }
                    t.repr = self -> new PyStr("<" + name + " object " + ((PyGenerator) self).qualname
                            + " at " + Abstract.addressOf(self) + ">");
                })
                .dict(d -> {
                    String p = prefix(kind);
                    if (kind == Kind.ASYNC_GENERATOR) fillAsyncGeneratorDict(d);
                    else fillGeneratorDict(d, kind);
                    d.getset("__name__", self -> new PyStr(((PyGenerator) self).name),
                            (self, v) -> ((PyGenerator) self).name = nameValue(v, "__name__"));
                    d.getset("__qualname__", self -> new PyStr(((PyGenerator) self).qualname),
                            (self, v) -> ((PyGenerator) self).qualname = nameValue(v, "__qualname__"));
                    d.getset(p + "_running", self -> PyBool.of(kind == Kind.ASYNC_GENERATOR
                            ? ((PyGenerator) self).runningAsync : ((PyGenerator) self).running), null);
                    d.getset(p + "_code", self -> ((PyGenerator) self).code, null);
                    d.getset(p + "_frame", self -> Generators.frameObject((PyGenerator) self), null);
                    d.getset(p + "_suspended", self -> PyBool.of(((PyGenerator) self).isSuspended()), null);
                    d.getset(kind == Kind.GENERATOR ? "gi_yieldfrom" : p + "_await", self -> {
                        Object delegate = Generators.delegate((PyGenerator) self);
                        return delegate == null ? PyNone.NONE : delegate;
                    }, null);
                })
                .build();
    }

    private static void fillGeneratorDict(TypeBuilder d, Kind kind) {
        if (kind == Kind.GENERATOR) {
            // StopIteration carries the return value (tp_iternext callers drop it)
            Slot.Unary iternext = self -> Generators.next((PyGenerator) self);
            d.value("__next__", new PySlotWrapper(d.type(), "__next__", iternext,
                    PySlotWrapper.fixed(0, (self, a) -> Generators.send((PyGenerator) self, PyNone.NONE, true))));
        }
        d.method("send", ArgSpec.one("send"), (self, a) -> Generators.send((PyGenerator) self, a[0], true));
        d.method("throw", ArgSpec.positional("throw", 1, 3),
                (self, a) -> Generators.throwInto((PyGenerator) self, a[0], a[1], a[2]));
        d.method0("close", self -> Generators.close((PyGenerator) self));
        if (kind == Kind.COROUTINE) {
            d.method0("__await__", self -> new PyAsyncOp(PyAsyncOp.Kind.CORO_WRAPPER, self, PyNone.NONE));
            d.getset("cr_origin", self -> PyNone.NONE, null);
        }
    }

    private static void fillAsyncGeneratorDict(TypeBuilder d) {
        d.method0("__aiter__", self -> self);
        d.method0("__anext__", self -> Async.anext((PyGenerator) self));
        d.method("asend", ArgSpec.one("asend"), (self, a) -> Async.asend((PyGenerator) self, a[0]));
        d.method("athrow", ArgSpec.positional("athrow", 1, 3),
                (self, a) -> Async.athrow((PyGenerator) self, a[0], a[1], a[2]));
        d.method0("aclose", self -> Async.aclose((PyGenerator) self));
    }

    /** Started, not running and not finished: paused at a yield or await. */
    public boolean isSuspended() {
        return started && !running && !finished;
    }

    private static String prefix(Kind kind) {
        return switch (kind) {
            case GENERATOR -> "gi";
            case COROUTINE -> "cr";
            case ASYNC_GENERATOR -> "ag";
        };
    }

    public final Kind kind;
    /** The interpreter's suspended frame (an org.ember.interp.Frame). */
    public final Object frame;
    public final PyCode code;
    public volatile String name;        // assignable, as CPython's gi_name/gi_qualname
    public volatile String qualname;
    public boolean started;
    public boolean running;
    public boolean finished;
    /** The exception being handled inside the generator while it is suspended (gi_exc_state). */
    public PyBaseException excState;
    /** How many except blocks of the generator's frame are open while it is suspended. */
    public int openExceptBlocks;
    /** Async generators: one of its asend/athrow awaitables is in progress (ag_running). */
    public boolean runningAsync;
    /** Async generators: closed by aclose() or finished (no more athrow). */
    public boolean asyncClosed;
    /** Async generators: the asyncgen hooks were consulted (on the first anext/asend/athrow/aclose). */
    public boolean hooksInited;
    /** Async generators: the finalizer hook in force when the hooks were consulted, or null. */
    public Object asyncgenFinalizer;
    /** Coroutines not yet started: what reports "coroutine ... was never awaited" (org.ember.interp.NeverAwaited). */
    public Object neverAwaitedTracker;
    /**
     * While the dispatch loop runs this generator's frame inline (FOR_ITER_GEN / SEND_GEN): the
     * caller's state to restore when it yields, returns or raises (org.ember.interp.Generators,
     * InlineResume). Made on the first inline resumption and reused: a generator runs once at a time.
     */
    public Object inlineResume;

    public PyGenerator(Kind kind, Object frame, PyCode code, String name, String qualname) {
        this.kind = kind;
        this.frame = frame;
        this.code = code;
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case GENERATOR -> TYPE;
            case COROUTINE -> COROUTINE_TYPE;
            case ASYNC_GENERATOR -> ASYNC_GENERATOR_TYPE;
        };
    }
}
