package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * AstDump against ast.dump outputs recorded from CPython (tools/gen-astdump-data.py): the trees
 * (parsed snippets, and random trees built from every class's field types) are rebuilt from
 * their recorded form, dumped in several annotate/attributes/indent combinations and compared
 * character for character.
 */
class AstDumpTest {

    record Case(String label, String tree, List<Form> forms) {}
    record Form(boolean annotate, boolean attributes, int indent, String expected) {}

    static List<Case> cases(String resource) throws IOException {
        String text;
        try (InputStream in = AstDumpTest.class.getResourceAsStream("/astdump/" + resource)) {
            if (in == null) throw new IOException("missing test data /astdump/" + resource);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\n", -1);
        List<Case> cases = new ArrayList<>();
        int i = 0;
        while (i < lines.length && lines[i].startsWith("=== ")) {
            String label = lines[i++].substring(4);
            String tree = lines[i++].substring("tree ".length());
            List<Form> forms = new ArrayList<>();
            while (i < lines.length && lines[i].startsWith("dump ")) {
                String[] f = lines[i++].split(" ");
                int count = Integer.parseInt(f[4]);
                String expected = String.join("\n", List.of(lines).subList(i, i + count));
                i += count;
                forms.add(new Form(f[1].equals("1"), f[2].equals("1"), Integer.parseInt(f[3]), expected));
            }
            cases.add(new Case(label, tree, forms));
        }
        return cases;
    }

    @TestFactory
    List<DynamicTest> dumpsMatchCPython() throws IOException {
        List<Case> all = new ArrayList<>(cases("cases.txt"));
        all.addAll(cases("cases314.txt"));
        assertTrue(all.size() >= 15, "test data looks truncated");
        List<Case> random = cases("random.txt");        // random trees: shapes the parser never makes
        assertEquals(250, random.size());
        all.addAll(random);
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : all) {
            tests.add(DynamicTest.dynamicTest(c.label, () -> {
                Ast.Node tree = AstTrees.parse(c.tree, new HashSet<>());
                for (Form f : c.forms) {
                    assertEquals(f.expected, AstDump.dump(tree, f.annotate, f.attributes, f.indent),
                            c.label + " annotate=" + f.annotate + " attributes=" + f.attributes + " indent=" + f.indent);
                }
            }));
        }
        return tests;
    }

    /** The recorded cases must exercise every node class of the Ast, or a wrong field order could hide. */
    @Test
    void casesCoverEveryNodeClass() throws IOException {
        Set<Class<?>> built = new HashSet<>();
        for (String file : List.of("cases.txt", "cases314.txt")) {
            for (Case c : cases(file)) AstTrees.parse(c.tree, built);
        }
        Set<String> missing = new TreeSet<>();
        for (Class<?> c : AstTrees.RECORDS.values()) if (!built.contains(c)) missing.add(c.getSimpleName());
        assertEquals(Set.of(), missing);
    }

    /** Ast's records must be named and ordered like CPython 3.14's _fields then _attributes. */
    @Test
    void recordShapesMatchCPython() throws IOException {
        String text;
        try (InputStream in = AstDumpTest.class.getResourceAsStream("/astdump/fields314.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> checked = new HashSet<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(" ", -1);
            Class<?> type = AstTrees.RECORDS.get(f[0]);
            assertTrue(type != null, "no record for Python class " + f[0]);
            String expected = f[1] + (f[2].isEmpty() ? "" : "," + f[2]);
            List<String> names = new ArrayList<>();
            for (var rc : type.getRecordComponents()) names.add(rc.getName());
            assertEquals(expected, String.join(",", names), f[0]);
            checked.add(f[0]);
        }
        for (var entry : AstTrees.RECORDS.entrySet()) {
            if (checked.contains(entry.getKey())) continue;
            // only field-less statements (Pass, Break, Continue) are absent from the recorded list
            assertEquals(4, entry.getValue().getRecordComponents().length, entry.getKey());
        }
    }

    /**
     * Trees on both sides of the depth where {@code python -m ast} stops with RecursionError
     * (tools/gen-astdump-data.py --deep): blocks, lists and operator chains cost different
     * numbers of Python frames, and the budget of 995 must land on the same edge for each.
     */
    @Test
    void recursionLimitFallsWhereCPythonsDoes() throws IOException {
        String text;
        try (InputStream in = AstDumpTest.class.getResourceAsStream("/astdump/deep.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\n");
        int checked = 0;
        for (int i = 0; i + 2 < lines.length; i += 3) {
            Ast.Node tree = AstTrees.parse(lines[i + 1].substring("tree ".length()), new HashSet<>());
            boolean cpythonDumped = lines[i + 2].equals("status 0 ok");
            boolean emberDumped;
            try {
                AstDump.dump(tree, true, false, 3, 995);
                emberDumped = true;
            } catch (AstDump.RecursionLimit e) {
                assertEquals("maximum recursion depth exceeded", e.getMessage());
                emberDumped = false;
            }
            assertEquals(cpythonDumped, emberDumped, lines[i]);
            checked++;
        }
        assertEquals(8, checked);
    }

    @Test
    void javaStackOverflowBecomesRecursionLimit() throws InterruptedException {
        Ast.Expr chain = new Ast.Constant(1L, null, 1, 0, 1, 1);
        for (int i = 0; i < 100_000; i++) chain = new Ast.UnaryOp(Ast.UnaryOpType.USub, chain, 1, 0, 1, 1);
        Ast.Node tree = new Ast.Expression(chain);
        assertEquals(100_001 + 1, AstDump.nodeDepth(tree));
        // a small stack makes the overflow quick to reach
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                AstDump.dump(tree);
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertTrue(thrown[0] instanceof AstDump.RecursionLimit, String.valueOf(thrown[0]));
    }

    // ---- hand-built trees, readable examples of the rules ----------------------------------------

    private static Ast.Name name(String id, Ast.ExprContext ctx, int col) {
        return new Ast.Name(id, ctx, 1, col, 1, col + id.length());
    }

    private static final Ast.Module ASSIGN = new Ast.Module(List.of(
            new Ast.Assign(List.of(name("x", Ast.ExprContext.Store, 0)),
                    new Ast.Constant(1L, null, 1, 4, 1, 5), null, 1, 0, 1, 5)), List.of());

    @Test
    void oneLineForms() {
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])",
                AstDump.dump(ASSIGN));
        assertEquals("Module([Assign([Name('x', Store())], Constant(1))])", AstDump.dump(ASSIGN, false, false, -1));
    }

    @Test
    void indentedFormKeepsSimpleNodesOnOneLine() {
        assertEquals("""
                Module(
                  body=[
                    Assign(
                      targets=[
                        Name(id='x', ctx=Store())],
                      value=Constant(value=1))])""", AstDump.dump(ASSIGN, true, false, 2));
    }

    @Test
    void absentOptionalFieldSwitchesToKeywords() {
        var handler = new Ast.ExceptHandler(null, "e", List.of(new Ast.Pass(2, 4, 2, 8)), 1, 0, 2, 8);
        assertEquals("ExceptHandler(name='e', body=[Pass()])", AstDump.dump(handler, false, false, -1));
        var withName = new Ast.Alias("os", null, 1, 7, 1, 9);
        assertEquals("alias('os')", AstDump.dump(withName, false, false, -1));
    }

    @Test
    void constantValuesUseTheirPythonRepr() {
        assertEquals("Constant(value=None)", AstDump.dump(new Ast.Constant(Ast.NONE, null, 1, 0, 1, 4)));
        assertEquals("Constant(value=Ellipsis)", AstDump.dump(new Ast.Constant(Ast.ELLIPSIS, null, 1, 0, 1, 3)));
        assertEquals("Constant(value='x', kind='u')", AstDump.dump(new Ast.Constant("x", "u", 1, 0, 1, 4)));
        assertEquals("Constant(value=b\"'\")", AstDump.dump(new Ast.Constant(new Ast.Bytes(new byte[] {'\''}), null, 1, 0, 1, 4)));
        assertEquals("Constant(value=1e+16j)", AstDump.dump(new Ast.Constant(new Ast.Imaginary(1e16), null, 1, 0, 1, 5)));
        assertEquals("MatchSingleton(value=False)", AstDump.dump(new Ast.MatchSingleton(false, 1, 0, 1, 5)));
    }

    /** Recorded from python3.13 on trees built by hand (the parser never makes them). */
    @Test
    void threeSimpleArgumentsStayOnOneLineAndSkippedEmptyListsKeepPositions() {
        var noArgs = new Ast.Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        var bare = new Ast.FunctionDef("f", noArgs, List.of(), List.of(), null, "c", List.of(), 1, 0, 1, 1);
        assertEquals("FunctionDef(name='f', args=arguments(), type_comment='c')", AstDump.dump(bare, true, false, 2));
        var full = new Ast.FunctionDef("f", noArgs, List.of(new Ast.Pass(1, 0, 1, 4)), List.of(),
                new Ast.Name("int", Ast.ExprContext.Load, 1, 0, 1, 3), "c", List.of(), 1, 0, 1, 1);
        assertEquals("FunctionDef(\n  name='f',\n  args=arguments(),\n  body=[\n    Pass()],\n"
                + "  returns=Name(id='int', ctx=Load()),\n  type_comment='c')", AstDump.dump(full, true, false, 2));
        assertEquals("FunctionDef(\n  'f',\n  arguments(),\n  [\n    Pass()],\n  [],\n  Name('int', Load()),\n  'c')",
                AstDump.dump(full, false, false, 2));
        assertEquals("Module()", AstDump.dump(new Ast.Module(List.of(), List.of()), true, true, 4));
    }

    @Test
    void dictUnpackingKeyIsNone() {
        var dict = new Ast.Dict(java.util.Arrays.asList(null, name("k", Ast.ExprContext.Load, 5)),
                List.of(name("a", Ast.ExprContext.Load, 3), name("v", Ast.ExprContext.Load, 8)), 1, 0, 1, 10);
        assertEquals("Dict(keys=[None, Name(id='k', ctx=Load())], values=[Name(id='a', ctx=Load()), Name(id='v', ctx=Load())])",
                AstDump.dump(dict));
    }
}
