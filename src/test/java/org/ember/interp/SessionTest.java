package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ember.compiler.RecordedPrograms;
import org.ember.runtime.Abstract;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFunction;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyStr;
import org.ember.runtime.ThreadState;
import org.junit.jupiter.api.Test;

/** Recursion limits, tracebacks and exit handling of a whole session. */
class SessionTest {

    private static RecordedPrograms.Program program(String name) throws Exception {
        for (RecordedPrograms.Program p : RecordedPrograms.load()) if (p.name().equals(name)) return p;
        throw new AssertionError("no recorded program " + name);
    }

    /**
     * Unbounded recursion: the recorded 'calls' program's f(a) calls g(a, 1); g calls f(a) again
     * (through a builtin, so the recursion also crosses Java frames). With a huge limit the Java
     * stack overflows first; with a small one the limit triggers. Both give RecursionError and
     * the interpreter stays usable.
     */
    @Test
    void deepRecursionRaisesRecursionErrorAndRecovers() throws Exception {
        Session session = new Session(new ByteArrayOutputStream(), new ByteArrayOutputStream(), List.of("x"));
        PyDict globals = session.mainGlobals();
        session.exec(program("calls").module(), globals);
        PyFunction f = (PyFunction) globals.getItemStr("f");
        globals.setItem(new PyStr("g"), new PyBuiltinFunction(ArgSpec.vector("g"),
                (self, a) -> Abstract.call(f, ((Object[]) a[0])[0])));

        session.interpreter.setRecursionLimit(10_000_000);
        PyException overflow = assertThrows(PyException.class, () -> Abstract.call(f, PyInt.of(1)));
        assertEquals("RecursionError", overflow.value.type().name());

        session.interpreter.setRecursionLimit(60);
        PyException limited = assertThrows(PyException.class, () -> Abstract.call(f, PyInt.of(1)));
        assertEquals("RecursionError", limited.value.type().name());
        assertTrue(Abstract.str(limited.value).value().startsWith("maximum recursion depth exceeded"));

        session.interpreter.setRecursionLimit(1000);
        globals.setItem(new PyStr("g"), session.interpreter.builtins.getItemStr("max"));
        PyException after = assertThrows(PyException.class, () -> Abstract.call(f, PyInt.of(1)));
        // f(1) now gets past g(1, 1) and fails on 1 .m: the interpreter works normally again
        assertEquals("AttributeError", after.value.type().name());
        assertEquals(0, ThreadState.current().recursionDepth());
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExitsWithOne() throws Exception {
        RecordedPrograms.Program p = program("binop_div_zero");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session session = new Session(out, err, List.of("x"));
        session.addSource("<case>", p.source());
        PyDict globals = session.mainGlobals();
        session.exec(p.module(), globals);
        PyException e = assertThrows(PyException.class,
                () -> Abstract.call(globals.getItemStr("f")));
        assertEquals(1, session.handleUncaught(e.value));
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"<case>\", line 2, in f\n"
                + "    return 1 / 0\n"
                + "           ~~^~~\n"
                + "ZeroDivisionError: division by zero\n", err.toString(StandardCharsets.UTF_8));
    }
}
