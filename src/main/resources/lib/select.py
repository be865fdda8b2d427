"""Waiting for I/O readiness, written for Ember: select() and poll() over its descriptors.

The JVM has no select(2) for the descriptors Ember hands out (files, in-process pipes, the
pipes of child processes), so both ask each descriptor whether it is ready (posix._ready) and
wait in short sleeps until one is or the timeout passes. Files are always ready, as with
select(2). There is no epoll/kqueue/devpoll: selectors.DefaultSelector picks PollSelector.
"""

import posix as _posix
import time as _time

error = OSError
PIPE_BUF = 4096

POLLIN = 0x001
POLLPRI = 0x002
POLLOUT = 0x004
POLLERR = 0x008
POLLHUP = 0x010
POLLNVAL = 0x020
POLLRDNORM = 0x040
POLLRDBAND = 0x080
POLLWRNORM = 0x100
POLLWRBAND = 0x200
POLLMSG = 0x400
POLLRDHUP = 0x2000

_ALWAYS = POLLERR | POLLHUP | POLLNVAL   # reported whatever was asked for


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        method = getattr(obj, 'fileno', None)
        if method is None:
            raise TypeError('argument must be an int, or have a fileno() method.')
        fd = method()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError(f'file descriptor cannot be a negative integer ({fd})')
    return fd


def _ready(fd):
    bits = _posix._ready(fd)
    if bits & POLLIN:
        bits |= POLLRDNORM
    if bits & POLLOUT:
        bits |= POLLWRNORM
    return bits


class _Waiter:
    """Sleeps between readiness checks: 0.5 ms at first, doubling to 10 ms."""

    def __init__(self, timeout):
        self.deadline = None if timeout is None else _time.monotonic() + timeout
        self.pause = 0.0005

    def expired(self):
        return self.deadline is not None and _time.monotonic() >= self.deadline

    def sleep(self):
        pause = self.pause
        if self.deadline is not None:
            pause = max(0.0, min(pause, self.deadline - _time.monotonic()))
        _time.sleep(pause)
        self.pause = min(self.pause * 2, 0.01)


def select(rlist, wlist, xlist, timeout=None, /):
    """Wait until one or more file descriptors are ready for some kind of I/O."""
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    try:
        watched = [[(obj, _fileno(obj)) for obj in objects] for objects in (rlist, wlist, xlist)]
    except TypeError as e:
        if str(e).startswith(('argument must', 'fileno()')):
            raise
        raise TypeError('arguments 1-3 must be sequences') from None
    for group in watched:
        for obj, fd in group:
            if _posix._ready(fd) & POLLNVAL:
                raise OSError(9, 'Bad file descriptor')
    waiter = _Waiter(timeout)
    while True:
        readable = [obj for obj, fd in watched[0] if _ready(fd) & (POLLIN | POLLHUP)]
        writable = [obj for obj, fd in watched[1] if _ready(fd) & POLLOUT]
        if readable or writable or waiter.expired():
            return readable, writable, []   # no descriptor has exceptional conditions here
        waiter.sleep()


class poll:
    """A set of descriptors to wait on (register/modify/unregister, then poll())."""

    def __init__(self):
        self._events = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        self._events[_fileno(fd)] = eventmask

    def modify(self, fd, eventmask, /):
        fd = _fileno(fd)
        if fd not in self._events:
            raise FileNotFoundError(2, 'No such file or directory')
        self._events[fd] = eventmask

    def unregister(self, fd, /):
        fd = _fileno(fd)
        if fd not in self._events:
            raise KeyError(fd)
        del self._events[fd]

    def poll(self, timeout=None, /):
        """The (fd, events) pairs that are ready, waiting up to timeout milliseconds (None or
        negative: until one is)."""
        if timeout is not None:
            if not isinstance(timeout, (int, float)):
                raise TypeError('timeout must be an integer or None')
            timeout = None if timeout < 0 else timeout / 1000
        waiter = _Waiter(timeout)
        while True:
            ready = []
            for fd, mask in list(self._events.items()):
                revents = _ready(fd) & (mask | _ALWAYS)
                if revents:
                    ready.append((fd, revents))
            if ready or waiter.expired():
                return ready
            waiter.sleep()


poll.__module__ = 'select'
