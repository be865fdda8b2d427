"""JSON (JavaScript Object Notation, RFC 8259) encoder and decoder, written for Ember.

dumps/dump turn Python values into JSON text; loads/load parse JSON text.
"""

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder
from . import scanner  # noqa: F401  (json.scanner exists after "import json", as in CPython)

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _uses_defaults(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                   separators, default, sort_keys, kw):
    return (cls is None and not skipkeys and ensure_ascii and check_circular and allow_nan
            and indent is None and separators is None and default is None
            and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize `obj` as JSON to the file-like `fp` (anything with .write(str))."""
    if _uses_defaults(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                      separators, default, sort_keys, kw):
        chunks = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                     check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                     separators=separators, default=default, sort_keys=sort_keys,
                     **kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize `obj` to a JSON formatted str."""
    if _uses_defaults(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                      separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def detect_encoding(b):
    """The codec name of the JSON document in bytes `b` (UTF-8, -16 or -32, by BOM or zeros)."""
    bstartswith = b.startswith
    if bstartswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    # Without a BOM, the first character is ASCII: its zero bytes give the encoding away.
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from `fp` (anything with .read())."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document `s` (str, bytes or bytearray) to a Python value."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
