"""Comparing files and directory trees.

Ember's own version of CPython's `filecmp`:

* cmp(f1, f2, shallow=True): are two files the same? (by their stat signature, else by content)
* cmpfiles(a, b, common, shallow=True): (same, different, not comparable) among names in both
* dircmp(a, b, ignore=None, hide=None, *, shallow=True): two directories compared, with each
  result (left_only, diff_files, subdirs, ...) worked out the first time it is read
* clear_cache(): forget the remembered content comparisons
"""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# (f1, f2, signature1, signature2) -> outcome of a content comparison; a changed file has a
# new signature, so a stale entry is never found
_cache = {}
_CACHE_LIMIT = 100


def clear_cache():
    """Forget every remembered comparison."""
    _cache.clear()


def _signature(st):
    return stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime


def cmp(f1, f2, shallow=True):
    """True if the files f1 and f2 look the same.

    Only regular files can be the same. With shallow true, equal stat signatures (file type,
    size, modification time) are enough; otherwise sizes and then contents are compared. The
    outcome of reading contents is remembered until either file's signature changes.
    """
    sig1 = _signature(os.stat(f1))
    sig2 = _signature(os.stat(f2))
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_contents(f1, f2)
        if len(_cache) > _CACHE_LIMIT:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _same_contents(f1, f2):
    with open(f1, 'rb') as first, open(f2, 'rb') as second:
        while True:
            chunk = first.read(BUFSIZE)
            if chunk != second.read(BUFSIZE):
                return False
            if not chunk:
                return True


def cmpfiles(a, b, common, shallow=True):
    """Compares the files named in common in directories a and b.

    Returns three lists of names: the files that are the same, those that differ, and those
    that could not be compared (missing, unreadable, or not regular files in both).
    """
    same, different, trouble = [], [], []
    for name in common:
        try:
            equal = cmp(os.path.join(a, name), os.path.join(b, name), shallow)
        except (OSError, ValueError):
            trouble.append(name)
            continue
        (same if equal else different).append(name)
    return same, different, trouble


class dircmp:
    """Two directories compared: dircmp(a, b, ignore=None, hide=None, *, shallow=True).

    ignore lists names left out (default DEFAULT_IGNORES), hide names never shown (default
    os.curdir and os.pardir); shallow is passed to cmp(). The results are attributes computed
    on first use:

      left_list, right_list   the names in each directory, sorted, without hidden/ignored ones
      common, left_only, right_only
      common_dirs, common_files, common_funny (in both, but of different kinds or not stat-able)
      same_files, diff_files, funny_files (common files cmp() could not compare)
      subdirs                 name -> dircmp (of the same class) for each common directory

    report(), report_partial_closure() and report_full_closure() print them.
    """

    def __init__(self, a, b, ignore=None, hide=None, *, shallow=True):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore
        self.shallow = shallow

    # The phases fill in the attributes; each runs when one of its attributes is first read
    # (see methodmap and __getattr__), so a subclass may replace any of them.

    def phase0(self):
        """left_list and right_list."""
        skipped = self.hide + self.ignore
        self.left_list = sorted(n for n in os.listdir(self.left) if n not in skipped)
        self.right_list = sorted(n for n in os.listdir(self.right) if n not in skipped)

    def phase1(self):
        """common, left_only and right_only (names matched as the file system would)."""
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [name for key, name in left.items() if key in right]
        self.left_only = [name for key, name in left.items() if key not in right]
        self.right_only = [name for key, name in right.items() if key not in left]

    def phase2(self):
        """common_dirs, common_files and common_funny."""
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        for name in self.common:
            kinds = _kind(os.path.join(self.left, name)), _kind(os.path.join(self.right, name))
            if None in kinds or kinds[0] != kinds[1]:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kinds[0]):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kinds[0]):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        """same_files, diff_files and funny_files."""
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files, self.shallow)

    def phase4(self):
        """subdirs: a comparison of each common directory, of this object's class."""
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name),
                                                os.path.join(self.right, name),
                                                self.ignore, self.hide, shallow=self.shallow)

    def phase4_closure(self):
        """subdirs, all the way down."""
        self.phase4()
        for child in self.subdirs.values():
            child.phase4_closure()

    methodmap = {
        'left_list': phase0, 'right_list': phase0,
        'common': phase1, 'left_only': phase1, 'right_only': phase1,
        'common_dirs': phase2, 'common_files': phase2, 'common_funny': phase2,
        'same_files': phase3, 'diff_files': phase3, 'funny_files': phase3,
        'subdirs': phase4,
    }

    def __getattr__(self, attr):
        # only called for attributes not set yet: run the phase that sets it
        phase = self.methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return getattr(self, attr)

    def report(self):
        """Prints what differs between the two directories (not looking into subdirectories)."""
        print('diff', self.left, self.right)
        sections = (
            ('left_only', ('Only in', self.left, ':')),
            ('right_only', ('Only in', self.right, ':')),
            ('same_files', ('Identical files :',)),
            ('diff_files', ('Differing files :',)),
            ('funny_files', ('Trouble with common files :',)),
            ('common_dirs', ('Common subdirectories :',)),
            ('common_funny', ('Common funny cases :',)),
        )
        for attr, heading in sections:
            names = getattr(self, attr)
            if names:
                names.sort()
                print(*heading, names)

    def report_partial_closure(self):
        """report(), then the report of each common subdirectory."""
        self.report()
        for child in self.subdirs.values():
            print()
            child.report()

    def report_full_closure(self):
        """report(), then the same for each common subdirectory, all the way down."""
        self.report()
        for child in self.subdirs.values():
            print()
            child.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)


def _kind(path):
    """The file type bits of path (following links), or None if it cannot be stat-ed."""
    try:
        return stat.S_IFMT(os.stat(path).st_mode)
    except (OSError, ValueError):
        return None


def demo():
    import getopt
    import sys
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    comparison = dircmp(args[0], args[1])
    if ('-r', '') in options:
        comparison.report_full_closure()
    else:
        comparison.report()


if __name__ == '__main__':
    demo()
