package org.ember.runtime;

import static org.ember.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * No GIL: 8 threads hammer one shared list, dict, set and instance with mixed operations. Every
 * single operation must be atomic (exact totals at the end) and no Java exception may escape.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int OPS = 100_000;

    @FunctionalInterface
    private interface Worker {
        void run(int thread) throws Exception;
    }

    private static void inParallel(Worker worker) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    worker.run(id);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        if (failure.get() != null) throw new AssertionError("a thread failed", failure.get());
    }

    @Test
    void sharedListDictAndSetStayExact() throws Exception {
        PyList list = new PyList();
        PyDict dict = new PyDict();
        PySet set = new PySet();
        AtomicLong pops = new AtomicLong(), setDefaultsWon = new AtomicLong();
        PyDict shared = new PyDict();
        inParallel(id -> {
            long base = (long) id * 10_000_000L;
            PyStr mine = s("thread" + id);
            for (int k = 0; k < OPS; k++) {
                PyInt value = i(base + k);
                list.append(value);
                if (k % 3 == 0) {
                    try {
                        list.pop(-1);
                        pops.incrementAndGet();
                    } catch (PyException e) {
                        if (!e.matches(Exceptions.IndexError)) throw e;
                    }
                }
                list.getOrNull(k % 1000);               // lock-free reads racing the writes
                dict.setItem(i(base + (k % 5000)), value);  // 5000 distinct keys per thread
                if (k % 7 == 0) dict.pop(i(base + ((k / 7) % 5000)));
                dict.getItem(i(k % 5000));
                set.add(value);
                if (k % 2 == 0) set.discard(value);     // half of each thread's values stay
                // setdefault is atomic: exactly one thread's value wins each key.
                if (k < 2000 && shared.setDefault(i(k), mine) == mine) setDefaultsWon.incrementAndGet();
            }
        });
        assertEquals((long) THREADS * OPS - pops.get(), list.size());
        assertEquals((long) THREADS * OPS / 2, set.size());
        assertEquals(2000, shared.size());
        assertEquals(2000, setDefaultsWon.get(), "each shared key was claimed by exactly one setdefault");
        // Per thread, the keys deleted last stay deleted unless re-set afterwards: recount exactly.
        int expectedDictSize = 0;
        for (int id = 0; id < THREADS; id++) {
            boolean[] present = new boolean[5000];
            for (int k = 0; k < OPS; k++) {
                present[k % 5000] = true;
                if (k % 7 == 0) present[(k / 7) % 5000] = false;
            }
            for (boolean p : present) if (p) expectedDictSize++;
        }
        assertEquals(expectedDictSize, dict.size());
        assertEquals(dict.size(), dict.keys().size());
        // Iteration of the survivors works and sees each exactly once.
        Object it = Abstract.getIter(set);
        int seen = 0;
        while (Abstract.next(it) != null) seen++;
        assertEquals(set.size(), seen);
    }

    @Test
    void instanceAttributesFromManyThreads() throws Exception {
        PyType c = cls("Shared", bases());
        Object obj = Abstract.call(c);
        inParallel(id -> {
            for (int k = 0; k < 20_000; k++) {
                String name = "t" + id + "_" + (k % 5);
                Abstract.setAttr(obj, name, i(k));
                Abstract.getAttr(obj, name);
                if (id == 0 && k == 10_000) Abstract.getAttr(obj, "__dict__"); // materialize mid-race
            }
        });
        for (int id = 0; id < THREADS; id++) {
            for (int j = 0; j < 5; j++) assertEquals("" + (19995 + j), repr(Abstract.getAttr(obj, "t" + id + "_" + j)));
        }
        assertEquals(THREADS * 5, ((PyDict) Abstract.getAttr(obj, "__dict__")).size());
    }
}
