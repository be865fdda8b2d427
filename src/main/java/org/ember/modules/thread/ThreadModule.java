package org.ember.modules.thread;

import java.util.concurrent.atomic.AtomicInteger;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.ember.runtime.ThreadState;

/**
 * {@code _thread}: Python threads as Java platform threads, all running at once (no GIL).
 *
 * <p>Each new thread attaches its own {@link ThreadState} to the creating interpreter before it
 * runs any Python code. Java threads are daemons: the interpreter decides at exit whom to wait
 * for ({@code threading._shutdown} joins the non-daemon Python threads, as CPython does), and
 * threads still running after that die with the process.
 */
public final class ThreadModule {
    private ThreadModule() {}

    /** Java stack size of a new Python thread when stack_size() was not set (the main thread's -Xss). */
    static final long DEFAULT_STACK_BYTES = 16L * 1024 * 1024;
    private static final long MIN_STACK_BYTES = 32768;

    /** The per-interpreter state of the module: captured by its functions, never static. */
    private static final class Registry {
        final Interpreter interp;
        final AtomicInteger running = new AtomicInteger();
        volatile long stackSize;

        Registry(Interpreter interp) {
            this.interp = interp;
        }
    }

    /** {@code get_ident()} of a Java thread: its thread id, unique while the JVM lives. */
    public static long identOf(Thread thread) {
        return thread.threadId();
    }

    public static PyModule create(Interpreter interp) {
        Registry reg = new Registry(interp);
        PyModule m = new PyModule("_thread");
        PyDict d = m.dict();
        d.setItem(new PyStr("LockType"), PyLock.TYPE);
        d.setItem(new PyStr("lock"), PyLock.TYPE);
        d.setItem(new PyStr("RLock"), PyRLock.TYPE);
        d.setItem(new PyStr("_local"), PyLocal.TYPE);
        d.setItem(new PyStr("_ThreadHandle"), PyThreadHandle.TYPE);
        d.setItem(new PyStr("error"), Exceptions.RuntimeError);
        d.setItem(new PyStr("TIMEOUT_MAX"), new PyFloat(Timeouts.TIMEOUT_MAX));
        PyBuiltinFunction.Body allocate = (self, a) -> new PyLock();
        def(m, ArgSpec.noArgs("allocate_lock"), allocate);
        def(m, ArgSpec.noArgs("allocate"), allocate);
        PyBuiltinFunction.Body startNew = (self, a) -> startNewThread(reg, a);
        def(m, ArgSpec.positional("start_new_thread", 2, 3), startNew);
        def(m, ArgSpec.positional("start_new", 2, 3), startNew);
        def(m, ArgSpec.keywords("start_joinable_thread", 0, 1, 1, "function", "handle", "daemon"),
                (self, a) -> startJoinable(reg, a[0], a[1]));
        def(m, ArgSpec.one("_condition_methods"), (self, a) -> ConditionMethods.methodsFor(a[0]));
        def(m, ArgSpec.positional("_queue_methods", 3, 3), (self, a) -> QueueMethods.methodsFor(a[0], a[1], a[2]));
        def(m, ArgSpec.noArgs("get_ident"), (self, a) -> PyInt.of(identOf(Thread.currentThread())));
        def(m, ArgSpec.noArgs("get_native_id"), (self, a) -> PyInt.of(identOf(Thread.currentThread())));
        def(m, ArgSpec.noArgs("_get_main_thread_ident"), (self, a) -> PyInt.of(identOf(interp.mainThread)));
        def(m, ArgSpec.noArgs("_count"), (self, a) -> PyInt.of(reg.running.get()));
        def(m, ArgSpec.noArgs("_is_main_interpreter"), (self, a) -> PyBool.TRUE);
        def(m, ArgSpec.noArgs("daemon_threads_allowed"), (self, a) -> PyBool.TRUE);
        def(m, ArgSpec.positional("stack_size", 0, 1), (self, a) -> stackSize(reg, a[0]));
        def(m, ArgSpec.keywords("interrupt_main", 0, 0, 1, "signum"), (self, a) -> interruptMain(interp, a[0]));
        PyBuiltinFunction.Body exit = (self, a) -> {
            throw Errors.withArgs(Exceptions.SystemExit);
        };
        def(m, ArgSpec.noArgs("exit"), exit);
        def(m, ArgSpec.noArgs("exit_thread"), exit);
        def(m, ArgSpec.one("_excepthook"), (self, a) -> exceptHook(interp, a[0]));
        // Ember's own: the traceback text of an exception written to a file (threading's
        // "Exception in threading.excepthook:" path; CPython uses sys.excepthook there)
        def(m, ArgSpec.positional("_print_exception", 2, 2), (self, a) -> {
            if (!(a[0] instanceof PyBaseException exc)) throw Errors.typeError("_print_exception() argument 1 must be an exception");
            Abstract.invoke(a[1], "write", new PyStr(interp.formatException(exc)));
            Abstract.invoke(a[1], "flush");
            return PyNone.NONE;
        });
        return m;
    }

    /** interrupt_main(signum=SIGINT): as if the signal arrived (ignored when Python does not handle it). */
    private static Object interruptMain(Interpreter interp, Object signumArg) {
        int signum = signumArg == null ? org.ember.runtime.Signals.SIGINT : org.ember.runtime.Signals.signalNumber(signumArg);
        interp.signals.raiseInMain(signum);
        return PyNone.NONE;
    }

    private static Object stackSize(Registry reg, Object sizeArg) {
        // as CPython: no argument means 0, so a bare stack_size() also resets to the default
        long size = sizeArg == null ? 0 : Abstract.asSize(sizeArg, Exceptions.OverflowError);
        if (size < 0) throw Errors.valueError("size must be 0 or a positive value");
        if (size != 0 && size < MIN_STACK_BYTES) throw Errors.valueError("size not valid: %d bytes", size);
        long old = reg.stackSize;
        reg.stackSize = size;
        return PyInt.of(old);
    }

    /** start_new_thread(function, args[, kwargs]): an exception is reported as unraisable. */
    private static Object startNewThread(Registry reg, Object[] a) {
        Object function = a[0];
        if (Abstract.typeOf(function).call == null && !(function instanceof PyBuiltinFunction)) {
            throw Errors.typeError("first arg must be callable");
        }
        if (!(a[1] instanceof PyTuple args)) throw Errors.typeError("2nd arg must be a tuple");
        if (a[2] != null && !(a[2] instanceof PyDict)) throw Errors.typeError("optional 3rd arg must be a dictionary");
        PyDict kwargs = (PyDict) a[2];
        PyThreadHandle handle = new PyThreadHandle();
        start(reg, handle, () -> {
            try {
                callWith(function, args, kwargs);
            } catch (PyException e) {
                if (!e.matches(Exceptions.SystemExit)) {
                    report(reg.interp, "Exception ignored in thread started by " + safeRepr(function) + ":\n", e.value);
                }
            }
        });
        return PyInt.of(handle.ident);
    }

    /** start_joinable_thread(function, handle=None, daemon=True): threading's way to start a thread. */
    private static Object startJoinable(Registry reg, Object function, Object handleArg) {
        if (Abstract.typeOf(function).call == null && !(function instanceof PyBuiltinFunction)) {
            throw Errors.typeError("thread function must be callable");
        }
        PyThreadHandle handle = handleArg instanceof PyThreadHandle h ? h : new PyThreadHandle();
        start(reg, handle, () -> {
            try {
                Abstract.call(function);
            } catch (PyException e) {
                if (!e.matches(Exceptions.SystemExit)) {
                    report(reg.interp, "Exception ignored in thread started by " + safeRepr(function) + ":\n", e.value);
                }
            }
        });
        return handle;
    }

    private static void start(Registry reg, PyThreadHandle handle, Runnable body) {
        long stack = reg.stackSize == 0 ? DEFAULT_STACK_BYTES : reg.stackSize;
        Thread thread = new Thread(null, () -> {
            ThreadState state = new ThreadState(reg.interp);
            ThreadState.attach(state);
            try {
                body.run();
            } catch (StackOverflowError e) {
                report(reg.interp, "Exception ignored in thread:\n",
                        Errors.recursionError("maximum recursion depth exceeded").value);
            } catch (RuntimeException e) {
                // not a Python exception: a bug, but the user sees a Python one
                report(reg.interp, "Exception ignored in thread:\n", Errors.systemError("%s", e.toString()).value);
            } finally {
                state.release(); // before joiners wake: a thread started next reuses the index
                reg.running.decrementAndGet();
                handle.setDone();
            }
        }, "python-thread", stack);
        thread.setDaemon(true);
        handle.thread = thread;
        handle.ident = identOf(thread);
        reg.running.incrementAndGet();
        try {
            thread.start();
        } catch (OutOfMemoryError e) {
            reg.running.decrementAndGet();
            handle.setDone();
            throw Errors.runtimeError("can't start new thread");
        }
    }

    /** function(*args, **kwargs). */
    public static Object callWith(Object function, PyTuple args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) return Abstract.call(function, args.items());
        java.util.List<Object[]> entries = kwargs.entries();
        Object[] vector = new Object[args.size() + entries.size()];
        System.arraycopy(args.items(), 0, vector, 0, args.size());
        Object[] names = new Object[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i)[0] instanceof PyStr)) throw Errors.typeError("keywords must be strings");
            names[i] = entries.get(i)[0];
            vector[args.size() + i] = entries.get(i)[1];
        }
        return Abstract.call(function, vector, 0, vector.length, PyTuple.of(names));
    }

    /**
     * {@code _thread._excepthook(args)}, threading.excepthook's default: "Exception in thread
     * NAME:" and the traceback on sys.stderr; SystemExit is silently ignored.
     */
    private static Object exceptHook(Interpreter interp, Object args) {
        Object excType = Abstract.getAttr(args, "exc_type");
        if (excType == Exceptions.SystemExit) return PyNone.NONE;
        Object value = Abstract.getAttr(args, "exc_value");
        Object thread = Abstract.getAttr(args, "thread");
        Object stderr = sysAttribute(interp, "stderr");
        if (stderr == null || stderr == PyNone.NONE) {
            stderr = thread == PyNone.NONE ? null : Abstract.lookupAttr(thread, new PyStr("_stderr"));
            if (stderr == null || stderr == PyNone.NONE) return PyNone.NONE;
        }
        String name = thread == PyNone.NONE ? Long.toString(identOf(Thread.currentThread()))
                : Abstract.str(Abstract.getAttr(thread, "name")).value();
        String text = "Exception in thread " + name + ":\n"
                + (value instanceof PyBaseException exc ? interp.formatException(exc) : Abstract.str(excType).value() + "\n");
        Abstract.invoke(stderr, "write", new PyStr(text));
        Abstract.invoke(stderr, "flush");
        return PyNone.NONE;
    }

    /** An exception nobody can catch any more: the header line, then the traceback, on sys.stderr. */
    public static void report(Interpreter interp, String header, PyBaseException exc) {
        Object stderr = sysAttribute(interp, "stderr");
        if (stderr == null || stderr == PyNone.NONE) return;
        try {
            Abstract.invoke(stderr, "write", new PyStr(header + interp.formatException(exc)));
            Abstract.invoke(stderr, "flush");
        } catch (PyException ignored) {
            // stderr itself fails: nothing left to tell
        }
    }

    private static String safeRepr(Object o) {
        try {
            return Abstract.repr(o).value();
        } catch (PyException e) {
            return "<object repr() failed>";
        }
    }

    static Object sysAttribute(Interpreter interp, String name) {
        if (!(interp.modules.getItemStr("sys") instanceof PyModule sys)) return null;
        return sys.dict().getItemStr(name);
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }

}
