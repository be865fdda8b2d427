# urllib.parse.urljoin: RFC 3986 section 5.4 examples, CPython's leniencies, schemes, bytes.
from urllib.parse import urljoin

BASE = 'http://a/b/c/d;p?q'
RFC = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
       'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
       '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
       './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
       'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'http:?z', 'http:#z', '//g/../h', '///x',
       'g//h', '..//g', './/g', 'g/..', 'g/../', '/a/b/../../..', '?', '#', 'http://x/..',
       'https://other/p', 'HTTP://A/x', 'mailto:x@y', 'ftp:rel']
for rel in RFC:
    print(repr(rel), '->', repr(urljoin(BASE, rel)))

PAIRS = [
    ('http://a/b/c/d', '../../../x'), ('http://a/b/', 'g/.'), ('http://a/b/', 'g/..'),
    ('http://a', 'b'), ('http://a', '../b'), ('http://a/', '..'), ('http://a/b', ''), ('', 'x'),
    ('a', 'b'), ('a/b', 'c'), ('/a/b', '../..//c'), ('a/', '../../b'), ('a/b/c', '/d'),
    ('http://a/b/c/d;p?q', '../../../..//g'), ('http://a/b//c/', 'd'), ('http://a/b//c/', '../d'),
    ('http://a/b/c/', '.'), ('http://a/b/c/', './'), ('http://a/b;p/c', 'd'), ('http://a/b/c;p', ';q'),
    ('http://a/b?q#f', '#g'), ('http://a/b?q#f', '?r'), ('http://a/b?q#f', ';x'),
    ('svn+ssh://h/p/', 'q'), ('svn://h/p/', '../q'), ('git://h/p/', 'q'), ('foo://h/a/', 'b'),
    ('mailto:a@b', 'c@d'), ('file:///tmp/a', 'b'), ('file:/tmp/a', '/etc'), ('file:', 'x'),
    ('ws://h/a/b', '../c'), ('data:text,x', 'y'), ('http://[::1]/a/', 'b'),
    ('http://h/a', 'javascript:x'), ('http://h/a', '//other'), ('http://h/a', '//'),
    ('http://h/a', 'http://'), ('http:///a', 'b'), ('//h/a', 'b'), ('//h/a', '//g'),
    ('http://h/a/b', 'c?x#y'), ('http://h/a/', '.?q'), ('http://h/a/', '..#f'),
]
for base, rel in PAIRS:
    print(repr(base), repr(rel), '->', repr(urljoin(base, rel)))
for frag in [True, False]:
    print(urljoin('http://h/a#x', 'b#c', allow_fragments=frag), urljoin('http://h/a#x', '#c', frag))

print(urljoin(b'http://a/b/c', b'../d'), urljoin(b'http://a/b', b''), urljoin(b'', b'x'), urljoin(b'http://a/', b'g?y#s'))
print(urljoin('http://a/b', b''), urljoin(b'', 'x'))
for a, b in [('http://a/', b'x'), (b'http://a/', 'x')]:
    try:
        urljoin(a, b)
    except TypeError as e:
        print('TypeError', e)

# 3.14: a present-but-empty query or fragment of the relative URL is kept ('?' and '#'),
# and an empty netloc is not invented for schemes that have none in the relative result.
for rel in ['?', '#', '?#', '#f', '?q#', 'g?', 'g#', '//h?', '//h#']:
    print(repr(rel), urljoin('http://a/b/c?q#f', rel), urljoin('http://a/b/c', rel))
print(urljoin('file:', '/x'), urljoin('file:///a', 'b?'), urljoin('s:/a/b', 'c'), urljoin('file:a', 'b'))

# 3.14: parse_qsl of a false non-bytes value warns (and still returns [])
import warnings
from urllib.parse import parse_qsl, parse_qs, urldefrag, urlunsplit
for value in [0, [], (), False]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        print(repr(value), parse_qsl(value), parse_qs(value), [str(w.message) for w in caught],
              [w.category.__name__ for w in caught])
print(urldefrag('http://h/p?#f'), urldefrag('http://h/p?q#'), urldefrag('//h#x'), urlunsplit(('x', '', '', '', '')))
