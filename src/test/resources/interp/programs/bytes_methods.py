# bytes and bytearray: every method over a list of inputs, with errors. Recorded with CPython 3.13.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    else:
        r = repr(r)
    print(label, r)

samples = [b'', b'a', b'Hello World', b'  spaced  out  ', b'a,b,,c', b'line1\nline2\r\nline3\rend', b'\x00\xff\x80 \t',
           b'MiXeD cAsE 123', b'title Case words', b'-42', b'+7', b'tab\there\tx', b'12345', b'abcabcabc', b"it's", b'"q"',
           b'both\'"', b'\\back']
for T in (bytes, bytearray):
    print('==', T.__name__)
    for s in samples:
        b = T(s)
        for name in ['upper', 'lower', 'swapcase', 'capitalize', 'title', 'isalnum', 'isalpha', 'isascii', 'isdigit',
                     'islower', 'isupper', 'isspace', 'istitle', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip',
                     'rstrip', 'expandtabs', 'hex']:
            show(name + ' ' + repr(b), lambda: getattr(b, name)())
        for args in [(b'a',), (b'b', 1), (b'abc', 0, -1), (97,), (b'',), (b'c', -3), (300,), ('a',), (b'a', None, 2)]:
            for name in ['find', 'rfind', 'count', 'index', 'rindex']:
                show(name + repr(args) + ' ' + repr(b), lambda: getattr(b, name)(*args))
        for args in [(b',',), (b' ',), (b'a', 1), (None, 1), (b'',), (b'l', -1), (' ',)]:
            for name in ['split', 'rsplit']:
                show(name + repr(args) + ' ' + repr(b), lambda: getattr(b, name)(*args))
        for args in [(b' ',), (b'',), (b'a',), (b'l',), ('x',)]:
            for name in ['partition', 'rpartition', 'removeprefix', 'removesuffix', 'strip', 'lstrip', 'rstrip']:
                show(name + repr(args) + ' ' + repr(b), lambda: getattr(b, name)(*args))
        for args in [(b'a', b'X'), (b'', b'-'), (b'a', b'', 1), (b'l', b'LL', -1), (b'abc', b'')]:
            show('replace' + repr(args) + ' ' + repr(b), lambda: b.replace(*args))
        for args in [(b'H',), (b'd',), ((b'x', b'a'),), (b'a', 1), (b'', 5, 2), ('a',), ((1,),)]:
            for name in ['startswith', 'endswith']:
                show(name + repr(args) + ' ' + repr(b), lambda: getattr(b, name)(*args))
        for args in [(12,), (12, b'*'), (3,), (13, b'ab'), (11, '*'), (-1,)]:
            for name in ['center', 'ljust', 'rjust']:
                show(name + repr(args) + ' ' + repr(b), lambda: getattr(b, name)(*args))
        for w in [0, 5, 10]:
            show('zfill %d %r' % (w, b), lambda: b.zfill(w))
        show('splitlines True ' + repr(b), lambda: b.splitlines(True))
        show('expandtabs 4 ' + repr(b), lambda: b.expandtabs(4))
        show('hex : ' + repr(b), lambda: b.hex(':'))
        show('hex -2 ' + repr(b), lambda: b.hex(b'.', -2))
        show('hex 3 ' + repr(b), lambda: b.hex('_', 3))
        show('getitem ' + repr(b), lambda: (b[0], b[-1], b[1:3], b[::-1], b[::2], b[100:]))
        show('contains ' + repr(b), lambda: (b'a' in b, 97 in b, b'' in b, 0 in b))
        show('ops ' + repr(b), lambda: (b + b'!', b * 2, 2 * b, b == s, b != s, b < b'm', b >= b'', len(b), list(b)[:3]))
        show('decode ' + repr(b), lambda: b.decode('latin-1'))
    show('translate', lambda: T(b'hello').translate(bytes.maketrans(b'el', b'ip')))
    show('translate del', lambda: T(b'hello').translate(None, b'l'))
    show('translate bad', lambda: T(b'hello').translate(b'abc'))
    show('maketrans bad', lambda: T.maketrans(b'ab', b'c'))
    show('join', lambda: T(b', ').join([b'a', bytearray(b'b'), memoryview(b'c')]))
    show('join bad', lambda: T(b', ').join([b'a', 'b']))
    show('fromhex', lambda: T.fromhex(' 01 ab  FF'))
    show('fromhex bad', lambda: T.fromhex('0g'))
    show('fromhex odd', lambda: T.fromhex('abc'))
    show('getitem bad', lambda: T(b'abc')['x'])
    show('index bad', lambda: T(b'abc')[5])
    show('concat bad', lambda: T(b'abc') + 'x')
    show('repeat', lambda: T(b'ab') * -1)
    show('compare', lambda: (T(b'a') < T(b'b'), T(b'\xff') > T(b'a'), T(b'a') == bytearray(b'a'), T(b'a') == 'a'))
    show('lt str', lambda: T(b'a') < 'b')
    show('hash', lambda: hash(T(b'abc')) == hash(b'abc'))
    show('iter', lambda: list(iter(T(b'xyz'))))
    show('mod', lambda: T(b'%s-%d-%5.2f-%x-%r-%a-%c-%c-%b|%-4s|%04d') % (b'bs', 42, 3.14159, 255, 'é', 'x', 65, b'z', bytearray(b'ba'), b'l', 7))
    show('mod map', lambda: T(b'%(a)s and %(b)d') % {b'a': b'A', b'b': 2})
    show('mod bad s', lambda: T(b'%s') % 'str')
    show('mod bad c', lambda: T(b'%c') % 256)
    show('mod bad c2', lambda: T(b'%c') % b'ab')
    show('mod count', lambda: T(b'%s %s') % (b'a',))
    show('mod extra', lambda: T(b'%s') % (b'a', b'b'))
    show('mod unknown', lambda: T(b'%y') % 1)
    show('mod pct', lambda: T(b'100%% %i') % 5)
    show('removeprefix bad', lambda: T(b'abc').removeprefix('a'))
    show('center bad', lambda: T(b'abc').center(10, b'xy'))
    show('split bad', lambda: T(b'abc').split(''))
    show('partition empty', lambda: T(b'abc').partition(b''))
for src in [(), (3,), (b'abc',), ([1, 2, 255],), (range(3),), ('abc', 'ascii'), ('é', 'utf-8'), (bytearray(b'q'),),
            (-1,), ([256],), (['a'],), ('abc',), (1, 'utf-8'), (None,), (b'x', 'ascii'),
            ('x', 'ascii', 'strict'), ('x', None), (3.5,), ('\u20ac', 'latin-1'), ('\u20ac', 'latin-1', 'replace')]:
    for T in (bytes, bytearray):
        show('%s%r' % (T.__name__, src), lambda: T(*src))
class WithBytes:
    def __bytes__(self): return b'wb'
class BadBytes:
    def __bytes__(self): return 'no'
show('__bytes__', lambda: bytes(WithBytes()))
show('__bytes__ bad', lambda: bytes(BadBytes()))
show('str(b)', lambda: (str(b'ab'), str(bytearray(b'ab')), repr(bytearray(b"x'")), str(b'abc', 'ascii'), str(b'\xff', 'latin-1')))
show('str bad', lambda: str('abc', 'ascii'))
show('str bad2', lambda: str(5, 'ascii'))
class MyBytes(bytes): pass
class MyBA(bytearray): pass
show('subclass', lambda: (MyBytes(b'x'), repr(MyBA(b'y')), MyBytes.fromhex('41'), type(MyBA.fromhex('41')).__name__))
print(b'abc'.__getnewargs__(), bytes.__name__, bytearray.__name__)
