"""linecache (Ember): lines of source files, read once and kept, for tracebacks and tools.

A file is found by its name, else (for a relative name) in the directories of sys.path; a
module's loader may also supply the source (lazycache). The text is decoded as Python source
is: a UTF-8 BOM or a coding cookie in the first two lines, else UTF-8.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); a 1-tuple (get_source,) for a lazy entry
cache = {}


def clearcache():
    """Forgets every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of the file, with its newline; '' when there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of the file (read and cached on first use); [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops cached files whose size or modification time changed (or that disappeared)."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue    # lines that did not come from a file
        try:
            status = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != status.st_size or mtime != status.st_mtime:
            cache.pop(name, None)


def _is_pseudo_name(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def updatecache(filename, module_globals=None):
    """Reads the file again into the cache and returns its lines ([] when unreadable)."""
    entry = cache.pop(filename, None)
    if _is_pseudo_name(filename):
        return []
    fullname = filename
    try:
        status = os.stat(fullname)
    except OSError:
        lines = _lines_from_loader(filename, entry, module_globals)
        if lines is not None:
            cache[filename] = (len(''.join(lines)), None, lines, fullname)
            return lines
        found = _search_path(filename)
        if found is None:
            return []
        fullname, status = found
    try:
        with open(fullname, 'rb') as source_file:
            data = source_file.read()
        lines = _split(_decode(data))
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    cache[filename] = (status.st_size, status.st_mtime, lines, fullname)
    return lines


def _search_path(filename):
    """(fullname, stat) of a relative name found under a sys.path directory, or None."""
    if os.path.isabs(filename):
        return None
    for directory in sys.path:
        try:
            fullname = os.path.join(directory, filename)
            return fullname, os.stat(fullname)
        except (TypeError, AttributeError, OSError, ValueError):
            continue
    return None


def _lines_from_loader(filename, entry, module_globals):
    if entry is not None and len(entry) == 1:
        get_source = entry[0]
    elif lazycache(filename, module_globals):
        get_source = cache.pop(filename)[0]
    else:
        return None
    try:
        source = get_source()
    except (ImportError, OSError):
        return None
    if source is None:
        return None
    return _split(source)


def lazycache(filename, module_globals):
    """Remembers how to get a module's source from its loader, without reading it yet.
    True when the file can be read that way later."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo_name(filename) or not module_globals:
        return False
    spec = module_globals.get('__spec__')
    name = getattr(spec, 'name', None) or module_globals.get('__name__')
    loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if name and get_source:
        cache[filename] = (lambda: get_source(name),)
        return True
    return False


def _decode(data):
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8')
    encoding = 'utf-8'
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.lstrip(b' \t\f')
        if stripped.startswith(b'#'):
            cookie = _coding_cookie(stripped.decode('latin-1'))
            if cookie:
                encoding = cookie
                break
        elif stripped.strip():
            break   # code before a cookie: no cookie counts after it
    return data.decode(encoding)


def _coding_cookie(comment):
    index = comment.find('coding')
    if index < 0 or index + 6 >= len(comment) or comment[index + 6] not in ':=':
        return None
    rest = comment[index + 7:].lstrip(' \t')
    end = 0
    while end < len(rest) and (rest[end].isalnum() or rest[end] in '-_.'):
        end += 1
    return rest[:end] or None


def _split(text):
    """Lines with universal newlines, each ending in '\\n' (also the last)."""
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = [line + '\n' for line in text.split('\n')]
    if lines[-1] == '\n':
        lines.pop()
    return lines
