"""codecs (Ember, basic): lookup, encode/decode and the BOM constants over the built-in text
codecs of _codecs (utf-8, utf-16/32 and their -le/-be forms, latin-1, ascii, cp1252).

Codecs other than the built-in ones come from search functions added with register(), asked
in order (results cached) when the built-in table does not know a name. Error handlers are kept
by name (register_error/lookup_error); the built-in codecs apply the standard handlers
themselves. Incremental encoders/decoders and simple stream readers/writers wrap the
stateless functions.
"""

import _codecs

__all__ = ["lookup", "encode", "decode", "getencoder", "getdecoder", "CodecInfo",
           "register", "unregister", "register_error", "lookup_error",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter",
           "iterencode", "iterdecode", "IncrementalEncoder", "IncrementalDecoder",
           "BufferedIncrementalDecoder", "StreamReader", "StreamWriter", "Codec",
           "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
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


_search_functions = []
_cache = {}


def register(search_function):
    """Adds a search function: called with a normalized encoding name, it returns a CodecInfo
    or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Removes a search function and clears the lookup cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _normalized(encoding):
    return encoding.lower().replace(' ', '_')


def lookup(encoding):
    """Looks up a codec: a CodecInfo whose encode/decode return (result, length consumed)."""
    try:
        name = _codecs._canonical_name(encoding)
    except LookupError:
        return _search(encoding)
    if name == 'utf-7':
        return _utf_7_info()

    def encode(input, errors='strict'):
        return _codecs.encode(input, name, errors), len(input)

    def decode(input, errors='strict'):
        return _codecs.decode(input, name, errors), len(input)

    class IncrementalEncoder(_BuiltinIncrementalEncoder):
        encoding = name

    class IncrementalDecoder(_BuiltinIncrementalDecoder):
        encoding = name

    class Writer(StreamWriter):
        pass

    class Reader(StreamReader):
        pass

    def stream_decode(input, errors='strict'):
        return _decode_prefix(input, name, errors, False)

    Writer.encode = Reader.encode = staticmethod(encode)
    Writer.decode = staticmethod(decode)
    Reader.decode = staticmethod(stream_decode)
    return CodecInfo(encode, decode, Reader, Writer, IncrementalEncoder, IncrementalDecoder,
                     name=name)


utf_7_encode = _codecs.utf_7_encode
utf_7_decode = _codecs.utf_7_decode


def _utf_7_info():
    """UTF-7's CodecInfo: its decoder keeps an unfinished shift sequence for the next piece."""
    def encode(input, errors='strict'):
        return _codecs.utf_7_encode(input, errors)

    def decode(input, errors='strict'):
        return _codecs.utf_7_decode(input, errors, True)

    class Utf7IncrementalEncoder(IncrementalEncoder):
        # every piece ends its own shift sequence: the encoder keeps no state
        def encode(self, input, final=False):
            return _codecs.utf_7_encode(input, self.errors)[0]

    class Utf7IncrementalDecoder(BufferedIncrementalDecoder):
        _buffer_decode = staticmethod(_codecs.utf_7_decode)

    class Utf7StreamWriter(StreamWriter):
        encode = staticmethod(_codecs.utf_7_encode)

    class Utf7StreamReader(StreamReader):
        decode = staticmethod(_codecs.utf_7_decode)

    for cls in (Utf7IncrementalEncoder, Utf7IncrementalDecoder, Utf7StreamWriter, Utf7StreamReader):
        cls.__name__ = cls.__qualname__ = cls.__name__[4:]
        cls.__module__ = 'encodings.utf_7'
    return CodecInfo(encode, decode, Utf7StreamReader, Utf7StreamWriter, Utf7IncrementalEncoder,
                     Utf7IncrementalDecoder, name='utf-7')


def _search(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalized(encoding)
    found = _cache.get(key)
    if found is not None:
        return found
    for search_function in _search_functions:
        found = search_function(key)
        if found is None:
            continue
        if not isinstance(found, tuple) or len(found) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[key] = found
        return found
    raise LookupError("unknown encoding: %s" % encoding)


def _is_builtin(encoding):
    try:
        _codecs._canonical_name(encoding)
        return True
    except LookupError:
        return False


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj with the codec registered for encoding."""
    if _is_builtin(encoding):
        return _codecs.encode(obj, encoding, errors)
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj with the codec registered for encoding."""
    if _is_builtin(encoding):
        return _codecs.decode(obj, encoding, errors)
    return lookup(encoding).decode(obj, errors)[0]


# ---- error handlers -----------------------------------------------------------------------

def strict_errors(exception):
    """Raises the exception."""
    if isinstance(exception, BaseException):
        raise exception
    raise TypeError("codec must pass exception instance")


def _check_unicode_error(exception):
    if not isinstance(exception, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exception).__name__)


def ignore_errors(exception):
    """Skips the bad input."""
    _check_unicode_error(exception)
    return ('' if not isinstance(exception, UnicodeEncodeError) else '', exception.end)


def replace_errors(exception):
    """'?' for each unencodable character, U+FFFD for undecodable input."""
    _check_unicode_error(exception)
    if isinstance(exception, UnicodeEncodeError):
        return '?' * (exception.end - exception.start), exception.end
    if isinstance(exception, UnicodeDecodeError):
        return '\ufffd', exception.end
    return '\ufffd' * (exception.end - exception.start), exception.end


def xmlcharrefreplace_errors(exception):
    """&#NNN; for each unencodable character."""
    if not isinstance(exception, UnicodeEncodeError):
        _check_unicode_error(exception)
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exception).__name__)
    text = exception.object[exception.start:exception.end]
    return ''.join('&#%d;' % ord(c) for c in text), exception.end


def _escape(code):
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def backslashreplace_errors(exception):
    """Backslash escapes for the bad characters or bytes."""
    _check_unicode_error(exception)
    bad = exception.object[exception.start:exception.end]
    if isinstance(exception, UnicodeDecodeError):
        return ''.join('\\x%02x' % b for b in bad), exception.end
    return ''.join(_escape(ord(c)) for c in bad), exception.end


def namereplace_errors(exception):
    """\\N{NAME} for each unencodable character that has a name."""
    if not isinstance(exception, UnicodeEncodeError):
        _check_unicode_error(exception)
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exception).__name__)
    import unicodedata
    pieces = []
    for char in exception.object[exception.start:exception.end]:
        name = unicodedata.name(char, None)
        pieces.append('\\N{%s}' % name if name else _escape(ord(char)))
    return ''.join(pieces), exception.end


_error_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors, 'namereplace': namereplace_errors,
}


def register_error(name, error_handler):
    """Registers an error handler under name."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    """The error handler registered under name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# ---- codec classes ------------------------------------------------------------------------

class Codec:
    """Stateless encode/decode, defined by subclasses."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes input given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes a piece ended with until they decode."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class _BuiltinIncrementalEncoder(IncrementalEncoder):
    encoding = None

    def encode(self, input, final=False):
        return _codecs.encode(input, self.encoding, self.errors)


class _BuiltinIncrementalDecoder(BufferedIncrementalDecoder):
    """Decodes the longest prefix that decodes; the rest waits for more input."""
    encoding = None

    def _buffer_decode(self, input, errors, final):
        return _decode_prefix(input, self.encoding, errors, final)


def _decode_prefix(input, encoding, errors, final):
    """(text, bytes consumed): when not final, an incomplete character at the end waits."""
    if final:
        return _codecs.decode(input, encoding, errors), len(input)
    for cut in range(len(input), max(len(input) - 4, -1), -1):
        try:
            return _codecs.decode(input[:cut], encoding, 'strict'), cut
        except UnicodeDecodeError:
            continue
    return _codecs.decode(input, encoding, errors), len(input)


class StreamWriter(Codec):
    """Writes encoded text to a byte stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, lines):
        self.write(''.join(lines))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()


class StreamReader(Codec):
    """Reads decoded text from a byte stream."""
    bytebuffer = b""     # bytes a partial decode left for the next read
    charbuffer = ""      # decoded characters not yet returned

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        # at most chars characters (else size of them, else all), reading size bytes at a time
        limit = chars if chars >= 0 else size
        while limit < 0 or len(self.charbuffer) < limit:
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            if not self._decode_more(newdata) or not newdata:
                break
        if limit < 0:
            result, self.charbuffer = self.charbuffer, ""
        else:
            result, self.charbuffer = self.charbuffer[:limit], self.charbuffer[limit:]
        return result

    def _decode_more(self, newdata):
        """Decodes the pending bytes and newdata into the character buffer; False when both are empty."""
        data = self.bytebuffer + newdata
        if not data:
            return False
        text, consumed = self.decode(data, self.errors)
        self.bytebuffer = data[consumed:]
        self.charbuffer = self.charbuffer + text if self.charbuffer else text
        return True

    def readline(self, size=None, keepends=True):
        # reads 72-byte pieces until the buffer holds a whole line (any of splitlines' ends)
        while not self._has_whole_line() and (size is None or size < 0 or len(self.charbuffer) < size):
            newdata = self.stream.read(72)
            if not self._decode_more(newdata) or not newdata:
                break
        lines = self.charbuffer.splitlines(True)
        line = lines[0] if lines else self.charbuffer
        self.charbuffer = self.charbuffer[len(line):]
        return line if keepends or not line else line.splitlines()[0]

    def _has_whole_line(self):
        lines = self.charbuffer.splitlines(True)
        if len(lines) != 1:
            return len(lines) > 1
        cr = '\r' if isinstance(self.charbuffer, str) else b'\r'
        # a line ending in '\r' may go on with '\n'
        return lines[0] != lines[0].splitlines()[0] and not lines[0].endswith(cr)

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encodes the strings of iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for text in iterator:
        output = encoder.encode(text)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decodes the byte strings of iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for data in iterator:
        output = decoder.decode(data)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output
