package org.ember.modules.thread;

import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyNone;
import org.ember.runtime.Signals;

/**
 * The argument rules shared by every blocking call of {@code _thread} (lock.acquire, RLock.acquire,
 * a thread handle's join): {@code blocking}/{@code timeout} checked with CPython's messages and
 * turned into one number of nanoseconds.
 */
final class Timeouts {
    private Timeouts() {}

    /** CPython's PY_TIMEOUT_MAX on 64-bit Linux, in seconds ({@code _thread.TIMEOUT_MAX}). */
    static final double TIMEOUT_MAX = 9223372036.0;

    /** "Wait as long as it takes". */
    static final long FOREVER = -1;
    /** "Do not wait at all". */
    static final long NO_WAIT = 0;

    /** acquire(blocking, timeout): FOREVER, NO_WAIT or a positive number of nanoseconds. */
    static long forAcquire(Object blockingArg, Object timeoutArg) {
        boolean blocking = blockingArg == null || Abstract.isTrue(blockingArg);
        double timeout = timeoutArg == null ? -1 : PyFloat.convert(timeoutArg).value;
        if (!blocking && timeout != -1) throw Errors.valueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Errors.valueError("timeout value must be a non-negative number");
        if (!blocking) return NO_WAIT;
        if (timeout == -1) return FOREVER;
        return seconds(timeout);
    }

    /** join(timeout): None waits for ever; negative waits not at all (as CPython's handle join). */
    static long forJoin(Object timeoutArg) {
        if (timeoutArg == null || timeoutArg == PyNone.NONE) return FOREVER;
        double timeout = PyFloat.convert(timeoutArg).value;
        if (Double.isNaN(timeout)) throw Errors.valueError("Invalid value NaN (not a number)");
        return timeout <= 0 ? NO_WAIT : seconds(timeout);
    }

    private static long seconds(double timeout) {
        if (timeout > TIMEOUT_MAX) throw Errors.overflowError("timestamp out of range for platform time_t");
        return Math.max(1, (long) Math.min(timeout * 1e9, Long.MAX_VALUE));
    }

    /** A blocking wait that signals can interrupt (see {@link Signals#waitInterruptibly}); FOREVER is negative. */
    static boolean interruptibly(long nanos, Signals.Wait wait) {
        return Signals.waitInterruptibly(nanos, wait);
    }
}
