"""JSON decoding for Ember: JSONDecoder, JSONDecodeError and the scanner."""

import re

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error.

    msg: the unformatted message; doc: the document being parsed;
    pos: the index in doc where parsing failed; lineno/colno: 1-based line and column.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

# Everything up to the next quote, backslash or control character, in one match.
_STRING_CHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f]?)')
_WHITESPACE = re.compile(r'[ \t\n\r]*')
_NUMBER = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?')
_HEX4 = re.compile(r'[0-9A-Fa-f]{4}')
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


def _hex4(s, pos):
    """The value of the 4 hex digits after the 'u' at s[pos-1]; pos points at the 'u'."""
    digits = s[pos + 1:pos + 5]
    if len(digits) == 4 and _HEX4.fullmatch(digits):
        return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just after the opening quote).

    Returns (decoded str, index after the closing quote).
    """
    parts = []
    begin = end - 1
    chunk = _STRING_CHUNK.match
    while True:
        m = chunk(s, end)
        content, terminator = m.groups()
        if content:
            parts.append(content)
        end = m.end()
        if terminator == '"':
            break
        if not terminator:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if terminator != '\\':
            if strict:
                raise JSONDecodeError('Invalid control character at', s, end - 1)
            parts.append(terminator)
            continue
        if end >= len(s):
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end]
        if esc != 'u':
            char = _SIMPLE_ESCAPES.get(esc)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, end - 1)
            parts.append(char)
            end += 1
            continue
        code = _hex4(s, end)
        end += 5
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        parts.append(chr(code))
    return ''.join(parts), end


py_scanstring = scanstring
try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None
scanstring = c_scanstring or py_scanstring


class _Scanner:
    """Turns the text at an index into a Python value, using a decoder's hooks."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def __call__(self, s, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return self.scan(s, idx)
        finally:
            self.memo.clear()

    def scan(self, s, idx):
        """(value, end) for the value at s[idx]; StopIteration(idx) if there is none."""
        try:
            c = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self.parse_object(s, idx + 1)
        if c == '[':
            return self.parse_array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        m = _NUMBER.match(s, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                value = self.parse_float(integer + (frac or '') + (exp or ''))
            else:
                value = self.parse_int(integer)
            return value, m.end()
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def value_at(self, s, idx):
        """Like scan, but a missing value is the 'Expecting value' error."""
        try:
            return self.scan(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None

    def parse_object(self, s, end):
        ws = _WHITESPACE.match
        memo = self.memo
        pairs = []
        end = ws(s, end).end()
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                return self._make_object(pairs), end + 1
            raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
        end += 1
        while True:
            key, end = scanstring(s, end, self.strict)
            key = memo.setdefault(key, key)
            end = ws(s, end).end()
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = ws(s, end + 1).end()
            value, end = self.value_at(s, end)
            pairs.append((key, value))
            end = ws(s, end).end()
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            comma = end - 1
            end = ws(s, end).end()
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                if nextchar == '}':
                    raise JSONDecodeError('Illegal trailing comma before end of object', s, comma)
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end - 1)
        return self._make_object(pairs), end

    def _make_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def parse_array(self, s, end):
        ws = _WHITESPACE.match
        values = []
        end = ws(s, end).end()
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            value, end = self.value_at(s, end)
            values.append(value)
            end = ws(s, end).end()
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            comma = end - 1
            end = ws(s, end).end()
            if s[end:end + 1] == ']':
                raise JSONDecodeError('Illegal trailing comma before end of array', s, comma)
        return values, end


def py_make_scanner(context):
    """A callable (s, idx) -> (value, end) using the hooks of the decoder `context`."""
    return _Scanner(context)


try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None
make_scanner = c_make_scanner or py_make_scanner


class JSONDecoder:
    """Simple JSON decoder (https://json.org).

    object -> dict, array -> list, string -> str, number -> int or float,
    true/false -> True/False, null -> None; NaN, Infinity and -Infinity are also accepted.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = _Scanner.parse_object
        self.parse_array = _Scanner.parse_array
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=_WHITESPACE.match):
        """The Python value of the JSON document `s` (a str)."""
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]; returns (value, index where it ended)."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
