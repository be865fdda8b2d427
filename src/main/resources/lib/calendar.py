"""Calendar printing functions and the Calendar classes (Ember's own implementation).

Weeks start on Monday (0) by default; the proleptic Gregorian calendar of `datetime` is used
for all years. Day and month names are those of the C locale (English).
"""

import sys
import datetime
from enum import IntEnum, global_enum

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "Day", "Month", "JANUARY", "FEBRUARY", "MARCH",
           "APRIL", "MAY", "JUNE", "JULY",
           "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError, IndexError):
    """A month number outside 1..12."""

    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0..6."""

    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"


def __getattr__(name):
    # the old capitalized constants, kept with a warning
    if name in ('January', 'February'):
        import warnings
        warnings.warn(f"The '{name}' attribute is deprecated, use '{name.upper()}' instead",
                      DeprecationWarning, stacklevel=2)
        return 1 if name == 'January' else 2
    raise AttributeError(f"module '{__name__}' has no attribute '{name}'")


@global_enum
class Month(IntEnum):
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12


@global_enum
class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


# days per month in a common year (index 0 unused)
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _NameSequence:
    """A read-only sequence of names formatted by strftime from reference dates."""

    def __init__(self, dates, format, first=None):
        self._dates = dates
        self._format = format
        self._first = first          # the text of index 0 when it is not a date ('' for months)

    def _name(self, index):
        if self._first is not None:
            return self._first if index == 0 else self._dates[index - 1].strftime(self._format)
        return self._dates[index].strftime(self._format)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._name(k) for k in range(len(self))[i]]
        return self._name(range(len(self))[i])

    def __len__(self):
        return len(self._dates) + (self._first is not None)


# 2001-01-01 was a Monday
_WEEK_DATES = [datetime.date(2001, 1, day) for day in range(1, 8)]
_MONTH_DATES = [datetime.date(2001, m, 1) for m in range(1, 13)]
day_name = _NameSequence(_WEEK_DATES, '%A')
day_abbr = _NameSequence(_WEEK_DATES, '%a')
month_name = _NameSequence(_MONTH_DATES, '%B', '')
month_abbr = _NameSequence(_MONTH_DATES, '%b', '')


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2).
       Assume y1 <= y2."""
    def before(year):          # leap years in [1, year)
        year -= 1
        return year // 4 - year // 100 + year // 400
    return before(y2) - before(y1)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400      # the calendar repeats every 400 years
    return Day(datetime.date(year, month, day).weekday())


def _month_length(year, month):
    return mdays[month] + (month == FEBRUARY and isleap(year))


def monthrange(year, month):
    """Return weekday of first day of month (0-6 ~ Mon-Sun)
       and number of days (28-31) for year, month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _month_length(year, month)


def _previous_month(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _next_month(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


class Calendar(object):
    """
    Base calendar class. This class doesn't do any formatting. It simply
    provides data to subclasses.
    """

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """
        Return an iterator for one week of weekday numbers starting with the
        configured first one.
        """
        for offset in range(7):
            yield (self.firstweekday + offset) % 7

    def itermonthdays3(self, year, month):
        """
        Like itermonthdates(), but will yield (year, month, day) tuples.  Can be
        used for dates outside of datetime.date range.
        """
        first_weekday, length = monthrange(year, month)
        leading = (first_weekday - self.firstweekday) % 7
        py, pm = _previous_month(year, month)
        previous_length = _month_length(py, pm)
        for day in range(previous_length - leading + 1, previous_length + 1):
            yield py, pm, day
        for day in range(1, length + 1):
            yield year, month, day
        trailing = (self.firstweekday - (first_weekday + length)) % 7
        ny, nm = _next_month(year, month)
        for day in range(1, trailing + 1):
            yield ny, nm, day

    def itermonthdates(self, year, month):
        """
        Return an iterator for one month. The iterator will yield datetime.date
        values and will always iterate through complete weeks, so it will yield
        dates outside the specified month.
        """
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """
        Like itermonthdates(), but will yield day numbers. For days outside
        the specified month the day number is 0.
        """
        for y, m, d in self.itermonthdays3(year, month):
            yield d if m == month else 0

    def itermonthdays2(self, year, month):
        """
        Like itermonthdates(), but will yield (day number, weekday number)
        tuples. For days outside the specified month the day number is 0.
        """
        for index, day in enumerate(self.itermonthdays(year, month)):
            yield day, (self.firstweekday + index) % 7

    def itermonthdays4(self, year, month):
        """
        Like itermonthdates(), but will yield (year, month, day, day_of_week) tuples.
        Can be used for dates outside of datetime.date range.
        """
        for index, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + index) % 7

    @staticmethod
    def _weeks(items):
        items = list(items)
        return [items[i:i + 7] for i in range(0, len(items), 7)]

    def monthdatescalendar(self, year, month):
        """
        Return a matrix (list of lists) representing a month's calendar.
        Each row represents a week; week entries are datetime.date values.
        """
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        """
        Return a matrix representing a month's calendar.
        Each row represents a week; week entries are
        (day number, weekday number) tuples. Day numbers outside this month
        are zero.
        """
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        """
        Return a matrix representing a month's calendar.
        Each row represents a week; days outside this month are zero.
        """
        return self._weeks(self.itermonthdays(year, month))

    @staticmethod
    def _rows(months, width):
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        """
        Return the data for the specified year ready for formatting. The return
        value is a list of month rows. Each month row contains up to width months.
        Each month contains between 4 and 6 weeks and each week contains 1-7
        days. Days are datetime.date objects.
        """
        return self._rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """
        Return the data for the specified year ready for formatting (similar to
        yeardatescalendar()). Entries in the week lists are
        (day number, weekday number) tuples. Day numbers outside this month are
        zero.
        """
        return self._rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """
        Return the data for the specified year ready for formatting (similar to
        yeardatescalendar()). Entries in the week lists are day numbers.
        Day numbers outside this month are zero.
        """
        return self._rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """
    Subclass of Calendar that outputs a calendar as a simple plain text
    similar to the UNIX program cal.
    """

    def prweek(self, theweek, width):
        """
        Print a single week (no newline).
        """
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        """
        Returns a formatted day.
        """
        text = '' if day == 0 else f'{day:2d}'
        return text.center(width)

    def formatweek(self, theweek, width):
        """
        Returns a single week in a string (no newline).
        """
        return ' '.join(self.formatday(day, wd, width) for day, wd in theweek)

    def formatweekday(self, day, width):
        """
        Returns a formatted week day name.
        """
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """
        Return a header for a week.
        """
        return ' '.join(self.formatweekday(day, width) for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """
        Return a formatted month name.
        """
        text = month_name[themonth]
        if withyear:
            text = f"{text} {theyear!r}"
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """
        Print a month's calendar.
        """
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """
        Return a month's calendar string (multi-line).
        """
        w = max(2, w)
        newlines = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w).rstrip())
        return ''.join(line + newlines for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """
        Returns a year's calendar as a multi-line string.
        """
        w = max(2, w)
        newlines = '\n' * max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        parts = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), newlines]
        header = self.formatweekheader(w)
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_index + 1, min(m * (row_index + 1) + 1, 13))
            parts.append(newlines)
            names = [self.formatmonthname(theyear, k, colwidth, False) for k in months]
            parts += [formatstring(names, colwidth, c).rstrip(), newlines]
            parts += [formatstring([header] * len(months), colwidth, c).rstrip(), newlines]
            for week_index in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[week_index], w) if week_index < len(cal) else ''
                         for cal in row]
                parts += [formatstring(weeks, colwidth, c).rstrip(), newlines]
        return ''.join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print a year's calendar."""
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """
    This calendar returns complete HTML pages.
    """

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """
        Return a day as a table cell.
        """
        if day == 0:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day:d}</td>'

    def formatweek(self, theweek):
        """
        Return a complete week as a table row.
        """
        return '<tr>' + ''.join(self.formatday(d, wd) for d, wd in theweek) + '</tr>'

    def formatweekday(self, day):
        """
        Return a weekday name as a table header.
        """
        return f'<th class="{self.cssclasses_weekday_head[day]}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        """
        Return a header for a week as a table row.
        """
        return '<tr>' + ''.join(self.formatweekday(i) for i in self.iterweekdays()) + '</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        """
        Return a month name as a table row.
        """
        text = f'{month_name[themonth]} {theyear}' if withyear else f'{month_name[themonth]}'
        return f'<tr><th colspan="7" class="{self.cssclass_month_head}">{text}</th></tr>'

    def formatmonth(self, theyear, themonth, withyear=True):
        """
        Return a formatted month as a table.
        """
        rows = [f'<table border="0" cellpadding="0" cellspacing="0" class="{self.cssclass_month}">',
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return ''.join(row + '\n' for row in rows)

    def formatyear(self, theyear, width=3):
        """
        Return a formatted year as a table of tables.
        """
        width = max(width, 1)
        parts = [f'<table border="0" cellpadding="0" cellspacing="0" class="{self.cssclass_year}">',
                 '\n',
                 f'<tr><th colspan="{width}" class="{self.cssclass_year_head}">{theyear}</th></tr>']
        for first in range(JANUARY, JANUARY + 12, width):
            parts.append('<tr>')
            for m in range(first, min(first + width, 13)):
                parts += ['<td>', self.formatmonth(theyear, m, withyear=False), '</td>']
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """
        Return a formatted year as a complete HTML page.
        """
        if encoding is None:
            encoding = sys.getdefaultencoding()
        lines = [f'<?xml version="1.0" encoding="{encoding}"?>',
                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                 '<html>', '<head>',
                 f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}" />']
        if css is not None:
            lines.append(f'<link rel="stylesheet" type="text/css" href="{css}" />')
        lines += [f'<title>Calendar for {theyear:d}</title>', '</head>', '<body>']
        page = ''.join(line + '\n' for line in lines)
        page += self.formatyear(theyear, width) + '</body>\n</html>\n'
        return page.encode(encoding, "xmlcharrefreplace")


class LocaleTextCalendar(TextCalendar):
    """
    A TextCalendar whose names come from a locale. Ember has only the C locale: the names
    are the English ones.
    """

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """
    An HTMLCalendar whose names come from a locale (the C locale in Ember).
    """

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = locale


# the module-level interface: one shared TextCalendar
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1         # the width of a week printed by prweek()
_spacing = 6                  # spaces between month columns


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints multi-column formatting for year calendars"""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Returns a string formatted from n strings, centered within n columns."""
    return (' ' * spacing).join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def main(args=None):
    """`python -m calendar [options] [year [month]]`: a text or HTML calendar on stdout."""
    import argparse
    parser = argparse.ArgumentParser()
    text_only = parser.add_argument_group('text only arguments')
    html_only = parser.add_argument_group('html only arguments')
    for short, long, default, what in (('-w', '--width', 2, 'width of date column (default 2)'),
                                       ('-l', '--lines', 1, 'number of lines for each week (default 1)'),
                                       ('-s', '--spacing', 6, 'spacing between months (default 6)'),
                                       ('-m', '--months', 3, 'months per row (default 3)')):
        text_only.add_argument(short, long, type=int, default=default, help=what)
    html_only.add_argument('-c', '--css', default='calendar.css', help='CSS to use for page')
    parser.add_argument('-L', '--locale', default=None,
                        help='locale to use for month and weekday names')
    parser.add_argument('-e', '--encoding', default=None, help='encoding to use for output')
    parser.add_argument('-t', '--type', default='text', choices=('text', 'html'),
                        help='output type (text or html)')
    parser.add_argument('-f', '--first-weekday', type=int, default=0,
                        help='weekday (0 is Monday, 6 is Sunday) to start each week (default 0)')
    parser.add_argument('year', nargs='?', type=int, help='year number')
    parser.add_argument('month', nargs='?', type=int, help='month number (1-12, text only)')
    options = parser.parse_args(args)
    if options.locale and not options.encoding:
        parser.error('if --locale is specified --encoding is required')
    year = options.year if options.year is not None else datetime.date.today().year
    locale = (options.locale, options.encoding)
    if options.type == 'html':
        _print_html(parser, options, year, locale)
    else:
        _print_text(options, year, locale)


def _print_html(parser, options, year, locale):
    if options.month:
        parser.error('incorrect number of arguments')
    cal = LocaleHTMLCalendar(locale=locale) if options.locale else HTMLCalendar()
    cal.setfirstweekday(options.first_weekday)
    encoding = options.encoding or sys.getdefaultencoding()
    sys.stdout.buffer.write(cal.formatyearpage(year, encoding=encoding, css=options.css))


def _print_text(options, year, locale):
    cal = LocaleTextCalendar(locale=locale) if options.locale else TextCalendar()
    cal.setfirstweekday(options.first_weekday)
    if options.month is None:
        text = cal.formatyear(year, w=options.width, l=options.lines, c=options.spacing, m=options.months)
    else:
        text = cal.formatmonth(year, options.month, w=options.width, l=options.lines)
    if options.encoding:
        sys.stdout.buffer.write(text.encode(options.encoding))
    else:
        sys.stdout.write(text)

if __name__ == "__main__":
    main()
