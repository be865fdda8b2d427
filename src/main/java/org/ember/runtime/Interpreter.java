package org.ember.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Python interpreter: its modules, its builtins namespace, the version-tag counter of the
 * classes its code creates, the recursion limit. Several may live in one JVM; they share only
 * the immutable builtin types. Never stored in static fields.
 */
public final class Interpreter {

    /** sys.modules. */
    public final PyDict modules = new PyDict();
    /** The builtins module's namespace (filled by the builtins module, not by the runtime). */
    public final PyDict builtins = new PyDict();
    private final AtomicInteger typeVersions = new AtomicInteger(PyType.FIRST_HEAP_VERSION);
    private final AtomicInteger dictKeysVersions = new AtomicInteger();
    private volatile int recursionLimit = 1000;
    /** -X specialize=0 turns it off; read when a thread's code copy is created. */
    private volatile boolean specialization = true;
    /**
     * Tier 2 ({@code org.ember.jit}): calls (or a hot loop) before a code object is compiled to
     * JVM bytecode; -1 = tier 2 off. On by default; {@code -X jit=0} / {@code PYTHON_JIT=0} turn
     * it off, {@code -X jit-threshold=N} sets N (the properties {@code ember.jit=false} and
     * {@code ember.jitThreshold} set the default, for test runs).
     */
    public int jitThreshold = defaultJitThreshold();
    /**
     * Tier 2 compiles a code object when it made {@link #jitThreshold} calls within this many
     * nanoseconds: code called less often than that (threshold/window calls a second) stays
     * interpreted, since what it costs interpreted is bounded by its rarity (docs/jit.md, "When
     * code is compiled"). 0: no window (the threshold alone). {@code ember.jitWindowMs} sets it.
     */
    public long jitWindowNanos = DEFAULT_JIT_WINDOW_NANOS;
    /**
     * Tier 2 was asked for by name ({@code -X jit}, {@code PYTHON_JIT=1}, {@code -X jit-threshold}):
     * loops then specialize to JUMP_BACKWARD_JIT as in CPython's JIT build; otherwise they show
     * CPython's default-build name JUMP_BACKWARD_NO_JIT (which counts back edges for tier 2 too).
     */
    public boolean jitRequested;
    /** True while sys.settrace / sys.setprofile hooks are set: compiled code must not run. */
    public volatile boolean tracing;
    /** -X tlbc=0 / PYTHON_TLBC=0: all threads share one code copy, which is never specialized. */
    private volatile boolean threadLocalBytecode = true;
    private volatile int intMaxStrDigits = 4300;
    /** Per-module locks that make concurrent imports of one module wait for each other. */
    public final ImportLocks importLocks = new ImportLocks();
    /** The weak references made by this interpreter's code, by referent (weakref, gc). */
    public final WeakRefRegistry weakRefs = new WeakRefRegistry(this);
    /** The warnings machinery's filters and registries (org.ember.modules.Warnings), made on first use. */
    public volatile Object warningsState;
    /** The coroutines not started yet, for "was never awaited" (org.ember.interp.NeverAwaited), made on first use. */
    public volatile Object neverAwaited;
    /** The import bootstrap module (_frozen_importlib) once it is ready to make module specs; see interp.ImportSystem. */
    public volatile Object importBootstrap;
    /** The finders the bootstrap put on sys.meta_path (a tuple): any other entry is the program's own. */
    public volatile Object importDefaultFinders;
    /** The thread that created the interpreter: the one KeyboardInterrupt goes to (threading.main_thread()). */
    public final Thread mainThread = Thread.currentThread();
    /** Tripped signals and their Python handlers (the signal module, interrupt_main). */
    public final Signals signals = new Signals(this);
    /**
     * How the session prints an uncaught exception (CPython's traceback text), for modules that
     * report exceptions themselves (threads' excepthook, atexit, weakref callbacks). Set by the session.
     */
    private volatile java.util.function.Function<PyBaseException, String> exceptionFormatter;

    public void setExceptionFormatter(java.util.function.Function<PyBaseException, String> formatter) {
        exceptionFormatter = formatter;
    }

    /** The traceback text of {@code exc} as the session prints it; without a session just "Type: message". */
    public String formatException(PyBaseException exc) {
        var formatter = exceptionFormatter;
        if (formatter != null) return formatter.apply(exc);
        String message;
        try {
            message = Abstract.str(exc).value();
        } catch (PyException e) {
            message = "<exception str() failed>";
        }
        return exc.type().name() + (message.isEmpty() ? "" : ": " + message) + "\n";
    }

    /** A fresh version tag for a heap type (never 0, never a builtin type's). */
    public int nextTypeVersion() {
        int v = typeVersions.incrementAndGet();
        return v == 0 ? typeVersions.incrementAndGet() : v;
    }

    /** A fresh keys version for a namespace dict (never 0). */
    public int nextDictKeysVersion() {
        int v = dictKeysVersions.incrementAndGet();
        return v == 0 ? dictKeysVersions.incrementAndGet() : v;
    }

    /** sys.get_int_max_str_digits(): 0 means no limit. */
    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int digits) {
        if (digits != 0 && digits < 640) {
            throw Errors.valueError("maxdigits must be >= %d or 0 for unlimited", 640);
        }
        intMaxStrDigits = digits;
    }

    public boolean specialization() {
        return specialization;
    }

    public boolean threadLocalBytecode() {
        return threadLocalBytecode;
    }

    /** Set before any code runs (the command line's -X specialize / -X tlbc). */
    public void configureSpecialization(boolean specialize, boolean tlbc) {
        this.specialization = specialize;
        this.threadLocalBytecode = tlbc;
    }

    /** Tier 2's threshold from the system properties the command line sets: -1 when off. */
    public static int defaultJitThreshold() {
        return JIT_THRESHOLD_FROM_PROPERTIES;
    }

    /** Calls before tier 2 compiles a function (unless -X jit-threshold says otherwise). */
    public static final int DEFAULT_JIT_THRESHOLD = 200;

    /** {@link #jitWindowNanos}'s default: 1 s, or the system property {@code ember.jitWindowMs}. */
    public static final long DEFAULT_JIT_WINDOW_NANOS = Long.getLong("ember.jitWindowMs", 1000) * 1_000_000L;

    /** Read once, like the static-final flags of -X jit elsewhere (a later in-process run cannot change it). */
    private static final int JIT_THRESHOLD_FROM_PROPERTIES = Integer.getInteger("ember.jitThreshold",
            "false".equals(System.getProperty("ember.jit")) ? -1 : DEFAULT_JIT_THRESHOLD);

    public int recursionLimit() {
        return recursionLimit;
    }

    /** {@code sys.setrecursionlimit(n)}. */
    public void setRecursionLimit(int limit) {
        if (limit < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
        recursionLimit = limit;
    }
}
