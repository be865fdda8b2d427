package org.ember.modules.re;

import java.util.List;

import org.ember.modules.re.Node.*;

/**
 * Python's character classes and case folding for the matcher. Unicode rules follow CPython's
 * {@code _sre} (\\d = decimal digit, \\w = alphanumeric or '_' with Python's isalnum, \\s =
 * str.isspace), the ASCII rules its ASCII tables; the tables themselves are Java's Unicode
 * database, which can differ from CPython's in characters added by newer Unicode versions.
 */
final class CharClass {
    private CharClass() {}

    /** Mode bits carried by instructions: IGNORECASE, and ASCII rules (else Unicode). */
    static final int IGNORE = 1, ASCII = 2;

    static boolean isDigit(int c, boolean ascii) {
        if (c < 128) return c >= '0' && c <= '9';
        return !ascii && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isSpace(int c, boolean ascii) {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (!ascii && c >= 28 && c <= 31);
        return !ascii && org.ember.runtime.PyStr.isSpace(c);
    }

    static boolean isWord(int c, boolean ascii) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (ascii) return false;
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static boolean category(Category cat, int c, boolean ascii) {
        return switch (cat) {
            case DIGIT -> isDigit(c, ascii);
            case NOT_DIGIT -> !isDigit(c, ascii);
            case SPACE -> isSpace(c, ascii);
            case NOT_SPACE -> !isSpace(c, ascii);
            case WORD -> isWord(c, ascii);
            case NOT_WORD -> !isWord(c, ascii);
        };
    }

    static int lower(int c, boolean ascii) {
        if (ascii || c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
        return Character.toLowerCase(c);
    }

    static int upper(int c, boolean ascii) {
        if (ascii || c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
        return Character.toUpperCase(c);
    }

    /** Case-insensitive equality of two characters (Python's simple case folding). */
    static boolean foldEquals(int a, int b, boolean ascii) {
        if (a == b) return true;
        if (ascii) return lower(a, true) == lower(b, true);
        return Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b);
    }

    /** A compiled [...] set: positive items plus negation, with its own mode. */
    static final class CharSet {
        private final List<SetItem> items;
        private final boolean negate;
        private final boolean ascii;
        private final boolean ignore;
        /** The answer for code points below 256, precomputed. */
        private final boolean[] latin1 = new boolean[256];

        CharSet(List<SetItem> items, boolean negate, int mode) {
            this.items = items;
            this.negate = negate;
            this.ascii = (mode & ASCII) != 0;
            this.ignore = (mode & IGNORE) != 0;
            for (int c = 0; c < 256; c++) latin1[c] = compute(c);
        }

        boolean matches(int c) {
            return c < 256 ? latin1[c] : compute(c);
        }

        private boolean compute(int c) {
            boolean in = ignore ? containsIgnoringCase(c) : contains(c);
            return in != negate;
        }

        private boolean containsIgnoringCase(int c) {
            int lo = lower(c, ascii), up = upper(c, ascii);
            for (SetItem item : items) {
                boolean hit = switch (item) {
                    case SetLit l -> foldEquals(c, l.c(), ascii);
                    case SetRange r -> inRange(c, r) || inRange(lo, r) || inRange(up, r)
                            || (!ascii && inRange(lower(up, false), r));
                    case SetCategory cat -> category(cat.cat(), c, ascii);
                };
                if (hit) return true;
            }
            return false;
        }

        private static boolean inRange(int c, SetRange r) {
            return c >= r.lo() && c <= r.hi();
        }

        private boolean contains(int c) {
            for (SetItem item : items) {
                boolean hit = switch (item) {
                    case SetLit l -> l.c() == c;
                    case SetRange r -> c >= r.lo() && c <= r.hi();
                    case SetCategory cat -> category(cat.cat(), c, ascii);
                };
                if (hit) return true;
            }
            return false;
        }
    }
}
