package org.ember.parser;

/**
 * Formats a {@link ParseError} the way CPython 3.13's traceback module prints a SyntaxError
 * raised by the main program ({@code traceback.TracebackException._format_syntax_error}):
 * the file and line, the source line without its indentation, a caret line under
 * offset..end_offset, then {@code Kind: message}.
 */
public final class SyntaxErrorFormat {
    private SyntaxErrorFormat() {}

    public static String format(ParseError e) {
        if (!e.isSyntaxError()) return e.kind.name() + ": " + e.msg + "\n";   // MemoryError: no file, line or caret
        StringBuilder out = new StringBuilder();
        String filenameSuffix = "";
        if (e.lineno != -1) {                  // Python: lineno is not None (0 is printed: encoding errors)
            out.append("  File \"").append(e.filename == null || e.filename.isEmpty() ? "<string>" : e.filename)
                    .append("\", line ").append(e.lineno).append('\n');
        } else if (e.filename != null) {
            filenameSuffix = " (" + e.filename + ")";
        }
        if (e.text != null) {
            appendSourceAndCarets(out, e);
        }
        String msg = e.msg == null || e.msg.isEmpty() ? "<no detail available>" : e.msg;
        out.append(e.kind.name()).append(": ").append(msg).append(filenameSuffix).append('\n');
        return out.toString();
    }

    private static void appendSourceAndCarets(StringBuilder out, ParseError e) {
        int[] text = e.text.codePoints().toArray();
        int rtextLen = text.length;
        while (rtextLen > 0 && text[rtextLen - 1] == '\n') rtextLen--;
        int spaces = 0;
        while (spaces < rtextLen && (text[spaces] == ' ' || text[spaces] == '\n' || text[spaces] == '\f')) spaces++;
        String ltext = new String(text, spaces, rtextLen - spaces);
        if (e.offset == -1) {
            out.append("    ").append(ltext).append('\n');
            return;
        }
        int offset = e.offset;
        int endOffset;
        if (e.lineno == e.endLineno) {
            endOffset = e.endOffset == -1 || e.endOffset == 0 ? offset : e.endOffset;
        } else {
            endOffset = rtextLen + 1;
        }
        if (text.length > 0 && offset > text.length) offset = rtextLen + 1;
        if (text.length > 0 && endOffset > text.length) endOffset = rtextLen + 1;
        if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
        int colno = offset - 1 - spaces;
        int endColno = endOffset - 1 - spaces;
        out.append("    ").append(ltext).append('\n');
        if (colno >= 0) {
            StringBuilder carets = new StringBuilder("    ");
            int[] l = ltext.codePoints().toArray();
            for (int i = 0; i < colno && i < l.length; i++) {
                carets.appendCodePoint(isPythonSpace(l[i]) ? l[i] : ' ');
            }
            carets.append("^".repeat(Math.max(0, endColno - colno)));
            out.append(carets).append('\n');
        }
    }

    /** Python's str.isspace for one character. */
    public static boolean isPythonSpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0
                || Character.isSpaceChar(c);
    }
}
