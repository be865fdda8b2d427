"""Filename globbing (Ember's own implementation of `glob`).

glob/iglob with `root_dir`, `recursive` ('**') and `include_hidden`, escape, has_magic and
the 3.13 translate(). Names are matched with this library's fnmatch; results come in
directory-listing order, as CPython's do.
"""

import os
import re
import sys

import fnmatch

__all__ = ['escape', 'glob', 'iglob', 'translate']

_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching `pathname` (a shell pattern; '**' spans directories when
    `recursive`); names starting with '.' only match patterns that do, unless
    `include_hidden`."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if hasattr(sys, 'audit'):
        sys.audit('glob.glob', pathname, recursive)
        sys.audit('glob.glob/2', pathname, recursive, root_dir, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError('glob: dir_fd is not supported by Ember yet')
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        return _skip_leading_empty(found)
    return found


def _skip_leading_empty(paths):
    """'**' yields the starting directory itself as '' first: not a result."""
    first = True
    for path in paths:
        if first:
            first = False
            if not path:
                continue
        yield path


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # A pattern ending with a separator only matches directories.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        glob_in_dir = _glob_literal
    elif recursive and _isrecursive(basename):
        glob_in_dir = _glob_recursive
    else:
        glob_in_dir = _glob_pattern
    for directory in dirs:
        for name in glob_in_dir(_join(root_dir, directory), basename, dironly, include_hidden):
            yield os.path.join(directory, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [name for name in names if not _ishidden(name)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden=False):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def glob0(dirname, pattern):
    import warnings
    warnings._deprecated('glob.glob0', remove=(3, 15))
    return _glob_literal(dirname, pattern, False)


def glob1(dirname, pattern):
    import warnings
    warnings._deprecated('glob.glob1', remove=(3, 15))
    return _glob_pattern(dirname, pattern, False)


def _glob_recursive(dirname, pattern, dironly, include_hidden=False):
    if not dirname or os.path.isdir(dirname):
        yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    """Names in `dirname` ('' is the current directory); [] when it cannot be listed."""
    names = []
    try:
        with os.scandir(dirname or (os.curdir if isinstance(dirname, str)
                                    else os.fsencode(os.curdir))) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        return []
    return names


def _walk_names(dirname, dironly, include_hidden=False):
    """Relative paths of everything below `dirname`, parents before children."""
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for below in _walk_names(path, dironly, include_hidden):
                yield _join(name, below)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    if isinstance(s, bytes):
        return _MAGIC_BYTES.search(s) is not None
    return _MAGIC.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """Escape the magic characters '*', '?' and '[' (not in a drive or UNC prefix)."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _MAGIC_BYTES.sub(br'[\1]', pathname)
    else:
        pathname = _MAGIC.sub(r'[\1]', pathname)
    return drive + pathname




def translate(pat, *, recursive=False, include_hidden=False, seps=None):
    """A regular expression matching the paths `pat` matches, with '*' and '?' kept inside
    one path segment and '**' (when `recursive`) spanning segments."""
    if not seps:
        seps = os.sep + os.altsep if os.altsep else os.sep
    escaped_seps = ''.join(map(re.escape, seps))
    any_sep = f'[{escaped_seps}]' if len(seps) > 1 else escaped_seps
    not_sep = f'[^{escaped_seps}]'
    if include_hidden:
        last_segment = f'{not_sep}+'
        segment = f'{last_segment}{any_sep}'
        any_segments = f'(?:.+{any_sep})?'
        any_last_segments = '.*'
    else:
        last_segment = f'[^{escaped_seps}.]{not_sep}*'
        segment = f'{last_segment}{any_sep}'
        any_segments = f'(?:{segment})*'
        any_last_segments = f'{any_segments}(?:{last_segment})?'
    results = []
    parts = re.split(any_sep, pat)
    last = len(parts) - 1
    for index, part in enumerate(parts):
        if part == '*':
            results.append(segment if index < last else last_segment)
        elif recursive and part == '**':
            if index < last:
                if parts[index + 1] != '**':
                    results.append(any_segments)
            else:
                results.append(any_last_segments)
        else:
            if part:
                if not include_hidden and part[0] in '*?':
                    results.append(r'(?!\.)')
                results.extend(_segment_pieces(part, f'{not_sep}*', not_sep))
            if index < last:
                results.append(any_sep)
    return fr"(?s:{''.join(results)}){fnmatch._END_OF_STRING}"


def _segment_pieces(part, star, question):
    """fnmatch's pieces for one path segment, with '*' and '?' kept inside the segment."""
    pieces = []
    for piece in fnmatch._translate_pieces(part):
        if piece is fnmatch._STAR:
            pieces.append(star)
        elif piece == '.':
            pieces.append(question)
        else:
            pieces.append(piece)
    return pieces
