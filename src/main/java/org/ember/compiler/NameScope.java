package org.ember.compiler;

/**
 * Where a name lives, as decided by the analysis pass; the numbers are CPython's
 * ({@code LOCAL}=1 … {@code CELL}=5), stored in a symbol's flags above {@link SymbolFlags#SCOPE_OFFSET}.
 */
public enum NameScope {
    /** No scope: the symbol table of this block was not analyzed (e.g. lazy annotations). */
    NONE,
    LOCAL,
    /** Declared {@code global}. */
    GLOBAL_EXPLICIT,
    /** Not bound in any enclosing function: a module global or a builtin. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function and reached through a closure cell. */
    FREE,
    /** Local here and captured by a nested block: stored in a cell. */
    CELL;

    public int value() { return ordinal(); }

    /** values() copies the array on every call; this runs for every name the compiler emits. */
    private static final NameScope[] BY_VALUE = values();

    public static NameScope ofFlags(int flags) {
        return BY_VALUE[SymbolFlags.scopeBits(flags)];
    }
}
