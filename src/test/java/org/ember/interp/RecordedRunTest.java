package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.ember.compiler.RecordedPrograms;
import org.ember.runtime.Abstract;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyFrozenSet;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyGenerator;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyRange;
import org.ember.runtime.PySet;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the ~200 recorded flowgraph snippets (CPython 3.14's own code generator output, assembled
 * by Ember's back end) and compares what they observably do with what CPython 3.14 did
 * (src/test/resources/interp/run-expect-3.14.txt, made by tools/gen-interp-expect.py): printed
 * output, the module globals, the uncaught exception, and each module-level function called with
 * four argument batteries. Cases listed in run-known-failures.txt must still fail (so the list
 * shrinks as the interpreter grows); all others must match exactly.
 */
class RecordedRunTest {

    private static final Map<String, Object[]> BATTERIES = new LinkedHashMap<>();
    static {
        BATTERIES.put("ints", null);
        BATTERIES.put("zeros", null);
        BATTERIES.put("lists", null);
        BATTERIES.put("strs", null);
    }

    @Test
    void checkStackIsOnInTests() {
        assertTrue(Eval.CHECK_STACK, "the test run must enable -X check-stack (ember.checkStack)");
    }

    @TestFactory
    Stream<DynamicTest> recordedPrograms() throws IOException {
        Map<String, String> expected = readExpected();
        Set<String> knownFailures = readKnownFailures();
        List<RecordedPrograms.Program> programs = RecordedPrograms.load();
        int passing = 0;
        for (RecordedPrograms.Program p : programs) if (!knownFailures.contains(p.name())) passing++;
        assertTrue(passing >= 60, "at least 60 recorded programs must run correctly, " + passing + " do");
        return programs.stream().flatMap(p -> Stream.of(SpecializationMode.values()).map(mode ->
                DynamicTest.dynamicTest(p.name() + " [" + mode.label() + "]", () -> {
            String want = expected.get(p.name());
            if (want == null) fail("no expected outcome recorded for " + p.name());
            String got = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(10), () -> observe(p, mode), p.name() + " did not finish");
            if (knownFailures.contains(p.name())) {
                assertTrue(!want.equals(got), p.name() + " now passes: remove it from run-known-failures.txt");
            } else {
                assertEquals(want, got, p.name() + "\n--- source:\n" + p.source());
            }
        })));
    }

    /** Runs one program and describes it in the expectation file's format. */
    static String observe(RecordedPrograms.Program p) {
        return observe(p, SpecializationMode.SPECIALIZING);
    }

    static String observe(RecordedPrograms.Program p, SpecializationMode mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Session session = new Session(out, new ByteArrayOutputStream(), List.of("<case>"));
        session.setPath("", null); // Ember's lib: the programs may import library modules
        mode.configure(session.interpreter);
        StringBuilder sb = new StringBuilder();
        PyDict globals = session.mainGlobals();
        String error = null;
        try {
            Eval.runModule(new org.ember.runtime.PyCode(p.module()), globals, sandboxBuiltins(globals));
        } catch (PyException e) {
            error = describe(e);
        }
        appendOutput(session, out, sb);
        List<String> names = new ArrayList<>();
        for (Object key : globals.keys()) {
            String name = ((PyStr) key).value();
            if (!name.startsWith("__")) names.add(name);
        }
        names.sort(null);
        for (String name : names) {
            sb.append("global ").append(name).append(" = ").append(canon(globals.getItemStr(name))).append('\n');
        }
        if (error != null) {
            sb.append("error ").append(error).append('\n');
        } else {
            for (String name : names) {
                if (globals.getItemStr(name) instanceof PyFunction f) probe(session, out, name, f, sb);
            }
        }
        return sb.toString();
    }

    /**
     * The builtins the snippets see: as tools/gen-interp-expect.py's sandbox, without file,
     * console and exec access (so `open` is a NameError on both sides).
     */
    private static PyDict sandboxBuiltins(PyDict globals) {
        PyDict builtins = ((org.ember.runtime.PyModule) globals.getItemStr("__builtins__")).dict().copy();
        for (String name : List.of("open", "input", "exec", "eval", "exit", "quit", "breakpoint", "help", "compile")) {
            builtins.delItemIfPresent(new PyStr(name));
        }
        return builtins;
    }

    private static void probe(Session session, ByteArrayOutputStream out, String name, PyFunction f, StringBuilder sb) {
        int required = f.code.raw.argCount() - (f.defaults == null ? 0 : f.defaults.size());
        int kwOnly = f.code.raw.kwOnlyArgCount();
        if (kwOnly > 0 && (f.kwdefaults == null ? 0 : f.kwdefaults.size()) < kwOnly) return;
        for (String battery : BATTERIES.keySet()) {
            Object[] args = new Object[required];
            for (int i = 0; i < required; i++) {
                args[i] = switch (battery) {
                    case "ints" -> PyInt.of(i + 1);
                    case "zeros" -> PyInt.of(0);
                    case "lists" -> PyList.of(PyInt.of(3), PyInt.of(1), PyInt.of(2));
                    default -> new PyStr("ab");
                };
            }
            String shown;
            try {
                Object result = Abstract.call(f, args);
                if (result instanceof PyGenerator g && g.kind == PyGenerator.Kind.GENERATOR) {
                    List<Object> items = new ArrayList<>();
                    for (Object item; items.size() < 20 && (item = Generators.next(g)) != null; ) items.add(item);
                    shown = "gen " + canon(PyList.of(items.toArray()));
                } else if (result instanceof PyGenerator g && g.kind == PyGenerator.Kind.COROUTINE) {
                    Generators.close(g);
                    shown = "<coroutine>";
                } else {
                    shown = canon(result);
                }
            } catch (PyException e) {
                shown = "!" + describe(e);
            }
            appendOutput(session, out, sb);
            sb.append("call ").append(name).append(' ').append(battery).append(' ')
                    .append(shown.replace("\n", "\\n")).append('\n');
        }
    }

    private static void appendOutput(Session session, ByteArrayOutputStream out, StringBuilder sb) {
        session.flushQuietly();
        String text = out.toString(StandardCharsets.UTF_8);
        out.reset();
        if (text.isEmpty()) return;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) sb.append("out ").append(lines[i]).append('\n');
    }

    private static String describe(PyException e) {
        String message;
        try {
            message = Abstract.str(e.value).value();
        } catch (PyException inner) {
            message = "<str failed>";
        }
        return (e.value.type().name() + ": " + message).replace("\n", "\\n");
    }

    /** The same canonical form as tools/gen-interp-expect.py's canon(). */
    static String canon(Object v) {
        PyType t = Abstract.typeOf(v);
        if (t == PySet.TYPE || t == PyFrozenSet.TYPE) {
            List<String> items = new ArrayList<>();
            Object it = Abstract.getIter(v);
            for (Object item; (item = Ops.next(it)) != null; ) items.add(canon(item));
            items.sort(null);
            return (t == PySet.TYPE ? "set(" : "frozenset(") + "{" + String.join(", ", items) + "})";
        }
        if (t == PyList.TYPE) return "[" + join(((PyList) v).toArray()) + "]";
        if (t == PyTuple.TYPE) {
            Object[] items = ((PyTuple) v).items();
            return items.length == 1 ? "(" + canon(items[0]) + ",)" : "(" + join(items) + ")";
        }
        if (t == PyDict.TYPE) {
            List<String> parts = new ArrayList<>();
            for (Object[] e : ((PyDict) v).entries()) parts.add(canon(e[0]) + ": " + canon(e[1]));
            return "{" + String.join(", ", parts) + "}";
        }
        if (t == PyInt.TYPE || t == PyFloat.TYPE || t == PyStr.TYPE || t == org.ember.runtime.PyBool.TYPE
                || v == PyNone.NONE || t == PyRange.TYPE || t == org.ember.runtime.PyComplex.TYPE
                || t.name().equals("bytes")) {
            return Abstract.repr(v).value();
        }
        return "<" + t.name() + ">";
    }

    private static String join(Object[] items) {
        List<String> parts = new ArrayList<>();
        for (Object item : items) parts.add(canon(item));
        return String.join(", ", parts);
    }

    private static Map<String, String> readExpected() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : resource("/interp/run-expect-3.14.txt").split("\n")) {
            if (line.startsWith("case ")) {
                name = line.substring(5);
                body.setLength(0);
            } else if (line.equals("end")) {
                expected.put(name, body.toString());
            } else {
                body.append(line).append('\n');
            }
        }
        return expected;
    }

    private static Set<String> readKnownFailures() throws IOException {
        Set<String> names = new HashSet<>();
        for (String line : resource("/interp/run-known-failures.txt").split("\n")) {
            String name = line.strip();
            int hash = name.indexOf('#');
            if (hash >= 0) name = name.substring(0, hash).strip();
            if (!name.isEmpty()) names.add(name);
        }
        return names;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = RecordedRunTest.class.getResourceAsStream(path)) {
            if (in == null) throw new IOException("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
