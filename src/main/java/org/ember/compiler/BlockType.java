package org.ember.compiler;

/** The kinds of symbol-table blocks; {@link #pythonName} is what {@code symtable.get_type()} shows. */
public enum BlockType {
    FUNCTION("function"),
    CLASS("class"),
    MODULE("module"),
    /** PEP 649 {@code __annotate__} functions. */
    ANNOTATION("annotation"),
    /** The lazily evaluated value of a {@code type X = ...} statement. */
    TYPE_ALIAS("type alias"),
    /** The scope that holds the type parameters of a generic function, class or alias. */
    TYPE_PARAMETERS("type parameters"),
    /** The lazily evaluated bound, constraints or default of one type parameter. */
    TYPE_VARIABLE("type variable");

    private final String pythonName;

    BlockType(String pythonName) { this.pythonName = pythonName; }

    public String pythonName() { return pythonName; }

    /** CPython's {@code _PyST_IsFunctionLike}: blocks compiled to their own code object with fast locals. */
    public boolean isFunctionLike() {
        return this != CLASS && this != MODULE;
    }
}
