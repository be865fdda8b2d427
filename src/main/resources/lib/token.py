"""token (Ember): the token type numbers of Python 3.14's tokenizer, their names, and the
operator strings of the OP tokens."""

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF', 'EXACT_TOKEN_TYPES']

_NAMES = '''ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB COLON COMMA
SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL
NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL
MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL
RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS
COLONEQUAL EXCLAMATION OP TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD FSTRING_START FSTRING_MIDDLE
FSTRING_END TSTRING_START TSTRING_MIDDLE TSTRING_END COMMENT NL ERRORTOKEN ENCODING
N_TOKENS'''.split()

# The operator of each exact token type, in the order of the numbers from LPAR on.
_OPERATORS = '''( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** += -= *= /=
%= &= |= ^= <<= >>= **= // //= @ @= -> ... := !'''.split()

tok_name = {}
for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
    tok_name[_number] = _name
    __all__.append(_name)
NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'
__all__.append('NT_OFFSET')

EXACT_TOKEN_TYPES = dict(sorted(
    (_operator, LPAR + _index) for _index, _operator in enumerate(_OPERATORS)))
del _number, _name


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
