"""tokenize (Ember): Python source as a stream of tokens, from the Java tokenizer behind
_tokenize.TokenizerIter (the parser's own, in its "all tokens" mode: comments and non-logical
newlines included), as 3.14's module gives them."""

import builtins
import codecs
import collections
import io
import re
import sys
from token import *
from token import EXACT_TOKEN_TYPES
import token as _token_module
import _tokenize

__all__ = _token_module.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                                   "untokenize", "TokenInfo", "open", "TokenError"]

_COOKIE = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
_BLANK = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % self._replace(type=annotated))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


def _normal_encoding(name):
    """Spells the usual names of UTF-8 and Latin-1 as the tokenizer reports them."""
    encoding = name[:12].lower().replace('_', '-')
    if encoding == 'utf-8' or encoding.startswith('utf-8-'):
        return 'utf-8'
    if encoding in ('latin-1', 'iso-8859-1', 'iso-latin-1') or encoding.startswith(
            ('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """(encoding, first lines read) from a BOM or a PEP 263 cookie in the first two lines."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom = False
    default = 'utf-8'

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_of(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            where = ' for {!r}'.format(filename) if filename else ''
            raise SyntaxError("invalid or missing encoding declaration" + where)
        match = _COOKIE.match(text)
        if not match:
            return None
        encoding = _normal_encoding(match.group(1))
        try:
            codecs.lookup(encoding)
        except LookupError:
            where = ' for {!r}'.format(filename) if filename else ''
            raise SyntaxError("unknown encoding" + where + ": " + encoding)
        if bom:
            if encoding != 'utf-8':
                where = ' for {!r}'.format(filename) if filename else ''
                raise SyntaxError('encoding problem' + where + ': utf-8')
            encoding += '-sig'
        return encoding

    first = read()
    if first.startswith(codecs.BOM_UTF8):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = cookie_of(first)
    if encoding:
        return encoding, [first]
    if not _BLANK.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    encoding = cookie_of(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Opens a Python source file in text mode with the encoding detect_encoding finds."""
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except BaseException:
        buffer.close()
        raise


def _tokens(readline, encoding=None):
    kwargs = {'extra_tokens': True}
    if encoding is not None:
        kwargs['encoding'] = encoding
    iterator = _tokenize.TokenizerIter(readline, **kwargs)
    try:
        for item in iterator:
            yield TokenInfo._make(item)
    except SyntaxError as error:
        if type(error) is not SyntaxError:
            raise error from None
        message = error.msg
        if 'unterminated triple-quoted string literal' in message:
            message = 'EOF in multi-line string'
        raise TokenError(message, (error.lineno, error.offset)) from None


def tokenize(readline):
    """Tokens of source read as bytes: an ENCODING token first, then the source's."""
    encoding, consumed = detect_encoding(readline)
    lines = iter(consumed)

    def replay():
        for line in lines:
            return line
        return readline()
    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _tokens(replay, encoding)


def generate_tokens(readline):
    """Tokens of source read as str lines."""
    return _tokens(readline)


def untokenize(iterable):
    """Source text for tokens: exact positions from 5-tuples, an equivalent spacing from
    (type, string) pairs. Bytes when the tokens started with an ENCODING token."""
    return _Untokenizer().untokenize(iterable)


class _Untokenizer:
    def __init__(self):
        self.pieces = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.pieces.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.pieces.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        iterator = iter(iterable)
        indents = []
        at_line_start = False
        for token in iterator:
            if len(token) == 2:
                self.compat(token, iterator)
                break
            kind, text, start, end, line = token
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.pieces.append(indent)
                    self.prev_col = len(indent)
                at_line_start = False
            elif kind in (FSTRING_MIDDLE, TSTRING_MIDDLE):
                if '{' in text or '}' in text:
                    text = text.replace('{', '{{').replace('}', '}}')
                    end = (end[0], end[1] + text.count('{') // 2 + text.count('}') // 2)
            self.add_whitespace(start)
            self.pieces.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        result = "".join(self.pieces)
        return result.encode(self.encoding) if self.encoding is not None else result

    def compat(self, token, iterator):
        """(type, string) pairs: names and numbers get a space after them; indentation is
        rebuilt from INDENT/DEDENT."""
        indents = []
        at_line_start = False
        previous = None
        for kind, text in [token[:2]] + [t[:2] for t in iterator]:
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING and previous == STRING:
                text = ' ' + text
            if kind == INDENT:
                indents.append(text)
                previous = kind
                continue
            if kind == DEDENT:
                indents.pop()
                previous = kind
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                self.pieces.append(indents[-1])
                at_line_start = False
            self.pieces.append(text)
            previous = kind
