"""Operating-system interfaces (the portable core), on Ember's Java `posix` module."""

import sys
import posix as _posix
from posix import (F_OK, R_OK, W_OK, X_OK, O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL,
                   O_NOCTTY, O_TRUNC, O_APPEND, O_NONBLOCK, O_CLOEXEC, O_DIRECTORY,
                   O_NOFOLLOW, O_ACCMODE, SEEK_SET, SEEK_CUR, SEEK_END,
                   getcwd, getcwdb, chdir, listdir, mkdir, rmdir, unlink, remove, rename,
                   replace, access, chmod, symlink, link, readlink, truncate, open, close,
                   read, write, lseek, dup, isatty, ftruncate, fsync, getpid, getppid, pipe,
                   getuid, geteuid, getgid, getegid,
                   cpu_count, urandom, strerror, putenv as _putenv, unsetenv as _unsetenv,
                   uname, uname_result, times, times_result, getloadavg, _exit)

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_bytes_environ = True

error = OSError


# ---- path-like objects

def _has_fspath(klass):
    for base in klass.__mro__:
        if '__fspath__' in base.__dict__:
            return base.__dict__['__fspath__'] is not None
    return False


class _PathLikeMeta(type):
    # PathLike is an ABC in CPython; Ember's os does not depend on abc, so the subclass
    # hook (any class with __fspath__) is this metaclass's
    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        return _has_fspath(subclass) if cls is PathLike else type.__subclasscheck__(cls, subclass)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects with a file-system path (__fspath__)."""

    __slots__ = ()

    def __fspath__(self):
        raise NotImplementedError

    __class_getitem__ = classmethod(lambda cls, item: cls)


def fspath(path):
    """The str or bytes of a path-like object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---- stat

class stat_result(tuple):
    """The result of stat(): a 10-tuple with named fields and the float/nanosecond times."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 10:
            raise TypeError(f"os.stat_result() takes an at least 10-sequence ({len(items)}-sequence given)")
        if len(items) > 16:
            raise TypeError(f"os.stat_result() takes an at most 16-sequence ({len(items)}-sequence given)")
        self = tuple.__new__(cls, items[:10])
        extra = items[10:] + (None,) * (16 - len(items))
        self._extra = extra
        return self

    def __repr__(self):
        names = self._fields + ('st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self)) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])


stat_result.__module__ = 'os'


def _make_stat(raw):
    mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns = raw
    return stat_result((mode, ino, dev, nlink, uid, gid, size,
                        atime_ns // 1_000_000_000, mtime_ns // 1_000_000_000, ctime_ns // 1_000_000_000,
                        atime_ns / 1e9, mtime_ns / 1e9, ctime_ns / 1e9,
                        atime_ns, mtime_ns, ctime_ns))


def _refuse_dir_fd(dir_fd):
    # the JVM has no *at() calls: a directory descriptor cannot be honoured (CPython's error
    # where the platform lacks them; os.supports_dir_fd is empty)
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")


def stat(path, *, dir_fd=None, follow_symlinks=True):
    _refuse_dir_fd(dir_fd)
    if isinstance(path, int):
        return fstat(path)
    return _make_stat(_posix._stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    _refuse_dir_fd(dir_fd)
    return _make_stat(_posix._stat(path, False))


def fstat(fd):
    return _make_stat(_posix._fstat(fd))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    _refuse_dir_fd(dir_fd)
    if not follow_symlinks:
        raise NotImplementedError("utime: follow_symlinks unavailable on this platform")
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        atime_ns, mtime_ns = ns
    elif times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime_ns, mtime_ns = (round(t * 1e9) if isinstance(t, float) else t * 1_000_000_000
                              for t in times)
    else:
        from time import time_ns
        atime_ns = mtime_ns = time_ns()
    _posix._utime_ns(path, atime_ns, mtime_ns)


def _disk_usage(path):
    return _posix._disk_usage(path)


def _realpath(path):
    return _posix._realpath(path)


# ---- environment

class _Environ:
    """os.environ: a str-to-str mapping whose changes reach putenv/unsetenv."""

    def __init__(self, data):
        self._data = data

    def _check(self, key, value=None):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if value is not None and not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")

    def __getitem__(self, key):
        self._check(key)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key, value)
        _putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        self._check(key)
        _unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwargs):
        for key, value in dict(other, **kwargs).items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        return 'environ({' + ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items()) + '})'


environ = _Environ(dict(_posix.environ))


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _putenv(key, value)


def unsetenv(key):
    _unsetenv(key)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """An open file object for the descriptor fd (io.open with the descriptor)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path = env.get('PATH', defpath)
    return path.split(pathsep)


# ---- directories

class DirEntry:
    """An entry yielded by scandir(): name, path and cached stat results."""

    def __init__(self, dirpath, name):
        self.name = name
        if isinstance(name, bytes):
            self.path = dirpath + name if dirpath.endswith(b'/') else dirpath + b'/' + name
        else:
            self.path = dirpath + name if dirpath.endswith('/') else dirpath + '/' + name
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def is_junction(self):
        return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    __class_getitem__ = classmethod(lambda cls, item: cls)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, path):
        self._path = path
        self._names = iter(listdir(path))
        self._prefix = path
        if isinstance(path, bytes):
            self._prefix = path
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        name = next(self._names)
        return DirEntry(self._prefix, name)

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path='.'):
    if path is None:
        path = '.'
    path = fspath(path)
    return _ScandirIterator(path)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    sys.audit("os.walk", top, topdown, onerror, followlinks)
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with scandir_it:
            for entry in scandir_it:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# ---- terminal

class terminal_size(tuple):
    """The size of a terminal window: (columns, lines)."""

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(items)}-sequence given)")
        return tuple.__new__(cls, items)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'


terminal_size.__module__ = 'os'


def get_terminal_size(fd=1):
    # the JVM cannot ask the terminal: as CPython does for a descriptor that is not a tty
    raise OSError(25, 'Inappropriate ioctl for device')


# ---- processes (over subprocess: the JVM cannot fork)

def system(command):
    """Runs command in a subshell; the wait status (exit code << 8, or the signal number)."""
    import subprocess
    code = subprocess.call(command, shell=True)
    return -code if code < 0 else code << 8


class _wrap_close:
    """os.popen's file: closing it waits for the command and gives its wait status (None for 0)."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Runs cmd in a subshell with a pipe to its stdin ('w') or from its stdout ('r')."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


def kill(pid, signal, /):
    """Sends a signal to a process: this one (signal.raise_signal), a child Popen started (its
    Java Process), any other through kill(1)."""
    import signal as _signal_module
    signum = int(signal)
    if pid == getpid():
        if signum != 0:
            _signal_module.raise_signal(signum)
        return
    subprocess = sys.modules.get('subprocess')
    child = subprocess._children.get(pid) if subprocess is not None else None
    if child is not None and child.poll() is None:
        child.send_signal(signum)
        return
    import _ember_subprocess
    if signum < 0 or signum >= 65:
        raise OSError(22, strerror(22))
    result = _ember_subprocess.run_kill(signum, pid)
    if result:
        raise OSError(result, strerror(result))


def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return ((status & 0x7f) + 1) >> 1 > 0 and (status & 0x7f) != 0x7f


def WTERMSIG(status):
    return status & 0x7f


def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    return WEXITSTATUS(status)


def WCOREDUMP(status):
    return bool(status & 0x80)


def waitstatus_to_exitcode(status):
    """The exit code of a wait status: its exit status, or -signal for a death by signal."""
    if not isinstance(status, int):
        raise TypeError(f"'{type(status).__name__}' object cannot be interpreted as an integer")
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError(f"invalid wait status: {status}")


def get_blocking(fd):
    return True


def device_encoding(fd):
    return None


import posixpath as path
sys.modules['os.path'] = path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull


# Which functions honour the optional arguments (shutil and pathlib consult these): stat follows
# symlinks or not and takes a descriptor; no function takes dir_fd or effective_ids here.
supports_follow_symlinks = {stat}
supports_fd = {stat}
supports_dir_fd = set()
supports_effective_ids = set()
