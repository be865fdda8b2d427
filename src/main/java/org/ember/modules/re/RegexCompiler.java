package org.ember.modules.re;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ember.modules.re.Node.*;

import static org.ember.modules.re.RegexParser.*;

/**
 * Turns the parsed tree into a {@link Program}, applying the flags in force at each point
 * (scoped flags (?i:...) change them for their body, as in CPython's compiler). General
 * repeats use counter registers, so {m,n} costs no more code than *.
 */
final class RegexCompiler {
    private int[] code = new int[64];
    private int size;
    private final List<CharClass.CharSet> sets = new ArrayList<>();
    private final RegexParser.Parsed parsed;
    private int registers;

    private RegexCompiler(RegexParser.Parsed parsed) {
        this.parsed = parsed;
        this.registers = 2 * parsed.groups() + 1;
    }

    static Program compile(int[] pattern, boolean isText, int flags) {
        RegexParser.Parsed parsed = RegexParser.parse(pattern, isText, flags);
        RegexCompiler c = new RegexCompiler(parsed);
        c.emitSeq(parsed.tree(), parsed.flags());
        c.emit(Op.MATCH);
        int[] prefix = literalPrefix(parsed.tree(), parsed.flags());
        FirstChars first = prefix == null ? c.firstSet(parsed.tree(), parsed.flags()) : null;
        return new Program(Arrays.copyOf(c.code, c.size), c.sets.toArray(new CharClass.CharSet[0]),
                parsed.groups(), parsed.flags(), parsed.groupIndex(), c.registers, c.folds.toArray(new int[0][]), prefix, first,
                anchored(parsed.tree(), parsed.flags()));
    }

    // ---- emission ----

    private void emit(int... words) {
        while (size + words.length > code.length) code = Arrays.copyOf(code, code.length * 2);
        System.arraycopy(words, 0, code, size, words.length);
        size += words.length;
    }

    private int here() {
        return size;
    }

    private void patch(int at, int value) {
        code[at] = value;
    }

    private static int mode(int flags) {
        int m = 0;
        if ((flags & FLAG_IGNORECASE) != 0) m |= CharClass.IGNORE;
        if ((flags & FLAG_UNICODE) == 0) m |= CharClass.ASCII;
        return m;
    }

    private static int clamp(long v) {
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    /** Whether a literal needs case-insensitive comparison (outside ASCII, any character might). */
    private static boolean isCased(int c, int mode) {
        if (c < 128 || (mode & CharClass.ASCII) != 0) return CharClass.lower(c, true) != CharClass.upper(c, true);
        return true;
    }

    private void emitSeq(Seq seq, int flags) {
        for (Node n : seq.items) emitNode(n, flags);
    }

    private void emitNode(Node node, int flags) {
        int mode = mode(flags);
        switch (node) {
            case Lit l -> {
                if ((mode & CharClass.IGNORE) != 0 && isCased(l.c(), mode)) emit(Op.CHAR_I, l.c(), addFold(l.c(), mode));
                else emit(Op.CHAR, l.c());
            }
            case NotLit l -> {
                if ((mode & CharClass.IGNORE) != 0 && isCased(l.c(), mode)) emit(Op.NOT_CHAR_I, l.c(), addFold(l.c(), mode));
                else emit(Op.NOT_CHAR, l.c());
            }
            case In in -> emit(Op.SET, addSet(in, mode));
            case Any a -> emit((flags & FLAG_DOTALL) != 0 ? Op.ANY_ALL : Op.ANY);
            case At at -> emit(Op.AT, atKind(at.kind(), flags), mode);
            case Branch b -> emitBranch(b, flags);
            case Sub s -> {
                int inner = combineFlags(flags, s.addFlags(), s.delFlags());
                if (s.group() > 0) emit(Op.SAVE, 2 * s.group());
                emitSeq(s.body(), inner);
                if (s.group() > 0) emit(Op.SAVE, 2 * s.group() + 1);
            }
            case Atomic a -> {
                emit(Op.MARK);
                emitSeq(a.body(), flags);
                emit(Op.ATOMIC_END);
            }
            case Repeat r -> emitRepeat(r, flags);
            case GroupRef g -> emit(Op.BACKREF, g.group(), mode);
            case GroupRefExists g -> {
                emit(Op.GROUP_EXISTS, g.group(), 0);
                int elseSlot = here() - 1;
                emitSeq(g.yes(), flags);
                if (g.no() != null) {
                    emit(Op.JMP, 0);
                    int endSlot = here() - 1;
                    patch(elseSlot, here());
                    emitSeq(g.no(), flags);
                    patch(endSlot, here());
                } else {
                    patch(elseSlot, here());
                }
            }
            case Assert a -> emitAssert(a, flags);
            case Failure f -> emit(Op.FAIL);
            case Seq s -> emitSeq(s, flags);
        }
    }

    private static int combineFlags(int flags, int add, int del) {
        if ((add & TYPE_FLAGS) != 0) flags &= ~TYPE_FLAGS;
        return (flags | add) & ~del;
    }

    private static int atKind(AtKind kind, int flags) {
        boolean multiline = (flags & FLAG_MULTILINE) != 0;
        return switch (kind) {
            case BEGINNING -> multiline ? Op.AT_BEGINNING_LINE : Op.AT_BEGINNING;
            case END -> multiline ? Op.AT_END_LINE : Op.AT_END;
            case BEGINNING_STRING -> Op.AT_BEGINNING_STRING;
            case END_STRING -> Op.AT_END_STRING;
            case BOUNDARY -> Op.AT_BOUNDARY;
            case NON_BOUNDARY -> Op.AT_NON_BOUNDARY;
        };
    }

    private final List<int[]> folds = new ArrayList<>();

    /** The case-insensitive equivalents of c, as an index into the program's fold table. */
    private int addFold(int c, int mode) {
        folds.add(CaseFold.equivalents(c, (mode & CharClass.ASCII) != 0));
        return folds.size() - 1;
    }

    private int addSet(In in, int mode) {
        sets.add(new CharClass.CharSet(in.items(), in.negate(), mode));
        return sets.size() - 1;
    }

    private void emitBranch(Branch b, int flags) {
        List<Integer> jumpsToEnd = new ArrayList<>();
        List<Seq> alts = b.alts();
        for (int i = 0; i < alts.size(); i++) {
            int splitSlot = -1;
            if (i < alts.size() - 1) {
                emit(Op.SPLIT, 0);
                splitSlot = here() - 1;
            }
            emitSeq(alts.get(i), flags);
            if (i < alts.size() - 1) {
                emit(Op.JMP, 0);
                jumpsToEnd.add(here() - 1);
                patch(splitSlot, here());
            }
        }
        for (int slot : jumpsToEnd) patch(slot, here());
    }

    /** A single-character item: CPython repeats these with its fast REPEAT_ONE. */
    private static boolean isSimple(Seq item) {
        return item.items.size() == 1 && (item.items.get(0) instanceof Lit || item.items.get(0) instanceof NotLit
                || item.items.get(0) instanceof In || item.items.get(0) instanceof Any);
    }

    private void emitRepeat(Repeat r, int flags) {
        int kind = switch (r.kind()) {
            case GREEDY -> Op.GREEDY;
            case LAZY -> Op.LAZY;
            case POSSESSIVE -> Op.POSSESSIVE;
        };
        if (isSimple(r.item())) {
            emit(Op.REPEAT_ONE, kind, clamp(r.min()), r.max() >= Node.MAXREPEAT ? Integer.MAX_VALUE : clamp(r.max()));
            emitNode(r.item().items.get(0), flags);
            return;
        }
        if (kind == Op.POSSESSIVE) {
            emit(Op.MARK);
            emitLoop(r, flags, Op.GREEDY);
            emit(Op.ATOMIC_END);
        } else {
            emitLoop(r, flags, kind);
        }
    }

    private void emitLoop(Repeat r, int flags, int kind) {
        int counter = registers++;
        int start = registers++;
        int min = clamp(r.min());
        int max = r.max() >= Node.MAXREPEAT ? Integer.MAX_VALUE : clamp(r.max());
        emit(Op.REP_INIT, counter);
        int loop = here();
        emit(Op.REP_LOOP, counter, min, max, kind, 0);
        int exitSlot = here() - 1;
        emit(Op.REP_ENTER, counter, start, min);
        emitSeq(r.item(), flags);
        emit(Op.REP_END, counter, start, min, kind, loop);
        patch(exitSlot, here());
    }

    private void emitAssert(Assert a, int flags) {
        long width = 0;
        if (a.dir() < 0) {
            long[] w = a.body().width(parsed.groupWidths());
            if (w[0] > 0xFFFFFFFFL) throw new RegexError("looks too much behind", -1);
            if (w[0] != w[1]) throw new RegexError("look-behind requires fixed-width pattern", -1);
            width = w[0];
        }
        if (!a.negate()) {
            emit(Op.MARK);
            if (a.dir() < 0) emit(Op.BEHIND, clamp(width));
            emitSeq(a.body(), flags);
            emit(Op.LOOK_END);
        } else {
            emit(Op.NEG_START, 0);
            int contSlot = here() - 1;
            if (a.dir() < 0) emit(Op.BEHIND, clamp(width));
            emitSeq(a.body(), flags);
            emit(Op.NEG_END);
            patch(contSlot, here());
        }
    }

    // ---- search accelerators ----

    /** The case-sensitive literals every match begins with (at least two), or null. */
    private static int[] literalPrefix(Seq tree, int flags) {
        if ((flags & FLAG_IGNORECASE) != 0) return null;
        List<Integer> lits = new ArrayList<>();
        for (Node n : tree.items) {
            if (!(n instanceof Lit l)) break;
            lits.add(l.c());
        }
        if (lits.isEmpty()) return null;
        return lits.stream().mapToInt(Integer::intValue).toArray();
    }

    /** What the first character of every match must satisfy, or null when unknown. */
    private FirstChars firstSet(Seq tree, int flags) {
        List<CharClass.CharSet> sets = new ArrayList<>();
        return firstOf(tree, flags, sets) ? new FirstChars(sets) : null;
    }

    /**
     * Adds to {@code out} sets covering the first character of every match of {@code seq};
     * false when that cannot be known (the sequence may match empty, or starts with a
     * back-reference or conditional). Zero-width anchors and look-arounds are skipped.
     */
    private boolean firstOf(Seq seq, int flags, List<CharClass.CharSet> out) {
        List<long[]> widths = parsed.groupWidths();
        for (Node n : seq.items) {
            switch (n) {
                case At at -> { continue; }
                case Assert a -> { continue; }
                case Repeat r when r.min() == 0 -> {
                    // it may be skipped: its first characters, then whatever follows
                    if (r.item().width(widths)[0] == 0 || !firstOf(r.item(), flags, out)) return false;
                    continue;
                }
                default -> { }
            }
            int mode = mode(flags);
            return switch (n) {
                case Lit l -> out.add(new CharClass.CharSet(List.of(new SetLit(l.c())), false, mode));
                case NotLit l -> out.add(new CharClass.CharSet(List.of(new SetLit(l.c())), true, mode));
                case In in -> out.add(new CharClass.CharSet(in.items(), in.negate(), mode));
                case Any a -> (flags & FLAG_DOTALL) == 0
                        ? out.add(new CharClass.CharSet(List.of(new SetLit('\n')), true, 0)) : false;
                case Sub s -> s.body().width(widths)[0] > 0
                        && firstOf(s.body(), combineFlags(flags, s.addFlags(), s.delFlags()), out);
                case Atomic a -> a.body().width(widths)[0] > 0 && firstOf(a.body(), flags, out);
                case Repeat r -> r.item().width(widths)[0] > 0 && firstOf(r.item(), flags, out);
                case Branch b -> {
                    for (Seq alt : b.alts()) {
                        if (alt.width(widths)[0] == 0 || !firstOf(alt, flags, out)) yield false;
                    }
                    yield true;
                }
                default -> false;
            };
        }
        return false;
    }

    private static boolean anchored(Seq tree, int flags) {
        if (tree.items.isEmpty()) return false;
        return tree.items.get(0) instanceof At at && (at.kind() == AtKind.BEGINNING_STRING
                || (at.kind() == AtKind.BEGINNING && (flags & FLAG_MULTILINE) == 0));
    }
}
