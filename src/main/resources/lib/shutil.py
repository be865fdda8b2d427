"""High-level file operations (Ember's own implementation of the core of `shutil`).

Copying files, permission bits and metadata, copying and removing directory trees, moving,
which(), disk_usage() and get_terminal_size(). Archives (make_archive/unpack_archive) and
chown() are not there yet.
"""

import os
import stat
import sys

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'disk_usage',
           'ignore_patterns', 'which', 'get_terminal_size', 'SameFileError', 'ReadError',
           'RegistryError']

COPY_BUFSIZE = 1024 * 1024 if os.name == 'nt' else 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to copy a special file (a named pipe, ...)."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when registering an archive format fails."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file object fsrc to file object fdst, in chunks."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(length)
        if not chunk:
            break
        write(chunk)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry) and hasattr(os.path, 'samestat'):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    if hasattr(os.path, 'samefile'):
        try:
            return os.path.samefile(src, dst)
        except OSError:
            return False
    return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def _stat(path):
    return path.stat() if isinstance(path, os.DirEntry) else os.stat(path)


def _islink(path):
    return path.is_symlink() if isinstance(path, os.DirEntry) else os.path.islink(path)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (not the permissions); returns dst."""
    if hasattr(sys, 'audit'):
        sys.audit('shutil.copyfile', src, dst)
    if _samefile(src, dst):
        raise SameFileError(f'{src!r} and {dst!r} are the same file')
    for index, name in enumerate([src, dst]):
        try:
            st = _stat(name)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            shown = name.path if isinstance(name, os.DirEntry) else name
            raise SpecialFileError(f'`{shown}` is a named pipe')
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as error:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from error
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    if hasattr(sys, 'audit'):
        sys.audit('shutil.copymode', src, dst)
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        if not hasattr(os, 'lchmod'):
            return
        st = os.lstat(src)
        os.lchmod(dst, stat.S_IMODE(st.st_mode))
        return
    st = _stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits, access and modification times and flags of src to dst."""
    if hasattr(sys, 'audit'):
        sys.audit('shutil.copystat', src, dst)
    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))
    if follow:
        st = _stat(src)
    else:
        st = src.stat(follow_symlinks=False) if isinstance(src, os.DirEntry) else os.lstat(src)
    mode = stat.S_IMODE(st.st_mode)
    try:
        os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    except NotImplementedError:
        if follow:
            raise
    try:
        if follow or os.chmod in getattr(os, 'supports_follow_symlinks', ()):
            os.chmod(dst, mode, follow_symlinks=follow)
    except NotImplementedError:
        pass
    if hasattr(st, 'st_flags') and hasattr(os, 'chflags'):
        try:
            os.chflags(dst, st.st_flags, follow_symlinks=follow)
        except OSError as error:
            import errno
            if error.errno not in (getattr(errno, 'EOPNOTSUPP', None),
                                   getattr(errno, 'ENOTSUP', None)):
                raise


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory. Returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and all metadata copystat() copies. Returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree: names matching any of the glob-style patterns."""
    def _ignore_patterns(path, names):
        import fnmatch
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory src to dst (created; or reused with dirs_exist_ok)."""
    if hasattr(sys, 'audit'):
        sys.audit('shutil.copytree', src, dst)
    with os.scandir(src) as scanned:
        entries = list(scanned)
    return _copytree(entries, src, dst, symlinks, ignore, copy_function,
                     ignore_dangling_symlinks, dirs_exist_ok)


def _copytree(entries, src, dst, symlinks, ignore, copy_function, ignore_dangling_symlinks,
              dirs_exist_ok):
    ignored = ignore(os.fspath(src), [entry.name for entry in entries]) \
        if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        src_name = os.path.join(src, entry.name)
        dst_name = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                target = os.readlink(src_name)
                if symlinks:
                    os.symlink(target, dst_name)
                    copystat(entry, dst_name, follow_symlinks=not symlinks)
                else:
                    if not os.path.exists(target) and ignore_dangling_symlinks:
                        continue
                    if entry.is_dir():
                        copytree(src_name, dst_name, symlinks, ignore, copy_function,
                                 ignore_dangling_symlinks, dirs_exist_ok)
                    else:
                        copy_function(src_name, dst_name)
            elif entry.is_dir():
                copytree(src_name, dst_name, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(src_name, dst_name)
        except Error as error:
            errors.extend(error.args[0])
        except OSError as why:
            errors.append((src_name, dst_name, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        if getattr(why, 'winerror', None) is None:
            errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete a directory tree. Errors go to onexc(function, path, exception) (or the
    deprecated onerror(function, path, exc_info)), are ignored, or raised."""
    if hasattr(sys, 'audit'):
        sys.audit('shutil.rmtree', path, dir_fd)
    if onerror is not None:
        import warnings
        warnings.warn('onerror argument is deprecated, use onexc instead', DeprecationWarning,
                      stacklevel=2)
    if dir_fd is not None:
        raise NotImplementedError('rmtree: dir_fd is not supported by Ember yet')
    if ignore_errors:
        def handler(*args):
            pass
    elif onexc is not None:
        handler = onexc
    elif onerror is not None:
        def handler(function, failed_path, exc):
            onerror(function, failed_path, (type(exc), exc, exc.__traceback__))
    else:
        def handler(function, failed_path, exc):
            raise exc
    try:
        st = os.lstat(path)
    except OSError as error:
        handler(os.lstat, path, error)
        return
    try:
        if stat.S_ISLNK(st.st_mode):
            raise OSError('Cannot call rmtree on a symbolic link')
    except OSError as error:
        handler(os.path.islink, path, error)
        return
    _remove_tree(os.fspath(path), handler)


def _remove_tree(path, handler):
    try:
        with os.scandir(path) as scanned:
            entries = list(scanned)
    except OSError as error:
        handler(os.scandir, path, error)
        entries = []
    for entry in entries:
        full = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            try:
                if entry.is_symlink():
                    raise OSError('Cannot call rmtree on a symbolic link')
            except OSError as error:
                handler(os.path.islink, full, error)
                continue
            _remove_tree(full, handler)
        else:
            try:
                os.unlink(full)
            except FileNotFoundError:
                continue
            except OSError as error:
                handler(os.unlink, full, error)
    try:
        os.rmdir(path)
    except FileNotFoundError:
        pass
    except OSError as error:
        handler(os.rmdir, path, error)


rmtree.avoids_symlink_attacks = False


def _basename(path):
    path = os.fspath(path)
    separators = os.sep + (os.altsep or '')
    return os.path.basename(path.rstrip(separators))


def _destination_in_source(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst (into it, when dst is a directory); rename when
    possible, else copy and delete. Returns the destination."""
    if hasattr(sys, 'audit'):
        sys.audit('shutil.move', src, dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst) and not os.path.islink(src):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            link_target = os.readlink(src)
            os.symlink(link_target, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destination_in_source(src, dst):
                raise Error(f"Cannot move a directory '{src}' into itself '{dst}'.")
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


class _DiskUsage(tuple):
    """(total, used, free) in bytes."""

    def __new__(cls, total, used, free):
        return super().__new__(cls, (total, used, free))

    total = property(lambda self: self[0])
    used = property(lambda self: self[1])
    free = property(lambda self: self[2])

    def __repr__(self):
        return f'usage(total={self[0]!r}, used={self[1]!r}, free={self[2]!r})'


def disk_usage(path):
    """Total, used and free space of the file system holding `path`, in bytes."""
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _DiskUsage(total, used, free)


def _access_check(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable `cmd` would run, searching PATH; None if there is none."""
    use_bytes = isinstance(cmd, bytes)
    if os.path.dirname(cmd):
        return cmd if _access_check(cmd, mode) else None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            try:
                path = os.confstr('CS_PATH')
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if use_bytes:
        path = os.fsencode(path)
        directories = path.split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path)
        directories = path.split(os.pathsep)
    seen = set()
    for directory in directories:
        normalized = os.path.normcase(directory)
        if normalized in seen:
            continue
        seen.add(normalized)
        candidate = os.path.join(directory, cmd)
        if _access_check(candidate, mode):
            return candidate
    return None


class _TerminalSize(tuple):
    def __new__(cls, columns, lines):
        return super().__new__(cls, (columns, lines))

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


def get_terminal_size(fallback=(80, 24)):
    """COLUMNS and LINES from the environment, else the terminal's size, else `fallback`."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback) if hasattr(os, 'terminal_size') \
                else _TerminalSize(*fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    if hasattr(os, 'terminal_size'):
        return os.terminal_size((columns, lines))
    return _TerminalSize(columns, lines)
