# zoneinfo on the system tz database: offsets, DST and names across transitions and past the
# last one (the POSIX rule), PEP 495 folds and gaps, fromutc, the cache, pickling, from_file,
# errors and the search path.
import datetime as dt
import io
import os
import pickle
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = dt.timezone.utc


def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", result)


def show(zone, when):
    local = when.replace(tzinfo=zone)
    print(zone, when, when.fold, local.utcoffset(), local.dst(), local.tzname(), local.isoformat())


KEYS = ["Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC",
        "Africa/Casablanca", "America/Sao_Paulo", "Pacific/Apia", "Europe/Dublin", "Asia/Tehran",
        "America/St_Johns", "Pacific/Chatham", "Etc/GMT+5", "America/Santiago", "Antarctica/Troll"]
MOMENTS = [dt.datetime(1800, 1, 1), dt.datetime(1900, 6, 1, 12), dt.datetime(1944, 7, 1),
           dt.datetime(1970, 1, 1), dt.datetime(2000, 3, 26, 2, 30), dt.datetime(2021, 3, 28, 2, 30),
           dt.datetime(2021, 10, 31, 2, 30), dt.datetime(2021, 10, 31, 2, 30, fold=1),
           dt.datetime(2021, 11, 7, 1, 30), dt.datetime(2021, 11, 7, 1, 30, fold=1),
           dt.datetime(2021, 3, 14, 2, 30), dt.datetime(2021, 3, 14, 2, 30, fold=1),
           dt.datetime(2024, 7, 1, 12), dt.datetime(2037, 12, 31, 23, 59),
           dt.datetime(2040, 3, 25, 2, 30), dt.datetime(2040, 10, 28, 2, 30, fold=1),
           dt.datetime(2040, 11, 4, 1, 30), dt.datetime(2040, 11, 4, 1, 30, fold=1),
           dt.datetime(2100, 4, 7, 1, 45), dt.datetime(2300, 1, 1)]
for key in KEYS:
    zone = ZoneInfo(key)
    for moment in MOMENTS:
        show(zone, moment)

# fromutc: every 37 hours over a few years of transitions, and past the last transition
for key in ["Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Europe/Dublin", "Pacific/Apia"]:
    zone = ZoneInfo(key)
    folds = []
    for start in (dt.datetime(2019, 1, 1, tzinfo=UTC), dt.datetime(2045, 1, 1, tzinfo=UTC)):
        for step in range(0, 24 * 800, 151):
            local = (start + dt.timedelta(hours=step)).astimezone(zone)
            if local.fold:
                folds.append(local.isoformat())
            back = local.astimezone(UTC)
            assert back == start + dt.timedelta(hours=step), (key, local)
    print(key, "folds", folds)
    for when in [dt.datetime(2021, 10, 31, 0, 30, tzinfo=UTC), dt.datetime(2021, 10, 31, 1, 30, tzinfo=UTC),
                 dt.datetime(2021, 11, 7, 5, 30, tzinfo=UTC), dt.datetime(2021, 11, 7, 6, 30, tzinfo=UTC),
                 dt.datetime(2040, 11, 4, 5, 30, tzinfo=UTC), dt.datetime(2040, 11, 4, 6, 30, tzinfo=UTC),
                 dt.datetime(1850, 1, 1, tzinfo=UTC)]:
        local = when.astimezone(zone)
        print(" ", when, "->", local, local.fold, local.tzname())

paris = ZoneInfo("Europe/Paris")
print(paris is ZoneInfo("Europe/Paris"), ZoneInfo.no_cache("Europe/Paris") is paris)
print(repr(paris), str(paris), paris.key)
print(paris.utcoffset(None), paris.dst(None), paris.tzname(None))
print(ZoneInfo("UTC").utcoffset(None), ZoneInfo("Etc/GMT+5").tzname(None))
print(pickle.loads(pickle.dumps(paris)) is paris)
unique = ZoneInfo.no_cache("Europe/Paris")
print(pickle.loads(pickle.dumps(unique)) is unique, pickle.loads(pickle.dumps(unique)).key)
ZoneInfo.clear_cache(only_keys=["Europe/Paris"])
print(ZoneInfo("Europe/Paris") is paris)
ZoneInfo.clear_cache()
with open(os.path.join(zoneinfo.TZPATH[0], "America/New_York"), "rb") as f:
    raw = f.read()
loaded = ZoneInfo.from_file(io.BytesIO(raw), key="Custom/NY")
print(loaded, loaded.key, dt.datetime(2021, 7, 1, tzinfo=loaded).tzname())
anonymous = ZoneInfo.from_file(io.BytesIO(raw))
print(anonymous.key, repr(anonymous).startswith("zoneinfo.ZoneInfo.from_file(<_io.BytesIO object"))
attempt("pickle from_file", pickle.dumps, loaded)
attempt("bad file", ZoneInfo.from_file, io.BytesIO(b"not a tzif file"))
attempt("missing", ZoneInfo, "Nowhere/Special")
attempt("absolute", ZoneInfo, "/etc/passwd")
attempt("escaping", ZoneInfo, "../zoneinfo/UTC")
attempt("not normalized", ZoneInfo, "Europe//Paris")
print(issubclass(ZoneInfoNotFoundError, KeyError), issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning))
print(sorted(zoneinfo.__all__))
zones = zoneinfo.available_timezones()
print(len(zones) > 300, "Europe/Paris" in zones, "posixrules" in zones, any(z.startswith("posix/") for z in zones))
print(isinstance(zoneinfo.TZPATH, tuple), all(os.path.isabs(p) for p in zoneinfo.TZPATH))
saved = zoneinfo.TZPATH
zoneinfo.reset_tzpath(["/nonexistent"])
print(zoneinfo.TZPATH)
attempt("not found on new path", ZoneInfo.no_cache, "Europe/Paris")
attempt("relative path", zoneinfo.reset_tzpath, ["relative/dir"])
attempt("string path", zoneinfo.reset_tzpath, "/usr/share/zoneinfo")
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH == saved)


class Sub(ZoneInfo):
    pass


print(repr(Sub("Asia/Tokyo")), Sub("Asia/Tokyo") is Sub("Asia/Tokyo"), Sub("Asia/Tokyo") is ZoneInfo("Asia/Tokyo"))
print(dt.datetime(2024, 1, 1, tzinfo=Sub("Asia/Tokyo")).utcoffset())
