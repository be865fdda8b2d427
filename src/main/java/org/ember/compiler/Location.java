package org.ember.compiler;

import org.ember.parser.Ast;

/** A source range as the AST has it: 1-based lines, 0-based UTF-8 byte columns. */
public record Location(int lineno, int colOffset, int endLineno, int endColOffset) {
    public static final Location NONE = new Location(0, 0, 0, 0);

    public static Location of(Ast.Located node) {
        return new Location(node.lineno(), node.col_offset(), node.end_lineno(), node.end_col_offset());
    }
}
