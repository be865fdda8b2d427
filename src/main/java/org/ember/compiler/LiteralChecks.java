package org.ember.compiler;

import java.math.BigInteger;

import org.ember.parser.Ast;

/**
 * The code generator's SyntaxWarnings about literals used where they cannot work (CPython's
 * check_compare, check_caller, check_subscripter and check_index): each method gives the
 * warning text, or null when there is nothing to say.
 */
final class LiteralChecks {
    private LiteralChecks() {}

    /** {@code x is 1}: '"is" with 'int' literal. Did you mean "=="?' for the first such operand pair. */
    static String compare(Ast.Compare c) {
        Ast.Expr left = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            Ast.CmpOpType op = c.ops().get(i);
            Ast.Expr right = c.comparators().get(i);
            if (op == Ast.CmpOpType.Is || op == Ast.CmpOpType.IsNot) {
                Ast.Expr literal = !isArgOk(left) ? left : !isArgOk(right) ? right : null;
                if (literal != null) {
                    boolean is = op == Ast.CmpOpType.Is;
                    String type = literal instanceof Ast.Constant k ? constantType(k.value()) : "tuple";
                    return "\"" + (is ? "is" : "is not") + "\" with '" + type
                            + "' literal. Did you mean \"" + (is ? "==" : "!=") + "\"?";
                }
            }
            left = right;
        }
        return null;
    }

    /**
     * Identity comparison makes sense with anything but a literal other than None, True, False,
     * Ellipsis; a tuple display of constants only (flat: {@code (1, 'a')}, {@code ()}) counts as a
     * literal too, as in CPython 3.14 ({@code ((1,),)} and {@code (-1,)} do not).
     */
    private static boolean isArgOk(Ast.Expr e) {
        if (e instanceof Ast.Tuple t) return !t.elts().stream().allMatch(x -> x instanceof Ast.Constant);
        if (!(e instanceof Ast.Constant k)) return true;
        Object v = k.value();
        return v == Ast.NONE || v == Ast.ELLIPSIS || v instanceof Boolean;
    }

    /** {@code (1, 2)(x)}: the called expression is a literal that can never be callable. */
    static String caller(Ast.Expr func) {
        boolean literal = switch (func) {
            case Ast.Constant k -> true;
            case Ast.Tuple t -> true;
            case Ast.List l -> true;
            case Ast.ListComp l -> true;
            case Ast.Dict d -> true;
            case Ast.DictComp d -> true;
            case Ast.Set s -> true;
            case Ast.SetComp s -> true;
            case Ast.GeneratorExp g -> true;
            case Ast.JoinedStr j -> true;
            case Ast.TemplateStr t -> true;
            case Ast.FormattedValue f -> true;
            default -> false;
        };
        return literal ? "'" + inferType(func) + "' object is not callable; perhaps you missed a comma?" : null;
    }

    /** {@code 5[0]}, {@code {1}[0]}: the subscripted expression can never be subscriptable. */
    static String subscripter(Ast.Expr value) {
        boolean literal = switch (value) {
            case Ast.Constant k -> {
                Object v = k.value();
                yield v == Ast.NONE || v == Ast.ELLIPSIS || v instanceof Long || v instanceof BigInteger
                        || v instanceof Boolean || v instanceof Double || v instanceof Ast.Imaginary;
            }
            case Ast.Set s -> true;
            case Ast.SetComp s -> true;
            case Ast.GeneratorExp g -> true;
            case Ast.Lambda l -> true;
            default -> false;
        };
        return literal ? "'" + inferType(value) + "' object is not subscriptable; perhaps you missed a comma?" : null;
    }

    /** {@code [1, 2][3, 4]}: a sequence literal indexed by a literal that is neither an int nor a slice. */
    static String index(Ast.Expr value, Ast.Expr slice) {
        String indexType = inferType(slice);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || indexType.equals("slice")) return null;
        boolean sequence = switch (value) {
            case Ast.Constant k -> k.value() instanceof String || k.value() instanceof org.ember.parser.SurrogateStr
                    || k.value() instanceof Ast.Bytes;
            case Ast.Tuple t -> true;
            case Ast.List l -> true;
            case Ast.ListComp l -> true;
            case Ast.JoinedStr j -> true;
            case Ast.FormattedValue f -> true;
            default -> false;
        };
        return sequence ? inferType(value) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?" : null;
    }

    /** The type a literal expression always has (CPython's infer_type), or null when it is not known. */
    private static String inferType(Ast.Expr e) {
        return switch (e) {
            case Ast.Tuple t -> "tuple";
            case Ast.List l -> "list";
            case Ast.ListComp l -> "list";
            case Ast.Dict d -> "dict";
            case Ast.DictComp d -> "dict";
            case Ast.Set s -> "set";
            case Ast.SetComp s -> "set";
            case Ast.GeneratorExp g -> "generator";
            case Ast.Lambda l -> "function";
            case Ast.JoinedStr j -> "str";
            case Ast.FormattedValue f -> "str";
            case Ast.TemplateStr t -> "string.templatelib.Template";
            case Ast.Slice s -> "slice";
            case Ast.Constant k -> constantType(k.value());
            default -> null;
        };
    }

    private static String constantType(Object v) {
        if (v == Ast.NONE) return "NoneType";
        if (v == Ast.ELLIPSIS) return "ellipsis";
        return switch (v) {
            case Boolean b -> "bool";
            case Long l -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            case Ast.Imaginary i -> "complex";
            case Ast.Bytes b -> "bytes";
            default -> "str";
        };
    }
}
