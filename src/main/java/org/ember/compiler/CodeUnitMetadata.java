package org.ember.compiler;

import java.util.List;
import java.util.Set;

/**
 * What the code generator knows about a code unit besides its instructions (CPython's
 * _PyCompile_CodeUnitMetadata).
 *
 * @param name co_name
 * @param qualname co_qualname
 * @param filename co_filename
 * @param flags co_flags (CO_GENERATOR etc. decide the generator prefix)
 * @param argcount positional parameters, positional-only included
 * @param posonlyargcount positional-only parameters
 * @param kwonlyargcount keyword-only parameters
 * @param firstLineno co_firstlineno
 * @param names co_names in index order
 * @param varnames fast locals in index order, parameters first
 * @param cellvars cell variables in the order the code generator numbered them (cell index i)
 * @param freevars free variables, numbered after the cells
 * @param hiddenLocals locals of inlined comprehensions (CO_FAST_HIDDEN)
 */
public record CodeUnitMetadata(
        String name, String qualname, String filename, int flags,
        int argcount, int posonlyargcount, int kwonlyargcount, int firstLineno,
        List<String> names, List<String> varnames, List<String> cellvars, List<String> freevars,
        Set<String> hiddenLocals) {

    /** CO_VARARGS, CO_VARKEYWORDS */
    static final int VARARGS = 0x4;
    static final int VARKEYWORDS = 0x8;

    public CodeUnitMetadata {
        names = List.copyOf(names);
        varnames = List.copyOf(varnames);
        cellvars = List.copyOf(cellvars);
        freevars = List.copyOf(freevars);
        hiddenLocals = Set.copyOf(hiddenLocals);
    }

    /** Parameters (including *args and **kwargs): they start bound. */
    int parameterCount() {
        int count = argcount + kwonlyargcount;
        if ((flags & VARARGS) != 0) count++;
        if ((flags & VARKEYWORDS) != 0) count++;
        return count;
    }
}
