"""IANA time zones from the system's tz database (PEP 615), written for Ember.

ZoneInfo(key) reads the TZif file `key` from the first directory of TZPATH that has it
(sysconfig's TZPATH, or PYTHONTZPATH). Offsets inside the file's transitions come from its
tables; past the last transition, from the POSIX TZ rule at its end. Local times in a gap or a
repeated hour follow PEP 495: fold=0 takes the offset in force before the transition.
"""

import bisect as _bisect
import calendar as _calendar
import os as _os
import sys as _sys
import weakref as _weakref
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError",
           "InvalidTZPathWarning"]


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


# ---- the search path ----

TZPATH = ()


def _relative_paths_message(paths):
    indent = "\n    "
    relative = [p for p in paths if not _os.path.isabs(p)]
    return "Paths should be absolute but found the following relative paths:" + indent + indent.join(relative)


def _parse_tzpath(text, stacklevel):
    if not text:
        return ()
    paths = text.split(_os.pathsep)
    absolute = tuple(p for p in paths if _os.path.isabs(p))
    if len(absolute) != len(paths):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _relative_paths_message(paths), InvalidTZPathWarning, stacklevel=stacklevel)
    return absolute


def reset_tzpath(to=None):
    """Sets TZPATH to `to` (a sequence of absolute paths), or back to the default."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(_os.path.isabs, to)):
            raise ValueError(_relative_paths_message(to))
        TZPATH = tuple(to)
        return
    text = _os.environ.get("PYTHONTZPATH")
    if text is None:
        import sysconfig
        text = sysconfig.get_config_var("TZPATH")
    TZPATH = _parse_tzpath(text, 5)


reset_tzpath()


def _validate_key(key):
    """Refuses keys that are not relative, normalized paths (they could leave TZPATH)."""
    if _os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normalized = _os.path.normpath(key)
    if len(normalized) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    resolved = _os.path.normpath(_os.path.join("/_probe", key))
    if not resolved.startswith("/_probe/"):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_file(key):
    _validate_key(key)
    for directory in TZPATH:
        path = _os.path.join(directory, key)
        if _os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The set of the keys of every zone found on TZPATH (the tzdata package is not used)."""
    found = set()
    for directory in TZPATH:
        if not _os.path.isdir(directory):
            continue
        for root, dirs, files in _os.walk(directory):
            if root == directory:
                dirs[:] = [d for d in dirs if d not in ("posix", "right")]
            for name in files:
                path = _os.path.join(root, name)
                key = _os.path.relpath(path, directory)
                if key in found or key == "posixrules":
                    continue
                try:
                    with open(path, "rb") as f:
                        if f.read(4) == b"TZif":
                            found.add(key)
                except OSError:
                    pass
    return found


# ---- TZif files ----

class _Offset:
    """One local time type: UTC offset and DST part (timedeltas) and abbreviation."""
    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff, self.dstoff, self.tzname) == (other.utcoff, other.dstoff, other.tzname)


_NO_OFFSET = _Offset(None, None, None)


def _read_block(data, pos, version, wide):
    """One header + data block of a TZif file: (times, indices, types, next position)."""
    if data[pos:pos + 4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    counts = [int.from_bytes(data[pos + 20 + 4 * k:pos + 24 + 4 * k], "big") for k in range(6)]
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    pos += 44
    size = 8 if wide else 4
    times = [int.from_bytes(data[pos + size * k:pos + size * (k + 1)], "big", signed=True)
             for k in range(timecnt)]
    pos += size * timecnt
    indices = list(data[pos:pos + timecnt])
    pos += timecnt
    raw_types = []
    for k in range(typecnt):
        entry = data[pos + 6 * k:pos + 6 * k + 6]
        raw_types.append((int.from_bytes(entry[:4], "big", signed=True), entry[4], entry[5]))
    pos += 6 * typecnt
    chars = data[pos:pos + charcnt]
    pos += charcnt + leapcnt * (size + 4) + isstdcnt + isutcnt
    types = []
    for utcoff, isdst, abbr_index in raw_types:
        end = chars.find(b"\x00", abbr_index)
        types.append((utcoff, isdst, chars[abbr_index:end if end >= 0 else len(chars)].decode("ascii")))
    return times, indices, types, pos


def _dst_offsets(indices, types):
    """The DST part of each local time type, which TZif files do not record: a DST type's
    offset minus the standard offset in force next to it (CPython's inference, one hour
    when no neighbour tells)."""
    count = len(types)
    result = [0] * count
    wanted = sum(1 for t in types if t[1])
    assigned = 0
    for i in range(1, len(indices)):
        if assigned == wanted:
            break
        index = indices[i]
        utcoff, isdst, _ = types[index]
        if not isdst or result[index]:
            continue
        dstoff = 0
        before = indices[i - 1]
        if not types[before][1]:
            dstoff = utcoff - types[before][0]
        if not dstoff and index < count - 1:
            after = indices[i + 1]
            if types[after][1]:
                continue
            dstoff = utcoff - types[after][0]
        if dstoff:
            assigned += 1
            result[index] = dstoff
    else:
        for index in range(count):
            if not result[index] and types[index][1]:
                result[index] = 3600
    return result


class _Rule:
    """The POSIX TZ string at the end of a TZif file: 'CET-1CEST,M3.5.0,M10.5.0/3'."""

    def __init__(self, text):
        self.text = text
        pos, self.std_name = self._name(text, 0)
        pos, std_seconds = self._offset(text, pos)
        self.std = _Offset(_timedelta(seconds=-std_seconds), _timedelta(0), self.std_name)
        self.dst = None
        if pos >= len(text):
            return
        pos, dst_name = self._name(text, pos)
        if pos < len(text) and text[pos] != ",":
            pos, dst_seconds = self._offset(text, pos)
            dst_seconds = -dst_seconds
        else:
            dst_seconds = -std_seconds + 3600
        self.dst_diff = dst_seconds + std_seconds
        self.dst = _Offset(_timedelta(seconds=dst_seconds), _timedelta(seconds=self.dst_diff), dst_name)
        if pos >= len(text) or text[pos] != ",":
            raise ValueError(f"Invalid TZ string: {text}")
        start, end = text[pos + 1:].split(",")
        self.start = self._date_rule(start)
        self.end = self._date_rule(end)

    @staticmethod
    def _name(text, pos):
        if text[pos] == "<":
            end = text.index(">", pos)
            return end + 1, text[pos + 1:end]
        end = pos
        while end < len(text) and text[end].isalpha():
            end += 1
        if end - pos < 3:
            raise ValueError(f"Invalid TZ string: {text}")
        return end, text[pos:end]

    @staticmethod
    def _offset(text, pos):
        """[+-]hh[:mm[:ss]] as seconds, and where it ends."""
        end = pos
        while end < len(text) and text[end] in "+-0123456789:":
            end += 1
        return end, _Rule._seconds(text[pos:end], text)

    @staticmethod
    def _seconds(field, text):
        sign = -1 if field.startswith("-") else 1
        parts = field.lstrip("+-").split(":")
        if not parts[0] or len(parts) > 3:
            raise ValueError(f"Invalid TZ string: {text}")
        values = [int(p) for p in parts] + [0] * (3 - len(parts))
        return sign * (values[0] * 3600 + values[1] * 60 + values[2])

    def _date_rule(self, field):
        day, _, at = field.partition("/")
        seconds = self._seconds(at, self.text) if at else 7200
        if day.startswith("M"):
            month, week, weekday = (int(x) for x in day[1:].split("."))
            return ("M", month, week, weekday, seconds)
        if day.startswith("J"):
            return ("J", int(day[1:]), seconds)
        return ("N", int(day), seconds)

    @staticmethod
    def _day_of_year_seconds(rule, year):
        """Local seconds since the epoch, at 00:00 of the rule's day in year, plus its time."""
        year_start = (_datetime(year, 1, 1) - _datetime(1970, 1, 1)).days * 86400
        if rule[0] == "M":
            _, month, week, weekday, seconds = rule
            first_weekday, days_in_month = _calendar.monthrange(year, month)
            sunday_based = (first_weekday + 1) % 7        # weekday of the 1st, 0 = Sunday
            day = 1 + (weekday - sunday_based) % 7 + 7 * (week - 1)
            if day > days_in_month:
                day -= 7
            days = (_datetime(year, month, day) - _datetime(year, 1, 1)).days
            return year_start + days * 86400 + seconds
        if rule[0] == "J":
            _, n, seconds = rule
            days = n - 1
            if _calendar.isleap(year) and n >= 60:
                days += 1
            return year_start + days * 86400 + seconds
        _, n, seconds = rule
        return year_start + n * 86400 + seconds

    def transitions(self, year):
        """Local (wall) seconds where DST starts (in standard time) and ends (in DST)."""
        return (self._day_of_year_seconds(self.start, year),
                self._day_of_year_seconds(self.end, year))

    def for_local(self, ts, year, fold):
        if self.dst is None:
            return self.std
        start, end = self.transitions(year)
        # a gap [start, start + diff) and a repeat [end - diff, end): fold picks the side
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        isdst = start <= ts < end if start < end else not (end <= ts < start)
        return self.dst if isdst else self.std

    def for_utc(self, ts, year):
        """(offset, fold) for a UTC timestamp."""
        if self.dst is None:
            return self.std, False
        start, end = self.transitions(year)
        start -= self.std.utcoff.total_seconds()
        end -= self.dst.utcoff.total_seconds()
        isdst = start <= ts < end if start < end else not (end <= ts < start)
        if self.dst_diff > 0:
            repeated = end <= ts < end + self.dst_diff
        else:
            repeated = start <= ts < start - self.dst_diff
        return (self.dst if isdst else self.std), repeated


_EPOCH = _datetime(1970, 1, 1)


def _local_seconds(dt):
    """dt's wall-clock fields as seconds since 1970-01-01 00:00 (no time zone)."""
    days = dt.toordinal() - 719163
    return days * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second


class ZoneInfo(_tzinfo):
    """An IANA time zone, ZoneInfo('Europe/Paris'); instances are cached per key."""

    _strong_cache_size = 8
    _strong_cache = {}
    _weak_cache = _weakref.WeakValueDictionary()

    def __init_subclass__(cls):
        cls._strong_cache = {}
        cls._weak_cache = _weakref.WeakValueDictionary()

    def __new__(cls, key):
        instance = cls._weak_cache.get(key)
        if instance is None:
            instance = cls._weak_cache.setdefault(key, cls._new_instance(key))
            instance._from_cache = True
        cls._strong_cache.pop(key, None)
        cls._strong_cache[key] = instance
        while len(cls._strong_cache) > cls._strong_cache_size:
            del cls._strong_cache[next(iter(cls._strong_cache))]
        return instance

    @classmethod
    def no_cache(cls, key):
        """A new ZoneInfo for key, bypassing (and not filling) the cache."""
        instance = cls._new_instance(key)
        instance._from_cache = False
        return instance

    @classmethod
    def _new_instance(cls, key):
        path = _find_file(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        self = object.__new__(cls)
        self._key = key
        self._file_repr = None
        with open(path, "rb") as f:
            self._load(f.read())
        return self

    @classmethod
    def from_file(cls, file_obj, /, key=None):
        """A ZoneInfo read from a binary file object (not cached)."""
        self = object.__new__(cls)
        self._key = key
        self._file_repr = repr(file_obj)
        self._load(file_obj.read())
        self._from_cache = False
        self._from_stream = True
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Forgets the cached instances (all, or those of only_keys)."""
        if only_keys is None:
            cls._weak_cache.clear()
            cls._strong_cache.clear()
            return
        for key in only_keys:
            cls._weak_cache.pop(key, None)
            cls._strong_cache.pop(key, None)

    @property
    def key(self):
        return self._key

    # ---- loading ----

    def _load(self, data):
        if data[:4] != b"TZif":
            raise ValueError("Invalid TZif file: magic not found")
        version = data[4:5]
        times, indices, types, pos = _read_block(data, 0, version, False)
        footer = ""
        if version >= b"2":
            times, indices, types, pos = _read_block(data, pos, version, True)
            end = data.find(b"\n", pos + 1)
            footer = data[pos + 1:end].decode("ascii") if end > pos else ""
        dstoffs = _dst_offsets(indices, types)
        offsets = [_Offset(_timedelta(seconds=utcoff), _timedelta(seconds=dst), name)
                   for (utcoff, _, name), dst in zip(types, dstoffs)]
        self._trans_utc = times
        self._offsets = [offsets[i] for i in indices]
        # before the first transition: the first standard type (the first type if none is)
        first_standard = next((o for (u, isdst, n), o in zip(types, offsets) if not isdst), None)
        self._before = first_standard or (offsets[0] if offsets else _NO_OFFSET)
        # the wall-clock instants of each transition, by fold: fold 0 uses the larger of the
        # offsets before and after (so a gap and a repeat keep the earlier offset), fold 1 the smaller
        walls = ([], [])
        for i, utc in enumerate(times):
            after = self._offsets[i].utcoff
            before = self._offsets[i - 1].utcoff if i else self._before.utcoff
            larger, smaller = (after, before) if after > before else (before, after)
            walls[0].append(utc + int(larger.total_seconds()))
            walls[1].append(utc + int(smaller.total_seconds()))
        self._trans_wall = walls
        # after the last transition: the footer's rule, or a fixed offset (None: use the rule)
        self._rule = _Rule(footer) if footer else None
        if self._rule is not None:
            self._after = self._rule.std if self._rule.dst is None else None
        else:
            self._after = self._offsets[-1] if self._offsets else self._before
        self._fixed = not times and self._after is not None

    # ---- tzinfo ----

    def _find(self, dt):
        if dt is None:
            return self._after if self._fixed else _NO_OFFSET
        ts = _local_seconds(dt)
        walls = self._trans_wall[dt.fold]
        if walls and ts < walls[0]:
            return self._before
        if not walls or ts > walls[-1]:
            if self._after is not None:
                return self._after
            return self._rule.for_local(ts, dt.year, dt.fold)
        return self._offsets[_bisect.bisect_right(walls, ts) - 1]

    def utcoffset(self, dt):
        return self._find(dt).utcoff

    def dst(self, dt):
        return self._find(dt).dstoff

    def tzname(self, dt):
        return self._find(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        ts = _local_seconds(dt)
        times = self._trans_utc
        fold = False
        if times and ts < times[0]:
            offset = self._before
        elif (not times or ts > times[-1]) and self._after is None:
            offset, fold = self._rule.for_utc(ts, dt.year)
        elif not times:
            offset = self._after
        else:
            index = _bisect.bisect_right(times, ts)
            if len(times) > 1 and ts >= times[1]:
                previous, offset = self._offsets[index - 2], self._offsets[index - 1]
            elif ts > times[-1]:            # past the only transition
                previous, offset = self._offsets[-1], self._after
            else:
                previous, offset = self._before, self._offsets[0]
            # within the backward shift after a transition: the repeated hour's second pass
            fold = (previous.utcoff - offset.utcoff).total_seconds() > ts - times[index - 1]
        result = dt + offset.utcoff
        return result.replace(fold=1) if fold else result

    # ---- representation and pickling ----

    def __str__(self):
        return str(self._key) if self._key is not None else repr(self)

    def __repr__(self):
        if self._key is not None:
            return f"{type(self).__name__ if type(self) is not ZoneInfo else 'zoneinfo.ZoneInfo'}(key={self._key!r})"
        return f"{type(self).__name__ if type(self) is not ZoneInfo else 'zoneinfo.ZoneInfo'}.from_file({self._file_repr})"

    _from_stream = False

    def __reduce__(self):
        if self._from_stream:
            import pickle
            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


ZoneInfo.__module__ = "zoneinfo"
