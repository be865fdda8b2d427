package org.ember.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ember.bytecode.ConstComplex;
import org.ember.bytecode.ConstTuple;
import org.ember.bytecode.Opcode;
import org.ember.bytecode.Oparg;
import org.ember.parser.Ast;

/**
 * The match statement (PEP 634) as CPython 3.14's codegen compiles it: each pattern tests the
 * subject on top of the stack and, on failure, jumps to a "fail_pop" label that pops whatever
 * the pattern had pushed so far; captured names stay on the stack until the whole case matched.
 */
abstract class PatternCodegen extends ComprehensionCodegen {
    PatternCodegen(SymbolTable symbols, String filename, int optimize) {
        super(symbols, filename, optimize);
    }

    /** CPython's pattern_context. */
    private static final class PatternContext {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Label> failPop = new ArrayList<>();
        int onTop;
    }

    private static boolean isWildcard(Ast.Pattern p) {
        return p instanceof Ast.MatchAs as && as.name() == null && as.pattern() == null;
    }

    private static boolean isStarWildcard(Ast.Pattern p) {
        return p instanceof Ast.MatchStar star && star.name() == null;
    }

    @Override
    final void match(Ast.Match s) {
        visit(s.subject());
        Label end = newLabel();
        List<Ast.MatchCase> cases = s.cases();
        int ncases = cases.size();
        Ast.MatchCase last = cases.getLast();
        boolean hasDefault = isWildcard(last.pattern()) && ncases > 1;
        int tested = ncases - (hasDefault ? 1 : 0);
        for (int i = 0; i < tested; i++) {
            Ast.MatchCase m = cases.get(i);
            Location patternLoc = loc(m.pattern());
            if (i != tested - 1) op(Opcode.COPY, 1, patternLoc);
            PatternContext pc = new PatternContext();
            pc.allowIrrefutable = m.guard() != null || i == ncases - 1;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) nameOp(name, Ctx.STORE, patternLoc);
            pc.stores = new ArrayList<>();
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                jumpIf(m.guard(), pc.failPop.getFirst(), false);
            }
            if (i != tested - 1) op(Opcode.POP_TOP, Location.NEXT_LOCATION);
            visitBody(m.body());
            jump(Opcode.JUMP, end, Location.NO_LOCATION);
            emitAndResetFailPop(patternLoc, pc);
        }
        if (hasDefault) {
            Location patternLoc = loc(last.pattern());
            op(ncases == 1 ? Opcode.POP_TOP : Opcode.NOP, patternLoc);
            if (last.guard() != null) jumpIf(last.guard(), end, false);
            visitBody(last.body());
        }
        place(end);
    }

    private void ensureFailPop(PatternContext pc, int n) {
        while (pc.failPop.size() < n + 1) pc.failPop.add(newLabel());
    }

    private void jumpToFailPop(Location loc, PatternContext pc, int opcode) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        jump(opcode, pc.failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Location loc, PatternContext pc) {
        if (pc.failPop.isEmpty()) return;
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            place(pc.failPop.get(i));
            op(Opcode.POP_TOP, loc);
        }
        place(pc.failPop.getFirst());
        pc.failPop = new ArrayList<>();
    }

    private void rotate(Location loc, int count) {
        while (count > 1) op(Opcode.SWAP, count--, loc);
    }

    private void storeName(Location loc, String name, PatternContext pc) {
        if (name == null) {
            op(Opcode.POP_TOP, loc);
            return;
        }
        if (pc.stores.contains(name)) throw error("multiple assignments to name '" + name + "' in pattern", loc);
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void subpattern(Ast.Pattern p, PatternContext pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void pattern(Ast.Pattern p, PatternContext pc) {
        Location loc = loc(p);
        switch (p) {
            case Ast.MatchValue v -> {
                loadMatchValue(v);
                op(Opcode.COMPARE_OP, Oparg.compare(Oparg.CMP_EQ, false), loc);
                op(Opcode.TO_BOOL, loc);
                jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
            }
            case Ast.MatchSingleton s -> {
                loadConst(s.value(), loc);
                op(Opcode.IS_OP, 0, loc);
                jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
            }
            case Ast.MatchSequence s -> sequence(s, pc);
            case Ast.MatchMapping m -> mapping(m, pc);
            case Ast.MatchClass c -> classPattern(c, pc);
            case Ast.MatchStar s -> storeName(loc, s.name(), pc);
            case Ast.MatchAs as -> {
                if (as.pattern() == null) {
                    if (!pc.allowIrrefutable) {
                        if (as.name() != null) {
                            throw error("name capture '" + as.name() + "' makes remaining patterns unreachable", p);
                        }
                        throw error("wildcard makes remaining patterns unreachable", p);
                    }
                    storeName(loc, as.name(), pc);
                    return;
                }
                pc.onTop++;
                op(Opcode.COPY, 1, loc);
                pattern(as.pattern(), pc);
                pc.onTop--;
                storeName(loc, as.name(), pc);
            }
            case Ast.MatchOr o -> or(o, pc);
        }
    }

    /** Literal values; negative numbers and complex literals arrive unfolded from the parser. */
    private void loadMatchValue(Ast.MatchValue v) {
        Ast.Expr value = v.value();
        Object folded = foldNumber(value);
        if (folded != null) {
            loadConst(folded, loc(value));
            return;
        }
        if (!(value instanceof Ast.Constant) && !(value instanceof Ast.Attribute)) {
            throw error("patterns may only match literals and attribute lookups", v);
        }
        visit(value);
    }

    private static Object foldNumber(Ast.Expr e) {
        if (e instanceof Ast.UnaryOp u && u.op() == Ast.UnaryOpType.USub && u.operand() instanceof Ast.Constant c) {
            return switch (c.value()) {
                case Long l when l != Long.MIN_VALUE -> -l;
                case java.math.BigInteger b -> Ast.intValue(b.negate());
                case Double d -> -d;
                case Ast.Imaginary im -> new ConstComplex(-0.0, -im.imag());
                default -> null;
            };
        }
        if (e instanceof Ast.BinOp b && (b.op() == Ast.OperatorType.Add || b.op() == Ast.OperatorType.Sub)
                && b.right() instanceof Ast.Constant rc && rc.value() instanceof Ast.Imaginary im) {
            Object left = b.left() instanceof Ast.Constant lc ? lc.value() : foldNumber(b.left());
            double real = switch (left) {
                case Long l -> l;
                case Double d -> d;
                case null, default -> Double.NaN;
            };
            if (Double.isNaN(real) && !(left instanceof Double)) return null;
            return new ConstComplex(real, b.op() == Ast.OperatorType.Add ? im.imag() : -im.imag());
        }
        return null;
    }

    private void sequence(Ast.MatchSequence p, PatternContext pc) {
        Location loc = loc(p);
        List<Ast.Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Ast.Pattern pattern = patterns.get(i);
            if (pattern instanceof Ast.MatchStar) {
                if (star >= 0) throw error("multiple starred names in sequence pattern", p);
                starWildcard = isStarWildcard(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(pattern);
        }
        pc.onTop++;
        op(Opcode.MATCH_SEQUENCE, loc);
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        if (star < 0) {
            op(Opcode.GET_LEN, loc);
            loadConst((long) size, loc);
            op(Opcode.COMPARE_OP, Oparg.compare(Oparg.CMP_EQ, false), loc);
            jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            op(Opcode.GET_LEN, loc);
            loadConst((long) (size - 1), loc);
            op(Opcode.COMPARE_OP, Oparg.compare(Oparg.CMP_GE, false), loc);
            jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            op(Opcode.POP_TOP, loc);
        } else if (starWildcard) {
            sequenceSubscr(loc, patterns, star, pc);
        } else {
            sequenceUnpack(loc, patterns, pc);
        }
    }

    private void sequenceUnpack(Location loc, List<Ast.Pattern> patterns, PatternContext pc) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (patterns.get(i) instanceof Ast.MatchStar && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking sequence pattern", loc);
                }
                op(Opcode.UNPACK_EX, Oparg.unpackEx(i, n - i - 1), loc);
                seenStar = true;
            } else if (patterns.get(i) instanceof Ast.MatchStar) {
                throw error("multiple starred expressions in sequence pattern", loc);
            }
        }
        if (!seenStar) op(Opcode.UNPACK_SEQUENCE, n, loc);
        pc.onTop += n;
        for (Ast.Pattern pattern : patterns) {
            pc.onTop--;
            subpattern(pattern, pc);
        }
    }

    private void sequenceSubscr(Location loc, List<Ast.Pattern> patterns, int star, PatternContext pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Ast.Pattern pattern = patterns.get(i);
            if (isWildcard(pattern) || i == star) continue;
            op(Opcode.COPY, 1, loc);
            if (i < star) {
                loadConst((long) i, loc);
            } else {
                op(Opcode.GET_LEN, loc);
                loadConst((long) (size - i), loc);
                op(Opcode.BINARY_OP, Oparg.NB_SUBTRACT, loc);
            }
            op(Opcode.BINARY_OP, Oparg.NB_SUBSCR, loc);
            subpattern(pattern, pc);
        }
        pc.onTop--;
        op(Opcode.POP_TOP, loc);
    }

    private void mapping(Ast.MatchMapping p, PatternContext pc) {
        Location loc = loc(p);
        List<Ast.Expr> keys = p.keys();
        int size = keys.size();
        String rest = p.rest();
        pc.onTop++;
        op(Opcode.MATCH_MAPPING, loc);
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        if (size == 0 && rest == null) {
            pc.onTop--;
            op(Opcode.POP_TOP, loc);
            return;
        }
        if (size > 0) {
            op(Opcode.GET_LEN, loc);
            loadConst((long) size, loc);
            op(Opcode.COMPARE_OP, Oparg.compare(Oparg.CMP_GE, false), loc);
            jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        }
        Set<Object> seen = new HashSet<>();
        for (Ast.Expr key : keys) {
            Object folded = foldNumber(key);
            if (key instanceof Ast.Constant c || folded != null) {
                Object value = folded != null ? folded : ((Ast.Constant) key).value();
                if (!seen.add(value)) {
                    throw error("mapping pattern checks duplicate key (" + repr(value) + ")", p);
                }
                loadConst(value, loc(key));
            } else if (key instanceof Ast.Attribute) {
                visit(key);
            } else {
                throw error("mapping pattern keys may only match literals and attribute lookups", p);
            }
        }
        op(Opcode.BUILD_TUPLE, size, loc);
        op(Opcode.MATCH_KEYS, loc);
        pc.onTop += 2;
        op(Opcode.COPY, 1, loc);
        loadConst(Ast.NONE, loc);
        op(Opcode.IS_OP, 1, loc);
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        op(Opcode.UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (Ast.Pattern pattern : p.patterns()) {
            pc.onTop--;
            subpattern(pattern, pc);
        }
        pc.onTop -= 2;
        if (rest != null) {
            op(Opcode.BUILD_MAP, 0, loc);
            op(Opcode.SWAP, 3, loc);
            op(Opcode.DICT_UPDATE, 2, loc);
            op(Opcode.UNPACK_SEQUENCE, size, loc);
            while (size > 0) {
                op(Opcode.COPY, 1 + size--, loc);
                op(Opcode.SWAP, 2, loc);
                op(Opcode.DELETE_SUBSCR, loc);
            }
            storeName(loc, rest, pc);
        } else {
            op(Opcode.POP_TOP, loc);
            op(Opcode.POP_TOP, loc);
        }
    }

    private static String repr(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private void classPattern(Ast.MatchClass p, PatternContext pc) {
        Location loc = loc(p);
        List<Ast.Pattern> patterns = p.patterns();
        List<String> attrs = p.kwd_attrs();
        List<Ast.Pattern> kwdPatterns = p.kwd_patterns();
        int nargs = patterns.size();
        int nattrs = attrs.size();
        for (int i = 0; i < nattrs; i++) {
            for (int j = i + 1; j < nattrs; j++) {
                if (attrs.get(i).equals(attrs.get(j))) {
                    throw error("attribute name repeated in class pattern: " + attrs.get(i), kwdPatterns.get(j));
                }
            }
        }
        visit(p.cls());
        loadConst(new ConstTuple(new ArrayList<>(attrs)), loc);
        op(Opcode.MATCH_CLASS, nargs, loc);
        op(Opcode.COPY, 1, loc);
        loadConst(Ast.NONE, loc);
        op(Opcode.IS_OP, 1, loc);
        pc.onTop++;
        jumpToFailPop(loc, pc, Opcode.POP_JUMP_IF_FALSE);
        op(Opcode.UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Ast.Pattern pattern = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(pattern)) {
                op(Opcode.POP_TOP, loc);
                continue;
            }
            subpattern(pattern, pc);
        }
    }

    private void or(Ast.MatchOr p, PatternContext pc) {
        Location loc = loc(p);
        Label end = newLabel();
        List<Ast.Pattern> alternatives = p.patterns();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Label> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < alternatives.size(); i++) {
            Ast.Pattern alt = alternatives.get(i);
            Location altLoc = loc(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == alternatives.size() - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            op(Opcode.COPY, 1, altLoc);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw error("alternative patterns bind different names", p);
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) throw error("alternative patterns bind different names", p);
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) rotate(altLoc, icontrol + 1);
                    }
                }
            }
            jump(Opcode.JUMP, end, altLoc);
            emitAndResetFailPop(altLoc, pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        op(Opcode.POP_TOP, loc);
        jumpToFailPop(loc, pc, Opcode.JUMP);
        place(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(loc, nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) throw error("multiple assignments to name '" + name + "' in pattern", loc);
            pc.stores.add(name);
        }
        op(Opcode.POP_TOP, loc);
    }
}
