package org.ember.compiler;

import java.math.BigInteger;
import java.util.List;

import org.ember.parser.Ast;

/**
 * The source text of an annotation under {@code from __future__ import annotations}, as CPython's
 * Python/ast_unparse.c writes it (parentheses from operator precedence, string constants in repr
 * form). Expressions whose text Ember cannot yet reproduce exactly (floats, f-strings, lambdas,
 * comprehensions, ...) raise CompilerError.
 */
final class AnnotationUnparser {
    private AnnotationUnparser() {}

    // CPython's precedence levels (ast_unparse.c)
    private static final int PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5,
            PR_EXPR = 6, PR_BOR = 6, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11,
            PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

    static String unparse(Ast.Expr e) {
        StringBuilder out = new StringBuilder();
        expr(out, e, PR_TEST);
        return out.toString();
    }

    private static void expr(StringBuilder out, Ast.Expr e, int level) {
        switch (e) {
            case Ast.Name n -> out.append(n.id());
            case Ast.Constant c -> constant(out, c.value());
            case Ast.Attribute a -> {
                expr(out, a.value(), PR_ATOM);
                if (a.value() instanceof Ast.Constant c && (c.value() instanceof Long || c.value() instanceof BigInteger)) {
                    out.append(' ');
                }
                out.append('.').append(a.attr());
            }
            case Ast.Subscript s -> {
                expr(out, s.value(), PR_ATOM);
                out.append('[');
                if (s.slice() instanceof Ast.Tuple t && !t.elts().isEmpty()) {
                    items(out, t.elts());
                    if (t.elts().size() == 1) out.append(',');
                } else {
                    expr(out, s.slice(), PR_TUPLE);
                }
                out.append(']');
            }
            case Ast.Slice s -> {
                if (s.lower() != null) expr(out, s.lower(), PR_TEST);
                out.append(':');
                if (s.upper() != null) expr(out, s.upper(), PR_TEST);
                if (s.step() != null) {
                    out.append(':');
                    expr(out, s.step(), PR_TEST);
                }
            }
            case Ast.Tuple t -> {
                if (t.elts().isEmpty()) {
                    out.append("()");
                    return;
                }
                if (level > PR_TUPLE) out.append('(');
                items(out, t.elts());
                if (t.elts().size() == 1) out.append(',');
                if (level > PR_TUPLE) out.append(')');
            }
            case Ast.List l -> {
                out.append('[');
                items(out, l.elts());
                out.append(']');
            }
            case Ast.Set s -> {
                out.append('{');
                items(out, s.elts());
                out.append('}');
            }
            case Ast.Dict d -> {
                out.append('{');
                for (int i = 0; i < d.keys().size(); i++) {
                    if (i > 0) out.append(", ");
                    if (d.keys().get(i) == null) {
                        out.append("**");
                        expr(out, d.values().get(i), PR_EXPR);
                    } else {
                        expr(out, d.keys().get(i), PR_TEST);
                        out.append(": ");
                        expr(out, d.values().get(i), PR_TEST);
                    }
                }
                out.append('}');
            }
            case Ast.Starred s -> {
                out.append('*');
                expr(out, s.value(), PR_EXPR);
            }
            case Ast.BinOp b -> binOp(out, b, level);
            case Ast.UnaryOp u -> {
                int pr = u.op() == Ast.UnaryOpType.Not ? PR_NOT : PR_FACTOR;
                if (level > pr) out.append('(');
                out.append(switch (u.op()) {
                    case Not -> "not ";
                    case USub -> "-";
                    case UAdd -> "+";
                    case Invert -> "~";
                });
                expr(out, u.operand(), pr);
                if (level > pr) out.append(')');
            }
            case Ast.BoolOp b -> {
                int pr = b.op() == Ast.BoolOpType.And ? PR_AND : PR_OR;
                if (level > pr) out.append('(');
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) out.append(b.op() == Ast.BoolOpType.And ? " and " : " or ");
                    expr(out, b.values().get(i), pr + 1);
                }
                if (level > pr) out.append(')');
            }
            case Ast.Compare c -> {
                if (level > PR_CMP) out.append('(');
                expr(out, c.left(), PR_CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    out.append(switch (c.ops().get(i)) {
                        case Eq -> " == ";
                        case NotEq -> " != ";
                        case Lt -> " < ";
                        case LtE -> " <= ";
                        case Gt -> " > ";
                        case GtE -> " >= ";
                        case Is -> " is ";
                        case IsNot -> " is not ";
                        case In -> " in ";
                        case NotIn -> " not in ";
                    });
                    expr(out, c.comparators().get(i), PR_CMP + 1);
                }
                if (level > PR_CMP) out.append(')');
            }
            case Ast.Call c -> {
                expr(out, c.func(), PR_ATOM);
                out.append('(');
                boolean first = true;
                for (Ast.Expr arg : c.args()) {
                    if (!first) out.append(", ");
                    first = false;
                    expr(out, arg, PR_TEST);
                }
                for (Ast.Keyword k : c.keywords()) {
                    if (!first) out.append(", ");
                    first = false;
                    if (k.arg() == null) out.append("**");
                    else out.append(k.arg()).append('=');
                    expr(out, k.value(), PR_TEST);
                }
                out.append(')');
            }
            default -> throw new CompilerError("Ember's code generator does not support "
                    + "this annotation under from __future__ import annotations yet (line " + e.lineno() + ")");
        }
    }

    private static void items(StringBuilder out, List<Ast.Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) out.append(", ");
            expr(out, elts.get(i), PR_TEST);
        }
    }

    private static void binOp(StringBuilder out, Ast.BinOp b, int level) {
        int pr;
        String op;
        switch (b.op()) {
            case Add -> { pr = PR_ARITH; op = " + "; }
            case Sub -> { pr = PR_ARITH; op = " - "; }
            case Mult -> { pr = PR_TERM; op = " * "; }
            case MatMult -> { pr = PR_TERM; op = " @ "; }
            case Div -> { pr = PR_TERM; op = " / "; }
            case Mod -> { pr = PR_TERM; op = " % "; }
            case FloorDiv -> { pr = PR_TERM; op = " // "; }
            case LShift -> { pr = PR_SHIFT; op = " << "; }
            case RShift -> { pr = PR_SHIFT; op = " >> "; }
            case BitOr -> { pr = PR_BOR; op = " | "; }
            case BitXor -> { pr = PR_BXOR; op = " ^ "; }
            case BitAnd -> { pr = PR_BAND; op = " & "; }
            case Pow -> { pr = PR_POWER; op = " ** "; }
            default -> throw new IllegalStateException();
        }
        boolean rightAssociative = b.op() == Ast.OperatorType.Pow;
        if (level > pr) out.append('(');
        expr(out, b.left(), rightAssociative ? pr + 1 : pr);
        out.append(op);
        expr(out, b.right(), rightAssociative ? pr : pr + 1);
        if (level > pr) out.append(')');
    }

    private static void constant(StringBuilder out, Object value) {
        switch (value) {
            case String s -> out.append(stringRepr(s));
            case Long l -> out.append(l);
            case BigInteger b -> out.append(b);
            case Boolean b -> out.append(b ? "True" : "False");
            default -> {
                if (value == Ast.NONE) out.append("None");
                else if (value == Ast.ELLIPSIS) out.append("...");
                else throw new CompilerError("Ember's code generator does not support "
                        + "this constant in an annotation under from __future__ import annotations yet");
            }
        }
    }

    /** Python's repr() of a str. */
    static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) out.append('\\').append(c);
                    else if (c < 0x20 || c == 0x7f) out.append(String.format("\\x%02x", (int) c));
                    else if (c >= 0x80) throw new CompilerError("Ember's code generator does not support "
                            + "non-ASCII strings in annotations under from __future__ import annotations yet");
                    else out.append(c);
                }
            }
        }
        return out.append(quote).toString();
    }
}
