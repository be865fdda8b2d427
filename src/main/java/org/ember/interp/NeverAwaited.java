package org.ember.interp;

import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.ember.modules.Warnings;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyGenerator;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.ThreadState;
import org.ember.runtime.WeakRefRegistry;

/**
 * "RuntimeWarning: coroutine 'f' was never awaited". CPython warns when a coroutine that never
 * started is deallocated, at the line that dropped the last reference. On the JVM the death is
 * only seen once the collector has cleared a weak reference: each new coroutine gets a
 * {@link Tracker} (dropped when the coroutine first runs, is thrown into or closed); the
 * watcher thread hands a cleared tracker over and raises the main thread's eval-breaker flag,
 * and the warning is issued there, by {@code gc.collect()} or at exit — at the line that
 * <em>created</em> the coroutine (usually the same line: {@code f()} without {@code await}).
 * At exit, coroutines still alive are reported as CPython reports those its finalization frees:
 * {@code <sys>:0}.
 */
public final class NeverAwaited {
    private final Interpreter interp;
    private final Set<Tracker> live = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Tracker> dead = new ConcurrentLinkedQueue<>();

    private NeverAwaited(Interpreter interp) {
        this.interp = interp;
    }

    /** A coroutine that has not run yet, and where it was made. */
    static final class Tracker extends WeakReference<PyGenerator> implements WeakRefRegistry.Watched {
        final NeverAwaited owner;
        final String qualname;
        final String filename;
        final int lineno;
        /** The creating frame's globals: the module (for the filters) and __warningregistry__. */
        final PyDict globals;

        Tracker(NeverAwaited owner, PyGenerator coro, String filename, int lineno, PyDict globals) {
            super(coro, WeakRefRegistry.sharedQueue());
            this.owner = owner;
            this.qualname = coro.qualname;
            this.filename = filename;
            this.lineno = lineno;
            this.globals = globals;
        }

        @Override
        public void cleared() {
            owner.dead.add(this);
            owner.interp.signals.requestMainThreadCheck();
        }
    }

    private static NeverAwaited of(Interpreter interp) {
        if (interp.neverAwaited instanceof NeverAwaited existing) return existing;
        synchronized (interp) {
            if (!(interp.neverAwaited instanceof NeverAwaited)) interp.neverAwaited = new NeverAwaited(interp);
            return (NeverAwaited) interp.neverAwaited;
        }
    }

    /** A new coroutine, made by a call in {@code caller} (null when no Python frame made it). */
    static void track(ThreadState ts, PyGenerator coro, Frame caller) {
        NeverAwaited state = of(ts.interpreter());
        String filename = caller == null ? "<sys>" : caller.code.raw.fileName();
        int lineno = caller == null ? 0 : Frames.lineno(caller);
        PyDict globals = caller == null ? null : caller.globals;
        Tracker t = new Tracker(state, coro, filename, lineno, globals);
        state.live.add(t);
        coro.neverAwaitedTracker = t;
    }

    /** The coroutine runs (or is thrown into, or closed) for the first time: no warning for it. */
    static void untrack(PyGenerator coro) {
        if (!(coro.neverAwaitedTracker instanceof Tracker t)) return;
        coro.neverAwaitedTracker = null;
        t.clear();
        t.owner.live.remove(t);
    }

    /** Warns for the trackers the watcher handed over (eval breaker). */
    static void warnCollected(Interpreter interp) {
        if (interp.neverAwaited instanceof NeverAwaited state) {
            for (Tracker t; (t = state.dead.poll()) != null; ) state.warnIfLive(t, false);
        }
    }

    /** gc.collect(), after the collection: every tracked coroutine found collected is reported. */
    public static void warnAfterCollection(Interpreter interp) {
        if (!(interp.neverAwaited instanceof NeverAwaited state)) return;
        warnCollected(interp);
        for (Tracker t : state.live) if (t.refersTo(null)) state.warnIfLive(t, false);
    }

    /** At exit: the collected ones at their creation line, those still alive as {@code <sys>:0}. */
    public static void warnAtExit(Interpreter interp) {
        if (!(interp.neverAwaited instanceof NeverAwaited state) || state.live.isEmpty()) return;
        System.gc();   // tell the dead from the living
        for (Tracker t : state.live.toArray(Tracker[]::new)) state.warnIfLive(t, !t.refersTo(null));
    }

    /** Issues the warning once per tracker (it may be reached by several paths). */
    private void warnIfLive(Tracker t, boolean atFinalization) {
        if (!live.remove(t)) return;
        String message = "coroutine '" + t.qualname + "' was never awaited";
        try {
            if (atFinalization || t.globals == null) {
                Warnings.warnExplicit(interp, Exceptions.RuntimeWarning, message, "<sys>", 0);
            } else {
                Object module = t.globals.getItemStr("__name__");
                Warnings.warnExplicitWithSource(interp, Exceptions.RuntimeWarning, message, t.filename, t.lineno,
                        module == null ? PyNone.NONE : module, registry(t.globals), new PyStr(t.qualname));
            }
        } catch (PyException e) {
            org.ember.modules.thread.ThreadModule.report(interp,
                    "Exception ignored in: <coroutine object " + t.qualname + ">\n", e.value);
        }
    }

    /** The module's __warningregistry__, made if missing (CPython's setup_context). */
    private static PyDict registry(PyDict globals) {
        if (globals.getItemStr("__warningregistry__") instanceof PyDict r) return r;
        PyDict fresh = new PyDict();
        globals.setItem(new PyStr("__warningregistry__"), fresh);
        return fresh;
    }

}
