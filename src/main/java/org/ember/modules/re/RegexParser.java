package org.ember.modules.re;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ember.modules.re.Node.*;

/**
 * Python's pattern syntax, parsed with the same token rules and the same error messages and
 * positions as CPython's {@code re._parser} (written from its observable behaviour). The
 * pattern is a code-point array; for bytes patterns each byte is one "code point" and
 * {@code isText} is false (the \\u, \\U, \\N escapes and the 'u' flag are then refused).
 */
final class RegexParser {

    static final int FLAG_IGNORECASE = 2, FLAG_LOCALE = 4, FLAG_MULTILINE = 8, FLAG_DOTALL = 16,
            FLAG_UNICODE = 32, FLAG_VERBOSE = 64, FLAG_DEBUG = 128, FLAG_ASCII = 256;
    static final int TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
    static final int GLOBAL_FLAGS = FLAG_DEBUG;
    static final int MAXGROUPS = 1073741823;

    /** The result: the tree, the final flags, the group count and the names. */
    record Parsed(Seq tree, int flags, int groups, Map<String, Integer> groupIndex, List<long[]> groupWidths) {}

    // ---- the tokenizer: a token is one character or a backslash and the next one ----

    private final int[] src;
    private final boolean isText;
    private int index;
    /** The current token, or null at the end of the pattern. */
    private String next;
    private int nextLen;

    // ---- parser state (CPython's State) ----
    private int flags;
    private final Map<String, Integer> groupDict = new LinkedHashMap<>();
    private final List<long[]> groupWidths = new ArrayList<>();
    private int lookbehindGroups = -1;
    private final Map<Integer, Integer> groupRefPos = new HashMap<>();
    /** Open parentheses around the current point. */
    private int depth;
    /**
     * CPython's parser recurses twice per nesting level and stops at its recursion limit (1000):
     * 495 nested groups is the most it takes when called from the top level.
     */
    static final int MAX_NESTING = 495;

    private RegexParser(int[] src, boolean isText) {
        this.src = src;
        this.isText = isText;
        groupWidths.add(null);
        advance();
    }

    static Parsed parse(int[] pattern, boolean isText, int flags) {
        RegexParser p = new RegexParser(pattern, isText);
        p.flags = flags;
        Seq tree = p.parseSub((flags & FLAG_VERBOSE) != 0, 0);
        p.flags = fixFlags(isText, p.flags);
        if (p.next != null) throw p.error("unbalanced parenthesis", 0);
        for (var e : p.groupRefPos.entrySet()) {
            if (e.getKey() >= p.groups()) {
                throw new RegexError("invalid group reference " + e.getKey(), e.getValue());
            }
        }
        return new Parsed(tree, p.flags, p.groups(), p.groupDict, p.groupWidths);
    }

    static int fixFlags(boolean isText, int flags) {
        if (isText) {
            if ((flags & FLAG_LOCALE) != 0) {
                throw new RegexError(RegexError.Kind.VALUE, "cannot use LOCALE flag with a str pattern", -1);
            }
            if ((flags & FLAG_ASCII) == 0) return flags | FLAG_UNICODE;
            if ((flags & FLAG_UNICODE) != 0) {
                throw new RegexError(RegexError.Kind.VALUE, "ASCII and UNICODE flags are incompatible", -1);
            }
        } else {
            if ((flags & FLAG_UNICODE) != 0) {
                throw new RegexError(RegexError.Kind.VALUE, "cannot use UNICODE flag with a bytes pattern", -1);
            }
            if ((flags & FLAG_LOCALE) != 0 && (flags & FLAG_ASCII) != 0) {
                throw new RegexError(RegexError.Kind.VALUE, "ASCII and LOCALE flags are incompatible", -1);
            }
        }
        return flags;
    }

    private void advance() {
        int i = index;
        if (i >= src.length) {
            next = null;
            nextLen = 0;
            return;
        }
        int c = src[i];
        if (c == '\\') {
            i++;
            if (i >= src.length) throw new RegexError("bad escape (end of pattern)", src.length - 1);
            next = new String(new int[] {c, src[i]}, 0, 2);
            nextLen = 2;
        } else {
            next = Character.toString(c);
            nextLen = 1;
        }
        index = i + 1;
    }

    private boolean match(char c) {
        if (next != null && nextLen == 1 && next.charAt(0) == c) {
            advance();
            return true;
        }
        return false;
    }

    private String get() {
        String t = next;
        advance();
        return t;
    }

    private boolean nextIs(char c) {
        return next != null && nextLen == 1 && next.charAt(0) == c;
    }

    private boolean nextIn(String chars) {
        return next != null && nextLen == 1 && chars.indexOf(next.charAt(0)) >= 0;
    }

    private String getWhile(int n, String chars) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (!nextIn(chars)) break;
            sb.append(next);
            advance();
        }
        return sb.toString();
    }

    /** Reads up to the terminator (a name); errors as CPython's getuntil. */
    private String getUntil(char terminator, String name) {
        StringBuilder sb = new StringBuilder();
        int len = 0;
        while (true) {
            String c = next;
            int clen = nextLen;
            advance();
            if (c == null) {
                if (len == 0) throw error("missing " + name, 0);
                throw error("missing " + terminator + ", unterminated name", len);
            }
            if (clen == 1 && c.charAt(0) == terminator) {
                if (len == 0) throw error("missing " + name, 1);
                break;
            }
            sb.append(c);
            len += clen;
        }
        return sb.toString();
    }

    private int tell() {
        return index - nextLen;
    }

    private void seek(int i) {
        index = i;
        advance();
    }

    private RegexError error(String msg, int offset) {
        if (!isText) msg = asciiBackslashReplace(msg);
        return new RegexError(msg, tell() - offset);
    }

    private static String asciiBackslashReplace(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 128) sb.append((char) c);
            else if (c < 256) sb.append(String.format("\\x%02x", c));
            else if (c < 0x10000) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        });
        return sb.toString();
    }

    private static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    private void checkGroupName(String name, int offset) {
        if (!isText && !name.chars().allMatch(ch -> ch < 128)) {
            throw error("bad character in group name " + asciiRepr(name), cpLen(name) + offset);
        }
        if (!org.ember.runtime.PyStr.isIdentifier(name)) {
            throw error("bad character in group name " + org.ember.runtime.PyStr.repr(name), cpLen(name) + offset);
        }
    }

    private static String asciiRepr(String s) {
        return asciiBackslashReplace(org.ember.runtime.PyStr.repr(s));
    }

    // ---- state ----

    private int groups() {
        return groupWidths.size();
    }

    private int openGroup(String name) {
        int gid = groups();
        groupWidths.add(null);
        if (groups() > MAXGROUPS) throw new RegexError("too many groups", -1);
        if (name != null) {
            Integer old = groupDict.get(name);
            if (old != null) {
                throw new RegexError("redefinition of group name " + org.ember.runtime.PyStr.repr(name)
                        + " as group " + gid + "; was group " + old, -1);
            }
            groupDict.put(name, gid);
        }
        return gid;
    }

    private boolean checkGroup(int gid) {
        return gid < groups() && groupWidths.get(gid) != null;
    }

    private void checkLookbehindGroup(int gid) {
        if (lookbehindGroups >= 0) {
            if (!checkGroup(gid)) throw error("cannot refer to an open group", 0);
            if (gid >= lookbehindGroups) {
                throw error("cannot refer to group defined in the same lookbehind subpattern", 0);
            }
        }
    }

    // ---- escapes ----

    private static final String DIGITS = "0123456789", OCTDIGITS = "01234567",
            HEXDIGITS = "0123456789abcdefABCDEF";

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int simpleEscape(int c) {
        return switch (c) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            default -> -1;
        };
    }

    private static Category category(int c) {
        return switch (c) {
            case 'd' -> Category.DIGIT;
            case 'D' -> Category.NOT_DIGIT;
            case 's' -> Category.SPACE;
            case 'S' -> Category.NOT_SPACE;
            case 'w' -> Category.WORD;
            case 'W' -> Category.NOT_WORD;
            default -> null;
        };
    }

    /** The escapes shared by both contexts: \\x, \\u, \\U, \\N; returns -1 when not one of them. */
    private int numericEscape(String escape, int c) {
        if (c == 'x') {
            String e = escape + getWhile(2, HEXDIGITS);
            if (cpLen(e) != 4) throw error("incomplete escape " + e, cpLen(e));
            return Integer.parseInt(e.substring(2), 16);
        }
        if (c == 'u' && isText) {
            String e = escape + getWhile(4, HEXDIGITS);
            if (cpLen(e) != 6) throw error("incomplete escape " + e, cpLen(e));
            return Integer.parseInt(e.substring(2), 16);
        }
        if (c == 'U' && isText) {
            String e = escape + getWhile(8, HEXDIGITS);
            if (cpLen(e) != 10) throw error("incomplete escape " + e, cpLen(e));
            long v = Long.parseLong(e.substring(2), 16);
            if (v > 0x10FFFF) throw error("bad escape " + e, cpLen(e));
            return (int) v;
        }
        if (c == 'N' && isText) {
            if (!match('{')) throw error("missing {", 0);
            String name = getUntil('}', "character name");
            int cp = lookupName(name);
            if (cp < 0) {
                throw error("undefined character name " + org.ember.runtime.PyStr.repr(name), cpLen(name) + 4);
            }
            return cp;
        }
        return -1;
    }

    private static int lookupName(String name) {
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** An escape inside [...]: a literal code point, or a category (returned through {@code cat}). */
    private Object classEscape(String escape) {
        int c = escape.codePointAt(1);
        int simple = simpleEscape(c);
        if (simple >= 0) return new SetLit(simple);
        Category cat = category(c);
        if (cat != null) return new SetCategory(cat);
        int num = numericEscape(escape, c);
        if (num >= 0) return new SetLit(num);
        if (OCTDIGITS.indexOf(c) >= 0) {
            String e = escape + getWhile(2, OCTDIGITS);
            int v = Integer.parseInt(e.substring(1), 8);
            if (v > 0377) throw error("octal escape value " + e + " outside of range 0-0o377", cpLen(e));
            return new SetLit(v);
        }
        if (DIGITS.indexOf(c) >= 0 || isAsciiLetter(c)) throw error("bad escape " + escape, cpLen(escape));
        return new SetLit(c);
    }

    /** An escape in an expression. */
    private Node escape(String escape) {
        int c = escape.codePointAt(1);
        switch (c) {
            case 'A' -> { return new At(AtKind.BEGINNING_STRING); }
            case 'Z' -> { return new At(AtKind.END_STRING); }
            case 'b' -> { return new At(AtKind.BOUNDARY); }
            case 'B' -> { return new At(AtKind.NON_BOUNDARY); }
            default -> { }
        }
        Category cat = category(c);
        if (cat != null) return new In(List.of(new SetCategory(cat)), false);
        int simple = simpleEscape(c);
        if (simple >= 0) return new Lit(simple);
        int num = numericEscape(escape, c);
        if (num >= 0) return new Lit(num);
        if (c == '0') {
            String e = escape + getWhile(2, OCTDIGITS);
            return new Lit(Integer.parseInt(e.substring(1), 8));
        }
        if (DIGITS.indexOf(c) >= 0) return numberedEscape(escape, c);
        if (isAsciiLetter(c)) throw error("bad escape " + escape, cpLen(escape));
        return new Lit(c);
    }

    /** \\1 .. \\99 (a group reference) or a three-digit octal escape. */
    private Node numberedEscape(String escape, int c) {
        String e = escape;
        if (nextIn(DIGITS)) {
            e += get();
            if (OCTDIGITS.indexOf(c) >= 0 && OCTDIGITS.indexOf(e.charAt(2)) >= 0 && nextIn(OCTDIGITS)) {
                e += get();
                int v = Integer.parseInt(e.substring(1), 8);
                if (v > 0377) throw error("octal escape value " + e + " outside of range 0-0o377", cpLen(e));
                return new Lit(v);
            }
        }
        int group = Integer.parseInt(e.substring(1));
        if (group < groups()) {
            if (!checkGroup(group)) throw error("cannot refer to an open group", cpLen(e));
            checkLookbehindGroup(group);
            return new GroupRef(group);
        }
        throw error("invalid group reference " + group, cpLen(e) - 1);
    }

    // ---- the grammar ----

    private Seq parseSub(boolean verbose, int nested) {
        List<Seq> items = new ArrayList<>();
        while (true) {
            items.add(parseSeq(verbose, nested + 1, nested == 0 && items.isEmpty()));
            if (!match('|')) break;
            if (nested == 0) verbose = (flags & FLAG_VERBOSE) != 0;
        }
        if (items.size() == 1) return items.get(0);
        Seq seq = new Seq();
        seq.items.add(new Branch(items));
        return seq;
    }

    private Seq parseSeq(boolean verbose, int nested, boolean first) {
        Seq sub = new Seq();
        while (true) {
            String tok = next;
            if (tok == null) break;
            if (nextLen == 1 && (tok.equals("|") || tok.equals(")"))) break;
            boolean escaped = nextLen == 2;
            advance();
            int c = tok.codePointAt(0);
            if (verbose && !escaped) {
                if (" \t\n\r\u000b\f".indexOf(c) >= 0) continue;
                if (c == '#') {
                    while (true) {
                        String t = get();
                        if (t == null || t.equals("\n")) break;
                    }
                    continue;
                }
            }
            if (escaped) {
                sub.items.add(escape(tok));
            } else if (".\\[{()*+?^$|".indexOf(c) < 0) {
                sub.items.add(new Lit(c));
            } else if (c == '[') {
                sub.items.add(parseSet());
            } else if ("*+?{".indexOf(c) >= 0) {
                parseRepeat(sub, c);
            } else if (c == '.') {
                sub.items.add(new Any());
            } else if (c == '(') {
                if (parseGroup(sub, verbose, nested, first)) {
                    verbose = (flags & FLAG_VERBOSE) != 0;
                }
            } else if (c == '^') {
                sub.items.add(new At(AtKind.BEGINNING));
            } else if (c == '$') {
                sub.items.add(new At(AtKind.END));
            }
        }
        unpackPlainGroups(sub);
        return sub;
    }

    /** Non-capturing groups without flags dissolve into their parent, as in CPython. */
    private static void unpackPlainGroups(Seq sub) {
        for (int i = sub.items.size() - 1; i >= 0; i--) {
            if (sub.items.get(i) instanceof Sub s && s.group() < 0 && s.addFlags() == 0 && s.delFlags() == 0) {
                sub.items.remove(i);
                sub.items.addAll(i, s.body().items);
            }
        }
    }

    private Node parseSet() {
        int here = tell() - 1;
        List<SetItem> set = new ArrayList<>();
        boolean negate = match('^');
        while (true) {
            String tok = get();
            if (tok == null) throw error("unterminated character set", tell() - here);
            if (tok.equals("]") && !set.isEmpty()) break;
            Object code1 = tok.length() > 1 && tok.charAt(0) == '\\' ? classEscape(tok)
                    : new SetLit(tok.codePointAt(0));
            if (match('-')) {
                String that = get();
                if (that == null) throw error("unterminated character set", tell() - here);
                if (that.equals("]")) {
                    set.add((SetItem) code1);
                    set.add(new SetLit('-'));
                    break;
                }
                Object code2 = that.length() > 1 && that.charAt(0) == '\\' ? classEscape(that)
                        : new SetLit(that.codePointAt(0));
                if (!(code1 instanceof SetLit l1) || !(code2 instanceof SetLit l2) || l2.c() < l1.c()) {
                    throw error("bad character range " + tok + "-" + that, cpLen(tok) + 1 + cpLen(that));
                }
                set.add(new SetRange(l1.c(), l2.c()));
            } else {
                set.add((SetItem) code1);
            }
        }
        List<SetItem> uniq = new ArrayList<>(new java.util.LinkedHashSet<>(set));
        if (uniq.size() == 1 && uniq.get(0) instanceof SetLit l) {
            return negate ? new NotLit(l.c()) : new Lit(l.c());
        }
        return new In(uniq, negate);
    }

    private static final BigInteger BIG_MAXREPEAT = BigInteger.valueOf(Node.MAXREPEAT);

    private void parseRepeat(Seq sub, int c) {
        int here = tell();
        long min, max;
        switch (c) {
            case '?' -> { min = 0; max = 1; }
            case '*' -> { min = 0; max = Node.MAXREPEAT; }
            case '+' -> { min = 1; max = Node.MAXREPEAT; }
            default -> {
                if (nextIs('}')) {
                    sub.items.add(new Lit('{'));
                    return;
                }
                min = 0;
                max = Node.MAXREPEAT;
                String lo = getWhile(Integer.MAX_VALUE, DIGITS);
                String hi;
                if (match(',')) hi = getWhile(Integer.MAX_VALUE, DIGITS);
                else hi = lo;
                if (!match('}')) {
                    sub.items.add(new Lit('{'));
                    seek(here);
                    return;
                }
                if (!lo.isEmpty()) min = repeatNumber(lo);
                if (!hi.isEmpty()) {
                    max = repeatNumber(hi);
                    if (max < min) throw error("min repeat greater than max repeat", tell() - here);
                }
            }
        }
        Node last = sub.items.isEmpty() ? null : sub.items.get(sub.items.size() - 1);
        if (last == null || last instanceof At) throw error("nothing to repeat", tell() - here + 1);
        if (last instanceof Repeat) throw error("multiple repeat", tell() - here + 1);
        Seq item;
        if (last instanceof Sub s && s.group() < 0 && s.addFlags() == 0 && s.delFlags() == 0) {
            item = s.body();
        } else {
            item = new Seq();
            item.items.add(last);
        }
        RepeatKind kind = match('?') ? RepeatKind.LAZY : match('+') ? RepeatKind.POSSESSIVE : RepeatKind.GREEDY;
        sub.items.set(sub.items.size() - 1, new Repeat(kind, min, max, item));
    }

    private static long repeatNumber(String digits) {
        BigInteger v = new BigInteger(digits);
        if (v.compareTo(BIG_MAXREPEAT) >= 0) {
            throw new RegexError(RegexError.Kind.OVERFLOW, "the repetition number is too large", -1);
        }
        return v.longValue();
    }

    /** Parses after '('; returns true when it was a global-flags group (verbose may change). */
    private boolean parseGroup(Seq sub, boolean verbose, int nested, boolean first) {
        if (++depth > MAX_NESTING) {
            throw new RegexError(RegexError.Kind.RECURSION, "maximum recursion depth exceeded", -1);
        }
        try {
            return parseGroupBody(sub, verbose, nested, first);
        } finally {
            depth--;
        }
    }

    private boolean parseGroupBody(Seq sub, boolean verbose, int nested, boolean first) {
        int start = tell() - 1;
        boolean capture = true, atomic = false;
        String name = null;
        int addFlags = 0, delFlags = 0;
        if (match('?')) {
            String ch = get();
            if (ch == null) throw error("unexpected end of pattern", 0);
            int c = ch.length() == 1 ? ch.charAt(0) : ch.codePointAt(0);
            boolean plain = cpLen(ch) == 1;
            if (plain && c == 'P') {
                if (match('<')) {
                    name = getUntil('>', "group name");
                    checkGroupName(name, 1);
                } else if (match('=')) {
                    String ref = getUntil(')', "group name");
                    checkGroupName(ref, 1);
                    Integer gid = groupDict.get(ref);
                    if (gid == null) {
                        throw error("unknown group name " + org.ember.runtime.PyStr.repr(ref), cpLen(ref) + 1);
                    }
                    if (!checkGroup(gid)) throw error("cannot refer to an open group", cpLen(ref) + 1);
                    checkLookbehindGroup(gid);
                    sub.items.add(new GroupRef(gid));
                    return false;
                } else {
                    String c2 = get();
                    if (c2 == null) throw error("unexpected end of pattern", 0);
                    throw error("unknown extension ?P" + c2, cpLen(c2) + 2);
                }
            } else if (plain && c == ':') {
                capture = false;
            } else if (plain && c == '#') {
                while (true) {
                    if (next == null) throw error("missing ), unterminated comment", tell() - start);
                    if (")".equals(get())) break;
                }
                return false;
            } else if (plain && (c == '=' || c == '!' || c == '<')) {
                parseAssert(sub, ch, verbose, nested, start);
                return false;
            } else if (plain && c == '(') {
                parseConditional(sub, verbose, nested, start);
                return false;
            } else if (plain && c == '>') {
                capture = false;
                atomic = true;
            } else if (plain && (flagValue(c) != 0 || c == '-')) {
                int[] fl = parseFlags(c);
                if (fl == null) {
                    if (!first || !sub.isEmpty()) {
                        throw error("global flags not at the start of the expression", tell() - start);
                    }
                    return true;
                }
                addFlags = fl[0];
                delFlags = fl[1];
                capture = false;
            } else {
                throw error("unknown extension ?" + ch, cpLen(ch) + 1);
            }
        }
        int group = -1;
        if (capture) {
            try {
                group = openGroup(name);
            } catch (RegexError e) {
                throw error(e.getMessage(), (name == null ? 0 : cpLen(name)) + 1);
            }
        }
        boolean subVerbose = (verbose || (addFlags & FLAG_VERBOSE) != 0) && (delFlags & FLAG_VERBOSE) == 0;
        Seq p = parseSub(subVerbose, nested + 1);
        if (!match(')')) throw error("missing ), unterminated subpattern", tell() - start);
        if (group >= 0) groupWidths.set(group, p.width(groupWidths));
        if (atomic) sub.items.add(new Atomic(p));
        else sub.items.add(new Sub(group, addFlags, delFlags, p));
        return false;
    }

    private void parseAssert(Seq sub, String ch, boolean verbose, int nested, int start) {
        int dir = 1;
        char kind = ch.charAt(0);
        int savedLookbehind = lookbehindGroups;
        if (kind == '<') {
            String c2 = get();
            if (c2 == null) throw error("unexpected end of pattern", 0);
            if (!c2.equals("=") && !c2.equals("!")) throw error("unknown extension ?<" + c2, cpLen(c2) + 2);
            kind = c2.charAt(0);
            dir = -1;
            if (lookbehindGroups < 0) lookbehindGroups = groups();
        }
        Seq p = parseSub(verbose, nested + 1);
        if (dir < 0 && savedLookbehind < 0) lookbehindGroups = -1;
        if (!match(')')) throw error("missing ), unterminated subpattern", tell() - start);
        if (kind == '=') sub.items.add(new Assert(dir, false, p));
        else if (!p.isEmpty()) sub.items.add(new Assert(dir, true, p));
        else sub.items.add(new Failure());
    }

    private void parseConditional(Seq sub, boolean verbose, int nested, int start) {
        String condName = getUntil(')', "group name");
        int condGroup;
        boolean asciiDecimal = !condName.isEmpty() && condName.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        if (!asciiDecimal) {
            checkGroupName(condName, 1);
            Integer gid = groupDict.get(condName);
            if (gid == null) {
                throw error("unknown group name " + org.ember.runtime.PyStr.repr(condName), cpLen(condName) + 1);
            }
            condGroup = gid;
        } else {
            BigInteger v = new BigInteger(condName);
            if (v.signum() == 0) throw error("bad group number", cpLen(condName) + 1);
            if (v.compareTo(BigInteger.valueOf(MAXGROUPS)) >= 0) {
                throw error("invalid group reference " + v, cpLen(condName) + 1);
            }
            condGroup = v.intValue();
            groupRefPos.putIfAbsent(condGroup, tell() - cpLen(condName) - 1);
        }
        checkLookbehindGroup(condGroup);
        Seq yes = parseSeq(verbose, nested + 1, false);
        Seq no = null;
        if (match('|')) {
            no = parseSeq(verbose, nested + 1, false);
            if (nextIs('|')) throw error("conditional backref with more than two branches", 0);
        }
        if (!match(')')) throw error("missing ), unterminated subpattern", tell() - start);
        sub.items.add(new GroupRefExists(condGroup, yes, no));
    }

    static int flagValue(int c) {
        return switch (c) {
            case 'i' -> FLAG_IGNORECASE;
            case 'L' -> FLAG_LOCALE;
            case 'm' -> FLAG_MULTILINE;
            case 's' -> FLAG_DOTALL;
            case 'x' -> FLAG_VERBOSE;
            case 'a' -> FLAG_ASCII;
            case 'u' -> FLAG_UNICODE;
            default -> 0;
        };
    }

    private static boolean isAlpha(String t) {
        return t.codePoints().allMatch(Character::isLetter);
    }

    private int flagOf(String t) {
        return t != null && cpLen(t) == 1 ? flagValue(t.codePointAt(0)) : 0;
    }

    /** Inline flags after "(?": null for global flags "(?i)", else {add, del} for "(?i-s:". */
    private int[] parseFlags(int c) {
        int add = 0, del = 0;
        String ch = Character.toString(c);
        if (c != '-') {
            while (true) {
                int flag = flagOf(ch);
                if (isText) {
                    if (ch.equals("L")) throw error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                } else if (ch.equals("u")) {
                    throw error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
                }
                add |= flag;
                if ((flag & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != flag) {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                }
                ch = get();
                if (ch == null) throw error("missing -, : or )", 0);
                if (ch.equals(")") || ch.equals("-") || ch.equals(":")) break;
                if (flagOf(ch) == 0) {
                    throw error(isAlpha(ch) ? "unknown flag" : "missing -, : or )", cpLen(ch));
                }
            }
        }
        if (ch.equals(")")) {
            flags |= add;
            return null;
        }
        if ((add & GLOBAL_FLAGS) != 0) throw error("bad inline flags: cannot turn on global flag", 1);
        if (ch.equals("-")) {
            ch = get();
            if (ch == null) throw error("missing flag", 0);
            if (flagOf(ch) == 0) throw error(isAlpha(ch) ? "unknown flag" : "missing flag", cpLen(ch));
            while (true) {
                int flag = flagOf(ch);
                if ((flag & TYPE_FLAGS) != 0) {
                    throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                }
                del |= flag;
                ch = get();
                if (ch == null) throw error("missing :", 0);
                if (ch.equals(":")) break;
                if (flagOf(ch) == 0) throw error(isAlpha(ch) ? "unknown flag" : "missing :", cpLen(ch));
            }
        }
        if ((del & GLOBAL_FLAGS) != 0) throw error("bad inline flags: cannot turn off global flag", 1);
        if ((add & del) != 0) throw error("bad inline flags: flag turned on and off", 1);
        return new int[] {add, del};
    }
}
