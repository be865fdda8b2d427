package org.ember.runtime;

import java.util.function.IntPredicate;

/**
 * The str.is*() predicates (isspace, isdigit, isalpha, isalnum, isdecimal, isnumeric) of the 256
 * Latin-1 characters as bit flags, computed once from the predicates themselves: tokenizers call
 * {@code ch.isdigit()} on every character, and the general tests (Character.getType, then
 * getNumericValue for every non-digit) cost more than the call around them.
 */
final class Latin1Classes {
    private Latin1Classes() {}

    static final int SPACE = 1, DIGIT = 2, ALPHA = 4, ALNUM = 8, DECIMAL = 16, NUMERIC = 32;

    private static final byte[] FLAGS = new byte[256];

    static {
        for (int c = 0; c < 256; c++) {
            int f = 0;
            if (PyStr.isSpace(c)) f |= SPACE;
            if (PyStr.isDigitChar(c)) f |= DIGIT;
            if (Character.isLetter(c)) f |= ALPHA;
            if (Character.isLetter(c) || StrMethods.isNumeric(c)) f |= ALNUM;
            if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) f |= DECIMAL;
            if (StrMethods.isNumeric(c)) f |= NUMERIC;
            FLAGS[c] = (byte) f;
        }
    }

    /**
     * True when v is not empty and every code point in it has {@code flag} (Latin-1 characters,
     * from the table) or passes {@code test} (the others).
     */
    static boolean all(String v, int flag, IntPredicate test) {
        int n = v.length();
        if (n == 0) return false;
        for (int i = 0; i < n; ) {
            char c = v.charAt(i);
            if (c < 256) {
                if ((FLAGS[c] & flag) == 0) return false;
                i++;
            } else {
                int cp = v.codePointAt(i);
                if (!test.test(cp)) return false;
                i += Character.charCount(cp);
            }
        }
        return true;
    }
}
