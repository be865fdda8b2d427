package org.ember.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.ember.parser.Ast;
import org.ember.parser.ParseError;
import org.ember.parser.Parser;

/**
 * The source lines of one traceback entry with CPython 3.13's position markers under them
 * ({@code traceback.StackSummary.format_frame_summary}): {@code ^^^^} under the failing
 * instruction's range, and for a binary operation, a subscript or a call {@code ~~~} under the
 * operands with {@code ^} under the operator, brackets and arguments. Markers are left out
 * when they would only underline a whole line, or a whole {@code x = f(...)} / {@code return f(...)}.
 * Long ranges show the first and last lines and those around the anchors ("...<N lines>...").
 * Column offsets arrive as UTF-8 byte offsets (the location table's), as in CPython.
 */
final class CaretLines {
    private CaretLines() {}

    /** Where the secondary markers start and end (lines index the segment's lines). */
    private record Anchors(int leftLine, int leftOffset, int rightLine, int rightOffset) {}

    /** A position CPython's anchor search would fail on (its assert / IndexError, suppressed there). */
    private static final class NoAnchors extends RuntimeException {
        NoAnchors() {
            super(null, null, false, false);
        }
    }

    /**
     * {@code original}: the entry's lines from its first to its last (right-stripped);
     * {@code startByte}/{@code endByte}: the instruction's columns on the first and last line.
     */
    static String render(List<String> original, int startByte, int endByte) {
        String firstLine = original.get(0);
        String lastLine = original.get(original.size() - 1);
        int startOffset = byteToChar(firstLine, startByte);
        int endOffset = byteToChar(lastLine, endByte);
        List<String> allLines = dedent(original);
        int dedentChars = firstLine.length() - allLines.get(0).length();
        startOffset = Math.max(0, startOffset - dedentChars);
        endOffset = Math.max(0, endOffset - dedentChars);
        int lastIndex = allLines.size() - 1;
        int dpStart = displayWidth(allLines.get(0), startOffset);
        int dpEnd = displayWidth(allLines.get(lastIndex), endOffset);
        String joined = String.join("\n", allLines);
        int segmentEnd = joined.length() - (allLines.get(lastIndex).length() - endOffset);
        String segment = startOffset <= segmentEnd && segmentEnd <= joined.length() ? joined.substring(startOffset, segmentEnd) : "";
        Anchors anchors = anchorsOf(segment);
        boolean show = shouldShowCarets(startOffset, endOffset, allLines, anchors);

        TreeSet<Integer> significant = new TreeSet<>(List.of(0, lastIndex));
        int leftOffset = 0, rightOffset = 0;
        if (anchors != null) {
            leftOffset = anchors.leftOffset() + (anchors.leftLine() == 0 ? startOffset : 0);
            rightOffset = anchors.rightOffset() + (anchors.rightLine() == 0 ? startOffset : 0);
            leftOffset = displayWidth(allLines.get(anchors.leftLine()), leftOffset);
            rightOffset = displayWidth(allLines.get(anchors.rightLine()), rightOffset);
            for (int d = -1; d <= 1; d++) {
                significant.add(anchors.leftLine() + d);
                significant.add(anchors.rightLine() + d);
            }
        }
        significant.remove(-1);
        significant.remove(allLines.size());

        Markers markers = new Markers(allLines, show, anchors, dpStart, dpEnd, leftOffset, rightOffset);
        List<String> result = new ArrayList<>();
        Integer previous = null;
        for (int lineno : significant) {
            if (previous != null) {
                int gap = lineno - previous;
                if (gap == 2) markers.output(previous + 1, result);
                else if (gap > 2) result.add("...<" + (gap - 1) + " lines>...");
            }
            markers.output(lineno, result);
            previous = lineno;
        }
        StringBuilder out = new StringBuilder();
        for (String line : dedent(result)) out.append("    ").append(line).append('\n');
        return out.toString();
    }

    /** Writes a line and, when shown, its marker line. */
    private record Markers(List<String> allLines, boolean show, Anchors anchors, int dpStart, int dpEnd,
                           int leftOffset, int rightOffset) {
        void output(int lineno, List<String> result) {
            String line = allLines.get(lineno);
            result.add(line);
            if (!show) return;
            int spaces = line.length() - line.stripLeading().length();
            int count = lineno == allLines.size() - 1 ? dpEnd : displayWidth(line, line.length());
            StringBuilder carets = new StringBuilder();
            for (int col = 0; col < count; col++) {
                if (col < spaces || (lineno == 0 && col < dpStart)) {
                    carets.append(' ');
                } else if (anchors != null
                        && (lineno > anchors.leftLine() || (lineno == anchors.leftLine() && col >= leftOffset))
                        && (lineno < anchors.rightLine() || (lineno == anchors.rightLine() && col < rightOffset))) {
                    carets.append('^');
                } else {
                    carets.append(anchors != null ? '~' : '^');
                }
            }
            result.add(carets.toString());
        }
    }

    /**
     * No markers under a whole line, nor under a call that is the whole value of a simple
     * assignment to a name or of a return.
     */
    private static boolean shouldShowCarets(int startOffset, int endOffset, List<String> allLines, Anchors anchors) {
        Ast.Module tree = parseModule(String.join("\n", allLines));
        if (tree != null) {
            if (tree.body().isEmpty()) return false;
            Ast.Expr value = null;
            switch (tree.body().get(0)) {
                case Ast.Return r when r.value() instanceof Ast.Call call && call.func() instanceof Ast.Name -> value = call;
                case Ast.Assign a when a.value() instanceof Ast.Call call && a.targets().size() == 1
                        && a.targets().get(0) instanceof Ast.Name -> value = call;
                default -> { }
            }
            if (value instanceof Ast.Located v && v.lineno() == 1 && v.end_lineno() == allLines.size()
                    && v.col_offset() == startOffset && v.end_col_offset() == endOffset) {
                return false;
            }
        }
        if (anchors != null) return true;
        String first = allLines.get(0);
        String last = allLines.get(allLines.size() - 1);
        return !first.substring(0, Math.min(startOffset, first.length())).isBlank()
                || !last.substring(Math.min(endOffset, last.length())).isBlank();
    }

    private static Ast.Module parseModule(String source) {
        try {
            return Parser.parse(source, "<unknown>", Parser.Mode.EXEC, false) instanceof Ast.Module m ? m : null;
        } catch (ParseError | StackOverflowError e) {
            return null;
        }
    }

    // ---- anchors --------------------------------------------------------------------------------------------

    /** The operator / bracket positions of a segment that is a binary operation, subscript or call. */
    private static Anchors anchorsOf(String segment) {
        Ast.Module tree = parseModule("(\n" + segment + "\n)");
        if (tree == null || tree.body().size() != 1 || !(tree.body().get(0) instanceof Ast.ExprStmt stmt)) return null;
        String[] lines = segment.split("\n");
        try {
            return switch (stmt.value()) {
                case Ast.BinOp b -> binOpAnchors(lines, b);
                case Ast.Subscript s -> bracketAnchors(lines, s.value(), s, '[');
                case Ast.Call c -> bracketAnchors(lines, c.func(), c, '(');
                default -> null;
            };
        } catch (NoAnchors | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static Anchors binOpAnchors(String[] lines, Ast.BinOp b) {
        int[] at = endOf(lines, (Ast.Located) b.left(), true);
        at = advanceUntil(lines, at, c -> !Character.isWhitespace(c) && c != ')');
        int line = at[0], col = at[1];
        int rightCol = col + 1;
        Ast.Located right = (Ast.Located) b.right();
        if (rightCol < lines[line].length()
                && (right.lineno() - 2 > line || rightCol < byteToChar(lines[right.lineno() - 2], right.col_offset()))
                && !Character.isWhitespace(lines[line].charAt(rightCol))
                && lines[line].charAt(rightCol) != '\\' && lines[line].charAt(rightCol) != '#') {
            rightCol++;
        }
        return new Anchors(line, col, line, rightCol);
    }

    private static Anchors bracketAnchors(String[] lines, Ast.Expr before, Ast.Expr whole, char bracket) {
        int[] left = advanceUntil(lines, endOf(lines, (Ast.Located) before, true), c -> c == bracket);
        int[] right = endOf(lines, (Ast.Located) whole, false);
        return new Anchors(left[0], left[1], right[0], right[1]);
    }

    /** The (line, column) just after {@code expr} (the parse added a "(\n" line before the segment). */
    private static int[] endOf(String[] lines, Ast.Located expr, boolean forceValid) {
        int line = expr.end_lineno() - 2;
        int col = byteToChar(lines[line], expr.end_col_offset());
        return forceValid ? nextValid(lines, line, col) : new int[] {line, col};
    }

    private static int[] nextValid(String[] lines, int line, int col) {
        while (line < lines.length && col >= lines[line].length()) {
            col = 0;
            line++;
        }
        if (line >= lines.length) throw new NoAnchors();
        return new int[] {line, col};
    }

    /** The next position whose character satisfies {@code stop}, skipping comments and line continuations. */
    private static int[] advanceUntil(String[] lines, int[] at, java.util.function.IntPredicate stop) {
        int line = at[0], col = at[1];
        while (true) {
            char c = lines[line].charAt(col);
            int[] next;
            if (c == '\\' || c == '#') next = nextValid(lines, line + 1, 0);
            else if (!stop.test(c)) next = nextValid(lines, line, col + 1);
            else return new int[] {line, col};
            line = next[0];
            col = next[1];
        }
    }

    // ---- text helpers ---------------------------------------------------------------------------------------

    /** The number of characters the first {@code bytes} UTF-8 bytes of {@code s} decode to (a partial one counts). */
    static int byteToChar(String s, int bytes) {
        int count = 0, used = 0, i = 0;
        while (i < s.length() && used < bytes) {
            int cp = s.codePointAt(i);
            used += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            int width = Character.charCount(cp);
            count += width;
            i += width;
        }
        return count;
    }

    /** Columns the first {@code offset} characters take on a terminal: East Asian wide characters count 2. */
    static int displayWidth(String line, int offset) {
        int end = Math.min(offset, line.length());
        boolean ascii = line.chars().allMatch(c -> c < 128);
        if (ascii) return offset;
        int width = 0;
        for (int i = 0; i < end; ) {
            int cp = line.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Unicode East_Asian_Width W or F (the common blocks). */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** textwrap.dedent: strip the common leading blanks; lines of only blanks become empty. */
    static List<String> dedent(List<String> lines) {
        String margin = null;
        for (String line : lines) {
            if (isBlankLine(line)) continue;
            int n = 0;
            while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) n++;
            String indent = line.substring(0, n);
            if (margin == null) {
                margin = indent;
            } else {
                int common = 0;
                while (common < margin.length() && common < indent.length() && margin.charAt(common) == indent.charAt(common)) common++;
                margin = margin.substring(0, common);
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (isBlankLine(line)) out.add("");
            else out.add(margin == null ? line : line.substring(margin.length()));
        }
        return out;
    }

    private static boolean isBlankLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') return false;
        }
        return true;
    }
}
