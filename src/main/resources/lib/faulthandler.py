"""Dump the Python tracebacks of threads, written for Ember.

CPython's faulthandler also installs handlers for fatal signals (SIGSEGV, SIGFPE, SIGABRT,
SIGBUS, SIGILL) that print the tracebacks before the process dies. A JVM does not die of those
signals in Python code (its own errors become Python exceptions), so `enable()` records the
file and the flag and prints nothing by itself; `register()` records the signal without
installing a handler (the JVM reserves most signals). `dump_traceback`,
`dump_traceback_later` and `dump_c_stack` work as in CPython.
"""

import os as _os
import sys as _sys
import threading as _threading

_MAX_FRAMES = 100          # CPython's MAX_FRAME_DEPTH: deeper stacks end with "  ..."

_enabled = False
_enabled_file = None
_registered = {}
_watchdog = None


def _fd_of(file):
    """The descriptor to write to: file itself (an int) or file.fileno(); sys.stderr when None."""
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    fd = file.fileno()
    if not isinstance(fd, int) or fd < 0:
        raise ValueError("file is not a valid file descriptor")
    try:
        file.flush()
    except Exception:
        pass
    return fd


def _frame_lines(frame):
    lines = []
    depth = 0
    while frame is not None:
        if depth >= _MAX_FRAMES:
            lines.append('  ...\n')
            break
        code = frame.f_code
        filename = code.co_filename or '???'
        lineno = frame.f_lineno
        lines.append(f'  File "{filename}", line {lineno if lineno is not None else "???"} in {code.co_name}\n')
        frame = frame.f_back
        depth += 1
    return lines


def _thread_header(ident, current):
    kind = 'Current thread' if current else 'Thread'
    return f'{kind} 0x{ident:016x} (most recent call first):\n'


def _format(all_threads, current_frame):
    me = _threading.get_ident()
    if not all_threads:
        return 'Stack (most recent call first):\n' + ''.join(_frame_lines(current_frame))
    frames = _sys._current_frames()
    frames[me] = current_frame
    # CPython lists the newest thread first; the current thread is in its place in that order
    parts = []
    for ident in sorted(frames, reverse=True):
        frame = frames[ident] if ident != me else current_frame
        if frame is None and ident != me:
            continue
        parts.append(_thread_header(ident, ident == me) + ''.join(_frame_lines(frame)))
    return '\n'.join(parts)


def _write(fd, text):
    data = text.encode('utf-8', 'backslashreplace')
    while data:
        written = _os.write(fd, data)
        data = data[written:]


def dump_traceback(file=None, all_threads=True):
    """Dump the traceback of the current thread, or of all threads, into file."""
    fd = _fd_of(file)
    _write(fd, _format(all_threads, _sys._getframe(1)))


def dump_c_stack(file=None):
    """Dump the C stack of the current thread: there is none to show on the JVM."""
    fd = _fd_of(file)
    _write(fd, "Current thread's C stack trace (most recent call first):\n"
               "  <cannot get C stack on this system>\n")


def enable(file=None, all_threads=True, c_stack=True):
    """Enable the fault handler (recorded only: the JVM turns faults into exceptions)."""
    global _enabled, _enabled_file
    fd = _fd_of(file)
    _enabled = True
    _enabled_file = (fd, all_threads)


def disable():
    """Disable the fault handler: True if it was enabled."""
    global _enabled, _enabled_file
    was_enabled = _enabled
    _enabled = False
    _enabled_file = None
    return was_enabled


def is_enabled():
    """Check if the handler is enabled."""
    return _enabled


class _Watchdog:
    """The thread behind dump_traceback_later: dumps all threads after each timeout."""

    def __init__(self, timeout, repeat, fd, exit):
        self.timeout = timeout
        self.repeat = repeat
        self.fd = fd
        self.exit = exit
        self.cancelled = _threading.Event()
        self.thread = _threading.Thread(target=self.run, name='faulthandler watchdog', daemon=True)

    def run(self):
        while not self.cancelled.wait(self.timeout):
            text = f'Timeout ({_format_timeout(self.timeout)})!\n' + _format_other_threads()
            _write(self.fd, text)
            if self.exit:
                _os._exit(1)
            if not self.repeat:
                return


def _format_timeout(seconds):
    whole = int(seconds)
    micros = round((seconds - whole) * 1_000_000)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f'{hours}:{minutes:02d}:{secs:02d}'
    return text + f'.{micros:06d}' if micros else text


def _format_other_threads():
    # the watchdog itself is not shown; no thread is "current" from its point of view
    me = _threading.get_ident()
    frames = _sys._current_frames()
    parts = [_thread_header(ident, False) + ''.join(_frame_lines(frames[ident]))
             for ident in sorted(frames, reverse=True) if ident != me]
    return '\n'.join(parts)


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump the tracebacks of all threads after timeout seconds (every timeout seconds with repeat)."""
    global _watchdog
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    if timeout * 1e6 >= 2 ** 63:
        raise OverflowError("timeout value is too large")
    fd = _fd_of(file)
    cancel_dump_traceback_later()
    _watchdog = _Watchdog(timeout, repeat, fd, exit)
    _watchdog.thread.start()


def cancel_dump_traceback_later():
    """Cancel the previous call to dump_traceback_later()."""
    global _watchdog
    watchdog, _watchdog = _watchdog, None
    if watchdog is not None:
        watchdog.cancelled.set()
        if watchdog.thread is not _threading.current_thread():
            watchdog.thread.join()


def register(signum, file=None, all_threads=True, chain=False):
    """Register a handler for signum (recorded: the JVM reserves the signals)."""
    if not isinstance(signum, int):
        raise TypeError(f"'{type(signum).__name__}' object cannot be interpreted as an integer")
    if signum in (11, 8, 6, 7, 4):
        raise RuntimeError(f"signal {signum} cannot be registered, use enable() instead")
    if not 1 <= signum < 65:
        raise ValueError("signal number out of range")
    _registered[signum] = (_fd_of(file), all_threads, chain)


def unregister(signum):
    """Unregister the handler of signum: True if one was registered."""
    return _registered.pop(signum, None) is not None
