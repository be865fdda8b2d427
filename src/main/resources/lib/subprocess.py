"""Subprocesses with accessible I/O streams, written for Ember over `_ember_subprocess`
(java.lang.ProcessBuilder: the JVM cannot fork, so CPython's `_posixsubprocess` cannot exist).

What the JVM cannot do, and what Ember does about it (see docs/stdlib.md):
* `preexec_fn`, `user`/`group`/`extra_groups`, `umask`, `process_group`, `start_new_session`,
  `pass_fds` and `close_fds=False`: code or system calls between fork and exec. Asking for one of
  them raises `NotImplementedError` naming it (their defaults are accepted).
* `executable=` with a different argv[0]: the child's argv[0] is the program's path.
* A death by signal N reads as -N only for signals this Popen sent (Java reports the status of
  such a child as 128+N, the same as `exit(128+N)`).
"""

import builtins
import io
import os
import signal
import sys
import threading
import time
import types
import _ember_subprocess
import posix as _posix

_jvm_path = _posix.environ.get('PATH')   # the environment the JVM started with

import weakref as _weakref
_children = _weakref.WeakValueDictionary()   # pid -> Popen, so that os.kill reaches the Java Process

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() with check=True, check_call() or check_output() sees a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return f"Command '{self.cmd}' died with {signal.Signals(-self.returncode)!r}."
            except ValueError:
                return f"Command '{self.cmd}' died with unknown signal {-self.returncode}."
        return f"Command '{self.cmd}' returned non-zero exit status {self.returncode}."

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running: what run() returns."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = [f'args={self.args!r}', f'returncode={self.returncode!r}']
        if self.stdout is not None:
            parts.append(f'stdout={self.stdout!r}')
        if self.stderr is not None:
            parts.append(f'stderr={self.stderr!r}')
        return f"{type(self).__name__}({', '.join(parts)})"

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ---- the convenience functions

def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it, return its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but a non-zero exit status raises CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; a non-zero exit status raises CalledProcessError."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # input=None means "no input" here, not "inherit stdin"
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            kwargs['input'] = ''
        else:
            kwargs['input'] = b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # the exception holds the output read so far, as CPython's POSIX communicate leaves it
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of a shell command; stderr is merged and one trailing newline dropped."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of a shell command, without its trailing newline."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """A command line quoted by the MS C runtime's rules (what Windows programs parse)."""
    parts = []
    for arg in map(os.fsdecode, seq):
        needs_quotes = arg == '' or ' ' in arg or '\t' in arg
        out = []
        backslashes = 0
        for ch in arg:
            if ch == '\\':
                backslashes += 1
                continue
            if ch == '"':
                # backslashes before a quote are doubled, and the quote escaped
                out.append('\\' * (backslashes * 2 + 1) + '"')
            else:
                out.append('\\' * backslashes + ch)
            backslashes = 0
        if needs_quotes:
            # backslashes before the closing quote are doubled too
            parts.append('"' + ''.join(out) + '\\' * (backslashes * 2) + '"')
        else:
            parts.append(''.join(out) + '\\' * backslashes)
    return ' '.join(parts)


# ---- Popen

def _cleanup():
    """CPython reaps finished children it lost track of here; the JVM's ProcessBuilder reaps its
    own children, so there is nothing to do (test.support.script_helper calls it)."""


def _unsupported(name):
    raise NotImplementedError(f"subprocess: {name} is not supported on Ember (the JVM cannot run "
                              f"code between fork and exec)")


def _check_executable_format(path, program):
    """ENOEXEC as execve(2) gives it for a file that is neither ELF nor '#!' (the JVM would run it with sh)."""
    try:
        with open(path, 'rb') as f:
            magic = f.read(4)
    except OSError:
        return
    if magic[:2] != b'#!' and magic != b'\x7fELF':
        raise OSError(8, os.strerror(8), program)


def _find_program(program, env, cwd):
    """The path to execute for argv[0]: as given when it holds a '/', else the first PATH match."""
    if '/' in program:
        path = os.path.join(cwd, program)
        if not os.path.exists(path):
            raise FileNotFoundError(2, os.strerror(2), program)
        if not os.access(path, os.X_OK) or os.path.isdir(path):
            raise PermissionError(13, os.strerror(13), program)
        return path
    path = env.get('PATH', os.defpath) if env is not None else os.defpath
    first_error = None
    for directory in path.split(os.pathsep):
        candidate = os.path.join(directory or '.', program)
        candidate = os.path.join(cwd, candidate)
        if os.path.isfile(candidate):
            if os.access(candidate, os.X_OK):
                return candidate
            if first_error is None:
                first_error = PermissionError(13, os.strerror(13), program)
    if first_error is not None:
        raise first_error
    raise FileNotFoundError(2, os.strerror(2), program)


def _stream_spec(value, name):
    """What _ember_subprocess.spawn takes for a stdin/stdout/stderr argument."""
    if value is None or value in (PIPE, DEVNULL) or (value == STDOUT and name == 'stderr'):
        return value
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f'bad value for {name}: {value}')
        return value
    if value is sys.__stdout__:
        value.flush()
        return 1
    if value is sys.__stderr__:
        value.flush()
        return 2
    if value is sys.__stdin__:
        return 0
    # like CPython, a file object's own buffer is not flushed: the child writes at the shared offset
    return value.fileno()


class Popen:
    """Execute a child program in a new process."""

    _child = None

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None,
                 extra_groups=None, encoding=None, errors=None, text=None, umask=-1,
                 pipesize=-1, process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self._communication = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                                  'supplied but different. Pass one or the other.')
        if preexec_fn is not None:
            _unsupported('preexec_fn')
        if pass_fds:
            _unsupported('pass_fds')
        if not close_fds:
            _unsupported('close_fds=False')
        if start_new_session:
            _unsupported('start_new_session')
        for name, value in (('user', user), ('group', group), ('extra_groups', extra_groups),
                            ('process_group', process_group)):
            if value is not None:
                _unsupported(name)
        if umask != -1:
            _unsupported('umask')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = 'utf-8'

        argv = self._argv(args, executable, shell)
        child_env = self._environment(env)
        child_cwd = os.getcwd() if cwd is None else os.path.join(os.getcwd(), os.fsdecode(os.fspath(cwd)))
        if cwd is not None and not os.path.isdir(child_cwd):
            raise FileNotFoundError(2, os.strerror(2), cwd)
        program = argv[0]
        child_path = dict(zip(child_env[::2], child_env[1::2])).get('PATH')
        found = _find_program(program, {'PATH': child_path} if child_path is not None else None, child_cwd)
        _check_executable_format(found, program)
        if '/' in program or child_path != _jvm_path:
            # the JVM searches its own PATH for a bare name (keeping argv[0] as given)
            argv[0] = found
        specs = (_stream_spec(stdin, 'stdin'), _stream_spec(stdout, 'stdout'), _stream_spec(stderr, 'stderr'))
        try:
            self._child = _ember_subprocess.spawn(argv, child_cwd, child_env, *specs)
        except OSError as e:
            if e.errno is not None and e.filename == argv[0]:
                raise type(e)(e.errno, os.strerror(e.errno), program) from None
            raise
        self.pid = self._child.pid
        _children[self.pid] = self
        self._open_pipes(bufsize)

    @staticmethod
    def _argv(args, executable, shell):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ['/bin/sh', '-c'] + args
            if executable is not None:
                args[0] = executable
        elif executable is not None:
            args[0] = executable
        return [os.fsdecode(os.fspath(a)) if not isinstance(a, str) else a for a in args]

    @staticmethod
    def _environment(env):
        source = os.environ if env is None else env
        flat = []
        for key, value in source.items():
            key = os.fsdecode(key)
            value = os.fsdecode(value)
            if '=' in key:
                raise ValueError("illegal environment variable name")
            flat.append(key)
            flat.append(value)
        return flat

    def _open_pipes(self, bufsize):
        child = self._child
        if child.stdin_fd is not None:
            self.stdin = io.open(child.stdin_fd, 'wb', bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True, line_buffering=(bufsize == 1),
                                              encoding=self.encoding, errors=self.errors)
        for name in ('stdout', 'stderr'):
            fd = getattr(child, name + '_fd')
            if fd is not None:
                stream = io.open(fd, 'rb', bufsize)
                if self.text_mode:
                    stream = io.TextIOWrapper(stream, encoding=self.encoding, errors=self.errors)
                setattr(self, name, stream)

    def __repr__(self):
        text = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                return
            self.wait()

    def __del__(self):
        # a child still running when its Popen goes away is left alone (no zombies on the JVM)
        pass

    # ---- waiting

    def poll(self):
        """The return code if the child has terminated, else None."""
        if self.returncode is None and self._child is not None:
            self.returncode = self._child.poll()
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to terminate and return its return code (TimeoutExpired after timeout seconds)."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            self.returncode = self._child.wait(-1)
        else:
            code = self._child.wait(max(0, int(timeout * 1e9)))
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def send_signal(self, sig):
        """Send a signal to the child (nothing once it has terminated)."""
        if self.poll() is None:
            self._child.send_signal(int(sig))

    def terminate(self):
        """Terminate the child with SIGTERM."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the child with SIGKILL."""
        self.send_signal(signal.SIGKILL)

    # ---- communicate

    def communicate(self, input=None, timeout=None):
        """Send input to the child, read its stdout and stderr to the end, wait for it.

        Returns (stdout_data, stderr_data); TimeoutExpired after timeout seconds (calling
        communicate() again then collects the rest).
        """
        if self._communication is None:
            if input is not None and self.stdin is None:
                raise ValueError("Cannot send input after starting communication")
            self._communication = _Communication(self, input)
        elif input:
            raise ValueError("Cannot send input after starting communication")
        deadline = None if timeout is None else time.monotonic() + timeout
        self._communication.join(deadline, self, timeout)
        stdout, stderr = self._communication.results()
        remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            self.wait(timeout=remaining)
        except TimeoutExpired:
            raise TimeoutExpired(self.args, timeout, self._communication.partial_stdout()) from None
        return stdout, stderr


class _Communication:
    """The threads that feed a child's stdin and drain its stdout and stderr for communicate().

    Output is read as bytes as it arrives (read1), and decoded at the end in text mode with
    universal newlines, as CPython's communicate does.
    """

    def __init__(self, popen, input):
        self.threads = []
        self.chunks = {}
        self.encoding = popen.encoding
        self.errors = popen.errors
        self.text = popen.text_mode
        if popen.stdin is not None:
            self._start(self._feed, popen.stdin, input)
        for name in ('stdout', 'stderr'):
            stream = getattr(popen, name)
            if stream is not None:
                self.chunks[name] = []
                self._start(self._drain, stream, self.chunks[name])

    def _start(self, target, *args):
        thread = threading.Thread(target=target, args=args, daemon=True)
        thread.start()
        self.threads.append(thread)

    @staticmethod
    def _feed(stdin, data):
        try:
            if data:
                stdin.write(data)
        except OSError:
            pass   # the child exited without reading everything (EPIPE)
        try:
            stdin.close()
        except OSError:
            pass

    @staticmethod
    def _drain(stream, chunks):
        binary = getattr(stream, 'buffer', stream)
        read = getattr(binary, 'read1', binary.read)
        try:
            while True:
                data = read(8192)
                if not data:
                    break
                chunks.append(data)
        finally:
            stream.close()

    def join(self, deadline, popen, timeout):
        for thread in self.threads:
            if deadline is None:
                thread.join()
            else:
                thread.join(max(0.0, deadline - time.monotonic()))
                if thread.is_alive():
                    raise TimeoutExpired(popen.args, timeout, self.partial_stdout())

    def partial_stdout(self):
        """The stdout bytes read before a timeout, None when there were none (stderr is not reported)."""
        chunks = self.chunks.get('stdout')
        return b''.join(chunks) if chunks else None

    def results(self):
        values = []
        for name in ('stdout', 'stderr'):
            chunks = self.chunks.get(name)
            if chunks is None:
                values.append(None)
                continue
            data = b''.join(chunks)
            if self.text:
                data = data.decode(self.encoding, self.errors or 'strict')
                data = data.replace('\r\n', '\n').replace('\r', '\n')
            values.append(data)
        return tuple(values)
