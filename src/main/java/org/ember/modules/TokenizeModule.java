package org.ember.modules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.ember.parser.ParseError;
import org.ember.parser.Token;
import org.ember.parser.TokenType;
import org.ember.parser.Tokenizer;
import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyException;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * {@code _tokenize}: {@code TokenizerIter(readline, *, extra_tokens=False, encoding=None)}, the
 * C tokenizer that CPython's {@code tokenize} module runs, here over Ember's own
 * {@link Tokenizer}. Items are {@code (type, string, (srow, scol), (erow, ecol), line)} with
 * columns in characters. With {@code extra_tokens} (what tokenize uses) the stream also has
 * COMMENT and NL tokens, operators are typed OP, and NEWLINE/NL/DEDENT/ENDMARKER are adjusted
 * as CPython's iterator adjusts them for the old pure-Python tokenizer's output.
 */
public final class TokenizeModule {
    private TokenizeModule() {}

    /** CPython 3.14's token numbers, by name (the order of Grammar/Tokens). */
    private static final List<String> TOKEN_NAMES = List.of("ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE",
            "INDENT", "DEDENT", "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS", "STAR",
            "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT", "PERCENT", "LBRACE", "RBRACE", "EQEQUAL",
            "NOTEQUAL", "LESSEQUAL", "GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT", "RIGHTSHIFT", "DOUBLESTAR",
            "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL", "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL",
            "CIRCUMFLEXEQUAL", "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH",
            "DOUBLESLASHEQUAL", "AT", "ATEQUAL", "RARROW", "ELLIPSIS", "COLONEQUAL", "EXCLAMATION", "OP",
            "TYPE_IGNORE", "TYPE_COMMENT", "SOFT_KEYWORD", "FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END",
            "TSTRING_START", "TSTRING_MIDDLE", "TSTRING_END", "COMMENT", "NL", "ERRORTOKEN");
    private static final int OP = TOKEN_NAMES.indexOf("OP");

    static final PyType TOKENIZER_ITER = BuiltinIterator.define("TokenizerIter", TokenizeModule::iterator);

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_tokenize");
        m.dict().setItem(new PyStr("TokenizerIter"), TOKENIZER_ITER);
        return m;
    }

    private static Supplier<Object> iterator(Object[] args, int offset, int nargs, PyTuple kwnames) {
        // the keyword values come last and are counted in nargs
        int kwCount = kwnames == null ? 0 : kwnames.size();
        int positional = nargs - kwCount;
        if (positional != 1) {
            throw Errors.typeError("TokenizerIter() takes exactly 1 positional argument (%d given)", positional);
        }
        Object readline = args[offset];
        boolean extraTokens = false;
        String encoding = null;
        for (int i = 0; i < kwCount; i++) {
            String name = ((PyStr) kwnames.get(i)).value();
            Object value = args[offset + positional + i];
            switch (name) {
                case "extra_tokens" -> extraTokens = Abstract.isTrue(value);
                case "encoding" -> encoding = value == PyNone.NONE ? null : ((PyStr) Abstract.str(value)).value();
                default -> throw Errors.typeError("TokenizerIter() got an unexpected keyword argument '%s'", name);
            }
        }
        return new Tokens(readline, extraTokens, encoding);
    }

    /** Reads the whole source on the first request, then hands out one token tuple per call. */
    private static final class Tokens implements Supplier<Object> {
        private final Object readline;
        private final boolean extraTokens;
        private final String encoding;
        private Tokenizer tokenizer;
        private String[] lines;          // the source's physical lines, with their line breaks
        private boolean implicitNewline; // the source does not end with a line break
        private boolean done;
        private final java.util.ArrayDeque<Object> pending = new java.util.ArrayDeque<>();

        Tokens(Object readline, boolean extraTokens, String encoding) {
            this.readline = readline;
            this.extraTokens = extraTokens;
            this.encoding = encoding;
        }

        @Override
        public Object get() {
            if (!pending.isEmpty()) return pending.poll();
            if (done) return null;
            if (tokenizer == null) start();
            Token token;
            try {
                token = tokenizer.next();
            } catch (ParseError e) {
                done = true;
                if (extraTokens && e.msg.endsWith("was never closed")) {
                    // the tokenize module's wording for an open bracket at the end of input
                    throw Errors.withArgs(Exceptions.SyntaxError, new PyStr("unexpected EOF in multi-line statement"),
                            PyTuple.of(new PyStr("<string>"), PyInt.of(Math.max(lines.length, 1)), PyInt.of(0),
                                    PyNone.NONE, PyInt.of(Math.max(lines.length, 1)), PyInt.of(0)));
                }
                throw syntaxError(e);
            }
            if (token.type() == TokenType.ENDMARKER) done = true;
            if ((token.type() == TokenType.FSTRING_MIDDLE || token.type() == TokenType.TSTRING_MIDDLE)
                    && (token.text().contains("{{") || token.text().contains("}}"))) {
                splitAtDoubledBraces(token);
                return pending.poll();
            }
            return tuple(token);
        }

        /**
         * CPython's iterator gives a literal run with doubled braces as several FSTRING_MIDDLE
         * tokens: each piece ends with the first brace of a pair, and the second is skipped.
         */
        private void splitAtDoubledBraces(Token token) {
            String text = token.text();
            int number = TOKEN_NAMES.indexOf(token.type().name());
            int line = token.lineno(), col = charColumn(line, token.colOffset());
            int pieceLine = line, pieceCol = col;
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                piece.append(c);
                if (c == '\n') {
                    line++;
                    col = 0;
                } else {
                    col++;
                }
                if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                    pending.add(middle(number, piece.toString(), pieceLine, pieceCol, line, col));
                    piece.setLength(0);
                    i++;          // the second brace of the pair
                    col++;
                    pieceLine = line;
                    pieceCol = col;
                }
            }
            if (piece.length() > 0) pending.add(middle(number, piece.toString(), pieceLine, pieceCol, line, col));
        }

        private Object middle(int number, String text, int startLine, int startCol, int endLine, int endCol) {
            return PyTuple.of(PyInt.of(number), new PyStr(text), PyTuple.of(PyInt.of(startLine), PyInt.of(startCol)),
                    PyTuple.of(PyInt.of(endLine), PyInt.of(endCol)), new PyStr(linesBetween(startLine, endLine)));
        }

        private void start() {
            String source = readSource();
            implicitNewline = !source.isEmpty() && !source.endsWith("\n") && !source.endsWith("\r");
            lines = splitLines(source);
            tokenizer = extraTokens ? Tokenizer.allTokens(source, "<string>") : new Tokenizer(source, "<string>", false);
        }

        private String readSource() {
            StringBuilder text = new StringBuilder();
            for (;;) {
                Object line;
                try {
                    line = Abstract.call(readline);
                } catch (PyException e) {
                    if (Abstract.isInstance(e.value, Exceptions.StopIteration)) break;
                    throw e;
                }
                String piece;
                if (encoding != null) {
                    byte[] bytes = org.ember.runtime.PyBuffer.bytesOf(line);
                    if (bytes == null) throw Errors.typeError("readline() returned a non-bytes object");
                    piece = org.ember.runtime.Codecs.decode(bytes, encoding, "strict").value();
                } else {
                    PyStr s = PyStr.asStr(line);
                    if (s == null) throw Errors.typeError("readline() returned a non-string object");
                    piece = s.value();
                }
                if (piece.isEmpty()) break;
                text.append(piece);
            }
            return text.toString();
        }

        private Object tuple(Token token) {
            TokenType type = token.type();
            String text = token.text();
            int startLine = token.lineno(), endLine = token.endLineno();
            int startCol = charColumn(startLine, token.colOffset());
            int endCol = charColumn(endLine, token.endColOffset());
            String line = linesBetween(startLine, endLine);
            int number = TOKEN_NAMES.indexOf(type.name());
            if (extraTokens) {
                boolean trailing = type == TokenType.ENDMARKER || (type == TokenType.DEDENT && startLine > lines.length);
                if (type == TokenType.ENDMARKER || trailing) {
                    line = "";
                }
                if (type.isOperator()) number = OP;
                if (type == TokenType.NEWLINE) {
                    if (text.isEmpty() && implicitNewline) {
                        endCol = startCol + 1;
                    } else {
                        text = text.startsWith("\r") ? "\r\n" : "\n";
                    }
                } else if (type == TokenType.NL && implicitNewline && startLine == lines.length && text.isEmpty()) {
                    endCol = startCol + 1;    // the implied newline
                }
            }
            return PyTuple.of(PyInt.of(number), new PyStr(text), PyTuple.of(PyInt.of(startLine), PyInt.of(startCol)),
                    PyTuple.of(PyInt.of(endLine), PyInt.of(endCol)), new PyStr(line));
        }

        /** The character column of a UTF-8 byte column of a line. */
        private int charColumn(int lineno, int byteColumn) {
            if (lineno < 1 || lineno > lines.length) return byteColumn;
            String line = lines[lineno - 1];
            int bytes = 0, chars = 0;
            while (chars < line.length() && bytes < byteColumn) {
                int cp = line.codePointAt(chars);
                bytes += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                chars += Character.charCount(cp);
            }
            return line.codePointCount(0, chars);
        }

        private String linesBetween(int first, int last) {
            StringBuilder text = new StringBuilder();
            for (int i = Math.max(first, 1); i <= Math.min(last, lines.length); i++) text.append(lines[i - 1]);
            return text.toString();
        }
    }

    private static String[] splitLines(String source) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') i++;
                lines.add(source.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < source.length()) lines.add(source.substring(start));
        return lines.toArray(new String[0]);
    }

    private static PyException syntaxError(ParseError e) {
        PyType type = switch (e.kind) {
            case IndentationError -> Exceptions.IndentationError;
            case TabError -> Exceptions.TabError;
            default -> Exceptions.SyntaxError;
        };
        Object text = e.text == null ? PyNone.NONE : new PyStr(e.text);
        PyException error = Errors.withArgs(type, new PyStr(e.msg), PyTuple.of(new PyStr("<string>"),
                PyInt.of(e.lineno), PyInt.of(e.offset), text, PyInt.of(e.endLineno), PyInt.of(e.endOffset)));
        return error;
    }
}
