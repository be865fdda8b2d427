package org.ember.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ember.bytecode.Opcode;
import org.ember.parser.Ast;

/**
 * Comprehensions: list/set/dict comprehensions inlined into their enclosing code (PEP 709) and
 * generator expressions (and comprehensions in annotation-like scopes) as nested code units.
 */
abstract class ComprehensionCodegen extends StatementCodegen {
    ComprehensionCodegen(SymbolTable symbols, String filename, int optimize) {
        super(symbols, filename, optimize);
    }

    abstract CodegenUnit enterComprehensionScope(String name, Block block, int firstLineno);

    abstract CodegenUnit finishComprehensionScope(Ast.Expr e, boolean generator);

    abstract void makeClosure(Location loc, CodegenUnit child, int flags);

    private record Parts(ComprehensionKind kind, String name, Ast.Expr elt, Ast.Expr value,
            List<Ast.Comprehension> generators) {}

    private static Parts parts(Ast.Expr e) {
        return switch (e) {
            case Ast.ListComp c -> new Parts(ComprehensionKind.LIST, "<listcomp>", c.elt(), null, c.generators());
            case Ast.SetComp c -> new Parts(ComprehensionKind.SET, "<setcomp>", c.elt(), null, c.generators());
            case Ast.DictComp c -> new Parts(ComprehensionKind.DICT, "<dictcomp>", c.key(), c.value(), c.generators());
            case Ast.GeneratorExp c -> new Parts(ComprehensionKind.GENERATOR, "<genexpr>", c.elt(), null, c.generators());
            default -> throw new IllegalArgumentException("not a comprehension");
        };
    }

    /** What inlining changed in the enclosing unit, undone afterwards. */
    private record InlinedState(Map<String, Integer> savedFlags, List<String> pushedLocals,
            List<String> fastHidden, Label cleanup) {}

    @Override
    final void comprehension(Ast.Expr e) {
        Parts parts = parts(e);
        Block block = symbols.blockFor(e);
        boolean inlined = block.isComprehensionInlined();
        boolean isAsync = block.isCoroutine();
        Location loc = loc(e);
        if (isAsync && parts.kind() != ComprehensionKind.GENERATOR && !unit.block.isCoroutine()
                && !inlinedAsyncAllowed()) {
            throw error("asynchronous comprehension outside of an asynchronous function", e);
        }
        Ast.Comprehension outermost = parts.generators().getFirst();
        InlinedState state = null;
        if (inlined) {
            visit(outermost.iter());
            op(outermost.is_async() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER, loc(outermost.iter()));
            state = pushInlinedState(loc, block);
        } else {
            CodegenUnit compiled = unit.compiledGenexps.get(e);
            if (compiled != null) {
                // all()/any()/tuple() compile their generator twice; CPython merges the equal code objects
                makeClosure(loc, compiled, 0);
                callComprehension(e, parts, outermost, isAsync, loc);
                return;
            }
            enterComprehensionScope(parts.name(), block, e.lineno());
        }
        int build = switch (parts.kind()) {
            case LIST -> Opcode.BUILD_LIST;
            case SET -> Opcode.BUILD_SET;
            case DICT -> Opcode.BUILD_MAP;
            default -> -1;
        };
        if (build >= 0) {
            op(build, 0, loc);
            if (inlined) op(Opcode.SWAP, 2, loc);
        }
        generator(loc, parts, 0, 0, inlined);
        if (inlined) {
            popInlinedState(loc, state);
            return;
        }
        CodegenUnit child = finishComprehensionScope(e, parts.kind() == ComprehensionKind.GENERATOR);
        unit.compiledGenexps.put(e, child);
        makeClosure(loc, child, 0);
        callComprehension(e, parts, outermost, isAsync, loc);
    }

    private void callComprehension(Ast.Expr e, Parts parts, Ast.Comprehension outermost, boolean isAsync, Location loc) {
        visit(outermost.iter());
        op(outermost.is_async() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER, loc(outermost.iter()));
        op(Opcode.CALL, 0, loc);
        if (isAsync && parts.kind() != ComprehensionKind.GENERATOR) {
            op(Opcode.GET_AWAITABLE, 0, loc);
            loadConst(Ast.NONE, loc);
            yieldFrom(loc, true);
        }
    }

    private boolean inlinedAsyncAllowed() {
        return unit.block.comprehension() != ComprehensionKind.NONE && unit.block.isCoroutine();
    }

    private void generator(Location loc, Parts parts, int index, int depth, boolean iterOnStack) {
        Ast.Comprehension gen = parts.generators().get(index);
        if (gen.is_async() != 0) asyncGenerator(loc, parts, index, depth, iterOnStack);
        else syncGenerator(loc, parts, index, depth, iterOnStack);
    }

    private void syncGenerator(Location loc, Parts parts, int index, int depth, boolean iterOnStack) {
        Label start = newLabel();
        Label ifCleanup = newLabel();
        Label anchor = newLabel();
        Ast.Comprehension gen = parts.generators().get(index);
        boolean loop = true;
        if (!iterOnStack) {
            if (index == 0) {
                op(Opcode.LOAD_FAST, 0, loc);
            } else {
                List<Ast.Expr> elts = switch (gen.iter()) {
                    case Ast.List l -> l.elts();
                    case Ast.Tuple t -> t.elts();
                    default -> List.of();
                };
                if (elts.size() == 1 && !(elts.getFirst() instanceof Ast.Starred)) {
                    visit(elts.getFirst());
                    loop = false;
                } else {
                    visit(gen.iter());
                    op(Opcode.GET_ITER, loc(gen.iter()));
                }
            }
        }
        if (loop) {
            depth++;
            place(start);
            jump(Opcode.FOR_ITER, anchor, loc(gen.iter()));
        }
        visit(gen.target());
        for (Ast.Expr condition : gen.ifs()) jumpIf(condition, ifCleanup, false);
        Location eltLoc = element(loc, parts, index, depth);
        place(ifCleanup);
        if (loop) {
            jump(Opcode.JUMP, start, eltLoc);
            place(anchor);
            op(Opcode.END_FOR, Location.NO_LOCATION);
            op(Opcode.POP_ITER, Location.NO_LOCATION);
        }
    }

    private void asyncGenerator(Location loc, Parts parts, int index, int depth, boolean iterOnStack) {
        Label start = newLabel();
        Label except = newLabel();
        Label ifCleanup = newLabel();
        Ast.Comprehension gen = parts.generators().get(index);
        if (!iterOnStack) {
            if (index == 0) {
                op(Opcode.LOAD_FAST, 0, loc);
            } else {
                visit(gen.iter());
                op(Opcode.GET_AITER, loc(gen.iter()));
            }
        }
        place(start);
        pushFBlock(CodegenUnit.FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, null, null, loc);
        jump(Opcode.SETUP_FINALLY, except, loc);
        op(Opcode.GET_ANEXT, loc);
        loadConst(Ast.NONE, loc);
        Label send = yieldFrom(loc, true);
        op(Opcode.POP_BLOCK, loc);
        visit(gen.target());
        for (Ast.Expr condition : gen.ifs()) jumpIf(condition, ifCleanup, false);
        depth++;
        Location eltLoc = element(loc, parts, index, depth);
        place(ifCleanup);
        jump(Opcode.JUMP, start, eltLoc);
        popFBlock();
        place(except);
        jump(Opcode.END_ASYNC_FOR, send, loc);
    }

    /** The next generator, or the element code after the last one; returns the element's location. */
    private Location element(Location loc, Parts parts, int index, int depth) {
        if (index + 1 < parts.generators().size()) {
            generator(loc, parts, index + 1, depth, false);
        }
        Ast.Expr elt = parts.elt();
        Location eltLoc = loc(elt);
        if (index + 1 >= parts.generators().size()) {
            switch (parts.kind()) {
                case GENERATOR -> {
                    visit(elt);
                    yieldValue(eltLoc);
                    op(Opcode.POP_TOP, eltLoc);
                }
                case LIST -> {
                    visit(elt);
                    op(Opcode.LIST_APPEND, depth + 1, eltLoc);
                }
                case SET -> {
                    visit(elt);
                    op(Opcode.SET_ADD, depth + 1, eltLoc);
                }
                case DICT -> {
                    visit(elt);
                    visit(parts.value());
                    Ast.Expr value = parts.value();
                    eltLoc = new Location(elt.lineno(), value.end_lineno(), elt.col_offset(), value.end_col_offset());
                    op(Opcode.MAP_ADD, depth + 1, eltLoc);
                }
                case NONE -> { }
            }
        }
        return eltLoc;
    }

    // ---- PEP 709 inlining ----------------------------------------------------------------------

    private InlinedState pushInlinedState(Location loc, Block comp) {
        Block outer = unit.block;
        boolean inClassBlock = outer.type() == BlockType.CLASS && unit.inlinedDepth == 0;
        unit.inlinedDepth++;
        Map<String, Integer> saved = new HashMap<>();
        List<String> pushed = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (Map.Entry<String, Integer> symbol : comp.symbols().entrySet()) {
            String name = symbol.getKey();
            int flags = symbol.getValue();
            if ((flags & SymbolFlags.DEF_PARAM) != 0) continue; // the implicit .0 iterator argument
            NameScope scope = NameScope.ofFlags(flags);
            int outerFlags = unit.flags(name);
            NameScope outerScope = NameScope.ofFlags(outerFlags);
            if ((scope != outerScope && scope != NameScope.FREE
                    && !(scope == NameScope.CELL && outerScope == NameScope.FREE)) || inClassBlock) {
                if (!saved.containsKey(name)) saved.put(name, unit.overriddenFlags.get(name));
                unit.overriddenFlags.put(name, flags);
            }
            boolean boundHere = (flags & SymbolFlags.DEF_LOCAL) != 0 && (flags & SymbolFlags.DEF_NONLOCAL) == 0;
            if (boundHere) {   // 3.14 isolates only the names the comprehension binds (3.13 pushed every name in a class body)
                if (!outer.isFunctionLike() && !unit.fastHidden.contains(name)) {
                    unit.fastHidden.add(name);
                    unit.everHidden.add(name);
                    hidden.add(name);
                }
                op(Opcode.LOAD_FAST_AND_CLEAR, unit.addVarname(name), loc);
                if (scope == NameScope.CELL) op(Opcode.MAKE_CELL, unit.derefIndex(name), loc);
                pushed.add(name);
            }
        }
        Label cleanup = null;
        if (!pushed.isEmpty()) {
            op(Opcode.SWAP, pushed.size() + 1, loc);
            cleanup = newLabel();
            jump(Opcode.SETUP_FINALLY, cleanup, loc);
        }
        return new InlinedState(saved, pushed, hidden, cleanup);
    }

    private void restoreLocals(Location loc, InlinedState state) {
        List<String> pushed = state.pushedLocals();
        op(Opcode.SWAP, pushed.size() + 1, loc);
        for (int i = pushed.size() - 1; i >= 0; i--) {
            op(Opcode.STORE_FAST_MAYBE_NULL, unit.addVarname(pushed.get(i)), loc);
        }
    }

    private void popInlinedState(Location loc, InlinedState state) {
        unit.inlinedDepth--;
        state.savedFlags().forEach((name, previous) -> {
            if (previous == null) unit.overriddenFlags.remove(name);
            else unit.overriddenFlags.put(name, previous);
        });
        if (!state.pushedLocals().isEmpty()) {
            op(Opcode.POP_BLOCK, Location.NO_LOCATION);
            Label end = newLabel();
            jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NO_LOCATION);
            place(state.cleanup());
            op(Opcode.SWAP, 2, Location.NO_LOCATION);
            op(Opcode.POP_TOP, Location.NO_LOCATION);
            restoreLocals(loc, state);
            op(Opcode.RERAISE, 0, Location.NO_LOCATION);
            place(end);
            restoreLocals(loc, state);
        }
        unit.fastHidden.removeAll(state.fastHidden());
    }
}
