"""The io module: file objects (raw, buffered, text), StringIO, BytesIO and open().

Written for Ember over the `posix` file-descriptor primitives. Buffered objects keep a
read-ahead buffer; TextIOWrapper decodes a file's bytes when it first reads them (simple
and exact for tell()/seek() cookies, which are byte offsets here)."""

import posix as _posix

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding',
           'IncrementalNewlineDecoder', 'Reader', 'Writer']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 128 * 1024


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'
BlockingIOError = BlockingIOError


def _closed_error():
    return ValueError("I/O operation on closed file.")


# ---- the abstract bases

class IOBase:
    """The base of all I/O classes: closing, context management, line iteration."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise _closed_error() if msg is None else ValueError(msg)

    def _checkReadable(self):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def _checkSeekable(self):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _size_arg(size)
        line = bytearray()
        while size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line += b
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


def _size_arg(size):
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size.__index__()


class RawIOBase(IOBase):
    """Unbuffered binary I/O: read() is built on readinto()."""

    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        chunks = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks += data
        return bytes(chunks)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """Buffered binary I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Text I/O: str in, str out."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# ---- FileIO

class FileIO(RawIOBase):
    """A file descriptor as a raw binary stream."""

    _fd = -1
    _closefd = True
    _seekable = None

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if self._fd >= 0 and self._closefd:
            _posix.close(self._fd)
        self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            fd = file
        else:
            fd = -1
            file = _fspath(file)
        if not isinstance(mode, str):
            raise TypeError(f'invalid mode: {mode}')
        if not set(mode) <= set('xrwab+') or sum(c in 'rwax' for c in mode) != 1 or mode.count('+') > 1:
            raise ValueError(f'invalid mode: {mode}')
        self._readable = self._writable = self._appending = self._created = False
        if 'x' in mode:
            self._created = self._writable = True
            flags = _posix.O_EXCL | _posix.O_CREAT
        elif 'r' in mode:
            self._readable = True
            flags = 0
        elif 'w' in mode:
            self._writable = True
            flags = _posix.O_CREAT | _posix.O_TRUNC
        else:
            self._writable = self._appending = True
            flags = _posix.O_APPEND | _posix.O_CREAT
        if '+' in mode:
            self._readable = self._writable = True
        flags |= _posix.O_RDWR if self._readable and self._writable else (
            _posix.O_RDONLY if self._readable else _posix.O_WRONLY)
        if fd < 0:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is None:
                fd = _posix.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError(f'opener returned {fd}')
        self._fd = fd
        self._seekable = None
        self._closefd = closefd
        self.name = file
        if self._appending:
            try:
                _posix.lseek(fd, 0, SEEK_END)
            except OSError:
                pass

    def __repr__(self):
        class_name = f'{self.__class__.__module__}.{self.__class__.__qualname__}'
        if self.closed:
            return f'<{class_name} [closed]>'
        return f'<{class_name} name={self.name!r} mode={self.mode!r} closefd={self._closefd!r}>'

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def _checkOpen(self):
        if self._fd < 0:
            raise _closed_error()

    def readable(self):
        self._checkOpen()
        return self._readable

    def writable(self):
        self._checkOpen()
        return self._writable

    def seekable(self):
        self._checkOpen()
        if self._seekable is None:
            # a pipe (os.pipe, a child process's stream) cannot seek: lseek says so
            try:
                _posix.lseek(self._fd, 0, SEEK_CUR)
                self._seekable = True
            except OSError:
                self._seekable = False
        return self._seekable

    def fileno(self):
        self._checkOpen()
        return self._fd

    def isatty(self):
        self._checkOpen()
        return _posix.isatty(self._fd)

    def read(self, size=-1):
        self._checkOpen()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._checkOpen()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        chunks = bytearray()
        while True:
            data = _posix.read(self._fd, DEFAULT_BUFFER_SIZE)
            if not data:
                return bytes(chunks)
            chunks += data

    def readinto(self, b):
        data = self.read(len(memoryview(b).cast('B')) if not isinstance(b, (bytearray, bytes)) else len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._checkOpen()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        return _posix.write(self._fd, b)

    def seek(self, pos, whence=SEEK_SET):
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        self._checkOpen()
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._checkOpen()
        return _posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._checkOpen()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                fd, self._fd = self._fd, -1
                if self._closefd:
                    _posix.close(fd)

    @property
    def closed(self):
        return self._fd < 0


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
    return fspath(file)


# ---- buffered binary streams

class _BufferedBase(BufferedIOBase):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b''     # bytes read ahead of the raw position
        self._wbuf = bytearray()

    @property
    def raw(self):
        return self._raw

    @property
    def name(self):
        return self._raw.name

    @property
    def mode(self):
        return self._raw.mode

    @property
    def closed(self):
        return self._raw.closed

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return self._raw.isatty()

    def readable(self):
        return self._raw.readable()

    def writable(self):
        return self._raw.writable()

    def seekable(self):
        return self._raw.seekable()

    def __repr__(self):
        class_name = f'{self.__class__.__module__}.{self.__class__.__qualname__}'
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f'<{class_name}>'
        return f'<{class_name} name={name!r}>'

    def detach(self):
        if self._raw is None:
            raise ValueError('raw stream already detached')
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    def close(self):
        if self._raw is not None and not self._raw.closed:
            try:
                self.flush()
            finally:
                self._raw.close()

    # reading
    def _fill(self, want):
        """Reads from raw until the buffer holds `want` bytes (or EOF); want < 0: all."""
        if want < 0:
            # as CPython's: the raw stream's readall(), else read() without a size until EOF
            # (tarfile's _FileInFile takes read(None), not read(-1))
            readall = getattr(self._raw, 'readall', None)
            if readall is not None:
                chunk = readall()
                if chunk:
                    self._rbuf += chunk
                return
        while want < 0 or len(self._rbuf) < want:
            chunk = self._raw.read() if want < 0 else self._raw.read(max(self.buffer_size, want - len(self._rbuf)))
            if not chunk:
                break
            self._rbuf += chunk

    def read(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        self._flush_writes()
        size = _size_arg(size)
        self._fill(size)
        if size < 0:
            data, self._rbuf = self._rbuf, b''
        else:
            data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        size = _size_arg(size)
        if not self._rbuf:
            self._fill(1)
        if size < 0:
            size = len(self._rbuf)
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def peek(self, size=0):
        self._checkClosed()
        self._checkReadable()
        if not self._rbuf:
            self._fill(1)
        return self._rbuf

    def readline(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        size = _size_arg(size)
        while True:
            end = self._rbuf.find(b'\n')
            if end >= 0 or 0 <= size <= len(self._rbuf):
                break
            before = len(self._rbuf)
            self._fill(before + 1)
            if len(self._rbuf) == before:
                break
        end = self._rbuf.find(b'\n')
        stop = len(self._rbuf) if end < 0 else end + 1
        if size >= 0:
            stop = min(stop, size)
        line, self._rbuf = self._rbuf[:stop], self._rbuf[stop:]
        return line

    # writing
    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._rbuf:
            # drop the read-ahead: the raw position moves back to the logical one
            self._raw.seek(-len(self._rbuf), SEEK_CUR)
            self._rbuf = b''
        data = bytes(b)
        self._wbuf += data
        if len(self._wbuf) >= self.buffer_size:
            self._flush_writes()
        return len(data)

    def _flush_writes(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            del self._wbuf[:n]

    def flush(self):
        self._checkClosed("flush of closed file")
        self._flush_writes()

    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError(f'whence value {whence} unsupported')
        self._checkClosed()
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self._raw.seek(pos, whence)

    def tell(self):
        self._checkClosed()
        return self._raw.tell() - len(self._rbuf) + len(self._wbuf)

    def truncate(self, pos=None):
        self._checkClosed()
        self._checkWritable()
        self.flush()
        if pos is None:
            pos = self.tell()
        self._rbuf = b''
        return self._raw.truncate(pos)


class BufferedReader(_BufferedBase):
    pass


class BufferedWriter(_BufferedBase):
    pass


class BufferedRandom(_BufferedBase):
    pass


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return True

    def writable(self):
        return True

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


# ---- BytesIO

class BytesIO(BufferedIOBase):
    """A binary stream in memory."""

    def __init__(self, initial_bytes=None):
        self._buffer = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check(self):
        if self._closed:
            raise _closed_error()

    def getvalue(self):
        self._check()
        return bytes(self._buffer)

    def getbuffer(self):
        self._check()
        return memoryview(self._buffer)

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        end = len(self._buffer) if size < 0 else self._pos + size
        data = bytes(self._buffer[self._pos:end])
        self._pos = max(self._pos, min(end, len(self._buffer)))
        return data

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        end = self._buffer.find(b'\n', self._pos)
        stop = len(self._buffer) if end < 0 else end + 1
        if size >= 0:
            stop = min(stop, self._pos + size)
        data = bytes(self._buffer[self._pos:stop])
        self._pos = max(self._pos, stop)
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        if self._pos > len(self._buffer):
            self._buffer += bytes(self._pos - len(self._buffer))
        self._buffer[self._pos:self._pos + len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check()
        if not hasattr(type(pos), '__index__'):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'negative size value {size}')
        del self._buffer[size:]
        return size

    def flush(self):
        self._check()


# ---- text

def _translate_newlines(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _find_line_end(text, start, newline):
    """The index just past the line starting at `start` in untranslated text, or -1."""
    if newline is None or newline == '':
        i = start
        n = len(text)
        while i < n:
            c = text[i]
            if c == '\n':
                return i + 1
            if c == '\r':
                if i + 1 < n and text[i + 1] == '\n':
                    return i + 2
                return i + 1
            i += 1
        return -1
    end = text.find(newline, start)
    return -1 if end < 0 else end + len(newline)


def text_encoding(encoding, stacklevel=2):
    """The encoding to use when `encoding` is None: 'locale' (Ember's locale is UTF-8)."""
    if encoding is None:
        return 'locale'
    return encoding


def _real_encoding(encoding):
    return 'UTF-8' if encoding in (None, 'locale') else encoding


class TextIOWrapper(TextIOBase):
    """Text over a buffered binary stream, with an encoding and newline translation."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'TextIOWrapper() argument \'newline\' must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f'TextIOWrapper() argument \'encoding\' must be str or None, not {type(encoding).__name__}')
        if errors is not None and not isinstance(errors, str):
            raise TypeError(f'TextIOWrapper() argument \'errors\' must be str or None, not {type(errors).__name__}')
        encoding = _real_encoding(encoding)
        import codecs
        codecs.lookup(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors if errors is not None else 'strict'
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._text = ''        # decoded, untranslated text read ahead
        self._text_pos = 0     # read position in _text
        self._text_start = 0   # byte offset in the file where _text starts
        self._seen = set()

    # attributes
    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def buffer(self):
        return self._buffer

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        return self._buffer.name

    @property
    def mode(self):
        # only open() gives a text wrapper a mode; CPython's has no other
        try:
            return self._mode
        except AttributeError:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute 'mode'") from None

    @mode.setter
    def mode(self, value):
        self._mode = value

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def newlines(self):
        if self._newline not in (None, '') or not self._seen:
            return None
        kinds = tuple(k for k in ('\r', '\n', '\r\n') if k in self._seen)
        return kinds[0] if len(kinds) == 1 else kinds

    def __repr__(self):
        result = f'<{self.__class__.__module__}.{self.__class__.__qualname__}'
        try:
            result += f' name={self.name!r}'
        except AttributeError:
            pass
        mode = getattr(self, '_mode', None)
        if mode is not None:
            result += f' mode={mode!r}'
        return result + f' encoding={self._encoding!r}>'

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def flush(self):
        self._buffer.flush()

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    # reading
    def _load(self):
        """Decodes the rest of the file into the read-ahead text."""
        if self._text_pos < len(self._text):
            return
        if not self._buffer.seekable():
            # a pipe: take what has arrived; the read methods ask for more as they need it
            self._text = self._text[self._text_pos:]
            self._text_pos = 0
            self._load_more()
            return
        self._text_start = self._buffer.tell()
        data = self._buffer.read()
        try:
            self._text = data.decode(self._encoding, self._errors) if data else ''
        except UnicodeDecodeError as e:
            if e.start == 0:
                # the bad byte a previous fill stopped at: raise that error, with its position
                earlier = getattr(self, '_decode_error', None)
                self._decode_error = None
                if earlier is not None and earlier[0] == self._text_start:
                    raise earlier[1] from None
                raise
            # CPython decodes chunk by chunk, so the text before a bad byte can be read; keep it,
            # and leave the buffer at the bad byte: the read that reaches it raises the error
            self._text = data[:e.start].decode(self._encoding, self._errors)
            self._buffer.seek(self._text_start + e.start)
            self._decode_error = (self._text_start + e.start, e)
        self._text_pos = 0

    def _load_more(self):
        """For a stream that cannot seek (a pipe): appends the next bytes that arrive, decoded
        incrementally; False at the end of the stream. Reading the rest at once would wait for
        the writer to close."""
        if getattr(self, '_pipe_eof', False):
            return False
        decoder = getattr(self, '_pipe_decoder', None)
        if decoder is None:
            import codecs
            decoder = self._pipe_decoder = codecs.getincrementaldecoder(self._encoding)(self._errors)
        read = getattr(self._buffer, 'read1', None) or self._buffer.read
        data = read(8192)
        if not data:
            self._pipe_eof = True
            self._text = self._text[self._text_pos:] + decoder.decode(b'', True)
            self._text_pos = 0
            return False
        self._text = self._text[self._text_pos:] + decoder.decode(data)
        self._text_pos = 0
        return True

    def _streaming(self):
        return not self._buffer.seekable()

    def _take(self, end):
        raw = self._text[self._text_pos:end]
        self._text_pos = end
        if self._newline is None or self._newline == '':
            for kind in ('\r\n', '\r', '\n'):
                if kind in raw:
                    self._seen.add(kind)
            if '\r' in raw and self._newline is None:
                return _translate_newlines(raw)
        return raw

    def read(self, size=-1):
        self._checkClosed()
        if not self.readable():
            raise UnsupportedOperation('not readable')
        size = _size_arg(size)
        self._load()
        if self._streaming():
            # wait for as much as was asked for (all of it for read()), or the end of the stream
            while (size < 0 or len(self._text) - self._text_pos < size + 1) and self._load_more():
                pass
        if size < 0:
            text = self._take(len(self._text))
            if not self._streaming():
                self._load()  # a bad byte after the text decoded so far raises here, as in CPython
                if self._text_pos < len(self._text):
                    text += self._take(len(self._text))
            return text
        end = min(len(self._text), self._text_pos + size)
        if self._newline is None and '\r' in self._text[self._text_pos:end]:
            end = self._translated_end(size)
        return self._take(end)

    def _translated_end(self, size):
        """Where the read-ahead text holding `size` characters after newline translation ends
        (a "\r\n" pair becomes one character and is never split)."""
        text, end, count = self._text, self._text_pos, 0
        while count < size and end < len(text):
            end += 2 if text.startswith('\r\n', end) else 1
            count += 1
        return end

    def readline(self, size=-1):
        self._checkClosed()
        if not self.readable():
            raise UnsupportedOperation('not readable')
        size = _size_arg(size)
        self._load()
        end = _find_line_end(self._text, self._text_pos, self._newline)
        if self._streaming():
            # a line may arrive in pieces; a '\r' at the end may be the first half of '\r\n'
            while (end < 0 or (end == len(self._text) and self._text.endswith('\r'))) and (
                    size < 0 or len(self._text) - self._text_pos < size) and self._load_more():
                end = _find_line_end(self._text, self._text_pos, self._newline)
        if end < 0:
            end = len(self._text)
        if size >= 0:
            end = min(end, self._text_pos + size)
        return self._take(end)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # writing
    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        if not self.writable():
            raise UnsupportedOperation('not writable')
        length = len(s)
        text = s
        if self._newline not in (None, '', '\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        if self._text_pos < len(self._text):
            # writing after reading: continue at the logical position
            self._buffer.seek(self.tell())
        self._text = ''
        self._text_pos = 0
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._write_through or (self._line_buffering and ('\n' in s or '\r' in s)):
            self._buffer.flush()
        return length

    # positioning
    def tell(self):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if self._text_pos < len(self._text):
            consumed = self._text[:self._text_pos].encode(self._encoding, self._errors)
            return self._text_start + len(consumed)
        self._buffer.flush()
        return self._buffer.tell()

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = SEEK_SET
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._text = ''
            self._text_pos = 0
            return self._buffer.seek(0, SEEK_END)
        elif whence != SEEK_SET:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie!r}')
        self.flush()
        self._text = ''
        self._text_pos = 0
        self._buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        self._text = ''
        self._text_pos = 0
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        self.flush()
        if encoding is not None:
            self._encoding = _real_encoding(encoding)
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through


class StringIO(TextIOBase):
    """A text stream in memory."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._chunks = []
        self._value = ''
        self._pos = 0
        self._closed = False
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")  # StringIO's message has no period

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        if not self._seen or self._newline is not None and self._newline != '':
            return None
        kinds = tuple(k for k in ('\r', '\n', '\r\n') if k in self._seen)
        return kinds[0] if len(kinds) == 1 else kinds

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return self._value

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got \'{type(s).__name__}\'')
        length = len(s)
        if self._newline is None or self._newline == '':
            for kind in ('\r\n', '\r', '\n'):
                if kind in s:
                    self._seen.add(kind)
        if self._newline is None:
            s = _translate_newlines(s)
        elif self._newline not in ('', '\n'):
            s = s.replace('\n', self._newline)
        value = self._value
        if self._pos > len(value):
            value += '\0' * (self._pos - len(value))
        self._value = value[:self._pos] + s + value[self._pos + len(s):]
        self._pos += len(s)
        return length

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        end = len(self._value) if size < 0 else self._pos + size
        data = self._value[self._pos:end]
        self._pos = max(self._pos, min(end, len(self._value)))
        return data

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        newline = '\n' if self._newline is None else self._newline
        end = _find_line_end(self._value, self._pos, newline)
        if end < 0:
            end = len(self._value)
        if size >= 0:
            end = min(end, self._pos + size)
        data = self._value[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._value = self._value[:size]
        return size

    def flush(self):
        self._check()

    def detach(self):
        raise UnsupportedOperation('detach')

    def __repr__(self):
        return f'<_io.StringIO object at {hex(id(self))}>'


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n across chunks (what universal newlines need)."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        if self.translate:
            output = _translate_newlines(output)
        return output

    def reset(self):
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()


# ---- open

def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Opens a file and returns a stream (CPython's argument checks and messages)."""
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError(f'invalid file: {file!r}')
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if errors is not None and not isinstance(errors, str):
        raise TypeError(f"open() argument 'errors' must be str or None, not {type(errors).__name__}")
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError(f'invalid mode: {mode!r}')
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"open() argument 'newline' must be str or None, not {type(newline).__name__}")
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError(f'illegal newline value: {newline}')
    raw_mode = (creating and 'x' or '') + (reading and 'r' or '') + (writing and 'w' or '') + \
        (appending and 'a' or '') + (updating and '+' or '')
    raw = FileIO(file, raw_mode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text_stream = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text_stream
        text_stream.mode = mode
        return result
    except:
        result.close()
        raise


def open_code(path):
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, 'rb')


class Reader:
    """Protocol for simple streams that can be read (3.14)."""
    __slots__ = ()


class Writer:
    """Protocol for simple streams that can be written (3.14)."""
    __slots__ = ()


for _klass in (IOBase, RawIOBase, BufferedIOBase, TextIOBase, FileIO, BufferedReader,
               BufferedWriter, BufferedRandom, BufferedRWPair, BytesIO, StringIO,
               TextIOWrapper, IncrementalNewlineDecoder):
    _klass.__module__ = '_io' if _klass not in (IOBase, RawIOBase, BufferedIOBase, TextIOBase) else 'io'
del _klass
