package org.ember.compiler;

/** How the code generator loads and stores a name in a given block. */
public enum NameOp {
    /** LOAD_FAST / STORE_FAST: a plain local of a function-like block. */
    FAST,
    /** LOAD_DEREF / STORE_DEREF: a cell or free variable. */
    DEREF,
    /** LOAD_GLOBAL / STORE_GLOBAL. */
    GLOBAL,
    /** LOAD_NAME / STORE_NAME: module and class bodies look names up at run time. */
    NAME
}
