package org.ember.parser;

/**
 * The tokenizer's table of ASCII identifiers (and operator texts): every occurrence of a name in one source text gets
 * the same String instance. That saves a substring copy per NAME token, and later stages (keyword
 * checks, symbol tables, the code generator's name maps) then look up strings whose hash is
 * already cached and compare equal by identity at the first check of String.equals.
 *
 * <p>Open addressing keyed by the characters of a source range, so a hit allocates nothing.
 */
final class NameTable {
    private String[] names = new String[256];
    private int[] hashes = new int[256];
    private int size;

    /** Starts with the keywords' literal instances, which {@link Parser#isKeyword} tests by identity. */
    NameTable() {
        for (String keyword : Parser.KEYWORDS) {
            int hash = keyword.hashCode();   // String's hash is the same 31-polynomial as intern's
            int mask = names.length - 1;
            int slot = spread(hash) & mask;
            while (names[slot] != null) slot = (slot + 1) & mask;
            add(slot, keyword, hash);
        }
    }

    /** The interned string for {@code chars[start, end)}, which lie within {@code source}. */
    String intern(char[] chars, String source, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) hash = 31 * hash + chars[i];
        return intern(chars, source, start, end, hash);
    }

    /** As {@link #intern(char[], String, int, int)} with the range's hash already computed (31-polynomial). */
    String intern(char[] chars, String source, int start, int end, int hash) {
        int mask = names.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String name = names[slot];
            if (name == null) {
                name = source.substring(start, end);
                add(slot, name, hash);
                return name;
            }
            if (hashes[slot] == hash && sameChars(name, chars, start, end)) return name;
        }
    }

    private static boolean sameChars(String name, char[] chars, int start, int end) {
        if (name.length() != end - start) return false;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != chars[start + i]) return false;
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void add(int slot, String name, int hash) {
        names[slot] = name;
        hashes[slot] = hash;
        if (++size * 2 > names.length) grow();
    }

    private void grow() {
        String[] oldNames = names;
        int[] oldHashes = hashes;
        names = new String[oldNames.length * 2];
        hashes = new int[oldNames.length * 2];
        int mask = names.length - 1;
        for (int i = 0; i < oldNames.length; i++) {
            if (oldNames[i] == null) continue;
            int slot = spread(oldHashes[i]) & mask;
            while (names[slot] != null) slot = (slot + 1) & mask;
            names[slot] = oldNames[i];
            hashes[slot] = oldHashes[i];
        }
    }
}
