package org.ember.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** No GIL: 8 threads append to, extend and pop from one bytearray; every operation is atomic. */
class ByteArrayConcurrencyTest {

    private static final int THREADS = 8;
    private static final int OPS = 20_000;

    @Test
    void sharedByteArrayStaysExact() throws Exception {
        PyByteArray shared = new PyByteArray();
        AtomicLong popped = new AtomicLong(), poppedSum = new AtomicLong();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (int k = 0; k < OPS; k++) {
                        Abstract.invoke(shared, "append", PyInt.of(1));
                        if (k % 10 == 0) Abstract.invoke(shared, "extend", new PyBytes(new byte[] {1, 1}));
                        if (k % 4 == 0) {
                            Object v = Abstract.invoke(shared, "pop");
                            popped.incrementAndGet();
                            poppedSum.addAndGet(PyInt.asInt(v).longValue());
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        if (failure.get() != null) throw new AssertionError("a thread failed", failure.get());
        long added = (long) THREADS * (OPS + 2 * (OPS / 10));
        assertEquals(added - popped.get(), shared.byteLength());
        assertEquals(popped.get(), poppedSum.get(), "every popped byte is one of the 1s written");
        for (byte b : shared.toByteArray()) assertEquals(1, b);
    }
}
