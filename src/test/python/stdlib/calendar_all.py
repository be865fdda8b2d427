# calendar: module functions, Calendar iterators, TextCalendar and HTMLCalendar layouts
import calendar
import datetime

print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1, 2025), calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(-400, 400))
print(calendar.weekday(2024, 2, 29), repr(calendar.weekday(1, 1, 1)), repr(calendar.weekday(10000, 1, 1)), calendar.weekday(-1, 6, 1))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 12), (1, 1), (9999, 12)]:
    print(y, m, calendar.monthrange(y, m), calendar.monthcalendar(y, m))
for bad in (0, 13):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
print(list(calendar.day_name), list(calendar.day_abbr), calendar.day_name[-1], calendar.day_abbr[1:3])
print(list(calendar.month_name), list(calendar.month_abbr), len(calendar.month_name), calendar.month_name[::4])
print(repr(calendar.MONDAY), repr(calendar.SUNDAY), repr(calendar.JANUARY), repr(calendar.Month(12)), calendar.Day(3).name,
      calendar.FEBRUARY + 1, list(calendar.Day)[:2])
print(calendar.timegm((2024, 3, 1, 12, 30, 15)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.firstweekday(), calendar.weekheader(2), calendar.weekheader(3), calendar.weekheader(9), calendar.weekheader(1))
print(calendar.month(2024, 2))
print(calendar.month(2024, 9, 4, 2))
calendar.prmonth(2025, 6)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3))
calendar.prmonth(2024, 3, w=3)
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)
calendar.setfirstweekday(0)
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 2, 4))
calendar.prcal(2025, m=6, c=1)
calendar.prweek([(1, 0), (2, 1), (0, 2)], 3)
print('|')
calendar.format(['a', 'b'])
print(repr(calendar.formatstring(['x', 'yy', 'zzz'], 5, 2)))

cal = calendar.Calendar(firstweekday=6)
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
print(list(cal.itermonthdates(2024, 2))[:3], list(cal.itermonthdates(2024, 2))[-2:])
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays4(2023, 12))[-3:])
print(list(calendar.Calendar().itermonthdays3(9999, 12))[-4:], list(calendar.Calendar().itermonthdays3(1, 1))[:2])
print(cal.monthdatescalendar(2024, 2)[0])
print(cal.monthdays2calendar(2024, 2)[-1])
print(len(cal.yeardatescalendar(2024)), len(cal.yeardatescalendar(2024, 4)), len(cal.yeardays2calendar(2024, 2)[0]))
print(cal.yeardayscalendar(2024, 6)[1][5])
cal.firstweekday = 9
print(cal.firstweekday, cal.monthdayscalendar(2024, 2)[0])

text = calendar.TextCalendar(calendar.WEDNESDAY)
print(text.formatmonth(2024, 7, 3, 1))
print(repr(text.formatday(0, 0, 4)), repr(text.formatday(7, 0, 4)), repr(text.formatweekday(0, 10)), repr(text.formatweekday(6, 1)))
print(repr(text.formatmonthname(2024, 5, 20)), repr(text.formatmonthname(2024, 5, 10, withyear=False)))
print(repr(text.formatweek([(0, 2), (1, 3)], 2)), repr(text.formatweekheader(2)))
text.pryear(2024, 2, 1, 3, 2)

html = calendar.HTMLCalendar()
print(html.formatmonth(2024, 2))
print(html.formatmonth(2024, 3, withyear=False))
print(html.formatyear(2024, 4)[:400])
print(html.formatyearpage(2024)[:300])
print(html.formatday(0, 1), html.formatweekday(6), html.formatweekheader())
locale_text = calendar.LocaleTextCalendar(0)
print(locale_text.formatmonth(2024, 1))
print(calendar.error is ValueError, issubclass(calendar.IllegalMonthError, ValueError))
