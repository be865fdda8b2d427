# recorded with CPython 3.14 (/work/shared/tools/python3.14): TOMLDecodeError gained msg/doc/pos/lineno/colno in 3.14
# tomllib: TOML 1.0 values, tables, arrays of tables, and the errors (message and position)
# for invalid documents
import io
import tomllib
from decimal import Decimal

VALID = [
    'a = 1\nb = "two"\nc = 3.5\nd = true\ne = false',
    '# comment only\n\n   \n',
    '',
    'k = "tab\\there \\u00e9 \\U0001F600 \\\\ \\" \\b\\f\\n\\r"',
    "k = 'C:\\Users\\nodejs\\templates'",
    'k = """\nRoses are red\nViolets are blue"""',
    'k = """\\\n    The quick brown \\\n\n\n  fox jumps over \\\n    the lazy dog."""',
    'k = """Here are two quotation marks: "". Simple enough."""',
    'k = """Here are three quotation marks: ""\\"."""',
    'k = """Here are fifteen quotation marks: ""\\"""\\"""\\"""\\"""\\"."""',
    'k = """"This," she said, "is just a pointless statement.""""',
    "k = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''",
    "k = ''''That,' she said, 'is still pointless.''''",
    "k = '''I [dw]on't need \\d{2} apples'''",
    'int1 = +99\nint2 = 42\nint3 = 0\nint4 = -17\nint5 = 1_000\nint6 = 5_349_221\nint7 = 53_49_221\nint8 = 1_2_3_4_5',
    'hex1 = 0xDEADBEEF\nhex2 = 0xdeadbeef\nhex3 = 0xdead_beef\noct1 = 0o01234567\noct2 = 0o755\nbin1 = 0b11010110',
    'big = 123456789012345678901234567890\nneg = -0\npos = +0',
    'flt1 = +1.0\nflt2 = 3.1415\nflt3 = -0.01\nflt4 = 5e+22\nflt5 = 1e06\nflt6 = -2E-2\nflt7 = 6.626e-34\nflt8 = 224_617.445_991_228',
    'sf1 = inf\nsf2 = +inf\nsf3 = -inf\nsf5 = +nan\nsf6 = -nan',
    'odt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\nodt3 = 1979-05-27T00:32:00.999999-07:00\nodt4 = 1979-05-27 07:32:00Z',
    'ldt1 = 1979-05-27T07:32:00\nldt2 = 1979-05-27T00:32:00.999999\nld1 = 1979-05-27\nlt1 = 07:32:00\nlt2 = 00:32:00.999999\nlt3 = 00:32:00.1234567899',
    'odt = 1979-05-27t07:32:00z\nodt5 = 2000-01-01T00:00:00+05:30',
    'integers = [ 1, 2, 3 ]\ncolors = [ "red", "yellow", "green" ]\nnested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]\nnested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]\nstring_array = [ "all", \'strings\', """are the same""", \'\'\'type\'\'\' ]',
    'numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]\ncontributors = [\n  "Foo Bar <foo@example.com>",\n  { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" }\n]',
    'integers2 = [\n  1, 2, 3\n]\nintegers3 = [\n  1,\n  2, # this is ok\n]\nempty = [ ]\nempty2 = [\n # c\n]',
    '[table-1]\nkey1 = "some string"\nkey2 = 123\n\n[table-2]\nkey1 = "another string"\nkey2 = 456',
    '[dog."tater.man"]\ntype.name = "pug"',
    '[a.b.c]            # this is best practice\n[ d.e.f ]          # same as [d.e.f]\n[ g .  h  . i ]    # same as [g.h.i]\n[ j . "ʞ" . \'l\' ]  # same as [j."ʞ".\'l\']',
    '# [x] you\n# [x.y] don\'t\n# [x.y.z] need these\n[x.y.z.w] # for this to work\n\n[x] # defining a super-table afterward is ok',
    'name = "Fido"\nbreed = "pug"\n\n[owner]\nname = "Regina Dogman"\nmember_since = 1999-08-04',
    'fruit.name = "banana"     # this is best practice\nfruit. color = "yellow"    # same as fruit.color\nfruit . flavor = "banana"   # same as fruit.flavor',
    '[fruit]\napple.color = "red"\napple.taste.sweet = true\n\n[fruit.apple.texture]  # you can add sub-tables\nsmooth = true',
    'name = { first = "Tom", last = "Preston-Werner" }\npoint = { x = 1, y = 2 }\nanimal = { type.name = "pug" }\nempty = {}',
    '[[products]]\nname = "Hammer"\nsku = 738594937\n\n[[products]]  # empty table within the array\n\n[[products]]\nname = "Nail"\nsku = 284758393\n\ncolor = "gray"',
    '[[fruits]]\nname = "apple"\n\n[fruits.physical]  # subtable\ncolor = "red"\nshape = "round"\n\n[[fruits.varieties]]  # nested array of tables\nname = "red delicious"\n\n[[fruits.varieties]]\nname = "granny smith"\n\n\n[[fruits]]\nname = "banana"\n\n[[fruits.varieties]]\nname = "plantain"',
    'points = [ { x = 1, y = 2, z = 3 },\n           { x = 7, y = 8, z = 9 },\n           { x = 2, y = 4, z = 8 } ]',
    '"127.0.0.1" = "value"\n"character encoding" = "value"\n"ʎǝʞ" = "value"\n\'key2\' = "value"\n\'quoted "value"\' = "value"\n"" = "blank"',
    '3.14159 = "pi"\n1234 = "n"\ntrue = 1\nfalse = 2\ninf = 3',
    'site."google.com" = true\na.b.c = 1\na.d = 2',
    '[a]\nb.c = 1\nb.d = 2\n[a.b.e]\nf = 3',
    '[[a]]\nb.c = 1\n[[a]]\nb.c = 2\n[a.b.x]\ny = 1',
    'k = "" \t # trailing',
    'k = [1,2,]\nl = [[],[[]]]\nm = [{},{a={}}]',
    't = {a.b.c = 1, a.b.d = 2, a.e = [1, {f = 2}]}',
    'x = 1979-05-27 # date then comment\ny = 1979-05-27T07:32:00 # local',
    'k = "\u00e9\u4e2d\U0001F600"',
    'k = """a\\\t  \n  b"""',
    'k = """\\\n"""',
]

INVALID = [
    'a = ', 'a = 1 2', '= 1', 'a 1', 'a = "abc', "a = 'abc", 'a = """abc', "a = '''abc",
    'a = "a\nb"', "a = 'a\nb'", 'a = "\\x"', 'a = "\\u12"', 'a = "\\uD800"', 'a = "\\U00110000"',
    'a = "tab\x01"', "a = '\x7f'", '# comment \x00 here', 'a = 1 # \x7f',
    'a = 1\na = 2', 'a.b = 1\na = 2', 'a = 1\na.b = 2', '[a]\n[a]', '[a]\nb = 1\n[a]',
    'a = {}\n[a]', 'a = {b = 1}\na.c = 2', 'a = [1]\n[[a]]', '[a]\n[[a]]', '[[a]]\n[a]',
    '[a.b]\nc = 1\n[a]\nb.d = 2', '[a]\nb.c = 1\n[a.b]', '[a]\nb.c = 1\n[a]',
    'a = 1\n[a.b]', 'a = 1\n[[a.b]]', 'a = {b = 1, b = 2}', 'a = {b.c = 1, b = 2}', 'a = {b = 1, b.c = 2}',
    'a = {b = {}, b.c = 1}', 'a = {b = [], b.c = 1}', 'a = {b = 1,}', 'a = {b = 1\n}', 'a = {', 'a = [1, 2',
    'a = [1 2]', 'a = [,]', '[a', '[[a]', '[a]]', '[]', 'a.. = 1', 'a. = 1', 'a = tru', 'a = nanx',
    'a = 01', 'a = 1__0', 'a = _1', 'a = 1_', 'a = 0x', 'a = 0xG', 'a = 1.', 'a = .1', 'a = 1e', 'a = +', 'a = -',
    'a = 1979-02-30', 'a = 1979-02-29T00:00:00', 'a = 1979-13-01', 'a = 1979-05-27T25:00:00', 'a = 24:00:00',
    'a = 1979-05-27T07:32:00+24:00', 'a = 12:3:00', '"a\nb" = 1', 'a = """\\ x"""', 'a = "\\', 'a=1\n\n  [b\n',
    '  \tx = "ok"\ny = [1,\n2\n', '[x]\n\ty = {a = 1}\n[x.y]', '[[x]]\ny = 1\n[x]', 'a = [{b = 1}]\n[a.c]',
    'a = [{b = 1}]\n[[a]]', 'a.b = 1\n[a.b]', 'x = {a = 1} b = 2', '\ufeffa = 1', 'a = 1\r', 'a = "x"\rb = 1',
]


def show(doc, **kw):
    try:
        result = tomllib.loads(doc, **kw)
    except tomllib.TOMLDecodeError as e:
        print('  error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
    else:
        print(' ', repr(result))


print('valid:')
for doc in VALID:
    show(doc)
print('invalid:')
for doc in INVALID:
    print(repr(doc))
    show(doc)

print('parse_float:')
show('a = 1.25\nb = [1e3, inf]\nc = 1', parse_float=Decimal)
show('a = 0.1', parse_float=str)
try:
    tomllib.loads('a = 0.5', parse_float=lambda s: {})
except ValueError as e:
    print(type(e).__name__, e)
try:
    tomllib.loads('a = 0.5', parse_float=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

print('load:')
print(tomllib.load(io.BytesIO('a = "é"\r\nb = [1,\r\n2]'.encode())))
try:
    tomllib.load(io.StringIO('a = 1'))
except TypeError as e:
    print('TypeError', e)
try:
    tomllib.loads(b'a = 1')
except TypeError as e:
    print('TypeError', e)
try:
    tomllib.load(io.BytesIO(b'a = "\xff"'))
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)

print('error type:')
print(tomllib.TOMLDecodeError.__mro__[1:], tomllib.TOMLDecodeError.__module__, tomllib.__all__)
e = tomllib.TOMLDecodeError('m', 'ab\ncd', 4)
print(e, e.args, e.msg, e.doc, e.pos, e.lineno, e.colno)
e = tomllib.TOMLDecodeError(msg='m', doc='abc', pos=10)
print(e, e.lineno, e.colno)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    e1 = tomllib.TOMLDecodeError('free')
    e2 = tomllib.TOMLDecodeError('a', 'b', 1, 'extra')
    e3 = tomllib.TOMLDecodeError()
print(e1.args, e2.args, e3.args, [str(w.category.__name__) for w in caught])
print(str(caught[0].message))

# the datetime details
doc = tomllib.loads('a = 1979-05-27T00:32:00.5-07:30\nb = 07:32:00.000001\nc = 2000-01-01T00:00:00Z')
print(repr(doc['a']), doc['a'].utcoffset(), repr(doc['b']), doc['c'].tzinfo)
