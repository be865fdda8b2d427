# locale: the C locale (setlocale queries and C/POSIX/C.UTF-8 settings, localeconv,
# formatting helpers, getlocale, nl_langinfo, errors).
import locale
import os

for variable in ('LC_ALL', 'LC_NUMERIC'):
    os.environ.pop(variable, None)
os.environ['LANG'] = 'C.UTF-8'   # what setlocale(category, '') reads

print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.localeconv())
print(locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY, locale.LC_NUMERIC,
      locale.LC_ALL, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.format_string('%d %.2f %s', (1234567, 1234.5, 'x'), grouping=True))
print(locale.format_string('%s', 'plain'), locale.str(1.5), locale.str(2 / 3))
print(locale.atof('1.5'), locale.atoi('12'), locale.delocalize('1.5'), locale.localize('1234.5', grouping=True))
try:
    locale.currency(1.5)
except ValueError as e:
    print(e)
for bad in ['xx_YY', 'en_US.UTF-8x']:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print(type(e).__name__, e)
print(locale.normalize('C'), locale.normalize('POSIX'), locale.normalize('de_DE.utf8'),
      locale.normalize('C.utf8'))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('a', 'a'), locale.strxfrm('abc'))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(), locale.getencoding())
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.D_T_FMT),
      locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12))
print(locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'), locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.nl_langinfo(locale.CODESET))
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.setlocale(locale.LC_NUMERIC, ''))
print(locale.setlocale(locale.LC_ALL, ('C', 'UTF-8')))
locale.setlocale(locale.LC_NUMERIC, 'C')
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print(e)
