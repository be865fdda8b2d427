# argparse: help and usage text (wrapping, sections, groups, metavars, formatter classes,
# sub-command listings, version, %(prog)s and %(default)s) as CPython 3.14 prints it.
import argparse
import io
import os
import sys

os.environ.pop('COLUMNS', None)


def show(parser, args=('-h',)):
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = captured = io.StringIO()
    try:
        parser.parse_args(list(args))
    except SystemExit as exit:
        code = exit.code
    else:
        code = None
    finally:
        sys.stdout, sys.stderr = saved
    print(captured.getvalue(), end='')
    print(f'[exit {code}]')


p = argparse.ArgumentParser(prog='tool', description='A tool that does many things with '
                            'files. ' * 3, epilog='See the manual for more.')
p.add_argument('-s', '--size', type=int, default=3, help='the size (default: %(default)s)')
p.add_argument('--flag', action='store_true', help='a flag')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-c', choices=['a', 'b'], help='one of %(choices)s')
p.add_argument('--bool', action=argparse.BooleanOptionalAction, help='bool option')
p.add_argument('--very-long-option-name-here', metavar='VALUE',
               help='a long option whose help text is long enough to wrap around the line '
                    'at least once or twice')
p.add_argument('--opt', nargs='?', help='optional value')
p.add_argument('--many', nargs='*')
p.add_argument('--pair', nargs=2, metavar=('X', 'Y'))
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('-V', '--version', action='version', version='%(prog)s 1.2')
g = p.add_mutually_exclusive_group()
g.add_argument('-x', action='store_true', help='x mode')
g.add_argument('-y', action='store_true', help='y mode')
group = p.add_argument_group('advanced', 'Options for experts.')
group.add_argument('--level', type=int, metavar='N', help='level in %(prog)s')
show(p)
show(p, ['-V'])
print(p.format_usage(), end='')
show(p, ['--flag'])

p = argparse.ArgumentParser(prog='short', add_help=False)
p.add_argument('name')
print(repr(p.format_help()))
p = argparse.ArgumentParser(prog='empty')
print(p.format_help(), end='')
p = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] thing')
p.add_argument('thing')
show(p)

p = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='Line one\n    indented line\n\nLast paragraph')
p.add_argument('--x', help='help  with   spaces\nand newline')
show(p)
p = argparse.ArgumentParser(prog='rawtext', formatter_class=argparse.RawTextHelpFormatter)
p.add_argument('--x', help='first line\n  second line')
show(p)
p = argparse.ArgumentParser(prog='defaults',
                            formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--n', type=int, default=5, help='a number')
p.add_argument('--s', default='x')
p.add_argument('pos', nargs='?', default='P', help='positional')
p.add_argument('--nohelp', default=1, help='')
show(p)
p = argparse.ArgumentParser(prog='metavar', formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument('--n', type=int)
p.add_argument('value', type=float)
show(p)

# Sub-commands.
p = argparse.ArgumentParser(prog='git', description='Version control.')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(title='commands', dest='command', help='what to do',
                       metavar='COMMAND')
commit = sub.add_parser('commit', aliases=['ci'], help='record changes',
                        description='Record changes to the repository.')
commit.add_argument('-m', '--message', required=True, help='the message')
sub.add_parser('push', help='update remote')
sub.add_parser('secret')
show(p)
show(p, ['commit', '-h'])
show(p, ['commit'])
p = argparse.ArgumentParser(prog='plain')
sub = p.add_subparsers()
sub.add_parser('a', help='first')
sub.add_parser('b', help='second')
show(p)
show(p, ['c'])

# Long program names and many options wrap differently.
p = argparse.ArgumentParser(prog='a-program-with-a-really-very-long-name-that-takes-room')
for index in range(8):
    p.add_argument(f'--option-{index}', metavar=f'VALUE{index}')
p.add_argument('input')
p.add_argument('output', nargs='?')
show(p)
p = argparse.ArgumentParser(prog='positional-wrap')
for index in range(10):
    p.add_argument(f'positional_argument_{index}')
show(p, [])

# Required mutually exclusive group and required options in usage.
p = argparse.ArgumentParser(prog='req')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--json', action='store_true')
g.add_argument('--xml', action='store_true')
p.add_argument('--name', required=True)
p.add_argument('-v', action='count', help=argparse.SUPPRESS)
show(p)
show(p, [])

# Parents.
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', help='from the parent')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('own')
show(child)
print(repr(child)[:60])
