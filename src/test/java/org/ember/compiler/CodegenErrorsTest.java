package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.ember.parser.ParseError;
import org.ember.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The SyntaxErrors of the compiler (most raised by the code generator) with CPython 3.14's
 * messages and positions, recorded by tools/gen-codegen-errors.py.
 */
class CodegenErrorsTest {
    /** Cases Ember does not report like CPython yet (a ratchet: a passing listed case fails). */
    static final Set<String> KNOWN_FAILING = Set.of();

    record ErrorCase(String name, String source, String msg, int lineno, int offset, int endLineno, int endOffset) {
        String expected() {
            return msg + " @" + lineno + ":" + offset + "-" + endLineno + ":" + endOffset;
        }
    }

    static List<ErrorCase> load() throws IOException {
        try (InputStream in = CodegenErrorsTest.class.getResourceAsStream("/compiler/codegen-errors-3.14.txt")) {
            if (in == null) throw new IOException("missing compiler/codegen-errors-3.14.txt");
            List<ErrorCase> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split(" ");
                cases.add(new ErrorCase(p[0], text(p[1]), text(p[2]), Integer.parseInt(p[3]), Integer.parseInt(p[4]),
                        Integer.parseInt(p[5]), Integer.parseInt(p[6])));
            }
            return cases;
        }
    }

    private static String text(String hex) {
        return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
    }

    static String actual(ErrorCase c) {
        try {
            Compiler.compile(Parser.parse(c.source(), "<case>", Parser.Mode.EXEC, false), "<case>", 0);
            return "no error";
        } catch (ParseError e) {
            return e.msg + " @" + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset;
        } catch (CompilerError e) {
            return "CompilerError: " + e.getMessage();
        }
    }

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() throws IOException {
        List<ErrorCase> cases = load();
        assertTrue(cases.size() >= 20, "the recorded file lost cases: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String actual = actual(c);
            if (KNOWN_FAILING.contains(c.name())) {
                assertFalse(c.expected().equals(actual), c.name() + " passes now: remove it from KNOWN_FAILING");
            } else {
                assertEquals(c.expected(), actual, c.name());
            }
        }));
    }
}
