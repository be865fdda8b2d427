package org.ember.interp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.invoke.MethodType;

import org.ember.jit.CodeCompiler;
import org.ember.jit.JitStats;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyException;
import org.ember.runtime.ThreadState;

/**
 * Where the interpreter meets tier 2 ({@code org.ember.jit}): counting calls, compiling a hot
 * code object, entering its compiled code at a frame's start ({@link Eval#run}), from a call
 * (the loop's CALL_PY_EXACT_ARGS), and in the middle of a hot loop (OSR, from
 * {@link HotLoops#found}), and taking the frame back when compiled code hands it over.
 * See docs/jit.md.
 */
public final class Tier2 {
    private Tier2() {}

    /** Returned by compiled code that left the frame to the interpreter at {@code f.pc}/{@code f.sp}. */
    static final Object DEOPT = new Object();

    /**
     * Thrown by {@link HotLoops#found} through the dispatch loop to {@link Eval}'s run loop: the
     * innermost frame continues in compiled code at {@code f.pc}. Preallocated, no stack trace.
     */
    static final class Transfer extends RuntimeException {
        private Transfer() {
            super(null, null, false, false);
        }
    }

    static final Transfer TRANSFER = new Transfer();

    /** Eval.run at a frame's start: compiled code when the code object has it (or is hot now). */
    static Object enter(Frame f, ThreadState ts) {
        CompiledCode cc = compiledFor(f.code, ts);
        if (cc == null) return Eval.runLoop(f, ts);
        if (JitStats.ENABLED) JitStats.entered();
        Object result = cc.run(f, ts, f.values, 0);
        return result == DEOPT ? Eval.runLoop(f, ts) : result;
    }

    /**
     * Eval.run resuming a suspended generator or coroutine frame (the value sent is pushed, or
     * an exception is pending): its compiled code when the code object has some, entered at the
     * resume point ({@code f.pc}), or at the handler the pending exception goes to. Each
     * resumption counts as a call towards the threshold.
     */
    static Object resume(Frame f, ThreadState ts) {
        CompiledCode cc = compiledFor(f.code, ts);
        if (cc == null) return Eval.runLoop(f, ts);
        if (JitStats.ENABLED) JitStats.resumed();
        int entry = f.pc;
        RuntimeException pending = f.pendingThrow;
        if (pending != null) { // thrown in at the yield, as the interpreter's run loop throws it
            f.pendingThrow = null;
            entry = JitOps.handle(f, ts, pending);
        }
        Object result = cc.run(f, ts, f.values, entry);
        return result == DEOPT ? Eval.runLoop(f, ts) : result;
    }

    /**
     * The compiled code to run {@code code} with, counting this call towards the threshold (and
     * compiling when it is reached); null when the interpreter must run it (tier 2 off, tracing,
     * not hot yet, not compilable).
     */
    static CompiledCode compiledFor(PyCode code, ThreadState ts) {
        Object t = code.tier2;
        if (t instanceof CompiledCode cc) return usable(ts.interpreter()) ? cc : null;
        if (t != null) return null; // the reason it cannot be compiled
        Interpreter interp = ts.interpreter();
        if (!usable(interp)) return null;
        int calls = code.tier2Calls++;
        if (calls < interp.jitThreshold) {
            if (calls == 0 && interp.jitWindowNanos > 0) code.tier2CountStarted = System.nanoTime();
            return null;
        }
        return hotNow(code, interp) ? compile(code, ts) : null;
    }

    /**
     * Whether the threshold's calls came fast enough ({@code Interpreter.jitWindowNanos}): code
     * called rarely per unit of work is not hot however long the program runs. threads_cpu's
     * threading-module functions (Thread.__init__, start, join, Condition.wait, ...), called
     * twice per 15 ms iteration, reached 200 calls at iteration 100 and were compiled in one
     * burst, ~20 classes, that made HotSpot's C2 compile the class-file API inside bench/run's
     * measured window (docs/jit.md, "Warm-up"). A count that took too long starts over with
     * this call. Racy reads and writes are harmless: the worst is one count too many or too few.
     */
    private static boolean hotNow(PyCode code, Interpreter interp) {
        long window = interp.jitWindowNanos;
        if (window <= 0 || interp.jitThreshold == 0) return true;
        long now = System.nanoTime();
        if (now - code.tier2CountStarted <= window) return true;
        code.tier2CountStarted = now;
        code.tier2Calls = 1;
        return false;
    }

    /** The loop's CALL_PY_EXACT_ARGS: true when the prepared callee frame should run compiled. */
    static boolean ready(Frame callee, ThreadState ts) {
        return compiledFor(callee.code, ts) != null;
    }

    /**
     * True unless tier 2 is off for the whole run ({@code -X jit=0}). The dispatch loop resumes
     * generators inline only when it is off: a hot loop's transfer to compiled code
     * (continueCompiled) knows inlined function frames, not inlined generator frames. Not
     * {@link #usable}: that turns true again when sys.settrace(None) ends tracing, which could
     * happen while a generator's frame runs inline.
     */
    static boolean inUse(ThreadState ts) {
        return ts.interpreter().jitThreshold >= 0;
    }

    private static boolean usable(Interpreter interp) {
        return interp.jitThreshold >= 0 && !interp.tracing;
    }

    /**
     * Marks a code object one thread is compiling ({@code PyCode.tier2}): the other threads go on
     * interpreting it (as for a refused one) instead of compiling it too. A duplicate compile
     * was not harmless: threads running the same functions cross the threshold together, and
     * each generated its own class, whose methods HotSpot then compiled separately; with two
     * threads, threads_cpu compiled 18 code objects instead of 11 (docs/jit.md, "Warm-up").
     */
    static final Object COMPILING = new Object() {
        @Override
        public String toString() {
            return "being compiled by another thread";
        }
    };

    private static final VarHandle TIER2;
    static {
        try {
            TIER2 = MethodHandles.lookup().findVarHandle(PyCode.class, "tier2", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Compiles {@code code} from this thread's (specialized) copy, unless another thread already
     * is; null when it cannot be compiled or is not compiled yet.
     */
    private static CompiledCode compile(PyCode code, ThreadState ts) {
        if (!TIER2.compareAndSet(code, (Object) null, COMPILING)) {
            return code.tier2 instanceof CompiledCode cc ? cc : null;
        }
        long started = LOG ? System.nanoTime() : 0;
        Object result;
        try {
            result = CodeCompiler.compile(code, code.codeCopy(ts).units);
        } catch (Throwable t) { // a JIT bug must never surface: interpret instead
            result = "internal error: " + t;
        }
        code.tier2 = result;
        if (LOG) log(code, started, result);
        if (result instanceof String reason) {
            JitStats.failed(reason);
            return null;
        }
        JitStats.compiled();
        return (CompiledCode) result;
    }

    /** {@code -Dember.jitLog=true}: one line per compilation on stderr, to see when warm-up ends. */
    private static final boolean LOG = Boolean.getBoolean("ember.jitLog");
    private static final long LOG_START = System.nanoTime();

    private static void log(PyCode code, long started, Object result) {
        long now = System.nanoTime();
        System.err.printf("tier2 %8.3f s %6.2f ms %-24s calls %5d %s %s%n", (now - LOG_START) / 1e9, (now - started) / 1e6,
                code.qualname(), code.tier2Calls, Thread.currentThread().getName(), result instanceof String r ? r : "compiled");
    }

    /** Called by the JIT: defines generated class bytes as a hidden class of this package. */
    public static CompiledCode define(byte[] classBytes, int[] backEdgeTargets) throws Throwable {
        MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(classBytes, true);
        CompiledCode cc = (CompiledCode) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
        cc.setBackEdgeTargets(backEdgeTargets);
        return cc;
    }

    /**
     * Runs a callee frame prepared by {@link Specialized#enterExactArgs} (recursion depth already
     * entered) with a Java call: compiled when it has tier-2 code, else interpreted.
     */
    static Object runEntered(Frame callee, ThreadState ts) {
        try {
            return Eval.run(callee, ts);
        } catch (StackOverflowError e) {
            throw Errors.recursionError("maximum recursion depth exceeded");
        } finally {
            ts.leaveRecursiveCall();
        }
    }

    /**
     * A loop of {@code f} is hot (its back-edge counter ran out at {@code cache}): compile the
     * code object if needed and continue the frame there, at the loop header, by throwing
     * {@link #TRANSFER} out of the dispatch loop. Returns normally when the loop stays interpreted.
     */
    static void hotLoop(Frame f, int cache) {
        ThreadState ts = ThreadState.current();
        if (!usable(ts.interpreter())) return;
        Object t = f.code.tier2;
        CompiledCode cc = t instanceof CompiledCode c ? c : t == null ? compile(f.code, ts) : null;
        if (cc == null) return;
        int target = cc.backEdgeTarget(cache - 1);
        if (target < 0) return;
        f.pc = target;
        throw TRANSFER;
    }

    /**
     * The run loop caught {@link #TRANSFER}: runs the innermost frame ({@code ts.frame}, the entry
     * frame or a call the loop inlined) in compiled code from {@code f.pc}. Returns the frame
     * the loop continues in (a Frame), or the entry frame's result.
     */
    static Object continueCompiled(Frame entry, ThreadState ts) {
        Frame cur = ts.frame;
        CompiledCode cc = (CompiledCode) cur.code.tier2;
        JitStats.osr();
        Object result;
        try {
            result = cc.run(cur, ts, cur.values, cur.pc);
        } catch (PyException e) {
            if (cur == entry) throw e;
            Eval.leaveInlined(cur, ts); // the traceback entry for cur is made; unwind the callers
            return Eval.unwind(entry, ts, e);
        }
        if (result == DEOPT) return cur;
        if (cur == entry) return result;
        Eval.clearValueStack(cur);
        Frame caller = Eval.leaveInlined(cur, ts);
        caller.values[caller.sp++] = result;
        return caller;
    }
}
