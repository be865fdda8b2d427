"""strptime for the datetime module (Ember's own implementation, C locale).

A format is translated into a regular expression with one named group per directive; the
matched fields are then combined (12-hour clock, day of year, week numbers, ISO weeks) into a
date and time. Messages are CPython's.
"""

import re as _re
import time as _time

__all__ = []

_WEEKDAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december')


def _alternatives(words):
    # longest first, so that a full name is preferred to its prefix
    return '|'.join(sorted((_re.escape(w) for w in words), key=len, reverse=True))


def _zone_names():
    names = {'utc', 'gmt'}
    for name in _time.tzname:
        names.add(name.lower())
    return names


# The pattern each directive matches.
_PATTERNS = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9]| [1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'A': '(?P<A>' + _alternatives(_WEEKDAYS) + ')',
    'a': '(?P<a>' + _alternatives(w[:3] for w in _WEEKDAYS) + ')',
    'B': '(?P<B>' + _alternatives(_MONTHS) + ')',
    'b': '(?P<b>' + _alternatives(m[:3] for m in _MONTHS) + ')',
    'p': '(?P<p>am|pm)',
    '%': '%',
}
_PATTERNS['W'] = _PATTERNS['U'].replace('U', 'W')
# the C locale's composite directives
_COMPOSITES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
               'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'r': '%I:%M:%S %p',
               'e': '%d', 'F': '%Y-%m-%d', 'h': '%b'}


def _pattern_of(directive, fmt, seen):
    if directive in _COMPOSITES:
        return _translate(_COMPOSITES[directive], fmt, seen)
    if directive == 'Z':
        pattern = '(?P<Z>' + _alternatives(_zone_names()) + ')'
    else:
        pattern = _PATTERNS.get(directive)
        if pattern is None:
            raise ValueError(f"'{directive}' is a bad directive in format '{fmt}'")
    if directive in seen and directive != '%':
        # a directive used twice must match the same text again
        return f'(?P={directive})'
    seen.add(directive)
    return pattern


def _translate(text, fmt, seen):
    pieces = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError(f"stray % in format '{fmt}'")
            pieces.append(_pattern_of(text[i + 1], fmt, seen))
            i += 2
        elif ch.isspace():
            while i < n and text[i].isspace():
                i += 1
            pieces.append(r'\s+')
        else:
            pieces.append(_re.escape(ch))
            i += 1
    return ''.join(pieces)


_cache = {}


def _compile(fmt):
    regex = _cache.get(fmt)
    if regex is None:
        regex = _re.compile(_translate(fmt, fmt, set()), _re.IGNORECASE)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = regex
    return regex


def _first_weekday_ordinal(year):
    import datetime
    return datetime.date(year, 1, 1).weekday()


def _julian_from_week(year, week, weekday, week_starts_monday):
    """Day of the year (1-based) for %U/%W week numbers and a weekday (0 = Monday)."""
    first_weekday = _first_weekday_ordinal(year)
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week0_length = (7 - first_weekday) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return 1 + week0_length + 7 * (week - 1) + weekday


def _parse_offset(text):
    """(seconds, microseconds) of a %z match: Z, +HHMM, +HH:MM[:SS[.ffffff]]."""
    if text == 'Z':
        return 0, 0
    sign = -1 if text[0] == '-' else 1
    body = text[1:]
    if ':' in body:
        parts = body.split(':')
        if len(parts) > 1 and body[2] != ':' or (len(parts) == 3 and len(parts[1]) != 2):
            raise ValueError(f"Inconsistent use of : in {text}")
        hours = parts[0]
        minutes = parts[1]
        seconds = parts[2] if len(parts) > 2 else '0'
    else:
        hours, minutes, seconds = body[:2], body[2:4], body[4:] or '0'
    fraction = 0
    if '.' in seconds:
        seconds, frac = seconds.split('.')
        fraction = int((frac + '000000')[:6])
    total = int(hours) * 3600 + int(minutes) * 60 + int(seconds)
    return sign * total, sign * fraction


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """The fields of data_string parsed with format: a 13-tuple
    (year, month, day, hour, minute, second, weekday, julian, isdst, tzname, gmtoff,
    microsecond, gmtoff_microseconds)."""
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {index} must be str, not {type(arg)}")
    regex = _compile(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError(f"time data {data_string!r} does not match format {format!r}")
    if len(data_string) != found.end():
        raise ValueError(f"unconverted data remains: {data_string[found.end():]}")
    return _combine(found.groupdict(), format)


def _combine(fields, format):
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    iso_year = iso_week = None
    week_of_year = None
    week_starts_monday = False
    weekday = julian = None
    for key, value in fields.items():
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _MONTHS.index(value.lower()) + 1
        elif key == 'b':
            month = [m[:3] for m in _MONTHS].index(value.lower()) + 1
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = fields.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = _WEEKDAYS.index(value.lower())
        elif key == 'a':
            weekday = [w[:3] for w in _WEEKDAYS].index(value.lower())
        elif key == 'w':
            weekday = (int(value) - 1) % 7
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_starts_monday = key == 'W'
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _parse_offset(value)
        elif key == 'Z':
            tzname = value
            lowered = value.lower()
            if lowered in ('utc', 'gmt'):
                tz = 0
            else:
                names = [n.lower() for n in _time.tzname]
                if lowered in names:
                    if names[0] == names[1] and _time.daylight:
                        tz = -1
                    else:
                        tz = names.index(lowered)
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904           # a leap year, so that Feb 29 is valid while computing
            leap_year_fix = True
        else:
            year = 1900
        if 'd' in fields and 'Y' not in fields and 'y' not in fields:
            import warnings
            warnings.warn("Parsing dates involving a day of month without a year specified is "
                           "ambiguious\nand fails to parse leap day. The default behavior will "
                           "change in Python 3.15\nto either always raise an exception or to "
                           "use a different default year (TBD).\nTo avoid trouble, add a "
                           "specific year to the input & format.\nSee "
                           "https://github.com/python/cpython/issues/70647.",
                           DeprecationWarning, stacklevel=5)
    import datetime
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_starts_monday)
        elif iso_year is not None and iso_week is not None:
            try:
                year, month, day = datetime.date.fromisocalendar(iso_year, iso_week, weekday + 1).timetuple()[:3]
            except ValueError:
                if iso_week == 53:
                    raise ValueError("Invalid ISO week: 53 for ISO year "
                                     f"{iso_year}") from None
                raise
            julian = None
            weekday = None
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if datetime._is_leap(year) else 365
    if julian is None:
        julian = datetime.date(year, month, day).toordinal() - datetime.date(year, 1, 1).toordinal() + 1
    else:
        found = datetime.date.fromordinal(julian - 1 + datetime.date(year, 1, 1).toordinal())
        year, month, day = found.year, found.month, found.day
    if weekday is None:
        weekday = datetime.date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff,
            fraction, gmtoff_fraction)


def _tz_of(parsed):
    import datetime
    tzname, gmtoff, gmtoff_fraction = parsed[9], parsed[10], parsed[12]
    if gmtoff is None:
        return None
    delta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
    if tzname:
        return datetime.timezone(delta, tzname)
    return datetime.timezone(delta)


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    parsed = _strptime(data_string, format)
    args = parsed[:6] + (parsed[11],)
    tz = _tz_of(parsed)
    if tz is not None:
        args += (tz,)
    return cls(*args)


def _strptime_date(cls, data_string, format="%a %b %d %Y"):
    parsed = _strptime(data_string, format)
    return cls(*parsed[:3])


def _strptime_time(cls, data_string, format="%H:%M:%S"):
    parsed = _strptime(data_string, format)
    tz = _tz_of(parsed)
    return cls(*parsed[3:6], parsed[11], tz)
