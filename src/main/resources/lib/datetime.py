"""Dates, times, durations and fixed-offset time zones (Ember's own implementation).

Proleptic Gregorian calendar, years 1..9999, microsecond resolution. Behaviour, reprs and
error messages follow CPython 3.14's `datetime` (its C implementation is the reference).
"""

import time as _time
import math as _math
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059          # date.max.toordinal()
_MAX_DELTA_DAYS = 999999999

# ---------------------------------------------------------------------------------------------
# Calendar arithmetic on ordinals (day 1 is 0001-01-01)

# days in each month of a common year, index 0 unused
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# days in the year before the first of each month (common year), index 0 unused
_DAYS_BEFORE_MONTH = [0]
_total = 0
for _n in _MONTH_DAYS[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _n
del _total, _n

_DAYS_IN_400_YEARS = 146097
_DAYS_IN_100_YEARS = 36524
_DAYS_IN_4_YEARS = 1461


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_DAYS[month]


def _days_before_year(year):
    """Days from 0001-01-01 up to January 1st of `year`."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(ordinal):
    """(year, month, day) of an ordinal, by peeling off 400-, 100-, 4- and 1-year cycles."""
    n = ordinal - 1
    cycles400, n = divmod(n, _DAYS_IN_400_YEARS)
    cycles100, n = divmod(n, _DAYS_IN_100_YEARS)
    cycles4, n = divmod(n, _DAYS_IN_4_YEARS)
    years1, n = divmod(n, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years1 + 1
    if years1 == 4 or cycles100 == 4:
        # the last day of a leap cycle: December 31st of the previous year
        return year - 1, 12, 31
    leap = years1 == 3 and (cycles4 != 24 or cycles100 == 3)
    month = (n + 50) >> 5            # a guess that is right or one too high
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _MONTH_DAYS[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    """The ordinal of the Monday of ISO week 1 of `year`."""
    first = _days_before_year(year) + 1
    weekday = (first + 6) % 7          # 0 = Monday
    monday = first - weekday
    if weekday > 3:                    # Jan 1st is Fri..Sun: week 1 starts the next Monday
        monday += 7
    return monday


_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# ---------------------------------------------------------------------------------------------
# Argument checks


def _check_int_field(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _index(value)


def _check_date_fields(year, month, day):
    year = _check_int_field(year)
    month = _check_int_field(month)
    day = _check_int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int_field(hour)
    minute = _check_int_field(minute)
    second = _check_int_field(second)
    microsecond = _check_int_field(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        f"not type '{type(tz).__name__}'")


def _check_offset(name, offset):
    """Validate what utcoffset()/dst() returned: None or a timedelta within a day."""
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, "
                        f"not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")


def _check_utc_offset_arg(dt, method):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError(f"{method}(dt) argument must be a datetime instance or None, "
                        f"not {type(dt).__name__}")


def _type_name(cls):
    """The name reprs use: CPython's tp_name, qualified for the module's own types only."""
    if cls in (date, datetime, time, timedelta, timezone):
        return "datetime." + cls.__name__
    return cls.__name__


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _with_comparisons(cls):
    """Class decorator: the six rich comparisons, all from cls._compare(other, equality). It
    returns NotImplemented for an operand it does not compare with, None when equality is asked
    of two values that can never be equal (naive vs aware), else an int ordered like self - other."""
    def define(name, holds, equality):
        def compare(self, other):
            order = self._compare(other, equality)
            if order is NotImplemented:
                return order
            return name == "__ne__" if order is None else holds(order)
        compare.__name__ = name
        compare.__qualname__ = cls.__qualname__ + "." + name
        setattr(cls, name, compare)
    define("__eq__", lambda order: order == 0, True)
    define("__ne__", lambda order: order != 0, True)
    define("__lt__", lambda order: order < 0, False)
    define("__le__", lambda order: order <= 0, False)
    define("__gt__", lambda order: order > 0, False)
    define("__ge__", lambda order: order >= 0, False)
    return cls


def _divide_and_round(a, b):
    """a / b rounded half to even, for ints."""
    q, r = divmod(a, b)
    doubled = 2 * r
    greater = doubled > b if b > 0 else doubled < b
    if greater or (doubled == b and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for an offset timedelta, '' for None."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hours, rest = divmod(off, timedelta(hours=1))
    minutes, rest = divmod(rest, timedelta(minutes=1))
    text = f"{sign}{hours:02d}{sep}{minutes:02d}"
    if rest.seconds or rest.microseconds:
        text += f"{sep}{rest.seconds:02d}"
        if rest.microseconds:
            text += f".{rest.microseconds:06d}"
    return text


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return f"{hh:02d}"
    if timespec == 'minutes':
        return f"{hh:02d}:{mm:02d}"
    if timespec == 'seconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == 'milliseconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:03d}"
    if timespec == 'microseconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, timetuple):
    """time.strftime after expanding the directives time.strftime does not know:
    %f (microseconds), %z and %:z (UTC offset), %Z (zone name)."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    pieces = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            pieces.append(ch)
            continue
        code = fmt[i]
        i += 1
        if code == 'f':
            pieces.append(f"{getattr(obj, 'microsecond', 0):06d}")
        elif code == 'z':
            pieces.append(_format_offset(obj.utcoffset(), '') if hasattr(obj, 'utcoffset') else '')
        elif code == ':' and i < n and fmt[i] == 'z':
            i += 1
            pieces.append(_format_offset(obj.utcoffset()) if hasattr(obj, 'utcoffset') else '')
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            pieces.append('' if name is None else name.replace('%', '%%'))
        elif code in 'YGF' and timetuple[0] < 1000:
            # 3.14 pads years below 1000 to four digits (glibc's strftime does not)
            year = timetuple[0] if code != 'G' else _iso_year_of(timetuple)
            pieces.append(f"{year:04d}" + ('-%m-%d' if code == 'F' else ''))
        else:
            pieces.append('%' + code)
    return _time.strftime(''.join(pieces), timetuple)


def _iso_year_of(timetuple):
    return date(timetuple[0], timetuple[1], timetuple[2]).isocalendar()[0]


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd_to_ordinal(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


# ---------------------------------------------------------------------------------------------
# timedelta

_US_FACTORS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", 10**6),
               ("minutes", 60 * 10**6), ("hours", 3600 * 10**6), ("days", 86400 * 10**6),
               ("weeks", 7 * 86400 * 10**6))


def _accumulate_us(name, value, factor, total, leftover):
    """Add value*factor microseconds to the exact int total; a float's fractional
    microseconds go to the float leftover (as CPython does, rounding once at the end)."""
    if isinstance(value, int):
        return total + value * factor, leftover
    if isinstance(value, float):
        frac, whole = _math.modf(value)
        total += int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(factor * frac)
        return total + int(whole), leftover + frac
    raise TypeError(f"unsupported type for timedelta {name} component: {type(value).__name__}")


@_with_comparisons
class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalized."""
    __ember_tp_name__ = 'datetime.timedelta'   # Ember: messages name the type as CPython's C type
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0,
                milliseconds=0, minutes=0, hours=0, weeks=0):
        values = {"days": days, "seconds": seconds, "microseconds": microseconds,
                  "milliseconds": milliseconds, "minutes": minutes, "hours": hours,
                  "weeks": weeks}
        total, leftover = 0, 0.0
        for name, factor in _US_FACTORS:
            value = values[name]
            if type(value) is int and value == 0:
                continue
            total, leftover = _accumulate_us(name, value, factor, total, leftover)
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:     # a tie: round the sum half to even
                odd = total & 1
                whole = 2.0 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        seconds, us = divmod(us, 1000000)
        days, seconds = divmod(seconds, 86400)
        return cls._create(days, seconds, us)

    @classmethod
    def _create(cls, days, seconds, microseconds):
        if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
            raise OverflowError(f"days={days}; must have magnitude <= {_MAX_DELTA_DAYS}")
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        return f"{_type_name(type(self))}({', '.join(args) or '0'})"

    def __str__(self):
        minutes, ss = divmod(self._seconds, 60)
        hh, mm = divmod(minutes, 60)
        text = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = f"{self._days} day{plural}, " + text
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        return text

    # arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._create_normalized(self._days + other._days,
                                                self._seconds + other._seconds,
                                                self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._create_normalized(self._days - other._days,
                                                self._seconds - other._seconds,
                                                self._microseconds - other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    @staticmethod
    def _create_normalized(days, seconds, microseconds):
        extra, microseconds = divmod(microseconds, 1000000)
        extra_days, seconds = divmod(seconds + extra, 86400)
        return timedelta._create(days + extra_days, seconds, microseconds)

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._create(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_microseconds() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_microseconds() / divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_divide_and_round(b * self._to_microseconds(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_microseconds(), divisor)
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    # comparisons
    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def _compare(self, other, equality):
        if isinstance(other, timedelta):
            return _cmp(self._key(), other._key())
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------
# date

class IsoCalendarDate(tuple):
    """The (year, week, weekday) of date.isocalendar(), with named fields."""
    __ember_tp_name__ = 'datetime.IsoCalendarDate'   # Ember: messages name the type as CPython's C type
    __slots__ = ()

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        # pickled as a plain tuple, as CPython does
        return (tuple, (tuple(self),))

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


# CPython does not export the name either
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


def _is_pickle_state(value, size, index, limit):
    """Whether a constructor's first argument is the bytes state of a pickle
    (CPython also accepts it as a latin-1 str, as protocol 0-2 pickles of Python 2 stored it)."""
    if not isinstance(value, (bytes, str)) or len(value) != size:
        return False
    code = value[index] if isinstance(value, bytes) else ord(value[index])
    return 1 <= (code & 0x7F) <= limit if index == 2 else (code & 0x7F) < limit


def _state_bytes(value):
    return value.encode('latin1') if isinstance(value, str) else value


@_with_comparisons
class date:
    """A date in the proleptic Gregorian calendar: date(year, month, day)."""
    __ember_tp_name__ = 'datetime.date'   # Ember: messages name the type as CPython's C type
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and _is_pickle_state(year, 4, 2, 12):
            state = _state_bytes(year)
            self = object.__new__(cls)
            self._year = state[0] * 256 + state[1]
            self._month = state[2]
            self._day = state[3]
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        return cls._build(year, month, day)

    @classmethod
    def _create(cls, year, month, day):
        """A result of arithmetic: a subclass is built through its own constructor."""
        if cls is not date:
            return cls(year, month, day)
        return cls._build(year, month, day)

    @classmethod
    def _build(cls, year, month, day):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # constructors
    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        y, m, d = _time.localtime(_timestamp_seconds(t))[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime: same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (January 1 of year 1 is day 1)."""
        n = _check_int_field(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError(f"year {_ordinal_to_ymd(n)[0]} is out of range")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            return cls(*_parse_iso_date(date_string))
        except _IsoError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_iso_to_ymd(year, week, day))

    @classmethod
    def strptime(cls, date_string, format):
        """Parse a string according to the given format (like time.strptime())."""
        import _strptime
        return _strptime._strptime_date(cls, date_string, format)

    # fields
    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    # formatting
    def __repr__(self):
        return f"{_type_name(type(self))}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return (f"{_DAY_NAMES[weekday - 1]} {_MONTH_NAMES[self._month]} {self._day:2d} "
                f"00:00:00 {self._year:04d}")

    def strftime(self, format):
        """Format using strftime()."""
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    # queries
    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        ordinal = self.toordinal()
        monday = _iso_week1_monday(year)
        if ordinal < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        else:
            next_monday = _iso_week1_monday(year + 1)
            if ordinal >= next_monday:
                year += 1
                monday = next_monday
        week, day = divmod(ordinal - monday, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    __replace__ = replace

    # comparisons: a date never equals a datetime, and they do not order
    def _compare(self, other, equality):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp((self._year, self._month, self._day), (other._year, other._month, other._day))
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate()[0])
        return self._hashcode

    # arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= _MAX_ORDINAL:
                return type(self)._create(*_ordinal_to_ymd(ordinal))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    # pickling
    def _getstate(self):
        hi, lo = divmod(self._year, 256)
        return (bytes([hi, lo, self._month, self._day]),)

    def __reduce__(self):
        return (type(self), self._getstate())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _timestamp_seconds(t):
    """The whole seconds of a timestamp for date.fromtimestamp (floats are truncated)."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if abs(t) >= 2.0 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(t)
    return _index(t)


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        # week 53 exists when the year starts on a Thursday, or a Wednesday in a leap year
        first_weekday = _ymd_to_ordinal(year, 1, 1) % 7
        if not (week == 53 and (first_weekday == 4 or (first_weekday == 3 and _is_leap(year)))):
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ordinal_to_ymd(ordinal)


# ---------------------------------------------------------------------------------------------
# tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""
    __ember_tp_name__ = 'datetime.tzinfo'   # Ember: messages name the type as CPython's C type
    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, '__dict__', None) or None)


_TzinfoBase = tzinfo     # for methods whose `tzinfo` parameter hides the class


# ---------------------------------------------------------------------------------------------
# time

@_with_comparisons
class time:
    """A time of day: time([hour[, minute[, second[, microsecond[, tzinfo]]]]], *, fold=0)."""
    __ember_tp_name__ = 'datetime.time'   # Ember: messages name the type as CPython's C type
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (minute == 0 or isinstance(minute, _TzinfoBase)) and _is_pickle_state(hour, 6, 0, 24):
            state = _state_bytes(hour)           # unpickling: (state[, tzinfo])
            self = object.__new__(cls)
            self._setstate(state, minute or None)
            self._hashcode = -1
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def strptime(cls, date_string, format):
        """Parse a string according to the given format (like time.strptime())."""
        import _strptime
        return _strptime._strptime_time(cls, date_string, format)

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # comparisons
    def _compare(self, other, equality):
        """Negative, zero or positive; None when naive and aware times compare for equality."""
        if not isinstance(other, time):
            return NotImplemented
        mytz, othertz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is not othertz:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
        if myoff == otoff:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        mine = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        theirs = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((mine, self._second, self._microsecond),
                    (theirs, other._second, other._microsecond))

    def __hash__(self):
        if self._hashcode == -1:
            plain = self.replace(fold=0) if self._fold else self
            offset = plain.utcoffset()
            if not offset:
                self._hashcode = hash(plain._getstate()[0])
            else:
                hours, minutes = divmod(timedelta(hours=self._hour, minutes=self._minute) - offset,
                                        timedelta(hours=1))
                minutes //= timedelta(minutes=1)
                if 0 <= hours < 24:
                    self._hashcode = hash(time(hours, minutes, self._second, self._microsecond))
                else:
                    self._hashcode = hash((hours, minutes, self._second, self._microsecond))
        return self._hashcode

    # formatting
    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond:
            text = f"{self._hour}, {self._minute}, {self._second}, {self._microsecond}"
        elif self._second:
            text = f"{self._hour}, {self._minute}, {self._second}"
        else:
            text = f"{self._hour}, {self._minute}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return f"{_type_name(type(self))}({text})"

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + self._tzstr()

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in ISO 8601 format."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            return cls(*_parse_iso_time(text))
        except _IsoError:
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None

    def strftime(self, format):
        """Format using strftime().  The date part of the timestamp passed
        to underlying strftime should not be used."""
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    # time zone
    def utcoffset(self):
        """Return the timezone offset as timedelta, positive east of UTC (negative west of UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta positive eastward)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_offset("dst", offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    __replace__ = replace

    # pickling
    def _getstate(self, protocol=3):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        hour = self._hour + 128 if self._fold and protocol > 3 else self._hour
        state = bytes([hour, self._minute, self._second, us1, us2, us3])
        return (state,) if self._tzinfo is None else (state, self._tzinfo)

    def _setstate(self, state, tz):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("bad tzinfo state arg")
        hour = state[0]
        self._fold = 1 if hour > 127 else 0
        self._hour = hour & 0x7F
        self._minute = state[1]
        self._second = state[2]
        self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
        self._tzinfo = tz

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")


# ---------------------------------------------------------------------------------------------
# datetime

_EPOCH_ORDINAL = 719163        # date(1970, 1, 1).toordinal()


def _utc_fields(seconds):
    """(y, m, d, hh, mm, ss) of whole POSIX seconds, in UTC."""
    days, rest = divmod(seconds, 86400)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    ordinal = days + _EPOCH_ORDINAL
    if not 0 < ordinal <= _MAX_ORDINAL:
        year = _ordinal_to_ymd(ordinal)[0] if ordinal > 0 else ordinal // 366
        raise ValueError(f"year {year} is out of range")
    return _ordinal_to_ymd(ordinal) + (hh, mm, ss)


def _local_fields(seconds):
    try:
        fields = _time.localtime(seconds)
    except OverflowError:
        raise OverflowError("timestamp out of range for platform time_t") from None
    return tuple(fields[:6])


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounding half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if abs(t) >= 2.0 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        seconds = int(whole)
        if us >= 1000000:
            seconds += 1
            us -= 1000000
        elif us < 0:
            seconds -= 1
            us += 1000000
        return seconds, us
    seconds = _index(t)
    if abs(seconds) >= 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds, 0


def _local_offset_seconds(u):
    """Local time minus UTC at POSIX second u, in seconds."""
    y, m, d, hh, mm, ss = _local_fields(u)
    local = ((_ymd_to_ordinal(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss)
    return local - u


@_with_comparisons
class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints.
    """
    __ember_tp_name__ = 'datetime.datetime'   # Ember: messages name the type as CPython's C type
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if (month is None or isinstance(month, _TzinfoBase)) and _is_pickle_state(year, 10, 2, 12):
            state = _state_bytes(year)           # unpickling: (state[, tzinfo])
            self = object.__new__(cls)
            self._setstate(state, month)
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        seconds, us = _split_timestamp(t)
        if utc:
            y, m, d, hh, mm, ss = _utc_fields(seconds)
        else:
            y, m, d, hh, mm, ss = _local_fields(seconds)
        result = cls(y, m, d, hh, mm, min(ss, 59), us, tz)
        if tz is None and not utc:
            # the wall time is the second of two when the clock was set back just before
            earlier = _local_offset_seconds(seconds - 86400)
            now = _local_offset_seconds(seconds)
            shift = earlier - now
            if shift > 0 and _local_fields(seconds - shift) == (y, m, d, hh, mm, ss):
                result = result.replace(fold=1)
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo_arg(tz)
        return cls._from_timestamp(timestamp, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for "
                      "removal in a future version. Use timezone-aware objects to represent "
                      "datetimes in UTC: datetime.datetime.fromtimestamp(t, datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
                      "future version. Use timezone-aware objects to represent datetimes in "
                      "UTC: datetime.datetime.now(datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        return cls._from_timestamp(_time.time(), True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Construct a datetime from a given date and a given time."""
        # the parameters are named as CPython's (keyword calls), so the classes are _date_class/_time_class here
        date_arg, time_arg = date, time
        if not isinstance(date_arg, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            f"not {type(date_arg).__name__}")
        if not isinstance(time_arg, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            f"not {type(time_arg).__name__}")
        if tzinfo is True:
            tzinfo = time_arg.tzinfo
        return cls(date_arg.year, date_arg.month, date_arg.day, time_arg.hour,
                   time_arg.minute, time_arg.second, time_arg.microsecond, tzinfo,
                   fold=time_arg.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            date_length = _iso_date_length(date_string)
            date_fields = _parse_iso_date(date_string[:date_length])
            time_text = date_string[date_length + 1:]
            if len(date_string) > date_length:
                time_fields = _parse_iso_time(time_text)
                if not time_text:
                    raise _IsoError
            else:
                time_fields = (0, 0, 0, 0, None)
        except _IsoError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        if time_fields[0] == 24:          # 24:00 is midnight of the next day
            if any(time_fields[1:4]):
                raise ValueError("minute, second, and microsecond must be 0 when hour is 24")
            ordinal = _ymd_to_ordinal(*_check_date_fields(*date_fields)) + 1
            if ordinal > _MAX_ORDINAL:
                raise ValueError("date value out of range")
            date_fields = _ordinal_to_ymd(ordinal)
            time_fields = (0,) + time_fields[1:]
        return cls(*(date_fields + time_fields))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # conversions
    def timetuple(self):
        """Return time tuple compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, flag)

    def _local_seconds(self):
        """The POSIX second a naive datetime denotes in local time (fold picks between two)."""
        t = ((self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600
             + self._minute * 60 + self._second)
        candidates = []
        for probe in (t - 86400, t, t + 86400):
            u = t - _local_offset_seconds(probe)
            if u not in candidates:
                candidates.append(u)
        valid = [u for u in candidates if u + _local_offset_seconds(u) == t]
        if valid:
            return min(valid) if self._fold == 0 else max(valid)
        before = t - _local_offset_seconds(t - 86400)
        after = t - _local_offset_seconds(t + 86400)
        return max(before, after) if self._fold == 0 else min(before, after)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        offset = self.utcoffset()
        dt = self
        if offset:
            dt = self - offset
        return _build_struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                  dt._second, 0)

    def date(self):
        """Return date object with same year, month and day."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    __replace__ = replace

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_seconds()
            # in a gap or a fold the other fold's second may be the one whose offset applies:
            # the later one for fold=1, the earlier for fold=0 (as CPython)
            other = self.replace(fold=1 - self._fold)._local_seconds()
            if other != ts and (other > ts) == bool(self._fold):
                ts = other
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(ts)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError(f"astimezone() argument 1 must be datetime.tzinfo, "
                            f"not {type(tz).__name__}")
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            offset = mytz.utcoffset(self)
        else:
            offset = mytz.utcoffset(self)
            if offset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                offset = mytz.utcoffset(self)
        if tz is None:
            # the local zone's offset at the instant self denotes (CPython's C implementation;
            # for a wall time in a gap that is not the offset self was read with)
            instant = (self - offset).replace(tzinfo=timezone.utc)
            local = _time.localtime((instant - _EPOCH) // timedelta(seconds=1))
            tz = timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # formatting
    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return (f"{_DAY_NAMES[weekday - 1]} {_MONTH_NAMES[self._month]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not "
                            + type(sep).__name__)
        text = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _format_time(self._hour, self._minute, self._second, self._microsecond,
                               timespec))
        return text + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        text = ", ".join(map(str, fields))
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return f"{_type_name(type(self))}({text})"

    def __str__(self):
        return self.isoformat(sep=' ')

    # time zone
    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC (negative west of UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta positive eastward)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_offset("dst", offset)
        return offset

    # comparisons
    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _compare(self, other, equality):
        """Negative, zero or positive; None for unequal under equality (naive vs aware,
        or a time in a fold/gap compared across zones)."""
        if not isinstance(other, datetime):
            return NotImplemented
        mytz, othertz = self._tzinfo, other._tzinfo
        if mytz is othertz:
            return _cmp(self._fields(), other._fields())
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if equality:
            # an ambiguous or missing wall time is never equal to a time in another zone
            if myoff != self.replace(fold=not self._fold).utcoffset():
                return None
            if otoff != other.replace(fold=not other._fold).utcoffset():
                return None
        if myoff == otoff:
            return _cmp(self._fields(), other._fields())
        if myoff is None or otoff is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __hash__(self):
        if self._hashcode == -1:
            plain = self.replace(fold=0) if self._fold else self
            offset = plain.utcoffset()
            if offset is None:
                self._hashcode = hash(plain._getstate()[0])
            else:
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(self.toordinal(), seconds,
                                                self._microsecond) - offset)
        return self._hashcode

    # arithmetic
    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = (timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                           seconds=self._second, microseconds=self._microsecond) + other)
        hour, rest = divmod(total.seconds, 3600)
        minute, second = divmod(rest, 60)
        if 0 < total.days <= _MAX_ORDINAL:
            return type(self).combine(date.fromordinal(total.days),
                                      time(hour, minute, second, total.microseconds,
                                           tzinfo=self._tzinfo))
        raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    # pickling
    def _getstate(self, protocol=3):
        yhi, ylo = divmod(self._year, 256)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        month = self._month + 128 if self._fold and protocol > 3 else self._month
        state = bytes([yhi, ylo, month, self._day, self._hour, self._minute,
                       self._second, us1, us2, us3])
        return (state,) if self._tzinfo is None else (state, self._tzinfo)

    def _setstate(self, state, tz):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("bad tzinfo state arg")
        self._year = state[0] * 256 + state[1]
        month = state[2]
        self._fold = 1 if month > 127 else 0
        self._month = month & 0x7F
        self._day = state[3]
        self._hour = state[4]
        self._minute = state[5]
        self._second = state[6]
        self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
        self._tzinfo = tz

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------
# timezone

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __ember_tp_name__ = 'datetime.timezone'   # Ember: messages name the type as CPython's C type
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            f"not {type(offset).__name__}")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             f"and timedelta(hours=24), not {offset!r}.")
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        """pickle support"""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f"{_type_name(type(self))}({self._offset!r})"
        return f"{_type_name(type(self))}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        _check_utc_offset_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        _check_utc_offset_arg(dt, "tzname")
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        _check_utc_offset_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


UTC = timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ---------------------------------------------------------------------------------------------
# ISO 8601 parsing (the formats of fromisoformat, Python 3.11+)

class _IsoError(Exception):
    """Internal: the string is not in a format fromisoformat accepts."""


def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        raise _IsoError
    return int(part)


def _iso_date_length(text):
    """How many leading characters of a datetime string are its date (the separator after it
    may be any character), decided as CPython decides."""
    if len(text) == 7:
        return 7
    if text[4] == '-':                                 # extended: YYYY-MM-DD or YYYY-Www[-D]
        if text[5] != 'W':
            return 10
        if len(text) > 8 and text[8] == '-':
            if len(text) == 9:
                raise _IsoError
            # YYYY-Www-D... or YYYY-Www with '-' as the separator: a digit at 10 means the latter
            return 8 if len(text) > 10 and text[10] in _ASCII_DIGITS else 10
        return 8
    if text[4] != 'W':                                 # basic: YYYYMMDD
        return 8
    # basic week date YYYYWww[D]: the run of digits after the week decides; an odd-length run
    # is read as a weekday plus a separator digit, an even one as a separator digit
    end = 7
    while end < len(text) and text[end] in _ASCII_DIGITS:
        end += 1
    if end < 9:
        return end
    return 7 if end % 2 == 0 else 8


_ASCII_DIGITS = frozenset('0123456789')


def _parse_iso_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _digits(text, 0, 4)
    extended = text[4:5] == '-'
    pos = 5 if extended else 4
    if text[pos:pos + 1] == 'W':
        week = _digits(text, pos + 1, 2)
        pos += 3
        day = 1
        if len(text) > pos:
            if extended:
                if text[pos] != '-':
                    raise _IsoError
                pos += 1
            day = _digits(text, pos, 1)
            pos += 1
        if len(text) != pos:
            raise _IsoError
        return _iso_to_ymd(year, week, day)
    month = _digits(text, pos, 2)
    pos += 2
    if extended:
        if text[pos:pos + 1] != '-':
            raise _IsoError
        pos += 1
    day = _digits(text, pos, 2)
    if len(text) != pos + 2:
        raise _IsoError
    return year, month, day


def _parse_hms(text):
    """(hour, minute, second, microsecond) of HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]]."""
    hour = _digits(text, 0, 2)
    minute = second = us = 0
    pos = 2
    extended = text[2:3] == ':'
    for field in range(2):
        if pos >= len(text):
            break
        if extended:
            if text[pos] != ':':
                raise _IsoError
            pos += 1
        value = _digits(text, pos, 2)
        pos += 2
        if field == 0:
            minute = value
        else:
            second = value
    if pos < len(text):
        if pos != 6 + 2 * extended or text[pos] not in '.,':
            raise _IsoError
        fraction = text[pos + 1:]
        if not fraction or not fraction.isdigit() or not fraction.isascii():
            raise _IsoError
        us = int((fraction + '00000')[:6])
    return hour, minute, second, us


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time with optional offset."""
    if not text:
        raise _IsoError
    cut = len(text)
    for i, ch in enumerate(text):
        if ch in '+-Z':
            cut = i
            break
    hour, minute, second, us = _parse_hms(text[:cut])
    tz = None
    if cut < len(text):
        tz_text = text[cut:]
        if tz_text == 'Z':
            tz = timezone.utc
        else:
            if len(tz_text) < 3:
                raise _IsoError
            oh, om, osec, ous = _parse_hms(tz_text[1:])
            offset = timedelta(hours=oh, minutes=om, seconds=osec, microseconds=ous)
            if tz_text[0] == '-':
                offset = -offset
            tz = timezone.utc if not offset else timezone(offset)
    return hour, minute, second, us, tz


_date_class, _time_class = date, time     # for datetime.combine, whose parameters shadow these names
