package org.ember.compiler;

/**
 * The bits CPython 3.14 keeps per name in a block's symbol dictionary, with the same values as
 * {@code _symtable} exposes them, so that dumps compare number for number.
 *
 * <p>The low 12 bits say how the name occurs in the block (assigned, used, declared global…);
 * after analysis the resolved {@link NameScope} is stored above {@link #SCOPE_OFFSET}.
 */
public final class SymbolFlags {
    private SymbolFlags() {}

    /** Declared {@code global} (or the module-level target of a walrus in a comprehension). */
    public static final int DEF_GLOBAL = 1;
    /** Assigned in this block (also del, for targets, with/except/match captures, def/class). */
    public static final int DEF_LOCAL = 2;
    /** A parameter of this block. */
    public static final int DEF_PARAM = 4;
    /** Declared {@code nonlocal}. */
    public static final int DEF_NONLOCAL = 8;
    /** Read in this block. */
    public static final int USE = 16;
    /** A class-scope name that is also free in a nested function (the class's methods need it). */
    public static final int DEF_FREE_CLASS = 64;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 128;
    /** The target of a simple annotated assignment. */
    public static final int DEF_ANNOT = 256;
    /** An iteration variable of a comprehension. */
    public static final int DEF_COMP_ITER = 512;
    /** A PEP 695 type parameter. */
    public static final int DEF_TYPE_PARAM = 1024;
    /** A name that is a cell inside a comprehension inlined into this block (PEP 709). */
    public static final int DEF_COMP_CELL = 2048;

    /** Any kind of binding that makes a name local. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** The resolved scope is stored at {@code flags >> SCOPE_OFFSET}. */
    public static final int SCOPE_OFFSET = 12;
    public static final int SCOPE_MASK = 0xF;
    /** The bits below the scope. */
    public static final int FLAG_BITS = (1 << SCOPE_OFFSET) - 1;

    /** The scope part of a symbol's flags (0 when the block was never analyzed). */
    public static int scopeBits(int flags) {
        return (flags >> SCOPE_OFFSET) & SCOPE_MASK;
    }
}
