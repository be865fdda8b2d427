package org.ember.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ember.compiler.Compiler;
import org.ember.interp.Session;
import org.ember.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * format(), __format__, str.format, str % and f-string specs, evaluated through the whole
 * pipeline. resources/runtime/format_cases.txt holds 'expression TAB result' lines recorded from
 * CPython 3.13 by gen_format_cases.py; result is repr(value) or 'ExceptionType: message'.
 */
class FormatCasesTest {

    @Test
    void matchesCPython() throws Exception {
        String data = new String(getClass().getResourceAsStream("/runtime/format_cases.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        Session session = new Session(new ByteArrayOutputStream(), new ByteArrayOutputStream(), List.of("x"));
        PyDict globals = session.mainGlobals();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String line : data.split("\n")) {
            if (line.isEmpty()) continue;
            int tab = line.indexOf('\t');
            String expression = line.substring(0, tab);
            String expected = line.substring(tab + 1);
            String actual = evaluate(session, globals, expression);
            cases++;
            if (!expected.equals(actual)) failures.add(expression + "\n   expected " + expected + "\n   got      " + actual);
        }
        assertTrue(cases >= 300, "too few cases: " + cases);
        assertEquals("", String.join("\n", failures), failures.size() + " of " + cases + " cases differ");
    }

    private static String evaluate(Session session, PyDict globals, String expression) {
        try {
            var module = Parser.parse("result = " + expression + "\n", "<case>", Parser.Mode.EXEC, false);
            session.exec(Compiler.compile(module, "<case>", 0), globals);
            return Abstract.repr(globals.getItemStr("result")).value();
        } catch (PyException e) {
            return e.value.type().name() + ": " + Abstract.str(e.value).value();
        }
    }
}
