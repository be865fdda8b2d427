# urllib.parse: urlsplit/urlparse/urlunsplit/urlunparse, result attributes, errors, bytes.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urldefrag,
                          SplitResult, ParseResult, DefragResult, SplitResultBytes,
                          ParseResultBytes, DefragResultBytes)
import urllib.parse as up


def show(label, fn, *args, **kw):
    try:
        print(label, repr(fn(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


URLS = [
    'http://www.python.org/', 'http://www.python.org/a/b;p?q=1#frag',
    'https://user:pw@Host.Example.COM:8080/path;x;y?a=b&c=d#f',
    'HTTP://WWW.PYTHON.ORG/doc/#frag', 'ftp://ftp.x.org/pub/file.txt;type=i',
    'file:///tmp/junk.txt', 'file:/tmp/x', 'imap://mail.python.org/mbox1',
    'mms://wms.sys.hinet.net/cts/Drama/09006251100.asf', 'nfs://server/path/to/file.txt',
    'svn+ssh://svn.zope.org/repos/main/ZConfig/trunk/', 'git+ssh://git@github.com/user/project.git',
    'mailto:1337@example.org', 'tel:+31-641044153', 'tel:+31;ext=1', 'sip:alice@atlanta.com;maddr=239.255.255.1;ttl=15',
    'path/only', '/abs/path', '//net/loc', '//', '///x', '', '?q', '#f', 'a:b', '1a:b', 'a+b-c.d:x', 'a_b:x',
    'http://[::1]:5432/foo/', 'http://[dead:beef::1]/', 'http://[::12.34.56.78]/', 'http://[v1.fe]/x',
    'http://[fe80::822a:a8ff:fe49:470c%tESt]:1234/keys', 'http://Host:/', 'http://host:0/', 'http://host:65535',
    'http://a@b@c/', 'http://:pw@host', 'http://user:@host', 'http://user@[::1]:80/',
    ' \t http://ex ample.com/a\nb\rc ', '\x00\x1fhttp://x/', 'http://x/?#', 'http://x/#?',
    'javascript:alert(1)', 'data:text/plain;base64,SGVsbG8=', 'urn:ietf:rfc:2648', 'ws://h/s', 'itms-services://?action=x',
    'http://x/p;a/b;c', 'path;p', 'http://a/b?c?d#e#f', 'scheme:', ':nope', 'http:', 'http:path', 'HTTP:',
    'https://ünicode.example/päth?q=ü#ü',
]
for u in URLS:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print('  ', s)
    print('  ', p)
    print('  ', s.geturl(), '|', p.geturl(), '|', urlunsplit(s), '|', urlunparse(p))
    try:
        print('  ', s.username, s.password, s.hostname, s.port)
    except ValueError as e:
        print('  port error:', e)

print(urlsplit('http://x/a#b', allow_fragments=False))
print(urlparse('http://x/a#b', allow_fragments=False))
print(urlsplit('path', scheme='https'), urlparse('//h/p', 'ftp'))
print(urlsplit(' path ', scheme=' https\t'))

for bad in ['http://host:65536', 'http://host:-1', 'http://host:1.5', 'http://host:١٢', 'http://host: 80',
            'http://host:+80', 'http://h:0x50']:
    show(bad, lambda u: urlsplit(u).port, bad)

for bad in ['http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[v1]/', 'http://[vx.y]/',
            'http://[zz]/', 'http://[::1::2]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[:1:2::]/',
            'http://[1:2:3:4:5:6:7::8]/', 'http://[1:2:3:4:5:6:7:8]/', 'http://[::ffff:1.2.3.256]/',
            'http://[12345::]/', 'http://[::g]/', 'http://[::1%]/', 'http://[::1%a%b]/', 'http://[]/',
            'http://[::]/', 'http://[1::]/', 'http://[::01.2.3.4]/', 'http://[1:2:3:4:5:6:1.2.3.4]/',
            'http://[1:2:3:4:5:6:7:1.2.3.4]/', 'http://[1:2:3:4:5:6:7:]/', 'http://[:2:3:4:5:6:7:8]/',
            'http://\uff0fevil.com/', 'http://a\uff03b/', 'http://user\uff20x/', 'http://\u2100/', 'http://caf\u00e9/']:
    show(bad, urlsplit, bad)

# results are named tuples with _replace, _fields, _asdict, and pickle-free equality
s = urlsplit('http://u:p@h:1/x?y#z')
print(s._fields, s._replace(scheme='ftp', netloc='n').geturl(), s._asdict())
print(s == ('http', 'u:p@h:1', '/x', 'y', 'z'), s[1], len(s), tuple(s))
print(urlparse('http://h/p;q')._replace(params='').geturl())
print(isinstance(s, tuple), type(s).__name__)
print(SplitResult('a', 'b', 'c', 'd', 'e'), ParseResult(*'abcdef'))
print(SplitResult[str], type(SplitResult[int]).__name__)

# bytes
b = urlsplit(b'https://User:Pw@H.X:99/p?q#f')
print(b, b.hostname, b.username, b.password, b.port, b.geturl())
print(urlparse(b'http://h/a;b?c'), urlparse(bytearray(b'http://h/a')))
print(b.decode(), urlsplit('http://h/p').encode(), urlsplit('http://h/\xe9').encode('utf-8'))
print(type(b.decode()).__name__, type(urlsplit('x').encode()).__name__)
print(urlunsplit((b'http', b'h', b'/p', b'', b'')), urlunparse((b'http', b'h', b'/p', b'x', b'', b'')))
print(urlsplit(b'path', scheme=''), urlsplit(b''))
show('mix', urlsplit, b'http://h', 'http')
show('mix2', urlunsplit, ('http', b'h', '', '', ''))
show('nonascii', urlsplit, b'http://h/\xff')
show('int', urlsplit, 5)
show('bytes port', lambda: urlsplit(b'http://h:xx/').port)

# urldefrag
for u in ['http://python.org#frag', 'http://python.org', 'http://python.org/?q#frag', 'http://h/a;p?q#',
          '#onlyfrag', 'http://h/x#a#b', 'foo:bar#baz']:
    d = urldefrag(u)
    print(repr(u), d, d.geturl(), d.url, d.fragment)
print(urldefrag(b'http://h/p#f'), urldefrag(b'http://h/p#f').geturl(), urldefrag(b'x').decode())

# urlunsplit corner cases
for parts in [('http', '', '/a', '', ''), ('', '', '//a', '', ''), ('http', '', 'a', '', ''),
              ('file', '', '', '', ''), ('', '', '', 'q', ''), ('', 'h', 'p', '', ''), ('mailto', '', 'x@y', '', ''),
              ('http', 'h', '', '', 'f'), ('', '', '', '', ''), ('s', '', '', '', '')]:
    print(parts, repr(urlunsplit(parts)))
print(urlunparse(('http', 'h', 'p', 'pa', 'q', 'f')), urlunparse(['', '', 'p', 'x', '', '']))
show('unsplit4', urlunsplit, ('a', 'b', 'c', 'd'))

# cache and helpers
up.clear_cache()
print(urlsplit('http://h/') is urlsplit('http://h/') or 'not cached')
print(up.scheme_chars, up.uses_netloc[:5], up.non_hierarchical, sorted(up.__all__))
print(up.unwrap('<URL:type://host/path>'), up.unwrap(' <  http://h > '), up.unwrap('URL:x'), up.unwrap('plain'))
