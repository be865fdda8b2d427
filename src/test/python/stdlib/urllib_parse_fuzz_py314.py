# Random inputs (fixed seed) for every urllib.parse function: the expected output was recorded
# from CPython 3.14, so every difference in behaviour on odd input shows up.
import random, sys, warnings
warnings.simplefilter('ignore')
import urllib.parse as up

ATOMS = ['http', 'https', 'file', 'mailto', 'svn+ssh', 'foo', ':', '//', '/', '?', '#', ';', '@', '[', ']', '::1',
         'v1.x', '1.2.3.4', '%', '%41', '%e9', '%zz', '+', '=', '&', 'a', 'b', '..', '.', ' ', '\t', '\n', 'é', '\uff0f',
         'user', 'pw', '80', '99999', 'x=1', 'HTTP', '\x00', 'fe80::1%eth0', 'A', '-', '~', '*']
rnd = random.Random(20261126)

def r(f, *a, **k):
    try:
        return f(*a, **k)
    except Exception as e:
        return type(e).__name__ + ':' + str(e)

def attrs(res):
    out = []
    for name in ('username', 'password', 'hostname', 'port'):
        out.append(r(getattr, res, name))
    return out

for n in range(250):
    u = ''.join(rnd.choice(ATOMS) for _ in range(rnd.randint(0, 12)))
    v = ''.join(rnd.choice(ATOMS) for _ in range(rnd.randint(0, 8)))
    s = r(up.urlsplit, u)
    p = r(up.urlparse, u, 'ftp', rnd.random() < 0.8)
    line = [u, v, s, p]
    if not isinstance(s, str):
        line += [attrs(s), r(up.urlunsplit, s), r(up.urlunparse, p) if not isinstance(p, str) else p]
    line += [r(up.urljoin, u, v), r(up.urljoin, v, u, rnd.random() < 0.7), r(up.urldefrag, u),
             r(up.quote, u), r(up.quote_plus, u, safe=v), r(up.unquote, u), r(up.unquote_plus, u, 'latin-1'),
             r(up.unquote_to_bytes, u), r(up.parse_qsl, u, rnd.random() < 0.5, rnd.random() < 0.3),
             r(up.parse_qs, v, True), r(up.urlencode, {u: v, v: [u, 1]}, rnd.random() < 0.5),
             r(up.urlsplit, u.encode('utf-8', 'replace'))]
    try:
        b = u.encode('ascii')
        line += [r(up.urljoin, b, v.encode('ascii', 'ignore')), r(up.parse_qsl, b, True)]
    except UnicodeError:
        pass
    print(repr(line))
