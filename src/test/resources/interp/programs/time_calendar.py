# time: struct_time, gmtime/localtime/mktime, strftime, asctime/ctime, zone constants, clock info
import time

t = time.gmtime(1234567890)
print(t)
print(t.tm_year, t[0], len(t), t.tm_zone, t.tm_gmtoff, t.tm_wday, t.tm_yday, t.tm_isdst, tuple(t)[:3])
print(time.gmtime(0), time.gmtime(-1.5)[:6], time.gmtime(86399.9)[:6])
print(type(t).__name__, type(t).__module__, time.struct_time.n_sequence_fields, isinstance(t, tuple))
s = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s11 = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0, 'XYZ', 3600))
print(s11.tm_zone, s11.tm_gmtoff, len(s11))
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)

for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %h', '%c', '%x %X', '%D %F %T %R', '%e|%k|%l|%I|%p', '%j %U %W %w %u',
            '%G %g %V', '%y %C', '%%', '%Z %z', 'plain', '%n%t', '%r']:
    print(repr(fmt), repr(time.strftime(fmt, t)))
for date in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 23, 59, 59, 3, 366, 0), (2024, 12, 30, 12, 0, 0, 0, 365, 0),
             (1999, 1, 3, 0, 0, 0, 6, 3, 0), (2000, 2, 29, 0, 0, 0, 1, 60, 0)]:
    print(time.strftime('%Y %j %a %U %W %V %G %g %u %w', date))
print(time.asctime(t), '|', time.asctime((2024, 3, 5, 1, 2, 3, 1, 65, 0)), '|', time.ctime(0) == time.asctime(time.localtime(0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: time.strftime('%Y', (1, 2)), lambda: time.strftime('%Y', 'x'), lambda: time.strftime(3),
            lambda: time.gmtime('x'), lambda: time.gmtime(float('nan'))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(time.strftime('%Y-%m-%d', (2024, 0, 0, 0, 0, 0, 0, 0, 0))))

now = 1700000000
lt = time.localtime(now)
print(time.mktime(lt) == now, type(time.mktime(lt)).__name__, time.localtime(now)[:3] == time.localtime(float(now))[:3])
print(time.mktime((2024, 13, 1, 0, 0, 0, 0, 0, -1)) == time.mktime((2025, 1, 1, 0, 0, 0, 0, 0, -1)))
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1), len(time.tzname), time.tzset())
print(time.localtime().tm_gmtoff == -(time.altzone if time.localtime().tm_isdst else time.timezone))
for clock in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(clock)
    print(clock, info.adjustable, info.monotonic, info.implementation, info.resolution)
try:
    time.get_clock_info('nope')
except ValueError as e:
    print('ValueError', e)
print(type(time.thread_time()).__name__, type(time.thread_time_ns()).__name__, type(time.process_time_ns()).__name__)
