package org.ember.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-thread interpreter state: which interpreter the thread runs, the exception being handled,
 * the recursion depth, the objects whose repr is in progress (for {@code [...]}).
 *
 * <p>{@link #current()} finds it through a thread-local; the interpreter binds one with
 * {@link #attach} when a thread starts running Python code. A thread that never attached (a
 * Java caller, a unit test) gets a state for a private default interpreter.
 */
public final class ThreadState {

    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(() -> new ThreadState(new Interpreter()));

    private final Interpreter interpreter;
    /**
     * This thread's slot in every code object's table of per-thread bytecode copies. Unique among
     * the live thread states of the JVM (not per interpreter), because a code object could be run
     * by several interpreters. A finished Python thread gives its index back ({@link #release});
     * the next thread takes the lowest free one, as CPython's tlbc index pool does, so copy
     * tables stay as long as the number of threads alive at once rather than ever started, and a
     * new thread inherits the finished one's already specialized copies instead of warming up
     * fresh ones. Handing a copy over is safe: its owner wrote to it only before releasing the
     * index, and the pool's lock orders that release before the next acquisition.
     */
    public final int codeCopyIndex = CopyIndices.acquire();
    private boolean released;
    private int recursionDepth;
    /** The exception being handled (sys.exception()), or null. */
    public PyBaseException handledException;
    /**
     * How many except blocks are open on this thread (PUSH_EXC_INFO minus POP_EXCEPT): a
     * generator suspended with more open than when it resumed yields inside an except block and
     * keeps its handled exception (gi_exc_state), even when it is the caller's very exception.
     */
    public int openExceptBlocks;
    /**
     * While a generator runs: {@link #openExceptBlocks} when it was resumed, and the caller's
     * handled exception then. A POP_EXCEPT back to that depth restores the caller's exception,
     * not the one the generator's except block saved in an earlier resumption (stale by now).
     */
    public int resumedExceptBaseline = -1;
    public PyBaseException resumedCallerHandled;
    private final List<Object> reprInProgress = new ArrayList<>();
    /**
     * The contextvars Context this thread runs in (an {@code _contextvars.Context}), or null
     * until the thread first uses context variables: a new thread starts with an empty context.
     */
    public Object context;
    /** sys.set_asyncgen_hooks: this thread's firstiter and finalizer hooks, or null (None). */
    public Object asyncgenFirstiter, asyncgenFinalizer;
    /** The innermost executing frame; frames link to their callers through Frame.previous. */
    public org.ember.interp.Frame frame;
    /**
     * Set (from any thread) when this thread has something to do at its next eval-breaker check
     * (RESUME, JUMP_BACKWARD): tripped signals, weakref callbacks. Read once per check.
     */
    public volatile boolean pendingEvents;

    public ThreadState(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    public static ThreadState current() {
        return CURRENT.get();
    }

    /** Makes {@code state} the current thread's state. */
    public static void attach(ThreadState state) {
        CURRENT.set(state);
        state.javaThread = Thread.currentThread();
        ATTACHED.put(state, Boolean.TRUE);
    }

    /**
     * The attached states (sys._current_frames, faulthandler): weak, so that a session's main
     * state goes away with its interpreter when the Java thread attaches the next one.
     */
    private static final java.util.Map<ThreadState, Boolean> ATTACHED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    /** The Java thread this state was attached to (its thread id is the Python ident). */
    private volatile Thread javaThread;

    /** The states of {@code interp}'s threads that are attached and alive, each with its Java thread. */
    public static java.util.Map<Thread, ThreadState> attachedThreads(Interpreter interp) {
        java.util.Map<Thread, ThreadState> result = new java.util.LinkedHashMap<>();
        synchronized (ATTACHED) {
            for (ThreadState state : ATTACHED.keySet()) {
                Thread t = state.javaThread;
                if (state.interpreter == interp && !state.released && t != null && t.isAlive()) result.put(t, state);
            }
        }
        return result;
    }

    /**
     * Called by a Python thread as it ends, after its last Python code ran: gives the code copy
     * index back for reuse and detaches this state, so that anything the (Java) thread still
     * runs afterwards gets a state with an index of its own. Only the owning thread calls this.
     */
    public void release() {
        if (released) return;
        released = true;
        if (CURRENT.get() == this) CURRENT.remove();
        CopyIndices.release(codeCopyIndex);
        ATTACHED.remove(this);
    }

    /** The pool of code copy indices: the lowest free index first, so tables stay short. */
    private static final class CopyIndices {
        private static final java.util.BitSet TAKEN = new java.util.BitSet();

        static synchronized int acquire() {
            int index = TAKEN.nextClearBit(0);
            TAKEN.set(index);
            return index;
        }

        static synchronized void release(int index) {
            TAKEN.clear(index);
        }
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    public int recursionDepth() {
        return recursionDepth;
    }

    /** Puts the depth back to a value saved earlier (a loop abandoned by a JVM Error keeps it exact). */
    public void restoreRecursionDepth(int depth) {
        recursionDepth = depth;
    }

    /** Counts one level of nesting; RecursionError past the interpreter's limit. */
    public void enterRecursiveCall(String where) {
        if (++recursionDepth > interpreter.recursionLimit()) {
            recursionDepth--;
            throw Errors.recursionError("maximum recursion depth exceeded%s", where);
        }
    }

    public void leaveRecursiveCall() {
        recursionDepth--;
    }

    /**
     * CPython 3.13's Py_C_RECURSION_LIMIT: nesting of builtin operations (repr, str, comparison,
     * calls of non-function objects) counts against this, apart from sys.getrecursionlimit(),
     * which bounds Python frames only; so repr() of a list nested 1000 deep works under a
     * recursion limit of 200, as in CPython.
     */
    public static final int C_RECURSION_LIMIT = 10000;
    private int cRecursionDepth;

    /** Counts one level of builtin (C-level) nesting; RecursionError past {@link #C_RECURSION_LIMIT}. */
    public void enterCRecursiveCall(String where) {
        if (++cRecursionDepth > C_RECURSION_LIMIT) {
            cRecursionDepth--;
            throw Errors.recursionError("maximum recursion depth exceeded%s", where);
        }
    }

    public void leaveCRecursiveCall() {
        cRecursionDepth--;
    }

    /** CPython's Py_ReprEnter: false if {@code container}'s repr is already in progress here. */
    public boolean reprEnter(Object container) {
        for (Object o : reprInProgress) if (o == container) return false;
        reprInProgress.add(container);
        return true;
    }

    public void reprLeave(Object container) {
        for (int i = reprInProgress.size() - 1; i >= 0; i--) {
            if (reprInProgress.get(i) == container) {
                reprInProgress.remove(i);
                return;
            }
        }
    }
}
