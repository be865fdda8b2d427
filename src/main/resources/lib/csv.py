"""CSV reading and writing (Ember's own implementation of `csv`, including the parts CPython
writes in C in `_csv`): reader, writer, dialects, DictReader and DictWriter. (Sniffer is
not there yet.)"""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'QUOTE_STRINGS',
           'QUOTE_NOTNULL', 'Error', 'Dialect', 'excel', 'excel_tab', 'field_size_limit',
           'reader', 'writer', 'register_dialect', 'get_dialect', 'list_dialects',
           'unregister_dialect', 'DictReader', 'DictWriter', 'unix_dialect', 'Sniffer']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024


class _ReadOnly:
    """An attribute _csv exposes as a read-only member: assigning or deleting it is an
    AttributeError('readonly attribute')."""

    def __init__(self, slot):
        self._slot = slot

    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


def _check_arg_count(name, args, least, most):
    """The argument-count errors of a C function that takes positional arguments."""
    if len(args) < least:
        raise TypeError(f'{name} expected at least {least} argument{"s" if least != 1 else ""}, got {len(args)}')
    if len(args) > most:
        raise TypeError(f'{name} expected at most {most} arguments, got {len(args)}')


def field_size_limit(*args):
    """Return the field size limit; with an argument, set it and return the old one."""
    global _field_limit
    if len(args) > 1:
        raise TypeError(f'field_size_limit expected at most 1 argument, got {len(args)}')
    old = _field_limit
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError('limit must be an integer')
        _field_limit = new
    return old


# ---------------------------------------------------------------------------------------------
# Dialects

def _char_attribute(name, value, default, allow_none):
    expected = 'a unicode character or None' if allow_none else 'a unicode character'
    if value is None:
        if allow_none:
            return None
        raise TypeError(f'"{name}" must be {expected}, not NoneType')
    if not isinstance(value, str):
        raise TypeError(f'"{name}" must be {expected}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be {expected}, not a string of length {len(value)}')
    return value


class _Dialect:
    """A validated, read-only set of formatting parameters."""

    __slots__ = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                 'lineterminator', 'quoting', 'strict')

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in self.__slots__:
                raise TypeError(f"this function got an unexpected keyword argument '{key}'")

        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default

        # converted in _csv's order, which decides which of several errors is reported
        delimiter = _char_attribute('delimiter', pick('delimiter', ','), ',', False)
        doublequote = bool(pick('doublequote', True))
        escapechar = _char_attribute('escapechar', pick('escapechar', None), None, True)
        lineterminator = pick('lineterminator', '\r\n')
        if not isinstance(lineterminator, str):
            raise TypeError(f'"lineterminator" must be a string, not '
                            f'{type(lineterminator).__name__}')
        quotechar_given = pick('quotechar', '"')
        quotechar = None if quotechar_given is None else \
            _char_attribute('quotechar', quotechar_given, '"', True)
        quoting = pick('quoting', _UNSET)
        if quoting is _UNSET:
            # no quote character means no quoting, unless quoting was asked for
            quoting = QUOTE_NONE if quotechar_given is None else QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError(f'"quoting" must be an integer, not {type(quoting).__name__}')
        skipinitialspace = bool(pick('skipinitialspace', False))
        strict = bool(pick('strict', False))
        if quoting not in range(6):
            raise TypeError('bad "quoting" value')
        object.__setattr__(self, 'delimiter', delimiter)
        object.__setattr__(self, 'quotechar', quotechar)
        object.__setattr__(self, 'escapechar', escapechar)
        object.__setattr__(self, 'doublequote', doublequote)
        object.__setattr__(self, 'skipinitialspace', skipinitialspace)
        object.__setattr__(self, 'lineterminator', lineterminator)
        object.__setattr__(self, 'quoting', quoting)
        object.__setattr__(self, 'strict', strict)
        self._check()

    def _check(self):
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        # a space may quote or escape only when spaces after delimiters are not skipped
        self._check_char('delimiter', self.delimiter, True)
        self._check_char('escapechar', self.escapechar, not self.skipinitialspace)
        self._check_char('quotechar', self.quotechar, not self.skipinitialspace)
        if self.delimiter == self.quotechar:
            raise ValueError('bad delimiter or quotechar value')
        if self.escapechar is not None and self.escapechar == self.delimiter:
            raise ValueError('bad delimiter or escapechar value')
        if self.escapechar is not None and self.escapechar == self.quotechar:
            raise ValueError('bad escapechar or quotechar value')

    def _check_char(self, name, char, space_allowed):
        if char is None:
            return
        if char in '\r\n' or (char == ' ' and not space_allowed):
            raise ValueError(f'bad {name} value')
        if char in self.lineterminator:
            raise ValueError(f'bad {name} or lineterminator value')

    def __setattr__(self, name, value):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")

    def __delattr__(self, name):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")

    def __reduce_ex__(self, protocol):
        raise TypeError(f"cannot pickle '_csv.Dialect' instances")


_dialects = {}
_UNSET = object()


def register_dialect(*args, **fmtparams):
    _check_arg_count('register_dialect', args, 1, 2)
    name, dialect = args[0], args[1] if len(args) > 1 else fmtparams.pop('dialect', None)
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def _resolve_dialect(dialect, fmtparams):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    return _Dialect(dialect, **fmtparams)


class Dialect:
    """Describes a CSV dialect; subclass it and set the attributes."""

    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as error:
            raise Error(str(error)) from None


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect('excel', excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('unix', unix_dialect)


# ---------------------------------------------------------------------------------------------
# Reader

_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)
_EOL = None     # the end of an input line, as the state machine sees it


class _Reader:
    """Iterates over the records of an iterable of lines."""

    __slots__ = ('_lines', '_dialect', '_line_num', '_fields', '_field', '_state', '_unquoted')
    dialect = _ReadOnly('_dialect')
    line_num = _ReadOnly('_line_num')

    def __init__(self, iterable, dialect):
        self._lines = iter(iterable)
        self._dialect = dialect
        self._line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._unquoted = True

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self._dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f'iterator should return strings, not {type(line).__name__} '
                            f'(the file should be opened in text mode)')
            self._line_num += 1
            for ch in line:
                self._process(ch)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _add_char(self, ch):
        if len(self._field) >= _field_limit:
            raise Error(f'field larger than field limit ({_field_limit})')
        self._field.append(ch)

    def _save_field(self):
        text = ''.join(self._field)
        quoting = self._dialect.quoting
        if self._unquoted:
            if not text and quoting in (QUOTE_NOTNULL, QUOTE_STRINGS):
                value = None
            elif text and quoting in (QUOTE_NONNUMERIC, QUOTE_STRINGS):
                value = float(text)
            else:
                value = text
        else:
            value = text
        self._fields.append(value)
        self._field = []
        self._unquoted = True

    def _process(self, ch):
        dialect = self._dialect
        state = self._state
        if state == _START_RECORD:
            if ch is _EOL:
                return
            if ch in '\n\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if ch is _EOL or ch in '\n\r':
                self._save_field()
                self._state = _START_RECORD if ch is _EOL else _EAT_CRNL
            elif ch == dialect.quotechar and dialect.quoting != QUOTE_NONE:
                self._unquoted = False
                self._state = _IN_QUOTED_FIELD
            elif ch == dialect.escapechar:
                self._state = _ESCAPED_CHAR
            elif ch == ' ' and dialect.skipinitialspace:
                pass
            elif ch == dialect.delimiter:
                self._save_field()
            else:
                self._add_char(ch)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if ch is not _EOL and ch in '\n\r':
                self._add_char(ch)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if ch is _EOL else ch)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if ch is _EOL:
                return
            state = self._state = _IN_FIELD
        if state == _IN_FIELD:
            if ch is _EOL or ch in '\n\r':
                self._save_field()
                self._state = _START_RECORD if ch is _EOL else _EAT_CRNL
            elif ch == dialect.escapechar:
                self._state = _ESCAPED_CHAR
            elif ch == dialect.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(ch)
            return
        if state == _IN_QUOTED_FIELD:
            if ch is _EOL:
                pass
            elif ch == dialect.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif ch == dialect.quotechar and dialect.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if dialect.doublequote else _IN_FIELD
            else:
                self._add_char(ch)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if ch is _EOL else ch)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if dialect.quoting != QUOTE_NONE and ch == dialect.quotechar:
                self._add_char(ch)
                self._state = _IN_QUOTED_FIELD
            elif ch == dialect.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif ch is _EOL or ch in '\n\r':
                self._save_field()
                self._state = _START_RECORD if ch is _EOL else _EAT_CRNL
            elif not dialect.strict:
                self._add_char(ch)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{dialect.delimiter}' expected after '{dialect.quotechar}'")
            return
        if state == _EAT_CRNL:
            if ch is _EOL:
                self._state = _START_RECORD
            elif ch not in '\n\r':
                raise Error("new-line character seen in unquoted field - do you need to "
                            "open the file with newline=''?")


# the C module's type names, as type(csv.reader(...)) and error messages show them
_Reader.__module__, _Reader.__name__, _Reader.__qualname__ = '_csv', 'reader', 'reader'


def reader(*args, **fmtparams):
    """An iterator over the records (lists of fields) of `csvfile`'s lines."""
    _check_arg_count('reader', args, 1, 2)
    csvfile, dialect = args[0], args[1] if len(args) > 1 else fmtparams.pop('dialect', None)
    try:
        lines = iter(csvfile)
    except TypeError:
        raise TypeError(f"'{type(csvfile).__name__}' object is not iterable") from None
    return _Reader(lines, _resolve_dialect(dialect, fmtparams))


# ---------------------------------------------------------------------------------------------
# Writer

class _Writer:
    """Writes rows of fields to a file-like object."""

    __slots__ = ('_write', '_dialect')
    dialect = _ReadOnly('_dialect')

    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self._dialect = dialect

    def _needs_quotes(self, field, text):
        quoting = self._dialect.quoting
        if quoting == QUOTE_ALL:
            return True
        if quoting == QUOTE_NONNUMERIC:
            return not _is_number(field)
        if quoting == QUOTE_STRINGS:
            return isinstance(field, str)
        if quoting == QUOTE_NOTNULL:
            return field is not None
        return False

    def _special(self, ch):
        dialect = self._dialect
        return (ch == dialect.delimiter or ch == dialect.escapechar
                or ch == dialect.quotechar or ch in '\n\r'
                or ch in dialect.lineterminator)

    def _format_field(self, field, text, quoted, single):
        dialect = self._dialect
        out = []
        for ch in text:
            need_escape = False
            if self._special(ch):
                if dialect.quoting == QUOTE_NONE:
                    need_escape = True
                else:
                    if ch == dialect.quotechar:
                        if dialect.doublequote:
                            out.append(dialect.quotechar)
                        else:
                            need_escape = True
                    elif ch == dialect.escapechar:
                        need_escape = True
                    if not need_escape:
                        quoted = True
                if need_escape:
                    if dialect.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(dialect.escapechar)
            out.append(ch)
        body = ''.join(out)
        if not text and single:
            if dialect.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            quoted = True
        if quoted:
            return f'{dialect.quotechar}{body}{dialect.quotechar}'
        return body

    def writerow(self, row):
        try:
            fields = list(iter(row))
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        parts = []
        single = len(fields) == 1
        for field in fields:
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            quoted = self._needs_quotes(field, text)
            if field is None and self._dialect.quoting in (QUOTE_NOTNULL, QUOTE_STRINGS,
                                                          QUOTE_NONNUMERIC):
                quoted = quoted and self._dialect.quoting == QUOTE_NONNUMERIC
            parts.append(self._format_field(field, text, quoted, single))
        line = self._dialect.delimiter.join(parts) + self._dialect.lineterminator
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def _is_number(value):
    if isinstance(value, bool):
        return True
    try:
        import numbers
        return isinstance(value, numbers.Number)
    except ImportError:
        return isinstance(value, (int, float, complex))


_Writer.__module__, _Writer.__name__, _Writer.__qualname__ = '_csv', 'writer', 'writer'


def writer(*args, **fmtparams):
    _check_arg_count('writer', args, 1, 2)
    csvfile, dialect = args[0], args[1] if len(args) > 1 else fmtparams.pop('dialect', None)
    return _Writer(csvfile, _resolve_dialect(dialect, fmtparams))


# ---------------------------------------------------------------------------------------------
# Dictionaries

class DictReader:
    """Reads records as dicts keyed by the first row (or by `fieldnames`)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        record = dict(zip(self.fieldnames, row))
        names_count = len(self.fieldnames)
        row_count = len(row)
        if names_count < row_count:
            record[self.restkey] = row[names_count:]
        elif names_count > row_count:
            for key in self.fieldnames[row_count:]:
                record[key] = self.restval
        return record

    @classmethod
    def __class_getitem__(cls, item):
        return cls


class DictWriter:
    """Writes dicts as rows in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        extrasaction = extrasaction.lower()
        if extrasaction not in ('raise', 'ignore'):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    @classmethod
    def __class_getitem__(cls, item):
        return cls


# ---------------------------------------------------------------------------------------------
# Sniffer: guesses a dialect from a sample. The heuristics are CPython's (the same guesses for the
# same samples matter more than elegance here): first quoted fields and the character next to
# them, else the character whose count per line is the most consistent, chunk by chunk.

# Quoted fields with the delimiter next to them, from most to least informative. The first
# pattern that matches anywhere in the sample decides.
_QUOTED_FIELD_PATTERNS = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',  # ,"x",
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',    # "x", at a line start
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',    # ,"x" at a line end
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',                               # "x" alone on a line
)


def _most_counted(counts):
    """The key with the highest count (the first such key in insertion order)."""
    return max(counts, key=counts.get)


def _skips_initial_space(line, delim):
    return line.count(delim) == line.count(delim + ' ')


class Sniffer:
    """Guesses the format of a CSV sample: `sniff` returns a Dialect subclass, `has_header`
    whether the first row looks like column names."""

    def __init__(self):
        # tried in this order when several characters look equally like the delimiter
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'   # '' would be refused as a quotechar
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """From quoted fields: (quotechar, doublequote, delimiter, skipinitialspace), with an
        empty quotechar and delimiter when the sample has no quoted field."""
        import re
        for pattern in _QUOTED_FIELD_PATTERNS:
            regexp = re.compile(pattern, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        else:
            return ('', False, None, 0)
        group = {name: index - 1 for name, index in regexp.groupindex.items()}
        quote_counts, delim_counts, spaced = {}, {}, 0
        for match in matches:
            quote = match[group['quote']]
            if quote:
                quote_counts[quote] = quote_counts.get(quote, 0) + 1
            if 'delim' not in group:
                continue
            delim = match[group['delim']]
            if delim and (delimiters is None or delim in delimiters):
                delim_counts[delim] = delim_counts.get(delim, 0) + 1
            if 'space' in group and match[group['space']]:
                spaced += 1
        quotechar = _most_counted(quote_counts)
        if delim_counts:
            delim = _most_counted(delim_counts)
            skipinitialspace = delim_counts[delim] == spaced
            if delim == '\n':      # a newline is not a delimiter
                delim = ''
        else:
            delim, skipinitialspace = '', 0
        # a field holding a third quote between two others: quotes are doubled inside fields
        d, q = re.escape(delim), quotechar
        doubled = re.compile(rf"(({d})|^)\W*{q}[^{d}\n]*{q}[^{d}\n]*{q}\W*(({d})|$)", re.MULTILINE)
        return (quotechar, bool(doubled.search(data)), delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """Without quoted fields: the 7-bit character whose count per line is the same on (at
        least 90% of) the lines, judged on growing chunks of 10 lines. Returns
        (delimiter, skipinitialspace), ('', 0) when nothing qualifies."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        # per character: {count in a line: number of lines with that count}
        histograms = {}
        modes, candidates = {}, {}
        chunks_done, start = 0, 0
        while start < len(lines):
            chunks_done += 1
            for line in lines[start:start + chunk]:
                for char in map(chr, range(127)):
                    histogram = histograms.setdefault(char, {})
                    count = line.count(char)
                    histogram[count] = histogram.get(count, 0) + 1
            for char, histogram in histograms.items():
                entries = list(histogram.items())
                if len(entries) == 1 and entries[0][0] == 0:
                    continue                      # never seen
                if len(entries) == 1:
                    modes[char] = entries[0]
                    continue
                # the commonest count, weakened by the lines that disagree with it
                mode = max(entries, key=lambda entry: entry[1])
                entries.remove(mode)
                modes[char] = (mode[0], mode[1] - sum(lines_with for _, lines_with in entries))
            lines_seen = float(min(chunk * chunks_done, len(lines)))
            consistency = 1.0
            while not candidates and consistency >= 0.9:
                for char, (count, agreeing) in modes.items():
                    if count > 0 and agreeing > 0 and agreeing / lines_seen >= consistency \
                            and (delimiters is None or char in delimiters):
                        candidates[char] = (count, agreeing)
                consistency -= 0.01
            if len(candidates) == 1:
                delim = next(iter(candidates))
                return (delim, _skips_initial_space(lines[0], delim))
            start += chunk
        if not candidates:
            return ('', 0)
        if len(candidates) > 1:
            for delim in self.preferred:
                if delim in candidates:
                    return (delim, _skips_initial_space(lines[0], delim))
        # no preference applies: the candidate with the largest (count, agreeing lines), then char
        delim = max((mode, char) for char, mode in candidates.items())[1]
        return (delim, _skips_initial_space(lines[0], delim))

    def has_header(self, sample):
        """True when the first row differs from the next rows (up to 21 of them) in the columns
        whose type or length is the same on every one of those rows: a vote over the columns."""
        from io import StringIO
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        columns = len(header)
        # per column: complex when every row's value parses as a number, else the common length
        column_kinds = dict.fromkeys(range(columns))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != columns:
                continue
            for col in list(column_kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != column_kinds[col]:
                    if column_kinds[col] is None:
                        column_kinds[col] = kind
                    else:
                        del column_kinds[col]     # inconsistent: this column has no say
        votes = 0
        for col, kind in column_kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
