package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ember.bytecode.ConstTuple;
import org.ember.bytecode.RawCode;
import org.ember.parser.Ast;
import org.ember.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares Ember's whole compiler with CPython 3.14's compiled code objects for snippets whose
 * code-generator output cannot be recorded (PEP 649 annotations): every unit's co_code, constants,
 * names, varnames, line and exception tables, stack size, flags, counts and first line, recorded
 * by tools/gen-compiled-code.py.
 */
class CompiledCodeTest {

    @TestFactory
    Stream<DynamicTest> compiledCodeMatchesCPython() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, List<String>> units = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/compiler/compiled-code-3.14.txt")) {
            if (in == null) throw new IOException("missing compiler/compiled-code-3.14.txt");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("source ")) {
                    String[] parts = line.split(" ");
                    sources.put(parts[1], new String(HexFormat.of().parseHex(parts[2]), StandardCharsets.UTF_8));
                } else if (line.startsWith("unit ")) {
                    String rest = line.substring(5);
                    String name = rest.substring(0, rest.indexOf('|'));
                    units.computeIfAbsent(name, k -> new ArrayList<>()).add(rest.substring(name.length() + 1));
                }
            }
        }
        return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Parser.Mode mode = e.getKey().startsWith("single_") ? Parser.Mode.SINGLE
                    : e.getKey().startsWith("eval_") ? Parser.Mode.EVAL : Parser.Mode.EXEC;
            Ast.Mod module = Parser.parse(e.getValue(), "<case>", mode, false);
            List<String> actual = new ArrayList<>();
            describe(Compiler.compile(module, "<case>", 0), actual);
            assertEquals(String.join("\n", units.get(e.getKey())), String.join("\n", actual), e.getKey());
        }));
    }

    private static void describe(RawCode code, List<String> out) {
        List<Object> plain = new ArrayList<>();
        List<RawCode> nested = new ArrayList<>();
        for (Object value : code.consts()) {
            if (value instanceof RawCode child) nested.add(child);
            else plain.add(value);
        }
        List<String> varnames = new ArrayList<>();
        for (int i = 0; i < code.localsPlusNames().size(); i++) {
            if ((code.localsPlusKinds()[i] & RawCode.KIND_LOCAL) != 0) varnames.add(code.localsPlusNames().get(i));
        }
        out.add(String.join("|", List.of(code.qualName(), HexFormat.of().formatHex(code.coCode()), repr(plain),
                String.join(",", code.names()), String.join(",", varnames), HexFormat.of().formatHex(code.lineTable()),
                HexFormat.of().formatHex(code.exceptionTable()), String.valueOf(code.stackSize()), String.valueOf(code.flags()),
                String.valueOf(code.argCount()), String.valueOf(code.posOnlyArgCount()), String.valueOf(code.kwOnlyArgCount()),
                String.valueOf(code.firstLineNo()))));
        for (RawCode child : nested) describe(child, out);
    }

    /** Python's repr() of the constants these snippets use. */
    private static String repr(Object value) {
        return switch (value) {
            case List<?> list -> "[" + String.join(", ", list.stream().map(CompiledCodeTest::repr).toList()) + "]";
            case ConstTuple t -> t.items().size() == 1 ? "(" + repr(t.items().getFirst()) + ",)"
                    : "(" + String.join(", ", t.items().stream().map(CompiledCodeTest::repr).toList()) + ")";
            case String s -> s.contains("'") && !s.contains("\"") ? "\"" + s + "\"" : "'" + s.replace("'", "\\'") + "'";
            case Boolean b -> b ? "True" : "False";
            default -> String.valueOf(value);
        };
    }
}
