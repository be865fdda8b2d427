"""getpass (Ember): read a password without echoing it, and find the user's login name.

getpass(prompt='Password: ', stream=None, *, echo_char=None) turns echo off on the controlling
terminal (/dev/tty, else standard input) while it reads one line; with echo_char (3.14) every
typed character shows as that character instead. Where no terminal can be controlled it warns
with GetPassWarning and reads standard input with echo on. getuser() returns the first of
LOGNAME, USER, LNAME and USERNAME that is set, else the password database's name for the uid.
"""

import contextlib
import io
import os
import sys

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _check_echo_char(echo_char):
    """echo_char must be None or one printable ASCII character."""
    if echo_char is None:
        return
    if not isinstance(echo_char, str):
        raise TypeError("'echo_char' must be a str or None, not %s" % type(echo_char).__name__)
    if len(echo_char) != 1 or not echo_char.isascii() or not echo_char.isprintable():
        raise ValueError("'echo_char' must be a single printable ASCII character, got: %r" % (echo_char,))


def _open_tty(stack):
    """(descriptor, text file) of the controlling terminal, registered on stack, or (None, None)."""
    try:
        fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
    except (OSError, AttributeError):
        return None, None
    try:
        raw = io.FileIO(fd, 'w+')
    except OSError:
        os.close(fd)
        return None, None
    stack.enter_context(raw)
    terminal = io.TextIOWrapper(raw)
    stack.enter_context(terminal)
    return fd, terminal


def unix_getpass(prompt='Password: ', stream=None, *, echo_char=None):
    """Prompts on stream (default: the terminal, else stderr) and reads a line with echo off."""
    _check_echo_char(echo_char)
    with contextlib.ExitStack() as stack:
        fd, source = _open_tty(stack)
        if source is not None:
            stream = stream or source
        else:
            source = sys.stdin
            stream = stream or sys.stderr
            try:
                fd = sys.stdin.fileno()
            except (AttributeError, ValueError, OSError):
                fd = None
        if fd is None:
            passwd = fallback_getpass(prompt, stream)
        else:
            passwd = _read_with_echo_off(fd, prompt, stream, source, echo_char, stack)
        stream.write('\n')
        return passwd


def _read_with_echo_off(fd, prompt, stream, source, echo_char, stack):
    passwd = None
    try:
        saved = termios.tcgetattr(fd)
        quiet = saved[:]
        quiet[3] &= ~termios.ECHO            # index 3: the local modes
        if echo_char:
            quiet[3] &= ~termios.ICANON      # characters arrive one at a time
        when = termios.TCSAFLUSH | getattr(termios, 'TCSASOFT', 0)
        try:
            termios.tcsetattr(fd, when, quiet)
            passwd = _raw_input(prompt, stream, source, echo_char)
        finally:
            termios.tcsetattr(fd, when, saved)
            stream.flush()
    except termios.error:
        if passwd is not None:
            # the password was read but the terminal could not be restored: say so
            raise
        if stream is not source:
            stack.close()    # no terminal to control: release it before blocking on stdin
        passwd = fallback_getpass(prompt, stream)
    return passwd


def fallback_getpass(prompt='Password: ', stream=None, *, echo_char=None):
    """Reads from standard input with echo on, after warning that it will."""
    _check_echo_char(echo_char)
    import warnings
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    stream = stream or sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream, echo_char=echo_char)


def _raw_input(prompt="", stream=None, input=None, echo_char=None):
    """Writes the prompt and reads one line without its newline; EOFError at end of input."""
    stream = stream or sys.stderr
    source = input or sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            # show what the stream's encoding can show
            stream.write(prompt.encode(stream.encoding, 'replace').decode(stream.encoding))
        stream.flush()
    if echo_char:
        return _read_masked(stream, source, echo_char)
    line = source.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith('\n') else line


def _read_masked(stream, source, echo_char):
    """Reads keys one by one, showing echo_char for each; handles erase, Ctrl-C and Ctrl-D."""
    passwd = ""
    eof_once = False
    while True:
        char = source.read(1)
        if char in ('\n', '\r', ''):
            break
        if char == '\x03':
            raise KeyboardInterrupt
        if char in ('\x7f', '\b'):
            if passwd:
                stream.write("\b \b")
                stream.flush()
            passwd = passwd[:-1]
        elif char == '\x04':
            # Ctrl-D twice in a row ends the input
            if eof_once:
                break
            eof_once = True
        elif char != '\x00':
            passwd += char
            stream.write(echo_char)
            stream.flush()
            eof_once = False
    return passwd


def getuser():
    """The login name: from LOGNAME, USER, LNAME or USERNAME, else the password database."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    try:
        import pwd
        return pwd.getpwuid(os.getuid())[0]
    except (ImportError, KeyError) as e:
        raise OSError('No username set in the environment') from e


try:
    import termios
    termios.tcgetattr, termios.tcsetattr
except (ImportError, AttributeError):
    getpass = fallback_getpass
else:
    getpass = unix_getpass
