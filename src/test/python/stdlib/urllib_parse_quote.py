# urllib.parse quoting and query strings: quote*, unquote*, urlencode, parse_qs/parse_qsl.
import urllib.parse as up
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)


def show(label, fn, *args, **kw):
    try:
        print(label, repr(fn(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


allbytes = bytes(range(256))
print(quote(allbytes))
print(quote_plus(allbytes))
print(quote(''.join(map(chr, range(128)))))
print(quote('abc def/ghi?jkl&m=n', safe=''), quote('a/b c', safe='/ '), quote('~_.-'), quote('a+b'))
print(quote('é ü €'), quote('é', encoding='latin-1'), quote('€', encoding='latin-1', errors='replace'),
      quote('€', encoding='latin-1', errors='xmlcharrefreplace'), quote('\udcff', errors='surrogateescape'))
print(quote('a b', safe='é '), quote(b'a b\xff'), quote(b'a/b', safe=b'/'), quote(bytearray(b'x y')))
print(quote('', safe='x'), quote(b''), quote('/'), quote('//', safe=''), quote('abc', safe=b'b'))
show('enc bytes', quote, b'x', encoding='utf-8')
show('err bytes', quote, b'x', errors='strict')
show('quote int', quote, 5)
show('quote none', quote, None)
show('quote latin strict', quote, '€', encoding='latin-1')
print(quote_plus('a b+c'), quote_plus('a b', safe='+'), quote_plus(b'a b&c'), quote_plus('a&b=c/d'),
      quote_plus('nospace/'), quote_plus('a b', safe=b'/'), quote_plus(bytearray(b'a b')))
print(quote_from_bytes(b'abc def?'), quote_from_bytes(b'a/b'), quote_from_bytes(b'a/b', safe=''),
      quote_from_bytes(bytearray(b'\x00\x7f\x80')), quote_from_bytes(b'a\xe9', safe='\xe9'),
      quote_from_bytes(b'a;b', safe=[59, 200]), repr(quote_from_bytes(b'')))
show('qfb str', quote_from_bytes, 'abc')
show('qfb memoryview', quote_from_bytes, memoryview(b'abc'))

for s in ['abc%20def', '%', '%2', '%zz', '%2g%41', 'a%2Fb%2fc', '%e2%82%ac', '%E2%82', '%ff%fe',
          'é%20ü', '%C3%A9é%C3%A9', '', 'no escapes', '%%41', '100%', '%41%', 'a+b', '%u0041',
          '\u0100%41\u0101%42', '%20\x80%20']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), repr(unquote_to_bytes(s)))
print(unquote('%e9', encoding='latin-1'), unquote('%ff', errors='strict' if False else 'ignore'),
      unquote('%ff', errors='backslashreplace'), unquote('%e9', encoding=None, errors=None))
show('unquote strict', unquote, '%ff', errors='strict')
show('unquote bytes', unquote, b'a%20b%e9', encoding='latin-1')
# (the messages differ between 3.13 and 3.14: only the type is shown)
for bad in [5, None]:
    try:
        unquote(bad)
    except TypeError:
        print('unquote', repr(bad), 'TypeError')
show('unquote empty bytes', unquote, b'')
print(unquote_to_bytes(b'a%20b'), unquote_to_bytes('é%41'))
show('utb none', unquote_to_bytes, None)
show('utb int', unquote_to_bytes, 5)
show('utb zero', unquote_to_bytes, 0)
print(unquote_plus('a+b%2Bc', encoding='ascii', errors='replace'), repr(unquote_plus('')))
show('unquote_plus bytes', unquote_plus, b'a+b')
show('quote_plus none', quote_plus, None)

# round trips
for s in ['hello world', 'a&b=c', '\u2603 snow', '/path with/spaces?x=1']:
    assert unquote(quote(s)) == s and unquote_plus(quote_plus(s)) == s
print('round trips ok')

# urlencode
print(urlencode({'a': 1, 'b': 'x y', 'c': b'\xe9&', 'd': None, 'é': 'ü'}))
print(urlencode([('a', 1), ('a', 2), (b'k', 'v')]))
print(urlencode({'a': [1, 2], 'b': 'str', 'c': b'by', 'd': (), 'e': 5, 'f': ['x y', b'\xff']}, doseq=True))
print(urlencode({'a': [1, 2], 'b': 'str'}, doseq=False))
print(urlencode({'a': 'x/y z'}, safe='/'), urlencode({'a': 'x/y z'}, quote_via=up.quote),
      urlencode({'a': 'x/y z'}, safe='/', quote_via=up.quote))
print(urlencode({'a': '€'}, encoding='latin-1', errors='replace'), urlencode({'a': '€'}, encoding='utf-16'))
print(urlencode({}), urlencode([]), urlencode(()), urlencode({'a': {'x': 1}}, doseq=True))
print(urlencode({'a': 'b'}, quote_via=lambda s, safe='', enc=None, err=None: s.upper() if isinstance(s, str) else s))
for bad in ['abc', [1, 2], 5, [('a',)], ['ab']]:
    show('urlencode ' + repr(bad), urlencode, bad)


class Mapping:
    def items(self):
        return [('m', 'v')]


print(urlencode(Mapping()))

# parse_qs / parse_qsl
QS = ['a=1&b=2', 'a=1&a=2&a=', 'a', 'a=', '=a', '=', '&', '&&a=1&&', 'a=1;b=2', 'a+b=c+d%20e',
      'a=%zz', 'a=%e9', 'a=b=c', '', 'k=v&k', '%61=%62', 'a=1&amp;b=2', 'x=\u2603']
for qs in QS:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qs(qs), parse_qs(qs, True))
for qs in ['a&b=1', 'a=1&&b=2', '&a=1', 'a=1&', '=', 'a=1']:
    show('strict ' + repr(qs), parse_qsl, qs, strict_parsing=True)
    show('strict blank ' + repr(qs), parse_qs, qs, True, True)
print(parse_qsl('a=1;b=2;c', separator=';'), parse_qsl('a=1&b=2;c=3', separator=';'),
      parse_qsl('a=1||b=2', separator='||'), parse_qs('a=%e9', encoding='latin-1'),
      parse_qs('a=%ff', errors='ignore'), parse_qsl('a=%ff'))
show('sep empty', parse_qsl, 'a=1', separator='')
show('sep none', parse_qsl, 'a=1', separator=None)
show('sep int', parse_qsl, 'a=1', separator=1)
show('sep bytes for str', parse_qsl, 'a=1&b=2', separator=b'&')
show('sep str for bytes', parse_qsl, b'a=1;b=2', separator=';')
show('sep nonascii for bytes', parse_qsl, b'a=1', separator='\xe9')
print(parse_qsl(b'a=1&b=%41+c&d'), parse_qs(b'a=1&a=2'), parse_qsl(bytearray(b'x=y')),
      parse_qsl(memoryview(b'x=y')), parse_qsl(b''), parse_qsl(b'a', keep_blank_values=True), parse_qsl(None))
show('qsl int', parse_qsl, 5)
show('qsl list', parse_qsl, [1, 2])
show('qsl strict bytes', parse_qsl, b'a&b', strict_parsing=True)
for n in [None, 1, 2, 3]:
    show('max %s' % n, parse_qsl, 'a=1&b=2', max_num_fields=n)
    show('max bytes %s' % n, parse_qs, b'a=1;b=2;c=3', max_num_fields=n, separator=b';')
show('max str empty', parse_qsl, '', max_num_fields=0)
