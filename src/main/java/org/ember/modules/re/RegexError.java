package org.ember.modules.re;

/**
 * A pattern or template that CPython's {@code re} rejects: {@code re.error} (PatternError) with
 * the message and position (or -1 when CPython gives none, e.g. for the look-behind width
 * check, which its compiler raises). {@link #overflow} marks the few checks CPython reports as
 * OverflowError, {@link #indexError} the template's unknown group name (an IndexError).
 */
public final class RegexError extends RuntimeException {
    public enum Kind { PATTERN, OVERFLOW, INDEX, VALUE, RECURSION }

    public final Kind kind;
    public final int pos;

    public RegexError(String message, int pos) {
        this(Kind.PATTERN, message, pos);
    }

    public RegexError(Kind kind, String message, int pos) {
        super(message, null, false, false);
        this.kind = kind;
        this.pos = pos;
    }
}
