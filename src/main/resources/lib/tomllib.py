"""Reading TOML 1.0 documents (https://toml.io): `loads(text)` and `load(binary_file)`.

Ember's own implementation of CPython's `tomllib`: a recursive-descent parser over the
document string. Errors are TOMLDecodeError with the messages and positions CPython gives.

How tables are tracked: TOML forbids defining a table twice, extending an inline table or a
static array, and reopening with `[header]` a table made by dotted keys. The parser keeps, per
table or array object (by identity), whether it was *declared* (by a header, by `[[...]]`, or as
a dotted-key parent in an earlier section) and whether it is *frozen* (written inline, together
with everything inside it). A new `[[array]]` element is a new object, so it starts clean.
"""

import datetime as _datetime

__all__ = ('loads', 'load', 'TOMLDecodeError')

_SENTINEL = object()


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML.

    Besides ValueError's args it has msg (the message without its position), doc (the
    document), pos (the index in doc where parsing failed), lineno and colno.
    """

    def __init__(self, msg=_SENTINEL, doc=_SENTINEL, pos=_SENTINEL, *args):
        if args or msg is _SENTINEL or doc is _SENTINEL or pos is _SENTINEL or not (
                isinstance(msg, str) and isinstance(doc, str) and isinstance(pos, int)):
            import warnings
            warnings.warn("Free-form arguments for TOMLDecodeError are deprecated. Please set "
                          "'msg' (str), 'doc' (str) and 'pos' (int) arguments only.",
                          DeprecationWarning, stacklevel=2)
            given = (msg, doc, pos) + args
            ValueError.__init__(self, *(a for a in given if a is not _SENTINEL))
            return
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        where = 'end of document' if pos >= len(doc) else f'line {lineno}, column {colno}'
        ValueError.__init__(self, f'{msg} (at {where})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


def load(fp, /, *, parse_float=float):
    """The TOML document read from a file opened in binary mode, as a dict."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """The TOML document in the string s, as a dict."""
    if not isinstance(s, str):
        raise TypeError(f"Expected str object, not '{type(s).__name__}'")
    return _Parser(s.replace('\r\n', '\n'), _checked_float_parser(parse_float)).document()


def _checked_float_parser(parse_float):
    if parse_float is float:
        return float

    def parse(text):
        value = parse_float(text)
        # a dict or list would be mistaken for a table or array by the table bookkeeping
        if isinstance(value, (dict, list)):
            raise ValueError('parse_float must not return dicts or lists')
        return value
    return parse


# ---- character classes

_WHITESPACE = ' \t'
_BARE_KEY = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
_HEX = frozenset('0123456789abcdefABCDEF')
_DIGITS = frozenset('0123456789')
_ESCAPES = {'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\'}


def _is_control(char, allow_newline):
    """Control characters may not appear raw in strings or comments (tab always may)."""
    code = ord(char)
    if code == 9 or (allow_newline and code == 10):
        return False
    return code < 32 or code == 127


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        self.declared = set()   # ids of tables/arrays that a header may not (re)open
        self.frozen = set()     # ids of inline tables and static arrays (and so their contents)
        self.pending = []       # dotted-key parents of this section: declared when it ends
        self.keep_alive = []    # the objects whose ids are in the sets above

    # ---- positions and errors

    def error(self, message, pos=None):
        return TOMLDecodeError(message, self.src, self.pos if pos is None else pos)

    def peek(self, offset=0):
        at = self.pos + offset
        return self.src[at] if at < len(self.src) else ''

    def skip_whitespace(self):
        src, pos = self.src, self.pos
        while pos < len(src) and src[pos] in _WHITESPACE:
            pos += 1
        self.pos = pos

    def skip_comment(self):
        if not self.src.startswith('#', self.pos):
            return
        end = self.src.find('\n', self.pos)
        if end < 0:
            end = len(self.src)
        for at in range(self.pos + 1, end):
            if _is_control(self.src[at], False):
                raise self.error(f'Found invalid character {self.src[at]!r}', at)
        self.pos = end

    def skip_blank_lines_and_comments(self):
        """Inside arrays: whitespace, newlines and comments, in any number."""
        src = self.src
        while True:
            start = pos = self.pos
            while pos < len(src) and src[pos] in ' \t\n':
                pos += 1
            self.pos = pos
            self.skip_comment()
            if self.pos == start:
                return

    # ---- the document: one statement per line

    def document(self):
        section = ()
        src = self.src
        while True:
            self.skip_whitespace()
            if self.pos >= len(src):
                break
            char = src[self.pos]
            if char == '\n':
                self.pos += 1
                continue
            if char in _BARE_KEY or char in '"\'':
                # parsed here, not in store(): nested values may use every frame of recursion
                path, value = self.key_value()
                self.store(section, path, value)
                self.skip_whitespace()
            elif char == '[':
                self.end_section()
                if self.peek(1) == '[':
                    section = self.array_table_header()
                else:
                    section = self.table_header()
                self.skip_whitespace()
            elif char != '#':
                raise self.error('Invalid statement')
            self.skip_comment()
            if self.pos >= len(src):
                break
            if src[self.pos] != '\n':
                raise self.error('Expected newline or end of document after a statement')
            self.pos += 1
        return self.root

    def end_section(self):
        for table in self.pending:
            self.mark(self.declared, table)
        self.pending.clear()

    def mark(self, kind, obj):
        kind.add(id(obj))
        self.keep_alive.append(obj)

    # ---- walking a key path

    def find(self, root, path):
        """What is at path: (object or None, frozen, declared).

        An array of tables stands for its last element on the way; frozen says whether
        anything on the way, or the object itself, is frozen; declared whether the object (or
        the array of tables it ends in) was declared.
        """
        node = root
        frozen = declared = False
        for name in path:
            if not isinstance(node, dict) or name not in node:
                return None, frozen, False
            node = node[name]
            frozen = frozen or id(node) in self.frozen
            declared = id(node) in self.declared
            if isinstance(node, list) and not frozen and node:
                node = node[-1]
                declared = declared or id(node) in self.declared
        return node, frozen, declared

    def make_tables(self, root, path, through_arrays=True):
        """The table at path, creating missing tables; None if a value is in the way."""
        node = root
        for name in path:
            child = node.get(name, _SENTINEL)
            if child is _SENTINEL:
                child = node[name] = {}
            if through_arrays and isinstance(child, list):
                child = child[-1] if child else None
            if not isinstance(child, dict):
                return None
            node = child
        return node

    # ---- headers

    def table_header(self):
        self.pos += 1
        self.skip_whitespace()
        path = self.key()
        _, frozen, declared = self.find(self.root, path)
        if frozen or declared:
            raise self.error(f'Cannot declare {path} twice')
        table = self.make_tables(self.root, path)
        if table is None:
            raise self.error('Cannot overwrite a value')
        self.mark(self.declared, table)
        if self.peek() != ']':
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return path

    def array_table_header(self):
        self.pos += 2
        self.skip_whitespace()
        path = self.key()
        _, frozen, _ = self.find(self.root, path)
        if frozen:
            raise self.error(f'Cannot mutate immutable namespace {path}')
        container = self.make_tables(self.root, path[:-1])
        if container is None:
            raise self.error('Cannot overwrite a value')
        array = container.get(path[-1], _SENTINEL)
        if array is _SENTINEL:
            array = container[path[-1]] = []
        elif not isinstance(array, list):
            raise self.error('Cannot overwrite a value')
        array.append({})
        self.mark(self.declared, array)
        if not self.src.startswith(']]', self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return path

    # ---- key/value pairs

    def store(self, section, path, value):
        """Puts a key/value pair of the section into its table, checking TOML's rules."""
        # the tables a dotted key passes through: not earlier-declared ones, and they
        # become declared (closed to headers and other sections) when this section ends
        for depth in range(1, len(path)):
            prefix = section + path[:depth]
            if self.find(self.root, prefix)[2]:
                raise self.error(f'Cannot redefine namespace {prefix}')
        parent_path = section + path[:-1]
        if self.find(self.root, parent_path)[1]:
            raise self.error(f'Cannot mutate immutable namespace {parent_path}')
        table = self.make_tables(self.root, parent_path)
        if table is None or path[-1] in table:
            raise self.error('Cannot overwrite a value')
        for depth in range(1, len(path)):
            self.pending.append(self.find(self.root, section + path[:depth])[0])
        table[path[-1]] = value

    def key_value(self):
        path = self.key()
        if self.peek() != '=':
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_whitespace()
        return path, self.value()

    def key(self):
        """A (dotted) key as a tuple of its parts; whitespace after it is skipped."""
        parts = [self.key_part()]
        self.skip_whitespace()
        while self.peek() == '.':
            self.pos += 1
            self.skip_whitespace()
            parts.append(self.key_part())
            self.skip_whitespace()
        return tuple(parts)

    def key_part(self):
        char = self.peek()
        if char and char in _BARE_KEY:
            start = self.pos
            src = self.src
            while self.pos < len(src) and src[self.pos] in _BARE_KEY:
                self.pos += 1
            return src[start:self.pos]
        if char == "'":
            return self.literal_string()
        if char == '"':
            self.pos += 1
            return self.basic_string(multiline=False)
        raise self.error('Invalid initial character for a key part')

    # ---- values

    def value(self):
        src, pos = self.src, self.pos
        char = self.peek()
        if char == '"':
            if src.startswith('"""', pos):
                return self.multiline_string('"')
            self.pos += 1
            return self.basic_string(multiline=False)
        if char == "'":
            if src.startswith("'''", pos):
                return self.multiline_string("'")
            return self.literal_string()
        if char == 't' and src.startswith('true', pos):
            self.pos += 4
            return True
        if char == 'f' and src.startswith('false', pos):
            self.pos += 5
            return False
        if char == '[':
            return self.frozen_value(self.array())
        if char == '{':
            return self.frozen_value(self.inline_table())
        if char in _DIGITS:
            moment = self.date_or_time()
            if moment is not None:
                return moment
        number = self.number()
        if number is not _SENTINEL:
            return number
        for word in ('inf', 'nan', '+inf', '-inf', '+nan', '-nan'):
            if src.startswith(word, pos):
                self.pos += len(word)
                return self.parse_float(word)
        raise self.error('Invalid value')

    def array(self):
        self.pos += 1
        items = []
        self.skip_blank_lines_and_comments()
        if self.peek() == ']':
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_blank_lines_and_comments()
            char = self.peek()
            if char == ']':
                self.pos += 1
                return items
            if char != ',':
                raise self.error('Unclosed array')
            self.pos += 1
            self.skip_blank_lines_and_comments()
            if self.peek() == ']':
                self.pos += 1
                return items

    def inline_table(self):
        self.pos += 1
        table = {}
        self.skip_whitespace()
        if self.peek() == '}':
            self.pos += 1
            return table
        while True:
            path, value = self.key_value()
            if self.find(table, path)[1]:
                raise self.error(f'Cannot mutate immutable namespace {path}')
            parent = self.make_tables(table, path[:-1], through_arrays=False)
            if parent is None:
                raise self.error('Cannot overwrite a value')
            if path[-1] in parent:
                raise self.error(f'Duplicate inline table key {path[-1]!r}')
            parent[path[-1]] = value
            self.skip_whitespace()
            char = self.peek()
            if char == '}':
                self.pos += 1
                return table
            if char != ',':
                raise self.error('Unclosed inline table')
            self.pos += 1
            self.skip_whitespace()

    def frozen_value(self, value):
        """An inline table or array, marked closed to later additions (find() extends the
        mark to everything inside it)."""
        self.mark(self.frozen, value)
        return value

    # ---- strings

    def literal_string(self):
        start = self.pos + 1
        end = self.src.find("'", start)
        if end < 0:
            raise self.error("Expected \"'\"", len(self.src))
        self.check_raw(start, end, allow_newline=False)
        self.pos = end + 1
        return self.src[start:end]

    def check_raw(self, start, end, allow_newline):
        for at in range(start, end):
            if _is_control(self.src[at], allow_newline):
                raise self.error(f'Found invalid character {self.src[at]!r}', at)

    def multiline_string(self, quote):
        self.pos += 3
        if self.peek() == '\n':
            self.pos += 1
        if quote == "'":
            start = self.pos
            end = self.src.find("'''", start)
            if end < 0:
                raise self.error('Expected "\'\'\'"', len(self.src))
            self.check_raw(start, end, allow_newline=True)
            text = self.src[start:end]
            self.pos = end + 3
        else:
            text = self.basic_string(multiline=True)
        # up to two quotes right before the closing three belong to the string
        for _ in range(2):
            if self.peek() != quote:
                break
            text += quote
            self.pos += 1
        return text

    def basic_string(self, multiline):
        """The string after an opening quote (or three); pos ends after the closing one(s)."""
        src = self.src
        pieces = []
        start = self.pos
        while True:
            if self.pos >= len(src):
                raise self.error('Unterminated string')
            char = src[self.pos]
            if char == '"':
                if not multiline:
                    pieces.append(src[start:self.pos])
                    self.pos += 1
                    return ''.join(pieces)
                if src.startswith('"""', self.pos):
                    pieces.append(src[start:self.pos])
                    self.pos += 3
                    return ''.join(pieces)
                self.pos += 1
            elif char == '\\':
                pieces.append(src[start:self.pos])
                pieces.append(self.escape(multiline))
                start = self.pos
            elif _is_control(char, multiline):
                raise self.error(f'Illegal character {char!r}')
            else:
                self.pos += 1

    def escape(self, multiline):
        kind = self.peek(1)
        self.pos += 2
        if multiline and kind in ' \t\n' and kind:
            # a line-ending backslash: the newline and the whitespace after it vanish
            if kind != '\n':
                self.skip_whitespace()
                if self.pos >= len(self.src):
                    return ''
                if self.src[self.pos] != '\n':
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            while self.peek() and self.peek() in ' \t\n':
                self.pos += 1
            return ''
        if kind == 'u':
            return self.unicode_escape(4)
        if kind == 'U':
            return self.unicode_escape(8)
        if kind in _ESCAPES and kind:
            return _ESCAPES[kind]
        raise self.error("Unescaped '\\' in a string")

    def unicode_escape(self, length):
        digits = self.src[self.pos:self.pos + length]
        if len(digits) != length or not _HEX.issuperset(digits):
            raise self.error('Invalid hex value')
        self.pos += length
        code = int(digits, 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            raise self.error('Escaped character is not a Unicode scalar value')
        return chr(code)

    # ---- numbers

    def digits(self, at, allowed):
        """The end of a run of allowed digits with single underscores between them; at if none."""
        src = self.src
        if at >= len(src) or src[at] not in allowed:
            return at
        at += 1
        while at < len(src):
            if src[at] in allowed:
                at += 1
            elif src[at] == '_' and at + 1 < len(src) and src[at + 1] in allowed:
                at += 2
            else:
                break
        return at

    def number(self):
        """An integer or float at pos, or _SENTINEL if there is none."""
        src, start = self.src, self.pos
        if src.startswith('0', start) and start + 1 < len(src) and src[start + 1] in 'xob':
            base, allowed = {'x': (16, _HEX), 'o': (8, frozenset('01234567')),
                             'b': (2, frozenset('01'))}[src[start + 1]]
            end = self.digits(start + 2, allowed)
            if end > start + 2:
                self.pos = end
                return int(src[start + 2:end].replace('_', ''), base)
        at = start
        if at < len(src) and src[at] in '+-':
            at += 1
        if at >= len(src) or src[at] not in _DIGITS:
            return _SENTINEL
        integer_end = at + 1 if src[at] == '0' else self.digits(at, _DIGITS)
        end = integer_end
        if src.startswith('.', end):
            fraction_end = self.digits(end + 1, _DIGITS)
            if fraction_end > end + 1:
                end = fraction_end
        if end < len(src) and src[end] in 'eE':
            exponent = end + 1
            if exponent < len(src) and src[exponent] in '+-':
                exponent += 1
            exponent_end = self.digits(exponent, _DIGITS)
            if exponent_end > exponent:
                end = exponent_end
        self.pos = end
        text = src[start:end]
        if end == integer_end:
            return int(text.replace('_', ''))
        return self.parse_float(text)

    # ---- dates and times

    def fixed_digits(self, at, count):
        """The int of exactly count digits at src[at:], or None."""
        piece = self.src[at:at + count]
        if len(piece) != count or not _DIGITS.issuperset(piece):
            return None
        return int(piece)

    def date_or_time(self):
        src, start = self.src, self.pos
        time_value = self.time_at(start)
        if time_value is not None:
            moment, self.pos = time_value
            return moment
        year = self.fixed_digits(start, 4)
        if year is None or not src.startswith('-', start + 4):
            return None
        month = self.fixed_digits(start + 5, 2)
        if month is None or not 1 <= month <= 12 or not src.startswith('-', start + 7):
            return None
        day = self.fixed_digits(start + 8, 2)
        if day is None or not 1 <= day <= 31:
            return None
        end = start + 10
        moment = None
        if end < len(src) and src[end] in 'Tt ':
            time_value = self.time_at(end + 1)
            if time_value is not None:
                moment, end = time_value
        try:
            if moment is None:
                self.pos = end
                return _datetime.date(year, month, day)
            zone, end = self.offset_at(end)
            self.pos = end
            return _datetime.datetime(year, month, day, moment.hour, moment.minute, moment.second,
                                      moment.microsecond, tzinfo=zone)
        except ValueError as e:
            raise self.error('Invalid date or datetime', start) from e

    def time_at(self, at):
        """(time, end) for HH:MM:SS[.fraction] at src[at:], or None."""
        src = self.src
        hour = self.fixed_digits(at, 2)
        if hour is None or hour > 23 or not src.startswith(':', at + 2):
            return None
        minute = self.fixed_digits(at + 3, 2)
        if minute is None or minute > 59 or not src.startswith(':', at + 5):
            return None
        second = self.fixed_digits(at + 6, 2)
        if second is None or second > 59:
            return None
        end = at + 8
        micro = 0
        if src.startswith('.', end) and end + 1 < len(src) and src[end + 1] in _DIGITS:
            fraction_end = end + 1
            while fraction_end < len(src) and src[fraction_end] in _DIGITS:
                fraction_end += 1
            # only microseconds are kept: further digits are dropped, not rounded
            micro = int(src[end + 1:min(fraction_end, end + 7)].ljust(6, '0'))
            end = fraction_end
        return _datetime.time(hour, minute, second, micro), end

    def offset_at(self, at):
        """(tzinfo or None, end) for a Z or +HH:MM offset at src[at:] (none: local time)."""
        src = self.src
        if at < len(src) and src[at] in 'Zz':
            return _datetime.timezone.utc, at + 1
        if at < len(src) and src[at] in '+-':
            hours = self.fixed_digits(at + 1, 2)
            minutes = self.fixed_digits(at + 4, 2)
            if (hours is not None and hours <= 23 and src.startswith(':', at + 3)
                    and minutes is not None and minutes <= 59):
                sign = -1 if src[at] == '-' else 1
                offset = _datetime.timedelta(hours=sign * hours, minutes=sign * minutes)
                return _datetime.timezone(offset), at + 6
        return None, at
