"""locale (Ember): the C locale.

Ember formats numbers, dates and collation the way the C/POSIX locale does and supports no
other: setlocale() accepts "C", "POSIX" and "C.UTF-8" (also through "" when the environment
names one of them) and raises locale.Error otherwise. As in CPython, LC_CTYPE starts as
C.UTF-8 and every other category as C. The functions that depend on locale data
(localeconv, nl_langinfo, format_string, currency, str, atof, ...) answer with the C locale's.
"""

import os
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str


class Error(Exception):
    pass


# glibc's category numbers; the last six exist only inside LC_ALL's composite name.
LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                   'LC_MESSAGES', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
                   'LC_MEASUREMENT', 'LC_IDENTIFICATION']
CHAR_MAX = 127

_current = ['C'] * len(_CATEGORY_NAMES)
_current[LC_CTYPE] = 'C.UTF-8'

_SUPPORTED = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.UTF-8',
              'C.UTF8': 'C.UTF-8', 'C.utf-8': 'C.UTF-8'}


def _from_environment(category):
    for variable in ('LC_ALL', _CATEGORY_NAMES[category], 'LANG'):
        value = os.environ.get(variable)
        if value:
            return value
    return 'C'


def _composite_name():
    if len(set(_current)) == 1:
        return _current[0]
    return ';'.join('%s=%s' % (name, value) for name, value in zip(_CATEGORY_NAMES, _current))


def setlocale(category, locale=None):
    """Sets (or, with locale None, returns) the locale of a category."""
    if not isinstance(category, int) or not 0 <= category <= LC_ALL:
        raise Error("unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        return _composite_name() if category == LC_ALL else _current[category]
    categories = range(len(_current)) if category == LC_ALL else [category]
    chosen = {}
    for index in categories:
        requested = locale or _from_environment(index)
        if requested not in _SUPPORTED:
            raise Error("unsupported locale setting")
        chosen[index] = _SUPPORTED[requested] if requested != 'POSIX' else 'C'
    for index, value in chosen.items():
        _current[index] = value
    return _composite_name() if category == LC_ALL else _current[category]


def localeconv():
    """The C locale's number and currency conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compares two strings as the C locale collates them (by code point)."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str, not %s"
                        % type(b if isinstance(a, _builtin_str) else a).__name__)
    return (a > b) - (a < b)


def strxfrm(string):
    """A key that sorts like strcoll (in the C locale, the string itself)."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def format_string(f, val, grouping=False, monetary=False):
    """f % val; the C locale has no thousands separator, so grouping changes nothing."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    """Formats a currency amount: never possible in the C locale."""
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """A float as '%.12g' formats it."""
    return format_string("%.12g", val)


def delocalize(string):
    """The string with the locale's separators replaced by Python's (unchanged in C)."""
    return string


def localize(string, grouping=False, monetary=False):
    """A number string with the locale's separators (unchanged in C)."""
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


_CODESETS = {'C': 'ANSI_X3.4-1968', 'C.UTF-8': 'UTF-8'}


def getencoding():
    """The encoding of the current LC_CTYPE."""
    return _CODESETS.get(_current[LC_CTYPE], 'UTF-8')


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default."""
    if sys.flags.utf8_mode:
        return 'utf-8'
    return getencoding()


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings '
                        '-- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of a category's locale."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python "
                  "3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    localename = None
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    return _parse_localename(localename or 'C')


_ENCODING_NAMES = {'utf8': 'UTF-8', 'utf_8': 'UTF-8', 'utf-8': 'UTF-8', 'latin1': 'ISO8859-1',
                   'latin_1': 'ISO8859-1', 'iso88591': 'ISO8859-1', 'iso8859_1': 'ISO8859-1',
                   'iso8859-1': 'ISO8859-1', 'iso885915': 'ISO8859-15',
                   'iso8859_15': 'ISO8859-15', 'iso8859-15': 'ISO8859-15', 'ascii': 'ISO8859-1',
                   'eucjp': 'eucJP', 'euc_jp': 'eucJP', 'cp1252': 'CP1252'}


def normalize(localename):
    """A locale name in the form setlocale uses: 'C' for C/POSIX, the encoding part spelled
    the usual way ('de_DE.utf8' -> 'de_DE.UTF-8'). Without an alias database, names without
    an encoding stay as they are."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if code in ('c', 'posix'):
        return 'C'
    if '.' not in localename:
        return localename
    language, _, encoding = localename.partition('.')
    modifier = ''
    if '@' in encoding:
        encoding, _, modifier = encoding.partition('@')
        modifier = '@' + modifier
    if language.lower() in ('c', 'posix'):
        language = 'C'
    encoding = _ENCODING_NAMES.get(encoding.lower(), encoding)
    return language + '.' + encoding + modifier


# nl_langinfo: glibc's item numbers and the C locale's answers.
CODESET = 14
RADIXCHAR, THOUSEP = 65536, 65537
YESEXPR, NOEXPR = 327680, 327681
CRNCYSTR = 262159
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9, ABMON_10,
 ABMON_11, ABMON_12) = range(131086, 131098)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11,
 MON_12) = range(131098, 131110)
AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM, ERA = range(131110, 131117)
ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT = range(131118, 131122)

_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']
_LANGINFO = {RADIXCHAR: '.', THOUSEP: '', YESEXPR: '^[yY]', NOEXPR: '^[nN]', CRNCYSTR: '-',
             AM_STR: 'AM', PM_STR: 'PM', D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y',
             T_FMT: '%H:%M:%S', T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '',
             ALT_DIGITS: '', ERA_D_T_FMT: '', ERA_T_FMT: ''}
for _index, _day in enumerate(_DAYS):
    _LANGINFO[DAY_1 + _index] = _day
    _LANGINFO[ABDAY_1 + _index] = _day[:3]
for _index, _month in enumerate(_MONTHS):
    _LANGINFO[MON_1 + _index] = _month
    _LANGINFO[ABMON_1 + _index] = _month[:3]
del _index, _day, _month


def nl_langinfo(key):
    """One item of the C locale's language information."""
    if key == CODESET:
        return getencoding()
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError("unsupported langinfo constant") from None
