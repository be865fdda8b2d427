package org.ember.compiler;

import static org.ember.compiler.SymbolFlags.*;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;

import org.ember.parser.Ast;
import org.ember.parser.Ast.*;
import org.ember.parser.ParseError;

/**
 * The first pass over the AST (CPython's {@code symtable_visit_*}): creates the blocks, records
 * for every name how it occurs in each block, and raises the syntax errors that only a scope-aware
 * walk can find. Scopes are resolved afterwards by {@link ScopeAnalyzer}.
 */
final class SymbolTableBuilder {
    /** CPython 3.13 accepts about this many nested statements and expressions (its C recursion limit). */
    private static final int MAX_DEPTH = 10_000;

    private final String filename;
    private final FutureFeatures future;
    /** PyCF_ALLOW_TOP_LEVEL_AWAIT: await, async for/with and async comprehensions at module level. */
    private final boolean allowTopLevelAwait;
    private final SymbolTable table;
    /** Blocks being visited, innermost last (CPython's st_stack, including the current block). */
    private final Deque<Block> stack = new ArrayDeque<>();
    private Block current;
    private Block module;
    /** Name of the innermost enclosing class, for mangling (CPython's st_private). */
    private String privateName;
    private int depth;

    SymbolTableBuilder(String filename, FutureFeatures future, boolean allowTopLevelAwait, SymbolTable table) {
        this.filename = filename;
        this.future = future;
        this.allowTopLevelAwait = allowTopLevelAwait;
        this.table = table;
    }

    // ---- entry --------------------------------------------------------------------------------

    Block visitModule(Mod mod) {
        Block top = new Block(BlockType.MODULE, "top", Location.NONE, mod);
        table.register(SymbolTable.Role.BODY, mod, top);
        enterExisting(top);
        module = top;
        switch (mod) {
            case Ast.Module m -> {
                top.hasDocstring = hasDocstring(m.body());
                visitStmts(m.body());
            }
            case Interactive i -> visitStmts(i.body());
            case Expression e -> visitExpr(e.body());
            case FunctionType f -> throw new IllegalArgumentException("the symbol table does not handle FunctionType");
        }
        exit();
        return top;
    }

    // ---- blocks -------------------------------------------------------------------------------

    private Block newBlock(BlockType type, String name, Location loc, Ast.Node node) {
        Block block = new Block(type, name, loc, node);
        if (current != null && (current.nested || current.type.isFunctionLike())) {
            block.nested = true;
        }
        if (current != null && current.type == BlockType.CLASS && type == BlockType.FUNCTION) {
            block.method = true;
        }
        return block;
    }

    /** Opens a new block, registered under {@code role}/{@code key} for the code generator. */
    private Block enter(BlockType type, String name, SymbolTable.Role role, Ast.Node key, Location loc) {
        Block block = newBlock(type, name, loc, key);
        table.register(role, key, block);
        enterExisting(block);
        if (type == BlockType.ANNOTATION || type == BlockType.TYPE_VARIABLE || type == BlockType.TYPE_ALIAS) {
            // the generated function reads its "format" parameter
            addDef(".format", DEF_PARAM, loc);
            addDef(".format", USE, loc);
        }
        return block;
    }

    private void enterExisting(Block block) {
        enterExisting(block, true);
    }

    private void enterExisting(Block block, boolean addToChildren) {
        Block prev = current;
        stack.addLast(block);
        if (prev != null) {
            // bpo-37757: walrus is banned anywhere inside a comprehension's outermost iterable
            block.compIterExpr = prev.compIterExpr;
            if (prev.mangledNames != null && block.type != BlockType.CLASS) {
                block.mangledNames = prev.mangledNames;
            }
        }
        current = block;
        // with "from __future__ import annotations" annotations become strings: their scopes
        // are still walked (for errors) but take no part in the analysis
        if (future.annotations() && block.type == BlockType.ANNOTATION) {
            return;
        }
        if (prev != null && addToChildren) {
            prev.children.add(block);
        }
    }

    private void exit() {
        stack.removeLast();
        current = stack.peekLast();
    }

    // ---- symbols ------------------------------------------------------------------------------

    private String mangle(Block block, String name) {
        return block.mangle(privateName, name);
    }

    private int lookup(Block block, String name) {
        return block.flags(mangle(block, name));
    }

    private void addDef(String name, int flag, Location loc) {
        addDefCtx(name, flag, loc, flag == USE ? ExprContext.Load : ExprContext.Store);
    }

    private void addDefCtx(String name, int flag, Location loc, ExprContext ctx) {
        if ((flag & (DEF_PARAM | DEF_LOCAL | DEF_IMPORT)) != 0) {
            checkName(name, loc, ctx);
        }
        if ((flag & DEF_TYPE_PARAM) != 0 && current.mangledNames != null) {
            current.mangledNames.add(name);
        }
        addDefTo(current, name, flag, loc);
    }

    /** CPython's symtable_add_def_helper: records {@code flag} for {@code name} in {@code block}. */
    private void addDefTo(Block block, String name, int flag, Location loc) {
        String mangled = mangle(current, name);
        Integer old = block.symbols.get(mangled);
        int value = flag;
        if (old != null) {
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", loc);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (old & DEF_TYPE_PARAM) != 0) {
                throw error("duplicate type parameter '" + name + "'", loc);
            }
            value = old | flag;
        }
        if (block.compIterTarget) {
            if ((value & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", loc);
            }
            value |= DEF_COMP_ITER;
        }
        block.symbols.put(mangled, value);
        if ((flag & DEF_PARAM) != 0) {
            block.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            // CPython also marks the name in the module's own table
            module.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private void checkName(String name, Location loc, ExprContext ctx) {
        if (!name.equals("__debug__")) {
            return;
        }
        if (ctx == ExprContext.Store) {
            throw error("cannot assign to __debug__", loc);
        }
        if (ctx == ExprContext.Del) {
            throw error("cannot delete __debug__", loc);
        }
    }

    private void recordDirective(String name, Location loc) {
        current.directives.putIfAbsent(mangle(current, name), loc);
    }

    // ---- statements ---------------------------------------------------------------------------

    private void visitStmts(List<? extends Stmt> stmts) {
        for (Stmt s : stmts) {
            visitStmt(s);
        }
    }

    private void visitStmt(Stmt s) {
        enterRecursion();
        switch (s) {
            case FunctionDef f -> visitFunction(f, f.name(), f.args(), f.body(), f.decorator_list(),
                    f.returns(), f.type_params(), false);
            case AsyncFunctionDef f -> visitFunction(f, f.name(), f.args(), f.body(), f.decorator_list(),
                    f.returns(), f.type_params(), true);
            case ClassDef c -> visitClass(c);
            case TypeAlias t -> visitTypeAlias(t);
            case Return r -> {
                if (r.value() != null) {
                    visitExpr(r.value());
                    current.returnsValue = true;
                }
            }
            case Delete d -> visitExprs(d.targets());
            case Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
            }
            case AnnAssign a -> visitAnnAssign(a);
            case AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case For f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                conditional(() -> {
                    visitStmts(f.body());
                    visitStmts(f.orelse());
                });
            }
            case While w -> {
                visitExpr(w.test());
                conditional(() -> {
                    visitStmts(w.body());
                    visitStmts(w.orelse());
                });
            }
            case If i -> {
                visitExpr(i.test());
                conditional(() -> {
                    visitStmts(i.body());
                    visitStmts(i.orelse());
                });
            }
            case Match m -> {
                visitExpr(m.subject());
                conditional(() -> m.cases().forEach(this::visitMatchCase));
            }
            case Raise r -> {
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    if (r.cause() != null) visitExpr(r.cause());
                }
            }
            case Try t -> conditional(() -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody()));
            case TryStar t -> conditional(() -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody()));
            case Assert a -> {
                visitExpr(a.test());
                if (a.msg() != null) visitExpr(a.msg());
            }
            case Import i -> i.names().forEach(this::visitAlias);
            case ImportFrom i -> {
                i.names().forEach(this::visitAlias);
                checkImportFrom(i);
            }
            case Global g -> visitGlobal(g);
            case Nonlocal n -> visitNonlocal(n);
            case ExprStmt e -> visitExpr(e.value());
            case Pass p -> { }
            case Break b -> { }
            case Continue c -> { }
            case With w -> conditional(() -> {
                w.items().forEach(this::visitWithItem);
                visitStmts(w.body());
            });
            case AsyncWith w -> {
                if (allowsTopLevelAwait()) current.coroutine = true;
                requireCoroutine("'async with' outside async function", Location.of(w));
                conditional(() -> {
                    w.items().forEach(this::visitWithItem);
                    visitStmts(w.body());
                });
            }
            case AsyncFor f -> {
                if (allowsTopLevelAwait()) current.coroutine = true;
                requireCoroutine("'async for' outside async function", Location.of(f));
                visitExpr(f.target());
                visitExpr(f.iter());
                conditional(() -> {
                    visitStmts(f.body());
                    visitStmts(f.orelse());
                });
            }
        }
        depth--;
    }

    /** Runs {@code body} marked as conditionally executed (for {@code __conditional_annotations__}). */
    private void conditional(Runnable body) {
        Block block = current;
        boolean saved = block.inConditionalBlock;
        block.inConditionalBlock = true;
        body.run();
        block.inConditionalBlock = saved;
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitStmts(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) visitExpr(h.type());
            if (h.name() != null) addDef(h.name(), DEF_LOCAL, Location.of(h));
            visitStmts(h.body());
        }
        visitStmts(orelse);
        visitStmts(finalbody);
    }

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                               Expr returns, List<TypeParam> typeParams, boolean isAsync) {
        Location loc = Location.of((Located) s);
        addDef(name, DEF_LOCAL, loc);
        visitExprs(args.defaults());
        visitExprsWithNulls(args.kw_defaults());
        visitExprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // CPython tests the defaults list for NULL, and the parser never leaves it NULL:
            // every generic function gets a ".defaults" parameter
            enterTypeParamBlock(name, s, true, hasKwOnlyDefaults(args), false, loc);
            typeParams.forEach(this::visitTypeParam);
        }
        Block function = newBlock(BlockType.FUNCTION, name, loc, s);
        table.register(SymbolTable.Role.BODY, s, function);
        function.hasDocstring = hasDocstring(body);
        visitSignatureAnnotations(s, args, returns, loc);
        enterExisting(function);
        if (isAsync) {
            function.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exit();
        if (generic) {
            exit();
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
        addDef(c.name(), DEF_LOCAL, loc);
        visitExprs(c.decorator_list());
        String savedPrivate = privateName;
        boolean generic = !c.type_params().isEmpty();
        if (generic) {
            enterTypeParamBlock(c.name(), c, false, false, true, loc);
            privateName = c.name();
            current.mangledNames = new HashSet<>();
            c.type_params().forEach(this::visitTypeParam);
        }
        visitExprs(c.bases());
        checkKeywords(c.keywords());
        c.keywords().forEach(k -> visitExpr(k.value()));
        Block cls = enter(BlockType.CLASS, c.name(), SymbolTable.Role.BODY, c, loc);
        privateName = c.name();
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
        }
        cls.hasDocstring = hasDocstring(c.body());
        visitStmts(c.body());
        exit();
        if (generic) {
            exit();
        }
        privateName = savedPrivate;
    }

    private void visitTypeAlias(TypeAlias t) {
        visitExpr(t.name());
        String name = ((Name) t.name()).id();
        Location loc = Location.of(t);
        boolean inClass = current.type == BlockType.CLASS;
        boolean generic = !t.type_params().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, t, false, false, false, loc);
            t.type_params().forEach(this::visitTypeParam);
        }
        Block alias = enter(BlockType.TYPE_ALIAS, name, SymbolTable.Role.BODY, t, loc);
        alias.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, Location.of(t.value()));
        }
        visitExpr(t.value());
        exit();
        if (generic) {
            exit();
        }
    }

    private void enterTypeParamBlock(String name, Stmt owner, boolean hasDefaults, boolean hasKwDefaults,
                                     boolean isClass, Location loc) {
        BlockType enclosing = current.type;
        Block block = enter(BlockType.TYPE_PARAMETERS, name, SymbolTable.Role.TYPE_PARAMS, owner, loc);
        if (enclosing == BlockType.CLASS) {
            block.canSeeClassScope = true;
            addDef("__classdict__", USE, loc);
        }
        if (isClass) {
            // set when the type params tuple is built, used when the bases are
            addDef(".type_params", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
            addDef(".generic_base", DEF_LOCAL, loc);
            addDef(".generic_base", USE, loc);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, loc);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, loc);
        }
    }

    private void visitAnnAssign(AnnAssign a) {
        current.annotationsUsed = true;
        if (a.target() instanceof Name target) {
            int old = lookup(current, target.id());
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && current != module && a.simple() != 0) {
                String kind = (old & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + target.id() + "' can't be " + kind, Location.of(a));
            }
            if (a.simple() != 0) {
                addDef(target.id(), DEF_ANNOT | DEF_LOCAL, Location.of(target));
            } else if (a.value() != null) {
                addDef(target.id(), DEF_LOCAL, Location.of(target));
            }
        } else {
            visitExpr(a.target());
        }
        visitAnnotation(a.annotation(), a);
        if (a.value() != null) {
            visitExpr(a.value());
        }
    }

    /** An annotation of a variable: goes into the enclosing block's shared {@code __annotate__} scope. */
    private void visitAnnotation(Expr annotation, AnnAssign owner) {
        Block parent = current;
        // function-body annotations are never evaluated: they record no names
        boolean unevaluated = parent.type == BlockType.FUNCTION;
        boolean moduleOrClass = parent.type == BlockType.MODULE || parent.type == BlockType.CLASS;
        // a module may be executed only partly, so all of its annotations count as conditional
        if (((moduleOrClass && parent.inConditionalBlock) || parent.type == BlockType.MODULE)
                && !parent.hasConditionalAnnotations) {
            parent.hasConditionalAnnotations = true;
            addDef("__conditional_annotations__", USE, Location.of(annotation));
        }
        if (parent.annotationBlock == null) {
            Block block = enter(BlockType.ANNOTATION, "__annotate__", SymbolTable.Role.ANNOTATIONS,
                    parent.node, Location.of(annotation));
            parent.annotationBlock = block;
            if (parent.type == BlockType.CLASS && !future.annotations()) {
                block.canSeeClassScope = true;
                addDef("__classdict__", USE, Location.of(annotation));
            }
        } else {
            enterExisting(parent.annotationBlock, false);
        }
        if (unevaluated) current.inUnevaluatedAnnotation = true;
        try {
            visitExpr(annotation);
        } finally {
            if (unevaluated) current.inUnevaluatedAnnotation = false;
        }
        exit();
    }

    /** The parameter and return annotations of a function: always a fresh {@code __annotate__} scope. */
    private void visitSignatureAnnotations(Stmt function, Arguments args, Expr returns, Location loc) {
        boolean inClass = current.canSeeClassScope || current.type == BlockType.CLASS;
        Block block = enter(BlockType.ANNOTATION, "__annotate__", SymbolTable.Role.SIGNATURE_ANNOTATIONS,
                function, loc);
        if (inClass) {
            block.canSeeClassScope = true;
            addDef("__classdict__", USE, loc);
        }
        visitArgAnnotations(args.posonlyargs());
        visitArgAnnotations(args.args());
        if (args.vararg() != null && args.vararg().annotation() != null) {
            current.annotationsUsed = true;
            visitExpr(args.vararg().annotation());
        }
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            current.annotationsUsed = true;
            visitExpr(args.kwarg().annotation());
        }
        visitArgAnnotations(args.kwonlyargs());
        if (returns != null) {
            current.annotationsUsed = true;
            visitExpr(returns);
        }
        exit();
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg arg : args) {
            if (arg.annotation() != null) {
                current.annotationsUsed = true;
                visitExpr(arg.annotation());
            }
        }
    }

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, Location.of(a.vararg()));
            current.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, Location.of(a.kwarg()));
            current.varkeywords = true;
        }
    }

    private void visitParams(List<Arg> args) {
        for (Arg arg : args) {
            addDef(arg.arg(), DEF_PARAM, Location.of(arg));
        }
    }

    private void visitGlobal(Global g) {
        Location loc = Location.of(g);
        for (String name : g.names()) {
            int old = lookup(current, name);
            if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                throw error(declarationConflict(name, old, "global"), loc);
            }
            addDef(name, DEF_GLOBAL, loc);
            recordDirective(name, loc);
        }
    }

    private void visitNonlocal(Nonlocal n) {
        Location loc = Location.of(n);
        for (String name : n.names()) {
            int old = lookup(current, name);
            if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                throw error(declarationConflict(name, old, "nonlocal"), loc);
            }
            addDef(name, DEF_NONLOCAL, loc);
            recordDirective(name, loc);
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
        Location fut = future.location();
        if ("__future__".equals(i.module()) && i.level() != null && i.level() == 0
                && (i.lineno() > fut.lineno()
                    || (i.lineno() == fut.endLineno() && i.col_offset() > fut.endColOffset()))) {
            throw error("from __future__ imports must occur at the beginning of the file", Location.of(i));
        }
    }

    private void visitAlias(Alias a) {
        String name = a.asname() != null ? a.asname() : a.name();
        if (name.equals("*")) {
            if (current.type != BlockType.MODULE) {
                throw error("import * only allowed at module level", Location.of(a));
            }
            return;
        }
        int dot = name.indexOf('.');
        String stored = dot >= 0 ? name.substring(0, dot) : name;
        addDef(stored, DEF_IMPORT, Location.of(a));
    }

    private void visitWithItem(WithItem item) {
        visitExpr(item.context_expr());
        if (item.optional_vars() != null) {
            visitExpr(item.optional_vars());
        }
    }

    private void visitMatchCase(MatchCase m) {
        visitPattern(m.pattern());
        if (m.guard() != null) {
            visitExpr(m.guard());
        }
        visitStmts(m.body());
    }

    private void requireCoroutine(String msg, Location loc) {
        if (!current.coroutine) {
            throw error(msg, loc);
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    private void visitExprs(List<? extends Expr> exprs) {
        for (Expr e : exprs) {
            visitExpr(e);
        }
    }

    private void visitExprsWithNulls(List<? extends Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) visitExpr(e);
        }
    }

    private void visitExpr(Expr e) {
        enterRecursion();
        switch (e) {
            case NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", n);
                visitNamedExpr(n);
            }
            case BoolOp b -> visitExprs(b.values());
            case BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case UnaryOp u -> visitExpr(u.operand());
            case Lambda l -> visitLambda(l);
            case IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Dict d -> {
                visitExprsWithNulls(d.keys());
                visitExprs(d.values());
            }
            case Ast.Set s -> visitExprs(s.elts());
            case GeneratorExp g -> visitComprehension(g, ComprehensionKind.GENERATOR, g.generators(), g.elt(), null);
            case ListComp l -> visitComprehension(l, ComprehensionKind.LIST, l.generators(), l.elt(), null);
            case SetComp s -> visitComprehension(s, ComprehensionKind.SET, s.generators(), s.elt(), null);
            case DictComp d -> visitComprehension(d, ComprehensionKind.DICT, d.generators(), d.key(), d.value());
            case Yield y -> {
                raiseIfAnnotationBlock("yield expression", y);
                if (y.value() != null) visitExpr(y.value());
                markGenerator(y);
            }
            case YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", y);
                visitExpr(y.value());
                markGenerator(y);
            }
            case Await a -> visitAwait(a);
            case Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Call c -> {
                visitExpr(c.func());
                visitExprs(c.args());
                checkKeywords(c.keywords());
                c.keywords().forEach(k -> visitExpr(k.value()));
            }
            case FormattedValue f -> {
                visitExpr(f.value());
                if (f.format_spec() != null) visitExpr(f.format_spec());
            }
            case Interpolation i -> {
                visitExpr(i.value());
                if (i.format_spec() != null) visitExpr(i.format_spec());
            }
            case JoinedStr j -> visitExprs(j.values());
            case TemplateStr t -> visitExprs(t.values());
            case Constant c -> { }
            case Attribute a -> {
                checkName(a.attr(), Location.of(a), a.ctx());
                visitExpr(a.value());
            }
            case Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Starred s -> visitExpr(s.value());
            case Slice s -> {
                if (s.lower() != null) visitExpr(s.lower());
                if (s.upper() != null) visitExpr(s.upper());
                if (s.step() != null) visitExpr(s.step());
            }
            case Name n -> visitName(n);
            case Ast.List l -> visitExprs(l.elts());
            case Tuple t -> visitExprs(t.elts());
        }
        depth--;
    }

    private void visitName(Name n) {
        if (current.inUnevaluatedAnnotation) {
            return;
        }
        Location loc = Location.of(n);
        addDefCtx(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, loc, n.ctx());
        // super() needs the __class__ cell of the enclosing class
        if (n.ctx() == ExprContext.Load && current.type.isFunctionLike() && n.id().equals("super")) {
            addDef("__class__", USE, loc);
        }
    }

    private void markGenerator(Expr yield) {
        current.generator = true;
        if (current.comprehension != ComprehensionKind.NONE) {
            throw error("'yield' inside " + current.comprehension.description, Location.of((Located) yield));
        }
    }

    private void visitAwait(Await a) {
        raiseIfAnnotationBlock("await expression", a);
        if (!allowsTopLevelAwait()) {
            if (!current.type.isFunctionLike()) {
                throw error("'await' outside function", Location.of(a));
            }
            if (!isAsyncDef() && current.comprehension == ComprehensionKind.NONE) {
                throw error("'await' outside async function", Location.of(a));
            }
        }
        visitExpr(a.value());
        current.coroutine = true;
    }

    private boolean allowsTopLevelAwait() {
        return allowTopLevelAwait && current.type == BlockType.MODULE;
    }

    private boolean isAsyncDef() {
        return current.type == BlockType.FUNCTION && current.coroutine;
    }

    private void visitLambda(Lambda l) {
        visitExprs(l.args().defaults());
        visitExprsWithNulls(l.args().kw_defaults());
        enter(BlockType.FUNCTION, "lambda", SymbolTable.Role.BODY, l, Location.of(l));
        visitArguments(l.args());
        visitExpr(l.body());
        exit();
    }

    private void checkKeywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            if (k.arg() != null) {
                checkName(k.arg(), Location.of(k), ExprContext.Store);
            }
        }
    }

    private void raiseIfAnnotationBlock(String what, Expr e) {
        String msg = switch (current.type) {
            case ANNOTATION -> what + " cannot be used within an annotation";
            case TYPE_VARIABLE -> what + " cannot be used within " + current.scopeInfo;
            case TYPE_ALIAS -> what + " cannot be used within a type alias";
            case TYPE_PARAMETERS -> what + " cannot be used within the definition of a generic";
            default -> null;
        };
        if (msg != null) {
            throw error(msg, Location.of((Located) e));
        }
    }

    // ---- comprehensions and assignment expressions --------------------------------------------

    private void visitComprehension(Expr e, ComprehensionKind kind, List<Comprehension> generators,
                                    Expr elt, Expr value) {
        boolean isGenerator = kind == ComprehensionKind.GENERATOR;
        Comprehension outermost = generators.get(0);
        // the outermost iterable is evaluated in the enclosing scope
        current.compIterExpr++;
        visitExpr(outermost.iter());
        current.compIterExpr--;
        Block comp = enter(BlockType.FUNCTION, kind.blockName, SymbolTable.Role.BODY, e, Location.of((Located) e));
        comp.comprehension = kind;
        if (outermost.is_async() != 0) {
            comp.coroutine = true;
        }
        // the outermost iterator arrives as the implicit parameter ".0"
        addDef(".0", DEF_PARAM, comp.location);
        comp.compIterTarget = true;
        visitExpr(outermost.target());
        comp.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            visitInnerGenerator(generators.get(i));
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        comp.generator = isGenerator;
        boolean isAsync = comp.coroutine && !isGenerator;
        exit();
        if (isAsync && !isAsyncDef() && current.comprehension == ComprehensionKind.NONE && !allowsTopLevelAwait()) {
            throw error("asynchronous comprehension outside of an asynchronous function", Location.of((Located) e));
        }
        if (isAsync) {
            current.coroutine = true;
        }
    }

    private void visitInnerGenerator(Comprehension c) {
        current.compIterTarget = true;
        visitExpr(c.target());
        current.compIterTarget = false;
        current.compIterExpr++;
        visitExpr(c.iter());
        current.compIterExpr--;
        visitExprs(c.ifs());
        if (c.is_async() != 0) {
            current.coroutine = true;
        }
    }

    private void visitNamedExpr(NamedExpr n) {
        if (current.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", Location.of(n));
        }
        if (current.comprehension != ComprehensionKind.NONE) {
            extendNamedExprScope((Name) n.target());
        }
        visitExpr(n.value());
        visitExpr(n.target());
    }

    /** PEP 572: a walrus inside a comprehension binds in the nearest enclosing non-comprehension scope. */
    private void extendNamedExprScope(Name target) {
        String name = target.id();
        Location loc = Location.of(target);
        Iterator<Block> outward = stack.descendingIterator();
        while (outward.hasNext()) {
            Block block = outward.next();
            if (block.comprehension != ComprehensionKind.NONE) {
                int flags = lookup(block, name);
                if ((flags & DEF_COMP_ITER) != 0 && (flags & DEF_LOCAL) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", loc);
                }
                continue;
            }
            switch (block.type) {
                case FUNCTION -> {
                    int flags = lookup(block, name);
                    addDef(name, (flags & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, loc);
                    recordDirective(name, loc);
                    addDefTo(block, name, DEF_LOCAL, loc);
                    return;
                }
                case MODULE -> {
                    addDef(name, DEF_GLOBAL, loc);
                    recordDirective(name, loc);
                    addDefTo(block, name, DEF_GLOBAL, loc);
                    return;
                }
                case CLASS -> throw error(
                        "assignment expression within a comprehension cannot be used in a class body", loc);
                case TYPE_PARAMETERS -> throw error("assignment expression within a comprehension cannot be "
                        + "used within the definition of a generic", loc);
                case TYPE_ALIAS -> throw error(
                        "assignment expression within a comprehension cannot be used in a type alias", loc);
                case TYPE_VARIABLE -> throw error(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound", loc);
                case ANNOTATION -> { }
            }
        }
    }

    // ---- type parameters and patterns ---------------------------------------------------------

    private void visitTypeParam(TypeParam tp) {
        enterRecursion();
        Location loc = Location.of(tp);
        switch (tp) {
            case TypeVar v -> {
                addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, loc);
                String info = v.bound() instanceof Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                visitBoundOrDefault(v.bound(), v.name(), tp, SymbolTable.Role.TYPE_VAR_BOUND, info);
                visitBoundOrDefault(v.default_value(), v.name(), tp, SymbolTable.Role.TYPE_VAR_DEFAULT,
                        "a TypeVar default");
            }
            case TypeVarTuple v -> {
                addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, loc);
                visitBoundOrDefault(v.default_value(), v.name(), tp, SymbolTable.Role.TYPE_VAR_DEFAULT,
                        "a TypeVarTuple default");
            }
            case ParamSpec p -> {
                addDef(p.name(), DEF_TYPE_PARAM | DEF_LOCAL, loc);
                visitBoundOrDefault(p.default_value(), p.name(), tp, SymbolTable.Role.TYPE_VAR_DEFAULT,
                        "a ParamSpec default");
            }
        }
        depth--;
    }

    private void visitBoundOrDefault(Expr e, String name, TypeParam tp, SymbolTable.Role role, String info) {
        if (name.equals("__classdict__")) {
            throw error("reserved name '__classdict__' cannot be used for type parameter", Location.of(tp));
        }
        if (e == null) {
            return;
        }
        boolean inClass = current.canSeeClassScope;
        Block block = enter(BlockType.TYPE_VARIABLE, name, role, tp, Location.of(e));
        block.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, Location.of(e));
        }
        block.scopeInfo = info;
        visitExpr(e);
        exit();
    }

    private void visitPattern(Pattern p) {
        enterRecursion();
        Location loc = Location.of(p);
        switch (p) {
            case MatchValue v -> visitExpr(v.value());
            case MatchSingleton s -> { }
            case MatchSequence s -> s.patterns().forEach(this::visitPattern);
            case MatchStar s -> {
                if (s.name() != null) addDef(s.name(), DEF_LOCAL, loc);
            }
            case MatchMapping m -> {
                visitExprs(m.keys());
                m.patterns().forEach(this::visitPattern);
                if (m.rest() != null) addDef(m.rest(), DEF_LOCAL, loc);
            }
            case MatchClass c -> {
                visitExpr(c.cls());
                c.patterns().forEach(this::visitPattern);
                for (int i = 0; i < c.kwd_attrs().size(); i++) {
                    checkName(c.kwd_attrs().get(i), Location.of(c.kwd_patterns().get(i)), ExprContext.Store);
                }
                c.kwd_patterns().forEach(this::visitPattern);
            }
            case MatchAs a -> {
                if (a.pattern() != null) visitPattern(a.pattern());
                if (a.name() != null) addDef(a.name(), DEF_LOCAL, loc);
            }
            case MatchOr o -> o.patterns().forEach(this::visitPattern);
        }
        depth--;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void enterRecursion() {
        if (++depth > MAX_DEPTH) {
            throw new CompilerRecursionError();
        }
    }

    /** CPython's {@code _PyAST_GetDocString}: the body starts with a string-literal expression. */
    static boolean hasDocstring(List<Stmt> body) {
        return !body.isEmpty() && isDocstring(body.get(0));
    }

    static boolean isDocstring(Stmt s) {
        return s instanceof ExprStmt e && e.value() instanceof Constant c && c.value() instanceof String;
    }

    private ParseError error(String msg, Location loc) {
        return syntaxError(msg, filename, loc);
    }

    /** A SyntaxError at {@code loc}: CPython reports AST columns + 1 and no source text. */
    static ParseError syntaxError(String msg, String filename, Location loc) {
        return new ParseError(ParseError.Kind.SyntaxError, msg, filename, loc.lineno(), loc.colOffset() + 1,
                loc.endLineno(), loc.endColOffset() + 1, null);
    }
}
