"""gzip (Ember): reading and writing gzip files (RFC 1952) on top of zlib.

GzipFile is a buffered binary stream over a file or file object; open() adds text mode;
compress() and decompress() work on whole byte strings. Reading accepts several members one
after the other (as gzip -c a b > c writes them), checks each member's CRC-32 and length, and
ignores zero padding after the last member.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 'rb', 'wb'
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
_MAGIC = b'\x1f\x8b'
_OS_UNKNOWN = 255
_READ_CHUNK = 128 * 1024


class BadGzipFile(OSError):
    """Raised for data that is not valid gzip."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None,
         newline=None):
    """Opens a gzip file in binary ('rb', 'wb', 'ab', 'xb') or text ('rt', ...) mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _header(level, mtime, filename=b''):
    flags = FNAME if filename else 0
    if level == _COMPRESS_LEVEL_BEST:
        extra_flags = 2
    elif level == _COMPRESS_LEVEL_FAST:
        extra_flags = 4
    else:
        extra_flags = 0
    header = _MAGIC + bytes([8, flags]) + struct.pack('<L', int(mtime) & 0xFFFFFFFF)
    header += bytes([extra_flags, _OS_UNKNOWN])
    if filename:
        header += filename + b'\0'
    return header


class _MemberReader:
    """Decompresses the members of a gzip stream from a file object, one chunk at a time."""

    def __init__(self, fileobj, whole=False):
        self.fileobj = fileobj
        self.whole = whole          # decompress(): its shorter CRC message
        self.pending = b''          # bytes read from the file but not yet consumed
        self.decompressor = None    # None between members
        self.crc = 0
        self.size = 0
        self.at_eof = False
        self.last_mtime = None

    def _read_exact(self, n):
        data = self.pending[:n]
        self.pending = self.pending[n:]
        while len(data) < n:
            chunk = self.fileobj.read(n - len(data))
            if not chunk:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            data += chunk
        return data

    def _read_until_zero(self):
        while True:
            if not self.pending:
                self.pending = self.fileobj.read(_READ_CHUNK)
                if not self.pending:
                    raise EOFError("Compressed file ended before the end-of-stream marker was "
                                   "reached")
            index = self.pending.find(b'\0')
            if index >= 0:
                self.pending = self.pending[index + 1:]
                return
            self.pending = b''

    def _start_member(self):
        """Reads a member header; False at the end of the stream."""
        magic = self.pending[:2]
        self.pending = self.pending[2:]
        while len(magic) < 2:
            chunk = self.fileobj.read(2 - len(magic))
            if not chunk:
                break
            magic += chunk
        if magic == b'':
            return False
        if magic != _MAGIC:
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        method, flags, self.last_mtime = struct.unpack('<BBIxx', self._read_exact(8))
        if method != 8:
            raise BadGzipFile('Unknown compression method')
        if flags & FEXTRA:
            extra_length, = struct.unpack('<H', self._read_exact(2))
            self._read_exact(extra_length)
        if flags & FNAME:
            self._read_until_zero()
        if flags & FCOMMENT:
            self._read_until_zero()
        if flags & FHCRC:
            self._read_exact(2)
        self.decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
        self.crc = 0
        self.size = 0
        return True

    def _end_member(self):
        self.pending = self.decompressor.unused_data + self.pending
        crc, size = struct.unpack('<II', self._read_exact(8))
        if crc != self.crc:
            if self.whole:
                raise BadGzipFile('CRC check failed')
            raise BadGzipFile('CRC check failed %s != %s' % (hex(crc), hex(self.crc)))
        if size != (self.size & 0xFFFFFFFF):
            raise BadGzipFile('Incorrect length of data produced')
        self.decompressor = None
        # zero bytes may pad the stream after a member
        while True:
            if not self.pending:
                self.pending = self.fileobj.read(_READ_CHUNK)
                if not self.pending:
                    return
            stripped = self.pending.lstrip(b'\0')
            if stripped:
                self.pending = stripped
                return
            self.pending = b''

    def read_chunk(self):
        """Some decompressed bytes; b'' only at the end of the stream."""
        while not self.at_eof:
            if self.decompressor is None:
                if not self._start_member():
                    self.at_eof = True
                    return b''
            data = self.pending or self.fileobj.read(_READ_CHUNK)
            self.pending = b''
            if not data and not self.decompressor.eof:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            output = self.decompressor.decompress(data)
            self.pending = self.decompressor.unconsumed_tail if hasattr(
                self.decompressor, 'unconsumed_tail') else b''
            self.crc = zlib.crc32(output, self.crc)
            self.size += len(output)
            if self.decompressor.eof:
                self._end_member()
            if output:
                return output
        return b''


class GzipFile(io.BufferedIOBase):
    """A gzip-compressed file seen as a binary stream."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
            self._buffer = b''
            self._position = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self.name = filename
            self._crc = 0
            self._size = 0
            self._offset = 0
            self._compressor = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                                zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._level = compresslevel
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header()

    @property
    def mtime(self):
        """The modification time of the last member read."""
        return self._reader.last_mtime

    def __repr__(self):
        shown = repr(self.fileobj if self.fileobj is not None else None)
        return '<gzip ' + shown[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_header(self):
        name = os.path.basename(self.name)
        if isinstance(name, str):
            try:
                name = name.encode('latin-1')
            except UnicodeEncodeError:
                name = b''
        if name.endswith(b'.gz'):
            name = name[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(self._level, mtime, name))

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_mode(self, wanted, operation):
        if self.mode != wanted:
            import errno
            raise OSError(errno.EBADF, operation + "() on " +
                          ("write-only" if wanted == READ else "read-only") + " GzipFile object")

    # ---- writing --------------------------------------------------------------------------

    def write(self, data):
        self._check_not_closed()
        self._check_mode(WRITE, 'write')
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self._compressor.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compressor.flush(zlib_mode))
            self.fileobj.flush()

    # ---- reading --------------------------------------------------------------------------

    def _fill(self, wanted):
        """Decompresses until the buffer holds wanted bytes (all of the rest for -1)."""
        while wanted < 0 or len(self._buffer) < wanted:
            chunk = self._reader.read_chunk()
            if not chunk:
                break
            self._buffer += chunk

    def _take(self, size):
        data = self._buffer[:size]
        self._buffer = self._buffer[size:]
        self._position += len(data)
        return data

    def read(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, 'read')
        if size is None or size < 0:
            self._fill(-1)
            return self._take(len(self._buffer))
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, 'read1')
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._buffer:
            self._fill(1)
        return self._take(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check_not_closed()
        self._check_mode(READ, 'peek')
        self._fill(max(n, 1))
        return self._buffer

    def readline(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, 'readline')
        while b'\n' not in self._buffer:
            before = len(self._buffer)
            self._fill(before + _READ_CHUNK)
            if len(self._buffer) == before:
                break
        end = self._buffer.find(b'\n') + 1 or len(self._buffer)
        if size is not None and 0 <= size < end:
            end = size
        return self._take(end)

    # ---- stream state ---------------------------------------------------------------------

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                fileobj.write(self._compressor.flush())
                fileobj.write(struct.pack('<II', self._crc & 0xFFFFFFFF,
                                          self._size & 0xFFFFFFFF))
        finally:
            self.fileobj = None
            myfileobj = self.myfileobj
            if myfileobj is not None:
                self.myfileobj = None
                myfileobj.close()

    def fileno(self):
        return self.fileobj.fileno()

    def readable(self):
        self._check_not_closed()
        return self.mode == READ

    def writable(self):
        self._check_not_closed()
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self._offset if self.mode == WRITE else self._position

    def rewind(self):
        """Starts reading again from the beginning of the file."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _MemberReader(self.fileobj)
        self._buffer = b''
        self._position = 0

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset = self._offset + offset
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self._offset:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self._offset))
            return self._offset
        if whence == io.SEEK_CUR:
            offset = self._position + offset
        elif whence == io.SEEK_END:
            raise ValueError('Seek from end not supported')
        if offset < self._position:
            self.rewind()
        while self._position < offset:
            if not self.read(min(io.DEFAULT_BUFFER_SIZE, offset - self._position)):
                break
        return self._position


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """The gzip file (one member) holding data."""
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS)
    trailer = struct.pack('<II', zlib.crc32(data) & 0xFFFFFFFF, len(data) & 0xFFFFFFFF)
    return _header(compresslevel, mtime) + body + trailer


def decompress(data):
    """The data of every member of a gzip file, joined."""
    reader = _MemberReader(io.BytesIO(data), whole=True)
    chunks = []
    while True:
        chunk = reader.read_chunk()
        if not chunk:
            return b''.join(chunks)
        chunks.append(chunk)
