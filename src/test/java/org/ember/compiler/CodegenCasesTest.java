package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ember.bytecode.Instructions;
import org.ember.bytecode.RawCode;
import org.ember.parser.Ast;
import org.ember.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs Ember's code generator on every recorded snippet and compares, per code unit, the
 * instruction sequence (opcodes, opargs, jump targets, locations), names, constants and metadata
 * with what CPython 3.14's compiler_codegen produced; then the whole pipeline's code objects
 * with CPython's compiled ones (co_code, consts, names, tables, stack size).
 *
 * <p>Cases in {@link #KNOWN_FAILING} use constructs the generator does not handle yet; the test
 * fails if one of them starts passing (remove it from the list) or a passing one regresses.
 */
class CodegenCasesTest {
    static final Set<String> KNOWN_FAILING = Set.of(
);

    /** Both recorded files: the back end's snippets and tools/gen-codegen-cases.py's. */
    static List<RecordedCases.Case> allCases() throws IOException {
        List<RecordedCases.Case> cases = new ArrayList<>(RecordedCases.load());
        try (var in = CodegenCasesTest.class.getResourceAsStream("/compiler/codegen-cases-3.14.txt")) {
            if (in == null) throw new IOException("missing compiler/codegen-cases-3.14.txt");
            List<RecordedCases.Case> own = RecordedCases.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            if (own.size() < 150) throw new AssertionError("codegen-cases-3.14.txt lost cases: only " + own.size());
            cases.addAll(own);
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> recordedCases() throws IOException {
        List<RecordedCases.Case> cases = allCases();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name, () -> {
            List<String> problems = problems(c);
            if (KNOWN_FAILING.contains(c.name)) {
                assertFalse(problems.isEmpty(), c.name + " passes now: remove it from KNOWN_FAILING");
            } else {
                assertEquals("", String.join("\n", problems), c.name);
            }
        }));
    }

    /** Prints the failing cases (run with -Dember.codegen.report=true to refresh KNOWN_FAILING). */
    @Test
    void report() throws IOException {
        if (!Boolean.getBoolean("ember.codegen.report")) return;
        Set<String> failing = new TreeSet<>();
        for (RecordedCases.Case c : allCases()) {
            List<String> problems = problems(c);
            if (!problems.isEmpty()) {
                failing.add(c.name);
                System.out.println("=== " + c.name + "\n" + String.join("\n", problems));
            }
        }
        System.out.println("FAILING " + failing.size() + ": " + failing);
    }

    static List<String> problems(RecordedCases.Case c) {
        List<String> problems = new ArrayList<>();
        List<CodegenUnit> units = new ArrayList<>();
        try {
            Ast.Mod module = Parser.parse(c.source, "<case>", Parser.Mode.EXEC, false);
            CodegenUnit top = CodeGenerator.generate(module, SymbolTable.build(module, "<case>"), "<case>", 0);
            flatten(top, units);
        } catch (RuntimeException e) {
            problems.add("codegen failed: " + e);
            return problems;
        }
        if (units.size() != c.units.size()) {
            problems.add("expected " + c.units.size() + " units, generated " + units.size());
            return problems;
        }
        Map<CodegenUnit, Integer> indexOf = new IdentityHashMap<>();
        for (int i = 0; i < units.size(); i++) indexOf.put(units.get(i), i);
        for (int i = 0; i < units.size(); i++) {
            compareUnit(c.units.get(i), units.get(i), indexOf, problems);
        }
        // The recording recovers codegen's constants from the AST and sometimes guesses wrong; when
        // only constants differ, the final co_consts (CPython's real ones) decide.
        boolean onlyConsts = problems.stream().allMatch(p -> p.contains(": consts expected"));
        if (!problems.isEmpty() && !onlyConsts) return problems;
        List<String> constProblems = new ArrayList<>(problems);
        problems.clear();
        Map<Integer, RawCode> compiled = new HashMap<>();
        try {
            for (int i = 0; i < units.size(); i++) {
                compiled.put(i, Compiler.assemble(units.get(i), "<case>"));
            }
        } catch (RuntimeException e) {
            problems.add("back end failed: " + e);
            return problems;
        }
        problems.addAll(FlowGraphCasesTest.differences(c, compiled));
        if (!problems.isEmpty()) problems.addAll(0, constProblems);
        return problems;
    }

    /** Depth first, nested units in creation order (the recording's numbering). */
    static void flatten(CodegenUnit unit, List<CodegenUnit> out) {
        out.add(unit);
        for (CodegenUnit child : unit.children) flatten(child, out);
    }

    private static void compareUnit(RecordedCases.Unit expected, CodegenUnit actual,
            Map<CodegenUnit, Integer> indexOf, List<String> problems) {
        String where = "unit " + expected.index + " (" + expected.qualname + "): ";
        check(problems, where + "name", expected.name, actual.name);
        check(problems, where + "qualname", expected.qualname, actual.qualname);
        check(problems, where + "flags", expected.flags, actual.flags);
        check(problems, where + "argcounts", List.of(expected.argcount, expected.posonly, expected.kwonly),
                List.of(actual.argcount, actual.posonlyargcount, actual.kwonlyargcount));
        check(problems, where + "firstlineno", expected.firstLineno, actual.firstLineno);
        check(problems, where + "names", expected.names, new ArrayList<>(actual.names.list()));
        check(problems, where + "varnames", expected.varnames, new ArrayList<>(actual.varnames.list()));
        check(problems, where + "cellvars", expected.cellvars, new TreeSet<>(actual.cellvars).stream().toList());
        check(problems, where + "freevars", expected.freevars, actual.freevars);
        List<String> expectedConsts = expected.consts.stream().map(v -> RecordedCases.describe(v, x -> -1)).toList();
        List<String> actualConsts = actual.consts.stream().map(v -> v instanceof CodegenUnit.CodeConst code
                ? "@" + indexOf.get(code.unit) : RecordedCases.describe(v, x -> -1)).toList();
        check(problems, where + "consts", expectedConsts, actualConsts);
        List<String> expectedInstrs = new ArrayList<>();
        for (RecordedCases.RecordedInstr instr : expected.instrs) {
            expectedInstrs.add(text(instr.opcode(), instr.oparg(), instr.loc()));
        }
        List<String> actualInstrs = new ArrayList<>();
        for (InstructionSequence.Entry entry : actual.seq.entries()) {
            int oparg = entry.target() != null ? actual.seq.position(entry.target()) : entry.oparg();
            actualInstrs.add(text(entry.opcode(), oparg, entry.loc()));
        }
        if (!expectedInstrs.equals(actualInstrs)) {
            problems.add(where + "instructions differ\n" + sideBySide(expectedInstrs, actualInstrs));
        }
    }

    private static String text(int opcode, int oparg, Location loc) {
        String arg = Instructions.hasArg(opcode) || InstructionSequence.hasTarget(opcode) ? " " + oparg : "";
        return Instructions.name(opcode) + arg + " @" + loc.lineno() + "," + loc.endLineno() + ","
                + loc.colOffset() + "," + loc.endColOffset();
    }

    private static String sideBySide(List<String> expected, List<String> actual) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "";
            String a = i < actual.size() ? actual.get(i) : "";
            out.append(e.equals(a) ? "    " : "  ! ").append(i).append(": ")
                    .append(String.format("%-40s %s", e, a)).append('\n');
        }
        return out.toString();
    }

    private static void check(List<String> problems, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) problems.add(what + " expected " + expected + " actual " + actual);
    }
}
