package org.ember.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Python source → tokens, behaving like CPython 3.14's C tokenizer as its PEG parser sees it
 * (see docs/ARCHITECTURE.md, "Tokens", for the contract and the few deliberate differences).
 *
 * <p>The tokenizer walks a {@code char[]} copy of the source with one cursor. Like CPython it
 * reads line by line: the line number advances lazily when the first character of the next line
 * is requested, which is what makes error positions ("detected at line N") come out the same.
 * Line breaks {@code \r\n}, {@code \r} and {@code \n} are all read as {@code '\n'}; a source that
 * does not end with a line break gets an implicit one (as CPython appends one), which shows up as
 * an empty NEWLINE/NL token at the end.
 */
public final class Tokenizer {
    private static final int EOF = -1;
    private static final int TAB_SIZE = 8;
    /** CPython compares indentation a second time with tabs worth one column, to catch mixes. */
    private static final int ALT_TAB_SIZE = 1;
    private static final int MAX_INDENT = 100;
    private static final int MAX_LEVEL = 200;
    private static final int MAX_FSTRING_LEVEL = 150;
    private static final int MAX_EXPR_NESTING = 3;

    private final String source;
    private final String filename;
    private final boolean typeComments;
    /** "tokenize module" mode: COMMENT and NL tokens are produced too. */
    private final boolean allTokens;
    /** The source chars, plus an implicit '\n' when the source does not end with a line break. */
    private final char[] buf;
    /** No character above U+007F: a UTF-8 byte column is then the char offset (most sources). */
    private final boolean ascii;
    /** The current line (lineStart to lineEnd) has no char above U+007F. */
    private boolean lineAscii;
    private final int limit;
    private final int sourceLength;
    /** One String per distinct ASCII identifier (a performance detail: see NameTable). */
    private final NameTable names = new NameTable();

    // Reading position: like CPython's tok->cur, tok->lineno, tok->line_start.
    /** Start of the first line read since the last token boundary (CPython's tok->buf). */
    private int bufStart;
    /** True while a token is being scanned (CPython: tok->start != NULL). */
    private boolean inToken;
    private int pos;
    private int lineno;
    private int lineStart;
    /** Index just after the current line's line break (or limit). */
    private int lineEnd;
    /** Index of the first NUL char, or -1. */
    private final int firstNul;
    private int[] lineStarts;

    // The token being scanned.
    private int tokStart;
    private int tokLineno;
    private int tokLineStart;

    // Indentation.
    private final int[] indentStack = new int[MAX_INDENT];
    private final int[] altIndentStack = new int[MAX_INDENT];
    private int indent;
    private int pendingIndents;
    private boolean atBol = true;
    private boolean commentNewline;

    // Brackets.
    private final char[] parenStack = new char[MAX_LEVEL];
    private final int[] parenLineno = new int[MAX_LEVEL];
    private final int[] parenCol = new int[MAX_LEVEL];
    private final int[] parenLineStart = new int[MAX_LEVEL];
    private int level;

    // f-/t-string modes: modes[0] is the plain regular mode.
    private final Mode[] modes = new Mode[MAX_FSTRING_LEVEL + 1];
    private int modeDepth;

    /** ENDMARKER was read: the out fields keep it for every later advance(). */
    private boolean ended;
    /** The error already thrown: like CPython's tokenizer, a failed one stays failed. */
    private ParseError failure;
    private final List<Warning> warnings = new ArrayList<>();

    // Incremental UTF-8 column cache for the line being tokenized.
    private int colCacheLineStart = -1;
    private int colCachePos;
    private int colCacheBytes;

    /** Tokenizer state of one f-string or t-string being read (CPython's tokenizer_mode). */
    private static final class Mode {
        boolean regular = true;
        char quote;
        int quoteSize;
        boolean raw;
        boolean tstring;
        int startPos;
        int startLineStart;
        int startLineno;
        int curlyDepth;
        int exprStartDepth;
        boolean inFormatSpec;
    }

    public Tokenizer(String source, String filename, boolean typeComments) {
        this(source, filename, typeComments, false);
    }

    private Tokenizer(String source, String filename, boolean typeComments, boolean allTokens) {
        this.source = source;
        this.filename = filename;
        this.typeComments = typeComments;
        this.allTokens = allTokens;
        this.sourceLength = source.length();
        char last = sourceLength == 0 ? '\n' : source.charAt(sourceLength - 1);
        boolean implicitNewline = last != '\n' && last != '\r';
        this.buf = new char[sourceLength + (implicitNewline ? 1 : 0)];
        source.getChars(0, sourceLength, buf, 0);
        if (implicitNewline) {
            buf[sourceLength] = '\n';
        }
        this.limit = buf.length;
        this.ascii = allAscii(buf);
        this.firstNul = source.indexOf('\0');
        this.hasCarriageReturn = source.indexOf('\r') >= 0;
        Mode base = new Mode();
        base.exprStartDepth = 0;   // as CPython initializes its first mode
        modes[0] = base;
    }

    /** "tokenize module" mode: the stream also has COMMENT and NL tokens. */
    public static Tokenizer allTokens(String source, String filename) {
        return new Tokenizer(source, filename, false, true);
    }

    /** PEP 263/3120 decoding of a source file's bytes. */
    public static String decode(byte[] source, String filename) {
        return SourceDecoder.decode(source, filename);
    }

    /** The next token; throws ParseError on a lexical error; repeats ENDMARKER at the end. */
    public Token next() {
        advance();
        return new Token(outType, outText, outLineno, outCol, outEndLineno, outEndCol, outStart, outEnd);
    }

    /**
     * Reads the next token into the {@code out*} fields instead of making a {@link Token} (the
     * parser copies them into its parallel arrays: a Token per token was a tenth of the
     * compiler's allocation). Throws ParseError on a lexical error; repeats ENDMARKER at the end.
     */
    void advance() {
        if (ended) {
            return;
        }
        if (failure != null) {
            throw failure;
        }
        try {
            if (firstNul >= 0) {
                // compile() refuses such a string before tokenizing it.
                throw new ParseError(ParseError.Kind.SyntaxError,
                        "source code string cannot contain null bytes", filename, -1, -1, -1, -1, null);
            }
            Token token;
            do {
                Mode mode = modes[modeDepth];
                token = mode.regular ? normalMode(mode) : fstringMode(mode);
            } while (token == null);   // an empty literal run inside an f-string
            if (outType == TokenType.ENDMARKER) {
                ended = true;
            }
        } catch (ParseError e) {
            failure = e;
            throw e;
        }
    }

    /**
     * The token {@link #advance} read, field by field (see {@link Token} for their meaning).
     * An operator's text is its {@link TokenType#operator} literal unless spelled otherwise.
     */
    TokenType outType;
    String outText;
    int outLineno, outCol, outEndLineno, outEndCol, outStart, outEnd;

    /**
     * What the scanning methods return for "a token was read into the out fields" (null still
     * means "no token here, go on"): the fields are the token, this marker only keeps the
     * methods' control flow.
     */
    private static final Token EMITTED = new Token(TokenType.ERRORTOKEN, "", 0, 0, 0, 0, 0, 0);

    private Token emit(TokenType type, String text, int lineno, int col, int endLineno, int endCol, int start, int end) {
        outType = type;
        outText = text;
        outLineno = lineno;
        outCol = col;
        outEndLineno = endLineno;
        outEndCol = endCol;
        outStart = start;
        outEnd = end;
        return EMITTED;
    }

    /** Text of line {@code lineno} (1-based) with a '\n' line break, or null if there is none. */
    public String lineText(int lineno) {
        int[] starts = lineStarts();
        if (lineno < 1 || lineno >= starts.length) {
            return null;
        }
        int start = starts[lineno - 1];
        int end = start;
        while (end < sourceLength && buf[end] != '\n' && buf[end] != '\r') {
            end++;
        }
        return source.substring(start, end) + "\n";
    }

    /**
     * A SyntaxWarning CPython's tokenizer issues: {@code message} at line {@code lineno}, and the
     * SyntaxError CPython raises instead when warnings are errors ({@code -W error}).
     */
    public record Warning(String message, int lineno, ParseError asError) {}

    /** The warnings so far ({@code 1if x}, {@code \{} in a non-raw f-string), in order. */
    public List<Warning> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** A warning found by the parser (invalid escapes), kept in source order with the tokenizer's own. */
    void addWarning(Warning warning) {
        warnings.add(warning);
    }

    private void warn(String message, String errorMessage) {
        warnings.add(new Warning(message, lineno, syntaxError(errorMessage)));
    }

    /** The line the tokenizer is reading (CPython's tok->lineno). */
    public int currentLineno() {
        return Math.max(lineno, 1);
    }

    /**
     * UTF-8 bytes from the start of the current line to the read position (CPython's
     * {@code tok->cur - tok->line_start}, which pegen uses to place errors at tokens without a
     * column such as INDENT/DEDENT/ENDMARKER).
     */
    public int currentColumn() {
        return utf8Length(lineStart, Math.min(pos, limit));
    }

    /** {@link #currentColumn()} not counting the implicit final line break ('single'/'eval' input has none). */
    public int currentColumnInSource() {
        return utf8Length(lineStart, Math.max(lineStart, Math.min(pos, sourceLength)));
    }

    // ---------------------------------------------------------------- reading characters

    /** A read was attempted past the last character (CPython's tokenizer is then E_EOF). */
    private boolean readPastLimit;
    /** The furthest read position undone by a backup: characters before it have been read. */
    private int furthestBackedUp;
    /** Whether any line may end with '\r' ("\r\n" or old Mac line breaks); most sources have none. */
    private final boolean hasCarriageReturn;

    /**
     * Whether the tokenizer has tried to read the character at source index {@code index}:
     * CPython's "tokenizer done at end of source", which compile()'s incomplete-input mode asks
     * about. For exec input pass the buffer's end (the implicit final line break is CPython's
     * appended one); for 'single' and 'eval' input the source's own length (CPython appends none).
     */
    public boolean hasReadAt(int index) {
        return readPastLimit || Math.max(pos, furthestBackedUp) > index;
    }

    /** The source length plus the implicit final line break, if one was added. */
    public int bufferLength() {
        return limit;
    }

    private int nextc() {
        if (pos >= lineEnd) {
            if (pos >= limit) {
                readPastLimit = true;
                return EOF;
            }
            startLine();
        }
        char c = buf[pos++];
        if (c == '\r') {
            if (pos < limit && buf[pos] == '\n') {
                pos++;
            }
            return '\n';
        }
        return c;
    }

    private void backup(int c) {
        if (c == EOF) {
            return;
        }
        if (pos > furthestBackedUp) furthestBackedUp = pos;
        pos--;
        if (c == '\n' && buf[pos] == '\n' && pos > lineStart && buf[pos - 1] == '\r') {
            pos--;
        }
    }

    private void startLine() {
        lineno++;
        lineStart = pos;
        if (!inToken) {
            bufStart = pos;
        }
        if (!hasCarriageReturn) {
            // only '\n' ends lines: the String's vectorized search instead of a loop over chars
            int newline = pos < sourceLength ? source.indexOf('\n', pos) : -1;
            lineEnd = newline >= 0 ? newline + 1 : limit;
            noteLineAscii();
            return;
        }
        int end = pos;
        while (end < limit) {
            char c = buf[end++];
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                if (end < limit && buf[end] == '\n') {
                    end++;
                }
                break;
            }
        }
        lineEnd = end;
        noteLineAscii();
    }

    /**
     * In a source that is not all ASCII, most lines still are: their UTF-8 columns are char
     * offsets, without summing per character (which showed in profiles for such files).
     */
    private void noteLineAscii() {
        if (ascii) return;
        boolean lineIsAscii = true;
        for (int i = lineStart; i < lineEnd; i++) {
            if (buf[i] >= 0x80) {
                lineIsAscii = false;
                break;
            }
        }
        lineAscii = lineIsAscii;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < sourceLength; i++) {
                char c = buf[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= sourceLength || buf[i + 1] != '\n'))) {
                    count++;
                }
            }
            int[] starts = new int[count + 1];
            int n = 1;
            for (int i = 0; i < sourceLength; i++) {
                char c = buf[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= sourceLength || buf[i + 1] != '\n'))) {
                    starts[n++] = i + 1;
                }
            }
            // A final line exists only if text follows the last line break.
            int lines = starts[count - 1] < sourceLength ? count : count - 1;
            lineStarts = Arrays.copyOf(starts, lines + 1);
            lineStarts[lines] = sourceLength;
        }
        return lineStarts;
    }

    // ---------------------------------------------------------------- positions and tokens

    private void markTokenStart(int start) {
        tokStart = start;
        tokLineno = lineno;
        tokLineStart = lineStart;
        inToken = true;
    }

    private static boolean allAscii(char[] chars) {
        for (char c : chars) {
            if (c >= 0x80) return false;
        }
        return true;
    }

    /** UTF-8 length of one UTF-16 unit; a surrogate pair counts 4, all on its high half. */
    private static int utf8Bytes(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        if (Character.isHighSurrogate(c)) {
            return 4;
        }
        return Character.isLowSurrogate(c) ? 0 : 3;
    }

    /** UTF-8 bytes from {@code from} (a line start) to {@code to}, cached for left-to-right use. */
    private int utf8Length(int from, int to) {
        if (ascii || (lineAscii && from == lineStart && to <= lineEnd)) return Math.max(0, to - from);
        if (from != colCacheLineStart || to < colCachePos) {
            colCacheLineStart = from;
            colCachePos = from;
            colCacheBytes = 0;
        }
        int bytes = colCacheBytes;
        for (int i = colCachePos; i < to; i++) {
            bytes += utf8Bytes(buf[i]);
        }
        colCachePos = to;
        colCacheBytes = bytes;
        return bytes;
    }

    private int byteCol(int lineStartOfPos, int p) {
        if (ascii || (lineAscii && lineStartOfPos == lineStart && p <= lineEnd)) return Math.max(0, p - lineStartOfPos);
        if (lineStartOfPos != colCacheLineStart) {
            // Compute without disturbing the cache of the current line.
            int bytes = 0;
            for (int i = lineStartOfPos; i < p; i++) {
                bytes += utf8Bytes(buf[i]);
            }
            return bytes;
        }
        return utf8Length(lineStartOfPos, p);
    }

    private String slice(int start, int end) {
        return source.substring(Math.min(start, sourceLength), Math.min(end, sourceLength));
    }

    /** A token from tokStart to end, its text being the source slice. */
    private Token make(TokenType type, int end) {
        return make(type, slice(tokStart, end), tokStart, end);
    }

    /** An operator or delimiter token: its text comes from the name table (no String per token). */
    private Token makeOperator(TokenType type) {
        // the operator's literal, except for '<>' (NOTEQUAL) and the generic OP (no literal)
        String text = type.operator != null && type != TokenType.NOTEQUAL ? type.operator
                : names.intern(buf, source, Math.min(tokStart, sourceLength), Math.min(pos, sourceLength));
        return make(type, text, tokStart, pos);
    }

    private Token make(TokenType type, String text, int start, int end) {
        int col = byteCol(tokLineStart, start);
        // The implicit final line break is not source text: it adds no columns.
        int endCol = utf8Length(lineStart, Math.min(end, sourceLength));
        return emit(type, text, tokLineno, col, lineno, endCol, Math.min(start, sourceLength),
                Math.min(end, sourceLength));
    }

    /** A token without columns (INDENT/DEDENT/ENDMARKER as CPython's parser sees them). */
    private Token makeColumnless(TokenType type) {
        int at = Math.min(pos, sourceLength);
        return emit(type, "", Math.max(lineno, 1), -1, Math.max(lineno, 1), -1, at, at);
    }

    // ---------------------------------------------------------------- errors

    /** Characters from {@code from} to {@code to} as CPython counts them: "\r\n" is one. */
    private int codePoints(int from, int to) {
        int count = Character.codePointCount(buf, from, Math.max(to, from) - from);
        for (int i = from + 1; i < to; i++) {
            if (buf[i] == '\n' && buf[i - 1] == '\r') {
                count--;
            }
        }
        return count;
    }

    /** The text of the line starting at {@code start}, without its line break. */
    private String lineWithoutBreak(int start) {
        int end = start;
        while (end < limit && buf[end] != '\n' && buf[end] != '\r') {
            end++;
        }
        return slice(start, end);
    }

    private String lineWithBreak(int start) {
        return lineWithoutBreak(start) + "\n";
    }

    /** CPython's tokenizer error: offsets are characters from the line start to the cursor. */
    private ParseError syntaxError(String msg) {
        return syntaxErrorAt(msg, lineStart, pos);
    }

    private ParseError syntaxErrorAt(String msg, int lineStartOfError, int cursor) {
        int offset = codePoints(lineStartOfError, cursor);
        return new ParseError(ParseError.Kind.SyntaxError, msg, filename, lineno, offset, lineno,
                offset, lineWithoutBreak(lineStartOfError));
    }

    private ParseError syntaxErrorRange(String msg, int offset, int endOffset) {
        return new ParseError(ParseError.Kind.SyntaxError, msg, filename, lineno, offset, lineno,
                endOffset, lineWithoutBreak(lineStart));
    }

    /** Errors that pegen raises from the tokenizer's state (E_EOF, E_DEDENT): cursor-relative. */
    private ParseError cursorError(ParseError.Kind kind, String msg) {
        int offset = codePoints(lineStart, Math.max(lineStart, Math.min(pos, implicitNewlineEndsInput ? sourceLength : limit)));
        return new ParseError(kind, msg, filename, lineno, offset, lineno, -1,
                lineWithBreak(lineStart));
    }

    /** Errors that pegen raises at column 0 of the current line (TabError, too deep). */
    private ParseError lineError(ParseError.Kind kind, String msg) {
        return new ParseError(kind, msg, filename, lineno, 1, lineno, 0, lineWithBreak(lineStart));
    }

    private ParseError unclosedParenthesis() {
        int top = level - 1;
        int start = parenLineStart[top];
        // pegen shows the tokenizer's current line with its line break, an earlier one without.
        String text = parenLineno[top] >= lineno ? lineWithBreak(start) : lineWithoutBreak(start);
        return new ParseError(ParseError.Kind.SyntaxError,
                "'" + parenStack[top] + "' was never closed", filename, parenLineno[top],
                codePoints(start, start + parenCol[top]) + 1, parenLineno[top], 0, text);
    }

    private ParseError unexpectedEof() {
        if (level > 0) {
            return unclosedParenthesis();
        }
        return cursorError(ParseError.Kind.SyntaxError, "unexpected EOF while parsing");
    }

    private ParseError lineContinuationError() {
        // pegen measures this one in bytes from tok->buf (the first line read since the last
        // token boundary, so possibly an earlier line) to the C cursor, which stops just after
        // the first byte of the offending character; then it reads that many bytes of the
        // current line as characters.
        int offender = Character.isLowSurrogate(buf[pos - 1]) && pos - 2 >= lineStart ? pos - 2 : pos - 1;
        int bytes = translatedBytes(bufStart, offender) + 1;
        return new ParseError(ParseError.Kind.SyntaxError,
                "unexpected character after line continuation character", filename, lineno,
                charsInFirstBytes(lineStart, bytes), lineno, 0, lineWithBreak(lineStart));
    }

    /**
     * How many characters CPython decodes from the first {@code n} UTF-8 bytes of the line at
     * {@code from} ("\r\n" is one byte, a cut character counts one, and past the end of the line
     * it decodes one more: the terminating NUL).
     */
    private int charsInFirstBytes(int from, int n) {
        int chars = 0;
        int bytes = 0;
        for (int i = from; bytes < n && i < lineEnd; i++) {
            char c = buf[i];
            if (c == '\r' && i + 1 < lineEnd && buf[i + 1] == '\n') {
                continue;
            }
            bytes += utf8Bytes(c);
            if (!Character.isLowSurrogate(c)) {
                chars++;
            }
        }
        return bytes < n ? chars + 1 : chars;
    }

    /** UTF-8 bytes from {@code from} to {@code to} with "\r\n" counted once (CPython's buffer). */
    private int translatedBytes(int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; i++) {
            if (!(buf[i] == '\n' && i > from && buf[i - 1] == '\r')) {
                bytes += utf8Bytes(buf[i]);
            }
        }
        return bytes;
    }

    /**
     * For 'single' and 'eval' input, to which CPython appends no line break: the implicit one
     * is the end of the input where that matters (a backslash just before it). Set by the parser.
     */
    private boolean implicitNewlineEndsInput;

    public void implicitNewlineEndsInput() {
        implicitNewlineEndsInput = true;
    }

    /** After a backslash: the line break and the start of the next line must follow. */
    private void continuationLine() {
        int c = nextc();
        if (c == '\n' && implicitNewlineEndsInput && pos > sourceLength) {
            // CPython reads the end of the input after the backslash (E_LINECONT), at the backslash
            backup(c);
            throw new ParseError(ParseError.Kind.SyntaxError, "unexpected character after line continuation character",
                    filename, lineno, codePoints(lineStart, pos), lineno, 0, lineWithBreak(lineStart));
        }
        if (c != '\n') {
            throw lineContinuationError();
        }
        c = nextc();
        if (c == EOF) {
            pos = limit;
            throw unexpectedEof();
        }
        backup(c);
    }

    private String prefixLetter(Mode mode) {
        return mode.tstring ? "t" : "f";
    }

    // ---------------------------------------------------------------- regular mode

    private Token normalMode(Mode current) {
        for (;;) {   // CPython's "nextline:"
            inToken = false;
            boolean blankline = false;
            if (atBol) {
                atBol = false;
                blankline = readIndentation();
            }
            markTokenStart(pos);
            if (pendingIndents != 0) {
                return pendingIndentToken();
            }
            Token token = afterIndentation(current, blankline);
            if (token != null) {
                return token;
            }
        }
    }

    /**
     * Measures the indentation of a new line and queues INDENT/DEDENTs. Returns true for a
     * blank line (only whitespace and/or a comment), whose indentation does not count.
     */
    private boolean readIndentation() {
        int col = 0;
        int altcol = 0;
        int contLineCol = 0;
        int c;
        for (;;) {
            c = nextc();
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol = (altcol / ALT_TAB_SIZE + 1) * ALT_TAB_SIZE;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\') {
                // Indentation cannot be split over lines: the first backslash fixes it.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                continuationLine();
            } else {
                break;
            }
        }
        backup(c);
        if (c == '#' || c == '\n') {
            return true;
        }
        if (level == 0) {
            if (contLineCol != 0) {
                col = contLineCol;
                altcol = contLineCol;
            }
            changeIndentation(col, altcol);
        }
        return false;
    }

    private void changeIndentation(int col, int altcol) {
        if (col == indentStack[indent]) {
            if (altcol != altIndentStack[indent]) {
                throw lineError(ParseError.Kind.TabError,
                        "inconsistent use of tabs and spaces in indentation");
            }
        } else if (col > indentStack[indent]) {
            if (indent + 1 >= MAX_INDENT) {
                pos = lineEnd;
                throw lineError(ParseError.Kind.IndentationError, "too many levels of indentation");
            }
            if (altcol <= altIndentStack[indent]) {
                throw lineError(ParseError.Kind.TabError,
                        "inconsistent use of tabs and spaces in indentation");
            }
            pendingIndents++;
            indent++;
            indentStack[indent] = col;
            altIndentStack[indent] = altcol;
        } else {
            while (indent > 0 && col < indentStack[indent]) {
                pendingIndents--;
                indent--;
            }
            if (col != indentStack[indent]) {
                pos = lineEnd;
                throw cursorError(ParseError.Kind.IndentationError,
                        "unindent does not match any outer indentation level");
            }
            if (altcol != altIndentStack[indent]) {
                throw lineError(ParseError.Kind.TabError,
                        "inconsistent use of tabs and spaces in indentation");
            }
        }
    }

    private Token pendingIndentToken() {
        TokenType type;
        if (pendingIndents < 0) {
            pendingIndents++;
            type = TokenType.DEDENT;
        } else {
            pendingIndents--;
            type = TokenType.INDENT;
        }
        if (!allTokens) {
            return makeColumnless(type);
        }
        if (pos >= limit) {
            return eofToken(type);
        }
        if (type == TokenType.INDENT) {
            int startCol = 0;
            return emit(type, slice(lineStart, pos), lineno, startCol, lineno,
                    utf8Length(lineStart, pos), lineStart, pos);
        }
        int col = utf8Length(lineStart, pos);
        return emit(type, "", lineno, col, lineno, col, pos, pos);
    }

    /** DEDENT/ENDMARKER at the end in tokenize style: at column 0 of the line after the last. */
    private Token eofToken(TokenType type) {
        int line = lineStarts().length;
        return emit(type, "", line, 0, line, 0, sourceLength, sourceLength);
    }

    /**
     * Everything after the indentation: returns a token, or null to go on with the next line
     * (blank line, or line break inside brackets).
     */
    private Token afterIndentation(Mode current, boolean blankline) {
        int c;
        for (;;) {   // CPython's "again:"
            inToken = false;
            int before;
            do {
                before = pos;
                c = nextc();
            } while (c == ' ' || c == '\t' || c == '\f');
            markTokenStart(before);
            if (c == '#') {
                Token comment = comment(blankline);
                if (comment != null) {
                    return comment;
                }
                c = nextc();   // the line break (or EOF) that ends the comment
            }
            if (c == EOF) {
                if (level > 0) {
                    throw unclosedParenthesis();
                }
                return allTokens ? eofToken(TokenType.ENDMARKER) : makeColumnless(TokenType.ENDMARKER);
            }
            if (isPotentialIdentifierStart(c)) {
                return nameOrPrefixedString(current, c);
            }
            if (c == '\n') {
                atBol = true;
                if (blankline || level > 0) {
                    if (allTokens) {
                        commentNewline = false;
                        return make(TokenType.NL, pos);
                    }
                    return null;
                }
                if (commentNewline && allTokens) {
                    commentNewline = false;
                    return make(TokenType.NL, pos);
                }
                return newlineToken();
            }
            if (c == '.') {
                return dotOrNumber();
            }
            if (c >= '0' && c <= '9') {
                return number(c);
            }
            if (c == '\'' || c == '"') {
                return string(current, c);
            }
            if (c == '\\') {
                continuationLine();
                continue;
            }
            return operator(current, c);
        }
    }

    /** NEWLINE: in parser mode positioned as CPython's parser sees it (from tok->start). */
    private Token newlineToken() {
        int breakStart = pos - 1;
        if (buf[breakStart] == '\n' && breakStart > lineStart && buf[breakStart - 1] == '\r') {
            breakStart--;
        }
        // nearly every line ends in a lone '\n': its text is the literal, not a new String
        String text = pos == breakStart + 1 && pos <= sourceLength && buf[breakStart] == '\n' ? "\n" : slice(breakStart, pos);
        if (allTokens) {
            // tokenize counts the break's characters; the implicit final one has none.
            int col = utf8Length(lineStart, breakStart);
            return emit(TokenType.NEWLINE, text, lineno, col, lineno, col + text.length(),
                    Math.min(breakStart, sourceLength), Math.min(pos, sourceLength));
        }
        int col = byteCol(tokLineStart, tokStart);
        int endCol = utf8Length(lineStart, breakStart);
        return emit(TokenType.NEWLINE, text, lineno, col, lineno, endCol,
                Math.min(breakStart, sourceLength), Math.min(pos, sourceLength));
    }

    /**
     * A comment starting at tokStart ('#' consumed). Returns a COMMENT, TYPE_COMMENT or
     * TYPE_IGNORE token, or null when the comment is simply skipped (the cursor is then just
     * before the line break).
     */
    private Token comment(boolean blankline) {
        int c;
        do {
            c = nextc();
        } while (c != EOF && c != '\n');
        backup(c);
        if (typeComments) {
            Token typeComment = typeComment(blankline);
            if (typeComment != null) {
                return typeComment;
            }
        }
        if (allTokens) {
            commentNewline = blankline;
            return make(TokenType.COMMENT, pos);
        }
        return null;
    }

    private static final String TYPE_COMMENT_PREFIX = "# type: ";

    private Token typeComment(boolean blankline) {
        int p = tokStart;
        int end = pos;
        // CPython matches the prefix before stepping back over the line break, so "# type:"
        // right before it still counts (as an empty type comment).
        int prefixLimit = pos < limit ? pos + 1 : pos;
        int matched = 0;
        while (matched < TYPE_COMMENT_PREFIX.length() && p < prefixLimit) {
            char want = TYPE_COMMENT_PREFIX.charAt(matched);
            if (want == ' ') {
                while (p < end && (buf[p] == ' ' || buf[p] == '\t')) {
                    p++;
                }
            } else if (p < end && buf[p] == want) {
                p++;
            } else {
                break;
            }
            matched++;
        }
        if (matched < TYPE_COMMENT_PREFIX.length()) {
            return null;
        }
        int typeStart = p;
        int ignoreEnd = p + 6;
        boolean isIgnore = end >= ignoreEnd && source.startsWith("ignore", p)
                && !(end > ignoreEnd && (buf[ignoreEnd] >= 128 || Character.isLetterOrDigit(buf[ignoreEnd])));
        if (isIgnore) {
            if (blankline) {
                // A type: ignore alone on its line takes the line break with it (and CPython's
                // tag then ends with that line break).
                nextc();
                atBol = true;
            }
            String tag = slice(ignoreEnd, pos);
            if (blankline && pos > sourceLength) {
                tag += "\n";   // CPython's tag ends with the line break it appended to the source
            }
            return make(TokenType.TYPE_IGNORE, tag, ignoreEnd, pos);
        }
        return make(TokenType.TYPE_COMMENT, slice(typeStart, end), typeStart, end);
    }

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9')
                || c >= 128;
    }

    private Token nameOrPrefixedString(Mode current, int first) {
        Token asciiName = asciiName(first);
        if (asciiName != null) {
            return asciiName;
        }
        int c = first;
        boolean sawB = false, sawR = false, sawU = false, sawF = false, sawT = false;
        for (;;) {
            if (!sawB && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!sawU && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!sawR && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!sawF && (c == 'f' || c == 'F')) {
                sawF = true;
            } else if (!sawT && (c == 't' || c == 'T')) {
                sawT = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                checkPrefixCombination(sawB, sawR, sawU, sawF, sawT);
                if (sawF || sawT) {
                    return fstringStart(c);
                }
                return string(current, c);
            }
        }
        boolean nonAscii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonAscii = true;
            }
            c = nextc();
        }
        backup(c);
        if (!nonAscii && pos <= sourceLength) {
            return make(TokenType.NAME, names.intern(buf, source, tokStart, pos), tokStart, pos);
        }
        if (!nonAscii) {
            return make(TokenType.NAME, pos);
        }
        if (!allTokens) {
            verifyIdentifier();
        }
        String name = Normalizer.normalize(slice(tokStart, pos), Normalizer.Form.NFKC);
        return make(TokenType.NAME, name, tokStart, pos);
    }

    /**
     * The common case of {@link #nameOrPrefixedString}: a NAME of ASCII letters, digits and
     * underscores, scanned straight over the line with its hash computed on the way (no
     * nextc/backup per character, no second pass in the name table). Null when the name has a
     * non-ASCII character or runs into a quote (a possible string prefix): the general path
     * then reads it from the start.
     */
    private Token asciiName(int first) {
        if (first >= 128) {
            return null;
        }
        int hash = first;
        int p = pos;
        for (;;) {
            if (p >= lineEnd) {
                return null;   // cannot happen: every line ends with a line break
            }
            char ch = buf[p];
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || (ch >= '0' && ch <= '9')) {
                hash = 31 * hash + ch;
                p++;
            } else if (ch >= 128 || ch == '"' || ch == '\'') {
                return null;
            } else {
                break;
            }
        }
        if (p > sourceLength) {
            return null;
        }
        // as nextc + backup of the character after the name would leave them
        int readTo = buf[p] == '\r' && p + 1 < limit && buf[p + 1] == '\n' ? p + 2 : p + 1;
        if (readTo > furthestBackedUp) furthestBackedUp = readTo;
        pos = p;
        return make(TokenType.NAME, names.intern(buf, source, tokStart, p, hash), tokStart, p);
    }

    private void checkPrefixCombination(boolean b, boolean r, boolean u, boolean f, boolean t) {
        String first = null, second = null;
        if (u && b) { first = "u"; second = "b"; }
        else if (u && r) { first = "u"; second = "r"; }
        else if (u && f) { first = "u"; second = "f"; }
        else if (u && t) { first = "u"; second = "t"; }
        else if (b && f) { first = "b"; second = "f"; }
        else if (b && t) { first = "b"; second = "t"; }
        else if (f && t) { first = "f"; second = "t"; }
        if (first != null) {
            // CPython gives this range in bytes, not characters.
            throw syntaxErrorRange("'" + first + "' and '" + second + "' prefixes are incompatible",
                    utf8Length(lineStart, tokStart) + 1, utf8Length(lineStart, pos));
        }
    }

    /** CPython checks non-ASCII names against XID_Start/XID_Continue before normalizing them. */
    private void verifyIdentifier() {
        int i = tokStart;
        boolean first = true;
        while (i < pos) {
            int cp = Character.codePointAt(buf, i, pos);
            int next = i + Character.charCount(cp);
            boolean ok = cp < 128
                    ? (first ? isPotentialIdentifierStart(cp) : isPotentialIdentifierChar(cp))
                    : (first ? UnicodeXid.isStart(cp) : UnicodeXid.isContinue(cp));
            if (!ok) {
                pos = next;
                if (isPrintable(cp)) {
                    throw syntaxError("invalid character '" + Character.toString(cp) + "' (U+"
                            + hex4(cp) + ")");
                }
                throw syntaxError("invalid non-printable character U+" + hex4(cp));
            }
            first = false;
            i = next;
        }
    }

    private static String hex4(int cp) {
        String hex = Integer.toHexString(cp).toUpperCase();
        return hex.length() >= 4 ? hex : "0000".substring(hex.length()) + hex;
    }

    /** Python's str.isprintable for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    // ---------------------------------------------------------------- numbers

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private Token dotOrNumber() {
        int c = nextc();
        if (isDigit(c)) {
            return fraction(c);
        }
        if (c == '.') {
            int c3 = nextc();
            if (c3 == '.') {
                return makeOperator(TokenType.ELLIPSIS);
            }
            backup(c3);
        }
        backup(c);
        return makeOperator(TokenType.DOT);
    }

    private Token number(int first) {
        int c;
        if (first == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isHexDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isHexDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                radixDigits(8, "octal");
                return make(TokenType.NUMBER, pos);
            } else if (c == 'b' || c == 'B') {
                radixDigits(2, "binary");
                return make(TokenType.NUMBER, pos);
            } else {
                boolean nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    return fraction(nextc());
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero && !allTokens) {
                    backup(c);
                    // CPython gives this range in bytes, not characters.
                    throw syntaxErrorRange("leading zeros in decimal integer literals are not "
                            + "permitted; use an 0o prefix for octal integers",
                            utf8Length(lineStart, tokStart) + 1, utf8Length(lineStart, zerosEnd));
                }
                verifyEndOfNumber(c, "decimal");
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                return fraction(nextc());
            }
            if (c == 'e' || c == 'E') {
                return exponent(c);
            }
            if (c == 'j' || c == 'J') {
                return imaginary();
            }
            verifyEndOfNumber(c, "decimal");
        }
        backup(c);
        return make(TokenType.NUMBER, pos);
    }

    /** Digits of a 0o / 0b literal, after the radix letter. */
    private void radixDigits(int radix, String kind) {
        int c = nextc();
        do {
            if (c == '_') {
                c = nextc();
            }
            if (c < '0' || c >= '0' + radix) {
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup(c);
                throw syntaxError("invalid " + kind + " literal");
            }
            do {
                c = nextc();
            } while (c >= '0' && c < '0' + radix);
        } while (c == '_');
        if (isDigit(c)) {
            throw syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEndOfNumber(c, kind);
        backup(c);
    }

    /** Reads digits and single underscores between them; returns the first char after. */
    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
    }

    /** After the '.' of a float: {@code c} is the first char after the dot. */
    private Token fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenType.NUMBER, pos);
    }

    private Token exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return make(TokenType.NUMBER, pos);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenType.NUMBER, pos);
    }

    private Token imaginary() {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return make(TokenType.NUMBER, pos);
    }

    /**
     * A number directly followed by a letter is an error ("invalid decimal literal"), except
     * before the keywords that may legally follow a number (CPython only warns there).
     */
    private void verifyEndOfNumber(int c, String kind) {
        if (allTokens) {
            return;
        }
        boolean keywordFollows = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> {
                int c2 = nextc();
                backup(c2);
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (keywordFollows) {
            // Valid code today (1if x else y): CPython only warns, placing the would-be error
            // just before the letter.
            backup(c);
            warn("invalid " + kind + " literal", "invalid " + kind + " literal");
            nextc();
            return;
        }
        if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String rest) {
        int i = 0;
        for (; i < rest.length(); i++) {
            int c = nextc();
            if (c != rest.charAt(i)) {
                backup(c);
                break;
            }
        }
        boolean matched = false;
        if (i == rest.length()) {
            // The whole keyword must be there, not just the start of a longer name.
            int after = nextc();
            backup(after);
            matched = !isPotentialIdentifierChar(after);
        }
        for (int j = i - 1; j >= 0; j--) {
            backup(rest.charAt(j));
        }
        return matched;
    }

    // ---------------------------------------------------------------- strings

    /** A plain (not f/t) string; {@code quote} has been consumed, tokStart is at the prefix. */
    private Token string(Mode current, int quote) {
        int firstLineno = lineno;
        int firstLineStart = lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        boolean escapedQuote = false;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;   // empty string
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                throw unterminatedString(current, quote, quoteSize, escapedQuote, firstLineno,
                        firstLineStart);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = nextc();
                    if (c == quote) {
                        escapedQuote = true;
                    }
                }
            }
        }
        return make(TokenType.STRING, pos);
    }

    private ParseError unterminatedString(Mode current, int quote, int quoteSize,
                                          boolean escapedQuote, int firstLineno, int firstLineStart) {
        int detectedAt = lineno;
        lineno = firstLineno;
        if (modeDepth > 0 && current.quote == quote && current.quoteSize == quoteSize) {
            return syntaxErrorAt(prefixLetter(current) + "-string: expecting '}'", firstLineStart,
                    tokStart + 1);
        }
        String msg;
        if (quoteSize == 3) {
            msg = "unterminated triple-quoted string literal (detected at line " + detectedAt + ")";
        } else if (escapedQuote) {
            msg = "unterminated string literal (detected at line " + detectedAt
                    + "); perhaps you escaped the end quote?";
        } else {
            msg = "unterminated string literal (detected at line " + detectedAt + ")";
        }
        return syntaxErrorAt(msg, firstLineStart, tokStart + 1);
    }

    /** FSTRING_START/TSTRING_START: {@code quote} has been consumed. */
    private Token fstringStart(int quote) {
        int quoteSize = 1;
        int afterQuote = nextc();
        if (afterQuote == quote) {
            int afterAfter = nextc();
            if (afterAfter == quote) {
                quoteSize = 3;
            } else {
                backup(afterAfter);
                backup(afterQuote);
            }
        } else {
            backup(afterQuote);
        }
        if (modeDepth + 1 >= MAX_FSTRING_LEVEL) {
            throw syntaxError("too many nested f-strings or t-strings");
        }
        Mode mode = modes[modeDepth + 1];
        if (mode == null) {
            mode = new Mode();
            modes[modeDepth + 1] = mode;
        }
        modeDepth++;
        mode.regular = false;
        mode.quote = (char) quote;
        mode.quoteSize = quoteSize;
        mode.startPos = tokStart;
        mode.startLineStart = lineStart;
        mode.startLineno = lineno;
        mode.inFormatSpec = false;
        mode.curlyDepth = 0;
        mode.exprStartDepth = -1;
        mode.raw = false;
        mode.tstring = false;
        for (int i = tokStart; buf[i] != '\'' && buf[i] != '"'; i++) {
            char p = buf[i];
            if (p == 'r' || p == 'R') {
                mode.raw = true;
            } else if (p == 't' || p == 'T') {
                mode.tstring = true;
            }
        }
        return make(mode.tstring ? TokenType.TSTRING_START : TokenType.FSTRING_START, pos);
    }

    // ---------------------------------------------------------------- f-string mode

    private Token fstringMode(Mode current) {
        markTokenStart(pos);
        int c = nextc();
        if (c == '{') {
            int peek = nextc();
            backup(peek);
            backup(c);
            if (peek != '{') {
                enterReplacementField(current);
                return normalMode(current);
            }
        } else {
            backup(c);
        }
        for (int i = 0; i < current.quoteSize; i++) {
            int q = nextc();
            if (q != current.quote) {
                backup(q);
                return fstringMiddle(current);
            }
        }
        modeDepth--;
        return make(current.tstring ? TokenType.TSTRING_END : TokenType.FSTRING_END, pos);
    }

    private void enterReplacementField(Mode current) {
        current.exprStartDepth++;
        if (current.exprStartDepth >= MAX_EXPR_NESTING) {
            throw syntaxError(prefixLetter(current) + "-string: expressions nested too deeply");
        }
        current.regular = true;
    }

    /** Literal text of an f-string up to a replacement field or the closing quotes. */
    private Token fstringMiddle(Mode current) {
        TokenType middle = current.tstring ? TokenType.TSTRING_MIDDLE : TokenType.FSTRING_MIDDLE;
        int endQuoteSize = 0;
        boolean unicodeEscape = false;
        while (endQuoteSize != current.quoteSize) {
            int c = nextc();
            boolean inFormatSpec = current.inFormatSpec && current.exprStartDepth >= 0;
            if (c == EOF || (current.quoteSize == 1 && c == '\n')) {
                if (inFormatSpec && c == '\n') {
                    if (current.quoteSize == 1) {
                        String p = prefixLetter(current);
                        throw syntaxError(p + "-string: newlines are not allowed in format "
                                + "specifiers for single quoted " + p + "-strings");
                    }
                    backup(c);
                    current.regular = true;
                    current.inFormatSpec = false;
                    return middleToken(middle);
                }
                throw unterminatedFString(current);
            }
            if (c == current.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '{') {
                int peek = nextc();
                if (peek != '{' || inFormatSpec) {
                    backup(peek);
                    backup(c);
                    enterReplacementField(current);
                    current.inFormatSpec = false;
                    return middleToken(middle);
                }
                // "{{": an escaped brace, part of the literal text. CPython ends a token
                // here, which also forgets a pending "\N{": so do we.
                unicodeEscape = false;
            } else if (c == '}') {
                if (unicodeEscape) {
                    unicodeEscape = false;
                    continue;
                }
                int peek = nextc();
                if (!(peek == '}' && !inFormatSpec && current.curlyDepth == 0)) {
                    backup(peek);
                    backup(c);
                    current.regular = true;
                    current.inFormatSpec = false;
                    // Unlike a run ended by '{' or the quotes, CPython's tokenizer makes a token
                    // here even when the run is empty: f'{lambda x:}' and f'{lambda x:{x}}' are
                    // parsed (and rejected) with an empty FSTRING_MIDDLE before the '}'.
                    return make(middle, pos);
                }
                // "}}": an escaped brace
            } else if (c == '\\') {
                int peek = nextc();
                if (peek == '{' || peek == '}') {
                    if (!current.raw) {
                        String escape = "\"\\" + (char) peek + "\" is an invalid escape sequence. ";
                        String advice = "Did you mean \"\\\\" + (char) peek + "\"? A raw string is also an option.";
                        warn(escape + "Such sequences will not work in the future. " + advice, escape + advice);
                    }
                    backup(peek);
                    continue;
                }
                if (!current.raw && peek == 'N') {
                    peek = nextc();
                    if (peek == '{') {
                        unicodeEscape = true;
                    } else {
                        backup(peek);
                    }
                }
            }
        }
        for (int i = 0; i < current.quoteSize; i++) {
            backup(current.quote);
        }
        return middleToken(middle);
    }

    /** The literal run from tokStart to pos, or null when it is empty (never emitted). */
    private Token middleToken(TokenType type) {
        if (pos == tokStart) {
            return null;
        }
        return make(type, pos);
    }

    private ParseError unterminatedFString(Mode current) {
        int detectedAt = lineno;
        lineno = current.startLineno;
        String p = prefixLetter(current);
        String msg = current.quoteSize == 3
                ? "unterminated triple-quoted " + p + "-string literal (detected at line " + detectedAt + ")"
                : "unterminated " + p + "-string literal (detected at line " + detectedAt + ")";
        return syntaxErrorAt(msg, current.startLineStart, current.startPos + 1);
    }

    // ---------------------------------------------------------------- operators

    private Token operator(Mode current, int c) {
        boolean insideFString = modeDepth > 0;
        if (insideFString && current.exprStartDepth >= 0 && c == ':') {
            int cursor = current.curlyDepth - 1;
            if (cursor == current.exprStartDepth) {
                current.regular = false;
                current.inFormatSpec = true;
                return make(TokenType.COLON, pos);
            }
        }
        int c2 = nextc();
        TokenType two = twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenType three = threeChars(c, c2, c3);
            if (three != null) {
                return makeOperator(three);
            }
            backup(c3);
            return makeOperator(two);
        }
        backup(c2);
        switch (c) {
            case '(', '[', '{' -> openBracket(current, c);
            case ')', ']', '}' -> closeBracket(current, c);
            default -> { }
        }
        if (c < 128 && !isPrintable(c)) {
            throw syntaxError("invalid non-printable character U+" + hex4(c));
        }
        return makeOperator(oneChar(c));
    }

    private void openBracket(Mode current, int c) {
        if (level >= MAX_LEVEL) {
            throw syntaxError("too many nested parentheses");
        }
        parenStack[level] = (char) c;
        parenLineno[level] = lineno;
        parenCol[level] = tokStart - lineStart;
        parenLineStart[level] = lineStart;
        level++;
        if (modeDepth > 0) {
            current.curlyDepth++;
        }
    }

    private void closeBracket(Mode current, int c) {
        boolean insideFString = modeDepth > 0;
        String p = prefixLetter(current);
        if (insideFString && current.curlyDepth == 0 && c == '}') {
            throw syntaxError(p + "-string: single '}' is not allowed");
        }
        if (!allTokens && level == 0) {
            throw syntaxError("unmatched '" + (char) c + "'");
        }
        if (level > 0) {
            level--;
            char opening = parenStack[level];
            boolean matches = (opening == '(' && c == ')') || (opening == '[' && c == ']')
                    || (opening == '{' && c == '}');
            if (!allTokens && !matches) {
                if (insideFString && opening == '{'
                        && current.curlyDepth - 1 == current.exprStartDepth) {
                    throw syntaxError(p + "-string: unmatched '" + (char) c + "'");
                }
                String msg = "closing parenthesis '" + (char) c
                        + "' does not match opening parenthesis '" + opening + "'";
                if (parenLineno[level] != lineno) {
                    msg += " on line " + parenLineno[level];
                }
                throw syntaxError(msg);
            }
        }
        if (insideFString) {
            current.curlyDepth--;
            if (current.curlyDepth < 0) {
                throw syntaxError(p + "-string: unmatched '" + (char) c + "'");
            }
            if (c == '}' && current.curlyDepth == current.exprStartDepth) {
                current.exprStartDepth--;
                current.regular = false;
                current.inFormatSpec = false;
            }
        }
    }

    private static TokenType oneChar(int c) {
        return switch (c) {
            case '%' -> TokenType.PERCENT;
            case '&' -> TokenType.AMPER;
            case '(' -> TokenType.LPAR;
            case ')' -> TokenType.RPAR;
            case '*' -> TokenType.STAR;
            case '+' -> TokenType.PLUS;
            case ',' -> TokenType.COMMA;
            case '-' -> TokenType.MINUS;
            case '.' -> TokenType.DOT;
            case '/' -> TokenType.SLASH;
            case ':' -> TokenType.COLON;
            case ';' -> TokenType.SEMI;
            case '<' -> TokenType.LESS;
            case '=' -> TokenType.EQUAL;
            case '>' -> TokenType.GREATER;
            case '@' -> TokenType.AT;
            case '[' -> TokenType.LSQB;
            case ']' -> TokenType.RSQB;
            case '^' -> TokenType.CIRCUMFLEX;
            case '{' -> TokenType.LBRACE;
            case '|' -> TokenType.VBAR;
            case '}' -> TokenType.RBRACE;
            case '~' -> TokenType.TILDE;
            case '!' -> TokenType.EXCLAMATION;
            default -> TokenType.ERRORTOKEN;   // CPython's generic OP: '$', '?', '`'
        };
    }

    private static TokenType twoChars(int c1, int c2) {
        return switch (c1) {
            case '!' -> c2 == '=' ? TokenType.NOTEQUAL : null;
            case '%' -> c2 == '=' ? TokenType.PERCENTEQUAL : null;
            case '&' -> c2 == '=' ? TokenType.AMPEREQUAL : null;
            case '*' -> c2 == '*' ? TokenType.DOUBLESTAR : c2 == '=' ? TokenType.STAREQUAL : null;
            case '+' -> c2 == '=' ? TokenType.PLUSEQUAL : null;
            case '-' -> c2 == '=' ? TokenType.MINEQUAL : c2 == '>' ? TokenType.RARROW : null;
            case '/' -> c2 == '/' ? TokenType.DOUBLESLASH : c2 == '=' ? TokenType.SLASHEQUAL : null;
            case ':' -> c2 == '=' ? TokenType.COLONEQUAL : null;
            case '<' -> c2 == '<' ? TokenType.LEFTSHIFT : c2 == '=' ? TokenType.LESSEQUAL
                    : c2 == '>' ? TokenType.NOTEQUAL : null;
            case '=' -> c2 == '=' ? TokenType.EQEQUAL : null;
            case '>' -> c2 == '=' ? TokenType.GREATEREQUAL : c2 == '>' ? TokenType.RIGHTSHIFT : null;
            case '@' -> c2 == '=' ? TokenType.ATEQUAL : null;
            case '^' -> c2 == '=' ? TokenType.CIRCUMFLEXEQUAL : null;
            case '|' -> c2 == '=' ? TokenType.VBAREQUAL : null;
            default -> null;
        };
    }

    private static TokenType threeChars(int c1, int c2, int c3) {
        if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) {
            return null;
        }
        if (c1 == '*' && c2 == '*') {
            return TokenType.DOUBLESTAREQUAL;
        }
        if (c1 == '/' && c2 == '/') {
            return TokenType.DOUBLESLASHEQUAL;
        }
        if (c1 == '<' && c2 == '<') {
            return TokenType.LEFTSHIFTEQUAL;
        }
        if (c1 == '>' && c2 == '>') {
            return TokenType.RIGHTSHIFTEQUAL;
        }
        return null;
    }
}
