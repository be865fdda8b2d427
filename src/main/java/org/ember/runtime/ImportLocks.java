package org.ember.runtime;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One interpreter's per-module import locks (CPython's {@code _ModuleLock}s). A thread that
 * imports a module holds that module's lock while it finds and runs it; another thread wanting
 * the same module waits, instead of seeing the half-initialized module in sys.modules. A
 * circular import between two threads (A runs a, which imports b, while B runs b, which
 * imports a) would deadlock: the second thread to close the cycle is told so and uses the
 * partially initialized module, as CPython does. The same thread re-entering its own lock (a
 * circular import within one thread) always succeeds.
 */
public final class ImportLocks {

    private static final class ModuleLock {
        final ReentrantLock lock = new ReentrantLock();
        volatile Thread owner;
    }

    private final ConcurrentHashMap<String, ModuleLock> locks = new ConcurrentHashMap<>();
    /** Which module lock each blocked thread waits for (guarded by this, for the cycle check). */
    private final ConcurrentHashMap<Thread, ModuleLock> waiting = new ConcurrentHashMap<>();

    /** Takes the lock of module {@code name}; false (without taking it) when waiting would deadlock. */
    public boolean acquire(String name) {
        ModuleLock m = locks.computeIfAbsent(name, k -> new ModuleLock());
        Thread me = Thread.currentThread();
        if (!m.lock.tryLock()) {
            synchronized (this) {
                if (closesCycle(m, me)) return false;
                waiting.put(me, m);
            }
            try {
                m.lock.lock();
            } finally {
                waiting.remove(me);
            }
        }
        m.owner = me;
        return true;
    }

    /** Releases a lock taken by {@link #acquire}. */
    public void release(String name) {
        ModuleLock m = locks.get(name);
        if (m == null || !m.lock.isHeldByCurrentThread()) return;
        if (m.lock.getHoldCount() == 1) m.owner = null;
        m.lock.unlock();
    }

    /** Whether the current thread holds the lock of module {@code name} (it is importing it). */
    public boolean heldByCurrentThread(String name) {
        ModuleLock m = locks.get(name);
        return m != null && m.lock.isHeldByCurrentThread();
    }

    /** Follows owner → the lock it waits for → its owner ...: does the chain come back to {@code me}? */
    private boolean closesCycle(ModuleLock wanted, Thread me) {
        Set<Thread> seen = new HashSet<>();
        for (Thread t = wanted.owner; t != null && seen.add(t); ) {
            if (t == me) return true;
            ModuleLock next = waiting.get(t);
            if (next == null) return false;
            t = next.owner;
        }
        return false;
    }
}
