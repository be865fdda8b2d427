package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.ember.compiler.Compiler;
import org.ember.parser.Parser;
import org.ember.runtime.Abstract;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyStr;
import org.ember.runtime.ThreadState;
import org.junit.jupiter.api.Test;

/**
 * Per-thread bytecode under concurrency (DESIGN §5, issue 6): many threads run the same
 * functions, each specializing its own copy, while another thread rebinds globals, changes class
 * attributes and methods underneath them. Every result must be one CPython could give at some
 * point of the mutation sequence, and nothing may throw.
 */
class SpecializationThreadsTest {

    private static final String PROGRAM = """
            K = 10
            class Shape:
                scale = 1
                def __init__(self, w):
                    self.w = w
                def tag(self):
                    return 'a'
                def size(self):
                    return self.w * self.scale

            def work(n):
                total = 0
                bad = 0
                s = Shape(3)
                for i in range(n):
                    k = K
                    if k != 10 and k != 20: bad += 1
                    size = s.size()
                    if size != 3 and size != 6: bad += 1
                    t = s.tag()
                    if t != 'a' and t != 'b': bad += 1
                    total += i + k
                return bad

            def tag_b(self):
                return 'b'

            def mutate(rounds):
                global K, EXTRA
                for i in range(rounds):
                    K = 20 if i % 2 else 10
                    Shape.scale = 2 if i % 3 else 1
                    Shape.tag = tag_b if i % 2 else Shape.__dict__['tag']
                    Shape.extra = i
                    del Shape.extra
                    EXTRA = i
                    del EXTRA
                return 0

            def gen(n):
                for i in range(n):
                    yield Shape(i).size() + K
            """;

    /** The second set of forms: slots, a materialized dict, __getitem__, super(), str(x). */
    private static final String PROGRAM2 = """
            class Slots:
                __slots__ = ('a',)
                def __init__(self, a):
                    self.a = a

            class Base:
                def val(self):
                    return 1

            class Sub(Base):
                def val(self):
                    return super().val() + 1

            class Box:
                def __init__(self):
                    self.v = 5
                def get(self):
                    return self.v
                def __getitem__(self, k):
                    return k

            ORIG_GET = Box.get
            ORIG_ITEM = Box.__getitem__

            def work2(n):
                bad = 0
                s = Slots(1)
                b = Box()
                b.__dict__
                sub = Sub()
                for i in range(n):
                    s.a = i
                    if s.a != i: bad += 1
                    b.v = 5
                    if b.v != 5: bad += 1
                    g = b.get()
                    if g != 5 and g != 'other': bad += 1
                    x = b[i]
                    if x != i and x != -i: bad += 1
                    v = sub.val()
                    if v != 2 and v != 11: bad += 1
                    if str(i) != repr(i): bad += 1
                return bad

            def other_get(self):
                return 'other'

            def neg_item(self, k):
                return -k

            def base_val(self):
                return 1

            def base_val10(self):
                return 10

            def mutate2(rounds):
                for i in range(rounds):
                    Box.get = other_get if i % 2 else ORIG_GET
                    Box.__getitem__ = neg_item if i % 3 else ORIG_ITEM
                    Base.val = base_val10 if i % 2 else base_val
                    Slots.extra = i
                    del Slots.extra
                return 0
            """;

    private static Session newSession(SpecializationMode mode) {
        return newSession(mode, PROGRAM);
    }

    private static Session newSession(SpecializationMode mode, String program) {
        Session session = new Session(new ByteArrayOutputStream(), new ByteArrayOutputStream(), List.of("t"));
        mode.configure(session.interpreter);
        var module = Parser.parse(program, "<threads>", Parser.Mode.EXEC, false);
        session.exec(Compiler.compile(module, "<threads>", 0), session.mainGlobals());
        return session;
    }

    private static PyFunction function(Session session, String name) {
        var main = (org.ember.runtime.PyModule) session.interpreter.modules.getItemStr("__main__");
        return (PyFunction) main.dict().getItemStr(name);
    }

    /** Runs {@code body} on {@code n} threads attached to the session's interpreter; rethrows the first failure. */
    private static void onThreads(Session session, int n, java.util.function.IntConsumer body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int id = t;
            Thread thread = new Thread(null, () -> {
                ThreadState.attach(new ThreadState(session.interpreter));
                try {
                    start.await();
                    body.accept(id);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "py-" + t, 16 << 20);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        if (failure.get() != null) throw new AssertionError("a thread failed", failure.get());
    }

    @Test
    void threadsSpecializeTheirOwnCopiesWhileClassesAndGlobalsChange() throws Exception {
        Session session = newSession(SpecializationMode.SPECIALIZING);
        PyFunction work = function(session, "work"), mutate = function(session, "mutate");
        AtomicBoolean sawSpecialized = new AtomicBoolean();
        PyCode.CodeCopy[] copies = new PyCode.CodeCopy[7];
        onThreads(session, 7, id -> {
            if (id == 0) {
                Abstract.call(mutate, PyInt.of(10_000));
                return;
            }
            for (int round = 0; round < 10; round++) {
                Object bad = Abstract.call(work, PyInt.of(2_000));
                assertEquals(PyInt.of(0), bad, "a specialized instruction gave a result CPython could not");
            }
            copies[id] = work.code.codeCopy(ThreadState.current());
            PyList ops = (PyList) Abstract.call(sysFunction(session, "_ember_adaptive_ops"), work);
            for (Object op : ops.toArray()) {
                if (((PyStr) op).value().startsWith("LOAD_ATTR_")) sawSpecialized.set(true);
            }
        });
        assertTrue(sawSpecialized.get(), "the workers' copies should contain specialized LOAD_ATTR forms");
        for (int i = 1; i < copies.length; i++) {
            for (int j = i + 1; j < copies.length; j++) assertNotSame(copies[i], copies[j], "each thread has its own copy");
        }
    }

    @Test
    void newFormsStayCorrectWhileTheirClassesChange() throws Exception {
        Session session = newSession(SpecializationMode.SPECIALIZING, PROGRAM2);
        PyFunction work = function(session, "work2"), mutate = function(session, "mutate2");
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        onThreads(session, 5, id -> {
            if (id == 0) {
                Abstract.call(mutate, PyInt.of(5_000));
                return;
            }
            for (int round = 0; round < 5; round++) {
                assertEquals(PyInt.of(0), Abstract.call(work, PyInt.of(2_000)), "a result CPython could not give");
            }
            PyList ops = (PyList) Abstract.call(sysFunction(session, "_ember_adaptive_ops"), work);
            for (Object op : ops.toArray()) seen.add(((PyStr) op).value());
        });
        for (String form : List.of("LOAD_ATTR_SLOT", "STORE_ATTR_SLOT", "LOAD_ATTR_WITH_HINT", "STORE_ATTR_WITH_HINT",
                "CALL_STR_1")) {
            assertTrue(seen.contains(form), form + " not in the workers' copies: " + seen);
        }
    }

    private static Object sysFunction(Session session, String name) {
        var sys = (org.ember.runtime.PyModule) session.interpreter.modules.getItemStr("sys");
        return sys.dict().getItemStr(name);
    }

    @Test
    void generatorResumedOnAnotherThreadRunsThatThreadsCopy() throws Exception {
        Session session = newSession(SpecializationMode.SPECIALIZING);
        PyFunction gen = function(session, "gen");
        Object generator = Abstract.call(gen, PyInt.of(1000));
        Object next = session.interpreter.builtins.getItemStr("next");
        long[] sums = new long[2];
        for (int half = 0; half < 2; half++) {
            int h = half;
            onThreads(session, 1, id -> {
                for (int i = 0; i < 500; i++) sums[h] += ((PyInt) Abstract.call(next, generator)).longValue();
            });
        }
        // sizes: i * 1 (scale 1) plus K = 10
        long expected = 0;
        for (int i = 0; i < 1000; i++) expected += i + 10;
        assertEquals(expected, sums[0] + sums[1]);
    }

    @Test
    void sharedCopyUnderTlbcOffIsNeverSpecialized() throws Exception {
        Session session = newSession(SpecializationMode.TLBC_OFF);
        PyFunction work = function(session, "work");
        PyCode.CodeCopy[] copies = new PyCode.CodeCopy[4];
        onThreads(session, 4, id -> {
            assertEquals(PyInt.of(0), Abstract.call(work, PyInt.of(500)));
            copies[id] = work.code.codeCopy(ThreadState.current());
        });
        for (PyCode.CodeCopy copy : copies) {
            assertSame(copies[0], copy, "one copy shared by all threads");
            assertFalse(copy.adaptive);
        }
        PyList ops = (PyList) Abstract.call(sysFunction(session, "_ember_adaptive_ops"), work);
        for (Object op : ops.toArray()) {
            String name = ((PyStr) op).value();
            assertFalse(org.ember.bytecode.Instructions.byName(name).isSpecialized(), name + " in the shared copy");
        }
        assertEquals("False", Abstract.repr(Abstract.call(sysFunction(session, "_is_tlbc_enabled"))).value());
    }

    /** -X stats=FILE writes JSON at exit (a child JVM: the flag is static final, read at class load). */
    @Test
    void statsAreWrittenAsJson() throws Exception {
        Path dir = Files.createTempDirectory("ember-stats");
        Path program = dir.resolve("p.py");
        Files.writeString(program, PROGRAM + "\nprint(work(300))\n");
        Path json = dir.resolve("stats.json");
        Process p = new ProcessBuilder(org.ember.ChildEmber.command(List.of("-X", "stats=" + json, program.toString())))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals("0\n", out);
        String stats = Files.readString(json);
        assertTrue(stats.contains("\"LOAD_ATTR_INSTANCE_VALUE\": {\"executed\": "), stats);
        assertTrue(stats.contains("\"LOAD_GLOBAL\": {\"attempts\": "), stats);
        var hits = java.util.regex.Pattern.compile("\"LOAD_ATTR_METHOD_WITH_VALUES\": \\{\"executed\": (\\d+), \"hits\": (\\d+)")
                .matcher(stats);
        assertTrue(hits.find(), stats);
        assertTrue(Long.parseLong(hits.group(2)) >= 290, "hits counted: " + hits.group(0));
    }
}
