package org.ember.compiler;

import org.ember.parser.Ast;

/**
 * A source position, in CPython's {@code _Py_SourceLocation} order: lines 1-based, columns 0-based
 * UTF-8 byte offsets, -1 for "unknown". Shared by the symbol table (where a scope or error is) and
 * the back end (where an instruction comes from).
 *
 * <p>{@link #NO_LOCATION} marks compiler-made instructions that belong to no line;
 * {@link #NEXT_LOCATION} (all -2) means "take the next instruction's location", resolved by the
 * assembler; {@link #NONE} (all 0) is the module block's position in the symbol table.
 */
public record Location(int lineno, int endLineno, int colOffset, int endColOffset) implements Ast.Located {
    public static final Location NO_LOCATION = new Location(-1, -1, -1, -1);
    public static final Location NEXT_LOCATION = new Location(-2, -2, -2, -2);
    public static final Location NONE = new Location(0, 0, 0, 0);

    /** The range an AST node covers. */
    public static Location of(Ast.Located node) {
        // The commonest nodes first, with exact types: four calls through the Located interface
        // on one of ~60 record classes are megamorphic, and this runs for every expression.
        if (node instanceof Ast.Name n) return new Location(n.lineno(), n.end_lineno(), n.col_offset(), n.end_col_offset());
        if (node instanceof Ast.Attribute a) return new Location(a.lineno(), a.end_lineno(), a.col_offset(), a.end_col_offset());
        if (node instanceof Ast.Constant c) return new Location(c.lineno(), c.end_lineno(), c.col_offset(), c.end_col_offset());
        if (node instanceof Ast.Call c) return new Location(c.lineno(), c.end_lineno(), c.col_offset(), c.end_col_offset());
        if (node instanceof Location l) return l;
        return ofOther(node);
    }

    /**
     * The next commonest kinds (counted over Lib: statements, parameters, keywords, operators),
     * each an exact-type test of a final class, before the megamorphic interface calls.
     */
    private static Location ofOther(Ast.Located node) {
        if (node instanceof Ast.ExprStmt s) return new Location(s.lineno(), s.end_lineno(), s.col_offset(), s.end_col_offset());
        if (node instanceof Ast.Assign s) return new Location(s.lineno(), s.end_lineno(), s.col_offset(), s.end_col_offset());
        if (node instanceof Ast.FunctionDef s) return new Location(s.lineno(), s.end_lineno(), s.col_offset(), s.end_col_offset());
        if (node instanceof Ast.Arg a) return new Location(a.lineno(), a.end_lineno(), a.col_offset(), a.end_col_offset());
        if (node instanceof Ast.Compare e) return new Location(e.lineno(), e.end_lineno(), e.col_offset(), e.end_col_offset());
        if (node instanceof Ast.Tuple e) return new Location(e.lineno(), e.end_lineno(), e.col_offset(), e.end_col_offset());
        if (node instanceof Ast.Keyword k) return new Location(k.lineno(), k.end_lineno(), k.col_offset(), k.end_col_offset());
        if (node instanceof Ast.If s) return new Location(s.lineno(), s.end_lineno(), s.col_offset(), s.end_col_offset());
        if (node instanceof Ast.BinOp e) return new Location(e.lineno(), e.end_lineno(), e.col_offset(), e.end_col_offset());
        if (node instanceof Ast.Subscript e) return new Location(e.lineno(), e.end_lineno(), e.col_offset(), e.end_col_offset());
        if (node instanceof Ast.Return s) return new Location(s.lineno(), s.end_lineno(), s.col_offset(), s.end_col_offset());
        return new Location(node.lineno(), node.end_lineno(), node.col_offset(), node.end_col_offset());
    }

    // the AST's names for the fields, so that a Location can stand where a node's range is expected

    @Override
    public int col_offset() {
        return colOffset;
    }

    @Override
    public int end_lineno() {
        return endLineno;
    }

    @Override
    public int end_col_offset() {
        return endColOffset;
    }

    /** True when the instruction has a line number (NO_LOCATION and NEXT_LOCATION do not). */
    public boolean hasLine() {
        return lineno >= 0;
    }
}
