package org.ember.parser;

/**
 * A syntax error found while tokenizing or parsing: carries exactly what CPython's
 * {@code SyntaxError} object carries, so that the runtime can turn it into one.
 *
 * <p>Like every exception Ember uses for control flow, it never fills in a Java stack trace.
 * Positions use the values CPython puts on the exception: {@code lineno}/{@code endLineno}
 * 1-based, {@code offset}/{@code endOffset} 1-based counts of characters (code points) into
 * {@code text}; -1 stands for Python's None.
 */
public final class ParseError extends RuntimeException {

    /**
     * The Python exception class: SyntaxError or one of its subclasses, or MemoryError, which
     * CPython's parser raises (without a position) when the source is too deeply nested to parse.
     */
    public enum Kind { SyntaxError, IndentationError, TabError, MemoryError,
        /** compile(..., PyCF_ALLOW_INCOMPLETE_INPUT) at the end of the source: "incomplete input". */
        _IncompleteInputError }

    public final Kind kind;
    /** The message, e.g. {@code '(' was never closed}. */
    public final String msg;
    public final String filename;
    public final int lineno, offset, endLineno, endOffset;
    /** The offending source line including its newline, or null (Python None). */
    public final String text;
    /**
     * For errors found after parsing: true when CPython's code generator raises this one (its
     * args are (msg, (file, line, offset, text, end line, end offset))), false when its symbol
     * table does (args (msg,), the location only as attributes).
     */
    public final boolean codegenArgs;

    public ParseError(Kind kind, String msg, String filename, int lineno, int offset,
                      int endLineno, int endOffset, String text) {
        this(kind, msg, filename, lineno, offset, endLineno, endOffset, text, false);
    }

    public ParseError(Kind kind, String msg, String filename, int lineno, int offset,
                      int endLineno, int endOffset, String text, boolean codegenArgs) {
        super(msg, null, false, false);
        this.codegenArgs = codegenArgs;
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** True for SyntaxError and its subclasses; false for MemoryError. */
    public boolean isSyntaxError() {
        return kind != Kind.MemoryError;
    }

    @Override
    public String toString() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
