"""Regular expressions for Ember.

The matching engine, Pattern and Match are Ember's own Java code (the built-in module
``_re``); this file holds the module-level API, the flags, the error class and the cache of
compiled patterns. Written for Ember from the documentation of Python's ``re`` module.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S",
    "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

__version__ = "2.2.1"


class RegexFlag(int):
    """The flags as an int subclass that prints like CPython's re.RegexFlag (re.I|re.M)."""

    _members = {}      # value -> member, for the named flags
    _order = []        # (name, value) in CPython's definition order

    def __new__(cls, value=0):
        member = cls._members.get(value)
        if member is not None:
            return member
        return int.__new__(cls, value)

    @classmethod
    def _define(cls, name, value):
        member = int.__new__(cls, value)
        member._name = name
        cls._members[value] = member
        if value:
            cls._order.append((name, value))
        return member

    @property
    def name(self):
        return getattr(self, "_name", None)

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        if value < 0:
            return "re.RegexFlag(%d)" % value
        parts = []
        for name, bit in self._order:
            if value & bit:
                parts.append("re." + name)
                value &= ~bit
        if value:
            parts.append("0x%x" % value)
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        all_bits = 0
        for _name, bit in self._order:
            all_bits |= bit
        return RegexFlag(all_bits & ~int(self))


NOFLAG = RegexFlag._define("NOFLAG", 0)
A = ASCII = RegexFlag._define("ASCII", 256)
I = IGNORECASE = RegexFlag._define("IGNORECASE", 2)
L = LOCALE = RegexFlag._define("LOCALE", 4)
U = UNICODE = RegexFlag._define("UNICODE", 32)
M = MULTILINE = RegexFlag._define("MULTILINE", 8)
S = DOTALL = RegexFlag._define("DOTALL", 16)
X = VERBOSE = RegexFlag._define("VERBOSE", 64)
DEBUG = RegexFlag._define("DEBUG", 128)


class PatternError(Exception):
    """A string that is not a valid regular expression (or replacement template).

    msg: the unformatted message; pattern: the pattern; pos: the index in the pattern where
    compilation failed (may be None); lineno, colno: the line and column of pos.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError.__module__ = "re"
error = PatternError
_re.error = PatternError

Pattern = _re.Pattern
Match = _re.Match


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string; a Match, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string; a Match, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through the string for a match of the pattern; a Match, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """The string with the leftmost non-overlapping occurrences of pattern replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new_string, number of substitutions made), as sub() makes them."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string by the occurrences of the pattern (with the groups' text)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches: strings, or tuples of groups when there are several."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def escape(pattern):
    """Escape special characters in a string."""
    return _re.escape(pattern)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = _re.compile(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = compiled
    return compiled


class Scanner:
    """A simple lexer (undocumented in CPython but public): `lexicon` is a list of (pattern,
    action) pairs; scan(string) matches the patterns, as one alternation in order, repeatedly
    from the start of `string` and collects each match's action result (an action that is
    callable is called as action(scanner, matched_text); None results are dropped). Returns
    (results, the unmatched rest of string)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # each phrase becomes one group of the alternation; the phrases' own groups come after
        # it, so a match's lastindex (the outermost group closes last) names its phrase
        alternatives = []
        self._phrase_of_group = {}
        group = 1
        for index, (phrase, _) in enumerate(lexicon):
            self._phrase_of_group[group] = index
            alternatives.append('(' + phrase + ')')
            group += 1 + _compile(phrase, flags).groups
        self.scanner = _compile('|'.join(alternatives), flags)

    def scan(self, string):
        results = []
        position = 0
        while True:
            m = self.scanner.match(string, position)
            if not m or m.end() == position:
                break
            action = self.lexicon[self._phrase_of_group[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                results.append(action)
            position = m.end()
        return results, string[position:]
