package org.ember.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** Per-module import locks: waiting, re-entry, and the cross-thread cycle that must not deadlock. */
class ImportLocksTest {

    @Test
    void sameThreadReentersItsOwnLock() {
        ImportLocks locks = new ImportLocks();
        assertTrue(locks.acquire("a"));
        assertTrue(locks.acquire("a"));
        assertTrue(locks.heldByCurrentThread("a"));
        locks.release("a");
        assertTrue(locks.heldByCurrentThread("a"));
        locks.release("a");
        assertFalse(locks.heldByCurrentThread("a"));
    }

    @Test
    void aSecondThreadWaitsUntilTheFirstReleases() throws Exception {
        ImportLocks locks = new ImportLocks();
        assertTrue(locks.acquire("m"));
        AtomicReference<Boolean> got = new AtomicReference<>();
        Thread other = new Thread(() -> {
            got.set(locks.acquire("m"));
            locks.release("m");
        });
        other.start();
        other.join(200);
        assertTrue(other.isAlive(), "the other thread must wait while the module is being imported");
        locks.release("m");
        other.join(5000);
        assertEquals(Boolean.TRUE, got.get());
    }

    @Test
    void crossThreadCycleIsRefusedInsteadOfDeadlocking() throws Exception {
        ImportLocks locks = new ImportLocks();
        CountDownLatch bothHold = new CountDownLatch(2);
        AtomicReference<Boolean> aGotB = new AtomicReference<>(), bGotA = new AtomicReference<>();
        Thread ta = new Thread(() -> {
            locks.acquire("a");
            bothHold.countDown();
            await(bothHold);
            aGotB.set(locks.acquire("b"));
            if (aGotB.get()) locks.release("b");
            locks.release("a");
        });
        Thread tb = new Thread(() -> {
            locks.acquire("b");
            bothHold.countDown();
            await(bothHold);
            bGotA.set(locks.acquire("a"));
            if (bGotA.get()) locks.release("a");
            locks.release("b");
        });
        ta.start();
        tb.start();
        ta.join(10_000);
        tb.join(10_000);
        assertFalse(ta.isAlive() || tb.isAlive(), "deadlocked");
        // exactly one of them was refused (it uses the partial module); the other then got the lock
        assertNotEquals(aGotB.get(), bGotA.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
