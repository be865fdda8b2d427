package org.ember.compiler;

import java.util.List;

import org.ember.parser.Ast;
import org.ember.parser.ParseError;
import org.ember.parser.Tokenizer;

/**
 * PEP 765 (Python 3.14): the SyntaxWarning "'return' in a 'finally' block" (and 'break',
 * 'continue') for statements that would leave a finally block. Run over the whole tree before
 * code generation, as CPython's AST preprocessing does. What counts is the innermost enclosing
 * construct: a finally body warns, while a function (for return) or a loop (for break and
 * continue; CPython also lets return pass there) started inside it does not.
 */
final class FinallyControlFlow {
    /** The innermost construct around a statement. */
    private enum Context { NONE, FINALLY, FUNCTION, LOOP }

    private final String filename;
    private final List<Tokenizer.Warning> warnings;

    private FinallyControlFlow(String filename, List<Tokenizer.Warning> warnings) {
        this.filename = filename;
        this.warnings = warnings;
    }

    static void check(Ast.Mod module, String filename, List<Tokenizer.Warning> warnings) {
        List<Ast.Stmt> body = switch (module) {
            case Ast.Module m -> m.body();
            case Ast.Interactive i -> i.body();
            default -> List.of();
        };
        new FinallyControlFlow(filename, warnings).visit(body, Context.NONE);
    }

    private void visit(List<Ast.Stmt> body, Context ctx) {
        for (int i = 0, n = body.size(); i < n; i++) visit(body.get(i), ctx);
    }

    private void visit(Ast.Stmt s, Context ctx) {
        if (s instanceof Ast.ExprStmt || s instanceof Ast.Assign) return;   // the commonest: nothing inside to check
        switch (s) {
            case Ast.Return r -> { if (ctx == Context.FINALLY) warn("return", r); }
            case Ast.Break b -> { if (ctx == Context.FINALLY) warn("break", b); }
            case Ast.Continue c -> { if (ctx == Context.FINALLY) warn("continue", c); }
            case Ast.FunctionDef f -> visit(f.body(), Context.FUNCTION);
            case Ast.AsyncFunctionDef f -> visit(f.body(), Context.FUNCTION);
            case Ast.ClassDef c -> visit(c.body(), ctx);
            case Ast.For f -> { visit(f.body(), Context.LOOP); visit(f.orelse(), ctx); }
            case Ast.AsyncFor f -> { visit(f.body(), Context.LOOP); visit(f.orelse(), ctx); }
            case Ast.While w -> { visit(w.body(), Context.LOOP); visit(w.orelse(), ctx); }
            case Ast.If i -> { visit(i.body(), ctx); visit(i.orelse(), ctx); }
            case Ast.With w -> visit(w.body(), ctx);
            case Ast.AsyncWith w -> visit(w.body(), ctx);
            case Ast.Match m -> { for (Ast.MatchCase c : m.cases()) visit(c.body(), ctx); }
            case Ast.Try t -> tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody(), ctx);
            case Ast.TryStar t -> tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody(), ctx);
            default -> { }
        }
    }

    private void tryParts(List<Ast.Stmt> body, List<Ast.ExceptHandler> handlers, List<Ast.Stmt> orelse,
                          List<Ast.Stmt> finalbody, Context ctx) {
        visit(body, ctx);
        for (Ast.ExceptHandler h : handlers) visit(h.body(), ctx);
        visit(orelse, ctx);
        visit(finalbody, Context.FINALLY);
    }

    private void warn(String keyword, Ast.Located node) {
        String message = "'" + keyword + "' in a 'finally' block";
        ParseError asError = new ParseError(ParseError.Kind.SyntaxError, message, filename, node.lineno(),
                node.col_offset() + 1, node.end_lineno(), node.end_col_offset() + 1, null);
        warnings.add(new Tokenizer.Warning(message, node.lineno(), asError));
    }
}
