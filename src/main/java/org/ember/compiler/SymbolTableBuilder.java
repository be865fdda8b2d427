package org.ember.compiler;

import static org.ember.compiler.SymbolFlags.*;

import java.util.HashSet;
import java.util.List;

import org.ember.parser.Ast;
import org.ember.parser.Ast.*;

/**
 * The first pass over the AST (CPython's {@code symtable_visit_*}): creates the blocks, records
 * for every name how it occurs in each block, and raises the syntax errors that only a scope-aware
 * walk can find. This class visits statements, definitions, annotations, type parameters and
 * patterns; {@link ExpressionVisitor} visits expressions; {@link BlockStack} holds the state they
 * share. Scopes are resolved afterwards by {@link ScopeAnalyzer}.
 */
final class SymbolTableBuilder {
    private final BlockStack blocks;
    private final ExpressionVisitor exprs;

    SymbolTableBuilder(String filename, FutureFeatures future, boolean allowTopLevelAwait, SymbolTable table) {
        this.blocks = new BlockStack(filename, future, allowTopLevelAwait, table);
        this.exprs = new ExpressionVisitor(blocks);
    }

    // ---- entry --------------------------------------------------------------------------------

    Block visitModule(Mod mod) {
        Block top = new Block(BlockType.MODULE, "top", Location.NONE, mod);
        blocks.table.register(SymbolTable.Role.BODY, mod, top);
        blocks.enterExisting(top);
        blocks.module = top;
        switch (mod) {
            case Ast.Module m -> {
                top.hasDocstring = hasDocstring(m.body());
                visitStmts(m.body());
            }
            case Interactive i -> visitStmts(i.body());
            case Expression e -> exprs.visitExpr(e.body());
            case FunctionType f -> throw new IllegalArgumentException("the symbol table does not handle FunctionType");
        }
        blocks.exit();
        return top;
    }

    // ---- statements ---------------------------------------------------------------------------

    private void visitStmts(List<? extends Stmt> stmts) {
        for (int i = 0, n = stmts.size(); i < n; i++) {   // indexed: no iterator on the AST's mixed list classes
            visitStmt(stmts.get(i));
        }
    }

    private void visitStmt(Stmt s) {
        blocks.enterRecursion();
        switch (s) {
            // the commonest statements first: a pattern switch tests the cases in order
            case Assign a -> {
                exprs.visitExprs(a.targets());
                exprs.visitExpr(a.value());
            }
            case ExprStmt e -> exprs.visitExpr(e.value());
            case Return r -> {
                if (r.value() != null) {
                    exprs.visitExpr(r.value());
                    blocks.current.returnsValue = true;
                }
            }
            case FunctionDef f -> visitFunction(f, f.name(), f.args(), f.body(), f.decorator_list(),
                    f.returns(), f.type_params(), false);
            case AsyncFunctionDef f -> visitFunction(f, f.name(), f.args(), f.body(), f.decorator_list(),
                    f.returns(), f.type_params(), true);
            case ClassDef c -> visitClass(c);
            case TypeAlias t -> visitTypeAlias(t);
            case Delete d -> exprs.visitExprs(d.targets());
            case AnnAssign a -> visitAnnAssign(a);
            case AugAssign a -> {
                exprs.visitExpr(a.target());
                exprs.visitExpr(a.value());
            }
            case For f -> {
                exprs.visitExpr(f.target());
                exprs.visitExpr(f.iter());
                conditional(() -> {
                    visitStmts(f.body());
                    visitStmts(f.orelse());
                });
            }
            case While w -> {
                exprs.visitExpr(w.test());
                conditional(() -> {
                    visitStmts(w.body());
                    visitStmts(w.orelse());
                });
            }
            case If i -> {
                exprs.visitExpr(i.test());
                conditional(() -> {
                    visitStmts(i.body());
                    visitStmts(i.orelse());
                });
            }
            case Match m -> {
                exprs.visitExpr(m.subject());
                conditional(() -> m.cases().forEach(this::visitMatchCase));
            }
            case Raise r -> {
                if (r.exc() != null) {
                    exprs.visitExpr(r.exc());
                    if (r.cause() != null) exprs.visitExpr(r.cause());
                }
            }
            case Try t -> conditional(() -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody()));
            case TryStar t -> conditional(() -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody()));
            case Assert a -> {
                exprs.visitExpr(a.test());
                if (a.msg() != null) exprs.visitExpr(a.msg());
            }
            case Import i -> i.names().forEach(this::visitAlias);
            case ImportFrom i -> {
                i.names().forEach(this::visitAlias);
                checkImportFrom(i);
            }
            case Global g -> visitGlobal(g);
            case Nonlocal n -> visitNonlocal(n);
            case Pass p -> { }
            case Break b -> { }
            case Continue c -> { }
            case With w -> conditional(() -> {
                w.items().forEach(this::visitWithItem);
                visitStmts(w.body());
            });
            case AsyncWith w -> {
                if (blocks.allowsTopLevelAwait()) blocks.current.coroutine = true;
                requireCoroutine("'async with' outside async function", Location.of(w));
                conditional(() -> {
                    w.items().forEach(this::visitWithItem);
                    visitStmts(w.body());
                });
            }
            case AsyncFor f -> {
                if (blocks.allowsTopLevelAwait()) blocks.current.coroutine = true;
                requireCoroutine("'async for' outside async function", Location.of(f));
                exprs.visitExpr(f.target());
                exprs.visitExpr(f.iter());
                conditional(() -> {
                    visitStmts(f.body());
                    visitStmts(f.orelse());
                });
            }
        }
        blocks.leaveRecursion();
    }

    /** Runs {@code body} marked as conditionally executed (for {@code __conditional_annotations__}). */
    private void conditional(Runnable body) {
        Block block = blocks.current;
        boolean saved = block.inConditionalBlock;
        block.inConditionalBlock = true;
        body.run();
        block.inConditionalBlock = saved;
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitStmts(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) exprs.visitExpr(h.type());
            if (h.name() != null) blocks.addDef(h.name(), DEF_LOCAL, Location.of(h));
            visitStmts(h.body());
        }
        visitStmts(orelse);
        visitStmts(finalbody);
    }

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                               Expr returns, List<TypeParam> typeParams, boolean isAsync) {
        Location loc = Location.of((Located) s);
        blocks.addDef(name, DEF_LOCAL, loc);
        exprs.visitExprs(args.defaults());
        exprs.visitExprsWithNulls(args.kw_defaults());
        exprs.visitExprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // CPython tests the defaults list for NULL, and the parser never leaves it NULL:
            // every generic function gets a ".defaults" parameter
            enterTypeParamBlock(name, s, true, hasKwOnlyDefaults(args), false, loc);
            typeParams.forEach(this::visitTypeParam);
        }
        Block function = blocks.newBlock(BlockType.FUNCTION, name, loc, s);
        blocks.table.register(SymbolTable.Role.BODY, s, function);
        function.hasDocstring = hasDocstring(body);
        visitSignatureAnnotations(s, args, returns, loc);
        blocks.enterExisting(function);
        if (isAsync) {
            function.coroutine = true;
        }
        blocks.addParameters(args);
        visitStmts(body);
        blocks.exit();
        if (generic) {
            blocks.exit();
        }
    }

    private static boolean hasKwOnlyDefaults(Arguments args) {
        for (Expr d : args.kw_defaults()) {
            if (d != null) return true;
        }
        return false;
    }

    private void visitClass(ClassDef c) {
        Location loc = Location.of(c);
        blocks.addDef(c.name(), DEF_LOCAL, loc);
        exprs.visitExprs(c.decorator_list());
        String savedPrivate = blocks.privateName;
        boolean generic = !c.type_params().isEmpty();
        if (generic) {
            enterTypeParamBlock(c.name(), c, false, false, true, loc);
            blocks.privateName = c.name();
            blocks.current.mangledNames = new HashSet<>();
            c.type_params().forEach(this::visitTypeParam);
        }
        exprs.visitExprs(c.bases());
        exprs.checkKeywords(c.keywords());
        c.keywords().forEach(k -> exprs.visitExpr(k.value()));
        Block cls = blocks.enter(BlockType.CLASS, c.name(), SymbolTable.Role.BODY, c, loc);
        blocks.privateName = c.name();
        if (generic) {
            blocks.addDef("__type_params__", DEF_LOCAL, loc);
            blocks.addDef(".type_params", USE, loc);
        }
        cls.hasDocstring = hasDocstring(c.body());
        visitStmts(c.body());
        blocks.exit();
        if (generic) {
            blocks.exit();
        }
        blocks.privateName = savedPrivate;
    }

    private void visitTypeAlias(TypeAlias t) {
        exprs.visitExpr(t.name());
        String name = ((Name) t.name()).id();
        Location loc = Location.of(t);
        boolean inClass = blocks.current.type == BlockType.CLASS;
        boolean generic = !t.type_params().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, t, false, false, false, loc);
            t.type_params().forEach(this::visitTypeParam);
        }
        Block alias = blocks.enter(BlockType.TYPE_ALIAS, name, SymbolTable.Role.BODY, t, loc);
        alias.canSeeClassScope = inClass;
        if (inClass) {
            blocks.addDef("__classdict__", USE, Location.of(t.value()));
        }
        exprs.visitExpr(t.value());
        blocks.exit();
        if (generic) {
            blocks.exit();
        }
    }

    private void enterTypeParamBlock(String name, Stmt owner, boolean hasDefaults, boolean hasKwDefaults,
                                     boolean isClass, Location loc) {
        BlockType enclosing = blocks.current.type;
        Block block = blocks.enter(BlockType.TYPE_PARAMETERS, name, SymbolTable.Role.TYPE_PARAMS, owner, loc);
        if (enclosing == BlockType.CLASS) {
            block.canSeeClassScope = true;
            blocks.addDef("__classdict__", USE, loc);
        }
        if (isClass) {
            // set when the type params tuple is built, used when the bases are
            blocks.addDef(".type_params", DEF_LOCAL, loc);
            blocks.addDef(".type_params", USE, loc);
            blocks.addDef(".generic_base", DEF_LOCAL, loc);
            blocks.addDef(".generic_base", USE, loc);
        }
        if (hasDefaults) {
            blocks.addDef(".defaults", DEF_PARAM, loc);
        }
        if (hasKwDefaults) {
            blocks.addDef(".kwdefaults", DEF_PARAM, loc);
        }
    }

    private void visitAnnAssign(AnnAssign a) {
        blocks.current.annotationsUsed = true;
        if (a.target() instanceof Name target) {
            int old = blocks.lookup(blocks.current, target.id());
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && blocks.current != blocks.module && a.simple() != 0) {
                String kind = (old & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw blocks.error("annotated name '" + target.id() + "' can't be " + kind, Location.of(a));
            }
            if (a.simple() != 0) {
                blocks.addDef(target.id(), DEF_ANNOT | DEF_LOCAL, Location.of(target));
            } else if (a.value() != null) {
                blocks.addDef(target.id(), DEF_LOCAL, Location.of(target));
            }
        } else {
            exprs.visitExpr(a.target());
        }
        visitAnnotation(a.annotation(), a);
        if (a.value() != null) {
            exprs.visitExpr(a.value());
        }
    }

    /** An annotation of a variable: goes into the enclosing block's shared {@code __annotate__} scope. */
    private void visitAnnotation(Expr annotation, AnnAssign owner) {
        Block parent = blocks.current;
        // function-body annotations are never evaluated: they record no names
        boolean unevaluated = parent.type == BlockType.FUNCTION;
        boolean moduleOrClass = parent.type == BlockType.MODULE || parent.type == BlockType.CLASS;
        // a module may be executed only partly, so all of its annotations count as conditional
        if (((moduleOrClass && parent.inConditionalBlock) || parent.type == BlockType.MODULE)
                && !parent.hasConditionalAnnotations) {
            parent.hasConditionalAnnotations = true;
            blocks.addDef("__conditional_annotations__", USE, Location.of(annotation));
        }
        if (parent.annotationBlock == null) {
            Block block = blocks.enter(BlockType.ANNOTATION, "__annotate__", SymbolTable.Role.ANNOTATIONS,
                    parent.node, Location.of(annotation));
            parent.annotationBlock = block;
            if (parent.type == BlockType.CLASS && !blocks.future.annotations()) {
                block.canSeeClassScope = true;
                blocks.addDef("__classdict__", USE, Location.of(annotation));
            }
        } else {
            blocks.enterExisting(parent.annotationBlock, false);
        }
        if (unevaluated) blocks.current.inUnevaluatedAnnotation = true;
        try {
            exprs.visitExpr(annotation);
        } finally {
            if (unevaluated) blocks.current.inUnevaluatedAnnotation = false;
        }
        blocks.exit();
    }

    /** The parameter and return annotations of a function: always a fresh {@code __annotate__} scope. */
    private void visitSignatureAnnotations(Stmt function, Arguments args, Expr returns, Location loc) {
        boolean inClass = blocks.current.canSeeClassScope || blocks.current.type == BlockType.CLASS;
        Block block = blocks.enter(BlockType.ANNOTATION, "__annotate__", SymbolTable.Role.SIGNATURE_ANNOTATIONS,
                function, loc);
        if (inClass) {
            block.canSeeClassScope = true;
            blocks.addDef("__classdict__", USE, loc);
        }
        visitArgAnnotations(args.posonlyargs());
        visitArgAnnotations(args.args());
        if (args.vararg() != null && args.vararg().annotation() != null) {
            blocks.current.annotationsUsed = true;
            exprs.visitExpr(args.vararg().annotation());
        }
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            blocks.current.annotationsUsed = true;
            exprs.visitExpr(args.kwarg().annotation());
        }
        visitArgAnnotations(args.kwonlyargs());
        if (returns != null) {
            blocks.current.annotationsUsed = true;
            exprs.visitExpr(returns);
        }
        blocks.exit();
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg arg : args) {
            if (arg.annotation() != null) {
                blocks.current.annotationsUsed = true;
                exprs.visitExpr(arg.annotation());
            }
        }
    }

    private void visitGlobal(Global g) {
        Location loc = Location.of(g);
        for (String name : g.names()) {
            int old = blocks.lookup(blocks.current, name);
            if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                throw blocks.error(declarationConflict(name, old, "global"), loc);
            }
            blocks.addDef(name, DEF_GLOBAL, loc);
            blocks.recordDirective(name, loc);
        }
    }

    private void visitNonlocal(Nonlocal n) {
        Location loc = Location.of(n);
        for (String name : n.names()) {
            int old = blocks.lookup(blocks.current, name);
            if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                throw blocks.error(declarationConflict(name, old, "nonlocal"), loc);
            }
            blocks.addDef(name, DEF_NONLOCAL, loc);
            blocks.recordDirective(name, loc);
        }
    }

    /** The message for a global/nonlocal declaration that comes after another use of the name. */
    private static String declarationConflict(String name, int old, String kind) {
        if ((old & DEF_PARAM) != 0) {
            return "name '" + name + "' is parameter and " + kind;
        } else if ((old & USE) != 0) {
            return "name '" + name + "' is used prior to " + kind + " declaration";
        } else if ((old & DEF_ANNOT) != 0) {
            return "annotated name '" + name + "' can't be " + kind;
        }
        return "name '" + name + "' is assigned to before " + kind + " declaration";
    }

    private void checkImportFrom(ImportFrom i) {
        Location fut = blocks.future.location();
        if ("__future__".equals(i.module()) && i.level() != null && i.level() == 0
                && (i.lineno() > fut.lineno()
                    || (i.lineno() == fut.endLineno() && i.col_offset() > fut.endColOffset()))) {
            throw blocks.error("from __future__ imports must occur at the beginning of the file", Location.of(i));
        }
    }

    private void visitAlias(Alias a) {
        String name = a.asname() != null ? a.asname() : a.name();
        if (name.equals("*")) {
            if (blocks.current.type != BlockType.MODULE) {
                throw blocks.error("import * only allowed at module level", Location.of(a));
            }
            return;
        }
        int dot = name.indexOf('.');
        String stored = dot >= 0 ? name.substring(0, dot) : name;
        blocks.addDef(stored, DEF_IMPORT, Location.of(a));
    }

    private void visitWithItem(WithItem item) {
        exprs.visitExpr(item.context_expr());
        if (item.optional_vars() != null) {
            exprs.visitExpr(item.optional_vars());
        }
    }

    private void visitMatchCase(MatchCase m) {
        visitPattern(m.pattern());
        if (m.guard() != null) {
            exprs.visitExpr(m.guard());
        }
        visitStmts(m.body());
    }

    private void requireCoroutine(String msg, Location loc) {
        if (!blocks.current.coroutine) {
            throw blocks.error(msg, loc);
        }
    }

    // ---- type parameters and patterns ---------------------------------------------------------

    private void visitTypeParam(TypeParam tp) {
        blocks.enterRecursion();
        Location loc = Location.of(tp);
        switch (tp) {
            case TypeVar v -> {
                blocks.addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, loc);
                String info = v.bound() instanceof Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                visitBoundOrDefault(v.bound(), v.name(), tp, SymbolTable.Role.TYPE_VAR_BOUND, info);
                visitBoundOrDefault(v.default_value(), v.name(), tp, SymbolTable.Role.TYPE_VAR_DEFAULT,
                        "a TypeVar default");
            }
            case TypeVarTuple v -> {
                blocks.addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, loc);
                visitBoundOrDefault(v.default_value(), v.name(), tp, SymbolTable.Role.TYPE_VAR_DEFAULT,
                        "a TypeVarTuple default");
            }
            case ParamSpec p -> {
                blocks.addDef(p.name(), DEF_TYPE_PARAM | DEF_LOCAL, loc);
                visitBoundOrDefault(p.default_value(), p.name(), tp, SymbolTable.Role.TYPE_VAR_DEFAULT,
                        "a ParamSpec default");
            }
        }
        blocks.leaveRecursion();
    }

    private void visitBoundOrDefault(Expr e, String name, TypeParam tp, SymbolTable.Role role, String info) {
        if (name.equals("__classdict__")) {
            throw blocks.error("reserved name '__classdict__' cannot be used for type parameter", Location.of(tp));
        }
        if (e == null) {
            return;
        }
        boolean inClass = blocks.current.canSeeClassScope;
        Block block = blocks.enter(BlockType.TYPE_VARIABLE, name, role, tp, Location.of(e));
        block.canSeeClassScope = inClass;
        if (inClass) {
            blocks.addDef("__classdict__", USE, Location.of(e));
        }
        block.scopeInfo = info;
        exprs.visitExpr(e);
        blocks.exit();
    }

    private void visitPattern(Pattern p) {
        blocks.enterRecursion();
        Location loc = Location.of(p);
        switch (p) {
            case MatchValue v -> exprs.visitExpr(v.value());
            case MatchSingleton s -> { }
            case MatchSequence s -> s.patterns().forEach(this::visitPattern);
            case MatchStar s -> {
                if (s.name() != null) blocks.addDef(s.name(), DEF_LOCAL, loc);
            }
            case MatchMapping m -> {
                exprs.visitExprs(m.keys());
                m.patterns().forEach(this::visitPattern);
                if (m.rest() != null) blocks.addDef(m.rest(), DEF_LOCAL, loc);
            }
            case MatchClass c -> {
                exprs.visitExpr(c.cls());
                c.patterns().forEach(this::visitPattern);
                for (int i = 0; i < c.kwd_attrs().size(); i++) {
                    blocks.checkName(c.kwd_attrs().get(i), Location.of(c.kwd_patterns().get(i)), ExprContext.Store);
                }
                c.kwd_patterns().forEach(this::visitPattern);
            }
            case MatchAs a -> {
                if (a.pattern() != null) visitPattern(a.pattern());
                if (a.name() != null) blocks.addDef(a.name(), DEF_LOCAL, loc);
            }
            case MatchOr o -> o.patterns().forEach(this::visitPattern);
        }
        blocks.leaveRecursion();
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** CPython's {@code _PyAST_GetDocString}: the body starts with a string-literal expression. */
    static boolean hasDocstring(List<Stmt> body) {
        return !body.isEmpty() && isDocstring(body.get(0));
    }

    static boolean isDocstring(Stmt s) {
        return s instanceof ExprStmt e && e.value() instanceof Constant c && c.value() instanceof String;
    }
}
