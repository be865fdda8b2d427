package org.ember.modules.re;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed pattern, shaped like CPython's {@code re._parser} output (a sequence of items, each
 * an operator and its argument) so that widths, the "nothing to repeat" rules and the compiler's
 * flag scoping come out the same. Flags are not stored in the nodes: {@link RegexCompiler}
 * applies them while it walks the tree, as CPython's compiler does.
 */
sealed interface Node {

    /** A sequence of items (CPython's SubPattern). */
    final class Seq implements Node {
        final List<Node> items = new ArrayList<>();
        private long[] width;

        boolean isEmpty() { return items.isEmpty(); }

        /** (min, max) width in characters, saturating at {@link #MAXWIDTH}. */
        long[] width(List<long[]> groupWidths) {
            if (width == null) width = computeWidth(groupWidths);
            return width;
        }

        private long[] computeWidth(List<long[]> groupWidths) {
            long lo = 0, hi = 0;
            for (Node n : items) {
                long[] w = switch (n) {
                    case Branch b -> {
                        long i = MAXWIDTH, j = 0;
                        for (Seq alt : b.alts()) {
                            long[] aw = alt.width(groupWidths);
                            i = Math.min(i, aw[0]);
                            j = Math.max(j, aw[1]);
                        }
                        yield new long[] {i, j};
                    }
                    case Atomic a -> a.body().width(groupWidths);
                    case Sub s -> s.body().width(groupWidths);
                    case Repeat r -> {
                        long[] iw = r.item().width(groupWidths);
                        long l = mul(iw[0], r.min());
                        long h = r.max() == MAXREPEAT && iw[1] != 0 ? MAXWIDTH : mul(iw[1], r.max());
                        yield new long[] {l, h};
                    }
                    case Lit l -> ONE;
                    case NotLit l -> ONE;
                    case In in -> ONE;
                    case Any a -> ONE;
                    case GroupRef g -> groupWidths.get(g.group());
                    case GroupRefExists g -> {
                        long[] yw = g.yes().width(groupWidths);
                        long i = yw[0], j = yw[1];
                        if (g.no() != null) {
                            long[] nw = g.no().width(groupWidths);
                            i = Math.min(i, nw[0]);
                            j = Math.max(j, nw[1]);
                        } else {
                            i = 0;
                        }
                        yield new long[] {i, j};
                    }
                    default -> ZERO;
                };
                lo = add(lo, w[0]);
                hi = add(hi, w[1]);
            }
            return new long[] {lo, hi};
        }
    }

    long MAXREPEAT = 4294967295L;
    /** CPython's MAXWIDTH is 2**64; widths saturate here, far beyond any real width. */
    long MAXWIDTH = 1L << 62;
    long[] ONE = {1, 1};
    long[] ZERO = {0, 0};

    static long add(long a, long b) {
        return Math.min(MAXWIDTH, a + b);
    }

    static long mul(long a, long b) {
        if (a == 0 || b == 0) return 0;
        return a > MAXWIDTH / b ? MAXWIDTH : Math.min(MAXWIDTH, a * b);
    }

    record Lit(int c) implements Node {}
    record NotLit(int c) implements Node {}
    /** A character set; items are {@link SetItem}s. */
    record In(List<SetItem> items, boolean negate) implements Node {}
    record Any() implements Node {}
    record At(AtKind kind) implements Node {}
    record Branch(List<Seq> alts) implements Node {}
    /** A group: capturing when group > 0, else a flag scope (?i:...). */
    record Sub(int group, int addFlags, int delFlags, Seq body) implements Node {}
    record Atomic(Seq body) implements Node {}
    record Repeat(RepeatKind kind, long min, long max, Seq item) implements Node {}
    record GroupRef(int group) implements Node {}
    record GroupRefExists(int group, Seq yes, Seq no) implements Node {}
    /** Look-ahead (dir 1) or look-behind (dir -1), positive or negative. */
    record Assert(int dir, boolean negate, Seq body) implements Node {}
    record Failure() implements Node {}

    enum AtKind { BEGINNING, BEGINNING_STRING, END, END_STRING, BOUNDARY, NON_BOUNDARY }
    enum RepeatKind { GREEDY, LAZY, POSSESSIVE }
    enum Category { DIGIT, NOT_DIGIT, SPACE, NOT_SPACE, WORD, NOT_WORD }

    sealed interface SetItem {}
    record SetLit(int c) implements SetItem {}
    record SetRange(int lo, int hi) implements SetItem {}
    record SetCategory(Category cat) implements SetItem {}
}
