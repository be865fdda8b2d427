package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.ember.cli.Main;
import org.ember.compiler.Compiler;
import org.ember.jit.JitStats;
import org.ember.parser.Parser;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyStr;
import org.ember.runtime.ThreadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tier 2 (docs/jit.md). The corpus runs compiled in ProgramsTest/RecordedRunTest's
 * JIT_EVERY_CALL mode; these tests prove that the code really was compiled (a JIT that refused
 * everything would pass the corpus), and cover what the corpus mode cannot reach: OSR into hot
 * loops, tracing keeping compiled code out, refusals, the command-line switches.
 */
class JitTest {
    private static final Path PROGRAMS = Path.of("src/test/resources/interp/programs");

    /** A session on a fresh thread with a large stack (as the command line runs programs). */
    private record Run(String stdout, PyDict globals, Session session) {}

    private static Run run(String source, String file, int threshold) throws Exception {
        return run(source, file, threshold, org.ember.runtime.Interpreter.DEFAULT_JIT_WINDOW_NANOS);
    }

    /** The same with tier 2's rate window ({@code Interpreter.jitWindowNanos}) set. */
    private static Run run(String source, String file, int threshold, long windowNanos) throws Exception {
        AtomicReference<Run> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Session session = new Session(out, new ByteArrayOutputStream(), List.of(file));
                session.interpreter.jitThreshold = threshold;
                session.interpreter.jitWindowNanos = windowNanos;
                session.setPath("", null); // the library (jit_generators imports asyncio)
                PyDict globals = session.mainGlobals();
                globals.setItem(new PyStr("__file__"), new PyStr(file));
                try {
                    session.exec(Compiler.compile(Parser.parse(source, file, Parser.Mode.EXEC, false), file, 0), globals);
                } catch (PyException e) {
                    // the program's uncaught error: ProgramsTest checks its traceback
                }
                session.flushQuietly();
                result.set(new Run(out.toString(StandardCharsets.UTF_8), globals, session));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "jit-test", 512L << 20);
        thread.start();
        thread.join();
        if (failure.get() != null) throw new AssertionError(failure.get());
        return result.get();
    }

    private static PyCode code(Run run, String function) {
        return ((PyFunction) run.globals.getItemStr(function)).code;
    }

    @ParameterizedTest
    @ValueSource(strings = {"jit_arith_flow", "jit_calls", "jit_exceptions", "jit_recursion", "jit_generators", "jit_unboxed", "jit_frames", "jit_loops", "jit_guards", "jit_calls_ex", "jit_dunders", "jit_call_frames", "jit_megamorphic", "jit_regions", "jit_inplace"})
    void theJitProgramsRunCompiled(String name) throws Exception {
        Path file = PROGRAMS.resolve(name + ".py");
        Run run = run(Files.readString(file), file.getFileName().toString(), 0);
        assertEquals(Files.readString(PROGRAMS.resolve(name + ".stdout")), run.stdout);
        int functions = 0;
        for (Object key : run.globals.keys()) {
            Object value = run.globals.getItem(key);
            if (value instanceof PyFunction fn) { // generators and coroutines included
                assertInstanceOf(CompiledCode.class, fn.code.tier2, fn.code.qualname() + ": " + fn.code.tier2);
                functions++;
            }
        }
        assertTrue(functions >= 3, name + " defines the functions it tests");
        // a JIT bug (VerifyError, bad class bytes) is caught and recorded, never surfaced: none may have happened
        JitStats.failures().keySet().forEach(reason -> assertTrue(!reason.startsWith("internal error"), reason));
    }

    /**
     * The programs again with code compiled after it ran (and specialized) a few times: the
     * inline int/float forms on JVM locals and the direct calls appear only in code compiled
     * from specialized bytecode (at threshold 0 everything compiles before it specializes).
     */
    @ParameterizedTest
    @ValueSource(strings = {"jit_unboxed", "jit_frames", "jit_loops", "jit_calls", "jit_exceptions", "jit_recursion", "jit_arith_flow", "jit_guards", "jit_calls_ex", "jit_dunders", "jit_call_frames", "jit_megamorphic"})
    void warmCompiledCodeInlinesArithmeticAndCallsDirectly(String name) throws Exception {
        Path file = PROGRAMS.resolve(name + ".py");
        long inlined = JitStats.inlinedCount(), direct = JitStats.directCallCount();
        Run run = run(Files.readString(file), file.getFileName().toString(), 10);
        assertEquals(Files.readString(PROGRAMS.resolve(name + ".stdout")), run.stdout);
        JitStats.failures().keySet().forEach(reason -> assertTrue(!reason.startsWith("internal error"), reason));
        if (name.equals("jit_unboxed") || name.equals("jit_frames") || name.equals("jit_loops")) {
            assertTrue(JitStats.inlinedCount() - inlined >= 30, "inline instructions: " + (JitStats.inlinedCount() - inlined));
        }
        if (name.equals("jit_frames") || name.equals("jit_call_frames")) {
            assertTrue(JitStats.directCallCount() - direct >= 5, "direct call sites: " + (JitStats.directCallCount() - direct));
        }
    }

    /**
     * jit_guards at threshold 10: each form of the third increment is compiled inline (the
     * program then fails its guards: globals rebound, methods shadowed, lists mutated, wrong
     * unpack lengths, callees changed) and the output is still CPython's.
     */
    @Test
    void warmCompiledCodeInlinesTheThirdIncrementsForms() throws Exception {
        List<String> forms = List.of("LOAD_GLOBAL_MODULE", "LOAD_GLOBAL_BUILTIN", "LOAD_ATTR_METHOD_WITH_VALUES",
                "LOAD_ATTR_METHOD_NO_DICT", "FOR_ITER_LIST", "FOR_ITER_TUPLE", "UNPACK_SEQUENCE_TWO_TUPLE",
                "UNPACK_SEQUENCE_TUPLE", "UNPACK_SEQUENCE_LIST", "CALL_LEN", "CALL_ISINSTANCE", "CALL_TYPE_1",
                "CALL_LIST_APPEND", "BINARY_OP_EXTEND", "CALL_PY_EXACT_ARGS", "CALL_BOUND_METHOD_EXACT_ARGS",
                "CALL_ALLOC_AND_ENTER_INIT", "CALL_BUILTIN_CLASS", "CALL_PY_GENERAL", "CALL_BOUND_METHOD_GENERAL",
                "LOAD_DEREF", "LOAD_FAST_CHECK", "COPY", "SWAP", "IS_OP", "UNARY_NOT", "BUILD_TUPLE");
        java.util.Map<String, Long> before = new java.util.HashMap<>();
        for (String form : forms) before.put(form, JitStats.inlinedCount(form));
        Path file = PROGRAMS.resolve("jit_guards.py");
        Run run = run(Files.readString(file), file.getFileName().toString(), 10);
        assertEquals(Files.readString(PROGRAMS.resolve("jit_guards.stdout")), run.stdout);
        for (String form : forms) {
            assertTrue(JitStats.inlinedCount(form) > before.get(form), form + " compiled inline");
        }
    }

    /**
     * jit_calls_ex at threshold 10: {@code f(*args)} sites are compiled as direct calls
     * (CALL_FUNCTION_EX), then given other callables, keywords, non-tuple iterables, argument
     * errors, generator functions and replaced code; the output is still CPython's.
     */
    @Test
    void warmCompiledCodeCallsStarArgsDirectly() throws Exception {
        long before = JitStats.inlinedCount("CALL_FUNCTION_EX"), direct = JitStats.directCallCount();
        Path file = PROGRAMS.resolve("jit_calls_ex.py");
        Run run = run(Files.readString(file), file.getFileName().toString(), 10);
        assertEquals(Files.readString(PROGRAMS.resolve("jit_calls_ex.stdout")), run.stdout);
        assertTrue(JitStats.inlinedCount("CALL_FUNCTION_EX") > before, "CALL_FUNCTION_EX compiled as a direct call");
        assertTrue(JitStats.directCallCount() > direct, "direct call sites counted");
    }

    /**
     * jit_dunders at threshold 10: BINARY_OP sites on instances of Python classes compiled as
     * direct calls of the class's operator method, then given ints, strings, reflected
     * operands, NotImplemented, subclasses, replaced/deleted/generator methods, exceptions,
     * recursion and {@code __class__} changes; the output is still CPython's.
     */
    @Test
    void warmCompiledCodeCallsOperatorMethodsDirectly() throws Exception {
        long before = JitStats.inlinedCount("BINARY_OP"), direct = JitStats.directCallCount();
        Path file = PROGRAMS.resolve("jit_dunders.py");
        Run run = run(Files.readString(file), file.getFileName().toString(), 10);
        assertEquals(Files.readString(PROGRAMS.resolve("jit_dunders.stdout")), run.stdout);
        assertTrue(JitStats.inlinedCount("BINARY_OP") - before >= 4, "BINARY_OP sites compiled as direct operator calls");
        assertTrue(JitStats.directCallCount() - direct >= 4, "direct call sites counted");
    }

    /**
     * jit_megamorphic at threshold 10 (jit9): exact-args sites that call more functions than a
     * guard chain holds (dispatch tables, methods of seven classes, bound methods) call the ones
     * outside the chain directly, then meet defaults, builtins, classes, generators, bound
     * methods at a function site, replaced {@code __code__}, exceptions and RecursionError at a
     * lowered limit; the output is still CPython's.
     */
    @Test
    void warmCompiledCodeCallsFunctionsOutsideTheGuardChainDirectly() throws Exception {
        long before = JitStats.unguardedCallCount();
        Path file = PROGRAMS.resolve("jit_megamorphic.py");
        Run run = run(Files.readString(file), file.getFileName().toString(), 10);
        assertEquals(Files.readString(PROGRAMS.resolve("jit_megamorphic.stdout")), run.stdout);
        assertTrue(JitStats.unguardedCallCount() - before >= 100, "calls outside the chain: " + (JitStats.unguardedCallCount() - before));
    }

    /**
     * jit_builtins at threshold 10 (jit7): method descriptors and builtin functions called from
     * the compiled site, `in` on sets and dicts, dict subscripts and stores, str(x) and tuple(x)
     * are compiled inline, then meet receivers of other types, shadowed builtins, changed
     * contents, dict subclasses, keys with Python __hash__/__eq__ and exceptions raised inside
     * them; the output is still CPython's.
     */
    @Test
    void warmCompiledCodeInlinesBuiltinCallsAndDictSetForms() throws Exception {
        List<String> forms = List.of("CALL_METHOD_DESCRIPTOR_NOARGS", "CALL_METHOD_DESCRIPTOR_O",
                "CALL_METHOD_DESCRIPTOR_FAST", "CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS", "CALL_BUILTIN_O",
                "CALL_BUILTIN_FAST", "CALL_BUILTIN_FAST_WITH_KEYWORDS", "CONTAINS_OP_SET", "CONTAINS_OP_DICT",
                "BINARY_OP_SUBSCR_DICT", "STORE_SUBSCR_DICT", "CALL_STR_1", "CALL_TUPLE_1");
        java.util.Map<String, Long> before = new java.util.HashMap<>();
        for (String form : forms) before.put(form, JitStats.inlinedCount(form));
        Path file = PROGRAMS.resolve("jit_builtins.py");
        Run run = run(Files.readString(file), file.getFileName().toString(), 10);
        assertEquals(Files.readString(PROGRAMS.resolve("jit_builtins.stdout")), run.stdout);
        JitStats.failures().keySet().forEach(reason -> assertTrue(!reason.startsWith("internal error"), reason));
        List<String> notInline = forms.stream().filter(form -> JitStats.inlinedCount(form) == before.get(form)).toList();
        assertEquals(List.of(), notInline, "forms not compiled inline");
    }

    /**
     * jit_inplace at threshold 10 (jit8): in-place BINARY_OP sites ({@code a += b}) on instances
     * of Python classes compiled as direct calls of the class's {@code __iadd__}, then given
     * builtins, classes without the method, NotImplemented, replaced/deleted methods, exceptions
     * and recursion; the output is still CPython's.
     */
    @Test
    void warmCompiledCodeCallsInplaceOperatorMethodsDirectly() throws Exception {
        long before = JitStats.inlinedCount("BINARY_OP_INPLACE_DUNDER");
        Path file = PROGRAMS.resolve("jit_inplace.py");
        Run run = run(Files.readString(file), file.getFileName().toString(), 10, 0);
        assertEquals(Files.readString(PROGRAMS.resolve("jit_inplace.stdout")), run.stdout);
        assertTrue(JitStats.inlinedCount("BINARY_OP_INPLACE_DUNDER") - before >= 4, "in-place sites compiled as direct calls");
    }

    /**
     * jit_regions at threshold 10 (jit8): functions whose generated code is over HotSpot's
     * 8000-byte limit are split into region methods (each under it) and still give CPython's
     * output: locals and loops across region boundaries, exceptions raised in one region and
     * handled in another, generators yielding from several regions, line numbers.
     */
    @Test
    void largeFunctionsAreSplitIntoRegionMethods() throws Exception {
        long split = JitStats.splitCount();
        Path file = PROGRAMS.resolve("jit_regions.py");
        Run run = run(Files.readString(file), file.getFileName().toString(), 10, 0);
        assertEquals(Files.readString(PROGRAMS.resolve("jit_regions.stdout")), run.stdout);
        JitStats.failures().keySet().forEach(reason -> assertTrue(!reason.startsWith("internal error"), reason));
        for (String function : List.of("straight", "looped", "nested", "raising", "escaping", "generator", "lines_seen")) {
            Object compiled = code(run, function).tier2;
            assertInstanceOf(CompiledCode.class, compiled, function + ": " + compiled);
            long regions = java.util.Arrays.stream(compiled.getClass().getDeclaredMethods())
                    .filter(m -> m.getName().startsWith("region")).count();
            assertTrue(regions >= 2, function + " split into " + regions + " region methods");
        }
        assertTrue(JitStats.splitCount() - split >= 7, "split code objects: " + (JitStats.splitCount() - split));
    }

    @Test
    void hotLoopsContinueInCompiledCode() throws Exception {
        Path file = Path.of("src/test/resources/jit/osr.py");
        long before = JitStats.osrCount();
        // no function reaches a million calls: only the back-edge counters compile code here
        Run run = run(Files.readString(file), "osr.py", 1_000_000);
        assertEquals(Files.readString(file.resolveSibling("osr.expected")), run.stdout);
        for (String fn : List.of("long_loop", "small", "raiser", "locals_after_loop", "try_in_loop")) {
            assertInstanceOf(CompiledCode.class, code(run, fn).tier2, fn);
        }
        // long_loop, small (inlined by the loop), raiser (inlined, raises), locals_after_loop, try_in_loop
        assertTrue(JitStats.osrCount() - before >= 5, "OSR entries: " + (JitStats.osrCount() - before));
    }

    /**
     * Compiled code is shared: threads run it on their own code copies while another thread
     * changes the class. Threshold 0 compiles before anything specialized; 3 compiles from a
     * thread's specialized copy (inline int forms, direct calls of get and __init__).
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void threadsShareCompiledCodeWhileAClassChanges(int threshold) throws Exception {
        String program = """
                class Box:
                    def __init__(self, v):
                        self.v = v
                    def get(self):
                        return self.v
                ORIG = Box.get
                def other(self):
                    return self.v
                def work(n):
                    total = 0
                    for i in range(n):
                        b = Box(i)
                        total += b.get() + b.v
                    return total
                def mutate(n):
                    for i in range(n):
                        Box.get = other if i % 2 else ORIG
                    return n
                for _ in range(5):
                    work(50)  # at threshold 3: compiled from this thread's specialized copy, before the mutations
                """;
        long directCalls = JitStats.directCallCount();
        Run run = run(program, "<threads>", threshold);
        PyFunction work = (PyFunction) run.globals.getItemStr("work"), mutate = (PyFunction) run.globals.getItemStr("mutate");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 5; t++) {
            int id = t;
            Thread thread = new Thread(null, () -> {
                ThreadState.attach(new ThreadState(run.session.interpreter));
                try {
                    if (id == 0) {
                        org.ember.runtime.Abstract.call(mutate, org.ember.runtime.PyInt.of(20_000));
                    } else {
                        for (int round = 0; round < 3; round++) {
                            Object r = org.ember.runtime.Abstract.call(work, org.ember.runtime.PyInt.of(5_000));
                            assertEquals(5_000L * 4_999, ((org.ember.runtime.PyInt) r).longValue());
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "jit-" + t, 64L << 20);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        if (failure.get() != null) throw new AssertionError("a thread failed", failure.get());
        assertInstanceOf(CompiledCode.class, work.code.tier2);
        if (threshold > 0) assertTrue(JitStats.directCallCount() - directCalls >= 2, "direct calls: " + (JitStats.directCallCount() - directCalls));
    }

    /**
     * Many threads calling one function as it crosses the threshold: exactly one of them compiles
     * it (the others interpret it meanwhile, never wait), every call gives the right answer, and
     * afterwards all threads run the one compiled class.
     */
    @Test
    void threadsCrossingTheThresholdTogetherCompileOnce() throws Exception {
        String program = """
                def poly(x):
                    total = 0
                    for k in range(4):
                        total = total * x + k
                    return total
                """;
        Run run = run(program, "<crossing>", 50);
        PyFunction poly = (PyFunction) run.globals.getItemStr("poly");
        long compiledBefore = JitStats.compiledCount();
        int threadCount = 8;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threadCount);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            Thread thread = new Thread(null, () -> {
                ThreadState.attach(new ThreadState(run.session.interpreter));
                try {
                    start.await();
                    for (long x = 0; x < 400; x++) {
                        Object r = org.ember.runtime.Abstract.call(poly, org.ember.runtime.PyInt.of(x));
                        assertEquals(((0 * x + 1) * x + 2) * x + 3, ((org.ember.runtime.PyInt) r).longValue());
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "crossing-" + t, 16L << 20);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        if (failure.get() != null) throw new AssertionError("a thread failed", failure.get());
        assertInstanceOf(CompiledCode.class, poly.code.tier2);
        assertEquals(1, JitStats.compiledCount() - compiledBefore, "compilations of poly");
    }

    /**
     * The threshold's calls must come within the window: a function called more times than the
     * threshold, but slowly, stays interpreted (its count starts over), and is compiled once
     * the same number of calls comes quickly.
     */
    @Test
    void codeCalledSlowlyIsNotHotUntilItsCallsComeQuickly() throws Exception {
        String program = """
                import time
                def cheap(x):
                    return x + 1
                for i in range(30):
                    cheap(i)
                    time.sleep(0.01)  # 30 calls in >= 0.3 s: never 20 within 0.2 s
                """;
        Run run = run(program, "<slow>", 20, 200_000_000L);
        PyFunction cheap = (PyFunction) run.globals.getItemStr("cheap");
        assertNull(cheap.code.tier2, "called 30 times, slowly");
        Thread fast = new Thread(() -> {
            ThreadState.attach(new ThreadState(run.session.interpreter));
            for (int i = 0; i < 200; i++) org.ember.runtime.Abstract.call(cheap, org.ember.runtime.PyInt.of(i));
        });
        fast.start();
        fast.join();
        assertInstanceOf(CompiledCode.class, cheap.code.tier2, "200 quick calls");
    }

    /**
     * Code hot by the work it does rather than by its calls is still compiled: a function called
     * once whose loop runs long (the back-edge counter, OSR), even when no number of calls could
     * make anything hot (a window no count fits in).
     */
    @Test
    void aLoopIsHotByItsBackEdgesWhateverTheCallRate() throws Exception {
        String program = """
                def cheap(x):
                    return x + 1
                def looping(n):
                    total = 0
                    for i in range(n):
                        total += i
                    return total
                for i in range(1000):
                    cheap(i)
                print(looping(20000))
                """;
        Run run = run(program, "<by-work>", 50, 1);
        assertEquals("199990000\n", run.stdout);
        assertNull(code(run, "cheap").tier2, "1000 calls, none within 1 ns of the count's start");
        assertInstanceOf(CompiledCode.class, code(run, "looping").tier2, "called once, 20000 back edges");
    }

    /**
     * A generator created once and resumed many times: its loop's back edges compile it (OSR in
     * a generator frame), and its later resumptions enter the compiled code at the yield.
     */
    @Test
    void longRunningGeneratorsContinueCompiled() throws Exception {
        String program = """
                def numbers(n):
                    total = 0
                    for i in range(n):
                        total += i
                        if i % 100 == 0:
                            sent = yield total
                            if sent:
                                total = 0
                    return total
                g = numbers(200_000)
                first = [next(g) for _ in range(3)]
                rest = sum(g)
                g = numbers(1000)
                next(g)
                print(first, rest, g.send(True), g.gi_frame.f_lineno)
                """;
        long osr = JitStats.osrCount();
        Run run = run(program, "<gen>", 1_000_000);
        assertEquals("[0, 5050, 20100] 13323434924850 5050 6\n", run.stdout);
        assertInstanceOf(CompiledCode.class, code(run, "numbers").tier2);
        assertEquals(1, JitStats.osrCount() - osr, "one OSR entry, then the resumptions enter compiled code");
    }

    /** A compiled generator suspended on one thread resumes on another (each thread has its own code copy). */
    @Test
    void aCompiledGeneratorResumesOnAnotherThread() throws Exception {
        String program = """
                import threading
                def squares(n):
                    total = 0
                    for i in range(n):
                        try:
                            total += yield i * i
                        except KeyError:
                            total += 1000
                    return total
                g = squares(10)
                seen = [next(g), g.send(1)]
                def elsewhere():
                    seen.append(g.send(2))
                    seen.append(g.throw(KeyError))
                t = threading.Thread(target=elsewhere)
                t.start()
                t.join()
                seen.append(g.send(3))
                print(seen, g.gi_frame.f_lineno)
                """;
        Run run = run(program, "<gen-threads>", 0);
        assertEquals("[0, 1, 4, 9, 16] 6\n", run.stdout);
        assertInstanceOf(CompiledCode.class, code(run, "squares").tier2);
    }

    @Test
    void tracingKeepsCompiledCodeOut() throws Exception {
        String program = """
                import sys
                def spin(n):
                    total = 0
                    for i in range(n):
                        if i == n // 2 and n > 100:
                            sys.settrace(lambda *a: None)
                        total += i
                    return total
                print(spin(10))
                print(spin(1000))
                print(sys.gettrace() is not None)
                """;
        long deopts = JitStats.deoptCount();
        Run run = run(program, "<trace>", 0);
        assertEquals("45\n499500\nTrue\n", run.stdout);
        assertEquals(1, JitStats.deoptCount() - deopts, "the loop left compiled code at the back edge after settrace");
        PyCode spin = code(run, "spin");
        assertInstanceOf(CompiledCode.class, spin.tier2);
        ThreadState ts = new ThreadState(run.session.interpreter);
        assertNull(Tier2.compiledFor(spin, ts), "no compiled code while a trace function is set");
        run.session.interpreter.tracing = false;
        assertNotNull(Tier2.compiledFor(spin, ts));
    }

    @Test
    void codeTheJitCannotCompileIsMarkedAndInterpreted() throws Exception {
        StringBuilder huge = new StringBuilder("def huge(x):\n");
        for (int i = 0; i < 1500; i++) huge.append("    x = x + ").append(i).append(" * x - (x // 3)\n");
        huge.append("    return x % 1000\n");
        String program = huge + """
                print(huge(1), 10)
                """;
        Run run = run(program, "<refused>", 0);
        String expected = "%d 10\n".formatted(hugeResult());
        assertEquals(expected, run.stdout);
        assertEquals("too large", code(run, "huge").tier2);
        assertTrue(JitStats.failures().getOrDefault("too large", 0L) >= 1);
    }

    /** What huge(1) computes (Python's floor division and modulo on non-negative ints). */
    private static long hugeResult() {
        java.math.BigInteger x = java.math.BigInteger.ONE, three = java.math.BigInteger.valueOf(3);
        for (int i = 0; i < 1500; i++) x = x.add(java.math.BigInteger.valueOf(i).multiply(x)).subtract(x.divide(three));
        return x.mod(java.math.BigInteger.valueOf(1000)).longValue();
    }

    /**
     * -X jit-threshold=N / -X jit=0, seen through the back-edge form the specializer picks (-X jit
     * itself sets a JVM-wide property, so SpecializedFormsStatsTest covers it in a child JVM).
     */
    @ParameterizedTest
    @ValueSource(strings = {"jit=0:JUMP_BACKWARD_NO_JIT", "jit-threshold=0:JUMP_BACKWARD_JIT", "specialize=1:JUMP_BACKWARD_NO_JIT"})
    void commandLineSwitches(String option) throws Exception {
        String[] parts = option.split(":");
        String program = "import sys\ndef f():\n    for i in range(3): pass\nf(); f()\n"
                + "print([op for op in sys._ember_adaptive_ops(f) if op.startswith('JUMP_BACKWARD')])";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new String[] {"-X", parts[0], "-c", program}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals("['" + parts[1] + "']\n", out.toString(StandardCharsets.UTF_8));
    }
}
