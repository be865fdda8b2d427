package org.ember.runtime;

import static org.ember.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PyHeapObject's lock-free stores (docs/threads.md, "Instance attributes without the monitor"):
 * writer threads replace values with {@link PyHeapObject#storeAt} (STORE_ATTR_INSTANCE_VALUE's
 * fast path) and {@link PyHeapObject#setSlot} while other threads change the instance's layout
 * under its monitor: new attributes (the values array grows), {@code __dict__} materialization,
 * {@code __class__} assignment, deletions. Each writer owns one attribute, so it must read back
 * every value it stored and find its last one at the end: a store that a layout change dropped
 * shows up as a wrong read or a wrong final value. No Java exception may escape.
 */
@Timeout(120)
class InstanceStoreRacesTest {

    private static final int WRITERS = 3;
    private static final int ROUNDS = 12;
    /** The __class__ race: rounds, and boxes (one assignment each) per round. */
    private static final int CLASS_ROUNDS = Boolean.getBoolean("ember.long") ? 200 : 3;
    private static final int BOXES = 100;

    /** Stores made by all writers (counted every 64th): the layout changer waits on it. */
    private static final AtomicLong PROGRESS = new AtomicLong();

    /** Lets the writers make some stores (a few thousand) before the next layout change. */
    private static void letWritersRun() {
        letWritersRun(40);
    }

    /** Lets the writers make about {@code batches} × 64 stores. */
    private static void letWritersRun(int batches) {
        long target = PROGRESS.get() + batches;
        long giveUp = System.nanoTime() + 10_000_000_000L;
        // a writer that failed stops counting: then the changer stops waiting at once
        while (PROGRESS.get() < target && System.nanoTime() < giveUp && !WRITER_FAILED) Thread.onSpinWait();
    }

    /** Set when a racing thread failed (race() reports it), so that the changer does not wait for it. */
    private static volatile boolean WRITER_FAILED;

    /** Runs the writers and the layout changer together; returns once all are done. */
    private static void race(Runnable[] workers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(workers.length);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (Runnable worker : workers) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    worker.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    WRITER_FAILED = true;
                }
            });
            thread.setDaemon(true);  // a hung race must not outlive the test JVM's run
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        WRITER_FAILED = false;
        if (failure.get() != null) throw new AssertionError("a thread failed", failure.get());
    }

    /**
     * A writer of attribute {@code name}: the fast path while it applies (the index as the
     * specializer cached it for the instance's type at start), else the generic store; reads
     * each value back until {@code stop}. Returns the last value stored through {@code last}.
     */
    private static Runnable writer(PyHeapObject obj, String name, AtomicBoolean stop, long[] last, int slot) {
        int index = obj.type().sharedKeys().indexOf(name);
        return () -> {
            long k = 0;
            while (!stop.get() || k < 1000) {
                k++;
                if (k % 64 == 0) PROGRESS.incrementAndGet();
                PyInt value = i(k);
                if (!obj.storeAt(index, value)) Abstract.setAttr(obj, name, value);
                readBack(obj, name, index, value, k);
            }
            last[slot] = k;
        };
    }

    /** A writer reads back the value it just stored; on a failure, the instance's state. */
    private static void readBack(PyHeapObject obj, String name, int index, PyInt value, long k) {
        Object back;
        try {
            back = Abstract.getAttr(obj, name);
        } catch (PyException e) {
            PyDict d = obj.dictIfMaterialized();
            throw new AssertionError(name + " k=" + k + " type=" + obj.type().name() + " dict=" + (d == null ? "null" : repr(d))
                    + " value=" + obj.valueAt(index) + " again=" + obj.getAttribute(name), e);
        }
        if (back != value) throw new AssertionError(name + ": stored " + k + ", read back " + repr(back));
    }

    private static PyHeapObject newBox(PyType type) {
        PyHeapObject obj = (PyHeapObject) Abstract.call(type);
        for (int w = 0; w < WRITERS; w++) Abstract.setAttr(obj, "w" + w, i(-1));
        return obj;
    }

    private static Runnable[] withWriters(PyHeapObject obj, AtomicBoolean stop, long[] last, Runnable changer) {
        Runnable[] workers = new Runnable[WRITERS + 1];
        for (int w = 0; w < WRITERS; w++) workers[w] = writer(obj, "w" + w, stop, last, w);
        workers[WRITERS] = () -> {
            try {
                changer.run();
            } finally {
                stop.set(true);
            }
        };
        return workers;
    }

    private static void assertLastValues(PyHeapObject obj, long[] last) {
        for (int w = 0; w < WRITERS; w++) assertEquals("" + last[w], repr(Abstract.getAttr(obj, "w" + w)), "w" + w);
    }

    @Test
    void storesRacingGrowthAndDictMaterialization() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            PyType type = cls("Box" + round, bases());
            PyHeapObject obj = newBox(type);
            AtomicBoolean stop = new AtomicBoolean();
            long[] last = new long[WRITERS];
            boolean materialize = round % 2 == 0;
            race(withWriters(obj, stop, last, () -> {
                for (int j = 0; j < 40; j++) {
                    Abstract.setAttr(obj, "extra" + j, i(j));   // grows the values array
                    if (materialize && j == 20) obj.dict();     // moves everything into a dict
                    if (j % 4 == 0) letWritersRun();
                }
            }));
            assertLastValues(obj, last);
            for (int j = 0; j < 40; j++) assertEquals("" + j, repr(Abstract.getAttr(obj, "extra" + j)));
            PyDict dict = obj.dict();
            assertEquals(WRITERS + 40, dict.size(), "each attribute once in __dict__");
            assertEquals("'w0'", repr(dict.keys().get(0)), "insertion order kept: " + repr(dict));
        }
    }

    /**
     * Writers replace their own attributes of the current box while another thread assigns the
     * box's {@code __class__} (which moves its values into a dict, docs/threads.md, "The
     * {@code __class__} race"), then moves every writer on to a fresh box: each round races
     * {@link #BOXES} assignments. A writer must read back every value it stored, and each box
     * must end with each writer's last value for it.
     */
    @Test
    void storesRacingClassAssignment() throws Exception {
        for (int round = 0; round < CLASS_ROUNDS; round++) {
            PyType first = cls("First" + round, bases());
            PyType second = cls("Second" + round, bases());
            PyHeapObject[] boxes = new PyHeapObject[BOXES];
            for (int b = 0; b < BOXES; b++) boxes[b] = newBox(first);
            long[][] last = new long[BOXES][WRITERS];
            java.util.concurrent.atomic.AtomicInteger current = new java.util.concurrent.atomic.AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            Runnable[] workers = new Runnable[WRITERS + 1];
            for (int w = 0; w < WRITERS; w++) {
                String name = "w" + w;
                int mine = w;
                int index = first.sharedKeys().indexOf(name);
                workers[w] = () -> {
                    long k = 0;
                    while (!stop.get()) {
                        k++;
                        if (k % 64 == 0) PROGRESS.incrementAndGet();
                        int b = current.get();
                        PyHeapObject obj = boxes[b];
                        PyInt value = i(k);
                        if (!obj.storeAt(index, value)) Abstract.setAttr(obj, name, value);
                        last[b][mine] = k;
                        readBack(obj, name, index, value, k);
                    }
                };
            }
            workers[WRITERS] = () -> {
                try {
                    for (int b = 0; b < BOXES; b++) {
                        current.set(b);
                        letWritersRun(1);
                        Abstract.setAttr(boxes[b], "__class__", second);
                        letWritersRun(1);
                    }
                } finally {
                    stop.set(true);
                }
            };
            race(workers);
            for (int b = 0; b < BOXES; b++) {
                assertSame(second, boxes[b].type());
                for (int w = 0; w < WRITERS; w++) {
                    long expected = last[b][w] == 0 ? -1 : last[b][w];
                    assertEquals("" + expected, repr(Abstract.getAttr(boxes[b], "w" + w)), "box " + b + " w" + w);
                }
                assertEquals(WRITERS, boxes[b].dict().size());
            }
        }
    }

    @Test
    void replacementsRacingDeletions() throws Exception {
        PyType type = cls("Deleted", bases());
        PyHeapObject obj = newBox(type);
        Abstract.setAttr(obj, "d", i(0));
        int index = type.sharedKeys().indexOf("d");
        AtomicBoolean stop = new AtomicBoolean();
        race(new Runnable[] {
            () -> {  // stores positive values (replacing d, or adding it again after a deletion)
                for (long k = 1; !stop.get(); k++) obj.storeAt(index, i(k));
            },
            () -> {
                try {
                    for (int k = 1; k <= 5_000; k++) {
                        Abstract.delAttr(obj, s("d"));  // only this thread deletes: d is there
                        Object after = obj.getAttribute("d");
                        if (after != null && ((PyInt) after).signum() < 0) {
                            throw new AssertionError("the deleted value " + repr(after) + " came back");
                        }
                        Abstract.setAttr(obj, "d", i(-k));
                    }
                } finally {
                    stop.set(true);
                }
            }});
        assertNotNull(obj.getAttribute("d"));
        assertEquals(WRITERS + 1, obj.dict().size());
    }

    @Test
    void slotStoresRacingReads() throws Exception {
        PyType type = cls("Slotted", bases(), "__slots__", PyTuple.of(s("a"), s("b")));
        PyHeapObject obj = (PyHeapObject) Abstract.call(type);
        Abstract.setAttr(obj, "a", i(0));
        Abstract.setAttr(obj, "b", i(0));
        long[] last = new long[2];
        AtomicBoolean stop = new AtomicBoolean();
        Runnable[] workers = new Runnable[3];
        for (int w = 0; w < 2; w++) {
            String name = w == 0 ? "a" : "b";
            int slot = w;
            workers[w] = () -> {
                long k = 0;
                while (!stop.get() || k < 1000) {
                    PyInt value = i(++k);
                    Abstract.setAttr(obj, name, value);
                    assertSame(value, Abstract.getAttr(obj, name), name);
                }
                last[slot] = k;
            };
        }
        workers[2] = () -> {
            try {
                for (int k = 0; k < 5_000; k++) Abstract.getAttr(obj, k % 2 == 0 ? "a" : "b");
            } finally {
                stop.set(true);
            }
        };
        race(workers);
        assertEquals("" + last[0], repr(Abstract.getAttr(obj, "a")));
        assertEquals("" + last[1], repr(Abstract.getAttr(obj, "b")));
    }
}
