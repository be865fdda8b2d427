"""The exceptions of the asyncio package (written for Ember)."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


# asyncio.TimeoutError is the builtin one since 3.11
TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state (a Future already done, ...)."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile() cannot be used for this transport or file."""


class IncompleteReadError(EOFError):
    """The stream ended before `expected` bytes could be read; `partial` holds what was read."""

    def __init__(self, partial, expected):
        shown = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {shown} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A separator was not found within the buffer limit; `consumed` bytes are to be skipped."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """The Barrier was reset or aborted while a task waited on it."""
