package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.ember.parser.Ast;
import org.ember.parser.ParseError;
import org.ember.parser.Parser;
import org.junit.jupiter.api.Test;

/** The queries the code generator makes, checked on small programs (facts from CPython 3.14). */
class SymbolTableApiTest {

    private static Ast.Module parse(String source) {
        return (Ast.Module) Parser.parse(source, "<test>", Parser.Mode.EXEC, false);
    }

    private static SymbolTable build(Ast.Mod mod) {
        return SymbolTable.build(mod, "<test>");
    }

    @Test
    void nameOpsFollowTheScopes() {
        Ast.Module mod = parse("""
                import os
                def f(a):
                    b = a
                    def g():
                        return b + os.sep + len
                    global c
                    c = 1
                    return g
                """);
        SymbolTable table = build(mod);
        Block module = table.top();
        Block f = table.blockFor(mod.body().get(1));
        Block g = table.blockFor(((Ast.FunctionDef) mod.body().get(1)).body().get(1));
        assertEquals(NameOp.NAME, module.nameOp("os"));
        assertEquals(NameOp.NAME, module.nameOp("f"));
        assertEquals(NameOp.FAST, f.nameOp("a"));
        assertEquals(NameOp.DEREF, f.nameOp("b"));
        assertEquals(NameOp.GLOBAL, f.nameOp("c"));
        assertEquals(NameOp.FAST, f.nameOp("g"));
        assertEquals(NameOp.DEREF, g.nameOp("b"));
        assertEquals(NameOp.GLOBAL, g.nameOp("os"));
        assertEquals(NameOp.GLOBAL, g.nameOp("len"));
        assertEquals(List.of("b"), f.cellvars());
        assertEquals(List.of("b"), g.freevars());
        assertEquals(List.of("a"), f.parameters());
        assertEquals(NameScope.GLOBAL_EXPLICIT, module.scope("c"), "global in a function marks the module's name");
    }

    @Test
    void parametersInCPythonsOrder() {
        Ast.Module mod = parse("def f(a, /, b, *args, c, d=1, **kw): e = 1\n");
        Block f = build(mod).blockFor(mod.body().getFirst());
        assertEquals(List.of("a", "b", "c", "d", "args", "kw"), f.parameters());
        assertTrue(f.hasVarargs());
        assertTrue(f.hasVarkeywords());
    }

    @Test
    void comprehensionsAreInlinedExceptGeneratorExpressions() {
        Ast.Module mod = parse("def f(xs):\n    return [x for x in xs], (y for y in xs)\n");
        SymbolTable table = build(mod);
        Ast.FunctionDef def = (Ast.FunctionDef) mod.body().getFirst();
        Ast.Tuple result = (Ast.Tuple) ((Ast.Return) def.body().getFirst()).value();
        Block listComp = table.blockFor(result.elts().get(0));
        Block genExp = table.blockFor(result.elts().get(1));
        assertTrue(listComp.isComprehensionInlined());
        assertEquals(ComprehensionKind.LIST, listComp.comprehension());
        assertFalse(genExp.isComprehensionInlined());
        assertTrue(genExp.isGenerator());
        assertEquals(List.of(".0"), genExp.parameters());
        Block f = table.blockFor(def);
        assertEquals(List.of(genExp), f.children(), "the inlined comprehension is spliced out of the tree");
        assertEquals(NameScope.LOCAL, f.scope("x"), "an inlined comprehension's variable lives in the function");
    }

    @Test
    void classCellForSuperAndClassdictForAnnotations() {
        Ast.Module mod = parse("class C:\n    x: int\n    def m(self):\n        return super().m()\n");
        SymbolTable table = build(mod);
        Ast.ClassDef cls = (Ast.ClassDef) mod.body().getFirst();
        Block c = table.blockFor(cls);
        assertTrue(c.needsClassClosure());
        assertTrue(c.needsClassDict());
        assertEquals(List.of("__class__", "__classdict__"), c.cellvars());
        Block m = table.blockFor(cls.body().get(1));
        assertTrue(m.isMethod());
        assertEquals(List.of("__class__"), m.freevars());
        Block annotations = table.annotationsBlockFor(cls);
        assertSame(c.annotationBlock(), annotations);
        assertTrue(annotations.canSeeClassScope());
        assertSame(BlockType.ANNOTATION, table.signatureAnnotationsBlockFor(cls.body().get(1)).type());
    }

    @Test
    void genericDefinitionsHaveTheirScopes() {
        Ast.Module mod = parse("def f[T: int, U = str](x: T) -> U: pass\ntype A[V] = list[V]\n");
        SymbolTable table = build(mod);
        Ast.FunctionDef def = (Ast.FunctionDef) mod.body().getFirst();
        Block params = table.typeParamsBlockFor(def);
        assertEquals(BlockType.TYPE_PARAMETERS, params.type());
        assertEquals(NameScope.CELL, params.scope("T"));
        Block bound = table.boundBlockFor(def.type_params().get(0));
        Block dflt = table.defaultBlockFor(def.type_params().get(1));
        assertEquals(BlockType.TYPE_VARIABLE, bound.type());
        assertEquals(BlockType.TYPE_VARIABLE, dflt.type());
        assertNull(table.defaultBlockFor(def.type_params().get(0)));
        Ast.TypeAlias alias = (Ast.TypeAlias) mod.body().get(1);
        assertEquals(BlockType.TYPE_ALIAS, table.blockFor(alias).type());
        assertEquals(List.of("V"), table.blockFor(alias).freevars());
    }

    @Test
    void generatorCoroutineAndDocstringFlags() {
        Ast.Module mod = parse("""
                '''doc'''
                def gen():
                    '''doc'''
                    yield 1
                async def coro():
                    await x
                def plain():
                    return 1
                """);
        SymbolTable table = build(mod);
        assertTrue(table.top().hasDocstring());
        Block gen = table.blockFor(mod.body().get(1));
        Block coro = table.blockFor(mod.body().get(2));
        Block plain = table.blockFor(mod.body().get(3));
        assertTrue(gen.isGenerator());
        assertTrue(gen.hasDocstring());
        assertFalse(gen.isCoroutine());
        assertTrue(coro.isCoroutine());
        assertFalse(plain.isGenerator());
        assertTrue(plain.returnsValue());
        assertFalse(plain.hasDocstring());
    }

    @Test
    void manglesPrivateNames() {
        assertEquals("_C__x", Mangling.mangle("C", "__x"));
        assertEquals("_C__x", Mangling.mangle("__C", "__x"));
        assertEquals("__x__", Mangling.mangle("C", "__x__"));
        assertEquals("__x", Mangling.mangle("___", "__x"));
        assertEquals("__a.b", Mangling.mangle("C", "__a.b"));
        assertEquals("_x", Mangling.mangle("C", "_x"));
        assertEquals("__x", Mangling.mangle(null, "__x"));
    }

    @Test
    void genericClassManglesOnlyItsTypeParameters() {
        Ast.Module mod = parse("class C[__T](__Base[__T]):\n    __x = 1\n");
        SymbolTable table = build(mod);
        Ast.ClassDef cls = (Ast.ClassDef) mod.body().getFirst();
        Block params = table.typeParamsBlockFor(cls);
        assertEquals("_C__T", params.mangle("C", "__T"));
        assertEquals("__Base", params.mangle("C", "__Base"));
        assertEquals(NameScope.LOCAL, params.scope("_C__T"));
        assertEquals(NameScope.CELL, params.scope(".type_params"));
        assertEquals(NameScope.GLOBAL_IMPLICIT, params.scope("__Base"));
        Block body = table.blockFor(cls);
        assertEquals("_C__x", body.mangle("C", "__x"));
        assertEquals(NameScope.LOCAL, body.scope("_C__x"));
    }

    @Test
    void topLevelAwaitFlagAllowsAsyncCodeAtModuleLevel() {
        String source = "await x\nasync for y in z: pass\nv = [w async for w in z]\n";
        assertThrows(ParseError.class, () -> build(parse(source)));
        SymbolTable table = SymbolTable.build(parse(source), "<test>", new SymbolTable.Options(false, true));
        assertTrue(table.top().isCoroutine());
        ParseError inFunction = assertThrows(ParseError.class, () -> SymbolTable.build(
                parse("def f():\n    await x\n"), "<test>", new SymbolTable.Options(false, true)));
        assertEquals("'await' outside async function", inFunction.msg);
    }

    @Test
    void futureAnnotationsFlag() {
        SymbolTable table = SymbolTable.build(parse("x: int\n"), "<test>", new SymbolTable.Options(true, false));
        assertTrue(table.future().annotations());
        assertTrue(table.top().children().isEmpty());
    }

    @Test
    void expressionAndInteractiveModes() {
        Ast.Mod expr = Parser.parse("[y for y in z]", "<test>", Parser.Mode.EVAL, false);
        SymbolTable table = build(expr);
        assertEquals(NameScope.GLOBAL_IMPLICIT, table.top().scope("z"));
        Ast.Mod single = Parser.parse("x = 1\n", "<test>", Parser.Mode.SINGLE, false);
        assertEquals(NameScope.LOCAL, build(single).top().scope("x"));
    }

    @Test
    void futureAnnotationsKeepAnnotationScopesOutOfTheTree() {
        Ast.Module mod = parse("from __future__ import annotations\nx: int\ndef f(a: T): pass\n");
        SymbolTable table = build(mod);
        assertTrue(table.future().annotations());
        assertTrue(table.top().children().stream().noneMatch(b -> b.type() == BlockType.ANNOTATION));
        assertNotNull(table.annotationsBlockFor(mod));
    }

    @Test
    void errorsCarryCPythonsPositions() {
        ParseError e = assertThrows(ParseError.class, () -> build(parse("def f():\n    x = 1\n    global x\n")));
        assertEquals(ParseError.Kind.SyntaxError, e.kind);
        assertEquals("name 'x' is assigned to before global declaration", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(5, e.offset);
        assertEquals(3, e.endLineno);
        assertEquals(13, e.endOffset);
        assertEquals("<test>", e.filename);
        assertNull(e.text);
    }

    @Test
    void longExpressionChainsThatCPythonAcceptsBuild() {
        // CPython 3.13 compiles a sum of 9997 names and rejects one of 10000
        String sum = String.join("+", java.util.Collections.nCopies(9000, "x"));
        assertEquals(NameScope.GLOBAL_IMPLICIT, build(parse(sum + "\n")).top().scope("x"));
    }

    @Test
    void deepTreesBuildEvenOnASmallCallerStack() throws InterruptedException {
        Ast.Module mod = parse(String.join("+", java.util.Collections.nCopies(9990, "x")) + "\n");
        Object[] outcome = new Object[1];
        Thread small = new Thread(null, () -> {
            try {
                outcome[0] = build(mod).top().scope("x");
            } catch (Throwable t) {
                outcome[0] = t;
            }
        }, "small-stack", 128 * 1024);
        small.start();
        small.join();
        assertEquals(NameScope.GLOBAL_IMPLICIT, outcome[0]);
    }

    @Test
    void deepNestingIsARecursionErrorNotAStackOverflow() {
        // a chain of lambdas deeper than the compiler allows, built without the parser
        Ast.Expr body = new Ast.Name("x", Ast.ExprContext.Load, 1, 0, 1, 1);
        Ast.Arguments noArgs = new Ast.Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        for (int i = 0; i < 200_000; i++) {
            body = new Ast.Lambda(noArgs, body, 1, 0, 1, 1);
        }
        Ast.Module mod = new Ast.Module(List.of(new Ast.ExprStmt(body, 1, 0, 1, 1)), List.of());
        assertThrows(CompilerRecursionError.class, () -> build(mod));
    }
}
