package org.ember.parser;

import static org.ember.parser.TokenType.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.ember.parser.Ast.*;

/**
 * The {@code strings} rule: a run of adjacent string, bytes, f-string and t-string literals,
 * decoded and concatenated the way CPython's {@code _PyPegen_concatenate_strings} does
 * (adjacent constants merged, empty ones dropped inside f-strings, the kind taken from the first
 * literal). Replacement fields are parsed with the main parser's expression rules.
 */
final class StringParser {
    private final Parser p;

    StringParser(Parser parser) {
        this.p = parser;
    }

    /** One literal of the run: a decoded constant, or the values of an f-string / t-string. */
    private sealed interface Part permits Plain, Formatted {}
    private record Plain(Constant constant, boolean bytes) implements Part {}
    private record Formatted(List<Expr> values, boolean template) implements Part {}

    Expr strings() {
        int start = p.position();
        // The commonest case, a lone plain literal, is its own constant: no part lists, no
        // concatenation. (Decoded before the next token is fetched, as in the loop below, so
        // that escape errors are raised at the same token.)
        Token first = p.peekToken();
        Plain lone = null;
        if (first.type() == STRING) {
            p.reset(start + 1);
            lone = plain(first);
            TokenType after = p.peekToken().type();
            if (after != STRING && after != FSTRING_START && after != TSTRING_START) return lone.constant;
        }
        List<Part> parts = new ArrayList<>();
        // Token ranges of the literals: [first token index, last token index] per part.
        List<int[]> spans = new ArrayList<>();
        if (lone != null) {
            parts.add(lone);
            spans.add(new int[] {start, start});
        }
        while (true) {
            Token t = p.peekToken();
            int partStart = p.position();
            Part part;
            if (t.type() == STRING) {
                p.reset(p.position() + 1);
                part = plain(t);
            } else if (t.type() == FSTRING_START || t.type() == TSTRING_START) {
                boolean template = t.type() == TSTRING_START;
                int mark = p.position();
                List<Expr> values = fstring(template);
                if (values == null) {
                    p.reset(mark);
                    break;
                }
                part = new Formatted(values, template);
            } else {
                break;
            }
            if (!parts.isEmpty() && isTemplate(part) != isTemplate(parts.get(0)) && !p.secondPass()) {
                // The first pass matches only (fstring|string)+ or tstring+; mixing is reported by
                // the second pass (invalid_string_tstring_concat), as in CPython.
                p.reset(partStart);
                break;
            }
            parts.add(part);
            spans.add(new int[] {partStart, p.position() - 1});
        }
        if (parts.isEmpty()) {
            p.reset(start);
            return null;
        }
        if (pendingFailure != null) {
            throw p.raiseError(ParseError.Kind.SyntaxError, pendingFailure.msg);
        }
        int[] pos = p.extraOf(start);
        boolean sawTemplate = false;
        boolean sawOther = false;
        for (Part part : parts) {   // a loop, not streams: this runs for every string literal
            if (isTemplate(part)) sawTemplate = true; else sawOther = true;
        }
        if (sawTemplate && sawOther) {
            // invalid_string_tstring_concat: from the last literal of the first run to the first
            // literal of the other kind.
            int switchAt = 1;
            while (isTemplate(parts.get(switchAt)) == isTemplate(parts.get(0))) switchAt++;
            Token from = p.tokenAt(spans.get(switchAt - 1)[0]);
            Token to = p.tokenAt(spans.get(switchAt)[1]);
            throw p.errorAt(ParseError.Kind.SyntaxError, "cannot mix t-string literals with string or bytes literals",
                    from.lineno(), from.colOffset(), to.endLineno(), to.endColOffset());
        }
        return concatenate(parts, sawTemplate, pos);
    }

    private static boolean isTemplate(Part part) {
        return part instanceof Formatted f && f.template;
    }

    private Plain plain(Token t) {
        Literals.StringParts sp = Literals.split(t.text());
        try {
            Object value;
            if (sp.bytes()) {
                value = new Ast.Bytes(Literals.decodeBytes(sp.body(), sp.raw()));
            } else {
                value = sp.raw() ? sp.body() : Literals.decodeStrValue(sp.body());
            }
            if (!sp.raw()) warnInvalidEscape(t, sp.body(), bodyStart(t.text(), sp.body()), sp.bytes());
            return new Plain(new Constant(value, sp.unicodeKind() ? "u" : null,
                    t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset()), sp.bytes());
        } catch (Literals.Failure f) {
            // Escape errors are raised at the last token fetched (CPython's RAISE_SYNTAX_ERROR in
            // raise_decode_error): usually this string, further on in the second pass.
            if (f.msg.startsWith("(")) throw p.raiseError(ParseError.Kind.SyntaxError, f.msg);
            throw p.errorAtToken(ParseError.Kind.SyntaxError, t, f.msg);
        }
    }

    private Expr concatenate(List<Part> parts, boolean template, int[] pos) {
        boolean bytesFound = false, strFound = false, formattedFound = false;
        for (Part part : parts) {
            switch (part) {
                case Plain pl -> { if (pl.bytes) bytesFound = true; else strFound = true; }
                case Formatted f -> formattedFound = true;
            }
        }
        if (bytesFound && (strFound || formattedFound)) {
            throw p.raiseError(ParseError.Kind.SyntaxError, "cannot mix bytes and nonbytes literals");
        }
        if (bytesFound) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Part part : parts) {
                byte[] b = ((Ast.Bytes) ((Plain) part).constant.value()).value();
                out.write(b, 0, b.length);
            }
            String kind = ((Plain) parts.get(0)).constant.kind();
            return new Constant(new Ast.Bytes(out.toByteArray()), kind, pos[0], pos[1], pos[2], pos[3]);
        }
        List<Expr> flat = new ArrayList<>();
        for (Part part : parts) {
            switch (part) {
                case Plain pl -> flat.add(pl.constant);
                case Formatted f -> flat.addAll(f.values);
            }
        }
        List<Expr> values = mergeConstants(flat, formattedFound);
        if (!formattedFound) {
            return values.get(0);
        }
        return template ? new TemplateStr(values, pos[0], pos[1], pos[2], pos[3])
                : new JoinedStr(values, pos[0], pos[1], pos[2], pos[3]);
    }

    /** Folds runs of str constants into one (positions first..last); drops empty ones if asked. */
    static List<Expr> mergeConstants(List<Expr> flat, boolean dropEmpty) {
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            Expr e = flat.get(i);
            if (e instanceof Constant first) {
                int j = i + 1;
                while (j < flat.size() && flat.get(j) instanceof Constant) j++;
                // a lone literal keeps its value: no copy (this runs for every string literal)
                Constant merged = j == i + 1 ? first : mergeRun(flat.subList(i, j));
                i = j - 1;
                if (dropEmpty && isEmptyStr(merged.value())) continue;
                values.add(merged);
            } else {
                values.add(e);
            }
        }
        return values;
    }

    /** One constant for a run of two or more str constants, positioned from the first to the last. */
    private static Constant mergeRun(List<Expr> run) {
        Constant first = (Constant) run.get(0);
        Constant last = (Constant) run.get(run.size() - 1);
        Object[] values = new Object[run.size()];
        for (int k = 0; k < values.length; k++) values[k] = ((Constant) run.get(k)).value();
        return new Constant(SurrogateStr.concatAll(values), first.kind(), first.lineno(), first.col_offset(),
                last.end_lineno(), last.end_col_offset());
    }

    // ---- f-strings and t-strings -----------------------------------------------------------

    /** FSTRING_START middle* FSTRING_END: the values (constants and fields), or null. */
    private List<Expr> fstring(boolean template) {
        Token startTok = p.peekToken();
        p.reset(p.position() + 1);
        boolean raw = Literals.isRawPrefix(startTok.text());
        TokenType middleType = template ? TSTRING_MIDDLE : FSTRING_MIDDLE;
        TokenType endType = template ? TSTRING_END : FSTRING_END;
        List<Expr> values = new ArrayList<>();
        while (true) {
            Token t = p.peekToken();
            if (t.type() == middleType) {
                p.reset(p.position() + 1);
                Constant c = middleConstant(t, raw);
                if (!isEmptyStr(c.value())) values.add(c);
            } else if (t.type() == LBRACE) {
                List<Expr> field = replacementField(raw, template, false);
                if (field == null) return null;
                values.addAll(field);
            } else {
                break;
            }
        }
        if (p.take(endType) == null) return null;
        if (pendingFailure != null) {
            // CPython decodes the literal parts in the f-string's action, right after its end.
            throw p.raiseError(ParseError.Kind.SyntaxError, pendingFailure.msg);
        }
        return values;
    }

    private static boolean isEmptyStr(Object value) {
        return value instanceof String s && s.isEmpty();
    }

    /**
     * CPython's SyntaxWarning for the first invalid escape of a literal, at the escape's line.
     * {@code bodyStart} is where {@code body} starts in the token's text. The SyntaxError for
     * -W error points at the escape, its columns counted as CPython counts them: from the
     * opening quote (a prefix is not counted), restarting at 0 after each line break.
     */
    private void warnInvalidEscape(Token t, String body, int bodyStart, boolean bytes) {
        Literals.InvalidEscape bad = Literals.firstInvalidEscape(body, bytes);
        if (bad == null) return;
        String text = t.text();
        int from = 0;   // the opening quote
        while (from < bodyStart && text.charAt(from) != '\'' && text.charAt(from) != '"') from++;
        int lineno = t.lineno(), col = t.colOffset();
        for (int i = from; i < bodyStart + bad.offset(); i++) {
            if (text.charAt(i) == '\n') {
                lineno++;
                col = 0;
            } else {
                col++;
            }
        }
        String what = "\"" + bad.text() + "\" is an invalid " + (bad.octal() ? "octal " : "") + "escape sequence. ";
        String advice = "Did you mean \"\\" + bad.text() + "\"? A raw string is also an option.";
        int errorCol = bad.octal() ? col - 1 : col;
        p.warnOnce(t, what + "Such sequences will not work in the future. " + advice, lineno,
                p.errorAt(ParseError.Kind.SyntaxError, what + advice, lineno, errorCol, lineno, errorCol + 2));
    }

    /**
     * An f-string middle with its "\\{" and "\\}" escapes masked (same length): the tokenizer
     * has already warned about those (CPython warns once, from the tokenizer), so the decoder's
     * warning goes to the first other invalid escape.
     */
    private static String withoutBraceEscapes(String middle) {
        if (middle.indexOf('\\') < 0) return middle;
        char[] chars = middle.toCharArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            if (chars[i] != '\\') continue;
            if (chars[i + 1] == '{' || chars[i + 1] == '}') chars[i] = chars[i + 1] = ' ';
            i++;
        }
        return new String(chars);
    }

    /** Where the body starts in a STRING token's text: after the prefix and the opening quote(s). */
    private static int bodyStart(String text, String body) {
        int prefix = 0;
        while (text.charAt(prefix) != '\'' && text.charAt(prefix) != '"') prefix++;
        return prefix + (text.length() - prefix - body.length()) / 2;
    }

    private Constant middleConstant(Token t, boolean raw) {
        Object value;
        try {
            if (!raw) warnInvalidEscape(t, withoutBraceEscapes(t.text()), 0, false);
            value = Literals.decodeFStringPart(t.text(), raw);
        } catch (Literals.Failure f) {
            // CPython decodes f-string parts in the action that ends the string run, so the
            // error is reported at the last token fetched by then (see strings()).
            if (pendingFailure == null) pendingFailure = f;
            value = "";
        }
        return new Constant(value, null, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    }

    private Literals.Failure pendingFailure;

    /**
     * {@code '{' annotated_rhs '='? ['!' NAME] [':' spec*] '}'}: the FormattedValue /
     * Interpolation, preceded by the debug-text constant when '=' is present. Null on failure.
     */
    private List<Expr> replacementField(boolean raw, boolean template, boolean inSpec) {
        int start = p.position();
        Token lbrace = p.take(LBRACE);
        if (lbrace == null) return null;
        String kind = template ? "t-string" : "f-string";
        Expr value = p.fstringExpression();
        if (value == null) {
            if (p.secondPass()) invalidReplacementFieldStart(kind);
            p.reset(start);
            return null;
        }
        Token equal = p.take(EQUAL);
        Token afterExpr = p.peekToken();
        int conversion = -1;
        Token bang = p.take(EXCLAMATION);
        Name conv = null;
        if (bang != null) {
            if (p.secondPass() && (p.peekToken().type() == COLON || p.peekToken().type() == RBRACE)) {
                throw p.raiseAt(ParseError.Kind.SyntaxError, p.peekToken(), kind + ": missing conversion character");
            }
            if (p.secondPass() && p.peekToken().type() != NAME) {
                throw p.raiseAt(ParseError.Kind.SyntaxError, p.peekToken(), kind + ": invalid conversion character");
            }
            conv = p.nameToken();
            if (conv == null) {
                Token k = p.peekToken();
                if (k.type() == NAME) {
                    // A keyword after '!': still a conversion attempt, checked below.
                    p.reset(p.position() + 1);
                    conv = new Name(k.text(), ExprContext.Load, k.lineno(), k.colOffset(), k.endLineno(), k.endColOffset());
                } else {
                    p.reset(start);
                    return null;
                }
            }
            Token convTok = p.tokenAt(p.position() - 1);
            if (convTok.start() != bang.end()) {
                throw p.errorAt(ParseError.Kind.SyntaxError,
                        (template ? "t-string" : "f-string") + ": conversion type must come right after the exclamation mark",
                        bang.lineno(), bang.colOffset(), convTok.endLineno(), convTok.endColOffset());
            }
            String id = conv.id();
            if (id.length() != 1 || "sra".indexOf(id.charAt(0)) < 0) {
                throw p.errorAt(ParseError.Kind.SyntaxError,
                        (template ? "t-string" : "f-string") + ": invalid conversion character " + pyRepr(id)
                                + ": expected 's', 'r', or 'a'",
                        conv.lineno(), conv.col_offset(), conv.end_lineno(), conv.end_col_offset());
            }
            conversion = id.charAt(0);
        }
        Token colon = p.peekToken().type() == COLON ? p.take(COLON) : null;
        Expr formatSpec = null;
        if (colon != null) {
            formatSpec = formatSpec(colon, raw, template);
            if (formatSpec == null) { p.reset(start); return null; }
        }
        Token rbrace = p.take(RBRACE);
        if (rbrace == null) {
            if (p.secondPass()) {
                String expecting = colon != null ? "'}', or format specs" : bang != null ? "':' or '}'"
                        : equal != null ? "'!', or ':', or '}'" : "'=', or '!', or ':', or '}'";
                throw p.raiseAt(ParseError.Kind.SyntaxError, p.peekToken(), kind + ": expecting " + expecting);
            }
            p.reset(start);
            return null;
        }
        if (conversion == -1 && equal != null && formatSpec == null) conversion = 'r';
        int[] pos = p.extraOf(start);
        List<Expr> out = new ArrayList<>(2);
        Expr field;
        if (template && !inSpec) {
            int strEnd = equal != null ? equal.start() : afterExpr.start();
            String str = p.sourceText(lbrace.end(), strEnd).stripTrailing();
            field = new Interpolation(value, str, conversion, formatSpec, pos[0], pos[1], pos[2], pos[3]);
        } else {
            field = new FormattedValue(value, conversion, formatSpec, pos[0], pos[1], pos[2], pos[3]);
        }
        if (equal != null) {
            // The debug text runs from after '{' to the conversion, the spec or the '}'.
            String debugText = withoutComments(p.sourceText(lbrace.end(), afterExpr.start()));
            int endLine, endCol;
            if (bang != null) {
                // CPython ends the debug text at the conversion name's column, minus one below.
                endLine = conv.lineno();
                endCol = conv.col_offset();
            } else if (colon != null) {
                endLine = formatSpec.lineno();
                endCol = formatSpec.col_offset() + 1;
            } else {
                endLine = pos[2];
                endCol = pos[3];
            }
            out.add(new Constant(debugText, null, pos[0], pos[1] + 1, endLine, endCol - 1));
        }
        out.add(field);
        return out;
    }

    /** The format spec after ':': a JoinedStr of its literal parts and nested fields. */
    private Expr formatSpec(Token colon, boolean raw, boolean template) {
        int start = p.position() - 1;
        TokenType middleType = template ? TSTRING_MIDDLE : FSTRING_MIDDLE;
        List<Expr> items = new ArrayList<>();
        int literalPieces = 0;
        boolean hasField = false;
        while (true) {
            Token t = p.peekToken();
            if (t.type() == middleType) {
                p.reset(p.position() + 1);
                if (t.text().isEmpty()) continue;   // CPython drops empty parts before counting
                items.add(middleConstant(t, raw));
                literalPieces += cpythonMiddleTokens(t.text(), raw);
            } else if (t.type() == LBRACE) {
                List<Expr> field = replacementField(raw, template, true);
                if (field == null) return null;
                items.addAll(field);
                hasField = true;
            } else {
                break;
            }
        }
        int[] pos = p.extraOf(start);
        List<Expr> values = mergeConstants(items, true);
        if (!hasField && literalPieces >= 2) {
            // CPython concatenates a spec made of several literal tokens into a plain Constant.
            Object value = values.isEmpty() ? "" : ((Constant) values.get(0)).value();
            return new Constant(value, null, pos[0], pos[1], pos[2], pos[3]);
        }
        return new JoinedStr(values, pos[0], pos[1], pos[2], pos[3]);
    }

    /**
     * How many FSTRING_MIDDLE tokens CPython's tokenizer makes of this literal run: it ends a
     * token after each named escape {@code \N{...}} (in non-raw strings).
     */
    static int cpythonMiddleTokens(String rawText, boolean raw) {
        if (raw) return 1;
        int tokens = 1;
        int i = 0;
        while ((i = rawText.indexOf("\\N{", i)) >= 0) {
            int backslashes = 0;
            for (int k = i - 1; k >= 0 && rawText.charAt(k) == '\\'; k--) backslashes++;
            int close = rawText.indexOf('}', i);
            if (close < 0) break;
            if (backslashes % 2 == 0 && close + 1 < rawText.length()) tokens++;
            i = close + 1;
        }
        return tokens;
    }

    /**
     * The debug text of {@code f"{expr=}"} as CPython's tokenizer collects it: the source of the
     * expression with comments left out (strings inside the expression are kept intact).
     */
    static String withoutComments(String text) {
        if (text.indexOf('#') < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < n && text.charAt(i) != '\n') i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                int quoteLen = i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c ? 3 : 1;
                int end = i + quoteLen;
                while (end < n) {
                    char d = text.charAt(end);
                    if (d == '\\') { end += 2; continue; }
                    if (d == c && (quoteLen == 1 || (end + 2 < n && text.charAt(end + 1) == c && text.charAt(end + 2) == c))) {
                        end += quoteLen;
                        break;
                    }
                    end++;
                }
                end = Math.min(end, n);
                out.append(text, i, end);
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** invalid_replacement_field when no expression follows '{'. */
    private void invalidReplacementFieldStart(String kind) {
        Token t = p.peekToken();
        String what = switch (t.type()) {
            case EQUAL -> "=";
            case EXCLAMATION -> "!";
            case COLON -> ":";
            case RBRACE -> "}";
            default -> null;
        };
        if (what != null) {
            throw p.errorAtToken(ParseError.Kind.SyntaxError, t, kind + ": valid expression required before '" + what + "'");
        }
        throw p.raiseAt(ParseError.Kind.SyntaxError, t, kind + ": expecting a valid expression after '{'");
    }

    private static String pyRepr(String s) {
        return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? "\"" + s + "\"" : "'" + s.replace("'", "\\'") + "'";
    }
}
