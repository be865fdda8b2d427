package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ember.compiler.Compiler;
import org.ember.parser.Parser;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyModule;
import org.junit.jupiter.api.Test;

/**
 * A finished Python thread gives its code copy index back (ThreadState.release): threads started
 * one after another reuse it, so a code object's copy table does not grow with every thread ever
 * started (it did: one leaked copy per code object and thread), and a new thread runs the copy
 * its predecessor already specialized instead of warming up a fresh one.
 */
class ThreadCopyReuseTest {

    private static final String PROGRAM = """
            import sys, threading

            class Point:
                def __init__(self, x):
                    self.x = x

            def work(n):
                total = 0
                for i in range(n):
                    total += Point(i).x
                return total

            def specialized_ops():
                return [op for op in sys._ember_adaptive_ops(work) if op.startswith(('LOAD_ATTR_', 'BINARY_OP_', 'FOR_ITER_'))]

            seen = []
            def one_thread(n):
                seen.append(specialized_ops())   # before this thread runs work
                assert work(n) == n * (n - 1) // 2

            for k in range(300):
                t = threading.Thread(target=one_thread, args=(50,))
                t.start()
                t.join()

            # two threads alive at once need two copies, and still nothing leaks afterwards
            for k in range(20):
                ts = [threading.Thread(target=one_thread, args=(50,)) for _ in range(2)]
                for t in ts: t.start()
                for t in ts: t.join()
            """;

    @Test
    void sequentialThreadsReuseOneWarmCopy() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session session = new Session(new ByteArrayOutputStream(), err, List.of("t"));
        SpecializationMode.SPECIALIZING.configure(session.interpreter);
        session.setPath("", null); // Ember's lib: threading
        var module = Parser.parse(PROGRAM, "<reuse>", Parser.Mode.EXEC, false);
        session.exec(Compiler.compile(module, "<reuse>", 0), session.mainGlobals());
        assertEquals("", err.toString(StandardCharsets.UTF_8));

        PyModule main = (PyModule) session.interpreter.modules.getItemStr("__main__");
        PyFunction work = (PyFunction) main.dict().getItemStr("work");
        // the main thread never ran work and at most 2 threads ran it at once (a few more indices
        // may change hands while other tests' threads come and go): far below the 340 started
        int copies = work.code.threadCopyCount();
        assertTrue(copies <= 8, copies + " copies of work's bytecode");

        Object seen = main.dict().getItemStr("seen");
        String text = org.ember.runtime.Abstract.repr(seen).value();
        assertTrue(text.startsWith("[[], ['"), "the first thread starts unspecialized, the second inherits: " + text);
        assertTrue(text.contains("LOAD_ATTR_INSTANCE_VALUE"), text);
    }
}
