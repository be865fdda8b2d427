"""Helpers of unittest: short reprs for failure messages, counting differences."""

__unittest = True

_MAX_LENGTH = 80          # reprs longer than this get shortened in "a != b" messages
_PLACEHOLDER_LEN = 12     # the room a "[N chars]" placeholder is assumed to take
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return f'{cls.__module__}.{cls.__qualname__}'


def _shorten(text, keep_start, keep_end):
    skipped = len(text) - keep_start - keep_end
    if skipped > _PLACEHOLDER_LEN:
        return f'{text[:keep_start]}[{skipped} chars]{text[len(text) - keep_end:]}'
    return text


def _common_prefix(texts):
    first, last = min(texts), max(texts)
    size = 0
    while size < len(first) and first[size] == last[size]:
        size += 1
    return first[:size]


def _common_shorten_repr(*objects):
    """The reprs of `objects`; when one is long, their common start and their ends are cut
    down to '[N chars]' placeholders so that the differing parts stay visible."""
    reprs = tuple(safe_repr(obj) for obj in objects)
    longest = max(len(text) for text in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    size = len(prefix)
    common_room = _MAX_LENGTH - (longest - size + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_room > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_room)
        return tuple(prefix + text[size:] for text in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(text[size:], _MIN_DIFF_LEN, _MIN_END_LEN) for text in reprs)


def three_way_cmp(x, y):
    return (x > y) - (x < y)


class _Mismatch(tuple):
    """(actual count, expected count, value) of an element counted differently."""

    def __new__(cls, actual, expected, value):
        return super().__new__(cls, (actual, expected, value))

    actual = property(lambda self: self[0])
    expected = property(lambda self: self[1])
    value = property(lambda self: self[2])

    def __repr__(self):
        return f'Mismatch(actual={self[0]!r}, expected={self[1]!r}, value={self[2]!r})'


def _count_diff_all_purpose(actual, expected):
    """Mismatches between two sequences of possibly unhashable elements, in first-seen order."""
    first, second = list(actual), list(expected)
    used_first = [False] * len(first)
    used_second = [False] * len(second)
    result = []
    for index, element in enumerate(first):
        if used_first[index]:
            continue
        count_first = 0
        for other in range(index, len(first)):
            if not used_first[other] and first[other] == element:
                used_first[other] = True
                count_first += 1
        count_second = 0
        for other, candidate in enumerate(second):
            if not used_second[other] and candidate == element:
                used_second[other] = True
                count_second += 1
        if count_first != count_second:
            result.append(_Mismatch(count_first, count_second, element))
    for index, element in enumerate(second):
        if used_second[index]:
            continue
        count_second = 0
        for other in range(index, len(second)):
            if not used_second[other] and second[other] == element:
                used_second[other] = True
                count_second += 1
        result.append(_Mismatch(0, count_second, element))
    return result


def _count_diff_hashable(actual, expected):
    """Mismatches between two sequences of hashable elements."""
    first, second = {}, {}
    for element in actual:
        first[element] = first.get(element, 0) + 1
    for element in expected:
        second[element] = second.get(element, 0) + 1
    result = []
    for element, count in first.items():
        if count != second.get(element, 0):
            result.append(_Mismatch(count, second.get(element, 0), element))
    for element, count in second.items():
        if element not in first:
            result.append(_Mismatch(0, count, element))
    return result
