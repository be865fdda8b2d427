package org.ember.parser;

/**
 * One token of Python source.
 *
 * <p>Positions follow CPython: lines are 1-based, columns are 0-based and counted in UTF-8
 * bytes of the line (that is what {@code ast} reports as {@code col_offset}). {@code start} and
 * {@code end} are char offsets into the source string, for slicing the token's text cheaply.
 *
 * <p>{@code text} is the token's exact source text: a STRING token includes its prefix and
 * quotes; FSTRING_MIDDLE/TSTRING_MIDDLE hold the raw literal text between replacement fields
 * (escapes, including doubled braces, are NOT processed — the parser decodes them); INDENT and
 * DEDENT have empty text; NEWLINE holds the newline characters (empty at end of file without one).
 */
public record Token(
        TokenType type,
        String text,
        int lineno,
        int colOffset,
        int endLineno,
        int endColOffset,
        int start,
        int end) {

    public boolean is(TokenType t) { return type == t; }

    /** True for a NAME token spelled {@code word} (keywords and soft keywords are NAMEs). */
    public boolean isName(String word) { return type == TokenType.NAME && text.equals(word); }

    @Override
    public String toString() {
        return type + " " + text + " " + lineno + ":" + colOffset + "-" + endLineno + ":" + endColOffset;
    }
}
