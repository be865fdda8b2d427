"""_string (Ember): the two helpers of CPython's C _string module, which string.Formatter
implementations (CPython's Lib among them) use. Both run lib string's own format-string parser.
"""

from string import _parse_format_string, _split_field_name


def formatter_parser(format_string):
    """Iterates (literal_text, field_name, format_spec, conversion) over a format string."""
    if not isinstance(format_string, str):
        raise TypeError("descriptor 'formatter_parser' requires a 'str' object but received a '%s'"
                        % type(format_string).__name__)
    return _parse_format_string(format_string)


def formatter_field_name_split(field_name):
    """(first, rest): first is the argument name or index, rest iterates (is_attribute, key)."""
    if not isinstance(field_name, str):
        raise TypeError("descriptor 'formatter_field_name_split' requires a 'str' object but "
                        "received a '%s'" % type(field_name).__name__)
    end = 0
    while end < len(field_name) and field_name[end] not in '.[':
        end += 1
    first = field_name[:end]
    if first.isdecimal():
        first = int(first)

    def rest():
        yield from _split_field_name(field_name)[1]
    return first, rest()
