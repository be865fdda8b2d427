"""Bisection algorithms on sorted sequences (Ember's own bisect module)."""


def _as_int(value, message):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(message)
    return method(value)


def _check_bounds(lo, hi, a):
    """The search bounds as ints; hi=None (or -1, as in CPython) means len(a)."""
    lo = _as_int(lo, f"'{type(lo).__name__}' object cannot be interpreted as an integer")
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is not None:
        hi = _as_int(hi, f"argument should be integer or None, not '{type(hi).__name__}'")
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    All items in a[:i] are <= x and all in a[i:] are > x: x goes right of any equal entries.
    key, if given, is applied to the items of a (not to x).
    """
    lo, hi = _check_bounds(lo, hi, a)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if x < probe:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    All items in a[:i] are < x and all in a[i:] are >= x: x goes left of any equal entries.
    """
    lo, hi = _check_bounds(lo, hi, a)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if probe < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted (right of equals)."""
    index = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(index, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted (left of equals)."""
    index = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(index, x)


bisect = bisect_right
insort = insort_right
