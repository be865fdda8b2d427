package org.ember.parser;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The abstract syntax tree, mirroring CPython 3.14's {@code ast} module node for node.
 *
 * <p>Every node class is a record named like its Python class, with components named exactly
 * like the Python fields (hence snake_case) and in the same order, so that {@code ast.dump}
 * output can be produced by walking the components. Nodes with source positions end with the
 * four attributes {@code lineno, col_offset, end_lineno, end_col_offset} (columns in UTF-8
 * bytes, as CPython). The one rename: the expression statement is {@link ExprStmt} (Python's
 * {@code Expr}) so that it does not clash with the {@link Expr} interface; {@link #pythonName}
 * maps it back.
 *
 * <p>Sequences are {@code java.util.List} (written out in full here because {@link List} is also
 * a node). Optional fields ({@code expr?} in CPython's ASDL) are {@code null} when absent.
 *
 * <p>Constant values ({@link Constant#value}) use: {@code String} for str, {@link Bytes} for
 * bytes, {@code Long} or {@code BigInteger} for int (Long whenever it fits), {@code Double} for
 * float, {@link Imaginary} for complex literals, {@code Boolean} for True/False,
 * {@link #NONE} for None and {@link #ELLIPSIS} for {@code ...}.
 */
public final class Ast {
    private Ast() {}

    // ---- node families (CPython's sum types) -------------------------------------------------

    /** Any AST node. */
    public sealed interface Node permits Mod, Stmt, Expr, Pattern, TypeParam, ExceptHandler,
            Comprehension, Arguments, Arg, Keyword, Alias, WithItem, MatchCase, TypeIgnore {}

    /** A node with a source range. */
    public interface Located {
        int lineno();
        int col_offset();
        int end_lineno();
        int end_col_offset();
    }

    public sealed interface Mod extends Node permits Module, Interactive, Expression, FunctionType {}

    public sealed interface Stmt extends Node, Located permits FunctionDef, AsyncFunctionDef,
            ClassDef, Return, Delete, Assign, TypeAlias, AugAssign, AnnAssign, For, AsyncFor, While,
            If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom, Global,
            Nonlocal, ExprStmt, Pass, Break, Continue {}

    public sealed interface Expr extends Node, Located permits BoolOp, NamedExpr, BinOp, UnaryOp,
            Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp, GeneratorExp, Await, Yield,
            YieldFrom, Compare, Call, FormattedValue, Interpolation, JoinedStr, TemplateStr,
            Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice {}

    public sealed interface Pattern extends Node, Located permits MatchValue, MatchSingleton,
            MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr {}

    public sealed interface TypeParam extends Node, Located permits TypeVar, ParamSpec, TypeVarTuple {}

    // ---- simple sum types: dumped as "Name()" ----------------------------------------------

    public enum ExprContext { Load, Store, Del }

    public enum BoolOpType { And, Or }

    public enum OperatorType { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

    public enum UnaryOpType { Invert, Not, UAdd, USub }

    public enum CmpOpType { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

    // ---- mod -----------------------------------------------------------------------------------

    public record Module(java.util.List<Stmt> body, java.util.List<TypeIgnore> type_ignores) implements Mod {}
    public record Interactive(java.util.List<Stmt> body) implements Mod {}
    public record Expression(Expr body) implements Mod {}
    public record FunctionType(java.util.List<Expr> argtypes, Expr returns) implements Mod {}

    // ---- stmt ----------------------------------------------------------------------------------

    public record FunctionDef(String name, Arguments args, java.util.List<Stmt> body,
            java.util.List<Expr> decorator_list, Expr returns, String type_comment,
            java.util.List<TypeParam> type_params,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record AsyncFunctionDef(String name, Arguments args, java.util.List<Stmt> body,
            java.util.List<Expr> decorator_list, Expr returns, String type_comment,
            java.util.List<TypeParam> type_params,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record ClassDef(String name, java.util.List<Expr> bases, java.util.List<Keyword> keywords,
            java.util.List<Stmt> body, java.util.List<Expr> decorator_list,
            java.util.List<TypeParam> type_params,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Return(Expr value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Delete(java.util.List<Expr> targets,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Assign(java.util.List<Expr> targets, Expr value, String type_comment,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record TypeAlias(Expr name, java.util.List<TypeParam> type_params, Expr value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record AugAssign(Expr target, OperatorType op, Expr value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    /** {@code simple} is 1 for a plain name target not in parentheses, else 0. */
    public record AnnAssign(Expr target, Expr annotation, Expr value, int simple,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record For(Expr target, Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse,
            String type_comment,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record AsyncFor(Expr target, Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse,
            String type_comment,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record While(Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record If(Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record With(java.util.List<WithItem> items, java.util.List<Stmt> body, String type_comment,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record AsyncWith(java.util.List<WithItem> items, java.util.List<Stmt> body, String type_comment,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Match(Expr subject, java.util.List<MatchCase> cases,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Raise(Expr exc, Expr cause,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Try(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers,
            java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record TryStar(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers,
            java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Assert(Expr test, Expr msg,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Import(java.util.List<Alias> names,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    /** {@code level} is never absent when produced by the parser (0 for absolute imports). */
    public record ImportFrom(String module, java.util.List<Alias> names, Integer level,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Global(java.util.List<String> names,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Nonlocal(java.util.List<String> names,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    /** Python's {@code ast.Expr}: an expression used as a statement. */
    public record ExprStmt(Expr value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Pass(int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Break(int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}
    public record Continue(int lineno, int col_offset, int end_lineno, int end_col_offset) implements Stmt {}

    // ---- expr ----------------------------------------------------------------------------------

    public record BoolOp(BoolOpType op, java.util.List<Expr> values,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record NamedExpr(Expr target, Expr value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record BinOp(Expr left, OperatorType op, Expr right,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record UnaryOp(UnaryOpType op, Expr operand,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record Lambda(Arguments args, Expr body,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record IfExp(Expr test, Expr body, Expr orelse,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    /** A {@code null} key stands for {@code **value} unpacking, as in CPython. */
    public record Dict(java.util.List<Expr> keys, java.util.List<Expr> values,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record Set(java.util.List<Expr> elts,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record ListComp(Expr elt, java.util.List<Comprehension> generators,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record SetComp(Expr elt, java.util.List<Comprehension> generators,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record GeneratorExp(Expr elt, java.util.List<Comprehension> generators,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record Await(Expr value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record Yield(Expr value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record YieldFrom(Expr value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record Compare(Expr left, java.util.List<CmpOpType> ops, java.util.List<Expr> comparators,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    /** {@code conversion} is -1 (none) or the code point of 's', 'r' or 'a'. */
    public record FormattedValue(Expr value, int conversion, Expr format_spec,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    /** PEP 750: one replacement field of a t-string; {@code str} is the expression's source text. */
    public record Interpolation(Expr value, String str, int conversion, Expr format_spec,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record JoinedStr(java.util.List<Expr> values,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record TemplateStr(java.util.List<Expr> values,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    /** {@code kind} is "u" for a {@code u''} literal, else null. See the class comment for values. */
    public record Constant(Object value, String kind,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record Attribute(Expr value, String attr, ExprContext ctx,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record Subscript(Expr value, Expr slice, ExprContext ctx,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record Starred(Expr value, ExprContext ctx,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record Name(String id, ExprContext ctx,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record List(java.util.List<Expr> elts, ExprContext ctx,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record Tuple(java.util.List<Expr> elts, ExprContext ctx,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}
    public record Slice(Expr lower, Expr upper, Expr step,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Expr {}

    // ---- product types -------------------------------------------------------------------------

    public record Comprehension(Expr target, Expr iter, java.util.List<Expr> ifs, int is_async) implements Node {}

    public record ExceptHandler(Expr type, String name, java.util.List<Stmt> body,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Node, Located {}

    public record Arguments(java.util.List<Arg> posonlyargs, java.util.List<Arg> args, Arg vararg,
            java.util.List<Arg> kwonlyargs, java.util.List<Expr> kw_defaults, Arg kwarg,
            java.util.List<Expr> defaults) implements Node {}

    public record Arg(String arg, Expr annotation, String type_comment,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Node, Located {}

    /** {@code arg} is null for {@code **kwargs} unpacking. */
    public record Keyword(String arg, Expr value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Node, Located {}

    public record Alias(String name, String asname,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Node, Located {}

    public record WithItem(Expr context_expr, Expr optional_vars) implements Node {}

    public record MatchCase(Pattern pattern, Expr guard, java.util.List<Stmt> body) implements Node {}

    public record TypeIgnore(int lineno, String tag) implements Node {}

    // ---- pattern -------------------------------------------------------------------------------

    public record MatchValue(Expr value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    public record MatchSingleton(Object value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    public record MatchSequence(java.util.List<Pattern> patterns,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    public record MatchMapping(java.util.List<Expr> keys, java.util.List<Pattern> patterns, String rest,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    public record MatchClass(Expr cls, java.util.List<Pattern> patterns, java.util.List<String> kwd_attrs,
            java.util.List<Pattern> kwd_patterns,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    public record MatchStar(String name,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    public record MatchAs(Pattern pattern, String name,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}
    public record MatchOr(java.util.List<Pattern> patterns,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements Pattern {}

    // ---- type_param (PEP 695/696) --------------------------------------------------------------

    public record TypeVar(String name, Expr bound, Expr default_value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements TypeParam {}
    public record ParamSpec(String name, Expr default_value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements TypeParam {}
    public record TypeVarTuple(String name, Expr default_value,
            int lineno, int col_offset, int end_lineno, int end_col_offset) implements TypeParam {}

    // ---- constant values -----------------------------------------------------------------------

    /** Python's None as a constant value (distinct from Java null, which means "field absent"). */
    public static final Object NONE = new Singleton("None");
    /** Python's Ellipsis ({@code ...}) as a constant value. */
    public static final Object ELLIPSIS = new Singleton("Ellipsis");

    /** None and Ellipsis; {@code toString} is the Python repr. */
    public record Singleton(String repr) {
        @Override public String toString() { return repr; }
    }

    /** A bytes constant; equality is by content. */
    public record Bytes(byte[] value) {
        @Override public boolean equals(Object o) { return o instanceof Bytes b && Arrays.equals(value, b.value); }
        @Override public int hashCode() { return Arrays.hashCode(value); }
        @Override public String toString() { return "Bytes" + Arrays.toString(value); }
    }

    /** An imaginary literal such as {@code 2j}: a complex constant with real part 0. */
    public record Imaginary(double imag) {}

    /** The Python class name of a node, e.g. {@code Expr} for {@link ExprStmt}, {@code arguments} for {@link Arguments}. */
    public static String pythonName(Node node) {
        return pythonName(node.getClass());
    }

    /**
     * The Python class name of a node class: the Java name except for {@link ExprStmt} and the
     * product types, which CPython spells in lower case ({@code arguments}, {@code match_case} ...).
     */
    public static String pythonName(Class<? extends Node> nodeClass) {
        if (nodeClass == ExprStmt.class) return "Expr";
        if (nodeClass == Comprehension.class) return "comprehension";
        if (nodeClass == Arguments.class) return "arguments";
        if (nodeClass == Arg.class) return "arg";
        if (nodeClass == Keyword.class) return "keyword";
        if (nodeClass == Alias.class) return "alias";
        if (nodeClass == WithItem.class) return "withitem";
        if (nodeClass == MatchCase.class) return "match_case";
        return nodeClass.getSimpleName();
    }

    /** An int constant: Long when it fits, else BigInteger (the representation {@link Constant} uses). */
    public static Object intValue(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }
}
