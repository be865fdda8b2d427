package org.ember.parser;

import org.ember.util.LargeStack;

import static org.ember.parser.TokenType.*;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ember.parser.Ast.*;

/**
 * The Python 3.14 parser: a hand-written recursive-descent parser with backtracking that follows
 * CPython's PEG grammar ({@code Grammar/python.gram}) rule for rule.
 *
 * <p>Tokens are pulled from the {@link Tokenizer} lazily into an array, exactly when a rule looks
 * at them, so that — as in CPython — the furthest token ever fetched is where a generic
 * "invalid syntax" is reported. Every rule method either succeeds (returning its node and leaving
 * {@link #pos} after the input it consumed) or fails by returning {@code null} with {@code pos}
 * unchanged. Left-recursive rules (primary, bitwise_or, ...) are loops. A few hot rules that
 * are re-tried at the same position are memoized ({@link #memoGet}).
 *
 * <p>Errors: a first pass runs without the {@code invalid_} rules; when it fails, a second pass
 * runs with them (they raise specific messages); failing that, the generic error is produced.
 */
public final class Parser {

    public enum Mode { EXEC, EVAL, SINGLE, FUNC_TYPE }

    /**
     * The recursion limit. CPython's is MAXSTACK = 6000 levels of rule calls; this parser counts
     * only the rules that can recurse without bound, so its limit is set (6000 - 28) to fail at
     * the same nesting as CPython 3.13 does, measured: 5968 unary minuses or 'not's or
     * conditional expressions, 2984 nested lambdas or '**' operators.
     */
    private static final int MAX_DEPTH = 5972;

    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    /**
     * Bit (hash & 1023) is set for each keyword's String hash: most names are rejected by one
     * bit test on their cached hash before the set is probed (the NAME rule asks for every name).
     */
    private static final long[] KEYWORD_HASH_BITS = new long[16];
    /**
     * The keyword (a literal, so the JVM's one instance) whose hash has each bit. The tokenizer's
     * name table hands out these same instances for keyword texts ({@link NameTable#NameTable}),
     * so a keyword token is recognized by identity without probing the set.
     */
    private static final String[] KEYWORD_BY_HASH_BIT = new String[1024];
    static {
        for (String keyword : KEYWORDS) {
            int bit = keyword.hashCode() & 1023;
            KEYWORD_HASH_BITS[bit >>> 6] |= 1L << bit;
            if (KEYWORD_BY_HASH_BIT[bit] != null) throw new AssertionError("keywords share a hash bit: " + keyword);
            KEYWORD_BY_HASH_BIT[bit] = keyword;
        }
    }

    /**
     * Whether a name is a keyword: the bit test, then the one keyword with that hash bit (the
     * keywords' bits are all distinct), by identity first (the tokenizer's name table hands out
     * the keyword literals themselves), else by value.
     */
    static boolean isKeyword(String name) {
        int bit = name.hashCode() & 1023;
        if ((KEYWORD_HASH_BITS[bit >>> 6] & (1L << bit)) == 0) return false;
        String keyword = KEYWORD_BY_HASH_BIT[bit];
        return keyword == name || keyword.equals(name);
    }

    private final String source;
    private final String filename;
    private final Tokenizer tokenizer;
    private final boolean typeComments;

    // The tokens fetched so far, in parallel arrays (no object per token): kind, text (an
    // operator's is its TokenType literal, see Tokenizer#makeOperator), start and end position
    // packed as (line << 32 | column) and the char offsets packed as (start << 32 | end).
    private TokenType[] types;
    private String[] texts;
    private long[] startPositions;
    private long[] endPositions;
    private long[] offsets;
    /** Token objects made on demand from the arrays (for rules that keep or pass a token). */
    private Token[] tokens;
    /**
     * The Name (Load) node made for each NAME token: backtracking asks the name rule at the same
     * token several times, and a new node each time was a fifth of the parser's allocation.
     * A token is at most one place of the finished tree, so sharing the node is safe.
     */
    private Name[] nameNodes;
    /** Bracket nesting level after each token (CPython's token->level). */
    private int[] levels;
    private int bracketLevel;
    /** f-/t-strings open at the last token fetched (CPython's tokenizer mode stack depth). */
    private int fstringDepth;
    private int fill;
    /** Index of the next token to consume. */
    private int pos;
    private int depth;
    /** True during the second pass, when the invalid_ rules are active. */
    private boolean callInvalidRules;
    /** Set when the tokenizer raised the error being propagated (it then wins over everything). */
    private boolean tokenizerFailed;
    /** The generic error is "unexpected indent/unindent", which no later tokenizer error replaces. */
    private boolean unexpectedIndentation;
    /** 'single' mode: the first ENDMARKER is read as a NEWLINE (see fetch). */
    private boolean singleInput, fetchedImpliedNewline, noImplicitNewline;
    private final List<TypeIgnore> typeIgnores = new ArrayList<>();
    // The memo: for each token position, a chain of (rule, value, end) entries kept in parallel
    // arrays (an object per entry was a tenth of all the compiler's allocation).
    /**
     * Per token position: in the low 32 bits 1 + the index of its newest memo entry (0 if none),
     * in the high 32 bits a mask of the rules memoized there (bit 32 + rule), so that a miss,
     * the commoner outcome, costs one load instead of a walk of the position's chain.
     */
    private long[] memoHead;
    private int[] memoRule;
    private int[] memoEnd;
    /** 1 + the index of the position's next older entry, 0 at the end of the chain. */
    private int[] memoNext;
    private Object[] memoValues;
    private int memoCount;
    /** The thread's reusable arrays this parser took (null: it has arrays of its own). */
    private Scratch scratch;

    /**
     * The token and memo arrays, kept per thread between parses: growing them again for every
     * file (and zeroing the copies) was a seventh of all the compiler's allocation. A parse
     * that starts while another one on the same thread holds them (a nested compile) gets
     * fresh arrays. Only the used parts are cleared on release, and very large arrays are
     * dropped rather than kept.
     */
    private static final class Scratch {
        private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);
        /** Arrays longer than this are not kept (a huge file should not pin its memo). */
        private static final int MAX_KEPT = 1 << 20;

        Token[] tokens = new Token[128];
        Name[] nameNodes = new Name[128];
        TokenType[] types = new TokenType[128];
        String[] texts = new String[128];
        long[] startPositions = new long[128];
        long[] endPositions = new long[128];
        long[] offsets = new long[128];
        int[] levels = new int[128];
        long[] memoHead = new long[128];
        int[] memoRule = new int[256];
        int[] memoEnd = new int[256];
        int[] memoNext = new int[256];
        Object[] memoValues = new Object[256];
        boolean inUse;

        /** The thread's scratch if it is free (now taken), else a fresh one owned by the parser. */
        static Scratch take() {
            Scratch s = PER_THREAD.get();
            if (s.inUse) return new Scratch();
            s.inUse = true;
            return s;
        }

        /** Keeps the parser's (possibly grown) arrays, cleared where they were used. */
        void release(Parser p) {
            if (!inUse) return;
            java.util.Arrays.fill(p.tokens, 0, p.fill, null);
            java.util.Arrays.fill(p.nameNodes, 0, p.fill, null);
            java.util.Arrays.fill(p.types, 0, p.fill, null);
            java.util.Arrays.fill(p.texts, 0, p.fill, null);
            java.util.Arrays.fill(p.memoValues, 0, p.memoCount, null);
            java.util.Arrays.fill(p.memoHead, 0, Math.min(p.memoHead.length, p.fill + 1), 0);
            if (p.tokens.length <= MAX_KEPT) {
                tokens = p.tokens;
                nameNodes = p.nameNodes;
                types = p.types;
                texts = p.texts;
                startPositions = p.startPositions;
                endPositions = p.endPositions;
                offsets = p.offsets;
                levels = p.levels;
            }
            if (p.memoRule.length <= MAX_KEPT) {
                memoRule = p.memoRule;
                memoEnd = p.memoEnd;
                memoNext = p.memoNext;
                memoValues = p.memoValues;
            }
            if (p.memoHead.length <= MAX_KEPT) memoHead = p.memoHead;
            inUse = false;
        }
    }

    // Position of the node being built (set by extra(), read right after by the constructor call).
    private int sl, sc, el, ec;

    private Parser(String source, String filename, boolean typeComments) {
        this.source = source;
        this.filename = filename;
        this.typeComments = typeComments;
        this.tokenizer = new Tokenizer(source, filename, typeComments);
        Scratch s = Scratch.take();
        this.scratch = s;
        tokens = s.tokens;
        nameNodes = s.nameNodes;
        types = s.types;
        texts = s.texts;
        startPositions = s.startPositions;
        endPositions = s.endPositions;
        offsets = s.offsets;
        levels = s.levels;
        memoHead = s.memoHead;
        memoRule = s.memoRule;
        memoEnd = s.memoEnd;
        memoNext = s.memoNext;
        memoValues = s.memoValues;
    }

    // ============================================================================================
    // Entry points
    // ============================================================================================

    public static Mod parse(byte[] source, String filename, Mode mode, boolean typeComments) {
        return parse(Tokenizer.decode(source, filename), filename, mode, typeComments);
    }

    public static Mod parse(String source, String filename, Mode mode, boolean typeComments) {
        if (!LargeStack.onLargeStack()) {
            try {
                return parseHere(source, filename, mode, typeComments);
            } catch (StackOverflowError e) {
                // Deeply nested source (up to MAX_DEPTH rule levels, as CPython allows) can need
                // more stack than the caller's thread has: parse again on a thread sized for it.
            }
        } else {
            return parseHere(source, filename, mode, typeComments);
        }
        return LargeStack.call("ember-parser", () -> parseHere(source, filename, mode, typeComments),
                () -> tooComplex(filename, -1));
    }

    static ParseError tooComplex(String filename, int lineno) {
        // CPython raises MemoryError here; ParseError has no such kind (see the report).
        // CPython raises MemoryError here (no position), and skips its second pass for it.
        return new ParseError(ParseError.Kind.MemoryError,
                "Parser stack overflowed - Python source too complex to parse", filename, -1, -1, -1, -1, null);
    }

    /**
     * {@link #parse(String, String, Mode, boolean)} that also hands over the SyntaxWarnings found
     * (tokenizer and literal ones, in the order CPython issues them) by adding them to
     * {@code warnings} — also when the parse fails, since CPython shows them before the error.
     * The caller issues them through the warnings machinery (org.ember.modules.Warnings).
     */
    public static Mod parse(String source, String filename, Mode mode, boolean typeComments,
                            List<Tokenizer.Warning> warnings) {
        return parse(source, filename, mode, typeComments, warnings, 0);
    }

    /** compile()'s PyCF_ALLOW_INCOMPLETE_INPUT, as an {@code inputFlags} bit of {@link #parse}. */
    public static final int ALLOW_INCOMPLETE_INPUT = 1;
    /** compile()'s PyCF_DONT_IMPLY_DEDENT: 'single' input's end closes no open block. */
    public static final int DONT_IMPLY_DEDENT = 2;

    /**
     * {@link #parse(String, String, Mode, boolean, List)} with compile()'s input flags
     * ({@link #ALLOW_INCOMPLETE_INPUT}, {@link #DONT_IMPLY_DEDENT}), as codeop uses them.
     */
    public static Mod parse(String source, String filename, Mode mode, boolean typeComments,
                            List<Tokenizer.Warning> warnings, int inputFlags) {
        List<Tokenizer.Warning> found = new ArrayList<>();
        try {
            if (!LargeStack.onLargeStack()) {
                try {
                    return parseHere(source, filename, mode, typeComments, found, inputFlags);
                } catch (StackOverflowError e) {
                    found.clear();   // parsed again below, on a larger stack
                }
            } else {
                return parseHere(source, filename, mode, typeComments, found, inputFlags);
            }
            return LargeStack.call("ember-parser", () -> parseHere(source, filename, mode, typeComments, found, inputFlags),
                    () -> tooComplex(filename, -1));
        } finally {
            warnings.addAll(found);
        }
    }

    public static Mod parse(byte[] source, String filename, Mode mode, boolean typeComments,
                            List<Tokenizer.Warning> warnings) {
        return parse(Tokenizer.decode(source, filename), filename, mode, typeComments, warnings);
    }

    private static Mod parseHere(String source, String filename, Mode mode, boolean typeComments) {
        return parseHere(source, filename, mode, typeComments, null, 0);
    }

    private static Mod parseHere(String source, String filename, Mode mode, boolean typeComments,
                                 List<Tokenizer.Warning> warnings, int inputFlags) {
        Parser parser = new Parser(source, filename, typeComments);
        parser.allowIncompleteInput = (inputFlags & ALLOW_INCOMPLETE_INPUT) != 0;
        parser.dontImplyDedent = (inputFlags & DONT_IMPLY_DEDENT) != 0;
        try {
            return parser.run(mode);
        } catch (ParseError e) {
            if (parser.tokenizerFailed || parser.unexpectedIndentation || !e.isSyntaxError()) throw e;
            throw parser.preferTokenizerError(e);
        } finally {
            if (warnings != null) warnings.addAll(parser.tokenizer.warnings());
            parser.scratch.release(parser);
        }
    }

    /** Literal positions already warned about: backtracking and the second pass decode literals again. */
    private final java.util.Set<Long> warnedLiterals = new java.util.HashSet<>();

    /** Records a parser-level SyntaxWarning for token {@code t} once, in order with the tokenizer's. */
    void warnOnce(Token t, String message, int lineno, ParseError asError) {
        if (warnedLiterals.add(((long) t.lineno() << 32) | t.colOffset())) {
            tokenizer.addWarning(new Tokenizer.Warning(message, lineno, asError));
        }
    }

    private boolean allowIncompleteInput, dontImplyDedent;

    private Mod run(Mode mode) {
        ParseError firstPassError = null;
        try {
            Mod result = start(mode);
            if (result != null) {
                return result;
            }
        } catch (ParseError e) {
            if (allowIncompleteInput && e.isSyntaxError() && endOfSourceReached(mode, e)) throw incompleteInput(mode, e);
            if (tokenizerFailed || !e.isSyntaxError()) throw e;
            // As CPython, the second pass still runs: an error it finds earlier replaces this one.
            firstPassError = e;
        }
        if (allowIncompleteInput && endOfSourceReached(mode, null)) throw incompleteInput(mode, null);
        // Second pass over the same tokens, with the invalid_ rules active (as CPython).
        Token lastToken = tok(fill - 1);
        pos = 0;
        depth = 0;
        java.util.Arrays.fill(memoHead, 0, Math.min(memoHead.length, fill + 1), 0);   // entries start at positions <= fill
        java.util.Arrays.fill(memoValues, 0, memoCount, null);
        memoCount = 0;
        callInvalidRules = true;
        start(mode);   // throws a specific error, or fails again
        if (firstPassError != null) throw firstPassError;
        throw genericError(lastToken);
    }

    /**
     * CPython's test for incomplete input after a failed first pass: the tokenizer has read to the
     * end of the source (exec input has a line break appended; single and eval input none), or
     * stopped there in a string or bracket left open. Other tokenizer errors are errors even at
     * the end (an unterminated single-quoted f-string is one).
     */
    private boolean endOfSourceReached(Mode mode, ParseError failure) {
        int end = mode == Mode.EXEC ? tokenizer.bufferLength() : source.length();
        if (!tokenizer.hasReadAt(end)) return false;
        if (failure == null || !tokenizerFailed) return true;
        String msg = failure.msg;
        if (msg.equals("unexpected EOF while parsing")) {
            // a line continuation needs a real line break: CPython appends one to exec input only
            return mode == Mode.EXEC || source.endsWith("\n") || source.endsWith("\r");
        }
        return msg.startsWith("unterminated string literal") || msg.startsWith("unterminated triple-quoted")
                || msg.endsWith("was never closed");
    }

    /**
     * _IncompleteInputError("incomplete input") where CPython's _PyPegen_raise_error puts it: at
     * the last token fetched; for a token without columns (the end of the input) at the end of
     * the last line, with no end column; for an unterminated string just after its quote.
     */
    private ParseError incompleteInput(Mode mode, ParseError tokenizerError) {
        String msg = "incomplete input";
        ParseError.Kind kind = ParseError.Kind._IncompleteInputError;
        if (source.isEmpty()) return new ParseError(kind, msg, filename, 0, 0, 0, -1, "");
        String input = mode == Mode.EXEC && tokenizer.bufferLength() > source.length() ? source + "\n" : source;
        if (tokenizerFailed && tokenizerError != null && tokenizerError.msg.startsWith("unterminated")) {
            int from = lineStartOffset(input, tokenizerError.lineno);
            return new ParseError(kind, msg, filename, tokenizerError.lineno, tokenizerError.offset,
                    tokenizerError.lineno, -1, input.substring(from));
        }
        Token last = fill > 0 ? tok(fill - 1) : null;
        if (!tokenizerFailed && last != null && last.colOffset() >= 0 && last.type() != ENDMARKER
                && !(last.type() == NEWLINE && last.text().isEmpty())) {
            return errorAtToken(kind, last, msg);
        }
        int lastLineStart = input.lastIndexOf('\n', input.length() - 2) + 1;
        int lineno = 1 + (int) input.chars().limit(lastLineStart).filter(c -> c == '\n').count();
        String text = input.substring(lastLineStart);
        return new ParseError(kind, msg, filename, lineno, text.codePointCount(0, text.length()), lineno, -1, text);
    }

    /** Where line {@code lineno} (1-based) of {@code text} starts. */
    private static int lineStartOffset(String text, int lineno) {
        int at = 0;
        for (int line = 1; line < lineno && at >= 0; line++) {
            at = text.indexOf('\n', at);
            if (at >= 0) at++;
        }
        return Math.max(at, 0);
    }

    /**
     * CPython's _PyPegen_tokenize_full_source_to_check_for_errors: after a syntax error found by
     * the parser, the rest of the source is tokenized, and a tokenizer error found there wins
     * (an unclosed bracket only when it was opened on an earlier line than the error).
     */
    private static boolean raisedFromDoneCode(ParseError e) {
        return e.kind != ParseError.Kind.SyntaxError
                || e.msg.equals("unexpected character after line continuation character")
                || e.msg.equals("unexpected EOF while parsing");
    }

    private ParseError preferTokenizerError(ParseError parserError) {
        int currentErrLine = lineOf(startPositions[fill - 1]);
        int depth = fstringDepth;
        try {
            while (true) {
                Token t = tokenizer.next();
                if (t.type() == ENDMARKER) break;
                if (t.type() == FSTRING_START || t.type() == TSTRING_START) depth++;
                if (t.type() == FSTRING_END || t.type() == TSTRING_END) depth--;
            }
        } catch (ParseError tokenizerError) {
            if (depth > 0 || raisedFromDoneCode(tokenizerError)) {
                // Inside an f-string the error in the expression part stands; and errors that
                // CPython's tokenizer signals by a status code rather than an exception (bad
                // dedent, tabs, line continuation, EOF) do not replace the parser's error.
                return parserError;
            }
            if (tokenizerError.msg.endsWith("was never closed")) {
                return currentErrLine > tokenizerError.lineno ? tokenizerError : parserError;
            }
            return tokenizerError;
        }
        return parserError;
    }

    private Mod start(Mode mode) {
        singleInput = mode == Mode.SINGLE;
        noImplicitNewline = mode == Mode.EVAL || mode == Mode.FUNC_TYPE;
        if (mode != Mode.EXEC) tokenizer.implicitNewlineEndsInput();
        return switch (mode) {
            case EXEC -> fileRule();
            case EVAL -> evalRule();
            case SINGLE -> interactiveRule();
            case FUNC_TYPE -> funcTypeRule();
        };
    }

    // ============================================================================================
    // Token access
    // ============================================================================================

    /** Token {@code i} as an object (made from the arrays on first use, then kept). */
    private Token tok(int i) {
        while (i >= fill) {
            fetch();
        }
        Token t = tokens[i];
        if (t == null) {
            long from = startPositions[i], to = endPositions[i], span = offsets[i];
            TokenType type = types[i];
            String text = texts[i];
            t = new Token(type, text, lineOf(from), colOf(from), lineOf(to), colOf(to), (int) (span >>> 32), (int) span);
            tokens[i] = t;
        }
        return t;
    }

    private static int lineOf(long position) { return (int) (position >>> 32); }
    private static int colOf(long position) { return (int) position; }
    private static long position(int line, int col) { return ((long) line << 32) | (col & 0xFFFFFFFFL); }

    /** The kind of token {@code i}, fetching it if needed. */
    private TokenType typeAt(int i) {
        while (i >= fill) {
            fetch();
        }
        return types[i];
    }

    /** The text of token {@code i}, fetching it if needed. */
    private String textAt(int i) {
        while (i >= fill) {
            fetch();
        }
        return texts[i];
    }

    private Token peek() {
        return tok(pos);
    }

    private TokenType peekType() {
        return pos < fill ? types[pos] : typeAt(pos);
    }

    /** Token {@code i} is the NAME (keyword or soft keyword) {@code word}. */
    private boolean isNameAt(int i, String word) {
        return typeAt(i) == NAME && texts[i].equals(word);
    }

    private void fetch() {
        TokenType type;
        String text;
        Tokenizer tz = tokenizer;
        if (fill > 0 && types[fill - 1] == ENDMARKER) {
            store(ENDMARKER, texts[fill - 1], startPositions[fill - 1], endPositions[fill - 1], offsets[fill - 1]);
            return;
        } else if (fetchedImpliedNewline) {
            fetchedImpliedNewline = false;
            advanceTokenizer();
            type = tz.outType;
            text = tz.outText;
        } else {
            advanceTokenizer();
            while (tz.outType == TYPE_IGNORE) {
                typeIgnores.add(new TypeIgnore(tz.outLineno, typeIgnoreTag(tz.outText)));
                advanceTokenizer();
            }
            if (noImplicitNewline && tz.outType == NEWLINE && tz.outText.isEmpty()) {
                // eval/func_type input gets no implicit final NEWLINE in CPython.
                advanceTokenizer();
            }
            if (dontImplyDedent && singleInput && tz.outType == DEDENT && atImplicitEnd()) {
                // PyCF_DONT_IMPLY_DEDENT: the end of 'single' input without a final line break
                // closes no block (CPython's tokenizer makes those DEDENTs only at a line start)
                advanceTokenizer();
                while (tz.outType == DEDENT) advanceTokenizer();
            }
            type = tz.outType;
            text = tz.outText;
            // The implicit final line break's empty NEWLINE is the one CPython makes of 'single'
            // input's end (it appends none): an ENDMARKER right after it stays one, so that a
            // one-line compound statement ('if x: pass') still needs its own line break; after
            // the DEDENTs that close a block it reads as a NEWLINE again (pegen's parsing_started).
            if (singleInput && type == ENDMARKER && fill > 0 && !atImpliedNewline()) {
                // As CPython for 'single' input: the end of the source first reads as a NEWLINE
                // that ends the (compound) statement.
                type = NEWLINE;
                text = "";
                fetchedImpliedNewline = true;
            }
        }
        store(type, text, position(tz.outLineno, tz.outCol), position(tz.outEndLineno, tz.outEndCol),
                ((long) tz.outStart << 32) | (tz.outEnd & 0xFFFFFFFFL));
    }

    /** Appends a fetched token to the arrays. */
    private void store(TokenType type, String text, long from, long to, long span) {
        if (fill == types.length) {
            int capacity = fill * 2;
            tokens = java.util.Arrays.copyOf(tokens, capacity);
            nameNodes = java.util.Arrays.copyOf(nameNodes, capacity);
            types = java.util.Arrays.copyOf(types, capacity);
            texts = java.util.Arrays.copyOf(texts, capacity);
            startPositions = java.util.Arrays.copyOf(startPositions, capacity);
            endPositions = java.util.Arrays.copyOf(endPositions, capacity);
            offsets = java.util.Arrays.copyOf(offsets, capacity);
            levels = java.util.Arrays.copyOf(levels, capacity);
        }
        switch (type) {
            case LPAR, LSQB, LBRACE -> bracketLevel++;
            case RPAR, RSQB, RBRACE -> bracketLevel--;
            case FSTRING_START, TSTRING_START -> fstringDepth++;
            case FSTRING_END, TSTRING_END -> fstringDepth--;
            default -> { }
        }
        levels[fill] = bracketLevel;
        types[fill] = type;
        texts[fill] = text;
        startPositions[fill] = from;
        endPositions[fill] = to;
        offsets[fill] = span;
        fill++;
    }

    /** The last token fetched is the empty NEWLINE of the implicit final line break. */
    private boolean atImplicitEnd() {
        return tokenizer.bufferLength() > source.length() && atImpliedNewline();
    }

    /** The last token fetched is an empty NEWLINE: the implicit line break's, or an ENDMARKER's. */
    private boolean atImpliedNewline() {
        if (fill == 0) return false;
        return types[fill - 1] == NEWLINE && texts[fill - 1].isEmpty();
    }

    private void advanceTokenizer() {
        try {
            tokenizer.advance();
        } catch (ParseError e) {
            tokenizerFailed = true;
            throw e;
        }
    }

    /** The tokenizer gives a TYPE_IGNORE token the tag text (what follows "ignore"). */
    private static String typeIgnoreTag(String text) {
        return text;
    }

    /** Consumes and returns the next token if it has type {@code t}. */
    private Token expect(TokenType t) {
        if (peekType() == t) {
            return tok(pos++);
        }
        return null;
    }

    /** Consumes the next token if it has type {@code t} (as expect, without a Token object). */
    private boolean accept(TokenType t) {
        if (peekType() == t) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean at(TokenType t) {
        return peekType() == t;
    }

    /** Consumes the keyword (or soft keyword) {@code kw}. */
    private Token expectKw(String kw) {
        if (atKw(kw)) {
            return tok(pos++);
        }
        return null;
    }

    /** Consumes the keyword (or soft keyword) {@code kw} (as expectKw, without a Token object). */
    private boolean acceptKw(String kw) {
        if (atKw(kw)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean atKw(String kw) {
        return peekType() == NAME && texts[pos].equals(kw);
    }

    /** CPython's {@code &&token}: the token must be there, else "expected 'x'" right here. */
    private void expectForced(TokenType t) {
        if (peekType() == t) {
            pos++;
            return;
        }
        throw errorAtToken(ParseError.Kind.SyntaxError, peek(), "expected '" + t.operator + "'");
    }

    // ============================================================================================
    // Node positions (CPython's EXTRA)
    // ============================================================================================

    /** Sets sl/sc/el/ec to span from the token at {@code start} to the last consumed token. */
    private void extra(int start) {
        typeAt(start);
        long from = startPositions[start];
        sl = lineOf(from);
        sc = colOf(from);
        long to = endPositions[lastNonWhitespaceIndex()];
        el = lineOf(to);
        ec = colOf(to);
    }

    /** Index of the last consumed token that is not ENDMARKER/NEWLINE/INDENT/DEDENT (else 0). */
    private int lastNonWhitespaceIndex() {
        int m = pos - 1;
        for (; m > 0; m--) {
            TokenType type = types[m];
            if (type != ENDMARKER && type != NEWLINE && type != INDENT && type != DEDENT) {
                break;
            }
        }
        return Math.max(m, 0);
    }

    // ============================================================================================
    // Memoization and depth
    // ============================================================================================

    private static final Object FAIL = new Object();

    /*
     * NEVER_RETRIED_IN_FIRST_PASS: block, star_expression and primary are memoized only in the
     * second (error-reporting) pass. In the first pass they are only ever re-entered at a position
     * through a memoized caller (expression, disjunction, bitwise_or, t_primary, ...), so their
     * own memo entries never hit: counted over CPython's Lib, 0 hits for 2.4 million entries
     * (about a quarter of all memo entries). The invalid_ rules of the second pass re-try more.
     */
    // (rule numbers are bits of memoHead's mask: at most 31)
    private static final int M_EXPRESSION = 1, M_DISJUNCTION = 2, M_STAR_EXPRESSION = 3,
            M_STAR_TARGET = 4, M_T_PRIMARY = 5, M_STRINGS = 6, M_ARGUMENTS = 7, M_BITWISE_OR = 8,
            M_CLOSED_PATTERN = 9, M_TARGET_WITH_STAR_ATOM = 10, M_DEL_TARGET = 11, M_BLOCK = 12,
            M_PRIMARY = 13;

    /** The index of the memo entry for {@code rule} at the current position, or -1. */
    private int memoGet(int rule) {
        if (pos >= memoHead.length) return -1;
        long head = memoHead[pos];
        if ((head & (1L << (32 + rule))) == 0) return -1;
        for (int m = (int) head - 1; m >= 0; m = memoNext[m] - 1) {
            if (memoRule[m] == rule) {
                return m;
            }
        }
        return -1;
    }

    private <T> T memoPut(int rule, int start, T value) {
        if (start >= memoHead.length) {
            memoHead = java.util.Arrays.copyOf(memoHead, Math.max(memoHead.length * 2, start + 1));
        }
        if (memoCount == memoRule.length) {
            int capacity = memoCount * 2;
            memoRule = java.util.Arrays.copyOf(memoRule, capacity);
            memoEnd = java.util.Arrays.copyOf(memoEnd, capacity);
            memoNext = java.util.Arrays.copyOf(memoNext, capacity);
            memoValues = java.util.Arrays.copyOf(memoValues, capacity);
        }
        int m = memoCount++;
        memoRule[m] = rule;
        memoValues[m] = value == null ? FAIL : value;
        memoEnd[m] = pos;
        long head = memoHead[start];
        memoNext[m] = (int) head;
        memoHead[start] = (head & ~0xFFFFFFFFL) | (1L << (32 + rule)) | (m + 1);
        return value;
    }

    /** The value of memo entry {@code m} (null for a memoized failure); restores pos to its end. */
    @SuppressWarnings("unchecked")
    private <T> T memoValue(int m) {
        pos = memoEnd[m];
        Object value = memoValues[m];
        return value == FAIL ? null : (T) value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw tooComplex(filename, peek().lineno());
        }
    }

    private void leave() {
        depth--;
    }

    // ============================================================================================
    // Start rules
    // ============================================================================================

    private Mod fileRule() {
        List<Stmt> body = statements();
        if (body == null) body = List.of();
        if (!accept(ENDMARKER)) return null;
        return new Ast.Module(body, typeIgnores);
    }

    private Mod evalRule() {
        Expr body = expressions();
        if (body == null) return null;
        while (accept(NEWLINE)) { }
        if (!accept(ENDMARKER)) return null;
        return new Expression(body);
    }

    private Mod interactiveRule() {
        List<Stmt> body = statementNewline();
        if (body == null) return null;
        return new Interactive(body);
    }

    private Mod funcTypeRule() {
        if (!accept(LPAR)) return null;
        List<Expr> argtypes = typeExpressions();
        if (argtypes == null) argtypes = List.of();
        if (!accept(RPAR) || !accept(RARROW)) return null;
        Expr returns = expression();
        if (returns == null) return null;
        while (accept(NEWLINE)) { }
        if (!accept(ENDMARKER)) return null;
        return new FunctionType(argtypes, returns);
    }

    private List<Expr> typeExpressions() {
        // ','.expression+ [',' '*' expression] [',' '**' expression] | '*' e [',' '**' e] | '**' e
        List<Expr> out = new ArrayList<>();
        int start = pos;
        Expr first = expression();
        if (first != null) {
            out.add(first);
            while (true) {
                int mark = pos;
                if (!accept(COMMA)) break;
                Expr e = expression();
                if (e == null) { pos = mark; break; }
                out.add(e);
            }
            int mark = pos;
            if (accept(COMMA)) {
                if (!starredTypeTail(out, true)) pos = mark;
            }
            return out;
        }
        pos = start;
        if (starredTypeTail(out, false)) return out;
        pos = start;
        return null;
    }

    /** {@code '*' expression [',' '**' expression] | '**' expression}, appended to {@code out}. */
    private boolean starredTypeTail(List<Expr> out, boolean afterComma) {
        int mark = pos;
        if (accept(STAR)) {
            Expr e = expression();
            if (e == null) { pos = mark; return false; }
            out.add(e);
            int m2 = pos;
            if (accept(COMMA) && accept(DOUBLESTAR)) {
                Expr k = expression();
                if (k != null) { out.add(k); return true; }
            }
            pos = m2;
            return true;
        }
        if (accept(DOUBLESTAR)) {
            Expr e = expression();
            if (e == null) { pos = mark; return false; }
            out.add(e);
            return true;
        }
        return false;
    }

    private List<Stmt> statementNewline() {
        int start = pos;
        Stmt compound = compoundStmt();
        if (compound != null) {
            if (accept(NEWLINE)) return checkSingle(List.of(compound));
            pos = start;
        }
        List<Stmt> simple = simpleStmts();
        if (simple != null) return checkSingle(simple);
        pos = start;
        if (at(NEWLINE)) {
            Token nl = expect(NEWLINE);
            extra(start);
            return List.of(new Pass(nl.lineno(), nl.colOffset(), nl.endLineno(), nl.endColOffset()));
        }
        return null;
    }

    /** 'single' mode: anything but blank lines and comments after the statement is an error. */
    private List<Stmt> checkSingle(List<Stmt> body) {
        // CPython's bad_single_statement: the raw source after the last token read may hold only
        // blanks and comments (no further tokens are read for this).
        int i = Math.max((int) offsets[fill - 1], 0);
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < n && source.charAt(i) != '\n') i++;
            } else {
                throw raiseError(ParseError.Kind.SyntaxError, "multiple statements found while compiling a single statement");
            }
        }
        return body;
    }

    // ============================================================================================
    // Statements
    // ============================================================================================

    private List<Stmt> statements() {
        List<Stmt> out = null;
        while (true) {
            int mark = pos;
            List<Stmt> s = statement();
            if (s == null) {
                pos = mark;
                break;
            }
            if (out == null) out = new ArrayList<>();
            out.addAll(s);
        }
        return out;
    }

    private List<Stmt> statement() {
        enter();
        try {
            Stmt c = compoundStmt();
            if (c != null) return List.of(c);
            return simpleStmts();
        } finally {
            leave();
        }
    }

    private List<Stmt> simpleStmts() {
        int start = pos;
        Stmt first = simpleStmt();
        if (first == null) return null;
        if (at(NEWLINE)) {
            pos++;
            return List.of(first);
        }
        List<Stmt> out = new ArrayList<>();
        out.add(first);
        while (at(SEMI)) {
            pos++;
            int mark = pos;
            Stmt s = simpleStmt();
            if (s == null) { pos = mark; break; }
            out.add(s);
        }
        if (!accept(NEWLINE)) {
            pos = start;
            return null;
        }
        return out;
    }

    private Stmt simpleStmt() {
        int start = pos;
        TokenType type = peekType();
        String text = texts[start];
        if (type == NAME) {
            switch (text) {
                case "return": return returnStmt();
                case "raise": return raiseStmt();
                case "pass": if (callInvalidRules) { invalidExpression(); pos = start; }
                    pos++; extra(start); return new Pass(sl, sc, el, ec);
                case "break": if (callInvalidRules) { invalidExpression(); pos = start; }
                    pos++; extra(start); return new Break(sl, sc, el, ec);
                case "continue": if (callInvalidRules) { invalidExpression(); pos = start; }
                    pos++; extra(start); return new Continue(sl, sc, el, ec);
                case "del": return delStmt();
                case "assert": return assertStmt();
                case "global": return globalStmt(true);
                case "nonlocal": return globalStmt(false);
                case "import": return importName();
                case "from": return importFrom();
                case "yield": {
                    Expr y = yieldExpr();
                    if (y == null) return null;
                    extra(start);
                    return new ExprStmt(y, sl, sc, el, ec);
                }
                default: break;
            }
        }
        Stmt a = assignment();
        if (a != null) return a;
        pos = start;
        if (type == NAME && text.equals("type")) {
            Stmt ta = typeAlias();
            if (ta != null) return ta;
            pos = start;
        }
        Expr e = starExpressions();
        if (e != null) {
            extra(start);
            return new ExprStmt(e, sl, sc, el, ec);
        }
        pos = start;
        return null;
    }

    // ---- assignment ------------------------------------------------------------------------------

    private Stmt assignment() {
        int start = pos;
        // NAME ':' expression ['=' annotated_rhs]
        Name name = name();
        if (name != null && accept(COLON)) {
            Expr ann = expression();
            if (ann != null) {
                Expr value = optionalAssignedValue();
                extra(start);
                return new AnnAssign(withCtx(name, ExprContext.Store), ann, value, 1, sl, sc, el, ec);
            }
        }
        pos = start;
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        Expr target = null;
        if (accept(LPAR)) {
            target = singleTarget();
            if (target == null || !accept(RPAR)) target = null;
        }
        if (target == null) {
            pos = start;
            target = singleSubscriptAttributeTarget();
        }
        if (target != null && accept(COLON)) {
            Expr ann = expression();
            if (ann != null) {
                Expr value = optionalAssignedValue();
                extra(start);
                return new AnnAssign(target, ann, value, 0, sl, sc, el, ec);
            }
        }
        pos = start;
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        List<Expr> targets = null;
        while (true) {
            int mark = pos;
            Expr t = starTargets();
            if (t == null || !accept(EQUAL)) {
                pos = mark;
                break;
            }
            if (targets == null) targets = new ArrayList<>();
            targets.add(t);
        }
        if (targets != null) {
            Expr value = annotatedRhs();
            if (value != null && !at(EQUAL)) {
                Token tc = expect(TYPE_COMMENT);
                extra(start);
                return new Assign(targets, value, tc == null ? null : typeCommentText(tc), sl, sc, el, ec);
            }
        }
        pos = start;
        // single_target augassign ~ annotated_rhs
        Expr single = singleTarget();
        if (single != null) {
            OperatorType op = augassign();
            if (op != null) {
                Expr value = annotatedRhs();
                if (value == null) return null;   // cut
                extra(start);
                return new AugAssign(single, op, value, sl, sc, el, ec);
            }
        }
        pos = start;
        if (callInvalidRules) invalidAssignment();
        pos = start;
        return null;
    }

    private Expr optionalAssignedValue() {
        int mark = pos;
        if (accept(EQUAL)) {
            Expr v = annotatedRhs();
            if (v != null) return v;
        }
        pos = mark;
        return null;
    }

    private String typeCommentText(Token tc) {
        String text = tc.text();
        if (text.startsWith("#")) {
            int colon = text.indexOf(':');
            text = text.substring(colon + 1).strip();
        }
        return text;
    }

    private Expr annotatedRhs() {
        if (atKw("yield")) return yieldExpr();
        return starExpressions();
    }

    private OperatorType augassign() {
        OperatorType op = switch (peekType()) {
            case PLUSEQUAL -> OperatorType.Add;
            case MINEQUAL -> OperatorType.Sub;
            case STAREQUAL -> OperatorType.Mult;
            case ATEQUAL -> OperatorType.MatMult;
            case SLASHEQUAL -> OperatorType.Div;
            case PERCENTEQUAL -> OperatorType.Mod;
            case AMPEREQUAL -> OperatorType.BitAnd;
            case VBAREQUAL -> OperatorType.BitOr;
            case CIRCUMFLEXEQUAL -> OperatorType.BitXor;
            case LEFTSHIFTEQUAL -> OperatorType.LShift;
            case RIGHTSHIFTEQUAL -> OperatorType.RShift;
            case DOUBLESTAREQUAL -> OperatorType.Pow;
            case DOUBLESLASHEQUAL -> OperatorType.FloorDiv;
            default -> null;
        };
        if (op != null) pos++;
        return op;
    }

    // ---- simple statements -----------------------------------------------------------------------

    private Stmt returnStmt() {
        int start = pos;
        pos++;
        Expr value = starExpressions();
        extra(start);
        return new Return(value, sl, sc, el, ec);
    }

    private Stmt raiseStmt() {
        int start = pos;
        pos++;
        Expr exc = expression();
        if (exc != null) {
            int mark = pos;
            if (acceptKw("from")) {
                Expr cause = expression();
                if (cause != null) {
                    extra(start);
                    return new Raise(exc, cause, sl, sc, el, ec);
                }
            }
            pos = mark;
            extra(start);
            return new Raise(exc, null, sl, sc, el, ec);
        }
        pos = start + 1;
        extra(start);
        return new Raise(null, null, sl, sc, el, ec);
    }

    private Stmt globalStmt(boolean global) {
        int start = pos;
        pos++;
        List<String> names = new ArrayList<>();
        Name n = name();
        if (n == null) { pos = start; return null; }
        names.add(n.id());
        while (true) {
            int mark = pos;
            if (!accept(COMMA)) break;
            Name m = name();
            if (m == null) { pos = mark; break; }
            names.add(m.id());
        }
        extra(start);
        return global ? new Global(names, sl, sc, el, ec) : new Nonlocal(names, sl, sc, el, ec);
    }

    private Stmt delStmt() {
        int start = pos;
        pos++;
        List<Expr> targets = delTargets();
        if (targets != null && (at(SEMI) || at(NEWLINE))) {
            extra(start);
            return new Delete(targets, sl, sc, el, ec);
        }
        pos = start;
        if (callInvalidRules) invalidDelStmt();
        pos = start;
        return null;
    }

    private Stmt assertStmt() {
        int start = pos;
        pos++;
        Expr test = expression();
        if (test == null) { pos = start; return null; }
        Expr msg = null;
        int mark = pos;
        if (accept(COMMA)) {
            msg = expression();
            if (msg == null) pos = mark;
        }
        extra(start);
        return new Assert(test, msg, sl, sc, el, ec);
    }

    // ---- imports ---------------------------------------------------------------------------------

    private Stmt importName() {
        int start = pos;
        if (callInvalidRules) invalidImport();
        pos++;
        List<Alias> names = new ArrayList<>();
        Alias a = dottedAsName();
        if (a == null) { pos = start; return null; }
        names.add(a);
        while (true) {
            int mark = pos;
            if (!accept(COMMA)) break;
            Alias b = dottedAsName();
            if (b == null) { pos = mark; break; }
            names.add(b);
        }
        extra(start);
        return new Import(names, sl, sc, el, ec);
    }

    private Alias dottedAsName() {
        int start = pos;
        if (callInvalidRules) { invalidImportTarget(true); pos = start; }
        String dotted = dottedName();
        if (dotted == null) return null;
        String asName = null;
        int mark = pos;
        if (acceptKw("as")) {
            Name n = name();
            if (n != null) asName = n.id();
            else pos = mark;
        }
        extra(start);
        return new Alias(dotted, asName, sl, sc, el, ec);
    }

    private String dottedName() {
        Name first = name();
        if (first == null) return null;
        String result = first.id();
        while (true) {
            int mark = pos;
            if (!accept(DOT)) break;
            Name n = name();
            if (n == null) { pos = mark; break; }
            result = result + "." + n.id();
        }
        return result;
    }

    private Stmt importFrom() {
        int start = pos;
        pos++;
        int level = 0;
        while (true) {
            if (at(DOT)) { pos++; level++; }
            else if (at(ELLIPSIS)) { pos++; level += 3; }
            else break;
        }
        int afterDots = pos;
        String module = dottedName();
        if (module != null && acceptKw("import")) {
            List<Alias> names = importFromTargets();
            if (names != null) {
                extra(start);
                return new ImportFrom(module, names, level, sl, sc, el, ec);
            }
        }
        pos = afterDots;
        if (level > 0 && acceptKw("import")) {
            List<Alias> names = importFromTargets();
            if (names != null) {
                extra(start);
                return new ImportFrom(null, names, level, sl, sc, el, ec);
            }
        }
        pos = start;
        return null;
    }

    private List<Alias> importFromTargets() {
        int start = pos;
        if (accept(LPAR)) {
            List<Alias> names = importFromAsNames();
            if (names != null) {
                accept(COMMA);
                if (accept(RPAR)) return names;
            }
            pos = start;
        }
        List<Alias> names = importFromAsNames();
        if (names != null && !at(COMMA)) return names;
        pos = start;
        Token star = expect(STAR);
        if (star != null) {
            return List.of(new Alias("*", null, star.lineno(), star.colOffset(), star.endLineno(), star.endColOffset()));
        }
        if (callInvalidRules) invalidImportFromTargets();
        pos = start;
        return null;
    }

    private List<Alias> importFromAsNames() {
        List<Alias> out = null;
        while (true) {
            int mark = pos;
            if (out != null && !accept(COMMA)) break;
            int start = pos;
            if (callInvalidRules) { invalidImportTarget(false); pos = start; }
            Name n = name();
            if (n == null) { pos = mark; break; }
            String asName = null;
            int m2 = pos;
            if (acceptKw("as")) {
                Name a = name();
                if (a != null) asName = a.id();
                else pos = m2;
            }
            extra(start);
            if (out == null) out = new ArrayList<>();
            out.add(new Alias(n.id(), asName, sl, sc, el, ec));
        }
        return out;
    }

    // ============================================================================================
    // Compound statements
    // ============================================================================================

    private Stmt compoundStmt() {
        TokenType type = peekType();
        if (type == AT) {
            return decorated();
        }
        if (type != NAME) return null;
        return switch (texts[pos]) {
            case "def" -> functionDefRaw(List.of());
            case "async" -> {
                if (isNameAt(pos + 1, "def")) yield functionDefRaw(List.of());
                if (isNameAt(pos + 1, "with")) yield withStmt();
                if (isNameAt(pos + 1, "for")) yield forStmt();
                yield null;
            }
            case "if" -> ifStmt();
            case "class" -> classDefRaw(List.of());
            case "with" -> withStmt();
            case "for" -> forStmt();
            case "try" -> tryStmt();
            case "while" -> whileStmt();
            case "match" -> matchStmt();
            default -> null;
        };
    }

    private Stmt decorated() {
        int start = pos;
        List<Expr> decorators = new ArrayList<>();
        while (true) {
            int mark = pos;
            if (!accept(AT)) break;
            Expr d = namedExpression();
            if (d == null || !accept(NEWLINE)) { pos = mark; break; }
            decorators.add(d);
        }
        if (decorators.isEmpty()) return null;
        Stmt s = atKw("class") ? classDefRaw(decorators) : functionDefRaw(decorators);
        if (s == null) pos = start;
        return s;
    }

    private List<Stmt> block() {
        if (!callInvalidRules) return blockUnmemoized(); // see NEVER_RETRIED_IN_FIRST_PASS
        int m = memoGet(M_BLOCK);
        if (m >= 0) return memoValue(m);
        int start = pos;
        List<Stmt> result = blockUnmemoized();
        return memoPut(M_BLOCK, start, result);
    }

    private List<Stmt> blockUnmemoized() {
        int start = pos;
        if (accept(NEWLINE)) {
            if (accept(INDENT)) {
                List<Stmt> body = statements();
                if (body != null && accept(DEDENT)) return body;
            }
            pos = start;
        }
        List<Stmt> simple = simpleStmts();
        if (simple != null) return simple;
        pos = start;
        if (callInvalidRules && accept(NEWLINE) && !at(INDENT)) {
            throw raiseError(ParseError.Kind.IndentationError, "expected an indented block");
        }
        pos = start;
        return null;
    }

    /** The block after a compound statement header; in the second pass checks for a missing indent. */
    private List<Stmt> blockAfter(String what, Token keyword) {
        if (callInvalidRules) {
            int mark = pos;
            if (accept(NEWLINE) && !at(INDENT)) {
                throw raiseAt(ParseError.Kind.IndentationError, lastTokenFetched(),
                        "expected an indented block after " + what + " on line " + keyword.lineno());
            }
            pos = mark;
        }
        return block();
    }

    // ---- class and function definitions --------------------------------------------------------

    private Stmt classDefRaw(List<Expr> decorators) {
        int start = pos;
        Token kw = expectKw("class");
        if (kw == null) return null;
        Name n = name();
        if (n == null) { pos = start; return null; }
        List<TypeParam> typeParams = typeParamsOpt();
        if (typeParams == null) { pos = start; return null; }
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        int mark = pos;
        if (accept(LPAR)) {
            CallArgs args = arguments();
            if (!accept(RPAR)) {
                pos = mark;
            } else if (args != null) {
                bases = args.args;
                keywords = args.keywords;
            }
        }
        if (!accept(COLON)) {
            if (callInvalidRules && at(NEWLINE)) throw expectedColon();
            pos = start;
            return null;
        }
        List<Stmt> body = blockAfter("class definition", kw);
        if (body == null) { pos = start; return null; }
        extra(start);
        return new ClassDef(n.id(), bases, keywords, body, decorators, typeParams, sl, sc, el, ec);
    }

    /** {@code [type_params]}: an empty list when absent, null on a syntax failure inside. */
    private List<TypeParam> typeParamsOpt() {
        if (!at(LSQB)) return List.of();
        int mark = pos;
        List<TypeParam> tp = typeParams();
        if (tp == null) {
            pos = mark;
            return List.of();
        }
        return tp;
    }

    private Stmt functionDefRaw(List<Expr> decorators) {
        int start = pos;
        boolean isAsync = acceptKw("async");
        Token kw = expectKw("def");
        if (kw == null) { pos = start; return null; }
        Name n = name();
        if (n == null) { pos = start; return null; }
        List<TypeParam> typeParams = typeParamsOpt();
        expectForced(LPAR);
        Arguments params = params();
        if (!accept(RPAR)) { pos = start; return null; }
        Expr returns = null;
        int mark = pos;
        if (accept(RARROW)) {
            returns = expression();
            if (returns == null) pos = mark;
        }
        expectForced(COLON);
        Token tc = funcTypeComment();
        List<Stmt> body = blockAfter("function definition", kw);
        if (body == null) { pos = start; return null; }
        if (params == null) params = emptyArguments();
        extra(start);
        String typeComment = tc == null ? null : typeCommentText(tc);
        return isAsync
                ? new AsyncFunctionDef(n.id(), params, body, decorators, returns, typeComment, typeParams, sl, sc, el, ec)
                : new FunctionDef(n.id(), params, body, decorators, returns, typeComment, typeParams, sl, sc, el, ec);
    }

    private Token funcTypeComment() {
        if (!typeComments) return null;
        int mark = pos;
        if (accept(NEWLINE)) {
            Token t = expect(TYPE_COMMENT);
            if (t != null && at(NEWLINE) && tok(pos + 1).type() == INDENT) return t;
        }
        pos = mark;
        return expect(TYPE_COMMENT);
    }

    private static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    // ---- parameters --------------------------------------------------------------------------

    /** A parameter with its default (null when it has none). */
    private record NameDefault(Arg arg, Expr value) {}

    /** The parameters from '*' on. */
    private record StarEtc(Arg vararg, List<NameDefault> kwonly, Arg kwarg) {}

    /** A positional-only group with defaults: {@code a, b=1, /}. */
    private record SlashWithDefault(List<Arg> plain, List<NameDefault> withDefault) {}

    /**
     * params / lambda_params. {@code lambda} selects the lambda variant: no annotations, no type
     * comments, and ':' instead of ')' after the last parameter.
     */
    private Arguments params() {
        return parameters(false);
    }

    private Arguments parameters(boolean lambda) {
        int start = pos;
        if (callInvalidRules) {
            if (lambda) invalidLambdaParameters(); else invalidParameters();
            pos = start;
        }
        // slash_no_default param_no_default* param_with_default* [star_etc]
        List<Arg> slashNoDefault = slashNoDefault(lambda);
        if (slashNoDefault != null) {
            List<Arg> plain = paramNoDefaultStar(lambda);
            List<NameDefault> withDefault = paramWithDefaultStar(lambda);
            StarEtc star = starEtc(lambda);
            return makeArguments(slashNoDefault, null, plain, withDefault, star);
        }
        pos = start;
        // slash_with_default param_with_default* [star_etc]
        SlashWithDefault swd = slashWithDefault(lambda);
        if (swd != null) {
            List<NameDefault> withDefault = paramWithDefaultStar(lambda);
            StarEtc star = starEtc(lambda);
            return makeArguments(null, swd, List.of(), withDefault, star);
        }
        pos = start;
        // param_no_default+ param_with_default* [star_etc]
        List<Arg> plain = paramNoDefaultStar(lambda);
        if (!plain.isEmpty()) {
            List<NameDefault> withDefault = paramWithDefaultStar(lambda);
            StarEtc star = starEtc(lambda);
            return makeArguments(null, null, plain, withDefault, star);
        }
        // param_with_default+ [star_etc]
        List<NameDefault> withDefault = paramWithDefaultStar(lambda);
        if (!withDefault.isEmpty()) {
            StarEtc star = starEtc(lambda);
            return makeArguments(null, null, List.of(), withDefault, star);
        }
        StarEtc star = starEtc(lambda);
        if (star != null) return makeArguments(null, null, List.of(), List.of(), star);
        pos = start;
        return null;
    }

    private Arguments makeArguments(List<Arg> slashNoDefault, SlashWithDefault slashWithDefault,
                                    List<Arg> plain, List<NameDefault> withDefault, StarEtc star) {
        List<Arg> posonly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        if (slashNoDefault != null) posonly.addAll(slashNoDefault);
        if (slashWithDefault != null) {
            posonly.addAll(slashWithDefault.plain);
            for (NameDefault nd : slashWithDefault.withDefault) {
                posonly.add(nd.arg);
                defaults.add(nd.value);
            }
        }
        List<Arg> args = new ArrayList<>(plain);
        for (NameDefault nd : withDefault) {
            args.add(nd.arg);
            defaults.add(nd.value);
        }
        Arg vararg = null, kwarg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        if (star != null) {
            vararg = star.vararg;
            kwarg = star.kwarg;
            for (NameDefault nd : star.kwonly) {
                kwonly.add(nd.arg);
                kwDefaults.add(nd.value);
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private List<Arg> slashNoDefault(boolean lambda) {
        int start = pos;
        List<Arg> plain = paramNoDefaultStar(lambda);
        if (!plain.isEmpty() && accept(SLASH)) {
            if (accept(COMMA) || at(lambda ? COLON : RPAR)) return plain;
        }
        pos = start;
        return null;
    }

    private SlashWithDefault slashWithDefault(boolean lambda) {
        int start = pos;
        List<Arg> plain = paramNoDefaultStar(lambda);
        List<NameDefault> withDefault = paramWithDefaultStar(lambda);
        if (!withDefault.isEmpty() && accept(SLASH)) {
            if (accept(COMMA) || at(lambda ? COLON : RPAR)) return new SlashWithDefault(plain, withDefault);
        }
        pos = start;
        return null;
    }

    private List<Arg> paramNoDefaultStar(boolean lambda) {
        List<Arg> out = new ArrayList<>();
        while (true) {
            Arg a = paramNoDefault(lambda, false);
            if (a == null) return out;
            out.add(a);
        }
    }

    private List<NameDefault> paramWithDefaultStar(boolean lambda) {
        List<NameDefault> out = new ArrayList<>();
        while (true) {
            NameDefault nd = paramWithDefault(lambda, false);
            if (nd == null) return out;
            out.add(nd);
        }
    }

    /** param_no_default: {@code param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'}. */
    private Arg paramNoDefault(boolean lambda, boolean starAnnotation) {
        int start = pos;
        Arg a = param(lambda, starAnnotation);
        if (a == null) return null;
        Arg result = paramEnd(lambda, a);
        if (result == null) pos = start;
        return result;
    }

    /** The comma / closing lookahead after a parameter, attaching a type comment. */
    private Arg paramEnd(boolean lambda, Arg a) {
        if (accept(COMMA)) {
            return withTypeComment(a, lambda ? null : expect(TYPE_COMMENT));
        }
        Token tc = lambda ? null : expect(TYPE_COMMENT);
        if (at(lambda ? COLON : RPAR)) return withTypeComment(a, tc);
        return null;
    }

    private Arg withTypeComment(Arg a, Token tc) {
        if (tc == null) return a;
        return new Arg(a.arg(), a.annotation(), typeCommentText(tc), a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
    }

    private NameDefault paramWithDefault(boolean lambda, boolean maybe) {
        int start = pos;
        Arg a = param(lambda, false);
        if (a == null) return null;
        Expr value = defaultValue();
        if (value == null && !maybe) { pos = start; return null; }
        Arg result = paramEnd(lambda, a);
        if (result == null) { pos = start; return null; }
        return new NameDefault(result, value);
    }

    private Arg param(boolean lambda, boolean starAnnotation) {
        int start = pos;
        Name n = name();
        if (n == null) return null;
        Expr annotation = null;
        if (!lambda) {
            int mark = pos;
            if (accept(COLON)) {
                annotation = starAnnotation ? starExpression() : expression();
                if (annotation == null) pos = mark;
            }
            if (starAnnotation && annotation == null) { pos = start; return null; }
        }
        extra(start);
        return new Arg(n.id(), annotation, null, sl, sc, el, ec);
    }

    private Expr defaultValue() {
        int mark = pos;
        if (accept(EQUAL)) {
            Expr e = expression();
            if (e != null) return e;
            if (callInvalidRules && (at(RPAR) || at(COMMA))) {
                throw errorAtToken(ParseError.Kind.SyntaxError, tok(mark), "expected default value expression");
            }
        }
        pos = mark;
        return null;
    }

    private StarEtc starEtc(boolean lambda) {
        int start = pos;
        if (callInvalidRules) { invalidStarEtc(lambda); pos = start; }
        if (accept(STAR)) {
            int afterStar = pos;
            Arg vararg = paramNoDefault(lambda, false);
            if (vararg == null && !lambda) {
                pos = afterStar;
                vararg = paramNoDefault(false, true);
            }
            if (vararg != null) {
                List<NameDefault> kwonly = paramMaybeDefaultStar(lambda);
                Arg kwarg = kwds(lambda);
                return new StarEtc(vararg, kwonly, kwarg);
            }
            pos = afterStar;
            if (accept(COMMA)) {
                List<NameDefault> kwonly = paramMaybeDefaultStar(lambda);
                if (!kwonly.isEmpty()) {
                    Arg kwarg = kwds(lambda);
                    return new StarEtc(null, kwonly, kwarg);
                }
            }
            pos = start;
            return null;
        }
        Arg kwarg = kwds(lambda);
        if (kwarg != null) return new StarEtc(null, List.of(), kwarg);
        pos = start;
        return null;
    }

    private List<NameDefault> paramMaybeDefaultStar(boolean lambda) {
        List<NameDefault> out = new ArrayList<>();
        while (true) {
            NameDefault nd = paramWithDefault(lambda, true);
            if (nd == null) return out;
            out.add(nd);
        }
    }

    private Arg kwds(boolean lambda) {
        int start = pos;
        if (callInvalidRules) { invalidKwds(lambda); pos = start; }
        if (accept(DOUBLESTAR)) {
            Arg a = paramNoDefault(lambda, false);
            if (a != null) return a;
        }
        pos = start;
        return null;
    }

    // ---- if / while / for / with -----------------------------------------------------------------

    private Stmt ifStmt() {
        return ifOrElif("if");
    }

    private Stmt ifOrElif(String keyword) {
        int start = pos;
        Token kw = expectKw(keyword);
        if (kw == null) return null;
        Expr test = namedExpression();
        if (test == null) { pos = start; return null; }
        if (!accept(COLON)) {
            if (callInvalidRules && at(NEWLINE)) throw expectedColon();
            pos = start;
            return null;
        }
        List<Stmt> body = blockAfter("'" + keyword + "' statement", kw);
        if (body == null) { pos = start; return null; }
        List<Stmt> orelse;
        if (atKw("elif")) {
            Stmt elif = ifOrElif("elif");
            if (elif != null) {
                extra(start);
                return new If(test, body, List.of(elif), sl, sc, el, ec);
            }
        }
        orelse = elseBlock();
        extra(start);
        return new If(test, body, orelse == null ? List.of() : orelse, sl, sc, el, ec);
    }

    /** [else_block]: null when absent. */
    private List<Stmt> elseBlock() {
        int mark = pos;
        Token kw = expectKw("else");
        if (kw == null) return null;
        expectForced(COLON);
        List<Stmt> b = blockAfter("'else' statement", kw);
        if (b == null) pos = mark;
        if (b != null && callInvalidRules && atKw("elif")) {
            throw raiseSyntaxError("'elif' block follows an 'else' block");
        }
        return b;
    }

    private ParseError expectedColon() {
        return raiseSyntaxError("expected ':'");
    }

    private Stmt whileStmt() {
        int start = pos;
        Token kw = expectKw("while");
        Expr test = namedExpression();
        if (test == null) { pos = start; return null; }
        if (!accept(COLON)) {
            if (callInvalidRules && at(NEWLINE)) throw expectedColon();
            pos = start;
            return null;
        }
        List<Stmt> body = blockAfter("'while' statement", kw);
        if (body == null) { pos = start; return null; }
        List<Stmt> orelse = elseBlock();
        extra(start);
        return new While(test, body, orelse == null ? List.of() : orelse, sl, sc, el, ec);
    }

    private Stmt forStmt() {
        int start = pos;
        boolean isAsync = acceptKw("async");
        Token kw = expectKw("for");
        if (kw == null) { pos = start; return null; }
        Expr target = starTargets();
        if (target == null || !acceptKw("in")) {
            pos = start;
            if (callInvalidRules) invalidForTarget();
            pos = start;
            return null;
        }
        // cut: from here on the statement is a for loop or an error
        Expr iter = starExpressions();
        if (iter == null) return failCut(start);
        if (!accept(COLON)) {
            if (callInvalidRules && at(NEWLINE)) throw expectedColon();
            return failCut(start);
        }
        Token tc = expect(TYPE_COMMENT);
        List<Stmt> body = blockAfter("'for' statement", kw);
        if (body == null) return failCut(start);
        List<Stmt> orelse = elseBlock();
        if (orelse == null) orelse = List.of();
        extra(start);
        String typeComment = tc == null ? null : typeCommentText(tc);
        return isAsync ? new AsyncFor(target, iter, body, orelse, typeComment, sl, sc, el, ec)
                : new For(target, iter, body, orelse, typeComment, sl, sc, el, ec);
    }

    private Stmt failCut(int start) {
        pos = start;
        return null;
    }

    private Stmt withStmt() {
        int start = pos;
        boolean isAsync = acceptKw("async");
        Token kw = expectKw("with");
        if (kw == null) { pos = start; return null; }
        int afterWith = pos;
        // 'with' '(' ','.with_item+ ','? ')' ':' [TYPE_COMMENT] block
        if (accept(LPAR)) {
            List<WithItem> items = withItems();
            if (items != null) {
                accept(COMMA);
                if (accept(RPAR) && accept(COLON)) {
                    Token tc = isAsync ? null : expect(TYPE_COMMENT);
                    List<Stmt> body = blockAfter("'with' statement", kw);
                    if (body != null) return makeWith(start, isAsync, items, body, tc);
                }
            }
        }
        pos = afterWith;
        List<WithItem> items = withItems();
        if (items != null && accept(COLON)) {
            Token tc = expect(TYPE_COMMENT);
            List<Stmt> body = blockAfter("'with' statement", kw);
            if (body != null) return makeWith(start, isAsync, items, body, tc);
        }
        if (callInvalidRules) invalidWithStmt(afterWith);
        pos = start;
        return null;
    }

    /** invalid_with_stmt: items of the loose form {@code expression ['as' star_target]}, then NEWLINE. */
    private void invalidWithStmt(int afterWith) {
        pos = afterWith;
        if (looseWithItems(false) && at(NEWLINE)) throw expectedColon();
        pos = afterWith;
        if (accept(LPAR) && looseWithItems(true)) {
            accept(COMMA);
            if (accept(RPAR) && at(NEWLINE)) throw expectedColon();
        }
    }

    private boolean looseWithItems(boolean parenthesized) {
        int count = 0;
        while (true) {
            int mark = pos;
            if (count > 0 && !accept(COMMA)) break;
            Expr e = parenthesized ? expressions() : expression();
            if (e == null) { pos = mark; break; }
            int m2 = pos;
            if (!(acceptKw("as") && starTarget() != null)) pos = m2;
            count++;
        }
        return count > 0;
    }

    private Stmt makeWith(int start, boolean isAsync, List<WithItem> items, List<Stmt> body, Token tc) {
        extra(start);
        String typeComment = tc == null ? null : typeCommentText(tc);
        return isAsync ? new AsyncWith(items, body, typeComment, sl, sc, el, ec)
                : new With(items, body, typeComment, sl, sc, el, ec);
    }

    private List<WithItem> withItems() {
        List<WithItem> out = null;
        while (true) {
            int mark = pos;
            if (out != null && !accept(COMMA)) break;
            WithItem item = withItem();
            if (item == null) { pos = mark; break; }
            if (out == null) out = new ArrayList<>();
            out.add(item);
        }
        return out;
    }

    private WithItem withItem() {
        int start = pos;
        Expr e = expression();
        if (e == null) return null;
        int mark = pos;
        if (acceptKw("as")) {
            Expr t = starTarget();
            if (t != null && (at(COMMA) || at(RPAR) || at(COLON))) return new WithItem(e, t);
            if (callInvalidRules) {
                pos = mark + 1;
                Expr bad = expression();
                if (bad != null && (at(COMMA) || at(RPAR) || at(COLON))) {
                    raiseInvalidTarget(bad, TargetsType.STAR_TARGETS);
                }
            }
        }
        pos = mark;
        return new WithItem(e, null);
    }

    // ---- try ---------------------------------------------------------------------------------------

    private Stmt tryStmt() {
        int start = pos;
        Token kw = expectKw("try");
        expectForced(COLON);
        List<Stmt> body = blockAfter("'try' statement", kw);
        if (body == null) { pos = start; return null; }
        if (atKw("finally")) {
            List<Stmt> fin = finallyBlock();
            if (fin != null) {
                extra(start);
                return new Try(body, List.of(), List.of(), fin, sl, sc, el, ec);
            }
        }
        int afterBody = pos;
        for (boolean star : new boolean[] {false, true}) {
            pos = afterBody;
            List<ExceptHandler> handlers = new ArrayList<>();
            while (true) {
                ExceptHandler h = exceptBlock(star);
                if (h == null) break;
                handlers.add(h);
            }
            if (handlers.isEmpty()) continue;
            if (callInvalidRules) invalidTryMix(star);
            List<Stmt> orelse = elseBlock();
            List<Stmt> fin = finallyBlock();
            extra(start);
            if (orelse == null) orelse = List.of();
            if (fin == null) fin = List.of();
            return star ? new TryStar(body, handlers, orelse, fin, sl, sc, el, ec)
                    : new Try(body, handlers, orelse, fin, sl, sc, el, ec);
        }
        pos = afterBody;
        if (callInvalidRules && !atKw("except") && !atKw("finally")) {
            throw raiseError(ParseError.Kind.SyntaxError, "expected 'except' or 'finally' block");
        }
        pos = start;
        return null;
    }

    /** After except (or except*) blocks, an except* (or except) block is an error. */
    private void invalidTryMix(boolean star) {
        int mark = pos;
        Token kw = expectKw("except");
        if (kw == null) return;
        String msg = "cannot have both 'except' and 'except*' on the same 'try'";
        if (!star) {
            Token starTok = expect(STAR);
            if (starTok != null && expression() != null) {
                int m2 = pos;
                if (!(acceptKw("as") && name() != null)) pos = m2;
                if (at(COLON)) throw errorRange(kw, starTok, msg);
            }
        } else if (!at(STAR)) {
            int m2 = pos;
            if (expression() != null) {
                int m3 = pos;
                if (!(acceptKw("as") && name() != null)) pos = m3;
            } else {
                pos = m2;
            }
            if (at(COLON)) throw errorLocation(kw, msg);
        }
        pos = mark;
    }

    private List<Stmt> finallyBlock() {
        int mark = pos;
        Token kw = expectKw("finally");
        if (kw == null) return null;
        expectForced(COLON);
        List<Stmt> b = blockAfter("'finally' statement", kw);
        if (b == null) pos = mark;
        return b;
    }

    private ExceptHandler exceptBlock(boolean star) {
        int start = pos;
        Token kw = expectKw("except");
        if (kw == null) return null;
        if (star && !accept(STAR)) { pos = start; return null; }
        if (star && callInvalidRules && (at(NEWLINE) || at(COLON))) {
            pos++;
            throw raiseSyntaxError("expected one or more exception types");
        }
        if (!star && at(STAR)) { pos = start; return null; }
        String what = star ? "'except*' statement" : "'except' statement";
        int afterKw = pos;
        if (!star && accept(COLON)) {
            List<Stmt> body = blockAfter(what, kw);
            if (body != null) {
                extra(start);
                return new ExceptHandler(null, null, body, sl, sc, el, ec);
            }
            pos = start;
            return null;
        }
        Expr type = expression();
        if (type != null) {
            int mark = pos;
            if (accept(COLON)) {
                List<Stmt> body = blockAfter(what, kw);
                if (body != null) {
                    extra(start);
                    return new ExceptHandler(type, null, body, sl, sc, el, ec);
                }
            }
            pos = mark;
            if (acceptKw("as")) {
                Name n = name();
                if (n != null && accept(COLON)) {
                    List<Stmt> body = blockAfter(what, kw);
                    if (body != null) {
                        extra(start);
                        return new ExceptHandler(type, n.id(), body, sl, sc, el, ec);
                    }
                }
            }
        }
        pos = afterKw;
        Expr types = expressions();
        if (types != null && accept(COLON)) {
            // (no invalid_except_stmt_indent for this form: a missing body is the generic error)
            List<Stmt> body = block();
            if (body != null) {
                extra(start);
                return new ExceptHandler(types, null, body, sl, sc, el, ec);
            }
        }
        if (callInvalidRules) invalidExceptStmt(afterKw);
        pos = start;
        return null;
    }

    // ---- match -------------------------------------------------------------------------------------

    private Stmt matchStmt() {
        int start = pos;
        Token kw = expectKw("match");
        if (kw == null) return null;
        Expr subject = subjectExpr();
        if (subject != null && callInvalidRules && at(NEWLINE)) throw expectedColon();
        if (subject == null || !accept(COLON)) { pos = start; return null; }
        if (callInvalidRules && at(NEWLINE) && tok(pos + 1).type() != INDENT) {
            pos++;
            throw raiseError(ParseError.Kind.IndentationError,
                    "expected an indented block after 'match' statement on line " + kw.lineno());
        }
        if (!accept(NEWLINE) || !accept(INDENT)) { pos = start; return null; }
        List<MatchCase> cases = new ArrayList<>();
        while (true) {
            MatchCase c = caseBlock();
            if (c == null) break;
            cases.add(c);
        }
        if (cases.isEmpty() || !accept(DEDENT)) { pos = start; return null; }
        extra(start);
        return new Match(subject, cases, sl, sc, el, ec);
    }

    private Expr subjectExpr() {
        int start = pos;
        Expr first = starNamedExpression();
        if (first != null && accept(COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            List<Expr> rest = starNamedExpressions();
            if (rest != null) elts.addAll(rest);
            extra(start);
            return new Tuple(elts, ExprContext.Load, sl, sc, el, ec);
        }
        pos = start;
        return namedExpression();
    }

    private MatchCase caseBlock() {
        int start = pos;
        Token kw = expectKw("case");
        if (kw == null) return null;
        Pattern pattern = patterns();
        if (pattern != null) {
            Expr guard = null;
            int mark = pos;
            if (acceptKw("if")) {
                guard = namedExpression();
                if (guard == null) pos = mark;
            }
            if (accept(COLON)) {
                List<Stmt> body = blockAfter("'case' statement", kw);
                if (body != null) return new MatchCase(pattern, guard, body);
            } else if (callInvalidRules && at(NEWLINE)) {
                throw expectedColon();
            }
        }
        pos = start;
        return null;
    }

    private Pattern patterns() {
        int start = pos;
        List<Pattern> seq = openSequencePattern();
        if (seq != null) {
            extra(start);
            return new MatchSequence(seq, sl, sc, el, ec);
        }
        pos = start;
        return pattern();
    }

    private Pattern pattern() {
        enter();
        try {
            int start = pos;
            Pattern or = orPattern();
            if (or == null) return null;
            int mark = pos;
            if (acceptKw("as")) {
                Name target = patternCaptureTarget();
                if (target != null) {
                    extra(start);
                    return new MatchAs(or, target.id(), sl, sc, el, ec);
                }
                if (callInvalidRules) invalidAsPattern(or, mark);
            }
            pos = mark;
            return or;
        } finally {
            leave();
        }
    }

    private Pattern orPattern() {
        int start = pos;
        Pattern first = closedPattern();
        if (first == null) return null;
        List<Pattern> alts = null;
        while (true) {
            int mark = pos;
            if (!accept(VBAR)) break;
            Pattern p = closedPattern();
            if (p == null) { pos = mark; break; }
            if (alts == null) { alts = new ArrayList<>(); alts.add(first); }
            alts.add(p);
        }
        if (alts == null) return first;
        extra(start);
        return new MatchOr(alts, sl, sc, el, ec);
    }

    private Pattern closedPattern() {
        int m = memoGet(M_CLOSED_PATTERN);
        if (m >= 0) return memoValue(m);
        int start = pos;
        Pattern p = closedPatternUnmemoized();
        if (p == null) pos = start;
        return memoPut(M_CLOSED_PATTERN, start, p);
    }

    private Pattern closedPatternUnmemoized() {
        int start = pos;
        Pattern p;
        if ((p = literalPattern()) != null) return p;
        pos = start;
        Name capture = patternCaptureTarget();
        if (capture != null) {
            extra(start);
            return new MatchAs(null, capture.id(), sl, sc, el, ec);
        }
        pos = start;
        if (acceptKw("_")) {
            extra(start);
            return new MatchAs(null, null, sl, sc, el, ec);
        }
        Expr attr = attr();
        if (attr != null && !at(DOT) && !at(LPAR) && !at(EQUAL)) {
            extra(start);
            return new MatchValue(attr, sl, sc, el, ec);
        }
        pos = start;
        if (at(LPAR)) {
            // group_pattern
            pos++;
            Pattern inner = pattern();
            if (inner != null && accept(RPAR)) return inner;
            pos = start;
        }
        if ((p = sequencePattern()) != null) return p;
        pos = start;
        if ((p = mappingPattern()) != null) return p;
        pos = start;
        if ((p = classPattern()) != null) return p;
        pos = start;
        return null;
    }

    private Pattern literalPattern() {
        int start = pos;
        Expr value = signedNumber();
        if (value != null && !at(PLUS) && !at(MINUS)) {
            extra(start);
            return new MatchValue(value, sl, sc, el, ec);
        }
        pos = start;
        value = complexNumber();
        if (value != null) {
            extra(start);
            return new MatchValue(value, sl, sc, el, ec);
        }
        pos = start;
        TokenType t = peekType();
        if (t == STRING || t == FSTRING_START || t == TSTRING_START) {
            value = strings();
            if (value != null) {
                extra(start);
                return new MatchValue(value, sl, sc, el, ec);
            }
            pos = start;
            return null;
        }
        Object singleton = null;
        if (atKw("None")) singleton = Ast.NONE;
        else if (atKw("True")) singleton = Boolean.TRUE;
        else if (atKw("False")) singleton = Boolean.FALSE;
        if (singleton != null) {
            pos++;
            extra(start);
            return new MatchSingleton(singleton, sl, sc, el, ec);
        }
        return null;
    }

    /** literal_expr: the keys allowed in mapping patterns. */
    private Expr literalExpr() {
        int start = pos;
        Expr value = signedNumber();
        if (value != null && !at(PLUS) && !at(MINUS)) return value;
        pos = start;
        value = complexNumber();
        if (value != null) return value;
        pos = start;
        TokenType t = peekType();
        if (t == STRING || t == FSTRING_START || t == TSTRING_START) {
            value = strings();
            if (value == null) pos = start;
            return value;
        }
        Object singleton = null;
        if (atKw("None")) singleton = Ast.NONE;
        else if (atKw("True")) singleton = Boolean.TRUE;
        else if (atKw("False")) singleton = Boolean.FALSE;
        if (singleton != null) {
            pos++;
            extra(start);
            return new Constant(singleton, null, sl, sc, el, ec);
        }
        return null;
    }

    private Expr complexNumber() {
        int start = pos;
        Expr real = signedRealNumber();
        if (real == null) return null;
        OperatorType op = at(PLUS) ? OperatorType.Add : at(MINUS) ? OperatorType.Sub : null;
        if (op == null) { pos = start; return null; }
        pos++;
        Token t = expect(NUMBER);
        if (t == null) { pos = start; return null; }
        if (!Literals.isImaginary(t.text())) {
            throw errorAtToken(ParseError.Kind.SyntaxError, t, "imaginary number required in complex literal");
        }
        Expr imag = numberConstant(t);
        extra(start);
        return new BinOp(real, op, imag, sl, sc, el, ec);
    }

    private Expr signedNumber() {
        int start = pos;
        Token t = expect(NUMBER);
        if (t != null) return numberConstant(t);
        if (accept(MINUS)) {
            Token n = expect(NUMBER);
            if (n != null) {
                Expr operand = numberConstant(n);
                extra(start);
                return new UnaryOp(UnaryOpType.USub, operand, sl, sc, el, ec);
            }
        }
        pos = start;
        return null;
    }

    private Expr signedRealNumber() {
        int start = pos;
        boolean negative = accept(MINUS);
        Token t = expect(NUMBER);
        if (t == null) { pos = start; return null; }
        if (Literals.isImaginary(t.text())) {
            throw errorAtToken(ParseError.Kind.SyntaxError, t, "real number required in complex literal");
        }
        Expr real = numberConstant(t);
        if (!negative) return real;
        extra(start);
        return new UnaryOp(UnaryOpType.USub, real, sl, sc, el, ec);
    }

    /** pattern_capture_target: {@code !"_" NAME !('.' | '(' | '=')}, as a Store name. */
    private Name patternCaptureTarget() {
        int start = pos;
        if (atKw("_")) return null;
        Name n = name();
        if (n == null) return null;
        if (at(DOT) || at(LPAR) || at(EQUAL)) { pos = start; return null; }
        return withCtx(n, ExprContext.Store);
    }

    /** attr: {@code name_or_attr '.' NAME} (at least one dot). */
    private Expr attr() {
        Expr e = nameOrAttr();
        if (e instanceof Attribute) return e;
        return null;
    }

    private Expr nameOrAttr() {
        int start = pos;
        Expr e = name();
        if (e == null) return null;
        while (true) {
            int mark = pos;
            if (!accept(DOT)) break;
            Name n = name();
            if (n == null) { pos = mark; break; }
            extra(start);
            e = new Attribute(e, n.id(), ExprContext.Load, sl, sc, el, ec);
        }
        return e;
    }

    private Pattern sequencePattern() {
        int start = pos;
        if (accept(LSQB)) {
            List<Pattern> items = maybeSequencePattern();
            if (accept(RSQB)) {
                extra(start);
                return new MatchSequence(items == null ? List.of() : items, sl, sc, el, ec);
            }
            pos = start;
            return null;
        }
        if (accept(LPAR)) {
            List<Pattern> items = openSequencePattern();
            if (accept(RPAR)) {
                extra(start);
                return new MatchSequence(items == null ? List.of() : items, sl, sc, el, ec);
            }
        }
        pos = start;
        return null;
    }

    private List<Pattern> openSequencePattern() {
        int start = pos;
        Pattern first = maybeStarPattern();
        if (first == null || !accept(COMMA)) { pos = start; return null; }
        List<Pattern> out = new ArrayList<>();
        out.add(first);
        List<Pattern> rest = maybeSequencePattern();
        if (rest != null) out.addAll(rest);
        return out;
    }

    private List<Pattern> maybeSequencePattern() {
        List<Pattern> out = null;
        while (true) {
            int mark = pos;
            if (out != null && !accept(COMMA)) break;
            Pattern p = maybeStarPattern();
            if (p == null) { pos = mark; break; }
            if (out == null) out = new ArrayList<>();
            out.add(p);
        }
        if (out != null) accept(COMMA);
        return out;
    }

    private Pattern maybeStarPattern() {
        int start = pos;
        if (accept(STAR)) {
            Name target = patternCaptureTarget();
            if (target != null) {
                extra(start);
                return new MatchStar(target.id(), sl, sc, el, ec);
            }
            if (acceptKw("_")) {
                extra(start);
                return new MatchStar(null, sl, sc, el, ec);
            }
            pos = start;
        }
        return pattern();
    }

    private Pattern mappingPattern() {
        int start = pos;
        if (!accept(LBRACE)) return null;
        if (accept(RBRACE)) {
            extra(start);
            return new MatchMapping(List.of(), List.of(), null, sl, sc, el, ec);
        }
        int afterBrace = pos;
        Name rest = doubleStarPattern();
        if (rest != null) {
            accept(COMMA);
            if (accept(RBRACE)) {
                extra(start);
                return new MatchMapping(List.of(), List.of(), rest.id(), sl, sc, el, ec);
            }
        }
        pos = afterBrace;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        while (true) {
            int mark = pos;
            if (!keys.isEmpty() && !accept(COMMA)) break;
            Expr key = literalExpr();
            if (key == null) { pos = mark + (keys.isEmpty() ? 0 : 1); key = attr(); }
            if (key == null || !accept(COLON)) { pos = mark; break; }
            Pattern value = pattern();
            if (value == null) { pos = mark; break; }
            keys.add(key);
            values.add(value);
        }
        if (keys.isEmpty()) { pos = start; return null; }
        int afterItems = pos;
        if (accept(COMMA)) {
            rest = doubleStarPattern();
            if (rest != null) {
                accept(COMMA);
                if (accept(RBRACE)) {
                    extra(start);
                    return new MatchMapping(keys, values, rest.id(), sl, sc, el, ec);
                }
            }
        }
        pos = afterItems;
        accept(COMMA);
        if (accept(RBRACE)) {
            extra(start);
            return new MatchMapping(keys, values, null, sl, sc, el, ec);
        }
        pos = start;
        return null;
    }

    private Name doubleStarPattern() {
        int start = pos;
        if (!accept(DOUBLESTAR)) return null;
        Name target = patternCaptureTarget();
        if (target == null) pos = start;
        return target;
    }

    private Pattern classPattern() {
        int start = pos;
        Expr cls = nameOrAttr();
        if (cls == null || !accept(LPAR)) { pos = start; return null; }
        if (accept(RPAR)) {
            extra(start);
            return new MatchClass(cls, List.of(), List.of(), List.of(), sl, sc, el, ec);
        }
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (true) {
            int mark = pos;
            if ((!positional.isEmpty() || !kwdAttrs.isEmpty()) && !accept(COMMA)) break;
            int itemStart = pos;
            Name kw = name();
            if (kw != null && accept(EQUAL)) {
                Pattern value = pattern();
                if (value == null) { pos = mark; break; }
                kwdAttrs.add(kw.id());
                kwdPatterns.add(value);
                continue;
            }
            pos = itemStart;
            if (!kwdAttrs.isEmpty()) {
                if (callInvalidRules) invalidClassPattern(itemStart);
                pos = mark;
                break;
            }
            Pattern p = pattern();
            if (p == null) { pos = mark; break; }
            positional.add(p);
        }
        accept(COMMA);
        if (accept(RPAR) && (!positional.isEmpty() || !kwdAttrs.isEmpty())) {
            extra(start);
            return new MatchClass(cls, positional, kwdAttrs, kwdPatterns, sl, sc, el, ec);
        }
        pos = start;
        return null;
    }

    // ---- type statement and type parameters --------------------------------------------------

    private Stmt typeAlias() {
        int start = pos;
        if (!acceptKw("type")) return null;
        Name n = name();
        if (n == null) { pos = start; return null; }
        List<TypeParam> tp = typeParamsOpt();
        if (!accept(EQUAL)) { pos = start; return null; }
        Expr value = expression();
        if (value == null) { pos = start; return null; }
        extra(start);
        return new TypeAlias(withCtx(n, ExprContext.Store), tp, value, sl, sc, el, ec);
    }

    private List<TypeParam> typeParams() {
        int start = pos;
        if (!accept(LSQB)) return null;
        if (callInvalidRules && at(RSQB)) {
            throw errorStartingFrom(peek(), "Type parameter list cannot be empty");
        }
        List<TypeParam> out = new ArrayList<>();
        while (true) {
            int mark = pos;
            if (!out.isEmpty() && !accept(COMMA)) break;
            TypeParam tp = typeParam();
            if (tp == null) { pos = mark; break; }
            out.add(tp);
        }
        if (out.isEmpty()) { pos = start; return null; }
        accept(COMMA);
        if (!accept(RSQB)) { pos = start; return null; }
        return out;
    }

    private TypeParam typeParam() {
        int start = pos;
        Name n = name();
        if (n != null) {
            Expr bound = null;
            int mark = pos;
            if (accept(COLON)) {
                bound = expression();
                if (bound == null) pos = mark;
            }
            Expr dflt = typeParamDefault(false);
            extra(start);
            return new TypeVar(n.id(), bound, dflt, sl, sc, el, ec);
        }
        if (callInvalidRules) invalidTypeParam();
        pos = start;
        if (accept(STAR)) {
            Name v = name();
            if (v != null) {
                Expr dflt = typeParamDefault(true);
                extra(start);
                return new TypeVarTuple(v.id(), dflt, sl, sc, el, ec);
            }
        }
        pos = start;
        if (accept(DOUBLESTAR)) {
            Name v = name();
            if (v != null) {
                Expr dflt = typeParamDefault(false);
                extra(start);
                return new ParamSpec(v.id(), dflt, sl, sc, el, ec);
            }
        }
        pos = start;
        return null;
    }

    private Expr typeParamDefault(boolean starred) {
        int mark = pos;
        if (!accept(EQUAL)) return null;
        Expr e = starred ? starExpression() : expression();
        if (e == null) pos = mark;
        return e;
    }

    // ============================================================================================
    // Expressions
    // ============================================================================================

    private Expr expressions() {
        int start = pos;
        Expr first = expression();
        if (first == null) return null;
        if (!at(COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (true) {
            int mark = pos;
            if (!accept(COMMA)) break;
            Expr e = expression();
            if (e == null) break;   // the comma stays consumed: it is the trailing one
            elts.add(e);
            mark = pos;
        }
        extra(start);
        return new Tuple(elts, ExprContext.Load, sl, sc, el, ec);
    }

    private Expr expression() {
        int m = memoGet(M_EXPRESSION);
        if (m >= 0) return memoValue(m);
        int start = pos;
        enter();
        try {
            return memoPut(M_EXPRESSION, start, expressionUnmemoized());
        } finally {
            leave();
        }
    }

    private Expr expressionUnmemoized() {
        int start = pos;
        if (callInvalidRules) {
            invalidExpression();
            pos = start;
            invalidLegacyExpression();
            pos = start;
        }
        if (atKw("lambda")) return lambdef();
        Expr d = disjunction();
        if (d == null) return null;
        int mark = pos;
        if (acceptKw("if")) {
            Expr test = disjunction();
            if (test != null && acceptKw("else")) {
                Expr orelse = expression();
                if (orelse != null) {
                    extra(start);
                    return new IfExp(test, d, orelse, sl, sc, el, ec);
                }
            }
        }
        pos = mark;
        return d;
    }

    private Expr yieldExpr() {
        int start = pos;
        if (!acceptKw("yield")) return null;
        if (acceptKw("from")) {
            Expr e = expression();
            if (e != null) {
                extra(start);
                return new YieldFrom(e, sl, sc, el, ec);
            }
            pos = start + 1;
        }
        Expr value = starExpressions();
        extra(start);
        return new Yield(value, sl, sc, el, ec);
    }

    private Expr starExpressions() {
        int start = pos;
        Expr first = starExpression();
        if (first == null) return null;
        if (!at(COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            Expr e = starExpression();
            if (e == null) break;
            elts.add(e);
        }
        extra(start);
        return new Tuple(elts, ExprContext.Load, sl, sc, el, ec);
    }

    private Expr starExpression() {
        if (!callInvalidRules) return starExpressionUnmemoized(); // see NEVER_RETRIED_IN_FIRST_PASS
        int m = memoGet(M_STAR_EXPRESSION);
        if (m >= 0) return memoValue(m);
        int start = pos;
        return memoPut(M_STAR_EXPRESSION, start, starExpressionUnmemoized());
    }

    private Expr starExpressionUnmemoized() {
        int start = pos;
        Expr result;
        if (accept(STAR)) {
            Expr e = bitwiseOr();
            if (e != null) {
                extra(start);
                result = new Starred(e, ExprContext.Load, sl, sc, el, ec);
            } else {
                pos = start;
                result = null;
            }
        } else {
            result = expression();
        }
        return result;
    }

    private List<Expr> starNamedExpressions() {
        List<Expr> out = null;
        while (true) {
            int mark = pos;
            if (out != null && !accept(COMMA)) break;
            Expr e = starNamedExpression();
            if (e == null) { pos = mark; break; }
            if (out == null) out = new ArrayList<>();
            out.add(e);
        }
        if (out != null) accept(COMMA);
        return out;
    }

    private Expr starNamedExpression() {
        int start = pos;
        if (accept(STAR)) {
            Expr e = bitwiseOr();
            if (e == null) { pos = start; return null; }
            extra(start);
            return new Starred(e, ExprContext.Load, sl, sc, el, ec);
        }
        return namedExpression();
    }

    private Expr assignmentExpression() {
        int start = pos;
        // Only a non-keyword NAME makes the parser look at the next token (as in CPython).
        Name n = name();
        if (n == null) return null;
        if (!accept(COLONEQUAL)) { pos = start; return null; }
        Expr value = expression();
        if (value == null) { pos = start; return null; }   // cut: no other alternative applies
        extra(start);
        return new NamedExpr(withCtx(n, ExprContext.Store), value, sl, sc, el, ec);
    }

    private Expr namedExpression() {
        int start = pos;
        Expr a = assignmentExpression();
        if (a != null) return a;
        if (callInvalidRules) { invalidNamedExpression(); pos = start; }
        Expr e = expression();
        if (e != null && !at(COLONEQUAL)) return e;
        pos = start;
        return null;
    }

    private Expr disjunction() {
        int m = memoGet(M_DISJUNCTION);
        if (m >= 0) return memoValue(m);
        int start = pos;
        Expr first = conjunction();
        Expr result = first;
        if (first != null && atKw("or")) {
            List<Expr> values = new ArrayList<>();
            values.add(first);
            while (true) {
                int mark = pos;
                if (!acceptKw("or")) break;
                Expr e = conjunction();
                if (e == null) { pos = mark; break; }
                values.add(e);
            }
            if (values.size() > 1) {
                extra(start);
                result = new BoolOp(BoolOpType.Or, values, sl, sc, el, ec);
            }
        }
        return memoPut(M_DISJUNCTION, start, result);
    }

    private Expr conjunction() {
        int start = pos;
        Expr first = inversion();
        if (first == null || !atKw("and")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (true) {
            int mark = pos;
            if (!acceptKw("and")) break;
            Expr e = inversion();
            if (e == null) { pos = mark; break; }
            values.add(e);
        }
        if (values.size() == 1) return first;
        extra(start);
        return new BoolOp(BoolOpType.And, values, sl, sc, el, ec);
    }

    private Expr inversion() {
        int start = pos;
        if (atKw("not")) {
            enter();
            try {
                pos++;
                Expr operand = inversion();
                if (operand != null) {
                    extra(start);
                    return new UnaryOp(UnaryOpType.Not, operand, sl, sc, el, ec);
                }
                pos = start;
            } finally {
                leave();
            }
        }
        return comparison();
    }

    private Expr comparison() {
        int start = pos;
        Expr left = bitwiseOr();
        if (left == null) return null;
        List<CmpOpType> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int mark = pos;
            CmpOpType op = compareOp();
            if (op == null) break;
            Expr right = bitwiseOr();
            if (right == null) { pos = mark; break; }
            if (ops == null) { ops = new ArrayList<>(); comparators = new ArrayList<>(); }
            ops.add(op);
            comparators.add(right);
        }
        if (ops == null) return left;
        extra(start);
        return new Compare(left, ops, comparators, sl, sc, el, ec);
    }

    private CmpOpType compareOp() {
        int i = pos;
        CmpOpType op = switch (peekType()) {
            case EQEQUAL -> CmpOpType.Eq;
            case NOTEQUAL -> CmpOpType.NotEq;
            case LESSEQUAL -> CmpOpType.LtE;
            case LESS -> CmpOpType.Lt;
            case GREATEREQUAL -> CmpOpType.GtE;
            case GREATER -> CmpOpType.Gt;
            case NAME -> switch (texts[i]) {
                case "in" -> CmpOpType.In;
                case "not" -> isNameAt(i + 1, "in") ? CmpOpType.NotIn : null;
                case "is" -> isNameAt(i + 1, "not") ? CmpOpType.IsNot : CmpOpType.Is;
                default -> null;
            };
            default -> null;
        };
        if (op == null) return null;
        if (op == CmpOpType.NotEq && !texts[i].equals("!=")) return null;   // '<>' (barry_as_FLUFL)
        pos += (op == CmpOpType.NotIn || op == CmpOpType.IsNot) ? 2 : 1;
        return op;
    }

    private Expr bitwiseOr() {
        int m = memoGet(M_BITWISE_OR);
        if (m >= 0) return memoValue(m);
        int start = pos;
        Expr left = binaryLevel(0);
        return memoPut(M_BITWISE_OR, start, left);
    }

    /** Binary operator precedence levels, loosest first: | ^ & shift sum term. */
    private Expr binaryLevel(int level) {
        if (level == 6) return factor();
        int start = pos;
        if (callInvalidRules && level == 3) { invalidArithmetic(); pos = start; }
        if (callInvalidRules && level == 5) { invalidFactor(); pos = start; }
        Expr left = binaryLevel(level + 1);
        if (left == null) return null;
        while (true) {
            OperatorType op = binaryOperator(level, peekType());
            if (op == null) return left;
            int mark = pos;
            pos++;
            Expr right = binaryLevel(level + 1);
            if (right == null) {
                pos = mark;
                return left;
            }
            extra(start);
            left = new BinOp(left, op, right, sl, sc, el, ec);
        }
    }

    private static OperatorType binaryOperator(int level, TokenType t) {
        return switch (level) {
            case 0 -> t == VBAR ? OperatorType.BitOr : null;
            case 1 -> t == CIRCUMFLEX ? OperatorType.BitXor : null;
            case 2 -> t == AMPER ? OperatorType.BitAnd : null;
            case 3 -> t == LEFTSHIFT ? OperatorType.LShift : t == RIGHTSHIFT ? OperatorType.RShift : null;
            case 4 -> t == PLUS ? OperatorType.Add : t == MINUS ? OperatorType.Sub : null;
            case 5 -> switch (t) {
                case STAR -> OperatorType.Mult;
                case SLASH -> OperatorType.Div;
                case DOUBLESLASH -> OperatorType.FloorDiv;
                case PERCENT -> OperatorType.Mod;
                case AT -> OperatorType.MatMult;
                default -> null;
            };
            default -> null;
        };
    }

    private Expr factor() {
        int start = pos;
        UnaryOpType op = switch (peekType()) {
            case PLUS -> UnaryOpType.UAdd;
            case MINUS -> UnaryOpType.USub;
            case TILDE -> UnaryOpType.Invert;
            default -> null;
        };
        enter();
        try {
            if (op == null) return power();
            pos++;
            Expr operand = factor();
            if (operand == null) { pos = start; return null; }
            extra(start);
            return new UnaryOp(op, operand, sl, sc, el, ec);
        } finally {
            leave();
        }
    }

    private Expr power() {
        int start = pos;
        Expr base = awaitPrimary();
        if (base == null) return null;
        if (!at(DOUBLESTAR)) return base;
        int mark = pos;
        pos++;
        enter();   // power -> factor -> power: two rule levels per '**', as in CPython
        Expr exponent;
        try {
            exponent = factor();
        } finally {
            leave();
        }
        if (exponent == null) { pos = mark; return base; }
        extra(start);
        return new BinOp(base, OperatorType.Pow, exponent, sl, sc, el, ec);
    }

    private Expr awaitPrimary() {
        int start = pos;
        if (atKw("await")) {
            pos++;
            Expr e = primary();
            if (e == null) { pos = start; return null; }
            extra(start);
            return new Await(e, sl, sc, el, ec);
        }
        return primary();
    }

    private Expr primary() {
        if (!callInvalidRules) return primaryUnmemoized(); // see NEVER_RETRIED_IN_FIRST_PASS
        int m = memoGet(M_PRIMARY);
        if (m >= 0) return memoValue(m);
        int start = pos;
        return memoPut(M_PRIMARY, start, primaryUnmemoized());
    }

    private Expr primaryUnmemoized() {
        int start = pos;
        enter();
        try {
            Expr e = atom();
            if (e != null) {
                while (true) {
                    Expr next = trailer(e, start);
                    if (next == null) break;
                    e = next;
                }
            }
            return e;
        } finally {
            leave();
        }
    }

    /**
     * One step of the left-recursive primary / t_primary: {@code '.' NAME}, a generator-expression
     * call, a call, or a subscript applied to {@code e}. Returns null (pos unchanged) when none applies.
     */
    private Expr trailer(Expr e, int start) {
        int mark = pos;
        switch (peekType()) {
            case DOT -> {
                pos++;
                Name n = name();
                if (n == null) { pos = mark; return null; }
                extra(start);
                return new Attribute(e, n.id(), ExprContext.Load, sl, sc, el, ec);
            }
            case LPAR -> {
                Expr g = genexp();
                if (g != null) {
                    extra(start);
                    return new Call(e, List.of(g), List.of(), sl, sc, el, ec);
                }
                pos = mark + 1;
                CallArgs args = arguments();
                if (!accept(RPAR)) { pos = mark; return null; }
                extra(start);
                return args == null ? new Call(e, List.of(), List.of(), sl, sc, el, ec)
                        : new Call(e, args.args, args.keywords, sl, sc, el, ec);
            }
            case LSQB -> {
                pos++;
                Expr s = slices();
                if (s == null || !accept(RSQB)) { pos = mark; return null; }
                extra(start);
                return new Subscript(e, s, ExprContext.Load, sl, sc, el, ec);
            }
            default -> {
                return null;
            }
        }
    }

    private Expr slices() {
        int start = pos;
        Expr first = slice();
        if (first != null && !at(COMMA)) return first;
        pos = start;
        List<Expr> elts = null;
        while (true) {
            int mark = pos;
            if (elts != null && !accept(COMMA)) break;
            Expr e = slice();
            if (e == null) {
                pos = elts == null ? mark : mark + 1;
                e = starredExpression();
            }
            if (e == null) { pos = mark; break; }
            if (elts == null) elts = new ArrayList<>();
            elts.add(e);
        }
        if (elts == null) { pos = start; return null; }
        accept(COMMA);
        extra(start);
        return new Tuple(elts, ExprContext.Load, sl, sc, el, ec);
    }

    private Expr slice() {
        int start = pos;
        Expr lower = expression();
        if (at(COLON)) {
            pos++;
            Expr upper = expression();
            Expr step = null;
            int mark = pos;
            if (accept(COLON)) {
                step = expression();
            }
            extra(start);
            return new Slice(lower, upper, step, sl, sc, el, ec);
        }
        pos = start;
        return namedExpression();
    }

    private Expr atom() {
        int start = pos;
        switch (peekType()) {
            case NAME -> {
                Object constant = switch (texts[start]) {
                    case "True" -> Boolean.TRUE;
                    case "False" -> Boolean.FALSE;
                    case "None" -> Ast.NONE;
                    default -> null;
                };
                if (constant != null) {
                    pos++;
                    long from = startPositions[start], to = endPositions[start];
                    return new Constant(constant, null, lineOf(from), colOf(from), lineOf(to), colOf(to));
                }
                return name();
            }
            case STRING, FSTRING_START, TSTRING_START -> {
                return strings();
            }
            case NUMBER -> {
                pos++;
                return numberConstant(tok(start));
            }
            case LPAR -> {
                Expr e = genexp();
                if (e != null) return e;
                pos = start;
                if ((e = tuple()) != null) return e;
                pos = start;
                if ((e = group()) != null) return e;
                pos = start;
                return null;
            }
            case LSQB -> {
                Expr e = listcomp();
                if (e != null) return e;
                pos = start;
                return list();
            }
            case LBRACE -> {
                Expr e = dictcomp();
                if (e != null) return e;
                pos = start;
                if ((e = setcomp()) != null) return e;
                pos = start;
                if ((e = dict()) != null) return e;
                pos = start;
                if ((e = set()) != null) return e;
                pos = start;
                return null;
            }
            case ELLIPSIS -> {
                pos++;
                long from = startPositions[start], to = endPositions[start];
                return new Constant(Ast.ELLIPSIS, null, lineOf(from), colOf(from), lineOf(to), colOf(to));
            }
            default -> {
                return null;
            }
        }
    }

    private Expr group() {
        int start = pos;
        if (!accept(LPAR)) return null;
        Expr e = atKw("yield") ? yieldExpr() : namedExpression();
        if (e != null && accept(RPAR)) return e;
        pos = start;
        if (callInvalidRules) invalidGroup();
        pos = start;
        return null;
    }

    private Expr lambdef() {
        int start = pos;
        if (!acceptKw("lambda")) return null;
        enter();
        try {
            Arguments params = parameters(true);
            if (!accept(COLON)) { pos = start; return null; }
            Expr body = expression();
            if (body == null) { pos = start; return null; }
            extra(start);
            return new Lambda(params == null ? emptyArguments() : params, body, sl, sc, el, ec);
        } finally {
            leave();
        }
    }

    // ---- displays and comprehensions ---------------------------------------------------------

    private Expr list() {
        int start = pos;
        if (!accept(LSQB)) return null;
        List<Expr> elts = starNamedExpressions();
        if (!accept(RSQB)) { pos = start; return null; }
        extra(start);
        return new Ast.List(elts == null ? List.of() : elts, ExprContext.Load, sl, sc, el, ec);
    }

    private Expr tuple() {
        int start = pos;
        if (!accept(LPAR)) return null;
        List<Expr> elts = new ArrayList<>();
        int mark = pos;
        Expr first = starNamedExpression();
        if (first != null && accept(COMMA)) {
            elts.add(first);
            List<Expr> rest = starNamedExpressions();
            if (rest != null) elts.addAll(rest);
        } else {
            pos = mark;
        }
        if (!accept(RPAR)) { pos = start; return null; }
        extra(start);
        return new Tuple(elts, ExprContext.Load, sl, sc, el, ec);
    }

    private Expr set() {
        int start = pos;
        if (!accept(LBRACE)) return null;
        List<Expr> elts = starNamedExpressions();
        if (elts == null || !accept(RBRACE)) { pos = start; return null; }
        extra(start);
        return new Ast.Set(elts, sl, sc, el, ec);
    }

    private Expr dict() {
        int start = pos;
        if (!accept(LBRACE)) return null;
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (true) {
            int mark = pos;
            if (!keys.isEmpty() && !accept(COMMA)) break;
            int itemStart = pos;
            if (accept(DOUBLESTAR)) {
                Expr v = bitwiseOr();
                if (v == null) { pos = mark; break; }
                keys.add(null);
                values.add(v);
                continue;
            }
            pos = itemStart;
            Expr k = expression();
            if (k == null || !accept(COLON)) { pos = mark; break; }
            Expr v = expression();
            if (v == null) { pos = mark; break; }
            keys.add(k);
            values.add(v);
        }
        if (!keys.isEmpty()) accept(COMMA);
        if (!accept(RBRACE)) {
            pos = start;
            if (callInvalidRules) invalidDoubleStarredKvpairs();
            pos = start;
            return null;
        }
        extra(start);
        return new Dict(keys, values, sl, sc, el, ec);
    }

    private Expr listcomp() {
        int start = pos;
        if (!accept(LSQB)) return null;
        Expr elt = namedExpression();
        if (elt != null) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(RSQB)) {
                extra(start);
                return new ListComp(elt, gens, sl, sc, el, ec);
            }
        }
        pos = start;
        if (callInvalidRules) invalidComprehension();
        pos = start;
        return null;
    }

    private Expr setcomp() {
        int start = pos;
        if (!accept(LBRACE)) return null;
        Expr elt = namedExpression();
        if (elt != null) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(RBRACE)) {
                extra(start);
                return new SetComp(elt, gens, sl, sc, el, ec);
            }
        }
        pos = start;
        if (callInvalidRules) invalidComprehension();
        pos = start;
        return null;
    }

    private Expr genexp() {
        int start = pos;
        if (!accept(LPAR)) return null;
        Expr elt = assignmentExpression();
        if (elt == null) {
            elt = expression();
            if (elt != null && at(COLONEQUAL)) elt = null;
        }
        if (elt != null) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(RPAR)) {
                extra(start);
                return new GeneratorExp(elt, gens, sl, sc, el, ec);
            }
        }
        pos = start;
        if (callInvalidRules) invalidComprehension();
        pos = start;
        return null;
    }

    private Expr dictcomp() {
        int start = pos;
        if (!accept(LBRACE)) return null;
        Expr key = expression();
        if (key != null && accept(COLON)) {
            Expr value = expression();
            if (value != null) {
                List<Comprehension> gens = forIfClauses();
                if (gens != null && accept(RBRACE)) {
                    extra(start);
                    return new DictComp(key, value, gens, sl, sc, el, ec);
                }
            }
        }
        pos = start;
        if (callInvalidRules) invalidDictComprehension();
        pos = start;
        return null;
    }

    private List<Comprehension> forIfClauses() {
        List<Comprehension> out = null;
        while (true) {
            int mark = pos;
            Comprehension c = forIfClause();
            if (c == null) { pos = mark; break; }
            if (out == null) out = new ArrayList<>();
            out.add(c);
        }
        return out;
    }

    private Comprehension forIfClause() {
        int start = pos;
        boolean isAsync = acceptKw("async");
        if (!acceptKw("for")) { pos = start; return null; }
        Expr target = starTargets();
        if (target != null && acceptKw("in")) {
            Expr iter = disjunction();
            if (iter == null) { pos = start; return null; }   // cut
            List<Expr> ifs = new ArrayList<>();
            while (true) {
                int mark = pos;
                if (!acceptKw("if")) break;
                Expr cond = disjunction();
                if (cond == null) { pos = mark; break; }
                ifs.add(cond);
            }
            return new Comprehension(target, iter, ifs, isAsync ? 1 : 0);
        }
        pos = start;
        if (callInvalidRules) {
            invalidForIfClause();
            pos = start;
            invalidForTarget();
        }
        pos = start;
        return null;
    }

    // ---- call arguments ----------------------------------------------------------------------

    /** The arguments of a call: positional (including starred) and keywords. */
    private record CallArgs(List<Expr> args, List<Keyword> keywords) {}

    private CallArgs arguments() {
        int m = memoGet(M_ARGUMENTS);
        if (m >= 0) return memoValue(m);
        int start = pos;
        CallArgs a = args();
        if (a != null) {
            accept(COMMA);
            if (!at(RPAR)) { a = null; pos = start; }
        }
        if (a == null) {
            pos = start;
            if (callInvalidRules) invalidArguments();
            pos = start;
        }
        return memoPut(M_ARGUMENTS, start, a);
    }

    private CallArgs args() {
        int start = pos;
        List<Expr> positional = new ArrayList<>();
        while (true) {
            int mark = pos;
            if (!positional.isEmpty() && !accept(COMMA)) break;
            Expr e = starredExpression();
            if (e == null) {
                e = assignmentExpression();
                if (e == null) {
                    e = expression();
                    if (e != null && at(COLONEQUAL)) e = null;
                }
                if (e != null && at(EQUAL)) e = null;
            }
            if (e == null) { pos = mark; break; }
            positional.add(e);
        }
        List<Keyword> keywords = new ArrayList<>();
        if (!positional.isEmpty()) {
            int mark = pos;
            if (!accept(COMMA) || !kwargs(positional, keywords)) pos = mark;
            return new CallArgs(positional, keywords);
        }
        pos = start;
        if (kwargs(positional, keywords)) return new CallArgs(positional, keywords);
        pos = start;
        return null;
    }

    /**
     * kwargs: keyword arguments and starred arguments, then keywords and {@code **} arguments.
     * Starred items go to {@code positional}, keyword items to {@code keywords}.
     */
    private boolean kwargs(List<Expr> positional, List<Keyword> keywords) {
        boolean any = false;
        boolean doubleStarSeen = false;
        while (true) {
            int mark = pos;
            if (any && !accept(COMMA)) break;
            int itemStart = pos;
            if (callInvalidRules) { invalidKwarg(); pos = itemStart; }
            Name name = name();
            if (name != null && !accept(EQUAL)) {
                pos = itemStart;
                name = null;
            }
            if (name != null) {
                Expr value = expression();
                if (value != null) {
                    extra(itemStart);
                    keywords.add(new Keyword(name.id(), value, sl, sc, el, ec));
                    any = true;
                    continue;
                }
                pos = mark;
                break;
            }
            if (at(STAR) && !doubleStarSeen) {
                Expr s = starredExpression();
                if (s != null) {
                    positional.add(s);
                    any = true;
                    continue;
                }
            } else if (at(DOUBLESTAR)) {
                pos++;
                Expr value = expression();
                if (value != null) {
                    extra(itemStart);
                    keywords.add(new Keyword(null, value, sl, sc, el, ec));
                    any = true;
                    doubleStarSeen = true;
                    continue;
                }
            }
            pos = mark;
            break;
        }
        return any;
    }

    private Expr starredExpression() {
        int start = pos;
        if (!accept(STAR)) return null;
        Expr e = expression();
        if (e == null && callInvalidRules) throw raiseSyntaxError("Invalid star expression");
        if (e != null && callInvalidRules && at(EQUAL)) {
            int mark = pos;
            pos++;
            Expr value = expression();
            if (value != null) throw errorRange(tok(start), value, "cannot assign to iterable argument unpacking");
            pos = mark;
        }
        if (e == null) { pos = start; return null; }
        extra(start);
        return new Starred(e, ExprContext.Load, sl, sc, el, ec);
    }

    // ============================================================================================
    // Assignment targets
    // ============================================================================================

    private Expr starTargets() {
        int start = pos;
        Expr first = starTarget();
        if (first == null) return null;
        if (!at(COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            Expr e = starTarget();
            if (e == null) break;
            elts.add(e);
        }
        extra(start);
        return new Tuple(elts, ExprContext.Store, sl, sc, el, ec);
    }

    private List<Expr> starTargetsListSeq() {
        List<Expr> out = null;
        while (true) {
            int mark = pos;
            if (out != null && !accept(COMMA)) break;
            Expr e = starTarget();
            if (e == null) { pos = mark; break; }
            if (out == null) out = new ArrayList<>();
            out.add(e);
        }
        if (out != null) accept(COMMA);
        return out;
    }

    private List<Expr> starTargetsTupleSeq() {
        int start = pos;
        Expr first = starTarget();
        if (first == null) return null;
        if (!accept(COMMA)) { pos = start; return null; }
        List<Expr> out = new ArrayList<>();
        out.add(first);
        while (true) {
            int mark = pos;
            Expr e = starTarget();
            if (e == null) { pos = mark; break; }
            out.add(e);
            if (!accept(COMMA)) break;
        }
        return out;
    }

    private Expr starTarget() {
        int m = memoGet(M_STAR_TARGET);
        if (m >= 0) return memoValue(m);
        int start = pos;
        enter();
        try {
            Expr result;
            if (accept(STAR)) {
                Expr inner = at(STAR) ? null : starTarget();
                if (inner != null) {
                    extra(start);
                    result = new Starred(withCtx(inner, ExprContext.Store), ExprContext.Store, sl, sc, el, ec);
                } else {
                    pos = start;
                    result = null;
                }
            } else {
                result = targetWithStarAtom();
            }
            return memoPut(M_STAR_TARGET, start, result);
        } finally {
            leave();
        }
    }

    private Expr targetWithStarAtom() {
        int m = memoGet(M_TARGET_WITH_STAR_ATOM);
        if (m >= 0) return memoValue(m);
        int start = pos;
        Expr result = subscriptAttributeTarget(ExprContext.Store);
        if (result == null) {
            pos = start;
            result = starAtom();
        }
        return memoPut(M_TARGET_WITH_STAR_ATOM, start, result);
    }

    /** {@code t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead} with ctx. */
    private Expr subscriptAttributeTarget(ExprContext ctx) {
        int start = pos;
        Expr prim = tPrimary();
        if (prim == null) return null;
        int mark = pos;
        if (accept(DOT)) {
            Name n = name();
            if (n != null && !atTLookahead()) {
                extra(start);
                return new Attribute(prim, n.id(), ctx, sl, sc, el, ec);
            }
        }
        pos = mark;
        if (accept(LSQB)) {
            Expr s = slices();
            if (s != null && accept(RSQB) && !atTLookahead()) {
                extra(start);
                return new Subscript(prim, s, ctx, sl, sc, el, ec);
            }
        }
        pos = start;
        return null;
    }

    private boolean atTLookahead() {
        TokenType t = peekType();
        return t == LPAR || t == LSQB || t == DOT;
    }

    /**
     * t_primary: the longest primary prefix that is itself followed by '(' '[' or '.', i.e. the
     * object part of an attribute/subscript target.
     */
    private Expr tPrimary() {
        int m = memoGet(M_T_PRIMARY);
        if (m >= 0) return memoValue(m);
        int start = pos;
        enter();
        try {
            Expr e = atom();
            if (e == null || !atTLookahead()) {
                pos = start;
                return memoPut(M_T_PRIMARY, start, null);
            }
            while (true) {
                int mark = pos;
                Expr next = trailer(e, start);
                if (next == null) break;
                if (!atTLookahead()) { pos = mark; break; }
                e = next;
            }
            return memoPut(M_T_PRIMARY, start, e);
        } finally {
            leave();
        }
    }

    private Expr starAtom() {
        int start = pos;
        Name n = name();
        if (n != null) return withCtx(n, ExprContext.Store);
        if (accept(LPAR)) {
            Expr inner = targetWithStarAtom();
            if (inner != null && accept(RPAR)) return withCtx(inner, ExprContext.Store);
            pos = start + 1;
            List<Expr> elts = starTargetsTupleSeq();
            if (accept(RPAR)) {
                extra(start);
                return new Tuple(elts == null ? List.of() : elts, ExprContext.Store, sl, sc, el, ec);
            }
            pos = start;
            return null;
        }
        if (accept(LSQB)) {
            List<Expr> elts = starTargetsListSeq();
            if (accept(RSQB)) {
                extra(start);
                return new Ast.List(elts == null ? List.of() : elts, ExprContext.Store, sl, sc, el, ec);
            }
        }
        pos = start;
        return null;
    }

    private Expr singleTarget() {
        int start = pos;
        Expr e = singleSubscriptAttributeTarget();
        if (e != null) return e;
        pos = start;
        Name n = name();
        if (n != null) return withCtx(n, ExprContext.Store);
        if (accept(LPAR)) {
            Expr inner = singleTarget();
            if (inner != null && accept(RPAR)) return inner;
        }
        pos = start;
        return null;
    }

    private Expr singleSubscriptAttributeTarget() {
        return subscriptAttributeTarget(ExprContext.Store);
    }

    private List<Expr> delTargets() {
        List<Expr> out = null;
        while (true) {
            int mark = pos;
            if (out != null && !accept(COMMA)) break;
            Expr e = delTarget();
            if (e == null) { pos = mark; break; }
            if (out == null) out = new ArrayList<>();
            out.add(e);
        }
        if (out != null) accept(COMMA);
        return out;
    }

    private Expr delTarget() {
        int m = memoGet(M_DEL_TARGET);
        if (m >= 0) return memoValue(m);
        int start = pos;
        enter();
        try {
            Expr result = subscriptAttributeTarget(ExprContext.Del);
            if (result == null) {
                pos = start;
                result = delTAtom();
            }
            return memoPut(M_DEL_TARGET, start, result);
        } finally {
            leave();
        }
    }

    private Expr delTAtom() {
        int start = pos;
        Name n = name();
        if (n != null) return withCtx(n, ExprContext.Del);
        if (accept(LPAR)) {
            Expr inner = delTarget();
            if (inner != null && accept(RPAR)) return withCtx(inner, ExprContext.Del);
            pos = start + 1;
            List<Expr> elts = delTargets();
            if (accept(RPAR)) {
                extra(start);
                return new Tuple(elts == null ? List.of() : elts, ExprContext.Del, sl, sc, el, ec);
            }
            pos = start;
            return null;
        }
        if (accept(LSQB)) {
            List<Expr> elts = delTargets();
            if (accept(RSQB)) {
                extra(start);
                return new Ast.List(elts == null ? List.of() : elts, ExprContext.Del, sl, sc, el, ec);
            }
        }
        pos = start;
        return null;
    }

    /** CPython's _PyPegen_set_expr_context: the same node with ctx applied (recursively into sequences). */
    @SuppressWarnings("unchecked")
    static <T extends Expr> T withCtx(T e, ExprContext ctx) {
        Expr r = switch (e) {
            case Name n -> new Name(n.id(), ctx, n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset());
            case Tuple t -> new Tuple(mapCtx(t.elts(), ctx), ctx, t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset());
            case Ast.List l -> new Ast.List(mapCtx(l.elts(), ctx), ctx, l.lineno(), l.col_offset(), l.end_lineno(), l.end_col_offset());
            case Subscript s -> new Subscript(s.value(), s.slice(), ctx, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
            case Attribute a -> new Attribute(a.value(), a.attr(), ctx, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
            case Starred s -> new Starred(withCtx(s.value(), ctx), ctx, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
            default -> e;
        };
        return (T) r;
    }

    private static List<Expr> mapCtx(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) out.add(withCtx(e, ctx));
        return out;
    }

    // ============================================================================================
    // Names and literals
    // ============================================================================================

    /** NAME: an identifier that is not a reserved keyword (soft keywords are allowed). */
    private Name name() {
        int i = pos;
        if (peekType() != NAME) return null;
        Name node = nameNodes[i];
        if (node != null) {
            pos++;
            return node;
        }
        String text = texts[i];
        if (isKeyword(text)) return null;
        pos++;
        long from = startPositions[i], to = endPositions[i];
        node = new Name(identifier(text), ExprContext.Load, lineOf(from), colOf(from), lineOf(to), colOf(to));
        nameNodes[i] = node;
        return node;
    }

    /** Identifiers are NFKC-normalized, as CPython does for non-ASCII names. */
    private static String identifier(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        return text;
    }

    private Constant numberConstant(Token t) {
        Object value;
        try {
            value = Literals.number(t.text());
        } catch (NumberFormatException e) {
            throw errorAtToken(ParseError.Kind.SyntaxError, t, "invalid syntax");
        }
        return new Constant(value, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    private Expr strings() {
        int m = memoGet(M_STRINGS);
        if (m >= 0) return memoValue(m);
        int start = pos;
        Expr result = new StringParser(this).strings();
        if (result == null) pos = start;
        return memoPut(M_STRINGS, start, result);
    }

    // ---- access for StringParser (f-strings need the expression rules) ---------------------------

    Token peekToken() { return peek(); }
    Token tokenAt(int i) { return tok(i); }
    int position() { return pos; }
    void reset(int p) { pos = p; }
    Token take(TokenType t) { return expect(t); }
    String sourceText(int from, int to) { return source.substring(from, to); }
    Expr fstringExpression() { return atKw("yield") ? yieldExpr() : starExpressions(); }
    Name nameToken() { return name(); }
    int[] extraOf(int start) {
        extra(start);
        return new int[] {sl, sc, el, ec};
    }
    boolean secondPass() { return callInvalidRules; }

    // ============================================================================================
    // Errors
    // ============================================================================================

    private Token lastTokenFetched() {
        return tok(fill - 1);
    }

    /** The generic error after both passes failed, at the furthest token of the first pass. */
    private ParseError genericError(Token last) {
        if (last.type() == INDENT || last.type() == DEDENT) {
            // CPython reports these without looking at the rest of the source.
            unexpectedIndentation = true;
        }
        if (last.type() == INDENT) {
            return raiseAt(ParseError.Kind.IndentationError, last, "unexpected indent");
        }
        if (last.type() == DEDENT) {
            return raiseAt(ParseError.Kind.IndentationError, last, "unexpected unindent");
        }
        return errorAtToken(ParseError.Kind.SyntaxError, last, "invalid syntax");
    }

    /**
     * An error at a token's range (CPython's RAISE_..._KNOWN_LOCATION). Tokens without columns
     * (INDENT/DEDENT/ENDMARKER, column -1) give offsets 0, as in CPython.
     */
    ParseError errorAtToken(ParseError.Kind kind, Token t, String msg) {
        if (source.isEmpty() && t.type() == ENDMARKER) {
            // CPython's tokenizer has read no line at all: line 0.
            return new ParseError(kind, msg, filename, 0, 0, 0, 0, "");
        }
        int endCol = t.endColOffset();
        if (t.type() == NEWLINE) {
            endCol = newlineEndColumn(t, endCol);
        }
        return errorAt(kind, msg, t.lineno(), t.colOffset(), t.endLineno(), endCol);
    }

    /**
     * For CPython's parser a NEWLINE token ends just after the line break (also the implicit
     * one at the end of the source), i.e. one byte past the end of the line's text.
     */
    private int newlineEndColumn(Token t, int tokenizerEndCol) {
        String line = tokenizer.lineText(t.lineno());
        if (line == null) return tokenizerEndCol;
        String content = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        return content.getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /**
     * CPython's _PyPegen_raise_error (RAISE_SYNTAX_ERROR, RAISE_INDENTATION_ERROR, ..._ON_NEXT_TOKEN):
     * at token {@code t}; a token without columns is placed at the tokenizer's cursor instead.
     */
    ParseError raiseAt(ParseError.Kind kind, Token t, String msg) {
        if (t.colOffset() < 0) {
            String text = lineText(t.lineno());
            boolean execInput = !singleInput && !noImplicitNewline;
            int offset = byteToCharOffset(text, execInput ? tokenizer.currentColumn() : tokenizer.currentColumnInSource());
            return new ParseError(kind, msg, filename, t.lineno(), offset, t.endLineno(), -1, text);
        }
        return errorAtToken(kind, t, msg);
    }

    /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched. */
    ParseError raiseError(ParseError.Kind kind, String msg) {
        return raiseAt(kind, lastTokenFetched(), msg);
    }

    ParseError errorAtNode(ParseError.Kind kind, Located a, Located b, String msg) {
        return errorAt(kind, msg, a.lineno(), a.col_offset(), b.end_lineno(), b.end_col_offset());
    }

    /** Builds a ParseError the way CPython's _PyPegen_raise_error_known_location does. */
    ParseError errorAt(ParseError.Kind kind, String msg, int lineno, int colByte, int endLineno, int endColByte) {
        String text = lineText(lineno);
        int offset = byteToCharOffset(text, colByte + 1);
        int endOffset = endColByte + 1 > 0 ? byteToCharOffset(text, endColByte + 1) : endColByte + 1;
        return new ParseError(kind, msg, filename, lineno, offset, endLineno, endOffset, text);
    }

    /**
     * The source line an error shows, as CPython picks it: read back from the file when parsing a
     * file that exists; else the tokenizer's current line (with its line break), or an earlier line
     * from the source string (without it). Offsets are converted against this text, so the choice
     * shows in end offsets clamped to the line's length.
     */
    private String lineText(int lineno) {
        String line = tokenizer.lineText(lineno);
        if (line == null || lineno >= tokenizer.currentLineno() || sourceIsAFile()) {
            return line;
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    private Boolean isFile;

    private boolean sourceIsAFile() {
        if (isFile == null) {
            boolean exists;
            try {
                exists = !singleInput && filename != null && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(filename));
            } catch (RuntimeException e) {
                exists = false;
            }
            isFile = exists;
        }
        return isFile;
    }

    /** CPython's _PyPegen_byte_offset_to_character_offset: chars in the first {@code col} bytes. */
    static int byteToCharOffset(String line, int col) {
        if (line == null) return col;
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int len = bytes.length;
        if (col > len + 1) col = len + 1;
        int n = Math.min(col, len);
        String prefix = new String(bytes, 0, n, StandardCharsets.UTF_8);
        int chars = prefix.codePointCount(0, prefix.length());
        return chars + (col > len ? col - len : 0);
    }

    // ---- error helpers for the invalid_ rules --------------------------------------------------

    private static int startLine(Object o) { return o instanceof Token t ? t.lineno() : ((Located) o).lineno(); }
    private static int startCol(Object o) { return o instanceof Token t ? t.colOffset() : ((Located) o).col_offset(); }
    private static int endLine(Object o) { return o instanceof Token t ? t.endLineno() : ((Located) o).end_lineno(); }
    private static int endCol(Object o) { return o instanceof Token t ? t.endColOffset() : ((Located) o).end_col_offset(); }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
    private ParseError errorRange(Object a, Object b, String msg) {
        return errorAt(ParseError.Kind.SyntaxError, msg, startLine(a), startCol(a), endLine(b), endCol(b));
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg). */
    private ParseError errorLocation(Object a, String msg) {
        if (a instanceof Token t) return errorAtToken(ParseError.Kind.SyntaxError, t, msg);
        return errorRange(a, a, msg);
    }

    /** RAISE_SYNTAX_ERROR(msg): at the last token fetched. */
    private ParseError raiseSyntaxError(String msg) {
        return raiseError(ParseError.Kind.SyntaxError, msg);
    }

    /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN(msg): at the token at the current position. */
    private ParseError errorOnNextToken(String msg) {
        return raiseAt(ParseError.Kind.SyntaxError, peek(), msg);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from a to the tokenizer's cursor. */
    private ParseError errorStartingFrom(Object a, String msg) {
        String text = lineText(startLine(a));
        int offset = byteToCharOffset(text, startCol(a) + 1);
        int endOffset = byteToCharOffset(text, tokenizer.currentColumn());
        return new ParseError(ParseError.Kind.SyntaxError, msg, filename, startLine(a), offset,
                tokenizer.currentLineno(), endOffset, text);
    }

    // ============================================================================================
    // invalid_ rules (second pass only): they throw a specific error, or leave pos anywhere and
    // return (callers restore pos)
    // ============================================================================================

    enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    private void invalidAssignment() {
        int start = pos;
        Expr a = invalidAnnAssignTarget();
        if (a != null && accept(COLON) && expression() != null) {
            throw errorLocation(a, "only single target (not " + exprName(a) + ") can be annotated");
        }
        pos = start;
        a = starNamedExpression();
        if (a != null && accept(COMMA)) {
            while (starNamedExpressions() != null) { }
            if (accept(COLON) && expression() != null) {
                throw errorLocation(a, "only single target (not tuple) can be annotated");
            }
        }
        pos = start;
        a = expression();
        if (a != null && accept(COLON) && expression() != null) {
            throw errorLocation(a, "illegal target for annotation");
        }
        pos = start;
        skipStarTargetsEquals();
        a = starExpressions();
        if (a != null && at(EQUAL)) {
            raiseInvalidTarget(a, TargetsType.STAR_TARGETS);
        }
        pos = start;
        skipStarTargetsEquals();
        a = atKw("yield") ? yieldExpr() : null;
        if (a != null && at(EQUAL)) {
            throw errorLocation(a, "assignment to yield expression not possible");
        }
        pos = start;
        a = starExpressions();
        if (a != null && augassign() != null && annotatedRhs() != null) {
            throw errorLocation(a, "'" + exprName(a) + "' is an illegal expression for augmented assignment");
        }
    }

    private void skipStarTargetsEquals() {
        while (true) {
            int mark = pos;
            if (starTargets() == null || !accept(EQUAL)) {
                pos = mark;
                return;
            }
        }
    }

    private Expr invalidAnnAssignTarget() {
        int start = pos;
        Expr e = list();
        if (e != null) return e;
        pos = start;
        e = tuple();
        if (e != null) return e;
        pos = start;
        if (accept(LPAR)) {
            e = invalidAnnAssignTarget();
            if (e != null && accept(RPAR)) return e;
        }
        pos = start;
        return null;
    }

    /** {@code sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') 'not' inversion}. */
    private void invalidArithmetic() {
        if (binaryLevel(4) == null) return;
        switch (peekType()) {
            case PLUS, MINUS, STAR, SLASH, PERCENT, DOUBLESLASH, AT -> pos++;
            default -> { return; }
        }
        Token not = expectKw("not");
        if (not == null) return;
        Expr b = inversion();
        if (b != null) throw errorRange(not, b, "'not' after an operator must be parenthesized");
    }

    /** {@code ('+' | '-' | '~') 'not' factor}. */
    private void invalidFactor() {
        switch (peekType()) {
            case PLUS, MINUS, TILDE -> pos++;
            default -> { return; }
        }
        Token not = expectKw("not");
        if (not == null) return;
        Expr b = factor();
        if (b != null) throw errorRange(not, b, "'not' after an operator must be parenthesized");
    }

    private void invalidDelStmt() {
        pos++;
        Expr a = starExpressions();
        if (a != null) raiseInvalidTarget(a, TargetsType.DEL_TARGETS);
    }

    private void invalidImport() {
        int start = pos;
        Token kw = expectKw("import");
        if (kw == null) return;
        if (dottedName() != null) {
            while (true) {
                int mark = pos;
                if (!accept(COMMA) || dottedName() == null) { pos = mark; break; }
            }
            if (acceptKw("from") && dottedName() != null) {
                throw errorStartingFrom(kw, "Did you mean to use 'from ... import ...' instead?");
            }
        }
        pos = start + 1;
        Token nl = expect(NEWLINE);
        if (nl != null) throw errorStartingFrom(nl, "Expected one or more names after 'import'");
        pos = start;
    }

    /** 3.14: {@code (dotted_name | NAME) 'as' !(NAME (',' | ')' | ';' | NEWLINE)) a=expression}. */
    private void invalidImportTarget(boolean dotted) {
        if ((dotted ? dottedName() : (Object) name()) == null || !acceptKw("as")) return;
        int afterAs = pos;
        if (name() != null && (at(COMMA) || at(RPAR) || at(SEMI) || at(NEWLINE))) return;
        pos = afterAs;
        Expr a = expression();
        if (a != null) throw errorLocation(a, "cannot use " + exprName(a) + " as import target");
    }

    private void invalidImportFromTargets() {
        int start = pos;
        if (importFromAsNames() != null && accept(COMMA) && at(NEWLINE)) {
            pos++;
            throw raiseSyntaxError("trailing comma not allowed without surrounding parentheses");
        }
        pos = start;
        Token nl = expect(NEWLINE);
        if (nl != null) throw errorStartingFrom(nl, "Expected one or more names after 'import'");
    }

    private void invalidParameters() {
        int start = pos;
        // "/" ','
        Token slash = expect(SLASH);
        if (slash != null && at(COMMA)) throw errorLocation(slash, "at least one argument must precede /");
        pos = start;
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        if (slashNoDefault(false) != null || slashWithDefaultAt(start)) {
            paramMaybeDefaultStar(false);
            Token second = expect(SLASH);
            if (second != null) throw errorLocation(second, "/ may appear only once");
        }
        pos = start;
        // slash_no_default? param_no_default* invalid_parameters_helper param_no_default
        slashNoDefault(false);
        paramNoDefaultStar(false);
        int helperStart = pos;
        boolean helper = slashWithDefault(false) != null;
        if (!helper) {
            pos = helperStart;
            helper = !paramWithDefaultStar(false).isEmpty();
        }
        if (helper) {
            int at = pos;
            Arg a = paramNoDefault(false, false);
            if (a != null) throw errorLocation(a, "parameter without a default follows parameter with a default");
            pos = at;
        }
        pos = start;
        // param_no_default* '(' param_no_default+ ','? ')'
        paramNoDefaultStar(false);
        Token lpar = expect(LPAR);
        if (lpar != null && !paramNoDefaultStar(false).isEmpty()) {
            accept(COMMA);
            Token rpar = expect(RPAR);
            if (rpar != null) throw errorRange(lpar, rpar, "Function parameters cannot be parenthesized");
        }
        pos = start;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
        if (slashNoDefault(false) == null) { pos = start; if (!slashWithDefaultAt(start)) pos = start; }
        paramMaybeDefaultStar(false);
        if (accept(STAR) && (accept(COMMA) || paramNoDefault(false, false) != null)) {
            paramMaybeDefaultStar(false);
            Token s = expect(SLASH);
            if (s != null) throw errorLocation(s, "/ must be ahead of *");
        }
        pos = start;
        // param_maybe_default+ '/' '*'
        if (!paramMaybeDefaultStar(false).isEmpty() && accept(SLASH)) {
            Token star = expect(STAR);
            if (star != null) throw errorLocation(star, "expected comma between / and *");
        }
        pos = start;
    }

    private boolean slashWithDefaultAt(int start) {
        pos = start;
        if (slashWithDefault(false) != null) return true;
        pos = start;
        return false;
    }

    private void invalidLambdaParameters() {
        int start = pos;
        Token slash = expect(SLASH);
        if (slash != null && at(COMMA)) throw errorLocation(slash, "at least one argument must precede /");
        pos = start;
        boolean slashGroup = slashNoDefault(true) != null;
        if (!slashGroup) { pos = start; slashGroup = slashWithDefault(true) != null; }
        if (slashGroup) {
            paramMaybeDefaultStar(true);
            Token second = expect(SLASH);
            if (second != null) throw errorLocation(second, "/ may appear only once");
        }
        pos = start;
        slashNoDefault(true);
        paramNoDefaultStar(true);
        int helperStart = pos;
        boolean helper = slashWithDefault(true) != null;
        if (!helper) {
            pos = helperStart;
            helper = !paramWithDefaultStar(true).isEmpty();
        }
        if (helper) {
            Arg a = paramNoDefault(true, false);
            if (a != null) throw errorLocation(a, "parameter without a default follows parameter with a default");
        }
        pos = start;
        paramNoDefaultStar(true);
        Token lpar = expect(LPAR);
        if (lpar != null && name() != null) {
            while (true) {
                int mark = pos;
                if (!accept(COMMA) || name() == null) { pos = mark; break; }
            }
            accept(COMMA);
            Token rpar = expect(RPAR);
            if (rpar != null) throw errorRange(lpar, rpar, "Lambda expression parameters cannot be parenthesized");
        }
        pos = start;
    }

    private void invalidStarEtc(boolean lambda) {
        int start = pos;
        Token star = expect(STAR);
        if (star == null) return;
        TokenType close = lambda ? COLON : RPAR;
        if (at(close) || (at(COMMA) && (tok(pos + 1).type() == close || tok(pos + 1).type() == DOUBLESTAR))) {
            if (lambda) throw raiseSyntaxError("named arguments must follow bare *");
            throw errorLocation(star, "named arguments must follow bare *");
        }
        int afterStar = pos;
        if (param(lambda, false) != null) {
            Token eq = expect(EQUAL);
            if (eq != null) throw errorLocation(eq, "var-positional argument cannot have default value");
        }
        pos = afterStar;
        if (paramNoDefault(lambda, false) != null || accept(COMMA)) {
            paramMaybeDefaultStar(lambda);
            Token second = expect(STAR);
            if (second != null && (paramNoDefault(lambda, false) != null || accept(COMMA))) {
                throw errorLocation(second, "* argument may appear only once");
            }
        }
        pos = start;
    }

    private void invalidKwds(boolean lambda) {
        int start = pos;
        if (!accept(DOUBLESTAR)) return;
        if (param(lambda, false) != null) {
            Token eq = expect(EQUAL);
            if (eq != null) throw errorLocation(eq, "var-keyword argument cannot have default value");
            if (accept(COMMA)) {
                int mark = pos;
                Arg a = param(lambda, false);
                if (a != null) throw errorLocation(a, "arguments cannot follow var-keyword argument");
                pos = mark;
                Token t = peek();
                if (t.type() == STAR || t.type() == DOUBLESTAR || t.type() == SLASH) {
                    throw errorLocation(t, "arguments cannot follow var-keyword argument");
                }
            }
        }
        pos = start;
    }

    private void invalidForTarget() {
        acceptKw("async");
        if (!acceptKw("for")) return;
        Expr a = starExpressions();
        if (a != null) raiseInvalidTarget(a, TargetsType.FOR_TARGETS);
    }

    private void invalidExceptStmt(int afterKw) {
        pos = afterKw;
        Expr a = expression();
        if (a != null && accept(COMMA) && expressions() != null && acceptKw("as")
                && name() != null && at(COLON)) {
            throw errorStartingFrom(a, "multiple exception types must be parenthesized when using 'as'");
        }
        pos = afterKw;
        if (expression() != null) {
            int mark = pos;
            if (!(acceptKw("as") && name() != null)) pos = mark;
            if (at(NEWLINE)) throw raiseSyntaxError("expected ':'");
        }
        pos = afterKw;
        if (at(NEWLINE)) throw raiseSyntaxError("expected ':'");
        // 3.14: 'except' expression 'as' a=expression ':' block
        pos = afterKw;
        if (expression() != null && acceptKw("as")) {
            Expr target = expression();
            if (target != null && accept(COLON) && block() != null) {
                String what = tok(afterKw - 1).type() == STAR ? "except*" : "except";
                throw errorLocation(target, "cannot use " + what + " statement with " + exprName(target));
            }
        }
    }

    private void invalidAsPattern(Pattern or, int asMark) {
        pos = asMark + 1;
        Token t = peek();
        if (t.isName("_")) throw errorLocation(t, "cannot use '_' as a target");
        Expr e = expression();
        if (e != null && !(e instanceof Name)) throw errorLocation(e, "cannot use " + exprName(e) + " as pattern target");
    }

    /** Positional patterns after keyword ones: {@code keyword_patterns ',' a=positional_patterns}. */
    private void invalidClassPattern(int itemStart) {
        pos = itemStart;
        List<Pattern> positional = new ArrayList<>();
        while (true) {
            int mark = pos;
            if (!positional.isEmpty() && !accept(COMMA)) break;
            Pattern p = pattern();
            if (p == null) { pos = mark; break; }
            positional.add(p);
        }
        if (!positional.isEmpty()) {
            throw errorRange(positional.get(0), positional.get(positional.size() - 1),
                    "positional patterns follow keyword patterns");
        }
    }

    private void invalidTypeParam() {
        int start = pos;
        String kind = at(STAR) ? "TypeVarTuple" : at(DOUBLESTAR) ? "ParamSpec" : null;
        if (kind == null) return;
        pos++;
        if (name() != null) {
            Token colon = expect(COLON);
            if (colon != null) {
                Expr e = expression();
                if (e != null) {
                    throw errorStartingFrom(colon, e instanceof Tuple
                            ? "cannot use constraints with " + kind : "cannot use bound with " + kind);
                }
            }
        }
        pos = start;
    }

    private void invalidExpression() {
        int start = pos;
        // 3.14: STRING (!STRING expression_without_invalid)+ STRING
        if (accept(STRING)) {
            List<Expr> between = new ArrayList<>();
            while (!at(STRING)) {
                Expr e = expressionWithoutInvalid();
                if (e == null) break;
                between.add(e);
            }
            if (!between.isEmpty() && at(STRING)) {
                throw errorRange(between.get(0), between.get(between.size() - 1),
                        "invalid syntax. Is this intended to be part of the string?");
            }
        }
        pos = start;
        Token t = peek();
        boolean nameString = t.type() == NAME && !isKeyword(t.text()) && tok(pos + 1).type() == STRING;
        boolean softKeyword = t.type() == NAME && SOFT_KEYWORDS.contains(t.text());
        if (!nameString && !softKeyword) {
            Expr a = disjunction();
            if (a != null) {
                Expr b = expressionWithoutInvalid();
                if (b != null && !isLegacyName(a) && levels[pos - 1] != 0) {
                    throw errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
        }
        pos = start;
        Expr a = disjunction();
        if (a != null && acceptKw("if")) {
            Expr b = disjunction();
            if (b != null && !atKw("else") && !at(COLON)) {
                throw errorRange(a, b, "expected 'else' after 'if' expression");
            }
        }
        pos = start;
        // 3.14: disjunction 'if' disjunction 'else' !expression
        a = disjunction();
        if (a != null && acceptKw("if") && disjunction() != null && acceptKw("else")) {
            int mark = pos;
            boolean expressionFollows = expression() != null;
            pos = mark;
            if (!expressionFollows) {
                throw errorOnNextToken("expected expression after 'else', but statement is given");
            }
        }
        pos = start;
        // 3.14: (pass_stmt | break_stmt | continue_stmt) 'if' disjunction 'else' simple_stmt
        Token stmt = peek();
        if ((stmt.isName("pass") || stmt.isName("break") || stmt.isName("continue"))) {
            pos++;
            if (acceptKw("if") && disjunction() != null && acceptKw("else") && simpleStmt() != null) {
                throw errorLocation(stmt, "expected expression before 'if', but statement is given");
            }
        }
        pos = start;
        Token lambda = expectKw("lambda");
        if (lambda != null) {
            parameters(true);
            Token colon = expect(COLON);
            if (colon != null && at(FSTRING_MIDDLE)) {
                throw errorRange(lambda, colon, "f-string: lambda expressions are not allowed without parentheses");
            }
            if (colon != null && at(TSTRING_MIDDLE)) {
                throw errorRange(lambda, colon, "t-string: lambda expressions are not allowed without parentheses");
            }
        }
        pos = start;
    }

    private static final Set<String> SOFT_KEYWORDS = Set.of("_", "case", "match", "type");

    private static boolean isLegacyName(Expr e) {
        return e instanceof Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /** expression_without_invalid: the expression rule with the invalid_ rules switched off. */
    private Expr expressionWithoutInvalid() {
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        try {
            int start = pos;
            if (atKw("lambda")) return lambdef();
            Expr d = disjunction();
            if (d == null) return null;
            int mark = pos;
            if (acceptKw("if")) {
                Expr test = disjunction();
                if (test != null && acceptKw("else")) {
                    Expr orelse = expression();
                    if (orelse != null) {
                        extra(start);
                        return new IfExp(test, d, orelse, sl, sc, el, ec);
                    }
                }
            }
            pos = mark;
            return d;
        } finally {
            callInvalidRules = saved;
        }
    }

    private void invalidLegacyExpression() {
        Name a = name();
        if (a == null || at(LPAR)) return;
        Expr b = starExpressions();
        if (b != null && isLegacyName(a)) {
            throw errorRange(a, b, "Missing parentheses in call to '" + a.id() + "'. Did you mean " + a.id() + "(...)?");
        }
    }

    private void invalidNamedExpression() {
        int start = pos;
        Expr a = expression();
        if (a != null && accept(COLONEQUAL) && expression() != null) {
            throw errorLocation(a, "cannot use assignment expressions with " + exprName(a));
        }
        pos = start;
        Name n = name();
        if (n != null && accept(EQUAL)) {
            Expr b = bitwiseOr();
            if (b != null && !at(EQUAL) && !at(COLONEQUAL)) {
                throw errorRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        pos = start;
        if (!startsWithDisplayOrConstant()) {
            a = bitwiseOr();
            if (a != null && accept(EQUAL)) {
                Expr b = bitwiseOr();
                if (b != null && !at(EQUAL) && !at(COLONEQUAL)) {
                    throw errorLocation(a, "cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?");
                }
            }
        }
        pos = start;
    }

    /** The lookahead {@code (list|tuple|genexp|'True'|'None'|'False')}. */
    private boolean startsWithDisplayOrConstant() {
        int start = pos;
        if (atKw("True") || atKw("None") || atKw("False")) return true;
        boolean found = list() != null;
        pos = start;
        if (!found) { found = tuple() != null; pos = start; }
        if (!found) { found = genexp() != null; pos = start; }
        return found;
    }

    private void invalidGroup() {
        int start = pos;
        if (!accept(LPAR)) return;
        Expr a = starredExpression();
        if (a != null && at(RPAR)) throw errorLocation(a, "cannot use starred expression here");
        pos = start + 1;
        Token ds = expect(DOUBLESTAR);
        if (ds != null && expression() != null && at(RPAR)) {
            throw errorLocation(ds, "cannot use double starred expression here");
        }
    }

    private void invalidDoubleStarredKvpairs() {
        int start = pos;
        if (!accept(LBRACE)) return;
        int afterBrace = pos;
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        int count = 0;
        while (true) {
            int mark = pos;
            if (count > 0 && !accept(COMMA)) break;
            if (!doubleStarredKvpair()) { pos = mark; break; }
            count++;
        }
        if (count > 0 && accept(COMMA)) invalidKvpair();
        pos = afterBrace;
        invalidKvpairValue();
        pos = start;
    }

    private boolean doubleStarredKvpair() {
        int start = pos;
        if (accept(DOUBLESTAR)) {
            if (bitwiseOr() != null) return true;
            pos = start;
            return false;
        }
        if (expression() != null && accept(COLON) && expression() != null) return true;
        pos = start;
        return false;
    }

    private void invalidKvpair() {
        int start = pos;
        Expr a = expression();
        if (a != null && !at(COLON)) {
            String text = lineText(a.lineno());
            int offset = byteToCharOffset(text, a.end_col_offset());
            throw new ParseError(ParseError.Kind.SyntaxError, "':' expected after dictionary key", filename,
                    a.lineno(), offset, a.end_lineno(), 0, text);
        }
        pos = start;
        invalidKvpairValue();
    }

    /** {@code expression ':' '*' bitwise_or | expression ':' &('}'|',')}. */
    private void invalidKvpairValue() {
        int start = pos;
        if (expression() != null && accept(COLON)) {
            Token star = expect(STAR);
            if (star != null && bitwiseOr() != null) {
                throw errorStartingFrom(star, "cannot use a starred expression in a dictionary value");
            }
            if (star == null && (at(RBRACE) || at(COMMA))) {
                throw errorLocation(tok(pos - 1), "expression expected after dictionary key and ':'");
            }
        }
        pos = start;
    }

    private void invalidComprehension() {
        int start = pos;
        Token open = peek();
        if (open.type() != LSQB && open.type() != LPAR && open.type() != LBRACE) return;
        pos++;
        Expr a = starredExpression();
        if (a != null && forIfClauses() != null) {
            throw errorLocation(a, "iterable unpacking cannot be used in comprehension");
        }
        if (open.type() == LPAR) { pos = start; return; }
        pos = start + 1;
        a = starNamedExpression();
        if (a != null) {
            int afterA = pos;
            Token comma = expect(COMMA);
            if (comma != null) {
                List<Expr> b = starNamedExpressions();
                if (b != null && forIfClauses() != null) {
                    throw errorRange(a, b.get(b.size() - 1), "did you forget parentheses around the comprehension target?");
                }
                pos = afterA + 1;
                if (forIfClauses() != null) {
                    throw errorRange(a, comma, "did you forget parentheses around the comprehension target?");
                }
            }
        }
        pos = start;
    }

    private void invalidDictComprehension() {
        int start = pos;
        if (!accept(LBRACE)) return;
        Token ds = expect(DOUBLESTAR);
        if (ds != null && bitwiseOr() != null && forIfClauses() != null && at(RBRACE)) {
            throw errorLocation(ds, "dict unpacking cannot be used in dict comprehension");
        }
        pos = start;
    }

    private void invalidForIfClause() {
        int start = pos;
        acceptKw("async");
        if (!acceptKw("for")) { pos = start; return; }
        if (bitwiseOr() != null) {
            while (true) {
                int mark = pos;
                if (!accept(COMMA) || bitwiseOr() == null) { pos = mark; break; }
            }
            accept(COMMA);
            if (!atKw("in")) throw raiseSyntaxError("'in' expected after for-loop variables");
        }
        pos = start;
    }

    private void invalidArguments() {
        int start = pos;
        // ((positional ',' kwargs) | kwargs) ',' ','.(starred_expression !'=')+
        CallArgs head = args();
        if (head != null && !head.keywords.isEmpty()) {
            Token comma = expect(COMMA);
            if (comma != null) {
                Expr s = starredExpression();
                if (s != null && !at(EQUAL)) {
                    throw errorStartingFrom(comma, "iterable argument unpacking follows keyword argument unpacking");
                }
            }
        }
        pos = start;
        // expression for_if_clauses ',' [args | expression for_if_clauses]
        Expr a = expression();
        if (a != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null && accept(COMMA)) {
                throw errorRange(a, lastComprehensionItem(b), "Generator expression must be parenthesized");
            }
        }
        pos = start;
        // NAME '=' expression for_if_clauses
        Name n = name();
        Token eq = n == null ? null : expect(EQUAL);
        if (eq != null && expression() != null && forIfClauses() != null) {
            throw errorRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        pos = start;
        // (args ',')? NAME '=' &(',' | ')')
        int mark = pos;
        if (!(args() != null && accept(COMMA))) pos = mark;
        n = name();
        eq = n == null ? null : expect(EQUAL);
        if (eq != null && (at(COMMA) || at(RPAR))) {
            throw errorRange(n, eq, "expected argument value expression");
        }
        pos = start;
        // args for_if_clauses
        CallArgs all = args();
        if (all != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null && all.args.size() > 1) {
                throw errorRange(all.args.get(all.args.size() - 1), lastComprehensionItem(b),
                        "Generator expression must be parenthesized");
            }
        }
        pos = start;
        // args ',' expression for_if_clauses
        all = args();
        if (all != null && accept(COMMA)) {
            Expr e = expression();
            if (e != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null) throw errorRange(e, lastComprehensionItem(b), "Generator expression must be parenthesized");
            }
        }
        pos = start;
        // args ',' args
        all = args();
        if (all != null && accept(COMMA) && args() != null) {
            boolean unpacking = false;
            for (Keyword k : all.keywords) if (k.arg() == null) unpacking = true;
            throw raiseSyntaxError(unpacking ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
        pos = start;
    }

    private static Expr lastComprehensionItem(List<Comprehension> gens) {
        Comprehension last = gens.get(gens.size() - 1);
        return last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
    }

    private void invalidKwarg() {
        int start = pos;
        Token t = peek();
        if ((t.isName("True") || t.isName("False") || t.isName("None")) && tok(pos + 1).type() == EQUAL) {
            throw errorRange(t, tok(pos + 1), "cannot assign to " + t.text());
        }
        Name n = name();
        Token eq = n == null ? null : expect(EQUAL);
        if (eq != null && expression() != null && forIfClauses() != null) {
            throw errorRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        pos = start;
        if (!(t.type() == NAME && !isKeyword(t.text()) && tok(pos + 1).type() == EQUAL)) {
            Expr a = expression();
            Token b = a == null ? null : expect(EQUAL);
            if (b != null) throw errorRange(a, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        pos = start;
        Token ds = expect(DOUBLESTAR);
        if (ds != null && expression() != null && accept(EQUAL)) {
            Expr b = expression();
            if (b != null) throw errorRange(ds, b, "cannot assign to keyword argument unpacking");
        }
        pos = start;
    }

    /** RAISE_SYNTAX_ERROR_INVALID_TARGET: throws when {@code e} holds an invalid target. */
    private void raiseInvalidTarget(Expr e, TargetsType type) {
        Expr bad = invalidTargetOf(e, type);
        if (bad != null) {
            String verb = type == TargetsType.DEL_TARGETS ? "cannot delete " : "cannot assign to ";
            throw errorLocation(bad, verb + exprName(bad));
        }
    }

    /** CPython's _PyPegen_get_invalid_target. */
    private static Expr invalidTargetOf(Expr e, TargetsType type) {
        return switch (e) {
            case Ast.List l -> firstInvalid(l.elts(), type);
            case Tuple t -> firstInvalid(t.elts(), type);
            case Starred s -> type == TargetsType.DEL_TARGETS ? s : invalidTargetOf(s.value(), type);
            case Compare c -> {
                if (type == TargetsType.FOR_TARGETS) {
                    yield c.ops().get(0) == CmpOpType.In ? invalidTargetOf(c.left(), type) : null;
                }
                yield c;
            }
            case Name n -> null;
            case Subscript s -> null;
            case Attribute a -> null;
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, TargetsType type) {
        for (Expr x : elts) {
            Expr bad = invalidTargetOf(x, type);
            if (bad != null) return bad;
        }
        return null;
    }

    /** CPython's _PyPegen_get_expr_name. */
    static String exprName(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case Ast.List l -> "list";
            case Tuple t -> "tuple";
            case Lambda l -> "lambda";
            case Call c -> "function call";
            case BoolOp b -> "expression";
            case BinOp b -> "expression";
            case UnaryOp u -> "expression";
            case GeneratorExp g -> "generator expression";
            case Yield y -> "yield expression";
            case YieldFrom y -> "yield expression";
            case Await a -> "await expression";
            case ListComp l -> "list comprehension";
            case SetComp s -> "set comprehension";
            case DictComp d -> "dict comprehension";
            case Dict d -> "dict literal";
            case Ast.Set s -> "set display";
            case JoinedStr j -> "f-string expression";
            case TemplateStr t -> "t-string expression";
            case FormattedValue f -> "f-string expression";
            case Interpolation i -> "t-string expression";
            case Constant c -> constantName(c.value());
            case Compare c -> "comparison";
            case IfExp i -> "conditional expression";
            case NamedExpr n -> "named expression";
            case Slice s -> "slice";
        };
    }

    private static String constantName(Object v) {
        if (v == Ast.NONE) return "None";
        if (v == Ast.ELLIPSIS) return "ellipsis";
        if (v instanceof Boolean b) return b ? "True" : "False";
        return "literal";
    }
}
