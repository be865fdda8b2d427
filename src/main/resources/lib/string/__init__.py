"""String constants, Template strings and the Formatter class (Ember's own string module)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import re as _re

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each word, and join them with sep
    (a single space when sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


####################################################################
# Template: $-substitution


class _ChainedLookup:
    """Looks keys up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


_NO_MAPPING = {}


def _lookup_for(mapping, keywords):
    if mapping is _NO_MAPPING:
        return keywords
    if keywords:
        return _ChainedLookup(keywords, mapping)
    return mapping


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # [a-z] with IGNORECASE would also match some non-ASCII letters ('ı', 'ſ', 'K'), hence
    # the local ASCII flag (the class-wide flags cannot change for compatibility).
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delimiter = _re.escape(cls.delimiter)
            identifier = cls.idpattern
            braced_identifier = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delimiter}(?:
              (?P<escaped>{delimiter})  |   # two delimiters stand for one
              (?P<named>{identifier})       |   # a name right after the delimiter
              {{(?P<braced>{braced_identifier})}} |   # a name in braces
              (?P<invalid>)                 # anything else is an error
            )
            """
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, match):
        index = match.start('invalid')
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            line_number, column = 1, 1
        else:
            line_number = len(lines)
            column = index - len(''.join(lines[:-1]))
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (line_number, column))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        lookup = _lookup_for(mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                return str(lookup[name])
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._invalid(match)
            raise self._unrecognized()
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        lookup = _lookup_for(mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                try:
                    return str(lookup[name])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            raise self._unrecognized()
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if (match.group('named') is None and match.group('braced') is None
                    and match.group('escaped') is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        identifiers = []
        for match in self.pattern.finditer(self.template):
            name = match.group('named') or match.group('braced')
            if name is not None:
                if name not in identifiers:
                    identifiers.append(name)
            elif match.group('invalid') is None and match.group('escaped') is None:
                raise self._unrecognized()
        return identifiers


# __init_subclass__ only runs for subclasses: compile the base class's pattern here.
Template.__init_subclass__()


####################################################################
# Formatter: str.format as an overridable class


def _parse_format_string(text):
    """Splits a format string into (literal, field_name, format_spec, conversion) tuples,
    with the rules and errors of str.format. The format spec is returned unexpanded."""
    position = 0
    end = len(text)
    while position < end:
        literal_start = position
        brace = None
        while position < end:
            char = text[position]
            position += 1
            if char == '{' or char == '}':
                brace = char
                break
        at_end = position >= end
        if brace == '}' and (at_end or text[position] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if brace is None:
            yield text[literal_start:position], None, None, None
            return
        if text[position] == brace:
            # A doubled brace is a literal brace: the literal ends after the first one.
            position += 1
            yield text[literal_start:position - 1], None, None, None
            continue
        literal = text[literal_start:position - 1]
        field_name, format_spec, conversion, position = _parse_field(text, position)
        yield literal, field_name, format_spec, conversion


def _parse_field(text, position):
    """Parses one replacement field starting just after its '{'.

    Returns (field_name, format_spec, conversion, position after the closing '}').
    """
    end = len(text)
    name_start = position
    terminator = None
    while position < end:
        char = text[position]
        position += 1
        if char == '{':
            raise ValueError("unexpected '{' in field name")
        if char == '[':
            # Inside brackets, ':' '!' and '}' belong to the key.
            while position < end and text[position] != ']':
                position += 1
            continue
        if char in '}:!':
            terminator = char
            break
    if terminator is None:
        raise ValueError("expected '}' before end of string")
    field_name = text[name_start:position - 1]
    if terminator == '}':
        return field_name, '', None, position

    conversion = None
    if terminator == '!':
        if position >= end:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[position]
        position += 1
        if position < end:
            char = text[position]
            position += 1
            if char == '}':
                return field_name, '', conversion, position
            if char != ':':
                raise ValueError("expected ':' after conversion specifier")

    spec_start = position
    depth = 1
    while position < end:
        char = text[position]
        position += 1
        if char == '{':
            depth += 1
        elif char == '}':
            depth -= 1
            if depth == 0:
                return field_name, text[spec_start:position - 1], conversion, position
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(field_name):
    """Splits 'first.attr[key]...' into first (an int if all digits) and a list of
    (is_attribute, name_or_key) steps, with the errors of str.format."""
    position = 0
    end = len(field_name)
    while position < end and field_name[position] not in '.[':
        position += 1
    first = field_name[:position]
    if first.isdecimal():
        first = int(first)
    steps = []
    while position < end:
        char = field_name[position]
        position += 1
        if char == '.':
            start = position
            while position < end and field_name[position] not in '.[':
                position += 1
            name = field_name[start:position]
            if not name:
                raise ValueError("Empty attribute in format string")
            steps.append((True, name))
        else:   # '['
            start = position
            while position < end and field_name[position] != ']':
                position += 1
            if position >= end:
                raise ValueError("Missing ']' in format string")
            key = field_name[start:position]
            position += 1
            if not key:
                raise ValueError("Empty attribute in format string")
            if position < end and field_name[position] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            steps.append((False, int(key) if key.isdecimal() else key))
    return first, steps


class Formatter:
    """str.format's machinery, with each step a method that subclasses can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        """Returns the formatted text and the next automatic argument index
        (False once a field has been numbered explicitly)."""
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            first, _ = _split_field_name(field_name)
            if first == '':
                # '{}' or '{.attr}' / '{[key]}': the next automatic argument number.
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field_name = str(auto_arg_index) + field_name
                auto_arg_index += 1
            elif isinstance(first, int):
                if auto_arg_index:
                    raise ValueError('cannot switch from automatic field numbering '
                                     'to manual field specification')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Returns an iterable of (literal_text, field_name, format_spec, conversion)."""
        return _parse_format_string(format_string)

    def get_field(self, field_name, args, kwargs):
        """Returns (object, key of the argument used) for a field name like 'a.b[0]'."""
        first, steps = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, name in steps:
            obj = getattr(obj, name) if is_attribute else obj[name]
        return obj, first
