# time.tzset() reads TZ (as os.environ changes it): Olson names from the zoneinfo files, POSIX
# rule strings, invalid names; localtime/mktime/strftime and the zone constants follow.
import os, time, datetime

def show(tz):
    if tz is None:
        os.environ.pop('TZ', None)
    else:
        os.environ['TZ'] = tz
    time.tzset()
    print(repr(tz), time.timezone, time.altzone, time.daylight, time.tzname)
    for ts in (0, 1700000000, 1720000000, 1741503600, 1741500000, 1762059600):
        lt = time.localtime(ts)
        print('  ', ts, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.strftime('%Z %z', lt), time.mktime(lt))
    # a wall time in the spring gap; an explicit isdst against the zone's own state
    print('  gap', time.mktime((2025, 3, 9, 2, 30, 0, 0, 0, -1)))
    print('  isdst 0/1', time.mktime((2025, 11, 2, 1, 30, 0, 0, 0, 0)), time.mktime((2025, 11, 2, 1, 30, 0, 0, 0, 1)))

saved = os.environ.get('TZ')
try:
    for tz in ['EST+05EDT,M3.2.0,M11.1.0', 'UTC', 'America/New_York', 'Europe/London',
               'Australia/Sydney', 'Asia/Tokyo', 'EST5EDT', 'CET-1CEST,M3.5.0,M10.5.0/3', 'UTC0',
               '<+0330>-3:30', 'AEST-10AEDT,M10.1.0,M4.1.0/3', 'Asia/Kolkata', 'MSK-3', ':Europe/Paris',
               'Nowhere/Land', 'FOO', '<-03>3', 'UTC+3', 'XYZ-2:30:15ABC,J60/1,300/23:59:59']:
        show(tz)
    os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
    time.tzset()
    print(datetime.datetime.fromtimestamp(1741503600), datetime.datetime(2025, 7, 1).timestamp())
    print(datetime.datetime(2025, 7, 1).astimezone(), datetime.datetime(2025, 1, 1).astimezone().tzname())
    print(time.strptime('2025 EDT', '%Y %Z').tm_isdst, time.strptime('2025 EST', '%Y %Z').tm_isdst)
    # a wall time in a gap (Kabul, 1945): fold 0 and 1 name different instants and offsets
    os.environ['TZ'] = 'Asia/Kabul'
    time.tzset()
    gap = datetime.datetime(1945, 1, 1, 0, 15)
    print(gap.timestamp(), gap.replace(fold=1).timestamp())
    print(gap.astimezone(datetime.timezone.utc), gap.replace(fold=1).astimezone(datetime.timezone.utc))
    print(gap.astimezone(), gap.replace(fold=1).astimezone())
finally:
    if saved is None:
        del os.environ['TZ']
    else:
        os.environ['TZ'] = saved
    time.tzset()
