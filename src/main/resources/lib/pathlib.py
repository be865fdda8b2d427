"""Object-oriented file-system paths (POSIX flavour): PurePath, PurePosixPath, Path, PosixPath."""

import os
import posixpath
import glob as _glob

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "PureWindowsPath", "Path",
           "PosixPath", "WindowsPath"]


class UnsupportedOperation(NotImplementedError):
    """Raised when an unsupported operation is called on a path object."""


def _parse(text):
    """(root, parts) of a POSIX path string: '' '/' or '//' as root; '.' and empty parts dropped."""
    if text.startswith('//') and not text.startswith('///'):
        root = '//'
    elif text.startswith('/'):
        root = '/'
    else:
        root = ''
    parts = [p for p in text.split('/') if p and p != '.']
    return root, parts


class _Parents:
    """The logical ancestors of a path, as a sequence (p.parents[0] is p.parent)."""

    def __init__(self, path):
        self._path = path
        self._count = len(path._parts)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        if index < 0:
            index += self._count
        return self._path._from_parts(self._path._root, self._path._parts[:self._count - index - 1])

    def __iter__(self):
        for i in range(self._count):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path without I/O: construction, joining, splitting and matching."""

    __slots__ = ('_root', '_parts', '_str', '_hash')
    parser = posixpath

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        texts = []
        for arg in args:
            if isinstance(arg, PurePath):
                texts.append(str(arg))
                continue
            try:
                path = os.fspath(arg)
            except TypeError:
                path = arg
            if not isinstance(path, str):
                raise TypeError("argument should be a str or an os.PathLike object where "
                                f"__fspath__ returns a str, not {type(path).__name__!r}")
            texts.append(path)
        joined = posixpath.join(*texts) if texts else ''
        self._root, self._parts = _parse(joined)
        self._str = None
        self._hash = None

    def _from_parts(self, root, parts):
        path = object.__new__(type(self))
        path._root = root
        path._parts = list(parts)
        path._str = None
        path._hash = None
        return path

    def with_segments(self, *pathsegments):
        return type(self)(*pathsegments)

    # text forms
    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative paths can't be expressed as file URIs")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    # comparisons
    def _key(self):
        return str(self)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or other.parser is not self.parser:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._key())
        return self._hash

    def _parts_key(self):
        return ([self._root] if self._root else []) + self._parts

    def __lt__(self, other):
        if not isinstance(other, PurePath) or other.parser is not self.parser:
            return NotImplemented
        return self._parts_key() < other._parts_key()

    def __le__(self, other):
        if not isinstance(other, PurePath) or other.parser is not self.parser:
            return NotImplemented
        return self._parts_key() <= other._parts_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or other.parser is not self.parser:
            return NotImplemented
        return self._parts_key() > other._parts_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or other.parser is not self.parser:
            return NotImplemented
        return self._parts_key() >= other._parts_key()

    # components
    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    # 3.14: a trailing dot is a suffix ('x.' has suffix '.'); leading dots never start one
    @property
    def suffix(self):
        stripped = self.name.lstrip('.')
        i = stripped.rfind('.')
        return stripped[i:] if i != -1 else ''

    @property
    def suffixes(self):
        stripped = self.name.lstrip('.')
        return ['.' + suffix for suffix in stripped.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        suffix = self.suffix
        return name[:len(name) - len(suffix)] if suffix else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or '/' in name or name == '.':
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f"{self!r} has a non-empty suffix")
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and not suffix.startswith('.'):
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        return self.with_name(self.stem + suffix)

    def relative_to(self, other, *, walk_up=False):
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        for step, path in enumerate([other] + list(other.parents)):
            if path == self or path in self.parents:
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if path.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        parts = ['..'] * step + self._parts[len(path._parts):]
        return self._from_parts('', parts)

    def is_relative_to(self, other):
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def __reduce__(self):
        return (type(self), (str(self),))

    # matching
    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches the pattern from the right (the whole path if the pattern is absolute)."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        pattern_parts = path_pattern.parts
        path_parts = self.parts
        if not pattern_parts:
            raise ValueError("empty pattern")
        if len(path_parts) < len(pattern_parts):
            return False
        if path_pattern._root and len(path_parts) != len(pattern_parts):
            return False
        for part, pattern in zip(reversed(path_parts), reversed(pattern_parts)):
            if not _match_part(part, pattern, case_sensitive):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        """Whether the whole path matches the glob-style pattern ('**' matches any number of parts)."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        return _match_parts(list(self.parts), list(pattern.parts), case_sensitive)


def _match_part(part, pattern, case_sensitive):
    if case_sensitive is False:
        part, pattern = part.lower(), pattern.lower()
    import fnmatch
    return fnmatch.fnmatchcase(part, pattern)


def _match_parts(parts, patterns, case_sensitive):
    if not patterns:
        return not parts
    if patterns[0] == '**':
        return any(_match_parts(parts[i:], patterns[1:], case_sensitive) for i in range(len(parts) + 1))
    return bool(parts) and _match_part(parts[0], patterns[0], case_sensitive) and \
        _match_parts(parts[1:], patterns[1:], case_sensitive)


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported on Ember."""
    __slots__ = ()

    def __init__(self, *args):
        raise UnsupportedOperation("PureWindowsPath is not available on Ember")


class Path(PurePath):
    """A PurePath that can do I/O."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    # information
    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self) if follow_symlinks else os.path.lexists(self)

    def is_dir(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.path.isdir(self)
        try:
            return os.lstat(self).st_mode & 0o170000 == 0o040000
        except (OSError, ValueError):
            return False

    def is_file(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.path.isfile(self)
        try:
            return os.lstat(self).st_mode & 0o170000 == 0o100000
        except (OSError, ValueError):
            return False

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def is_junction(self):
        return False

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.with_segments(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    # reading and writing
    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' not in mode:
            import io
            encoding = io.text_encoding(encoding)
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open(mode='r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    # directories
    def iterdir(self):
        root = str(self)
        for name in os.listdir(root):
            yield self._from_parts(self._root, self._parts + [name])

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        if not isinstance(pattern, str):
            pattern = str(pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pattern.startswith('/'):
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.rstrip('/') == '**':
            yield self   # '**' matches the directory itself too (glob drops that empty match)
        for name in _glob.iglob(pattern, root_dir=str(self), recursive=True, include_hidden=True):
            yield self / name if name else self

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        return self.glob('**/' + str(pattern), case_sensitive=case_sensitive)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for dirpath, dirnames, filenames in os.walk(self, top_down, on_error, follow_symlinks):
            yield self.with_segments(dirpath), dirnames, filenames

    # changing the file system
    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def readlink(self):
        return self.with_segments(os.readlink(self))

    # other forms of the path
    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        return self.with_segments(os.path.realpath(self, strict=strict))

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return self.with_segments(homedir, *self._parts[1:])
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()


class PosixPath(Path, PurePosixPath):
    """A Path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported on Ember."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation(f"cannot instantiate {cls.__name__!r} on your system")
