# argparse: parsing (actions, nargs, types, choices, defaults, abbreviations, '--',
# negative numbers, prefix_chars, fromfile, groups, subparsers) and the error messages.
import argparse
import io
import os
import sys
import tempfile


def attempt(parser, args, known=False, intermixed=False, shown=None):
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = captured = io.StringIO()
    try:
        if intermixed:
            result = parser.parse_intermixed_args(args)
        elif known:
            result = parser.parse_known_args(args)
        else:
            result = parser.parse_args(args)
    except SystemExit as exit:
        result = f'exit {exit.code}'
    finally:
        sys.stdout, sys.stderr = saved
    print(args if shown is None else shown, '->', result)
    if captured.getvalue():
        print(captured.getvalue(), end='')


p = argparse.ArgumentParser(prog='prog')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('-n', '--number', type=int, default=1)
p.add_argument('--ratio', type=float)
p.add_argument('-I', '--include', action='append', default=[])
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--tag', action='append_const', const='t', dest='tags')
p.add_argument('--ext', action='extend', nargs='+', type=str)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--feature', action=argparse.BooleanOptionalAction, default=None)
p.add_argument('src')
p.add_argument('rest', nargs='*')
for args in (['a'], ['-vvv', 'a', 'b', 'c'], ['-v', '--verbose', 'x'], ['-qv', 'x'],
             ['--no-color', '-n', '5', 'x'], ['-n5', 'x'], ['--number=7', 'x'],
             ['--num', '3', 'x'], ['-I', 'a', '-Ib', '--include=c', 'x'],
             ['--const', '--tag', '--tag', 'x'], ['--ext', 'a', 'b', '--ext', 'c', 'x'],
             ['--mode', 'slow', 'x'], ['--mode', 'medium', 'x'], ['--opt', 'x'],
             ['--opt', 'val', 'x'], ['x', '--opt'], ['--pair', '1', '2', 'x'],
             ['--pair', '1', 'x'], ['--feature', 'x'], ['--no-feature', 'x'],
             ['-n', 'abc', 'x'], ['--ratio', '-1.5', 'x'], [], ['x', '--', '-v', '--q'],
             ['--', '-x'], ['x', '--unknown'], ['x', '-z'], ['--verb', 'x'], ['--n', '2', 'x'],
             ['-q=1', 'x'], ['--const=3', 'x'], ['-n'], ['x', 'y', '-n', '2', 'z']):
    attempt(p, args)
attempt(p, ['x', '--unknown', 'y', '-z'], known=True)

# Negative numbers: plain arguments unless the parser has options that look like them.
p = argparse.ArgumentParser(prog='neg')
p.add_argument('-x')
p.add_argument('values', nargs='*', type=int)
for args in (['-1', '-2'], ['-x', '-1', '5'], ['-x', '-2']):
    attempt(p, args)
p = argparse.ArgumentParser(prog='neg1')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('values', nargs='*')
for args in (['-1'], ['-2']):
    attempt(p, args)

# Positional nargs.
p = argparse.ArgumentParser(prog='pos')
p.add_argument('first')
p.add_argument('maybe', nargs='?', default='M')
p.add_argument('two', nargs=2)
for args in (['a', 'b', 'c'], ['a', 'b', 'c', 'd'], ['a'], ['a', 'b', 'c', 'd', 'e']):
    attempt(p, args)
p = argparse.ArgumentParser(prog='rem')
p.add_argument('--flag', action='store_true')
p.add_argument('cmd')
p.add_argument('args', nargs=argparse.REMAINDER)
for args in (['run', '--flag', 'x'], ['--flag', 'run', '-a', '--b']):
    attempt(p, args)
p = argparse.ArgumentParser(prog='plus')
p.add_argument('items', nargs='+')
p.add_argument('-o')
for args in (['a', 'b', '-o', 'c'], ['-o', 'c'], ['a', '-o', 'c', 'd']):
    attempt(p, args)
attempt(p, ['a', '-o', 'c', 'd'], intermixed=True)

# Required options, mutually exclusive groups, defaults.
p = argparse.ArgumentParser(prog='req')
p.add_argument('--name', required=True)
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--json', action='store_true')
g.add_argument('--xml', action='store_true')
g2 = p.add_mutually_exclusive_group()
g2.add_argument('-a', type=int)
g2.add_argument('-b', default='B')
p.set_defaults(extra='E', b='set')
for args in ([], ['--name', 'n'], ['--name', 'n', '--json'], ['--name', 'n', '--json', '--xml'],
             ['--json', '-a', '1', '-b', '2', '--name', 'x'], ['--xml', '--name=n', '-a1']):
    attempt(p, args)
print(p.get_default('b'), p.get_default('extra'), p.get_default('name'))

# String defaults go through type; prefix_chars; abbreviations off.
p = argparse.ArgumentParser(prog='plus', prefix_chars='+/', allow_abbrev=False)
p.add_argument('+f', '++foo', type=int, default='10')
p.add_argument('/b', action='store_true')
for args in ([], ['+f', '3'], ['++foo', '4', '/b'], ['++fo', '4']):
    attempt(p, args)

# Arguments from files.
directory = tempfile.mkdtemp()
path = os.path.join(directory, 'args.txt')
with open(path, 'w') as f:
    f.write('-n\n12\nfromfile\n')
p = argparse.ArgumentParser(prog='file', fromfile_prefix_chars='@')
p.add_argument('-n', type=int)
p.add_argument('name')
attempt(p, ['@' + path], shown=['@ARGS_FILE'])
os.remove(path)
os.rmdir(directory)

# Sub-commands.
p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', required=True)
commit = sub.add_parser('commit', aliases=['ci'], help='record changes')
commit.add_argument('-m', '--message')
commit.set_defaults(handler='commit-handler')
push = sub.add_parser('push', help='update remote')
push.add_argument('remote', nargs='?', default='origin')
push.add_argument('--force', action='store_true')
for args in (['commit', '-m', 'msg'], ['--debug', 'ci'], ['push', '--force'], ['push', 'up'],
             [], ['pull'], ['commit', '--bogus'], ['push', 'a', 'b']):
    attempt(p, args)

# Namespace, exit_on_error=False and ArgumentError.
ns = argparse.Namespace(a=1, b='x')
print(ns, 'a' in ns, ns == argparse.Namespace(a=1, b='x'), vars(ns))
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
p = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
p.add_argument('--n', type=int)
try:
    p.parse_args(['--n', 'x'])
except argparse.ArgumentError as err:
    print('ArgumentError:', err, '|', err.argument_name, '|', err.message)


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f'{value} is not positive')
    return value


p = argparse.ArgumentParser(prog='typed')
p.add_argument('count', type=positive)
attempt(p, ['-3'])
attempt(p, ['0'])
attempt(p, ['4'])

# Errors while building parsers.
p = argparse.ArgumentParser(prog='build')
p.add_argument('--x')
for call in (lambda: p.add_argument('--x'), lambda: p.add_argument('bad', required=True),
             lambda: p.add_argument('y', dest='z'), lambda: p.add_argument('-q', nargs=0),
             lambda: p.add_argument('-r', action='bogus'), lambda: p.add_argument('z-', '-a'),
             lambda: p.add_argument('--s', type='int'),
             lambda: p.add_argument('--t', help='%(bad)s')):
    try:
        call()
    except (ValueError, TypeError, argparse.ArgumentError) as err:
        print(type(err).__name__, err)
p = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
p.add_argument('-x', '--ex', help='old')
p.add_argument('-x', help='new')
attempt(p, ['-x', '1', '--ex', '2'])
