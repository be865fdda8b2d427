"""JSON encoding for Ember: JSONEncoder and the string escapers."""

import re

__all__ = ['JSONEncoder']

# Characters that must be escaped in every JSON string / also everything non-ASCII.
_ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
_ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
_ESCAPE_DICT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
                '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _code in range(0x20):
    _ESCAPE_DICT.setdefault(chr(_code), '\\u%04x' % _code)
del _code

INFINITY = float('inf')


def py_encode_basestring(s):
    """The JSON representation of the str `s`, non-ASCII characters kept as they are."""
    return '"' + _ESCAPE.sub(lambda m: _ESCAPE_DICT[m.group(0)], s) + '"'


def _ascii_escape(match):
    char = match.group(0)
    try:
        return _ESCAPE_DICT[char]
    except KeyError:
        code = ord(char)
        if code < 0x10000:
            return '\\u%04x' % code
        code -= 0x10000
        return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def py_encode_basestring_ascii(s):
    """The JSON representation of the str `s`, using only ASCII characters."""
    return '"' + _ESCAPE_ASCII.sub(_ascii_escape, s) + '"'


try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder for Python data structures.

    dict -> object, list/tuple -> array, str -> string, int/float -> number,
    True/False -> true/false, None -> null. Override default() to support more types.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for `o`, or raise TypeError (the base behaviour)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON str for the Python value `o`."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text for `o` in chunks."""
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot and c_make_encoder is not None:
            # the accelerator writes the whole text at once: a 1-tuple
            string = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            return c_make_encoder(markers, self.default, string, indent, self.key_separator,
                                  self.item_separator, self.sort_keys, self.skipkeys,
                                  self.allow_nan)(o, 0)
        return _Encoding(self, markers, indent).encode(o, 0)


def _float_text(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
    return text


class _Encoding:
    """One run of an encoder: the generators that produce the chunks."""

    def __init__(self, encoder, markers, indent):
        self.encoder = encoder
        self.markers = markers
        self.indent = indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.string = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        self.default = encoder.default
        self.allow_nan = encoder.allow_nan

    def scalar(self, o):
        """The text of a str/None/bool/int/float, or None for anything else."""
        if isinstance(o, str):
            return self.string(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float_text(o, self.allow_nan)
        return None

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            self.enter(o)
            replacement = self.default(o)
            try:
                yield from self.encode(replacement, level)
            except BaseException as exc:
                exc.add_note(f'when serializing {type(o).__name__} object')
                raise
            self.leave(o)

    def _newline(self, level):
        """(opening separator, item separator, closing separator) at nesting `level`."""
        if self.indent is None:
            return '', self.item_separator, ''
        inner = '\n' + self.indent * (level + 1)
        return inner, self.item_separator + inner, '\n' + self.indent * level

    def encode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        first, between, last = self._newline(level)
        yield '[' + first
        for index, value in enumerate(lst):
            if index:
                yield between
            try:
                text = self.scalar(value)
                if text is not None:
                    yield text
                else:
                    yield from self.encode(value, level + 1)
            except BaseException as exc:
                exc.add_note(f'when serializing {type(lst).__name__} item {index}')
                raise
        yield last + ']'
        self.leave(lst)

    def _key_text(self, key):
        """The JSON text of a dict key, or None if the key is to be skipped."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        first, between, last = self._newline(level)
        items = sorted(dct.items()) if self.encoder.sort_keys else dct.items()
        opened = False      # '{' is written with the first item that is not skipped
        for key, value in items:
            key_text = self._key_text(key)
            if key_text is None:
                continue
            yield (between if opened else '{' + first) + self.string(key_text) + self.key_separator
            opened = True
            try:
                text = self.scalar(value)
                if text is not None:
                    yield text
                else:
                    yield from self.encode(value, level + 1)
            except BaseException as exc:
                exc.add_note(f'when serializing {type(dct).__name__} item {key!r}')
                raise
        yield last + '}' if opened else '{}'
        self.leave(dct)
