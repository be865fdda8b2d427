# time.strptime: directives, defaults, whitespace and case rules, errors
import time

def show(data, fmt=None):
    try:
        t = time.strptime(data) if fmt is None else time.strptime(data, fmt)
        print(repr(data), tuple(t), t.tm_zone, t.tm_gmtoff)
    except ValueError as e:
        print(repr(data), 'ValueError', e)

show('Fri Feb 13 23:31:30 2009')
show('2024-02-29 13:05:09', '%Y-%m-%d %H:%M:%S')
show('29 feb 24', '%d %b %y')
show('1 JANUARY 1970', '%d %B %Y')
show('69', '%y')
show('68', '%y')
show('12:30 PM', '%I:%M %p')
show('12:30 am', '%I:%M %p')
show('7:05 pm', '%I:%M %p')
show('2024 060', '%Y %j')
show('Monday 2024-01-03', '%A %Y-%m-%d')
show('  2024   5', ' %Y %m')
show('2024\t\n5', '%Y %m')
show('2024-5-7', '%Y-%m-%d')
show('2024 10%', '%Y %d%%')
show('2024-01-01 +0530', '%Y-%m-%d %z')
show('2024-01-01 -01:30', '%Y-%m-%d %z')
show('2024-01-01 Z', '%Y-%m-%d %z')
show('2024 UTC', '%Y %Z')
show('2024 gmt', '%Y %Z')
show('123456', '%f')
show('3 4', '%w %u')
show('01/02/03', '%x')
show('10:11:12', '%X')
show('Tue Mar  5 01:02:03 2024', '%c')
show('2024-01-01', '%Y')
show('2024', '%Y-%m')
show('13', '%m')
show('2023-02-29', '%Y-%m-%d')
show('x', '%q')
show('x', '%')
for bad in [lambda: time.strptime(5), lambda: time.strptime('x', 5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
