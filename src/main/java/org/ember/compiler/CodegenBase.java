package org.ember.compiler;

import java.util.ArrayDeque;
import java.util.Deque;

import org.ember.bytecode.Opcode;
import org.ember.bytecode.Oparg;
import org.ember.parser.Ast;
import org.ember.parser.ParseError;

/**
 * Shared state and emission helpers of the code generator: the stack of units being generated,
 * instruction emission, constants, names (CPython's compiler_nameop) and compile-time errors.
 */
abstract class CodegenBase {
    /** CPython's STACK_USE_GUIDELINE: above this many items, collections and calls are built piecewise. */
    static final int STACK_USE_GUIDELINE = 30;

    final SymbolTable symbols;
    final String filename;
    final int optimize;
    final Deque<CodegenUnit> units = new ArrayDeque<>();
    CodegenUnit unit;
    /** The SyntaxWarnings issued so far, in order (each with the SyntaxError -W error gives instead). */
    final java.util.List<org.ember.parser.Tokenizer.Warning> warnings = new java.util.ArrayList<>();
    /** Compiling an Interactive module (the REPL): top-level expression statements print their value. */
    boolean interactive;

    CodegenBase(SymbolTable symbols, String filename, int optimize) {
        this.symbols = symbols;
        this.filename = filename;
        this.optimize = optimize;
    }

    // ---- emission ------------------------------------------------------------------------------

    final void op(int opcode, Location loc) {
        unit.seq.addOp(opcode, 0, loc);
    }

    final void op(int opcode, int oparg, Location loc) {
        unit.seq.addOp(opcode, oparg, loc);
    }

    final void jump(int opcode, Label target, Location loc) {
        unit.seq.addJump(opcode, target, loc);
    }

    final Label newLabel() {
        return unit.seq.newLabel();
    }

    final void place(Label label) {
        unit.seq.useLabel(label);
    }

    final void loadConst(Object value, Location loc) {
        op(Opcode.LOAD_CONST, unit.addConst(value), loc);
    }

    /** The node of the last {@link #loc} call and its Location: a node's range is asked for repeatedly. */
    private Ast.Located lastLocNode;
    private Location lastLoc;

    final Location loc(Ast.Located node) {
        if (node != lastLocNode) {
            lastLoc = Location.of(node);
            lastLocNode = node;
        }
        return lastLoc;
    }

    // ---- errors --------------------------------------------------------------------------------

    /** A SyntaxWarning at {@code node} (nothing when {@code message} is null). */
    final void warn(String message, Ast.Located node) {
        if (message != null) warnings.add(new org.ember.parser.Tokenizer.Warning(message, node.lineno(), error(message, node)));
    }

    /** A SyntaxError at a node, positioned as CPython reports codegen errors (columns + 1, no text). */
    final ParseError error(String message, Ast.Located node) {
        return error(message, loc(node));
    }

    final ParseError error(String message, Location where) {
        return new ParseError(ParseError.Kind.SyntaxError, message, filename, where.lineno(),
                where.colOffset() + 1, where.endLineno(), where.endColOffset() + 1, null, true);
    }

    // ---- names ---------------------------------------------------------------------------------

    final String mangle(String name) {
        return unit.block.mangle(unit.privateName, name);
    }

    enum Ctx { LOAD, STORE, DEL }

    static Ctx ctx(Ast.ExprContext context) {
        return switch (context) {
            case Load -> Ctx.LOAD;
            case Store -> Ctx.STORE;
            case Del -> Ctx.DEL;
        };
    }

    /** CPython's compiler_nameop: choose FAST/DEREF/GLOBAL/NAME and emit the access. */
    final void nameOp(String name, Ctx ctx, Location loc) {
        String mangled = mangle(name);
        Block block = unit.block;
        NameScope scope = NameScope.ofFlags(unit.flags(mangled));
        NameOp kind = switch (scope) {
            case FREE, CELL -> NameOp.DEREF;
            case LOCAL -> block.isFunctionLike() || unit.fastHidden.contains(mangled) ? NameOp.FAST : NameOp.NAME;
            // a comprehension inlined into a class body does not see the class namespace (it did
            // not when it was a function): its global names load with LOAD_GLOBAL, as CPython's
            case GLOBAL_IMPLICIT -> block.isFunctionLike() || unit.inlinedDepth > 0 && block.type() == BlockType.CLASS
                    ? NameOp.GLOBAL : NameOp.NAME;
            case GLOBAL_EXPLICIT -> NameOp.GLOBAL;
            case NONE -> NameOp.NAME;
        };
        switch (kind) {
            case DEREF -> derefOp(mangled, scope, ctx, loc);
            case FAST -> {
                int index = unit.addVarname(mangled);
                op(switch (ctx) {
                    case LOAD -> Opcode.LOAD_FAST;
                    case STORE -> Opcode.STORE_FAST;
                    case DEL -> Opcode.DELETE_FAST;
                }, index, loc);
            }
            case GLOBAL -> {
                int index = unit.addName(mangled);
                if (ctx == Ctx.LOAD && block.canSeeClassScope() && scope == NameScope.GLOBAL_IMPLICIT) {
                    op(Opcode.LOAD_DEREF, unit.derefIndex("__classdict__"), loc);
                    op(Opcode.LOAD_FROM_DICT_OR_GLOBALS, index, loc);
                    return;
                }
                switch (ctx) {
                    case LOAD -> op(Opcode.LOAD_GLOBAL, Oparg.loadGlobal(index, false), loc);
                    case STORE -> op(Opcode.STORE_GLOBAL, index, loc);
                    case DEL -> op(Opcode.DELETE_GLOBAL, index, loc);
                }
            }
            case NAME -> {
                int index = unit.addName(mangled);
                op(switch (ctx) {
                    case LOAD -> Opcode.LOAD_NAME;
                    case STORE -> Opcode.STORE_NAME;
                    case DEL -> Opcode.DELETE_NAME;
                }, index, loc);
            }
        }
    }

    private void derefOp(String mangled, NameScope scope, Ctx ctx, Location loc) {
        int index = unit.derefIndex(mangled);
        Block block = unit.block;
        if (ctx == Ctx.LOAD) {
            if (scope == NameScope.FREE && block.type() == BlockType.CLASS && unit.inlinedDepth == 0) {
                op(Opcode.LOAD_LOCALS, loc);
                op(Opcode.LOAD_FROM_DICT_OR_DEREF, index, loc);
            } else if (block.canSeeClassScope()) {
                op(Opcode.LOAD_DEREF, unit.derefIndex("__classdict__"), loc);
                op(Opcode.LOAD_FROM_DICT_OR_DEREF, index, loc);
            } else {
                op(Opcode.LOAD_DEREF, index, loc);
            }
            return;
        }
        op(ctx == Ctx.STORE ? Opcode.STORE_DEREF : Opcode.DELETE_DEREF, index, loc);
    }
}
