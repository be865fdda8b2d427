"""Unix shell-style filename matching (Ember's own fnmatch module).

Patterns: '*' matches everything, '?' any single character, '[seq]' any character in seq,
'[!seq]' any character not in seq. There is no way to quote a special character other than
putting it in brackets ('[*]'). fnmatch() normalizes case as the operating system does
(os.path.normcase); fnmatchcase() does not.
"""

import re

try:
    import os.path as _os_path
    _normcase = _os_path.normcase
    # On POSIX, normcase changes nothing, so filter() need not call it on every name.
    _names_need_normcase = _os_path.__name__ != 'posixpath'
except ImportError:         # no os module yet: behave like POSIX (case-sensitive)
    def _normcase(path):
        return path
    _names_need_normcase = False

__all__ = ["filter", "filterfalse", "fnmatch", "fnmatchcase", "translate"]

_CACHE_LIMIT = 32768
_compiled_patterns = {}


def _compile_pattern(pat):
    """The match method of the regex for pat (str or bytes), cached."""
    key = (type(pat), pat)
    match = _compiled_patterns.get(key)
    if match is None:
        if isinstance(pat, bytes):
            # Bytes patterns are translated as Latin-1 text: one character per byte.
            regex = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
        else:
            regex = translate(pat)
        match = re.compile(regex).match
        if len(_compiled_patterns) >= _CACHE_LIMIT:
            _compiled_patterns.clear()
        _compiled_patterns[key] = match
    return match


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN, with the operating system's case rules."""
    return fnmatchcase(_normcase(name), _normcase(pat))


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _compile_pattern(pat)(name) is not None


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    match = _compile_pattern(_normcase(pat))
    if _names_need_normcase:
        return [name for name in names if match(_normcase(name))]
    return [name for name in names if match(name)]


def filterfalse(names, pat):
    """Construct a list from those elements of the iterable NAMES that do not match PAT."""
    match = _compile_pattern(_normcase(pat))
    if _names_need_normcase:
        return [name for name in names if match(_normcase(name)) is None]
    return [name for name in names if match(name) is None]


# The end-of-string anchor of translated patterns: Python 3.14 writes \z (which
# the re module of 3.14 knows); with an older re, \Z (same meaning) is all there is.
try:
    re.compile(r'\z')
    _END_OF_STRING = r'\z'
except re.error:
    _END_OF_STRING = r'\Z'

# Marks a '*' among the translated pieces of a pattern.
_STAR = object()


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    return _join_pieces(_translate_pieces(pat))


def _translate_pieces(pat):
    """Regex pieces for each element of the pattern, with _STAR for each run of '*'."""
    pieces = []
    index = 0
    length = len(pat)
    while index < length:
        char = pat[index]
        index += 1
        if char == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif char == '?':
            pieces.append('.')
        elif char == '[':
            close = _find_bracket_end(pat, index)
            if close < 0:
                pieces.append('\\[')        # no closing bracket: a literal '['
            else:
                pieces.append(_character_class(pat[index:close]))
                index = close + 1
        else:
            pieces.append(re.escape(char))
    return pieces


def _find_bracket_end(pat, start):
    """Index of the ']' closing a set whose content starts at start, or -1.
    A ']' right after '[' or '[!' is part of the set."""
    position = start
    if position < len(pat) and pat[position] == '!':
        position += 1
    if position < len(pat) and pat[position] == ']':
        position += 1
    close = pat.find(']', position)
    return close


def _character_class(content):
    """The regex for a bracket set with the given content (between '[' and ']')."""
    if '-' not in content:
        body = content.replace('\\', r'\\')
    else:
        body = '-'.join(segment.replace('\\', r'\\').replace('-', r'\-')
                        for segment in _range_segments(content))
    # '&&', '~~' and '||' could become set operations in future regex syntax.
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'           # an empty set never matches
    if body == '!':
        return '.'              # the negated empty set matches anything
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in ('^', '['):
        return '[\\' + body + ']'
    return '[' + body + ']'


def _range_segments(content):
    """Splits set content at the hyphens that make ranges, so that joining the segments
    with '-' gives the ranges back. Reversed ranges like 'z-a' are dropped."""
    segments = []
    segment_start = 0
    # A hyphen first in the set (after '!') is literal, and so is a hyphen right
    # after a range's end character.
    search_from = 2 if content.startswith('!') else 1
    while True:
        hyphen = content.find('-', search_from)
        if hyphen < 0:
            break
        segments.append(content[segment_start:hyphen])
        segment_start = hyphen + 1
        search_from = hyphen + 3
    tail = content[segment_start:]
    if tail:
        segments.append(tail)
    else:
        segments[-1] += '-'         # a hyphen last in the set is literal
    for index in range(len(segments) - 1, 0, -1):
        if segments[index - 1][-1] > segments[index][0]:
            # An empty range (invalid in a regex): drop its two ends.
            segments[index - 1] = segments[index - 1][:-1] + segments[index][1:]
            del segments[index]
    return segments


def _join_pieces(pieces):
    """Joins translated pieces. A '*' followed by fixed text and another '*' becomes an
    atomic group (?>.*?fixed): the shortest match, never revisited, which keeps matching
    linear instead of exponential on patterns with many stars."""
    out = []
    index = 0
    count = len(pieces)
    while index < count and pieces[index] is not _STAR:
        out.append(pieces[index])
        index += 1
    while index < count:
        index += 1                      # skip the star
        fixed_start = index
        while index < count and pieces[index] is not _STAR:
            index += 1
        fixed = ''.join(pieces[fixed_start:index])
        if index == count:
            out.append('.*' + fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    return f"(?s:{''.join(out)}){_END_OF_STRING}"
