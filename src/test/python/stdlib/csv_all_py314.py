# csv: reading and writing with every quoting mode and dialect option, multi-line fields,
# errors, dialect registry and validation, DictReader/DictWriter, and random round trips.
import csv
import io
import random


def read(lines, **kwargs):
    try:
        rdr = csv.reader(lines, **kwargs)
        rows = list(rdr)
        print(repr(lines)[:60], kwargs, '->', rows, rdr.line_num)
    except Exception as err:
        print(repr(lines)[:60], kwargs, '->', type(err).__name__, err)


def write(rows, **kwargs):
    out = io.StringIO()
    try:
        w = csv.writer(out, **kwargs)
        for row in rows:
            w.writerow(row)
        print(repr(rows)[:60], kwargs, '->', repr(out.getvalue()))
    except Exception as err:
        print(repr(rows)[:60], kwargs, '->', type(err).__name__, err, repr(out.getvalue()))


for lines in (['a,b,c'], ['a,b,c\r\n', '1,2,3\r\n'], ['"a,b",c'], ['"a""b",c'], ['"multi\n',
              'line",x\n'], ['a,"b"c,d'], ['"a"b,c'], ['', 'x'], ['\n', 'y\n'], [' a, b'],
              ['a\tb'], ['a,"b'], ['a\rb'], ['a\0b'], ['a,b\r', '\n'], ['x\r\n'], ['1,"2",,3'],
              ['a\\,b,c'], ['"a\\"b",c'], ['a,b\\\n', 'c']):
    read(lines)
read([' a, "b"'], skipinitialspace=True)
read(['a\tb'], dialect='excel-tab')
read(['a;b'], delimiter=';')
read(['"a,b",c'], quoting=csv.QUOTE_NONE)
read(['1,"2",3.5,'], quoting=csv.QUOTE_NONNUMERIC)
read(['1,x'], quoting=csv.QUOTE_NONNUMERIC)
read(['1,"2",,""'], quoting=csv.QUOTE_STRINGS)
read(['1,"2",,""'], quoting=csv.QUOTE_NOTNULL)
read(['a\\,b,c', 'x\\\ny'], escapechar='\\')
read(['"a\\"b",c'], escapechar='\\')
read(['"a\\"b",c'], escapechar='\\', doublequote=False)
read(['"a"b'], strict=True)
read(['"abc'], strict=True)
read(['"abc'])
read(["'a,b',c"], quotechar="'")
read([b'x'])
read([1])
csv.field_size_limit(5)
read(['abcdef'])
read(['abcd'])
print(csv.field_size_limit(131072), csv.field_size_limit())

for rows in ([['a', 'b']], [['a,b', 'c"d', 'e\nf', 'g\rh']], [['']], [[''], ['x']], [[]],
             [[1, 2.5, None, True, 'x']], [[' lead', 'trail ']], [['a', '']]):
    for quoting in range(6):
        write(rows, quoting=quoting)
write([['a,b']], quoting=csv.QUOTE_NONE)
write([['a,b', 'q"']], quoting=csv.QUOTE_NONE, escapechar='\\')
write([['q"x', 'e\\x']], escapechar='\\', doublequote=False)
write([['q"x', 'e\\x']], escapechar='\\')
write([['q"x']], doublequote=False)
write([['a', 'b']], lineterminator='\n', delimiter='|', quotechar="'")
write([['a\nb']], lineterminator='\n')
write([['x']], dialect='unix')
write([['']], quoting=csv.QUOTE_NONE)
write([1])
out = io.StringIO()
print(csv.writer(out).writerow(['abc', 'd']), repr(out.getvalue()))

for kwargs in (dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(quotechar=''),
               dict(quoting=9), dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_NONE),
               dict(lineterminator=1), dict(escapechar='ab'), dict(delimiter='\n'),
               dict(quotechar='\n'), dict(delimiter='"'), dict(escapechar='"'),
               dict(escapechar=','), dict(bogus=1), dict(escapechar=5)):
    try:
        d = csv.reader([], **kwargs).dialect
        print(kwargs, repr(d.delimiter), repr(d.quotechar), d.quoting, repr(d.escapechar))
    except Exception as err:
        print(kwargs, type(err).__name__, err)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
dialect = csv.get_dialect('pipes')
print(dialect.delimiter, dialect.quoting, dialect.lineterminator.encode(), dialect.doublequote,
      dialect.skipinitialspace, dialect.strict, sorted(csv.list_dialects()))
try:
    dialect.delimiter = ';'
except AttributeError as err:
    print('AttributeError:', err)
csv.unregister_dialect('pipes')
for call in (lambda: csv.get_dialect('pipes'), lambda: csv.unregister_dialect('pipes'),
             lambda: csv.reader([], dialect='nope'), lambda: csv.register_dialect(1)):
    try:
        call()
    except Exception as err:
        print(type(err).__name__, err)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


write([['a;b', 'c']], dialect=Semi)


class Broken(csv.Dialect):
    delimiter = ';'


try:
    Broken()
except csv.Error as err:
    print('Error:', err)
print(csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.quoting, csv.Error.__module__)

# Dict reader and writer.
text = 'name,age\r\nann,30\r\nbob\r\ncarl,40,extra,more\r\n\r\ndee,50\r\n'
rdr = csv.DictReader(io.StringIO(text), restval='?')
print(rdr.fieldnames, list(rdr), rdr.line_num)
print(list(csv.DictReader(io.StringIO('1,2\n'), fieldnames=['x', 'y'], restkey='rest')))
print(list(csv.DictReader(io.StringIO(''))), csv.DictReader(io.StringIO('')).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['name', 'age'], restval='-')
dw.writeheader()
dw.writerow({'name': 'ann', 'age': 30})
dw.writerows([{'name': 'bob'}, {'age': 5}])
print(repr(out.getvalue()))
try:
    dw.writerow({'name': 'x', 'other': 1})
except ValueError as err:
    print('ValueError:', err)
csv.DictWriter(out, ['a'], extrasaction='ignore').writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(out, ['a'], extrasaction='bad')
except ValueError as err:
    print('ValueError:', err)

# Random round trips through every quoting mode that can represent strings.
rng = random.Random(42)
alphabet = 'ab ,"\n\r\\\'|x'
for trial in range(300):
    rows = [[''.join(rng.choice(alphabet) for _ in range(rng.randrange(5)))
             for _ in range(rng.randrange(1, 4))] for _ in range(rng.randrange(1, 4))]
    options = rng.choice([{}, {'quoting': csv.QUOTE_ALL}, {'escapechar': '\\'},
                          {'escapechar': '\\', 'doublequote': False},
                          {'delimiter': '|', 'quotechar': "'"},
                          {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}])
    out = io.StringIO(newline='')
    try:
        csv.writer(out, **options).writerows(rows)
        back = list(csv.reader(io.StringIO(out.getvalue(), newline=''), **options))
        print(trial, repr(out.getvalue()), back == rows)
    except csv.Error as err:
        print(trial, 'Error', err)
