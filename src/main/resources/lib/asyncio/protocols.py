"""The protocol interfaces (callbacks a transport calls). Ember has no transports yet, but
programs subclass these."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """Connection callbacks shared by every protocol."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is ready; transport is its transport."""

    def connection_lost(self, exc):
        """The connection closed: exc is None for a normal end (EOF, close)."""

    def pause_writing(self):
        """The transport's buffer went over the high-water mark."""

    def resume_writing(self):
        """The transport's buffer drained below the low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data_received and eof_received."""

    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The other end will send no more; a true result keeps the transport open."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that lends its own buffer to receive into."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer for the next received bytes."""

    def buffer_updated(self, nbytes):
        """nbytes were written into the buffer."""

    def eof_received(self):
        """The other end will send no more."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from addr."""

    def error_received(self, exc):
        """A send or receive operation failed with an OSError."""


class SubprocessProtocol(BaseProtocol):
    """The protocol of a subprocess's pipes."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote data to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""
