package org.ember.util;

import java.util.function.Supplier;

/**
 * Runs work that recurses as deep as its input on a thread with a large Java stack.
 *
 * <p>The front end (parser, symbol table, code generator) recurses once per nesting level of the
 * source. Each stage bounds the depth it accepts, as CPython does, but the caller's thread may
 * still be too small for the deepest legal input. Stages therefore run on the caller's thread
 * first (cheap: no thread start for ordinary code) and, only when that overflows, run again here.
 */
public final class LargeStack {
    private LargeStack() {}

    /** Stack size of the retry thread: enough for the deepest tree any stage accepts. */
    public static final long STACK_BYTES = 512L * 1024 * 1024;

    /** True on a thread started by {@link #call}: a stage must not retry again from there. */
    public static boolean onLargeStack() {
        return Thread.currentThread() instanceof Worker;
    }

    /**
     * Runs {@code work} on a new large-stack thread and returns its result. A RuntimeException it
     * throws is rethrown here; a StackOverflowError even there becomes {@code onOverflow}'s exception.
     */
    public static <T> T call(String threadName, Supplier<T> work, Supplier<? extends RuntimeException> onOverflow) {
        Object[] result = new Object[1];
        RuntimeException[] failure = new RuntimeException[1];
        Worker thread = new Worker(threadName, () -> {
            try {
                result[0] = work.get();
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (StackOverflowError e) {
                failure[0] = onOverflow.get();
            }
        });
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;   // finish the join: the result is needed; restore the flag after
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure[0] != null) throw failure[0];
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static final class Worker extends Thread {
        Worker(String name, Runnable body) {
            super(null, body, name, STACK_BYTES);
            setDaemon(true);
        }
    }
}
