package org.ember.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.ember.runtime.Abstract;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyTuple;
import org.ember.runtime.ThreadState;
import org.junit.jupiter.api.Test;

/** One itertools iterator drained by several threads: each item exactly once, no host exception. */
class ItertoolsThreadTest {
    private static final int THREADS = 8, PER_THREAD = 20_000;

    private static Object make(String name, Object... args) {
        PyModule m = Itertools.create(ThreadState.current().interpreter());
        return Abstract.call(m.dict().getItemStr(name), args);
    }

    /** Runs THREADS threads calling next() on it, PER_THREAD times each or until exhausted. */
    private static List<Object> drain(Object it) throws InterruptedException {
        ConcurrentLinkedQueue<Object> seen = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < PER_THREAD; i++) {
                        Object item = Abstract.next(it);
                        if (item == null) break;
                        seen.add(item);
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        assertEquals(List.of(), List.copyOf(errors));
        return new ArrayList<>(seen);
    }

    @Test
    void countHandsOutEachNumberOnce() throws InterruptedException {
        List<Object> seen = drain(make("count"));
        assertEquals(THREADS * PER_THREAD, seen.size());
        assertEquals(THREADS * PER_THREAD, seen.stream().map(o -> ((PyInt) o).longValue()).distinct().count());
    }

    @Test
    void teeAndChainAndProductStayConsistent() throws InterruptedException {
        Object[] numbers = new Object[50_000];
        for (int i = 0; i < numbers.length; i++) numbers[i] = PyInt.of(i);
        PyList list = PyList.of(numbers);
        PyTuple pair = (PyTuple) make("tee", list);
        assertEquals(numbers.length, drain(pair.get(0)).stream().distinct().count());
        assertEquals(numbers.length, drain(pair.get(1)).stream().distinct().count());
        assertEquals(2 * numbers.length, drain(make("chain", list, list)).size());
        List<Object> rows = drain(make("product", list, PyTuple.of(PyInt.of(1), PyInt.of(2))));
        assertEquals(2 * numbers.length, rows.stream().distinct().count());
    }
}
