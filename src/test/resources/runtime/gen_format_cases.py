"""Writes format_cases.txt: one 'expression<TAB>result' line per case, where result is repr() of
the value or 'ExceptionType: message', as CPython 3.14 gives them (3.13 agrees except for the %c
type error and the 3.14-only fraction grouping '.3_f'). Run from this directory with
    /work/shared/tools/python3.14 gen_format_cases.py > format_cases.txt"""

ints = [0, 1, -1, 7, 42, -255, 1234, 65535, 1234567, -9876543, 2**64 + 1, True]
int_specs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', 'n', ',', '_', '_b', '_x', '#_o',
             '+d', ' d', '-d', '08', '08,', '09,', '010_', '#010x', '<6', '>6', '^7', '=+8', '*^9',
             '0<5', 'e', '.2f', '%', 'g', '.2', 'z', 'q', '+c', ',x', ',,', '.', '10.3s', 'E']
floats = [0.0, -0.0, 1.0, -1.5, 3.14159, 2.5, 0.125, 1e16, 1e-5, 123456789.0, -0.0004, 1e300, 5e-324,
          float('inf'), float('-inf'), float('nan'), 0.1, 100.0, 9.995, 1234.5678]
float_specs = ['', 'f', '.2f', '.0f', '#.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '#g', '.3', '#.3', '.1',
               '%', '.1%', 'n', ',', '_.2f', '012.3f', '+', ' .2e', 'z.1f', 'z', '^12.4', '*<10', '=+10.2f',
               '010', ',.2f', '.15g', '.17', 'x', 'd', 'F', 's', '10', 'z+']
strs = ['', 'abc', 'héllo', '😀x']
str_specs = ['', 's', '5', '<5', '>5', '^6', '*^7', '.2', '8.1', '05', '=5', '+', '#', 'd', ',', 'z', '_<4', 'x']

def run(expr):
    try:
        return repr(eval(expr))
    except Exception as e:
        return f'{type(e).__name__}: {e}'

exprs = []
for v in ints:
    exprs += [f'format({v!r}, {s!r})' for s in int_specs]
for v in floats:
    r = repr(v) if v == v and abs(v) != float('inf') else f'float({str(v)!r})'
    exprs += [f'format({r}, {s!r})' for s in float_specs]
for v in strs:
    exprs += [f'format({v!r}, {s!r})' for s in str_specs]
exprs += [
    "format(1, 5)", "format(object(), '').startswith('<object object at 0x')", "format(object(), 's')", "format([1], '')",
    "'{} {}'.format(1, 2)", "'{1} {0}'.format('a', 'b')", "'{x} {y!r}'.format(x=1, y='s')",
    "'{0[1]} {0[a]}'.format({1: 'one', 'a': 'A'})", "'{0[1]}'.format([5, 6])", "'{0.real} {0.imag}'.format(3)",
    "'{:>{w}.{p}f}'.format(3.14159, w=10, p=2)", "'{:{}{}}'.format(5, '>', 4)", "'{{}} {{{0}}}'.format(7)",
    "'{!s:^7}|{!a}'.format('é', 'é')", "'{} {1}'.format(1, 2)", "'{0} {}'.format(1, 2)", "'{}'.format()",
    "'{2}'.format(1)", "'{x}'.format(y=1)", "'}'.format()", "'{'.format()", "'{0'.format(1)", "'{!x}'.format(1)",
    "'{0!}'.format(1)", "'{0!rr}'.format(1)", "'{0.}'.format(1)", "'{0[}'.format(1)", "'{0[0]x}'.format([1])",
    "'{0:{1:{2}}}'.format(1, 2, 3)", "'{a}'.format_map({'a': 5})", "'{:%}'.format(0.5)", "'{0.nope}'.format(1)",
    "'{:d}'.format('s')", "'{:s}'.format(1)", "'a{}b'.format(None)", "'{0[-1]}'.format([1])",
    "'%s' % 1", "'%s %s' % (1, 2)", "'%d' % 3.9", "'%i|%u' % (-3, 4)", "'%5d|%-5d|%05d' % (1, 2, -3)",
    "'%+d % d' % (5, 5)", "'%x %X %#x %#X %#o' % (255, 255, 255, 255, 8)", "'%.3d' % -5", "'%#.3x' % 5",
    "'%e %E' % (12345.678, 0.001)", "'%f %.2f %.0f %#.0f' % (1.5, 2.675, 2.5, 2.5)", "'%g %G %#g' % (1e-5, 1e20, 1.0)",
    "'%10.3f|%-10.2e|' % (3.14159, 31.4)", "'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159)", "'%*d' % (-4, 1)",
    "'%c%c' % (65, 'b')", "'%r %a' % ('é', 'é')", "'%s' % [1, 2]", "'%s' % {}", "'%(a)s-%(b)d' % {'a': 'x', 'b': 2}",
    "'%%' % ()", "'100%% %s' % 'sure'", "'%.2s' % 'abcdef'", "'%5s|%-5s|' % ('ab', 'cd')", "'%010f' % float('inf')",
    "'%f' % float('nan')", "'%d' % True", "'%s %s' % 1", "'%s' % (1, 2)", "'%d' % 'x'", "'%x' % 1.5",
    "'%f' % 'x'", "'%c' % 'ab'", "'%c' % -1", "'%(a)s' % 1", "'%(a' % {}", "'%' % ()", "'%*d' % ('a', 1)",
    "'%y' % 1", "'%d' % float('nan')", "'%d' % float('inf')", "'%(a)s' % {}", "'%s' % ()", "'%s'% ((1,),)",
    "'a' % ()", "'a' % 5", "'%5%' % ()", "'%.1f' % 0.05", "'%.2f' % 0.125", "'%.3g' % 100.0",
    "'%ld %hd' % (1, 2)", "'%s' % None", "'%d%%' % 50", "'%(x)s %(x)r' % {'x': 'v'}", "5 % 'x'",
    "'{0!}'.format(1)", "'{0!r'.format(1)", "'{!}'.format(1)", "'{0!r}x'.format(1)", "'{0!rx}'.format(1)",
    "'{0!:}'.format(1)", "'{0:'.format(1)", "'{0:{}'.format(1)", "'{0!r:{}'.format(1)", "'{a[x}'.format(a=1)",
    "format(1.5, 'z+')", "format(10**20, 'c')", "'{0:{1}}'.format(2, '{')",
    "format(1, '.,')", "format(1, '.')", "format(1.5, '.')", "format(1.5, '._')", "format(1.5, '.,,')",
    "format(1, '.1,')", "format('ab', '.,')", "format(1.23456789, '.7_f')", "format(1.23456789, '.7_%')",
    "format(1.23456789e10, '.7_e')", "format(1.23456789e-10, '_._g')", "format(1.5, '.2,n')",
    "format(1234567.125, ',.6_f')", "format(1234567.125, '020,.6_f')", "'%c' % 1.5", "'%c' % ''", "'%c' % [1]",
    "format(1, '😀')", "format(1, '😀<5')", "format(1.5, 'é')", "format('a', '\\x00')",
    "format(1, '99999999999999999999')", "format(1.5, '.99999999999999999999')", "format(1.5, '.200g')[:30]",
    "'{99999999999999999999}'.format(1)", "'{0[99999999999999999999]}'.format({})", "'{0[0]'.format([1])",
    "'%(a)' % {'a': 1}", "'%*.*f' % (5,)", "'%.1000f' % 1.5 == '1.5' + '0' * 999", "'%99999999999999999999d' % 1",
    "'%.99999999999999999999d' % 1", "'{:{:{}}}'.format(1, 2, 3)", "'{a.b[c]d}'.format(a=1)", "format(1, '=^5')",
    "format(-1, 'x<+#8x')", "format(2**70, 'e')", "format(2**1100, 'e')", "format(1e308 * 10, '010.2f')",
    "format(float('nan'), '+')", "format(-float('nan'), '')", "'%s' % {'a': 1}", "'%d %s' % [1, 2]",
    "'{}'.format(*range(3))", "'{0}{1}{0}'.format('ab', 'cd')", "'{:*^+10.3e}'.format(-1234.5)",
    "'%-08.3f|' % 3.14159", "'% 08.2e' % 123.0", "'%+.0e' % 25.0", "'%#x' % 0", "'%o' % -8",
    "'%d|%x|%f|%c' % ((type('Ix', (), {'__index__': lambda s: 65})(),) * 4)",
    "'%d' % type('In', (), {'__int__': lambda s: 9})()", "'%x' % type('In', (), {'__int__': lambda s: 9})()",
    "'%f' % type('In', (), {'__int__': lambda s: 9})()", "'%e' % type('Fl', (), {'__float__': lambda s: 2.5})()",
    "'%d' % type('Fl', (), {'__float__': lambda s: 2.5})()", "format(type('Ix', (), {'__index__': lambda s: 7})(), 'd')",
    "'%.3s|%5.1r' % ('abcdef', 'xy')", "'%i' % -0.0", "'%g' % -0.0", "'%+g' % float('nan')", "'%05s' % 'a'",
    "'%-05d|' % 3", "format(type('C', (), {'__format__': lambda s, f: 'C<' + f + '>'})(), 'xy')",
    "'{:ab}'.format(type('C', (), {'__format__': lambda s, f: 'C<' + f + '>'})())",
    "format(type('D', (), {'__format__': lambda s, f: 5})(), 'x')", "int.__format__(1, 2)",
    "'{0.__class__.__name__}'.format(1)", "'{[0]}'.format('xy')", "format(True, '>6')", "'{:>6}'.format(None)",
    "format(None, 'x')", "format(1, 2)",
    "'{0:}'.format(5)", "'{!r}{!s}'.format('a', 'b')", "'{0[a b]}'.format({'a b': 1})", "'{0[0][1]}'.format([[1, 2]])",
    "'{0.real.imag}'.format(3)", "'{x}'.format_map({})", "'{:{}}{}'.format('a', 3, 'b')", "'{a}'.format_map(1)",
    "'{.real}'.format(4)", "'{[1]}'.format('xy')", "'{0]}'.format(1)", "'}}{{'.format()", "'{ 0}'.format(1)", "'{-1}'.format(1)",
    "'{0[!]}'.format({'!': 2})", "'{0[:]}'.format({':': 3})", "'{0:{1}}'.format(1)", "'x'.format_map()", "'{0!r:^9}'.format(1.5)",
    "'{0:{fill}{align}9}'.format('q', fill='*', align='^')", "'{}{}'.format(1)", "'{0}{}'.format(1)", "'{:}}'.format(1)",
    "'{0:}}'.format(1)", "'a}b'.format()", "'{}'.format(1, 2)", "'{0.__len__}'.format([])[:25]", "'{0[1]}'.format({1: 'i', '1': 's'})",
    "'{0[01]}'.format([5, 6])", "'{00}'.format(7)", "'{0[ 1]}'.format({' 1': 2})", "'{0.}'.format(1)", "'{0..a}'.format(1)",
    "'{0[0]]}'.format([1])", "'{0!a}'.format('\\u1234')", "'{!r:}'.format(None)", "'{:\\x00>5}'.format(1)", "'{}'.format(*'ab')",
    "format(1e16, '#')", "format(1e22, '#')", "format(12.0, '#')", "format(1e-7, '#')", "format(-0.0, '#')",
    "f'{3.5:08.2f}|{255:#_b}|{\"x\":^5}|{1e6:,.1f}'", "f'{12:{\"0>\"}{4}}'", "f'{-0.0:z}'",
    "'{:,}'.format(1234567.891)", "'{:_}'.format(10**10)", "'{:.0%}'.format(0.125)", "'{:e}'.format(0)",
]

# Random combinations of every spec part, and of every % flag/width/precision/type (fixed seed).
import random
rng = random.Random(7)
fuzz_values = ['0', '1', '-7', '255', '123456789', '-98765', '10**25', '0.0', '-0.0', '1.5', '-2.675', '0.000123456',
               '123456.789', '1e22', '1e-7', '9.9999', '0.5', '2.5', '1/3', "'abc'", "''", "'héllo'"]
spec_parts = [['', 'x<', '<', '>', '^', '=', '*^', '0='], ['', '+', '-', ' '], ['', 'z'], ['', '#'], ['', '0'],
              ['', '1', '5', '12'], ['', ',', '_'], ['', '.0', '.1', '.3', '.10', '.2_'],
              ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's']]
for _ in range(700):
    spec = ''.join(rng.choice(p) for p in spec_parts)
    exprs.append(f'format({rng.choice(fuzz_values)}, {spec!r})')
percent_values = fuzz_values + ["float('inf')", 'True', 'None', '[1]', "'é'"]
percent_parts = [['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', ' #'], ['', '1', '6', '12'], ['', '.0', '.2', '.7'],
                 list('sdiouxXeEfFgGcra')]
for _ in range(500):
    spec = '%' + ''.join(rng.choice(p) for p in percent_parts)
    exprs.append(f'{spec!r} % {rng.choice(percent_values)}')

for e in exprs:
    print(f'{e}\t{run(e)}')
