package org.ember.compiler;

/** Which comprehension a function block implements, if any (CPython's {@code ste_comprehension}). */
public enum ComprehensionKind {
    NONE("", ""),
    LIST("listcomp", "list comprehension"),
    SET("setcomp", "set comprehension"),
    DICT("dictcomp", "dict comprehension"),
    GENERATOR("genexpr", "generator expression");

    /** The block's name ({@code <listcomp>} without brackets, as symtable shows it). */
    public final String blockName;
    /** As in the message "'yield' inside list comprehension". */
    public final String description;

    ComprehensionKind(String blockName, String description) {
        this.blockName = blockName;
        this.description = description;
    }
}
