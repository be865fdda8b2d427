package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.ConstTuple;
import org.ember.bytecode.Opcode;
import org.ember.bytecode.Oparg;
import org.ember.compiler.CodegenUnit.FBlock;
import org.ember.compiler.CodegenUnit.FBlockType;
import org.ember.parser.Ast;

/** Statements (CPython's codegen_visit_stmt): assignments, control flow, try/with, imports. */
abstract class StatementCodegen extends ExpressionCodegen {
    /** CPython's CO_MAXBLOCKS. */
    static final int MAX_BLOCKS = 21;

    StatementCodegen(SymbolTable symbols, String filename, int optimize) {
        super(symbols, filename, optimize);
    }

    abstract void functionDef(Ast.Stmt def);

    abstract void classDef(Ast.ClassDef def);

    abstract void match(Ast.Match match);

    abstract void annAssign(Ast.AnnAssign s);

    abstract void typeAlias(Ast.TypeAlias s);

    final void visitBody(List<Ast.Stmt> body) {
        for (int i = 0, n = body.size(); i < n; i++) visitStmt(body.get(i));   // indexed: no iterator allocated
    }

    final void visitStmt(Ast.Stmt s) {
        // plain instanceof tests: inlined here, unlike a second generated type switch per statement
        boolean conditional = s instanceof Ast.If || s instanceof Ast.For || s instanceof Ast.AsyncFor
                || s instanceof Ast.While || s instanceof Ast.Try || s instanceof Ast.TryStar
                || s instanceof Ast.With || s instanceof Ast.AsyncWith || s instanceof Ast.Match;
        if (conditional) unit.conditionalDepth++;
        try {
            visitStmtInner(s);
        } finally {
            if (conditional) unit.conditionalDepth--;
        }
    }

    private void visitStmtInner(Ast.Stmt s) {
        Location loc = loc(s);
        switch (s) {
            case Ast.ExprStmt e -> {
                if (interactive && unit.block.type() == BlockType.MODULE) {
                    visit(e.value());
                    op(Opcode.CALL_INTRINSIC_1, Oparg.INTRINSIC_PRINT, loc);
                    op(Opcode.POP_TOP, Location.NO_LOCATION);
                } else if (e.value() instanceof Ast.Constant) {
                    op(Opcode.NOP, loc);
                } else {
                    visit(e.value());
                    op(Opcode.POP_TOP, Location.NO_LOCATION);
                }
            }
            case Ast.Assign a -> {
                visit(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) op(Opcode.COPY, 1, loc);
                    visit(a.targets().get(i));
                }
            }
            case Ast.AugAssign a -> augAssign(a, loc);
            case Ast.Pass p -> op(Opcode.NOP, loc);
            case Ast.Delete d -> visitAll(d.targets());
            case Ast.Global g -> { }
            case Ast.Nonlocal n -> { }
            case Ast.If i -> ifStmt(i);
            case Ast.While w -> whileStmt(w);
            case Ast.For f -> forStmt(f);
            case Ast.Break b -> breakStmt(loc);
            case Ast.Continue c -> continueStmt(loc);
            case Ast.Return r -> returnStmt(r);
            case Ast.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    visit(r.exc());
                    n++;
                    if (r.cause() != null) {
                        visit(r.cause());
                        n++;
                    }
                }
                op(Opcode.RAISE_VARARGS, n, loc);
            }
            case Ast.Assert a -> assertStmt(a, loc);
            case Ast.Import i -> importStmt(i, loc);
            case Ast.ImportFrom i -> importFrom(i, loc);
            case Ast.Try t -> {
                if (!t.finalbody().isEmpty()) tryFinally(t, t.finalbody(), () -> tryExcept(t), t.handlers().isEmpty() ? t.body() : null);
                else tryExcept(t);
            }
            case Ast.TryStar t -> {
                if (!t.finalbody().isEmpty()) tryFinally(t, t.finalbody(), () -> tryStarExcept(t), t.handlers().isEmpty() ? t.body() : null);
                else tryStarExcept(t);
            }
            case Ast.With w -> with(w, 0);
            case Ast.AsyncWith w -> {
                requireCoroutine("'async with' outside async function", w);
                asyncWith(w, 0);
            }
            case Ast.AsyncFor f -> {
                requireCoroutine("'async for' outside async function", f);
                asyncFor(f);
            }
            case Ast.FunctionDef f -> functionDef(f);
            case Ast.AsyncFunctionDef f -> functionDef(f);
            case Ast.ClassDef c -> classDef(c);
            case Ast.Match m -> match(m);
            case Ast.AnnAssign a -> annAssign(a);
            case Ast.TypeAlias t -> typeAlias(t);
            default -> unsupported(Ast.pythonName(s) + " statement", s);
        }
    }

    // ---- frame blocks --------------------------------------------------------------------------

    final void pushFBlock(FBlockType type, Label block, Label exit, Object datum, Location loc) {
        if (unit.fblocks.size() >= MAX_BLOCKS) throw error("too many statically nested blocks", loc);
        unit.fblocks.push(new FBlock(type, block, exit, datum, loc));
    }

    final void popFBlock() {
        unit.fblocks.pop();
    }

    /** Emits what leaving {@code info} needs; returns the location later unwinding uses. */
    private Location unwindFBlock(FBlock info, Location loc, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
                    STOP_ITERATION -> { }
            case FOR_LOOP -> {
                if (preserveTos) op(Opcode.SWAP, 2, loc);
                op(Opcode.POP_TOP, loc);
            }
            case TRY_EXCEPT -> op(Opcode.POP_BLOCK, loc);
            case FINALLY_TRY -> {
                op(Opcode.POP_BLOCK, loc);
                if (preserveTos) pushFBlock(FBlockType.POP_VALUE, null, null, null, loc);
                @SuppressWarnings("unchecked")
                List<Ast.Stmt> finalbody = (List<Ast.Stmt>) info.datum();
                visitBody(finalbody);
                if (preserveTos) popFBlock();
                return Location.NO_LOCATION;
            }
            case FINALLY_END -> {
                if (preserveTos) op(Opcode.SWAP, 2, loc);
                op(Opcode.POP_TOP, loc);
                if (preserveTos) op(Opcode.SWAP, 2, loc);
                op(Opcode.POP_BLOCK, loc);
                op(Opcode.POP_EXCEPT, loc);
            }
            case WITH, ASYNC_WITH -> {
                loc = info.loc();
                op(Opcode.POP_BLOCK, loc);
                if (preserveTos) {
                    op(Opcode.SWAP, 3, loc);
                    op(Opcode.SWAP, 2, loc);
                }
                callExitWithNones(loc);
                if (info.type() == FBlockType.ASYNC_WITH) {
                    op(Opcode.GET_AWAITABLE, Oparg.AWAITABLE_AFTER_AEXIT, loc);
                    loadConst(Ast.NONE, loc);
                    yieldFrom(loc, true);
                }
                op(Opcode.POP_TOP, loc);
                return Location.NO_LOCATION;
            }
            case HANDLER_CLEANUP -> {
                String name = (String) info.datum();
                if (name != null) op(Opcode.POP_BLOCK, loc);
                if (preserveTos) op(Opcode.SWAP, 2, loc);
                op(Opcode.POP_BLOCK, loc);
                op(Opcode.POP_EXCEPT, loc);
                if (name != null) {
                    loadConst(Ast.NONE, loc);
                    nameOp(name, Ctx.STORE, loc);
                    nameOp(name, Ctx.DEL, loc);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) op(Opcode.SWAP, 2, loc);
                op(Opcode.POP_TOP, loc);
            }
        }
        return loc;
    }

    /** Result of unwinding: the location to use afterwards and the innermost loop, if asked for. */
    record Unwound(Location loc, FBlock loop) {}

    /** Unwinds the frame blocks up to (not including) the innermost loop when {@code stopAtLoop}. */
    final Unwound unwindStack(Location loc, boolean preserveTos, boolean stopAtLoop) {
        if (unit.fblocks.isEmpty()) return new Unwound(loc, null);
        FBlock top = unit.fblocks.peek();
        if (top.type() == FBlockType.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", loc);
        }
        if (stopAtLoop && (top.type() == FBlockType.WHILE_LOOP || top.type() == FBlockType.FOR_LOOP)) {
            return new Unwound(loc, top);
        }
        unit.fblocks.pop();
        try {
            loc = unwindFBlock(top, loc, preserveTos);
            return unwindStack(loc, preserveTos, stopAtLoop);
        } finally {
            unit.fblocks.push(top);
        }
    }

    private void breakStmt(Location loc) {
        op(Opcode.NOP, loc);
        Unwound unwound = unwindStack(loc, false, true);
        if (unwound.loop() == null) throw error("'break' outside loop", loc);
        Location after = unwindFBlock(unwound.loop(), unwound.loc(), false);
        jump(Opcode.JUMP, unwound.loop().exit(), after);
    }

    private void continueStmt(Location loc) {
        op(Opcode.NOP, loc);
        Unwound unwound = unwindStack(loc, false, true);
        if (unwound.loop() == null) throw error("'continue' not properly in loop", loc);
        jump(Opcode.JUMP, unwound.loop().block(), unwound.loc());
    }

    private void returnStmt(Ast.Return r) {
        Location loc = loc(r);
        Ast.Expr value = r.value();
        if (!unit.block.isFunctionLike()) throw error("'return' outside function", r);
        if (value != null && unit.block.isCoroutine() && unit.block.isGenerator()) {
            throw error("'return' with value in async generator", r);
        }
        boolean preserveTos = value != null && !(value instanceof Ast.Constant);
        if (preserveTos) {
            visit(value);
        } else if (value != null) {
            loc = loc(value);
            op(Opcode.NOP, loc);
        }
        if (value == null || value.lineno() != r.lineno()) {
            loc = loc(r);
            op(Opcode.NOP, loc);
        }
        loc = unwindStack(loc, preserveTos, false).loc();
        if (value == null) loadConst(Ast.NONE, loc);
        else if (!preserveTos) loadConst(((Ast.Constant) value).value(), loc);
        op(Opcode.RETURN_VALUE, loc);
    }

    // ---- assignments ---------------------------------------------------------------------------

    private void augAssign(Ast.AugAssign a, Location loc) {
        Ast.Expr target = a.target();
        switch (target) {
            case Ast.Attribute attr -> {
                Location targetLoc = loc(attr);
                visit(attr.value());
                op(Opcode.COPY, 1, targetLoc);
                op(Opcode.LOAD_ATTR, Oparg.loadAttr(unit.addName(mangle(attr.attr())), false), attrLocation(targetLoc, attr));
            }
            case Ast.Subscript sub -> {
                loc = loc(sub);
                visit(sub.value());
                if (isTwoElementSlice(sub.slice())) {
                    sliceTwoParts((Ast.Slice) sub.slice());
                    op(Opcode.COPY, 3, loc);
                    op(Opcode.COPY, 3, loc);
                    op(Opcode.COPY, 3, loc);
                    op(Opcode.BINARY_SLICE, loc);
                } else {
                    visit(sub.slice());
                    op(Opcode.COPY, 2, loc);
                    op(Opcode.COPY, 2, loc);
                    op(Opcode.BINARY_OP, Oparg.NB_SUBSCR, loc);
                }
            }
            case Ast.Name n -> nameOp(n.id(), Ctx.LOAD, loc(n));
            default -> throw error("'" + Ast.pythonName(target) + "' is an illegal expression for augmented assignment", target);
        }
        visit(a.value());
        op(Opcode.BINARY_OP, Oparg.inplace(binaryOp(a.op())), loc(a));
        Location targetLoc = loc(target);
        switch (target) {
            case Ast.Attribute attr -> {
                Location l = attrLocation(targetLoc, attr);
                op(Opcode.SWAP, 2, l);
                op(Opcode.STORE_ATTR, unit.addName(mangle(attr.attr())), l);
            }
            case Ast.Subscript sub -> {
                if (isTwoElementSlice(sub.slice())) {
                    op(Opcode.SWAP, 4, targetLoc);
                    op(Opcode.SWAP, 3, targetLoc);
                    op(Opcode.SWAP, 2, targetLoc);
                    op(Opcode.STORE_SLICE, targetLoc);
                } else {
                    op(Opcode.SWAP, 3, targetLoc);
                    op(Opcode.SWAP, 2, targetLoc);
                    op(Opcode.STORE_SUBSCR, targetLoc);
                }
            }
            case Ast.Name n -> nameOp(n.id(), Ctx.STORE, targetLoc);
            default -> { }
        }
    }

    // ---- control flow --------------------------------------------------------------------------

    private void ifStmt(Ast.If s) {
        Label end = newLabel();
        Label next = s.orelse().isEmpty() ? end : newLabel();
        jumpIf(s.test(), next, false);
        visitBody(s.body());
        if (!s.orelse().isEmpty()) {
            jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NO_LOCATION);
            place(next);
            visitBody(s.orelse());
        }
        place(end);
    }

    private void whileStmt(Ast.While s) {
        Label loop = newLabel();
        Label end = newLabel();
        Label anchor = newLabel();
        place(loop);
        pushFBlock(FBlockType.WHILE_LOOP, loop, end, null, loc(s));
        jumpIf(s.test(), anchor, false);
        visitBody(s.body());
        jump(Opcode.JUMP, loop, Location.NO_LOCATION);
        popFBlock();
        place(anchor);
        visitBody(s.orelse());
        place(end);
    }

    private void forStmt(Ast.For s) {
        Label start = newLabel();
        Label body = newLabel();
        Label cleanup = newLabel();
        Label end = newLabel();
        pushFBlock(FBlockType.FOR_LOOP, start, end, null, loc(s));
        visit(s.iter());
        Location iterLoc = loc(s.iter());
        op(Opcode.GET_ITER, iterLoc);
        place(start);
        jump(Opcode.FOR_ITER, cleanup, iterLoc);
        op(Opcode.NOP, loc(s.target()));
        place(body);
        visit(s.target());
        visitBody(s.body());
        jump(Opcode.JUMP, start, Location.NO_LOCATION);
        place(cleanup);
        op(Opcode.END_FOR, Location.NO_LOCATION);
        op(Opcode.POP_ITER, Location.NO_LOCATION);
        popFBlock();
        visitBody(s.orelse());
        place(end);
    }

    private void assertStmt(Ast.Assert a, Location loc) {
        // warned even under -O, as CPython does
        if (a.test() instanceof Ast.Tuple t && !t.elts().isEmpty()) warn("assertion is always true, perhaps remove parentheses?", a);
        if (optimize > 0) return;
        Label end = newLabel();
        jumpIf(a.test(), end, true);
        op(Opcode.LOAD_COMMON_CONSTANT, 0, loc);
        if (a.msg() != null) {
            visit(a.msg());
            op(Opcode.CALL, 0, loc);
        }
        op(Opcode.RAISE_VARARGS, 1, loc(a.test()));
        place(end);
    }

    // ---- imports -------------------------------------------------------------------------------

    private void importStmt(Ast.Import s, Location loc) {
        for (Ast.Alias alias : s.names()) {
            loadConst(0L, loc);
            loadConst(Ast.NONE, loc);
            op(Opcode.IMPORT_NAME, unit.addName(alias.name()), loc);
            if (alias.asname() != null) {
                importAs(loc, alias.name(), alias.asname());
            } else {
                int dot = alias.name().indexOf('.');
                nameOp(dot < 0 ? alias.name() : alias.name().substring(0, dot), Ctx.STORE, loc);
            }
        }
    }

    private void importAs(Location loc, String name, String asname) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            nameOp(asname, Ctx.STORE, loc);
            return;
        }
        while (true) {
            int pos = dot + 1;
            dot = name.indexOf('.', pos);
            String attr = name.substring(pos, dot < 0 ? name.length() : dot);
            op(Opcode.IMPORT_FROM, unit.addName(attr), loc);
            if (dot < 0) break;
            op(Opcode.SWAP, 2, loc);
            op(Opcode.POP_TOP, loc);
        }
        nameOp(asname, Ctx.STORE, loc);
        op(Opcode.POP_TOP, loc);
    }

    private void importFrom(Ast.ImportFrom s, Location loc) {
        List<Object> names = new ArrayList<>();
        for (Ast.Alias alias : s.names()) names.add(alias.name());
        loadConst((long) (s.level() == null ? 0 : s.level()), loc);
        loadConst(new ConstTuple(names), loc);
        op(Opcode.IMPORT_NAME, unit.addName(s.module() == null ? "" : s.module()), loc);
        for (int i = 0; i < s.names().size(); i++) {
            Ast.Alias alias = s.names().get(i);
            if (i == 0 && alias.name().equals("*")) {
                op(Opcode.CALL_INTRINSIC_1, Oparg.INTRINSIC_IMPORT_STAR, loc);
                op(Opcode.POP_TOP, Location.NO_LOCATION);
                return;
            }
            op(Opcode.IMPORT_FROM, unit.addName(alias.name()), loc);
            nameOp(alias.asname() != null ? alias.asname() : alias.name(), Ctx.STORE, loc);
        }
        op(Opcode.POP_TOP, loc);
    }

    // ---- try -----------------------------------------------------------------------------------

    private void popExceptAndReraise() {
        op(Opcode.COPY, 3, Location.NO_LOCATION);
        op(Opcode.POP_EXCEPT, Location.NO_LOCATION);
        op(Opcode.RERAISE, 1, Location.NO_LOCATION);
    }

    /** try/finally around {@code inner} (the except clauses) or around {@code plainBody} when there are none. */
    private void tryFinally(Ast.Stmt s, List<Ast.Stmt> finalbody, Runnable inner, List<Ast.Stmt> plainBody) {
        Label body = newLabel();
        Label end = newLabel();
        Label exit = newLabel();
        Label cleanup = newLabel();
        jump(Opcode.SETUP_FINALLY, end, loc(s));
        place(body);
        pushFBlock(FBlockType.FINALLY_TRY, body, end, finalbody, loc(s));
        if (plainBody != null) visitBody(plainBody);
        else inner.run();
        op(Opcode.POP_BLOCK, Location.NO_LOCATION);
        popFBlock();
        visitBody(finalbody);
        jump(Opcode.JUMP_NO_INTERRUPT, exit, Location.NO_LOCATION);
        place(end);
        jump(Opcode.SETUP_CLEANUP, cleanup, Location.NO_LOCATION);
        op(Opcode.PUSH_EXC_INFO, Location.NO_LOCATION);
        pushFBlock(FBlockType.FINALLY_END, end, null, null, loc(s));
        visitBody(finalbody);
        popFBlock();
        op(Opcode.RERAISE, 0, Location.NO_LOCATION);
        place(cleanup);
        popExceptAndReraise();
        place(exit);
    }

    private void tryExcept(Ast.Try s) {
        Label body = newLabel();
        Label except = newLabel();
        Label end = newLabel();
        Label cleanup = newLabel();
        jump(Opcode.SETUP_FINALLY, except, loc(s));
        place(body);
        pushFBlock(FBlockType.TRY_EXCEPT, body, null, null, loc(s));
        visitBody(s.body());
        popFBlock();
        op(Opcode.POP_BLOCK, Location.NO_LOCATION);
        visitBody(s.orelse());
        jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NO_LOCATION);
        place(except);
        jump(Opcode.SETUP_CLEANUP, cleanup, Location.NO_LOCATION);
        op(Opcode.PUSH_EXC_INFO, Location.NO_LOCATION);
        pushFBlock(FBlockType.EXCEPTION_HANDLER, null, null, null, loc(s));
        int n = s.handlers().size();
        for (int i = 0; i < n; i++) {
            Ast.ExceptHandler handler = s.handlers().get(i);
            Location hloc = loc(handler);
            if (handler.type() == null && i < n - 1) throw error("default 'except:' must be last", handler);
            Label next = newLabel();
            if (handler.type() != null) {
                visit(handler.type());
                op(Opcode.CHECK_EXC_MATCH, hloc);
                jump(Opcode.POP_JUMP_IF_FALSE, next, hloc);
            }
            if (handler.name() != null) {
                Label cleanupEnd = newLabel();
                Label cleanupBody = newLabel();
                nameOp(handler.name(), Ctx.STORE, hloc);
                jump(Opcode.SETUP_CLEANUP, cleanupEnd, hloc);
                place(cleanupBody);
                pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name(), hloc);
                visitBody(handler.body());
                popFBlock();
                op(Opcode.POP_BLOCK, Location.NO_LOCATION);
                op(Opcode.POP_BLOCK, Location.NO_LOCATION);
                op(Opcode.POP_EXCEPT, Location.NO_LOCATION);
                loadConst(Ast.NONE, Location.NO_LOCATION);
                nameOp(handler.name(), Ctx.STORE, Location.NO_LOCATION);
                nameOp(handler.name(), Ctx.DEL, Location.NO_LOCATION);
                jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NO_LOCATION);
                place(cleanupEnd);
                loadConst(Ast.NONE, Location.NO_LOCATION);
                nameOp(handler.name(), Ctx.STORE, Location.NO_LOCATION);
                nameOp(handler.name(), Ctx.DEL, Location.NO_LOCATION);
                op(Opcode.RERAISE, 1, Location.NO_LOCATION);
            } else {
                Label cleanupBody = newLabel();
                op(Opcode.POP_TOP, hloc);
                place(cleanupBody);
                pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, null, hloc);
                visitBody(handler.body());
                popFBlock();
                op(Opcode.POP_BLOCK, Location.NO_LOCATION);
                op(Opcode.POP_EXCEPT, Location.NO_LOCATION);
                jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NO_LOCATION);
            }
            place(next);
        }
        popFBlock();
        op(Opcode.RERAISE, 0, Location.NO_LOCATION);
        place(cleanup);
        popExceptAndReraise();
        place(end);
    }

    private void tryStarExcept(Ast.TryStar s) {
        Location none = Location.NO_LOCATION;
        Label body = newLabel();
        Label except = newLabel();
        Label orelse = newLabel();
        Label end = newLabel();
        Label cleanup = newLabel();
        Label reraiseStar = newLabel();
        jump(Opcode.SETUP_FINALLY, except, loc(s));
        place(body);
        pushFBlock(FBlockType.TRY_EXCEPT, body, null, null, loc(s));
        visitBody(s.body());
        popFBlock();
        op(Opcode.POP_BLOCK, none);
        jump(Opcode.JUMP_NO_INTERRUPT, orelse, none);
        place(except);
        jump(Opcode.SETUP_CLEANUP, cleanup, none);
        op(Opcode.PUSH_EXC_INFO, none);
        pushFBlock(FBlockType.EXCEPTION_GROUP_HANDLER, null, null, null, loc(s));
        int n = s.handlers().size();
        for (int i = 0; i < n; i++) {
            Ast.ExceptHandler handler = s.handlers().get(i);
            Location loc = loc(handler);
            Label nextExcept = newLabel();
            Label exceptWithError = newLabel();
            Label noMatch = newLabel();
            if (i == 0) {
                op(Opcode.BUILD_LIST, 0, loc);
                op(Opcode.COPY, 2, loc);
            }
            if (handler.type() != null) {
                visit(handler.type());
                op(Opcode.CHECK_EG_MATCH, loc);
                op(Opcode.COPY, 1, loc);
                jump(Opcode.POP_JUMP_IF_NONE, noMatch, loc);
            }
            Label cleanupEnd = newLabel();
            Label cleanupBody = newLabel();
            if (handler.name() != null) nameOp(handler.name(), Ctx.STORE, loc);
            else op(Opcode.POP_TOP, loc);
            jump(Opcode.SETUP_CLEANUP, cleanupEnd, loc);
            place(cleanupBody);
            pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name(), loc);
            visitBody(handler.body());
            popFBlock();
            op(Opcode.POP_BLOCK, none);
            if (handler.name() != null) {
                loadConst(Ast.NONE, none);
                nameOp(handler.name(), Ctx.STORE, none);
                nameOp(handler.name(), Ctx.DEL, none);
            }
            jump(Opcode.JUMP_NO_INTERRUPT, nextExcept, none);
            place(cleanupEnd);
            if (handler.name() != null) {
                loadConst(Ast.NONE, none);
                nameOp(handler.name(), Ctx.STORE, none);
                nameOp(handler.name(), Ctx.DEL, none);
            }
            op(Opcode.LIST_APPEND, 3, none);
            op(Opcode.POP_TOP, none);
            jump(Opcode.JUMP_NO_INTERRUPT, exceptWithError, none);
            place(nextExcept);
            op(Opcode.NOP, none);
            jump(Opcode.JUMP_NO_INTERRUPT, exceptWithError, none);
            place(noMatch);
            op(Opcode.POP_TOP, loc);
            place(exceptWithError);
            if (i == n - 1) {
                op(Opcode.LIST_APPEND, 1, none);
                jump(Opcode.JUMP_NO_INTERRUPT, reraiseStar, none);
            }
        }
        popFBlock();
        Label reraise = newLabel();
        place(reraiseStar);
        op(Opcode.CALL_INTRINSIC_2, Oparg.INTRINSIC_PREP_RERAISE_STAR, none);
        op(Opcode.COPY, 1, none);
        jump(Opcode.POP_JUMP_IF_NOT_NONE, reraise, none);
        op(Opcode.POP_TOP, none);
        op(Opcode.POP_BLOCK, none);
        op(Opcode.POP_EXCEPT, none);
        jump(Opcode.JUMP_NO_INTERRUPT, end, none);
        place(reraise);
        op(Opcode.POP_BLOCK, none);
        op(Opcode.SWAP, 2, none);
        op(Opcode.POP_EXCEPT, none);
        op(Opcode.RERAISE, 0, none);
        place(cleanup);
        popExceptAndReraise();
        place(orelse);
        visitBody(s.orelse());
        place(end);
    }

    // ---- with ----------------------------------------------------------------------------------

    final void callExitWithNones(Location loc) {
        loadConst(Ast.NONE, loc);
        loadConst(Ast.NONE, loc);
        loadConst(Ast.NONE, loc);
        op(Opcode.CALL, 3, loc);
    }

    private void with(Ast.With s, int pos) {
        Ast.WithItem item = s.items().get(pos);
        Location loc = loc(item.context_expr());
        Label block = newLabel();
        Label fin = newLabel();
        Label exit = newLabel();
        Label cleanup = newLabel();
        visit(item.context_expr());
        op(Opcode.COPY, 1, loc);
        op(Opcode.LOAD_SPECIAL, Oparg.SPECIAL_EXIT, loc);
        op(Opcode.SWAP, 2, loc);
        op(Opcode.SWAP, 3, loc);
        op(Opcode.LOAD_SPECIAL, Oparg.SPECIAL_ENTER, loc);
        op(Opcode.CALL, 0, loc);
        jump(Opcode.SETUP_WITH, fin, loc);
        place(block);
        pushFBlock(FBlockType.WITH, block, fin, s, loc);
        if (item.optional_vars() != null) visit(item.optional_vars());
        else op(Opcode.POP_TOP, loc);
        if (pos + 1 == s.items().size()) visitBody(s.body());
        else with(s, pos + 1);
        op(Opcode.POP_BLOCK, Location.NO_LOCATION);
        popFBlock();
        callExitWithNones(loc);
        op(Opcode.POP_TOP, loc);
        jump(Opcode.JUMP, exit, loc);
        place(fin);
        jump(Opcode.SETUP_CLEANUP, cleanup, loc);
        op(Opcode.PUSH_EXC_INFO, loc);
        op(Opcode.WITH_EXCEPT_START, loc);
        withExceptFinish(cleanup);
        place(exit);
    }

    private void requireCoroutine(String message, Ast.Stmt s) {
        if (!unit.block.isCoroutine()) throw error(message, s);
    }

    private void asyncFor(Ast.AsyncFor s) {
        Location loc = loc(s);
        Label start = newLabel();
        Label except = newLabel();
        Label end = newLabel();
        visit(s.iter());
        op(Opcode.GET_AITER, loc(s.iter()));
        place(start);
        pushFBlock(FBlockType.FOR_LOOP, start, end, null, loc);
        jump(Opcode.SETUP_FINALLY, except, loc);
        op(Opcode.GET_ANEXT, loc);
        loadConst(Ast.NONE, loc);
        Label send = yieldFrom(loc, true);
        op(Opcode.POP_BLOCK, loc);
        op(Opcode.NOT_TAKEN, loc);
        visit(s.target());
        visitBody(s.body());
        jump(Opcode.JUMP, start, Location.NO_LOCATION);
        popFBlock();
        place(except);
        jump(Opcode.END_ASYNC_FOR, send, loc(s.iter()));
        visitBody(s.orelse());
        place(end);
    }

    private void asyncWith(Ast.AsyncWith s, int pos) {
        Ast.WithItem item = s.items().get(pos);
        Label block = newLabel();
        Label fin = newLabel();
        Label exit = newLabel();
        Label cleanup = newLabel();
        visit(item.context_expr());
        Location loc = loc(item.context_expr());
        op(Opcode.COPY, 1, loc);
        op(Opcode.LOAD_SPECIAL, Oparg.SPECIAL_AEXIT, loc);
        op(Opcode.SWAP, 2, loc);
        op(Opcode.SWAP, 3, loc);
        op(Opcode.LOAD_SPECIAL, Oparg.SPECIAL_AENTER, loc);
        op(Opcode.CALL, 0, loc);
        op(Opcode.GET_AWAITABLE, Oparg.AWAITABLE_AFTER_AENTER, loc);
        loadConst(Ast.NONE, loc);
        yieldFrom(loc, true);
        jump(Opcode.SETUP_WITH, fin, loc);
        place(block);
        pushFBlock(FBlockType.ASYNC_WITH, block, fin, s, loc);
        if (item.optional_vars() != null) visit(item.optional_vars());
        else op(Opcode.POP_TOP, loc);
        if (pos + 1 == s.items().size()) visitBody(s.body());
        else asyncWith(s, pos + 1);
        popFBlock();
        op(Opcode.POP_BLOCK, loc);
        callExitWithNones(loc);
        op(Opcode.GET_AWAITABLE, Oparg.AWAITABLE_AFTER_AEXIT, loc);
        loadConst(Ast.NONE, loc);
        yieldFrom(loc, true);
        op(Opcode.POP_TOP, loc);
        jump(Opcode.JUMP, exit, loc);
        place(fin);
        jump(Opcode.SETUP_CLEANUP, cleanup, loc);
        op(Opcode.PUSH_EXC_INFO, loc);
        op(Opcode.WITH_EXCEPT_START, loc);
        op(Opcode.GET_AWAITABLE, Oparg.AWAITABLE_AFTER_AEXIT, loc);
        loadConst(Ast.NONE, loc);
        yieldFrom(loc, true);
        withExceptFinish(cleanup);
        place(exit);
    }

    final void withExceptFinish(Label cleanup) {
        Label suppress = newLabel();
        Location none = Location.NO_LOCATION;
        op(Opcode.TO_BOOL, none);
        jump(Opcode.POP_JUMP_IF_TRUE, suppress, none);
        op(Opcode.RERAISE, 2, none);
        place(suppress);
        op(Opcode.POP_TOP, none);
        op(Opcode.POP_BLOCK, none);
        op(Opcode.POP_EXCEPT, none);
        op(Opcode.POP_TOP, none);
        op(Opcode.POP_TOP, none);
        op(Opcode.POP_TOP, none);
        Label exit = newLabel();
        jump(Opcode.JUMP_NO_INTERRUPT, exit, none);
        place(cleanup);
        popExceptAndReraise();
        place(exit);
    }

}
