# datetime: construction, arithmetic, comparisons, formatting, parsing, errors
import datetime as D
from datetime import date, time, datetime, timedelta, timezone, tzinfo, UTC


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


print(D.MINYEAR, D.MAXYEAR, D.UTC is timezone.utc)
# timedelta
for args, kw in [((), {}), ((1,), {}), ((-1, 5, 3), {}), ((0, 0, 1.5), {}), ((0, 0, 0.5), {}),
                 ((0.1, 0.3, -0.4), {}), ((), dict(weeks=1, hours=-5, minutes=3.25, milliseconds=7)),
                 ((), dict(seconds=86400 * 3 + 0.000001)), ((1e-6,), {}), ((-0.5,), {})]:
    td = timedelta(*args, **kw)
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a, b = timedelta(1, 7200, 5), timedelta(hours=-5, microseconds=11)
print(a + b, a - b, -a, +a, abs(b), a * 3, 3 * a, a * 0.37, a / 4, a / 2.5, a / b, a // b, a % b,
      divmod(a, b), a // 7, a // timedelta(hours=1))
print(a == timedelta(1, 7200, 5), a != b, a < b, a >= b, sorted([a, b, timedelta(0)]))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
print(hash(a) == hash(timedelta(1, 7200, 5)), {a: 1}[timedelta(days=1, seconds=7200, microseconds=5)])
print(timedelta(1.5) * 0.3, timedelta(1) / 7.0, timedelta(hours=5) % timedelta(hours=-7))
print(a.__reduce__())
for expr in ["timedelta(days=10**9)", "timedelta('1')", "timedelta(seconds='1')", "timedelta(1) / 0",
             "timedelta(1) // 0", "timedelta(1)/timedelta(0)", "timedelta.max + timedelta(1)",
             "timedelta(1) * float('nan')", "-timedelta.min"]:
    show(expr, lambda: eval(expr))

# date
d = date(2020, 2, 29)
print(repr(d), d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.timetuple())
print(d + timedelta(366), d - timedelta(60), d - date(2000, 1, 1), timedelta(1) + d)
print(d.replace(day=1), d.replace(year=2021, day=28), date.fromordinal(730000), date.fromordinal(1))
print(date.min, date.max, date.resolution, d.isoformat(), format(d, ''), format(d, '%d/%m/%Y %a %B %j'))
print(d.strftime('%Y-%m-%d %H:%M:%S %f %z %Z %% %A %U %W'))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1), date.fromisoformat('2021-W05-2'))
print(date.fromisoformat('20210304'), date.fromisoformat('2021W052'), date.fromisoformat('2021-03-04'))
for y in (1, 4, 100, 400, 1900, 2000, 2004, 2024, 9999):
    for m, dd in ((1, 1), (2, 28), (3, 1), (12, 31)):
        x = date(y, m, dd)
        assert date.fromordinal(x.toordinal()) == x
        print(y, m, dd, x.toordinal(), x.weekday(), x.isocalendar())
print(d == date(2020, 2, 29), d < date(2020, 3, 1), d >= date(2021, 1, 1), d == 5, d != 'x')
print(hash(d) == hash(date(2020, 2, 29)), d.__reduce__())
for expr in ["date(10000,1,1)", "date(0,1,1)", "date(2020,13,1)", "date(2021,2,29)", "date('2020',1,1)",
             "date(2020.0,1,1)", "date.max + timedelta(1)", "date.min - timedelta(1)", "date.fromordinal(0)",
             "date.fromisoformat('2020-1-1')", "date.fromisoformat(1)", "date.fromisoformat('2020-01-01T00:00')",
             "date.fromisocalendar(2020, 54, 1)", "date.fromisocalendar(2021, 53, 1)",
             "date.fromisocalendar(2020, 1, 8)", "d.replace(month=13)"]:
    show(expr, lambda: eval(expr))

# time
t = time(13, 4, 5, 60)
print(repr(t), t, t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(5, 6, fold=1, tzinfo=UTC)))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, t.isoformat(spec), time(1).isoformat(timespec=spec))
print(t.strftime('%H|%M|%S|%f|%p|%I'), format(t, '%H:%M'), format(t, ''), t.replace(hour=1, fold=1))
print(time.min, time.max, time.resolution, time.fromisoformat('10:11:12.5+01:00'), time.fromisoformat('T1011'))
tz1 = timezone(timedelta(hours=1))
print(time(12, tzinfo=tz1) == time(11, tzinfo=UTC), time(12, tzinfo=tz1) < time(11, 30, tzinfo=UTC),
      time(12) == time(12, tzinfo=UTC), time(12, tzinfo=tz1).utcoffset(), time(12, tzinfo=tz1).tzname(),
      time(12, tzinfo=tz1).dst(), time(1) < time(2), t.__reduce__(), time(1, tzinfo=UTC).__reduce__())
print(hash(time(12, tzinfo=tz1)) == hash(time(11, tzinfo=UTC)))
for expr in ["time(24)", "time(0,60)", "time(0,0,60)", "time(0,0,0,10**6)", "time(fold=2)", "time(tzinfo=1)",
             "time() < time(tzinfo=UTC)", "time.fromisoformat('x')",
             "time.fromisoformat('1')", "t.isoformat('x')"]:
    show(expr, lambda: eval(expr))

# datetime
dt = datetime(2020, 5, 17, 3, 4, 5, 60)
print(repr(dt), dt, dt.date(), dt.time(), dt.timetz(), dt.ctime(), dt.timetuple(), dt.isocalendar())
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5)), repr(datetime(2020, 1, 1, 0, 0, 7)),
      repr(datetime(2020, 1, 1, 5, 6, 7, 8, fold=1)), repr(datetime(2020, 1, 1, tzinfo=UTC)))
print(dt + timedelta(days=300, hours=30), dt - timedelta(microseconds=61), dt - datetime(2019, 1, 1),
      datetime(2019, 1, 1) - dt)
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='minutes'), str(dt.replace(microsecond=0)))
aware = datetime(2020, 1, 1, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=3, seconds=5)))
print(aware.isoformat(), aware.utcoffset(), aware.tzname(), aware.dst(), aware.utctimetuple())
print(aware.strftime('%Y %z %:z %Z %f'), datetime(2020, 1, 1).strftime('[%z][%Z][%:z]'))
print(aware.astimezone(UTC), aware.astimezone(timezone(timedelta(hours=-2), 'X')),
      aware.timestamp(), datetime(2020, 1, 1, tzinfo=UTC).timestamp())
print(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=UTC)), datetime.combine(d, t, tzinfo=tz1))
print(datetime.fromtimestamp(1e9, UTC), datetime.fromtimestamp(1.5e9 + 0.0000005, UTC),
      datetime.fromtimestamp(-1.25, UTC), datetime.fromtimestamp(86400 * 365, tz1))
u1 = datetime(2020, 1, 1, tzinfo=UTC)
u2 = datetime(2020, 1, 1, 1, tzinfo=tz1)
print(u1 == u2, hash(u1) == hash(u2), u1 - u2, u1 < u2 + timedelta(microseconds=1), u1 == datetime(2020, 1, 1))
print(date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) != date(2020, 1, 1))
print(datetime.min, datetime.max, datetime.resolution, dt.replace(year=2021, tzinfo=UTC))
for s in ['2020-01-01T10:11:12.5+01:30', '20200101T101112Z', '2020-W01-3 10', '2020-01-01T10:11:12.1234567',
          '2020-01-01T101112', '2020-01-01T1011', '2020-01-01T10:11+0100', '2020-01-01T10:11-01', '2020-01-01x10',
          '2020W014T10', '2020-W01', '2020W01', '2020-01-01', '2020-01-01T10:11:12+01:00:30.5',
          '2020-01-01T10:1', '2020-01-01T10:11:12.', '2020-13-01', 'garbage', '2020-01-01T10:11:12+25:00']:
    show(s, lambda: datetime.fromisoformat(s))
print(dt.__reduce__(), datetime(2020, 1, 1, fold=1).__reduce_ex__(4), aware.__reduce__()[1][0])
print(datetime(*dt.__reduce__()[1]) == dt, datetime(*aware.__reduce__()[1]) == aware)
for expr in ["datetime(2020,1,1) < datetime(2020,1,1,tzinfo=UTC)", "datetime(2020,1,1) - u1", "datetime.max + timedelta(1)",
             "datetime(1,1,1, tzinfo=tz1).astimezone(UTC)", "datetime.combine(1, time())",
             "datetime(2020,1,1).isoformat(timespec='x')", "datetime(2020,1,1).strftime(1)",
             "datetime.fromtimestamp(1e20)", "tz1.fromutc(datetime(2020,1,1))"]:
    show(expr, lambda: eval(expr))

# strptime
for s, f in [('2020-01-01 10:11:12.5 +0130', '%Y-%m-%d %H:%M:%S.%f %z'), ('Mon Jan  6 10:00:00 2020', '%c'),
             ('5 PM', '%I %p'), ('12 am', '%I %p'), ('2020 50 1', '%Y %W %w'), ('2020 50 1', '%Y %U %w'),
             ('2020 1 1', '%G %V %u'), ('Z', '%z'), ('+01:30:15.5', '%z'), ('UTC', '%Z'), ('20 366', '%y %j'),
             ('69', '%y'), ('Thursday March 5 1998', '%A %B %d %Y'), ('  2020-1-2', ' %Y-%m-%d'),
             ('2020x', '%Y'), ('2020-01-01x', '%Y-%m-%d'), ('2020-01-01', '%Y-%m-%d %Q'), ('1', '%'),
             ('12/31/99', '%x'), ('23:59:58', '%X'), ('2020 7', '%Y %%'), ('2020 5', '%G'), ('1 2', '%V %u')]:
    show(f'{s!r} {f!r}', lambda: datetime.strptime(s, f))


# a tzinfo subclass with DST
class Eastern(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8, 2)
        end = datetime(dt.year, 11, 1, 1)
        naive = dt.replace(tzinfo=None)
        return timedelta(hours=1) if start <= naive < end else timedelta(0)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'


east = Eastern()
for month in (1, 7):
    x = datetime(2021, month, 1, 12, tzinfo=east)
    print(x, x.tzname(), x.utcoffset(), x.dst(), x.astimezone(UTC), UTC.fromutc(x.astimezone(UTC).replace(tzinfo=UTC)))
print(datetime(2021, 7, 1, 16, tzinfo=UTC).astimezone(east))
show('tzinfo().utcoffset', lambda: tzinfo().utcoffset(None))
show('tzinfo().tzname', lambda: tzinfo().tzname(None))


class BadTz(tzinfo):
    def utcoffset(self, dt):
        return self.value


bad = BadTz()
bad.value = 5
show('bad utcoffset type', lambda: datetime(2020, 1, 1, tzinfo=bad).utcoffset())
bad.value = timedelta(days=1)
show('bad utcoffset range', lambda: datetime(2020, 1, 1, tzinfo=bad).isoformat())

# timezone
for tz in [timezone.utc, timezone(timedelta(hours=-5, minutes=-30)), timezone(timedelta(seconds=3661, microseconds=5)),
           timezone(timedelta(0)), timezone(timedelta(0), 'Z'), timezone.min, timezone.max, tz1]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None), tz.__getinitargs__())
print(timezone(timedelta(0)) is timezone.utc, tz1 == timezone(timedelta(hours=1), 'other'), hash(tz1) == hash(timezone(timedelta(hours=1))))
for expr in ["timezone(1)", "timezone(timedelta(1))", "timezone(timedelta(0), 1)", "timezone.utc.utcoffset(1)"]:
    show(expr, lambda: eval(expr))


# subclasses keep their type through arithmetic
class MyDate(date):
    pass


class MyDateTime(datetime):
    pass


print(repr(MyDate(2020, 1, 1) + timedelta(1)), repr(MyDateTime(2020, 1, 1) + timedelta(hours=1)),
      repr(MyDateTime.fromisoformat('2020-01-01')), repr(MyDate.today() - MyDate.today()))
import copy
print(copy.copy(dt) is dt, copy.deepcopy(aware) == aware, copy.replace(d, year=2024))
today = date.today()
now = datetime.now()
print(type(today).__name__, type(now).__name__, abs(datetime.now(UTC) - datetime.now(UTC)) < timedelta(seconds=5))
print(datetime.now(UTC).tzinfo, isinstance(now, date))
