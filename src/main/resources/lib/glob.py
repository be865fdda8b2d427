"""Filename globbing: glob, iglob, escape, has_magic (Unix shell rules, '**' when recursive).

The wildcard matcher is this module's own (it does not need `re`): '*', '?', '[seq]' and
'[!seq]', case-sensitive as on POSIX."""

import os
import sys

__all__ = ["glob", "iglob", "escape"]

_MAGIC = '*?['


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (in directory order, as os.scandir gives it)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    sys.audit("glob.glob", pathname, recursive)
    sys.audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        first = next(results, None)
        if first:
            yield first
    yield from results


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        glob_in_dir = _glob0
    for directory in dirs:
        for name in glob_in_dir(_join(root_dir, directory), basename, dironly, include_hidden):
            yield os.path.join(directory, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [name for name in names if not _ishidden(name)]
    return [name for name in names if _match(name, pattern)]


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    if not dirname or _isdir(dirname):
        yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for sub in _rlistdir(path, dironly, include_hidden):
                yield os.path.join(name, sub)


def _listdir(dirname, dironly):
    try:
        with os.scandir(dirname or (b'.' if isinstance(dirname, bytes) else '.')) as entries:
            names = []
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _lexists(pathname):
    try:
        os.lstat(pathname)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname):
    try:
        return os.path.isdir(pathname)
    except (OSError, ValueError):
        return False


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _ishidden(path):
    return path[:1] in ('.', b'.')


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in b'*?[' for c in s)
    return any(c in _MAGIC for c in s)


def escape(pathname):
    """Escapes the wildcard characters: each of * ? [ becomes a one-character set."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        out = b''.join(b'[' + bytes([c]) + b']' if c in b'*?[' else bytes([c]) for c in pathname)
    else:
        out = ''.join('[' + c + ']' if c in _MAGIC else c for c in pathname)
    return drive + out


def _match(name, pattern):
    """Whether name matches the shell pattern (the whole name)."""
    if isinstance(name, bytes):
        name = name.decode('latin-1')
        pattern = pattern.decode('latin-1')
    return _match_at(name, 0, pattern, 0)


def _match_at(name, i, pattern, j):
    n, m = len(name), len(pattern)
    star_j = -1        # the position after the last '*' in the pattern, for backtracking
    star_i = 0
    while i < n:
        if j < m:
            c = pattern[j]
            if c == '*':
                star_j = j + 1
                star_i = i
                j += 1
                continue
            if c == '?':
                i += 1
                j += 1
                continue
            if c == '[':
                matched, after = _match_set(name[i], pattern, j)
                if after < 0:
                    # an unclosed '[' is an ordinary character
                    if name[i] == '[':
                        i += 1
                        j += 1
                        continue
                elif matched:
                    i += 1
                    j = after
                    continue
            elif c == name[i]:
                i += 1
                j += 1
                continue
        if star_j < 0:
            return False
        star_i += 1
        i = star_i
        j = star_j
    while j < m and pattern[j] == '*':
        j += 1
    return j == m


def _match_set(ch, pattern, j):
    """(whether ch is in the set starting at pattern[j] == '[', index after the set) or (False, -1)."""
    k = j + 1
    negate = False
    if k < len(pattern) and pattern[k] == '!':
        negate = True
        k += 1
    if k < len(pattern) and pattern[k] == ']':
        k += 1
    end = pattern.find(']', k)
    if end < 0:
        return False, -1
    items = pattern[j + 1 + negate:end]
    matched = False
    p = 0
    while p < len(items):
        if p + 2 < len(items) and items[p + 1] == '-':
            if items[p] <= ch <= items[p + 2]:
                matched = True
            p += 3
        else:
            if items[p] == ch:
                matched = True
            p += 1
    return matched != negate, end + 1

