package org.ember.cli;

import org.ember.parser.ParseError;

/**
 * Prints a syntax error the way CPython 3.13's traceback module ends a traceback for one
 * ({@code TracebackException._format_syntax_error}): the file and line, the stripped source line,
 * carets under the offending range, then {@code SyntaxError: msg}.
 */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    /** The lines, each ending in a newline. Positions of -1 stand for Python's None. */
    public static String format(ParseError e) {
        StringBuilder out = new StringBuilder();
        String filenameSuffix = "";
        if (e.lineno != -1) {
            String filename = e.filename == null || e.filename.isEmpty() ? "<string>" : e.filename;
            out.append("  File \"").append(filename).append("\", line ").append(e.lineno).append('\n');
        } else if (e.filename != null) {
            filenameSuffix = " (" + e.filename + ")";
        }
        if (e.text != null) appendSourceAndCarets(out, e);
        String msg = e.msg == null || e.msg.isEmpty() ? "<no detail available>" : e.msg;
        return out.append(e.kind.name()).append(": ").append(msg).append(filenameSuffix).append('\n').toString();
    }

    private static void appendSourceAndCarets(StringBuilder out, ParseError e) {
        int[] text = e.text.codePoints().toArray();
        int rlen = text.length;
        while (rlen > 0 && text[rlen - 1] == '\n') rlen--;             // text.rstrip('\n')
        int spaces = 0;
        while (spaces < rlen && (text[spaces] == ' ' || text[spaces] == '\n' || text[spaces] == '\f')) spaces++;
        String ltext = new String(text, spaces, rlen - spaces);       // rtext.lstrip(' \n\f')
        if (e.offset == -1) {
            out.append("    ").append(ltext).append('\n');
            return;
        }
        int offset = e.offset;
        int endOffset;
        if (e.lineno == e.endLineno) endOffset = e.endOffset == -1 || e.endOffset == 0 ? offset : e.endOffset;
        else endOffset = rlen + 1;
        if (text.length > 0 && offset > text.length) offset = rlen + 1;
        if (text.length > 0 && endOffset > text.length) endOffset = rlen + 1;
        if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
        int colno = offset - 1 - spaces;
        int endColno = endOffset - 1 - spaces;
        out.append("    ").append(ltext).append('\n');
        if (colno < 0) return;
        out.append("    ");
        // whitespace other than spaces (tabs) is kept so that the carets line up under the text
        for (int i = spaces; i < Math.min(spaces + colno, rlen); i++) {
            out.appendCodePoint(isPythonSpace(text[i]) ? text[i] : ' ');
        }
        out.append("^".repeat(Math.max(0, endColno - colno))).append('\n');
    }

    /** Python's str.isspace for one code point. */
    static boolean isPythonSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }
}
