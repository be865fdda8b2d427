"""Temporary files and directories (Ember's own implementation of `tempfile`).

mkstemp/mkdtemp/mktemp create unique names safely (O_EXCL, retrying on collisions);
TemporaryFile, NamedTemporaryFile, SpooledTemporaryFile and TemporaryDirectory clean up
after themselves. The directory comes from TMPDIR, TEMP or TMP, else the usual places.
"""

import errno as _errno
import os as _os
import sys as _sys

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir',
           'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_TEXT_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, 'O_NOFOLLOW', 0)
_BIN_FLAGS = _TEXT_FLAGS | getattr(_os, 'O_BINARY', 0)


class _RandomNames:
    """An endless supply of 8-character random names (a fresh generator after a fork)."""

    def __init__(self):
        self._pid = None
        self._random = None

    def _generator(self):
        pid = _os.getpid()
        if pid != self._pid:
            import random
            self._random = random.Random()
            self._pid = pid
        return self._random

    def __iter__(self):
        return self

    def __next__(self):
        choose = self._generator().choice
        return ''.join(choose(_CHARACTERS) for _ in range(8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNames()
    return _name_sequence


def _candidate_tempdir_list():
    """Directories to try, in order: the environment's, the usual places, the current one."""
    dirlist = []
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(name)
        if value:
            dirlist.append(value)
    if _os.name == 'nt':
        dirlist.extend([_os.path.expanduser(r'~\AppData\Local\Temp'),
                        _os.path.expandvars(r'%SYSTEMROOT%\Temp'), r'c:\temp', r'c:\tmp',
                        r'\temp', r'\tmp'])
    else:
        dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory where a file can really be created and written."""
    names = _get_candidate_names()
    for directory in _candidate_tempdir_list():
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        for _ in range(100):
            filename = _os.path.join(directory, next(names))
            try:
                fd = _os.open(filename, _BIN_FLAGS, 0o600)
                try:
                    try:
                        _os.write(fd, b'blat')
                    finally:
                        _os.close(fd)
                finally:
                    _os.unlink(filename)
                return directory
            except FileExistsError:
                pass
            except PermissionError:
                if _os.name == 'nt' and _os.path.isdir(directory):
                    continue
                break
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT, f'No usable temporary directory found in '
                                           f'{_candidate_tempdir_list()}')


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    return _os.fsencode(_gettempdir())


def gettempprefix():
    return _os.fsdecode(template)


def gettempprefixb():
    return _os.fsencode(template)


def _infer_return_type(*args):
    """str or bytes, from the arguments that are not None (mixing them is an error)."""
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if return_type is str:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = bytes
        else:
            if return_type is bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = str
    if return_type is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return return_type


def _sanitize_params(prefix, suffix, dir):
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _mkstemp_inner(dir, prefix, suffix, flags, output_type):
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for _ in range(TMP_MAX):
        name = next(names)
        filename = _os.path.join(dir, prefix + name + suffix)
        try:
            fd = _os.open(filename, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.name == 'nt' and _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return fd, filename
    raise FileExistsError(_errno.EEXIST, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by the user: (fd, absolute path)."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _TEXT_FLAGS if text else _BIN_FLAGS
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory accessible only by the user; returns its absolute path."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for _ in range(TMP_MAX):
        name = next(names)
        path = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.name == 'nt' and _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: another process may take it)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        path = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, 'No usable temporary filename found')


class _TemporaryFileCloser:
    """Closes the file and (when asked) deletes it, once."""

    cleanup_called = False
    close_called = False

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.delete_on_close = delete_on_close

    def cleanup(self, windows=(_os.name == 'nt'), unlink=_os.unlink):
        if self.cleanup_called:
            return
        self.cleanup_called = True
        try:
            if not self.close_called:
                self.close_called = True
                self.file.close()
        finally:
            if self.delete and not (windows and self.delete_on_close):
                try:
                    unlink(self.name)
                except FileNotFoundError:
                    pass

    def close(self):
        if not self.close_called:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete and self.delete_on_close:
                    self.cleanup()

    def __del__(self):
        self.cleanup()


class _TemporaryFileWrapper:
    """A file object whose file is deleted when it is closed (or when the context ends)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._closer = _TemporaryFileCloser(file, name, delete, delete_on_close)

    def __getattr__(self, name):
        value = getattr(self.__dict__['file'], name)
        return value

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._closer.cleanup()
        return result

    def close(self):
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """A temporary file with a visible name (`.name`), deleted on close unless delete=False."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _BIN_FLAGS
    if _os.name == 'nt' and delete:
        flags |= _os.O_TEMPORARY
    if 'b' not in mode:
        import io
        encoding = io.text_encoding(encoding)
    name = None

    def opener(*args):
        nonlocal name
        fd, name = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
        return fd

    try:
        file = open(dir, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors, opener=opener)
        try:
            raw = getattr(file, 'buffer', file)
            raw = getattr(raw, 'raw', raw)
            raw.name = name
            return _TemporaryFileWrapper(file, name, delete, delete_on_close)
        except BaseException:
            file.close()
            raise
    except BaseException:
        if name is not None and not (_os.name == 'nt' and delete):
            _os.unlink(name)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file without a name in the file system (unlinked at once)."""
    if _os.name == 'nt':
        return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                                  errors=errors)
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    if 'b' not in mode:
        import io
        encoding = io.text_encoding(encoding)

    def opener(*args):
        fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS, output_type)
        try:
            _os.unlink(name)
        except BaseException:
            _os.close(fd)
            raise
        return fd

    file = open(dir, mode, buffering=buffering, newline=newline, encoding=encoding,
                errors=errors, opener=opener)
    raw = getattr(file, 'buffer', file)
    raw = getattr(raw, 'raw', raw)
    raw.name = raw.fileno()
    return file


class SpooledTemporaryFile:
    """A file kept in memory until it grows past max_size (or fileno() is needed)."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        import io
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            encoding = io.text_encoding(encoding)
            self._file = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors=errors,
                                          newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        new = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        position = file.tell()
        if hasattr(new, 'buffer'):
            new.buffer.write(file.detach().getvalue())
        else:
            new.write(file.getvalue())
        new.seek(position, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        if not self.closed:
            import warnings
            warnings.warn(f'Unclosed file {self!r}', ResourceWarning, stacklevel=2,
                          source=self)
            self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        result = file.write(s)
        self._check(file)
        return result

    def writelines(self, iterable):
        if self._max_size == 0 or self._rolled:
            return self._file.writelines(iterable)
        iterator = iter(iterable)
        for line in iterator:
            self.write(line)
            if self._rolled:
                return self._file.writelines(iterator)

    def detach(self):
        return self._file.detach()


def _remove_tree(path, ignore_errors, on_error=None):
    import shutil
    shutil.rmtree(path, ignore_errors=ignore_errors, onexc=on_error)


class TemporaryDirectory:
    """A temporary directory removed (with its contents) on cleanup() or at the end of a
    with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *,
                 delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._closed = False

    def _rmtree(self):
        def on_error(func, path, exc):
            if isinstance(exc, PermissionError):
                try:
                    _os.chmod(path, 0o700)
                    if _os.path.isdir(path):
                        _remove_tree(path, self._ignore_cleanup_errors)
                    else:
                        _os.unlink(path)
                    return
                except FileNotFoundError:
                    return
                except OSError:
                    pass
            elif isinstance(exc, FileNotFoundError):
                return
            if not self._ignore_cleanup_errors:
                raise exc
        import shutil
        shutil.rmtree(self.name, onexc=on_error)

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if not self._closed and _os.path.lexists(self.name):
            self._closed = True
            self._rmtree()
        self._closed = True

    def __del__(self):
        if not self._closed and self._delete:
            try:
                self.cleanup()
            except Exception:
                pass

    @classmethod
    def __class_getitem__(cls, item):
        return cls
