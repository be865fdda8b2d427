package org.ember.compiler;

import static org.ember.compiler.SymbolFlags.*;

import java.util.Iterator;
import java.util.List;

import org.ember.parser.Ast;
import org.ember.parser.Ast.*;

/**
 * The first pass over expressions (CPython's {@code symtable_visit_expr} and the comprehension
 * and assignment-expression handling): records name uses and bindings, opens lambda and
 * comprehension blocks, and raises the errors about yield, await and walrus placement.
 */
final class ExpressionVisitor {
    private final BlockStack blocks;

    ExpressionVisitor(BlockStack blocks) {
        this.blocks = blocks;
    }

    void visitExprs(List<? extends Expr> exprs) {
        for (int i = 0, n = exprs.size(); i < n; i++) {   // indexed: no iterator on the AST's mixed list classes
            visitExpr(exprs.get(i));
        }
    }

    void visitExprsWithNulls(List<? extends Expr> exprs) {
        for (int i = 0, n = exprs.size(); i < n; i++) {
            Expr e = exprs.get(i);
            if (e != null) visitExpr(e);
        }
    }

    void visitExpr(Expr e) {
        // Names and constants, over half of all expressions, skip the pattern switch: its
        // bootstrap call is not inlined into this large method and showed in profiles.
        if (e instanceof Constant) {
            blocks.enterRecursion();   // a leaf still counts against the depth limit, as in CPython
            blocks.leaveRecursion();
            return;
        }
        if (e instanceof Name n) {
            blocks.enterRecursion();
            visitName(n);
            blocks.leaveRecursion();
            return;
        }
        blocks.enterRecursion();
        switch (e) {
            // The commonest nodes first: a pattern switch tests the cases in order.
            case Name n -> visitName(n);
            case Constant c -> { }
            case Attribute a -> {
                if (a.attr().equals("__debug__")) {   // the only name checkName rejects: no Location otherwise
                    blocks.checkName(a.attr(), Location.of(a), a.ctx());
                }
                visitExpr(a.value());
            }
            case Call c -> {
                visitExpr(c.func());
                visitExprs(c.args());
                checkKeywords(c.keywords());
                for (int k = 0, n = c.keywords().size(); k < n; k++) visitExpr(c.keywords().get(k).value());
            }
            case Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Ast.List l -> visitExprs(l.elts());
            case Tuple t -> visitExprs(t.elts());
            case Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
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
            case Starred s -> visitExpr(s.value());
            case Slice s -> {
                if (s.lower() != null) visitExpr(s.lower());
                if (s.upper() != null) visitExpr(s.upper());
                if (s.step() != null) visitExpr(s.step());
            }
        }
        blocks.leaveRecursion();
    }

    private void visitName(Name n) {
        if (blocks.current.inUnevaluatedAnnotation) {
            return;
        }
        // the node itself stands for its position: a Location is made only for an error
        blocks.addDefCtx(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n, n.ctx());
        // super() needs the __class__ cell of the enclosing class
        if (n.ctx() == ExprContext.Load && blocks.current.type.isFunctionLike() && n.id().equals("super")) {
            blocks.addDef("__class__", USE, n);
        }
    }

    private void markGenerator(Expr yield) {
        blocks.current.generator = true;
        if (blocks.current.comprehension != ComprehensionKind.NONE) {
            throw blocks.error("'yield' inside " + blocks.current.comprehension.description, Location.of((Located) yield));
        }
    }

    private void visitAwait(Await a) {
        raiseIfAnnotationBlock("await expression", a);
        if (!blocks.allowsTopLevelAwait()) {
            if (!blocks.current.type.isFunctionLike()) {
                throw blocks.error("'await' outside function", Location.of(a));
            }
            if (!blocks.isAsyncDef() && blocks.current.comprehension == ComprehensionKind.NONE) {
                throw blocks.error("'await' outside async function", Location.of(a));
            }
        }
        visitExpr(a.value());
        blocks.current.coroutine = true;
    }

    private void visitLambda(Lambda l) {
        visitExprs(l.args().defaults());
        visitExprsWithNulls(l.args().kw_defaults());
        blocks.enter(BlockType.FUNCTION, "lambda", SymbolTable.Role.BODY, l, Location.of(l));
        blocks.addParameters(l.args());
        visitExpr(l.body());
        blocks.exit();
    }

    void checkKeywords(List<Keyword> keywords) {
        for (int i = 0, n = keywords.size(); i < n; i++) {  // indexed: no iterator per call
            Keyword k = keywords.get(i);
            if (k.arg() != null) {
                blocks.checkName(k.arg(), Location.of(k), ExprContext.Store);
            }
        }
    }

    private void raiseIfAnnotationBlock(String what, Expr e) {
        String msg = switch (blocks.current.type) {
            case ANNOTATION -> what + " cannot be used within an annotation";
            case TYPE_VARIABLE -> what + " cannot be used within " + blocks.current.scopeInfo;
            case TYPE_ALIAS -> what + " cannot be used within a type alias";
            case TYPE_PARAMETERS -> what + " cannot be used within the definition of a generic";
            default -> null;
        };
        if (msg != null) {
            throw blocks.error(msg, Location.of((Located) e));
        }
    }

    // ---- comprehensions and assignment expressions --------------------------------------------

    private void visitComprehension(Expr e, ComprehensionKind kind, List<Comprehension> generators,
                                    Expr elt, Expr value) {
        boolean isGenerator = kind == ComprehensionKind.GENERATOR;
        Comprehension outermost = generators.get(0);
        // the outermost iterable is evaluated in the enclosing scope
        blocks.current.compIterExpr++;
        visitExpr(outermost.iter());
        blocks.current.compIterExpr--;
        Block comp = blocks.enter(BlockType.FUNCTION, kind.blockName, SymbolTable.Role.BODY, e, Location.of((Located) e));
        comp.comprehension = kind;
        if (outermost.is_async() != 0) {
            comp.coroutine = true;
        }
        // the outermost iterator arrives as the implicit parameter ".0"
        blocks.addDef(".0", DEF_PARAM, comp.location);
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
        blocks.exit();
        if (isAsync && !blocks.isAsyncDef() && blocks.current.comprehension == ComprehensionKind.NONE && !blocks.allowsTopLevelAwait()) {
            throw blocks.error("asynchronous comprehension outside of an asynchronous function", Location.of((Located) e));
        }
        if (isAsync) {
            blocks.current.coroutine = true;
        }
    }

    private void visitInnerGenerator(Comprehension c) {
        blocks.current.compIterTarget = true;
        visitExpr(c.target());
        blocks.current.compIterTarget = false;
        blocks.current.compIterExpr++;
        visitExpr(c.iter());
        blocks.current.compIterExpr--;
        visitExprs(c.ifs());
        if (c.is_async() != 0) {
            blocks.current.coroutine = true;
        }
    }

    private void visitNamedExpr(NamedExpr n) {
        if (blocks.current.compIterExpr > 0) {
            throw blocks.error("assignment expression cannot be used in a comprehension iterable expression", Location.of(n));
        }
        if (blocks.current.comprehension != ComprehensionKind.NONE) {
            extendNamedExprScope((Name) n.target());
        }
        visitExpr(n.value());
        visitExpr(n.target());
    }

    /** PEP 572: a walrus inside a comprehension binds in the nearest enclosing non-comprehension scope. */
    private void extendNamedExprScope(Name target) {
        String name = target.id();
        Location loc = Location.of(target);
        Iterator<Block> outward = blocks.stack.descendingIterator();
        while (outward.hasNext()) {
            Block block = outward.next();
            if (block.comprehension != ComprehensionKind.NONE) {
                int flags = blocks.lookup(block, name);
                if ((flags & DEF_COMP_ITER) != 0 && (flags & DEF_LOCAL) != 0) {
                    throw blocks.error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", loc);
                }
                continue;
            }
            switch (block.type) {
                case FUNCTION -> {
                    int flags = blocks.lookup(block, name);
                    blocks.addDef(name, (flags & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, loc);
                    blocks.recordDirective(name, loc);
                    blocks.addDefTo(block, name, DEF_LOCAL, loc);
                    return;
                }
                case MODULE -> {
                    blocks.addDef(name, DEF_GLOBAL, loc);
                    blocks.recordDirective(name, loc);
                    blocks.addDefTo(block, name, DEF_GLOBAL, loc);
                    return;
                }
                case CLASS -> throw blocks.error(
                        "assignment expression within a comprehension cannot be used in a class body", loc);
                case TYPE_PARAMETERS -> throw blocks.error("assignment expression within a comprehension cannot be "
                        + "used within the definition of a generic", loc);
                case TYPE_ALIAS -> throw blocks.error(
                        "assignment expression within a comprehension cannot be used in a type alias", loc);
                case TYPE_VARIABLE -> throw blocks.error(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound", loc);
                case ANNOTATION -> { }
            }
        }
    }
}
