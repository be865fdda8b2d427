package org.ember.parser;

/**
 * Token kinds, named as in CPython's {@code Grammar/Tokens} so that token dumps read the same.
 * Operators carry their exact kind (LPAR, PLUSEQUAL, ...); keywords and soft keywords are
 * NAME tokens — the parser decides what a name means in context.
 */
public enum TokenType {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"),
    GREATER(">"), EQUAL("="), DOT("."), PERCENT("%"), LBRACE("{"), RBRACE("}"),
    EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"),
    CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="),
    MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="),
    VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="),
    DOUBLESTAREQUAL("**="), DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="),
    RARROW("->"), ELLIPSIS("..."), COLONEQUAL(":="), EXCLAMATION("!"),

    /** A type comment ({@code # type: ...}); produced only when type comments are requested. */
    TYPE_COMMENT,
    /** {@code # type: ignore[...]}; produced only when type comments are requested. */
    TYPE_IGNORE,
    FSTRING_START, FSTRING_MIDDLE, FSTRING_END,
    TSTRING_START, TSTRING_MIDDLE, TSTRING_END,
    /** Comments and non-logical newlines: produced only in "all tokens" mode (tokenize-style dumps). */
    COMMENT, NL,
    ERRORTOKEN;

    /** The operator's spelling, or null for tokens that are not operators. */
    public final String operator;

    TokenType() { this.operator = null; }
    TokenType(String operator) { this.operator = operator; }

    public boolean isOperator() { return operator != null; }
}
