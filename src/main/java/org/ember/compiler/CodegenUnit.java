package org.ember.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ember.parser.Ast;

/**
 * The code generator's state for one code unit (CPython's compiler_unit): its block, the
 * instruction sequence, constants and names numbered in first-use order, the frame-block stack
 * used by break/continue/return, and the units nested in it in creation order.
 */
final class CodegenUnit {
    /** A nested code object as a constant; identity equality, replaced by its RawCode when assembled. */
    static final class CodeConst {
        final CodegenUnit unit;
        CodeConst(CodegenUnit unit) { this.unit = unit; }
    }

    /** CPython's fblockinfo: what break/continue/return must unwind. */
    enum FBlockType {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
        ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION
    }

    record FBlock(FBlockType type, Label block, Label exit, Object datum, Location loc) {}

    /** This unit as a constant of its parent (one object, so loading it twice reuses the index). */
    final CodeConst asConst = new CodeConst(this);
    final Block block;
    final String name;
    final String qualname;
    final int firstLineno;
    final String privateName;
    InstructionSequence seq = new InstructionSequence();
    /** The finished code object once {@link Compiler#assemble} has run (the sequence is used up then). */
    org.ember.bytecode.RawCode assembled;
    final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    final NameIndex names = new NameIndex();
    final NameIndex varnames = new NameIndex();
    final List<String> cellvars;
    final List<String> freevars;
    final Deque<FBlock> fblocks = new ArrayDeque<>(4);
    final List<CodegenUnit> children = new ArrayList<>();
    int flags;
    /** Comprehension units already generated for an AST node (identity), reused when compiled twice. */
    final Map<Ast.Expr, CodegenUnit> compiledGenexps = new java.util.IdentityHashMap<>(4);   // small: the default table has 64 slots
    /** Simple-name annotations of a module or class body, compiled into its __annotate__ at the end. */
    final List<Ast.AnnAssign> deferredAnnotations = new ArrayList<>();
    /** Per deferred annotation: its index in __conditional_annotations__, or null if unconditional. */
    final List<Integer> conditionalIndexes = new ArrayList<>();
    /** Depth of if/for/while/try/with/match bodies being generated (annotations there are conditional). */
    int conditionalDepth;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    /** How many inlined comprehensions are being generated into this unit. */
    int inlinedDepth;
    /** Symbol flags of names an inlined comprehension sees differently from the enclosing block. */
    final Map<String, Integer> overriddenFlags = new HashMap<>();
    /** Names of a module/class unit that currently use fast locals (inlined comprehension variables). */
    final java.util.Set<String> fastHidden = new java.util.HashSet<>();
    /** Every name ever fast-hidden (CO_FAST_HIDDEN in the final code object). */
    final java.util.Set<String> everHidden = new java.util.LinkedHashSet<>();
    /** Class units: attribute names assigned as self.x in methods (sorted into __static_attributes__). */
    final java.util.TreeSet<String> staticAttributes = new java.util.TreeSet<>();

    CodegenUnit(Block block, String name, String qualname, int firstLineno, String privateName) {
        this.block = block;
        this.name = name;
        this.qualname = qualname;
        this.firstLineno = firstLineno;
        this.privateName = privateName;
        for (String parameter : block.parameters()) varnames.indexOf(parameter);
        this.cellvars = block.cellvars();
        this.freevars = block.freevars();
    }

    /** The index of a constant, added on first use (equal values of different types stay distinct). */
    int addConst(Object value) {
        Integer index = constIndex.get(value);
        if (index != null) return index;
        consts.add(value);
        constIndex.put(value, consts.size() - 1);
        return consts.size() - 1;
    }

    /** The symbol flags of a name as the code being generated sees it. */
    int flags(String name) {
        Integer overridden = overriddenFlags.isEmpty() ? null : overriddenFlags.get(name);
        return overridden != null ? overridden : block.flags(name);
    }

    int addName(String name) {
        return names.indexOf(name);
    }

    int addVarname(String name) {
        return varnames.indexOf(name);
    }

    /**
     * Names numbered in first-use order (co_names, co_varnames): a hash index plus the list in
     * order, which becomes the code object's tuple without walking a linked map.
     */
    static final class NameIndex {
        private final HashMap<String, Integer> index = new HashMap<>();
        private final ArrayList<String> inOrder = new ArrayList<>();

        /** The name's index, added at the end on first use. */
        int indexOf(String name) {
            Integer known = index.get(name);
            if (known != null) return known;
            int next = inOrder.size();
            index.put(name, next);
            inOrder.add(name);
            return next;
        }

        String first() {
            return inOrder.get(0);
        }

        void clear() {
            index.clear();
            inOrder.clear();
        }

        /** The names in index order (a live view: copy it to keep it). */
        List<String> list() {
            return inOrder;
        }
    }

    /** Cell/free index (cells first, then frees), -1 if the name is neither. */
    int derefIndex(String name) {
        int cell = cellvars.indexOf(name);
        if (cell >= 0) return cell;
        int free = freevars.indexOf(name);
        return free < 0 ? -1 : cellvars.size() + free;
    }
}
