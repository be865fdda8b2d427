# configparser: reading (files, strings, dicts), values, interpolation, converters, the
# mapping protocol, writing, and every error with its message (3.14 behaviour).
import configparser
import io
import os
import tempfile
from configparser import (ConfigParser, RawConfigParser, BasicInterpolation,
                          ExtendedInterpolation, Interpolation, UNNAMED_SECTION)


def show(label, fn, *args, **kw):
    try:
        result = fn(*args, **kw)
    except Exception as exc:
        print(label, '->', type(exc).__name__ + ':', exc)
        for attr in ('section', 'option', 'source', 'lineno', 'errors', 'reference', 'line'):
            if hasattr(exc, attr):
                print('   ', attr, '=', repr(getattr(exc, attr)))
        print('    args =', exc.args)
    else:
        print(label, '->', repr(result))


def dump(parser):
    out = io.StringIO()
    parser.write(out)
    print(out.getvalue(), end='')
    print('---')


TEXT = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes
home = /home/%(user)s

[bitbucket.org]
User = hg
path: %(home)s/repo

[topsecret.server.com]
Port = 50022
ForwardX11 = no
# a comment
; another comment
multi = first line
    second line

    fourth after blank
  indented = still part?
pct = 100%%
empty =
colon: value: with colon
spaces   =   around
[weird section name]
key=value=with=equals
"""

parser = ConfigParser()
parser.read_string(TEXT)
print(parser.sections(), parser.defaults())
print(parser.options('bitbucket.org'), parser.has_section('DEFAULT'), parser.has_section('bitbucket.org'))
for section in parser.sections():
    for key in parser[section]:
        print(repr(section), repr(key), repr(parser.get(section, key, raw=True)))
print(repr(parser.get('topsecret.server.com', 'multi')), repr(parser['topsecret.server.com']['pct']))
print(parser.get('bitbucket.org', 'path', vars={'user': 'me'}), parser.get('bitbucket.org', 'home', vars={'USER': 'x'}))
print(parser.getint('topsecret.server.com', 'port'), parser.getfloat('DEFAULT', 'compressionlevel'),
      parser.getboolean('topsecret.server.com', 'forwardx11'), parser.getboolean('bitbucket.org', 'compression'))
print(parser.items('bitbucket.org', vars={'user': 'v'}), parser.items('bitbucket.org', raw=True))
print(list(parser.items())[:2], len(parser), list(parser), 'DEFAULT' in parser, 'nope' in parser)
print(parser.get('nope', 'x', fallback='fb'), parser.get('bitbucket.org', 'x', fallback=None),
      parser.getint('bitbucket.org', 'x', fallback=7), parser['bitbucket.org'].get('x'),
      parser['bitbucket.org'].get('x', 'default'), parser['bitbucket.org'].getint('serveraliveinterval'))
show('get missing section', parser.get, 'nope', 'x')
show('get missing option', parser.get, 'bitbucket.org', 'x')
show('getint bad', parser.getint, 'bitbucket.org', 'user')
show('getboolean bad', parser.getboolean, 'bitbucket.org', 'user')
show('missing interpolation', parser.get, 'bitbucket.org', 'path')
show('items missing section', parser.items, 'nope')
show('options missing section', parser.options, 'nope')
for value in ['1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'OFF', 'maybe', '']:
    p = ConfigParser()
    p.read_dict({'s': {'b': value}})
    show('boolean ' + repr(value), p.getboolean, 's', 'b')

# section proxies
section = parser['topsecret.server.com']
print(section, section.name, section.parser is parser, len(section), 'port' in section, 'PORT' in section)
section['new'] = 'value'
del section['new']
show('proxy missing', lambda: section['missing'])
show('proxy del missing', section.__delitem__, 'missing')
show('proxy del default-only', section.__delitem__, 'compression')
show('proxy set int', section.__setitem__, 'n', 5)
show('proxy set bad key', section.__setitem__, 5, 'x')
show('parser missing', lambda: parser['missing'])
show('del default', parser.__delitem__, 'DEFAULT')
show('del missing', parser.__delitem__, 'missing')
print(parser['DEFAULT'], sorted(parser['DEFAULT']), parser['DEFAULT'].get('home', raw=True))
parser['new section'] = {'a': 1, 'B': 'two'}
parser['new section'] = parser['new section']
print({k: parser['new section'].get(k, raw=True) for k in parser['new section']})
parser['DEFAULT'] = {'only': 'this'}
print(parser.defaults(), parser.popitem()[0], parser.sections())

# the error messages of reading
BAD = [
    ('no header', 'key = value\n'),
    ('duplicate section', '[a]\nx=1\n[a]\ny=2\n'),
    ('duplicate option', '[a]\nx=1\nX = 2\n'),
    ('parsing errors', '[a]\nx=1\nnot an option\n=novalue\n  cont\nalso bad\n'),
    ('continuation of valueless', '[a]\nkey\n  more\n'),
    ('header only', '[a]\n'),
    ('empty', ''),
    ('weird header', '[a] trailing\n[b]]\n[[c]\n[d]x]\n[ e ]\n[]\n'),
]
for label, text in BAD:
    p = ConfigParser()
    show(label, p.read_string, text, source='<' + label + '>')
    print('   sections', p.sections(), [dict(p[s]) for s in p.sections()])
p = ConfigParser(allow_no_value=True)
show('valueless continued', p.read_string, '[a]\nkey\n  more\n')
p = ConfigParser(strict=False)
p.read_string('[a]\nx=1\n[a]\nx=2\ny=3\n')
print(dict(p['a']))
show('strict read_dict', ConfigParser().read_dict, {'a': {'x': 1, 'X': 2}})
p = ConfigParser()
p.read_dict({'a': {'x': 1}})
show('read_dict existing section', p.read_dict, {'a': {'y': 2}})
print(dict(p['a']))
show('read_file no name', p.read_file, iter(['[b]\n', 'x\n']))
show('add DEFAULT', p.add_section, 'DEFAULT')
show('add duplicate', p.add_section, 'a')
show('add non-str', p.add_section, 5)
show('raw add non-str', RawConfigParser().add_section, 5)
show('set missing section', p.set, 'zz', 'a', 'b')
show('set non-str', p.set, 'a', 'x', 5)
show('set bad interpolation', p.set, 'a', 'x', '%(x')
show('set bad percent', p.set, 'a', 'x', '100%')
show('set ok percent', p.set, 'a', 'x', '100%% %(y)s')
show('remove option', p.remove_option, 'a', 'X')
show('remove option again', p.remove_option, 'a', 'x')
show('remove option missing section', p.remove_option, 'zz', 'x')
show('remove section', p.remove_section, 'a')
show('remove section again', p.remove_section, 'a')
show('bad interpolation object', ConfigParser, interpolation=object())

# options of the parser
p = ConfigParser(delimiters=('=>', '::'), comment_prefixes=('//',), inline_comment_prefixes=('#',),
                 empty_lines_in_values=False, default_section='common', allow_no_value=True)
p.read_string("""
[common]
base => 1
[s]
a => x # inline
b :: y#not-a-comment
// full-line comment
# not a full-line comment here?
c
d => first
  second

  not continued
e = f
""")
print(p.sections(), {s: dict(p[s]) for s in p}, p.default_section)
dump(p)
p = RawConfigParser(dict_type=dict, defaults={'Num': 5, 'text': '%(x)s'})
print(p.defaults(), p.get('DEFAULT', 'num'), p.get('DEFAULT', 'text'))
p = ConfigParser(defaults={'Num': 5, 'pct': '50%'})
print(p.defaults())
show('basic bad syntax', p.get, 'DEFAULT', 'pct')

# interpolation
p = ConfigParser()
p.read_string("""
[paths]
root = /srv
data = %(root)s/data
deep = %(data)s/x/%(ROOT)s
loop1 = %(loop2)s
loop2 = %(loop1)s
bad = %(root
bad2 = %x
empty_ref = %()s
""")
print(p.get('paths', 'deep'), p['paths']['data'])
show('loop', p.get, 'paths', 'loop1')
show('bad', p.get, 'paths', 'bad')
show('bad2', p.get, 'paths', 'bad2')
show('empty ref', p.get, 'paths', 'empty_ref')
show('items with errors', p.items, 'paths')

e = ConfigParser(interpolation=ExtendedInterpolation(), allow_no_value=True)
e.read_string("""
[DEFAULT]
home = /home/${user}
user = nobody
[common]
dir = ${home}/common
price = $$5
none
[app]
dir = ${common:dir}/app
other = ${common:price} and ${common:none}.
chain = ${dir}/x
bad = ${a:b:c}
missing = ${common:nothere}
nosection = ${zz:a}
dollar = $x
unterminated = ${open
""")
print(e['app']['dir'], e['app']['other'], e['app']['chain'], e['common']['price'], e.get('app', 'home'))
for key in ['bad', 'missing', 'nosection', 'dollar', 'unterminated']:
    show('extended ' + key, e.get, 'app', key)
show('extended set bad', e.set, 'app', 'x', '${a')
show('extended set dollar', e.set, 'app', 'x', 'cost $5')
print(e.set('app', 'x', '$${ok} ${common:dir}'), e['app']['x'])
r = ConfigParser(interpolation=None)
r.read_string('[s]\na = %(b)s\n')
print(r['s']['a'], type(r._interpolation).__name__, RawConfigParser()._interpolation.__class__.__name__)

# converters
p = ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
p.read_string('[s]\nitems = a, b ,c\nn = 3\n')
print(p.getlist('s', 'items'), p['s'].getlist('items'), p['s'].getlist('nope', ['x']), sorted(p.converters))
p.converters['upper'] = str.upper
print(p.getupper('s', 'items'), p['s'].getupper('items'), p.getupper.converter is str.upper)
del p.converters['upper']
print(hasattr(p, 'getupper'), hasattr(p['s'], 'getupper'), 'upper' in p.converters, p.converters['int'])
show('converter bad key', p.converters.__setitem__, 5, int)
show('converter empty key', p.converters.__setitem__, '', int)
show('converter del None', p.converters.__delitem__, None)
show('converter del missing', p.converters.__delitem__, 'missing')


class Custom(ConfigParser):
    def getdecimal(self, section, option, **kw):
        return 'decimal:' + self.get(section, option, **kw)


c = Custom()
c.read_string('[s]\nv = 1.5\n')
print(sorted(c.converters), c['s'].getdecimal('v'))

# unnamed section
u = ConfigParser(allow_unnamed_section=True)
u.read_string('top = 1\nother = 2\n[named]\nx = y\n')
print(u.sections(), dict(u[UNNAMED_SECTION]), UNNAMED_SECTION)
dump(u)
show('unnamed disabled', ConfigParser().add_section, UNNAMED_SECTION)
show('unnamed disabled proxy', ConfigParser()._validate_value_types, section=UNNAMED_SECTION)
u2 = ConfigParser(allow_unnamed_section=True)
u2.add_section(UNNAMED_SECTION)
dump(u2)

# writing
p = ConfigParser()
p.read_dict({'s': {'multi': 'a\nb\n\nc', 'plain': 'x', 'pct': '5%%'}, 'DEFAULT': {'d': '1'}})
dump(p)
out = io.StringIO()
p.write(out, space_around_delimiters=False)
print(out.getvalue(), end='')
q = ConfigParser()
q.read_string(out.getvalue())
print(q['s']['multi'] == p['s']['multi'], repr(q['s']['multi']))
w = RawConfigParser()
w.add_section('s')
w.set('s', '[looks] like', 'a header')
show('write header-like key', w.write, io.StringIO())
w = RawConfigParser()
w.add_section('s')
w.set('s', 'a=b', 'c')
show('write key with delimiter', w.write, io.StringIO())
w = RawConfigParser(allow_no_value=True)
w.add_section('s')
w.set('s', 'novalue')
w.set('s', 'num', 5)
dump(w)

# files
with tempfile.TemporaryDirectory() as tmp:
    first = os.path.join(tmp, 'a.ini')
    with open(first, 'w', encoding='utf-8') as f:
        f.write('[s]\nx = 1\n')
    p = ConfigParser()
    print([os.path.basename(n) for n in p.read([first, os.path.join(tmp, 'missing.ini')], encoding='utf-8')])
    import pathlib
    print(type(p.read(pathlib.Path(first), encoding='utf-8')[0]).__name__)
    with open(first, encoding='utf-8') as f:
        p2 = ConfigParser()
        p2.read_file(f)
        print(dict(p2['s']))
    bad = os.path.join(tmp, 'bad.ini')
    with open(bad, 'w', encoding='utf-8') as f:
        f.write('[s]\nbad line\n')
    try:
        ConfigParser().read(bad, encoding='utf-8')
    except configparser.ParsingError as exc:
        print(type(exc).__name__, exc.source == bad, exc.errors)

# the exception hierarchy and constructors
for name in configparser.__all__:
    obj = getattr(configparser, name)
    if isinstance(obj, type) and issubclass(obj, Exception):
        print(name, [c.__name__ for c in obj.__mro__[1:-3]])
print(repr(configparser.Error('msg')), str(configparser.NoSectionError('s')),
      str(configparser.DuplicateSectionError('s', 'src', 7)), str(configparser.DuplicateOptionError('s', 'o', 'src')),
      str(configparser.DuplicateOptionError('s', 'o')), str(configparser.ParsingError('src', 3, 'line')))
perr = configparser.ParsingError('src')
perr.append(1, 'a')
perr.append(22, 'b')
print(perr, perr.errors, perr.args)
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH, sorted(configparser.__all__))
