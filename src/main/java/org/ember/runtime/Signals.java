package org.ember.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One interpreter's signals, as CPython's signalmodule.c keeps them: a "tripped" bit per signal,
 * set from any thread (or the JVM's signal thread), and a Python handler per signal that only the
 * main thread runs, at its next eval-breaker check ({@code RESUME} and {@code JUMP_BACKWARD}) or
 * when a blocking wait of the main thread is interrupted.
 *
 * <p>How a tripped signal reaches the main thread: the bit is set first, then the main thread's
 * {@link ThreadState#pendingEvents} flag, then — only if the main thread is blocked in
 * {@link #waitInterruptibly} — a Java interrupt that wakes it up; the wait runs the handlers (a
 * handler that raises ends the wait with that exception) and otherwise goes on (PEP 475).
 */
public final class Signals {
    /** Highest signal number + 1, as Linux's NSIG. */
    public static final int NSIG = 65;
    public static final int SIGINT = 2;

    /** The handler values that are not callables (CPython's SIG_DFL and SIG_IGN are 0 and 1). */
    public static final PyInt SIG_DFL = PyInt.of(0);
    public static final PyInt SIG_IGN = PyInt.of(1);

    private final Interpreter interp;
    private final AtomicLong tripped = new AtomicLong();
    /** Handlers by signal number: SIG_DFL, SIG_IGN or a callable; null means "not set yet" (see {@link #handler}). */
    private final Object[] handlers = new Object[NSIG];
    /** signal.default_int_handler: SIGINT's initial handler, raises KeyboardInterrupt. */
    private final Object defaultIntHandler;
    /** The main thread's state, once known: where handlers run. */
    private volatile ThreadState mainThreadState;

    Signals(Interpreter interp) {
        this.interp = interp;
        this.defaultIntHandler = new PyBuiltinFunction(ArgSpec.positional("default_int_handler", 2, 2), (self, a) -> {
            throw Errors.withArgs(Exceptions.KeyboardInterrupt);
        });
    }

    /** The interpreter of the newest session: where an OS signal goes (see {@link #installOsHandlers}). */
    private static volatile Interpreter processInterpreter;

    /**
     * Routes the process's SIGINT (Ctrl-C) to the newest session's interpreter, as CPython's C
     * handler does: a Python handler (default_int_handler: KeyboardInterrupt) runs in the main
     * thread; SIG_IGN ignores it; SIG_DFL ends the process with status 130 (killed by SIGINT).
     * Only the ember command calls this: tests and embedders keep the JVM's own handling.
     */
    @SuppressWarnings("removal")
    public static void installOsHandlers() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> {
                Interpreter interp = processInterpreter;
                if (interp == null) Runtime.getRuntime().halt(130);
                Object h = interp.signals.handler(SIGINT);
                if (h == SIG_IGN) return;
                if (h == SIG_DFL) Runtime.getRuntime().halt(130);
                interp.signals.trip(SIGINT);
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // the platform does not let us handle SIGINT: the JVM's default stays
        }
    }

    /** Records the main thread's state (the session that owns the interpreter calls this). */
    public void setMainThreadState(ThreadState ts) {
        mainThreadState = ts;
        processInterpreter = interp;
    }

    public boolean isMainThread() {
        return Thread.currentThread() == interp.mainThread;
    }

    public Object defaultIntHandler() {
        return defaultIntHandler;
    }

    /** The Python-level handler of {@code signum}: SIGINT starts with default_int_handler, SIGPIPE/SIGXFSZ ignored. */
    public synchronized Object handler(int signum) {
        Object h = handlers[signum];
        if (h != null) return h;
        if (signum == SIGINT) return defaultIntHandler;
        return signum == 13 || signum == 25 ? SIG_IGN : SIG_DFL;
    }

    public synchronized Object setHandler(int signum, Object handler) {
        Object old = handler(signum);
        handlers[signum] = handler;
        return old;
    }

    /** True when a signal of this number is handled by Python code (not SIG_DFL/SIG_IGN). */
    public boolean handledByPython(int signum) {
        Object h = handler(signum);
        return h != SIG_DFL && h != SIG_IGN && !(h instanceof PyInt);
    }

    /**
     * Marks {@code signum} as tripped and makes the main thread look at it soon (CPython's
     * trip_signal). Safe from any thread.
     */
    public void trip(int signum) {
        tripped.getAndUpdate(bits -> bits | bit(signum));
        ThreadState main = mainThreadState;
        if (main != null) main.pendingEvents = true;
        synchronized (waitLock) {
            // only a main thread inside waitInterruptibly is interrupted: a Java interrupt at any
            // other moment could, for one, close a FileChannel the main thread is writing to
            if (mainWaiting) interp.mainThread.interrupt();
        }
    }

    private final Object waitLock = new Object();
    /** True while the main thread is blocked in {@link #waitInterruptibly} (guarded by waitLock). */
    private boolean mainWaiting;

    private void setMainWaiting(boolean waiting) {
        synchronized (waitLock) {
            mainWaiting = waiting;
        }
    }

    /** One blocking wait: {@code nanos} is negative for "no limit", else the time left (0: just try). */
    @FunctionalInterface
    public interface Wait {
        boolean await(long nanos) throws InterruptedException;
    }

    /**
     * Runs a blocking wait (sleep, lock acquire, join) as CPython's behave under signals
     * (PEP 475): in the main thread a tripped signal interrupts the wait, its handler runs —
     * KeyboardInterrupt from the default SIGINT handler propagates from here — and the wait then
     * resumes for the time left. {@code nanos} negative waits without limit.
     */
    public static boolean waitInterruptibly(long nanos, Wait wait) {
        Signals signals = ThreadState.current().interpreter().signals;
        boolean main = signals.isMainThread();
        long deadline = nanos < 0 ? 0 : System.nanoTime() + nanos;
        while (true) {
            long left = nanos < 0 ? nanos : Math.max(0, deadline - System.nanoTime());
            boolean interrupted = false;
            if (main) signals.setMainWaiting(true);
            try {
                if (!main || !signals.anyTripped()) return wait.await(left);
                interrupted = true;
            } catch (InterruptedException e) {
                interrupted = true;   // in another thread: not a signal (nothing sends those), the wait goes on
            } finally {
                if (main) signals.setMainWaiting(false);
                Thread.interrupted();   // no trip can interrupt any more: a late one is dropped (its bit stays)
            }
            if (interrupted && main) signals.runHandlers();
        }
    }

    /** A signal number argument: an int in 1..NSIG-1, else CPython's errors. */
    public static int signalNumber(Object arg) {
        long n = Abstract.asSize(arg, Exceptions.OverflowError);   // TypeError for a non-int, as CPython's
        if (n < 1 || n >= NSIG) throw Errors.valueError("signal number out of range");
        return (int) n;
    }

    /**
     * _thread.interrupt_main(signum) and signal.raise_signal for a handled signal: trips it; in
     * the main thread its handler runs at once (CPython's check after the call), elsewhere at
     * the main thread's next check. A signal not handled by Python code is ignored.
     */
    public void raiseInMain(int signum) {
        if (!handledByPython(signum)) return;
        trip(signum);
        if (isMainThread()) runHandlers();
    }

    /** Signal n (1..64) is bit n - 1. */
    private static long bit(int signum) {
        return 1L << (signum - 1);
    }

    /** Makes the main thread stop at its next eval-breaker check (weakref callbacks are waiting). */
    public void requestMainThreadCheck() {
        ThreadState main = mainThreadState;
        if (main != null) main.pendingEvents = true;
    }

    /** True when some signal is tripped and not yet handled. */
    public boolean anyTripped() {
        return tripped.get() != 0;
    }

    /**
     * Runs the handlers of the tripped signals (main thread only; elsewhere nothing happens and
     * the bits stay for the main thread). A handler's exception propagates; the signals after it
     * stay tripped for the next check, as in CPython.
     */
    public void runHandlers() {
        if (!isMainThread() || tripped.get() == 0) return;
        for (int signum = 1; signum < NSIG; signum++) {
            long bit = bit(signum);
            if ((tripped.get() & bit) == 0) continue;
            tripped.getAndUpdate(bits -> bits & ~bit);
            if (tripped.get() != 0) {
                ThreadState main = mainThreadState;
                if (main != null) main.pendingEvents = true;   // the rest at the next check
            }
            Object h = handler(signum);
            if (h == SIG_IGN || h == SIG_DFL || h instanceof PyInt) continue;   // see docs: SIG_DFL ends nothing here
            if (h == defaultIntHandler) throw Errors.withArgs(Exceptions.KeyboardInterrupt);
            Abstract.call(h, PyInt.of(signum), currentFrame());
        }
    }


    /** The frame a handler receives: the main thread's innermost Python frame, or None. */
    private static Object currentFrame() {
        org.ember.interp.Frame f = ThreadState.current().frame;
        return f == null ? PyNone.NONE : f.frameObject();
    }
}
