"""codecs (Ember, basic): lookup, encode/decode and the BOM constants over the built-in text
codecs of _codecs (utf-8, utf-16/32 and their -le/-be forms, latin-1, ascii, cp1252).

There is no codec registry yet: register(), register_error() and the stream/incremental
classes are not provided.
"""

import _codecs

__all__ = ["lookup", "encode", "decode", "getencoder", "getdecoder", "CodecInfo",
           "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE", "BOM_UTF16_LE",
           "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# Ember, like CPython on the usual platforms, is little-endian.
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry: a 4-tuple (encode, decode,
    streamreader, streamwriter) with named attributes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


def lookup(encoding):
    """Looks up a codec: a CodecInfo whose encode/decode return (result, length consumed)."""
    name = _codecs._canonical_name(encoding)

    def encode(input, errors='strict'):
        return _codecs.encode(input, name, errors), len(input)

    def decode(input, errors='strict'):
        return _codecs.decode(input, name, errors), len(input)

    return CodecInfo(encode, decode, name=name)


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj with the codec registered for encoding."""
    return _codecs.encode(obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj with the codec registered for encoding."""
    return _codecs.decode(obj, encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode
