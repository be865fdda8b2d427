package org.ember.compiler;

import static org.ember.compiler.SymbolFlags.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ember.parser.ParseError;

/**
 * The second pass (CPython's {@code analyze_block}): decides for every name of every block
 * whether it is LOCAL, CELL, FREE, GLOBAL_EXPLICIT or GLOBAL_IMPLICIT, inlines list/set/dict
 * comprehensions into their enclosing block (PEP 709), and reports the errors that need the
 * whole tree (nonlocal without binding, global and nonlocal at once).
 *
 * <p>Walking down, each block receives the names bound in enclosing function scopes
 * ({@code bound}), the explicitly global names ({@code global}) and the type parameters in
 * scope; walking back up, it reports the names its nested blocks need from outside
 * ({@code free}), which turns matching locals into cells.
 */
final class ScopeAnalyzer {
    private final String filename;

    ScopeAnalyzer(String filename) {
        this.filename = filename;
    }

    void analyze(Block top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new Inherited(Set.of()), new Inherited(Set.of()), null);
    }

    /**
     * A set a block receives from its parent (bound, global or type-parameter names). CPython
     * gives every child block its own copies; most children never change them, so the copy is
     * made at the first change instead (siblings and the parent never see a child's changes).
     */
    private static final class Inherited {
        private Set<String> names;
        private boolean owned;

        Inherited(Set<String> shared) {
            names = shared;
        }

        boolean contains(String name) {
            return names.contains(name);
        }

        void add(String name) {
            if (names.contains(name)) return;
            own();
            names.add(name);
        }

        void remove(String name) {
            if (!names.contains(name)) return;
            own();
            names.remove(name);
        }

        private void own() {
            if (!owned) {
                names = new HashSet<>(names);
                owned = true;
            }
        }

        /** The current names, to be handed on read-only (a child wraps them in its own Inherited). */
        Set<String> view() {
            return names;
        }
    }

    private void analyzeBlock(Block block, Inherited bound, Set<String> free, Inherited global,
                              Inherited typeParams, Block classEntry) {
        // Only the free names are ever iterated in an order that shows (they become symbols in
        // that order); the other sets and the scopes are only looked up, so they need no links.
        // a function's locals are bound for its children; module and class names are not
        Set<String> local = block.type.isFunctionLike() ? HashSet.newHashSet(block.symbols.size()) : null;
        // sized once: every symbol gets a scope (growing from 16 by doubling showed in allocation profiles)
        Map<String, NameScope> scopes = HashMap.newHashMap(block.symbols.size());
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> inlinedCells = new HashSet<>();

        boolean isClass = block.type == BlockType.CLASS;
        // class bindings are invisible to nested functions: pass down only what came in (the
        // incoming sets as they are before this block's names change its copies)
        Set<String> classGlobal = isClass ? global.view() : null;
        Set<String> classBound = isClass && bound != null ? bound.view() : null;
        for (Map.Entry<String, Integer> symbol : block.symbols.entrySet()) {
            analyzeName(block, scopes, symbol.getKey(), symbol.getValue(), bound, local, free, global,
                    typeParams, classEntry);
        }
        Set<String> newBound;
        Set<String> newGlobal;
        if (!isClass) {
            if (block.type.isFunctionLike()) {
                newBound = local;   // no longer needed as the block's own locals below
                if (bound != null) newBound.addAll(bound.view());
            } else {
                newBound = bound != null ? bound.view() : Set.of();
            }
            newGlobal = global.view();
        } else {
            newBound = classBound != null ? new HashSet<>(classBound) : new HashSet<>();
            // the implicit cells a class provides to its methods and annotation scopes
            newBound.add("__class__");
            newBound.add("__classdict__");
            newBound.add("__conditional_annotations__");
            newGlobal = classGlobal;
        }

        for (Block child : List.copyOf(block.children)) {
            Block childClassEntry = null;
            if (child.canSeeClassScope) {
                childClassEntry = isClass ? block : classEntry;
            }
            // every comprehension but a generator expression is inlined, except inside
            // annotation scopes that can see a class scope
            boolean inline = child.comprehension != ComprehensionKind.NONE && !child.generator
                    && !block.canSeeClassScope;
            // CPython starts the child's free set as a copy of newFree; the child only adds to
            // it (and removes only names it added), so starting empty gives the same union
            Set<String> childFree = new LinkedHashSet<>();
            analyzeBlock(child, new Inherited(newBound), childFree, new Inherited(newGlobal),
                    new Inherited(typeParams.view()), childClassEntry);
            if (inline) {
                inlineComprehension(block, child, scopes, childFree, inlinedCells);
                child.compInlined = true;
            }
            newFree.addAll(childFree);
        }
        spliceInlinedChildren(block);

        if (block.type.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (isClass) {
            dropClassFree(block, newFree);
        }
        updateSymbols(block.symbols, scopes, bound == null ? null : bound.view(), newFree, inlinedCells,
                isClass || block.canSeeClassScope);
        free.addAll(newFree);
    }

    private void analyzeName(Block block, Map<String, NameScope> scopes, String name, int flags,
                             Inherited bound, Set<String> local, Set<String> free, Inherited global,
                             Inherited typeParams, Block classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(block, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, NameScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(block, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(block, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(block, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, NameScope.FREE);
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, NameScope.LOCAL);
            if (local != null) local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // In a scope that can see a class namespace, a name bound by the class is looked up in
        // the class dict and then globals, never in an outer function.
        if (classEntry != null) {
            int classFlags = classEntry.flags(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, NameScope.GLOBAL_EXPLICIT);
                return;
            }
            if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, NameScope.GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, NameScope.FREE);
            free.add(name);
            return;
        }
        scopes.put(name, NameScope.GLOBAL_IMPLICIT);
    }

    /** PEP 709: merges an inlined comprehension's names into the enclosing block. */
    private void inlineComprehension(Block block, Block comp, Map<String, NameScope> scopes,
                                     Set<String> compFree, Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> symbol : comp.symbols.entrySet()) {
            String name = symbol.getKey();
            int compFlags = symbol.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue; // the implicit ".0"
            }
            NameScope scope = NameScope.ofFlags(compFlags);
            int onlyFlags = compFlags & FLAG_BITS;
            if (scope == NameScope.CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(name);
            }
            Integer existing = block.symbols.get(name);
            // __class__ is never free through a class scope
            if (scope == NameScope.FREE && block.type == BlockType.CLASS && name.equals("__class__")) {
                scope = NameScope.GLOBAL_IMPLICIT;
                compFree.remove(name);
                removeDunderClass = true;
            }
            if (existing == null) {
                block.symbols.put(name, onlyFlags);
                scopes.put(name, scope);
            } else if ((existing & DEF_BOUND) != 0 && block.type != BlockType.CLASS
                    && !isFreeInAnyChild(comp, name)) {
                // a free name of the comprehension that is local outside is now just local
                compFree.remove(name);
            }
        }
        if (removeDunderClass) {
            comp.symbols.remove("__class__");
        }
    }

    private static boolean isFreeInAnyChild(Block comp, String name) {
        for (Block child : comp.children) {
            if (child.scope(name) == NameScope.FREE) return true;
        }
        return false;
    }

    private static void spliceInlinedChildren(Block block) {
        for (int i = block.children.size() - 1; i >= 0; i--) {
            Block child = block.children.get(i);
            if (child.compInlined) {
                block.children.remove(i);
                block.children.addAll(i, child.children);
            }
        }
    }

    /** Locals that nested blocks need become cells, and stop being free further out. */
    private static void analyzeCells(Map<String, NameScope> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, NameScope> entry : scopes.entrySet()) {
            if (entry.getValue() != NameScope.LOCAL) continue;
            String name = entry.getKey();
            if (free.contains(name) || inlinedCells.contains(name)) {
                entry.setValue(NameScope.CELL);
                free.remove(name);
            }
        }
    }

    /** A class supplies __class__, __classdict__ and __conditional_annotations__ itself. */
    private static void dropClassFree(Block block, Set<String> free) {
        if (free.remove("__class__")) block.needsClassClosure = true;
        if (free.remove("__classdict__")) block.needsClassDict = true;
        if (free.remove("__conditional_annotations__")) block.hasConditionalAnnotations = true;
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, NameScope> scopes,
                                      Set<String> bound, Set<String> free, Set<String> inlinedCells,
                                      boolean classFlag) {
        for (Map.Entry<String, Integer> symbol : symbols.entrySet()) {
            int flags = symbol.getValue();
            if (inlinedCells.contains(symbol.getKey())) {
                flags |= DEF_COMP_CELL;
            }
            NameScope scope = scopes.get(symbol.getKey());
            symbol.setValue(flags | (scope.value() << SCOPE_OFFSET));
        }
        // names free in nested blocks but unknown here pass through as free
        for (String name : free) {
            Integer flags = symbols.get(name);
            if (flags != null) {
                // a class-level name that a method also needs from an outer function
                if (classFlag) symbols.put(name, flags | DEF_FREE_CLASS);
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            symbols.put(name, NameScope.FREE.value() << SCOPE_OFFSET);
        }
    }

    private ParseError errorAtDirective(Block block, String name, String msg) {
        Location loc = block.directives.get(name);
        if (loc == null) {
            // CPython reports "BUG: internal directive bookkeeping broken" here; it cannot happen
            // because every global/nonlocal flag is recorded with its statement.
            loc = block.location;
        }
        return BlockStack.syntaxError(msg, filename, loc);
    }
}
