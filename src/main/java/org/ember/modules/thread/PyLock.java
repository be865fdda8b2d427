package org.ember.modules.thread;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/**
 * {@code _thread.lock} (threading.Lock): a non-reentrant lock that any thread may release,
 * which is exactly a one-permit semaphore. Waiting is fair enough for Python's needs (no
 * ordering promise) and interruptible (KeyboardInterrupt from {@code interrupt_main}).
 */
public final class PyLock extends PyObject implements org.ember.runtime.WeakRefRegistry.WeakReferenceable {

    public static final PyType TYPE = PyType.builtin("lock", PyLock.class).module("_thread")
            .slots(t -> {
                t.repr = self -> new PyStr("<" + (((PyLock) self).isLocked() ? "locked" : "unlocked")
                        + " _thread.lock object at " + Abstract.addressOf(self) + ">");
                t.newInstance = (type, args, off, n, kw) -> {
                    ArgSpec.positional("lock", 0, 0).bind(args, off, n, kw);
                    return new PyLock();
                };
            })
            .dict(d -> {
                ArgSpec acquire = ArgSpec.keywords("acquire", 0, 0, 2, "blocking", "timeout");
                d.method("acquire", acquire, (self, a) -> PyBool.of(((PyLock) self).acquire(Timeouts.forAcquire(a[0], a[1]))));
                d.method("acquire_lock", acquire, (self, a) -> PyBool.of(((PyLock) self).acquire(Timeouts.forAcquire(a[0], a[1]))));
                d.method("__enter__", acquire, (self, a) -> PyBool.of(((PyLock) self).acquire(Timeouts.forAcquire(a[0], a[1]))));
                d.method0("release", self -> ((PyLock) self).release());
                d.method0("release_lock", self -> ((PyLock) self).release());
                d.method("__exit__", ArgSpec.varargs("__exit__"), (self, a) -> ((PyLock) self).release());
                d.method0("locked", self -> PyBool.of(((PyLock) self).isLocked()));
                d.method0("locked_lock", self -> PyBool.of(((PyLock) self).isLocked()));
                d.method0("_at_fork_reinit", self -> PyNone.NONE);
            })
            .build();

    private final Semaphore permit = new Semaphore(1);

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Takes the lock, waiting as {@code nanos} says (see {@link Timeouts}); true if taken. */
    public boolean acquire(long nanos) {
        // an uncontended lock is taken without setting up an interruptible wait
        if (permit.tryAcquire()) return true;
        if (nanos == Timeouts.NO_WAIT) return false;
        return Timeouts.interruptibly(nanos, left -> {
            if (left == Timeouts.FOREVER) {
                permit.acquire();
                return true;
            }
            return permit.tryAcquire(left, TimeUnit.NANOSECONDS);
        });
    }

    /**
     * Releases the lock, from any thread. The monitor makes check-then-release atomic against
     * another release (acquirers only ever take the permit, which cannot invalidate the check).
     */
    public synchronized Object release() {
        if (permit.availablePermits() > 0) throw Errors.runtimeError("release unlocked lock");
        permit.release();
        return PyNone.NONE;
    }

    public boolean isLocked() {
        return permit.availablePermits() == 0;
    }
}
