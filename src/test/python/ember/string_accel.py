# _string: formatter_parser and formatter_field_name_split, the helpers of string.Formatter.
import _string

for text in ['', 'plain', 'a{0}b', '{x!r:>{w}} tail', '{{}} {a.b[c]}', '{0[1].x!s}', '}}x{{']:
    print(repr(text), list(_string.formatter_parser(text)))
for bad in ['{', '}', 'a{0', '{0!', '{0!x y}', '{a{b}']:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
for name in ['0', 'name', 'a.b.c', 'x[0][key].attr', '', '12[3]']:
    first, rest = _string.formatter_field_name_split(name)
    print(repr(name), repr(first), list(rest))
for bad in ['a.', 'a[0', 'a[0]x', 'a[]']:
    first, rest = _string.formatter_field_name_split(bad)
    try:
        print(list(rest))
    except ValueError as e:
        print(repr(bad), repr(first), 'ValueError', e)
