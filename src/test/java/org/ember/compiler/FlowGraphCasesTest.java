package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ember.bytecode.CodeUnits;
import org.ember.bytecode.RawCode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Feeds every recorded CPython 3.14 code-generator output through Ember's back end and compares
 * the result with CPython's final code object byte for byte: co_code, co_consts, co_names,
 * co_linetable, co_exceptiontable, co_stacksize.
 */
class FlowGraphCasesTest {

    @TestFactory
    Stream<DynamicTest> recordedCases() throws IOException {
        List<RecordedCases.Case> cases = RecordedCases.load();
        if (System.getProperty("ember.flowgraph.cases") == null && cases.size() < 190) {
            throw new AssertionError("the recorded file lost cases: only " + cases.size());
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name, () -> check(c)));
    }

    /** Compiles every unit of a case (nested ones first, they are constants of their parents). */
    static Map<Integer, RawCode> compileCase(RecordedCases.Case c) {
        Map<Integer, RawCode> compiled = new java.util.HashMap<>();
        for (int i = c.units.size() - 1; i >= 0; i--) {
            RecordedCases.Unit unit = c.units.get(i);
            List<Object> consts = new ArrayList<>();
            for (Object value : unit.consts) {
                consts.add(value instanceof RecordedCases.CodeRef ref ? compiled.get(ref.unit()) : value);
            }
            compiled.put(unit.index, BackEnd.compile(unit.sequence(), consts, unit.metadata()));
        }
        return compiled;
    }

    static List<String> differences(RecordedCases.Case c, Map<Integer, RawCode> compiled) {
        Map<Object, Integer> codeIndex = new IdentityHashMap<>();
        compiled.forEach((index, code) -> codeIndex.put(code, index));
        List<String> problems = new ArrayList<>();
        for (RecordedCases.Unit unit : c.units) {
            RawCode code = compiled.get(unit.index);
            String where = "unit " + unit.index + " (" + unit.qualname + "): ";
            String actualCode = HexFormat.of().formatHex(code.coCode());
            if (!actualCode.equals(unit.expectCode)) {
                problems.add(where + "co_code\n  expected " + Disassembly.of(HexFormat.of().parseHex(unit.expectCode))
                        + "\n  actual   " + Disassembly.of(code.coCode()));
            }
            String expectedConsts = unit.expectConsts.stream().map(v -> RecordedCases.describe(v, codeIndex::get)).toList().toString();
            String actualConsts = java.util.Arrays.stream(code.consts()).map(v -> RecordedCases.describe(v, codeIndex::get)).toList().toString();
            if (!expectedConsts.equals(actualConsts)) {
                problems.add(where + "co_consts expected " + expectedConsts + " actual " + actualConsts);
            }
            if (!unit.expectNames.equals(code.names())) {
                problems.add(where + "co_names expected " + unit.expectNames + " actual " + code.names());
            }
            String lines = HexFormat.of().formatHex(code.lineTable());
            if (!lines.equals(unit.expectLinetable)) {
                problems.add(where + "co_linetable expected " + unit.expectLinetable + " actual " + lines);
            }
            String exceptions = HexFormat.of().formatHex(code.exceptionTable());
            if (!exceptions.equals(unit.expectExceptionTable)) {
                problems.add(where + "co_exceptiontable expected " + unit.expectExceptionTable + " actual " + exceptions);
            }
            if (code.stackSize() != unit.expectStacksize) {
                problems.add(where + "co_stacksize expected " + unit.expectStacksize + " actual " + code.stackSize());
            }
        }
        return problems;
    }

    private static void check(RecordedCases.Case c) {
        List<String> problems = differences(c, compileCase(c));
        assertEquals("", String.join("\n", problems), c.name);
    }

    /** A one-line disassembly for failure messages. */
    static final class Disassembly {
        static String of(byte[] coCode) {
            StringBuilder out = new StringBuilder();
            for (CodeUnits.Decoded d : CodeUnits.decode(CodeUnits.fromCoCode(coCode))) {
                out.append(d.index()).append(':').append(d.name());
                if (org.ember.bytecode.Instructions.hasArg(d.opcode())) out.append(' ').append(d.oparg());
                out.append("  ");
            }
            return out.toString();
        }
    }
}
