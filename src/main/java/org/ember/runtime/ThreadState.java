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
     * This thread's slot in every code object's table of per-thread bytecode copies. Unique in
     * the JVM (not per interpreter), because a code object could be run by several interpreters.
     */
    public final int codeCopyIndex = COPY_INDICES.getAndIncrement();
    private static final java.util.concurrent.atomic.AtomicInteger COPY_INDICES = new java.util.concurrent.atomic.AtomicInteger();
    private int recursionDepth;
    /** The exception being handled (sys.exception()), or null. */
    public PyBaseException handledException;
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
