package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.ConstSlice;
import org.ember.bytecode.ConstTuple;
import org.ember.bytecode.Opcode;
import org.ember.bytecode.Oparg;
import org.ember.parser.Ast;

/** Expressions (CPython's codegen_visit_expr and helpers): operators, calls, containers, jumps. */
abstract class ExpressionCodegen extends CodegenBase {
    ExpressionCodegen(SymbolTable symbols, String filename, int optimize) {
        super(symbols, filename, optimize);
    }

    // implemented by the scope-level generator
    abstract void lambda(Ast.Lambda lambda);

    abstract void comprehension(Ast.Expr comprehension);

    abstract void unsupported(String what, Ast.Located node);

    final void visitAll(List<? extends Ast.Expr> exprs) {
        for (int i = 0, n = exprs.size(); i < n; i++) visit(exprs.get(i));
    }

    final void visit(Ast.Expr e) {
        Location loc = loc(e);
        // The two commonest nodes skip the pattern switch, whose bootstrap call is not inlined
        // into this large method (it showed in profiles).
        if (e instanceof Ast.Constant c) {
            loadConst(c.value(), loc);
            return;
        }
        if (e instanceof Ast.Name n) {
            nameOp(n.id(), ctx(n.ctx()), loc);
            return;
        }
        switch (e) {
            case Ast.Constant c -> loadConst(c.value(), loc);
            case Ast.Name n -> nameOp(n.id(), ctx(n.ctx()), loc);
            case Ast.Call c -> call(c);           // the commonest nodes first: cases are tested in order
            case Ast.Attribute a -> attribute(a);
            case Ast.Subscript s -> subscript(s);
            case Ast.BinOp b -> {
                visit(b.left());
                visit(b.right());
                op(Opcode.BINARY_OP, binaryOp(b.op()), loc);
            }
            case Ast.UnaryOp u -> unary(u, loc);
            case Ast.BoolOp b -> boolOp(b, loc);
            case Ast.Compare c -> compare(c, loc);
            case Ast.IfExp i -> {
                Label next = newLabel();
                Label end = newLabel();
                jumpIf(i.test(), next, false);
                visit(i.body());
                jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NO_LOCATION);
                place(next);
                visit(i.orelse());
                place(end);
            }
            case Ast.Slice s -> slice(s);
            case Ast.Tuple t -> {
                if (t.ctx() == Ast.ExprContext.Store) assignmentHelper(t.elts(), loc);
                else if (t.ctx() == Ast.ExprContext.Load) starUnpack(loc, t.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
                else visitAll(t.elts());
            }
            case Ast.List l -> {
                if (l.ctx() == Ast.ExprContext.Store) assignmentHelper(l.elts(), loc);
                else if (l.ctx() == Ast.ExprContext.Load) starUnpack(loc, l.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, false);
                else visitAll(l.elts());
            }
            case Ast.Set s -> starUnpack(loc, s.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
            case Ast.Dict d -> dict(d, loc);
            case Ast.Starred s -> {
                if (s.ctx() == Ast.ExprContext.Store) throw error("starred assignment target must be in a list or tuple", s);
                throw error("can't use starred expression here", s);
            }
            case Ast.NamedExpr n -> {
                visit(n.value());
                op(Opcode.COPY, 1, loc);
                visit(n.target());
            }
            case Ast.JoinedStr j -> joinedStr(j, loc);
            case Ast.FormattedValue f -> formattedValue(f, loc);
            case Ast.Lambda l -> lambda(l);
            case Ast.ListComp c -> comprehension(c);
            case Ast.SetComp c -> comprehension(c);
            case Ast.DictComp c -> comprehension(c);
            case Ast.GeneratorExp c -> comprehension(c);
            case Ast.Yield y -> {
                if (!unit.block.isFunctionLike()) throw error("'yield' outside function", y);
                if (y.value() != null) visit(y.value()); else loadConst(Ast.NONE, loc);
                yieldValue(loc);
            }
            case Ast.YieldFrom y -> {
                if (!unit.block.isFunctionLike()) throw error("'yield from' outside function", y);
                if (unit.block.isCoroutine()) throw error("'yield from' inside async function", y);
                visit(y.value());
                op(Opcode.GET_YIELD_FROM_ITER, loc);
                loadConst(Ast.NONE, loc);
                yieldFrom(loc, false);
            }
            case Ast.Await a -> {
                if (!unit.block.isFunctionLike()) throw error("'await' outside function", a);
                visit(a.value());
                op(Opcode.GET_AWAITABLE, 0, loc);
                loadConst(Ast.NONE, loc);
                yieldFrom(loc, true);
            }
            case Ast.Interpolation i -> interpolation(i, loc);
            case Ast.TemplateStr t -> templateStr(t, loc);
        }
    }

    final void yieldValue(Location loc) {
        if (unit.block.isGenerator() && unit.block.isCoroutine()) {
            op(Opcode.CALL_INTRINSIC_1, Oparg.INTRINSIC_ASYNC_GEN_WRAP, loc);
        }
        op(Opcode.YIELD_VALUE, 0, loc);
        op(Opcode.RESUME, Oparg.RESUME_AFTER_YIELD, loc);
    }

    /** SEND loop of yield from / await, with the virtual handler for StopIteration from throw(). */
    final Label yieldFrom(Location loc, boolean isAwait) {
        Label send = newLabel();
        Label fail = newLabel();
        Label exit = newLabel();
        place(send);
        jump(Opcode.SEND, exit, loc);
        jump(Opcode.SETUP_FINALLY, fail, loc);
        op(Opcode.YIELD_VALUE, 1, loc);
        op(Opcode.POP_BLOCK, Location.NO_LOCATION);
        op(Opcode.RESUME, isAwait ? Oparg.RESUME_AFTER_AWAIT : Oparg.RESUME_AFTER_YIELD_FROM, loc);
        jump(Opcode.JUMP_NO_INTERRUPT, send, loc);
        place(fail);
        op(Opcode.CLEANUP_THROW, loc);
        place(exit);
        op(Opcode.END_SEND, loc);
        return send;
    }

    static int binaryOp(Ast.OperatorType type) {
        return switch (type) {
            case Add -> Oparg.NB_ADD;
            case Sub -> Oparg.NB_SUBTRACT;
            case Mult -> Oparg.NB_MULTIPLY;
            case MatMult -> Oparg.NB_MATRIX_MULTIPLY;
            case Div -> Oparg.NB_TRUE_DIVIDE;
            case Mod -> Oparg.NB_REMAINDER;
            case Pow -> Oparg.NB_POWER;
            case LShift -> Oparg.NB_LSHIFT;
            case RShift -> Oparg.NB_RSHIFT;
            case BitOr -> Oparg.NB_OR;
            case BitXor -> Oparg.NB_XOR;
            case BitAnd -> Oparg.NB_AND;
            case FloorDiv -> Oparg.NB_FLOOR_DIVIDE;
        };
    }

    private void unary(Ast.UnaryOp u, Location loc) {
        visit(u.operand());
        switch (u.op()) {
            case Not -> {
                op(Opcode.TO_BOOL, loc);
                op(Opcode.UNARY_NOT, loc);
            }
            case USub -> op(Opcode.UNARY_NEGATIVE, loc);
            case Invert -> op(Opcode.UNARY_INVERT, loc);
            case UAdd -> op(Opcode.CALL_INTRINSIC_1, Oparg.INTRINSIC_UNARY_POSITIVE, loc);
        }
    }

    private void boolOp(Ast.BoolOp b, Location loc) {
        Label end = newLabel();
        int jumpOp = b.op() == Ast.BoolOpType.And ? Opcode.JUMP_IF_FALSE : Opcode.JUMP_IF_TRUE;
        List<Ast.Expr> values = b.values();
        for (int i = 0; i < values.size() - 1; i++) {
            visit(values.get(i));
            jump(jumpOp, end, loc);
            op(Opcode.POP_TOP, loc);
        }
        visit(values.getLast());
        place(end);
    }

    final void compareOp(Ast.CmpOpType type, Location loc) {
        switch (type) {
            case Is -> op(Opcode.IS_OP, 0, loc);
            case IsNot -> op(Opcode.IS_OP, Oparg.INVERT, loc);
            case In -> op(Opcode.CONTAINS_OP, 0, loc);
            case NotIn -> op(Opcode.CONTAINS_OP, Oparg.INVERT, loc);
            case Eq -> op(Opcode.COMPARE_OP, Oparg.compare(Oparg.CMP_EQ, false), loc);
            case NotEq -> op(Opcode.COMPARE_OP, Oparg.compare(Oparg.CMP_NE, false), loc);
            case Lt -> op(Opcode.COMPARE_OP, Oparg.compare(Oparg.CMP_LT, false), loc);
            case LtE -> op(Opcode.COMPARE_OP, Oparg.compare(Oparg.CMP_LE, false), loc);
            case Gt -> op(Opcode.COMPARE_OP, Oparg.compare(Oparg.CMP_GT, false), loc);
            case GtE -> op(Opcode.COMPARE_OP, Oparg.compare(Oparg.CMP_GE, false), loc);
        }
    }

    private void compare(Ast.Compare c, Location loc) {
        warn(LiteralChecks.compare(c), c);
        visit(c.left());
        int n = c.ops().size() - 1;
        if (n == 0) {
            visit(c.comparators().getFirst());
            compareOp(c.ops().getFirst(), loc);
            return;
        }
        Label cleanup = newLabel();
        for (int i = 0; i < n; i++) {
            visit(c.comparators().get(i));
            op(Opcode.SWAP, 2, loc);
            op(Opcode.COPY, 2, loc);
            compareOp(c.ops().get(i), loc);
            op(Opcode.COPY, 1, loc);
            op(Opcode.TO_BOOL, loc);
            jump(Opcode.POP_JUMP_IF_FALSE, cleanup, loc);
            op(Opcode.POP_TOP, loc);
        }
        visit(c.comparators().get(n));
        compareOp(c.ops().get(n), loc);
        Label end = newLabel();
        jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NO_LOCATION);
        place(cleanup);
        op(Opcode.SWAP, 2, loc);
        op(Opcode.POP_TOP, loc);
        place(end);
    }

    /** CPython's codegen_jump_if: jump to {@code next} when the truth of {@code e} equals {@code cond}. */
    final void jumpIf(Ast.Expr e, Label next, boolean cond) {
        switch (e) {
            case Ast.UnaryOp u when u.op() == Ast.UnaryOpType.Not -> {
                jumpIf(u.operand(), next, !cond);
                return;
            }
            case Ast.BoolOp b -> {
                boolean cond2 = b.op() == Ast.BoolOpType.Or;
                Label next2 = cond2 != cond ? newLabel() : next;
                List<Ast.Expr> values = b.values();
                for (int i = 0; i < values.size() - 1; i++) jumpIf(values.get(i), next2, cond2);
                jumpIf(values.getLast(), next, cond);
                if (next2 != next) place(next2);
                return;
            }
            case Ast.IfExp i -> {
                Label end = newLabel();
                Label next2 = newLabel();
                jumpIf(i.test(), next2, false);
                jumpIf(i.body(), next, cond);
                jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NO_LOCATION);
                place(next2);
                jumpIf(i.orelse(), next, cond);
                place(end);
                return;
            }
            case Ast.Compare c when c.ops().size() > 1 -> {
                warn(LiteralChecks.compare(c), c);
                Location loc = loc(c);
                Label cleanup = newLabel();
                visit(c.left());
                int n = c.ops().size() - 1;
                for (int i = 0; i < n; i++) {
                    visit(c.comparators().get(i));
                    op(Opcode.SWAP, 2, loc);
                    op(Opcode.COPY, 2, loc);
                    compareOp(c.ops().get(i), loc);
                    op(Opcode.TO_BOOL, loc);
                    jump(Opcode.POP_JUMP_IF_FALSE, cleanup, loc);
                }
                visit(c.comparators().get(n));
                compareOp(c.ops().get(n), loc);
                op(Opcode.TO_BOOL, loc);
                jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next, loc);
                Label end = newLabel();
                jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NO_LOCATION);
                place(cleanup);
                op(Opcode.POP_TOP, loc);
                if (!cond) jump(Opcode.JUMP_NO_INTERRUPT, next, Location.NO_LOCATION);
                place(end);
                return;
            }
            default -> { }
        }
        visit(e);
        op(Opcode.TO_BOOL, loc(e));
        jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next, loc(e));
    }

    // ---- attributes, subscripts ----------------------------------------------------------------

    /** CPython's update_start_location_to_match_attr: a multi-line attribute is located at its name. */
    static Location attrLocation(Location loc, Ast.Attribute attr) {
        if (loc.lineno() == attr.end_lineno()) return loc;
        int lineno = attr.end_lineno();
        int length = attr.attr().length();
        int col = length <= attr.end_col_offset() ? attr.end_col_offset() - length : -1;
        int endCol = col < 0 ? -1 : loc.endColOffset();
        int endLineno = Math.max(lineno, loc.endLineno());
        if (lineno == endLineno && col >= 0) endCol = Math.max(col, endCol);
        return new Location(lineno, endLineno, col, endCol);
    }

    private void attribute(Ast.Attribute a) {
        if (a.ctx() == Ast.ExprContext.Load && canOptimizeSuperCall(a)) {
            superAttribute(a, false);
            return;
        }
        visit(a.value());
        Location loc = attrLocation(loc(a), a);
        int name = unit.addName(mangle(a.attr()));
        switch (a.ctx()) {
            case Load -> op(Opcode.LOAD_ATTR, Oparg.loadAttr(name, false), loc);
            case Store -> {
                addStaticAttribute(a);
                op(Opcode.STORE_ATTR, name, loc);
            }
            case Del -> op(Opcode.DELETE_ATTR, name, loc);
        }
    }

    /** super().attr or super(T, obj).attr that can use LOAD_SUPER_ATTR (CPython's can_optimize_super_call). */
    private boolean canOptimizeSuperCall(Ast.Attribute attr) {
        if (!(attr.value() instanceof Ast.Call call) || !(call.func() instanceof Ast.Name name)
                || !name.id().equals("super") || attr.attr().equals("__class__") || !call.keywords().isEmpty()) {
            return false;
        }
        if (NameScope.ofFlags(unit.flags("super")) != NameScope.GLOBAL_IMPLICIT) return false;
        if (symbols.top().flags("super") != 0) return false;
        int nargs = call.args().size();
        if (nargs == 2) return !hasStarred(call.args());
        if (nargs != 0) return false;
        if (unit.argcount == 0 && unit.posonlyargcount == 0) return false;
        return NameScope.ofFlags(unit.flags("__class__")) == NameScope.FREE;
    }

    /** Emits the super() arguments and LOAD_SUPER_ATTR; returns the attribute's location. */
    private Location superAttribute(Ast.Attribute attr, boolean method) {
        Ast.Call call = (Ast.Call) attr.value();
        nameOp("super", Ctx.LOAD, loc(call.func()));
        boolean withArgs = call.args().size() == 2;
        if (withArgs) {
            visitAll(call.args());
        } else {
            nameOp("__class__", Ctx.LOAD, loc(call));
            nameOp(unit.varnames.first(), Ctx.LOAD, loc(call));
        }
        Location loc = loc(attr);
        op(Opcode.LOAD_SUPER_ATTR, Oparg.loadSuperAttr(unit.addName(mangle(attr.attr())), method, withArgs), loc);
        loc = attrLocation(loc, attr);
        op(Opcode.NOP, loc);
        return loc;
    }

    /** self.x = ... inside a class's method: x joins the class's __static_attributes__. */
    final void addStaticAttribute(Ast.Attribute a) {
        if (!(a.value() instanceof Ast.Name n) || !n.id().equals("self")) return;
        for (CodegenUnit outer : units) {
            if (outer.block.type() == BlockType.CLASS) {
                outer.staticAttributes.add(a.attr());
                return;
            }
        }
    }

    private static Object constValue(Ast.Expr e) {
        return e == null ? Ast.NONE : ((Ast.Constant) e).value();
    }

    static boolean isConstantSlice(Ast.Expr s) {
        return s instanceof Ast.Slice slice
                && (slice.lower() == null || slice.lower() instanceof Ast.Constant)
                && (slice.upper() == null || slice.upper() instanceof Ast.Constant)
                && (slice.step() == null || slice.step() instanceof Ast.Constant);
    }

    static boolean isTwoElementSlice(Ast.Expr s) {
        return !isConstantSlice(s) && s instanceof Ast.Slice slice && slice.step() == null;
    }

    final void sliceTwoParts(Ast.Slice s) {
        if (s.lower() != null) visit(s.lower()); else loadConst(Ast.NONE, loc(s));
        if (s.upper() != null) visit(s.upper()); else loadConst(Ast.NONE, loc(s));
    }

    private void subscript(Ast.Subscript s) {
        Location loc = loc(s);
        if (s.ctx() == Ast.ExprContext.Load) {
            warn(LiteralChecks.subscripter(s.value()), s.value());
            warn(LiteralChecks.index(s.value(), s.slice()), s.value());
        }
        visit(s.value());
        if (isTwoElementSlice(s.slice()) && s.ctx() != Ast.ExprContext.Del) {
            sliceTwoParts((Ast.Slice) s.slice());
            op(s.ctx() == Ast.ExprContext.Load ? Opcode.BINARY_SLICE : Opcode.STORE_SLICE, loc);
            return;
        }
        visit(s.slice());
        switch (s.ctx()) {
            case Load -> op(Opcode.BINARY_OP, Oparg.NB_SUBSCR, loc);
            case Store -> op(Opcode.STORE_SUBSCR, loc);
            case Del -> op(Opcode.DELETE_SUBSCR, loc);
        }
    }

    private void slice(Ast.Slice s) {
        if (isConstantSlice(s)) {
            loadConst(new ConstSlice(constValue(s.lower()), constValue(s.upper()), constValue(s.step())), loc(s));
            return;
        }
        sliceTwoParts(s);
        int n = 2;
        if (s.step() != null) {
            visit(s.step());
            n = 3;
        }
        op(Opcode.BUILD_SLICE, n, loc(s));
    }

    // ---- containers ----------------------------------------------------------------------------

    // Plain loops rather than streams: these run for every call and display in the program.
    private static boolean hasStarred(List<Ast.Expr> exprs) {
        for (int i = 0, n = exprs.size(); i < n; i++) {   // indexed: no iterator on the AST's mixed list classes
            if (exprs.get(i) instanceof Ast.Starred) return true;
        }
        return false;
    }

    /** A {@code **mapping} argument (a keyword without a name). */
    private static boolean hasDoubleStar(List<Ast.Keyword> keywords) {
        for (int i = 0, n = keywords.size(); i < n; i++) {
            if (keywords.get(i).arg() == null) return true;
        }
        return false;
    }

    /** CPython's starunpack_helper: BUILD_x directly, or build then extend around starred items. */
    final void starUnpack(Location loc, List<Ast.Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = hasStarred(elts);
        if (!seenStar && !big) {
            visitAll(elts);
            op(tuple ? Opcode.BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) {
            op(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Ast.Expr elt = elts.get(i);
            if (elt instanceof Ast.Starred starred) {
                if (!built) {
                    op(build, i + pushed, loc);
                    built = true;
                }
                visit(starred.value());
                op(extend, 1, loc);
            } else {
                visit(elt);
                if (built) op(add, 1, loc);
            }
        }
        if (tuple) op(Opcode.CALL_INTRINSIC_1, Oparg.INTRINSIC_LIST_TO_TUPLE, loc);
    }

    final void assignmentHelper(List<Ast.Expr> elts, Location loc) {
        unpackHelper(elts, loc);
        for (Ast.Expr elt : elts) visit(elt instanceof Ast.Starred s ? s.value() : elt);
    }

    final void unpackHelper(List<Ast.Expr> elts, Location loc) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Ast.Expr elt = elts.get(i);
            if (elt instanceof Ast.Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking assignment", loc);
                }
                op(Opcode.UNPACK_EX, Oparg.unpackEx(i, n - i - 1), loc);
                seenStar = true;
            } else if (elt instanceof Ast.Starred) {
                throw error("multiple starred expressions in assignment", loc);
            }
        }
        if (!seenStar) op(Opcode.UNPACK_SEQUENCE, n, loc);
    }

    private void dict(Ast.Dict d, Location loc) {
        int n = d.values().size();
        int elements = 0;
        boolean haveDict = false;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i, loc);
                    if (haveDict) op(Opcode.DICT_UPDATE, 1, loc);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    op(Opcode.BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                visit(d.values().get(i));
                op(Opcode.DICT_UPDATE, 1, loc);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - elements, i + 1, loc);
                if (haveDict) op(Opcode.DICT_UPDATE, 1, loc);
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n, loc);
            if (haveDict) op(Opcode.DICT_UPDATE, 1, loc);
            haveDict = true;
        }
        if (!haveDict) op(Opcode.BUILD_MAP, 0, loc);
    }

    private void subdict(Ast.Dict d, int begin, int end, Location loc) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (big) op(Opcode.BUILD_MAP, 0, loc);
        for (int i = begin; i < end; i++) {
            visit(d.keys().get(i));
            visit(d.values().get(i));
            if (big) op(Opcode.MAP_ADD, 1, loc);
        }
        if (!big) op(Opcode.BUILD_MAP, n, loc);
    }

    // ---- f-strings -----------------------------------------------------------------------------

    private void joinedStr(Ast.JoinedStr j, Location loc) {
        int n = j.values().size();
        if (n > STACK_USE_GUIDELINE) {
            loadConst("", loc);
            op(Opcode.LOAD_ATTR, Oparg.loadAttr(unit.addName("join"), true), loc);
            op(Opcode.BUILD_LIST, 0, loc);
            for (Ast.Expr value : j.values()) {
                visit(value);
                op(Opcode.LIST_APPEND, 1, loc);
            }
            op(Opcode.CALL, 1, loc);
            return;
        }
        if (n == 0) {
            loadConst("", loc);
            return;
        }
        visitAll(j.values());
        if (n != 1) op(Opcode.BUILD_STRING, n, loc);
    }

    private void formattedValue(Ast.FormattedValue f, Location loc) {
        visit(f.value());
        int conversion = switch (f.conversion()) {
            case 's' -> Oparg.FVC_STR;
            case 'r' -> Oparg.FVC_REPR;
            case 'a' -> Oparg.FVC_ASCII;
            default -> -1;
        };
        if (conversion >= 0) op(Opcode.CONVERT_VALUE, conversion, loc);
        if (f.format_spec() != null) {
            visit(f.format_spec());
            op(Opcode.FORMAT_WITH_SPEC, loc);
        } else {
            op(Opcode.FORMAT_SIMPLE, loc);
        }
    }

    // ---- t-strings (PEP 750) --------------------------------------------------------------------

    /** The strings tuple (an empty string between and around adjacent interpolations), the interpolations tuple, BUILD_TEMPLATE. */
    private void templateStr(Ast.TemplateStr t, Location loc) {
        boolean lastWasInterpolation = true;
        int strings = 0;
        for (Ast.Expr value : t.values()) {
            if (value instanceof Ast.Interpolation) {
                if (lastWasInterpolation) {
                    loadConst("", loc);
                    strings++;
                }
                lastWasInterpolation = true;
            } else {
                visit(value);
                strings++;
                lastWasInterpolation = false;
            }
        }
        if (lastWasInterpolation) {
            loadConst("", loc);
            strings++;
        }
        op(Opcode.BUILD_TUPLE, strings, loc);
        int interpolations = 0;
        for (Ast.Expr value : t.values()) {
            if (value instanceof Ast.Interpolation) {
                visit(value);
                interpolations++;
            }
        }
        op(Opcode.BUILD_TUPLE, interpolations, loc);
        op(Opcode.BUILD_TEMPLATE, loc);
    }

    private void interpolation(Ast.Interpolation i, Location loc) {
        visit(i.value());
        loadConst(i.str(), loc);
        if (i.format_spec() != null) visit(i.format_spec());
        int conversion = switch (i.conversion()) {
            case 's' -> Oparg.FVC_STR;
            case 'r' -> Oparg.FVC_REPR;
            case 'a' -> Oparg.FVC_ASCII;
            default -> 0;
        };
        op(Opcode.BUILD_INTERPOLATION, Oparg.interpolation(conversion, i.format_spec() != null), loc);
    }

    // ---- calls ---------------------------------------------------------------------------------

    private void call(Ast.Call c) {
        validateKeywords(c.keywords());
        if (methodCall(c)) return;
        warn(LiteralChecks.caller(c.func()), c.func());
        visit(c.func());
        Label skipNormalCall = newLabel();
        builtinOverGenerator(c, skipNormalCall);
        op(Opcode.PUSH_NULL, loc(c.func()));
        callHelper(loc(c), 0, c.args(), c.keywords());
        place(skipNormalCall);
    }

    /**
     * all(genexp), any(genexp), tuple(genexp): if the callable is the builtin, loop over the
     * generator inline (CPython's maybe_optimize_function_call); otherwise fall through to the call.
     */
    private void builtinOverGenerator(Ast.Call c, Label end) {
        if (!(c.func() instanceof Ast.Name name) || c.args().size() != 1 || !c.keywords().isEmpty()
                || !(c.args().getFirst() instanceof Ast.GeneratorExp genexp)) {
            return;
        }
        int constant;
        Boolean initial = null;
        int continueJump = -1;
        switch (name.id()) {
            case "all" -> { constant = 3; initial = true; continueJump = Opcode.POP_JUMP_IF_TRUE; }
            case "any" -> { constant = 4; initial = false; continueJump = Opcode.POP_JUMP_IF_FALSE; }
            case "tuple" -> constant = 2;
            default -> { return; }
        }
        boolean tuple = initial == null;
        Location loc = loc(c.func());
        Label skip = newLabel();
        op(Opcode.COPY, 1, loc);
        op(Opcode.LOAD_COMMON_CONSTANT, constant, loc);
        op(Opcode.IS_OP, 0, loc);
        jump(Opcode.POP_JUMP_IF_FALSE, skip, loc);
        op(Opcode.POP_TOP, loc);
        if (tuple) op(Opcode.BUILD_LIST, 0, loc);
        visit(genexp);
        Label loop = newLabel();
        Label cleanup = newLabel();
        place(loop);
        jump(Opcode.FOR_ITER, cleanup, loc);
        if (tuple) {
            op(Opcode.LIST_APPEND, 2, loc);
            jump(Opcode.JUMP, loop, loc);
        } else {
            op(Opcode.TO_BOOL, loc);
            jump(continueJump, loop, loc);
        }
        op(Opcode.POP_ITER, Location.NO_LOCATION);
        if (!tuple) loadConst(!initial, loc);
        jump(Opcode.JUMP, end, loc);
        place(cleanup);
        op(Opcode.END_FOR, Location.NO_LOCATION);
        op(Opcode.POP_ITER, Location.NO_LOCATION);
        if (tuple) op(Opcode.CALL_INTRINSIC_1, Oparg.INTRINSIC_LIST_TO_TUPLE, loc);
        else loadConst(initial, loc);
        jump(Opcode.JUMP, end, loc);
        place(skip);
    }

    private void validateKeywords(List<Ast.Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).arg();
            if (name == null) continue;
            for (int j = i + 1; j < keywords.size(); j++) {
                if (name.equals(keywords.get(j).arg())) {
                    throw error("keyword argument repeated: " + name, keywords.get(j));
                }
            }
        }
    }

    private boolean isImportOriginated(Ast.Expr e) {
        return e instanceof Ast.Name n
                && (symbols.top().flags(n.id()) & SymbolFlags.DEF_IMPORT) != 0;
    }

    private boolean methodCall(Ast.Call c) {
        if (!(c.func() instanceof Ast.Attribute meth) || meth.ctx() != Ast.ExprContext.Load) return false;
        if (isImportOriginated(meth.value())) return false;
        int argsl = c.args().size();
        int kwdsl = c.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        if (hasStarred(c.args()) || hasDoubleStar(c.keywords())) return false;
        Location loc;
        if (canOptimizeSuperCall(meth)) {
            loc = superAttribute(meth, true);
        } else {
            visit(meth.value());
            loc = attrLocation(loc(meth), meth);
            op(Opcode.LOAD_ATTR, Oparg.loadAttr(unit.addName(mangle(meth.attr())), true), loc);
        }
        visitAll(c.args());
        if (kwdsl > 0) {
            for (Ast.Keyword k : c.keywords()) visit(k.value());
            keywordNames(c.keywords(), loc);
            op(Opcode.CALL_KW, argsl + kwdsl, attrLocation(loc(c), meth));
        } else {
            op(Opcode.CALL, argsl, attrLocation(loc(c), meth));
        }
        return true;
    }

    private void keywordNames(List<Ast.Keyword> keywords, Location loc) {
        List<Object> names = new ArrayList<>();
        for (Ast.Keyword k : keywords) names.add(k.arg());
        loadConst(new ConstTuple(names), loc);
    }

    /** CPython's codegen_call_helper: the callable and {@code n} extra arguments are already pushed. */
    final void callHelper(Location loc, int n, List<Ast.Expr> args, List<Ast.Keyword> keywords) {
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
                && !hasStarred(args)
                && !hasDoubleStar(keywords);
        if (simple) {
            visitAll(args);
            if (nkwelts > 0) {
                for (Ast.Keyword k : keywords) visit(k.value());
                keywordNames(keywords, loc);
                op(Opcode.CALL_KW, n + nelts + nkwelts, loc);
            } else {
                op(Opcode.CALL, n + nelts, loc);
            }
            return;
        }
        if (n == 0 && nelts == 1 && args.getFirst() instanceof Ast.Starred s) {
            visit(s.value());
        } else {
            starUnpack(loc, args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Ast.Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i, loc);
                        if (haveDict) op(Opcode.DICT_MERGE, 1, loc);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        op(Opcode.BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    visit(kw.value());
                    op(Opcode.DICT_MERGE, 1, loc);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts, loc);
                if (haveDict) op(Opcode.DICT_MERGE, 1, loc);
            }
        } else {
            op(Opcode.PUSH_NULL, loc);
        }
        op(Opcode.CALL_FUNCTION_EX, loc);
    }

    private void subkwargs(List<Ast.Keyword> keywords, int begin, int end, Location loc) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (big) op(Opcode.BUILD_MAP, 0, Location.NO_LOCATION);
        for (int i = begin; i < end; i++) {
            Ast.Keyword kw = keywords.get(i);
            loadConst(kw.arg(), loc);
            visit(kw.value());
            if (big) op(Opcode.MAP_ADD, 1, Location.NO_LOCATION);
        }
        if (!big) op(Opcode.BUILD_MAP, n, loc);
    }
}
