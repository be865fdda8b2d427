package org.ember.modules.thread;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyObject;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * {@code _thread.RLock}: a reentrant lock owned by one thread, released as many times as it was
 * acquired. Backed by a Java {@link ReentrantLock}, whose owner and hold count are exactly
 * Python's. {@code _release_save}/{@code _acquire_restore} let threading.Condition drop and
 * re-take every level while it waits.
 */
public final class PyRLock extends PyObject implements org.ember.runtime.WeakRefRegistry.WeakReferenceable {

    public static final PyType TYPE = PyType.builtin("RLock", PyRLock.class).module("_thread").subclassable()
            .slots(t -> {
                t.repr = PyRLock::repr;
                t.newInstance = (type, args, off, n, kw) -> type.wrap(new PyRLock());
            })
            .dict(d -> {
                ArgSpec acquire = ArgSpec.keywords("acquire", 0, 0, 2, "blocking", "timeout");
                d.method("acquire", acquire, (self, a) -> PyBool.of(of(self).acquire(Timeouts.forAcquire(a[0], a[1]))));
                d.method("__enter__", acquire, (self, a) -> PyBool.of(of(self).acquire(Timeouts.forAcquire(a[0], a[1]))));
                d.method0("release", self -> of(self).release());
                d.method("__exit__", ArgSpec.varargs("__exit__"), (self, a) -> of(self).release());
                d.method0("locked", self -> PyBool.of(of(self).lock.isLocked()));
                d.method0("_is_owned", self -> PyBool.of(of(self).lock.isHeldByCurrentThread()));
                d.method0("_recursion_count", self -> PyInt.of(of(self).lock.getHoldCount()));
                d.method0("_release_save", self -> of(self).releaseSave());
                d.method1("_acquire_restore", (self, state) -> of(self).acquireRestore(state));
                d.method0("_at_fork_reinit", self -> PyNone.NONE);
            })
            .build();

    private final ReentrantLock lock = new ReentrantLock();
    /** get_ident() of the owner, for repr (0 when unlocked). */
    private volatile long ownerIdent;
    /** The owner's hold count, for repr from any thread (ReentrantLock only tells the owner). */
    private volatile int holds;

    @Override
    public PyType type() {
        return TYPE;
    }

    static PyRLock of(Object self) {
        return (PyRLock) Abstract.builtinPart(self);
    }

    boolean acquire(long nanos) {
        boolean taken;
        if (nanos == Timeouts.NO_WAIT) {
            taken = lock.tryLock();
        } else {
            taken = Timeouts.interruptibly(nanos, left -> {
                if (left == Timeouts.FOREVER) {
                    lock.lockInterruptibly();
                    return true;
                }
                return lock.tryLock(left, TimeUnit.NANOSECONDS);
            });
        }
        if (taken) {
            ownerIdent = ThreadModule.identOf(Thread.currentThread());
            holds = lock.getHoldCount();
        }
        return taken;
    }

    boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    Object release() {
        if (!lock.isHeldByCurrentThread()) throw Errors.runtimeError("cannot release un-acquired lock");
        holds = lock.getHoldCount() - 1;
        if (holds == 0) ownerIdent = 0;
        lock.unlock();
        return PyNone.NONE;
    }

    /** Releases every level; returns (count, owner) for {@link #acquireRestore}. */
    private Object releaseSave() {
        if (!lock.isHeldByCurrentThread()) throw Errors.runtimeError("cannot release un-acquired lock");
        int count = lock.getHoldCount();
        long owner = ownerIdent;
        ownerIdent = 0;
        holds = 0;
        for (int i = 0; i < count; i++) lock.unlock();
        return PyTuple.of(PyInt.of(count), PyInt.of(owner));
    }

    private Object acquireRestore(Object state) {
        if (!(state instanceof PyTuple t) || t.size() != 2) throw Errors.typeError("_acquire_restore() argument must be a (count, owner) tuple");
        long count = PyInt.asInt(Abstract.index(t.get(0))).longValue();
        acquire(Timeouts.FOREVER);
        for (long i = 1; i < count; i++) lock.lock();
        holds = lock.getHoldCount();
        return PyNone.NONE;
    }

    private static Object repr(Object self) {
        PyRLock r = of(self);
        boolean locked = r.lock.isLocked();
        String name = Abstract.typeOf(self).isHeapType()
                ? Abstract.typeOf(self).module() + "." + Abstract.typeOf(self).qualname() : "_thread.RLock";
        return new PyStr("<" + (locked ? "locked" : "unlocked") + " " + name + " object owner=" + (locked ? r.ownerIdent : 0)
                + " count=" + (locked ? r.holds : 0) + " at " + Abstract.addressOf(self) + ">");
    }
}
