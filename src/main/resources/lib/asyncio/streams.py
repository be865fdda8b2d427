"""Streams: StreamReader works on data fed to it; the network functions need sockets, which
Ember's event loop does not have yet."""

__all__ = ('StreamReader', 'open_connection', 'start_server', 'open_unix_connection',
           'start_unix_server')

from . import events
from . import exceptions

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB


def _unsupported(name):
    raise NotImplementedError(f'asyncio.{name}() is not supported by Ember yet (no sockets)')


async def open_connection(host=None, port=None, **kwargs):
    _unsupported('open_connection')


async def start_server(client_connected_cb, host=None, port=None, **kwargs):
    _unsupported('start_server')


async def open_unix_connection(path=None, **kwargs):
    _unsupported('open_unix_connection')


async def start_unix_server(client_connected_cb, path=None, **kwargs):
    _unsupported('start_unix_server')


class StreamReader:
    """A buffer of received bytes that coroutines read from (read, readline, readexactly,
    readuntil, async iteration by lines); a protocol (or a program) feeds it."""

    _source_traceback = None

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = events.get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None  # the future a reader waits on for more data
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<' + ' '.join(info) + '>'

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        """Make the reads raise exc (a waiting reader at once)."""
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        """True once EOF was fed and the buffer is empty."""
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if self._transport is not None and not self._paused and len(self._buffer) > 2 * self._limit:
            try:
                self._transport.pause_reading()
            except NotImplementedError:
                self._transport = None  # cannot be paused: keep buffering
            else:
                self._paused = True

    async def _wait_for_data(self, func_name):
        """Wait until feed_data or feed_eof is called."""
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is '
                               f'already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        """One line including newline; at EOF the partial last line (b'' when nothing is left)."""
        sep = b'\n'
        try:
            return await self.readuntil(sep)
        except exceptions.IncompleteReadError as e:
            return e.partial
        except exceptions.LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                del self._buffer[:e.consumed + len(sep)]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])

    async def readuntil(self, separator=b'\n'):
        """The data up to and including the separator (or the first of several, a tuple).

        IncompleteReadError at EOF without it (the data read is its .partial);
        LimitOverrunError when the data before it exceeds the limit."""
        separators = sorted(separator, key=len) if isinstance(separator, tuple) else [separator]
        if not separators:
            raise ValueError('Separator should contain at least one element')
        shortest, longest = len(separators[0]), len(separators[-1])
        if shortest == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        # search from `offset` on: what lies before cannot hold a separator any more
        offset = 0
        while True:
            size = len(self._buffer)
            if size - offset >= shortest:
                match_start = match_end = None
                for sep in separators:
                    found = self._buffer.find(sep, offset)
                    if found != -1 and (match_end is None or found + len(sep) < match_end):
                        match_start, match_end = found, found + len(sep)
                if match_end is not None:
                    break
                offset = max(0, size + 1 - longest)
                if offset > self._limit:
                    raise exceptions.LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                partial = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(partial, None)
            await self._wait_for_data('readuntil')
        if match_start > self._limit:
            raise exceptions.LimitOverrunError(
                'Separator is found, but chunk is longer than limit', match_start)
        chunk = bytes(self._buffer[:match_end])
        del self._buffer[:match_end]
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        """Up to n bytes (all until EOF when n < 0); b'' at EOF."""
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        """Exactly n bytes; IncompleteReadError if EOF comes first."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                partial = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(partial, n)
            await self._wait_for_data('readexactly')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line
