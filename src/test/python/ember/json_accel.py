# _json, the accelerator behind json: scanstring, the scanner type, the escapers, and
# json.dumps/loads paths that go through them (positions with non-BMP text, hooks, errors).
import json
import _json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(_json.make_scanner.__name__, _json.make_encoder.__name__, _json.scanstring.__name__)
print(json.decoder.scanstring is _json.scanstring, json.scanner.make_scanner is _json.make_scanner)
print(json.encoder.encode_basestring_ascii is _json.encode_basestring_ascii)

# scanstring(s, end, strict=True) -> (str, index after the closing quote)
for args in [('"abc"', 1), ('"a\\nb" tail', 1), ('x"\\u00e9\\ud83d\\ude00"', 2), ('"\\ud800"', 1),
             ('"\\ud800\\u0041"', 1), ('"\\udc00\\ud800"', 1), ('"a\tb"', 1), ('"a\tb"', 1, False),
             ('"abc', 1), ('"\\', 1), ('"\\q"', 1), ('"\\u12"', 1), ('"\\u12g4"', 1), ('"\\ud800\\u12"', 1),
             ('"\\ud800\\uzzzz"', 1), ('"\U0001F600\\n"', 1), ('"', 1), ('""', 1), ('"x"', 3), ('"x"', 4),
             ('"x"', -1), ('ab"cd"', 3)]:
    show(lambda: _json.scanstring(*args))
show(lambda: _json.scanstring(b'"x"', 1))
show(lambda: _json.scanstring('"x"'))
show(lambda: _json.scanstring('"x"', 1.0))

# the scanner made from a decoder's attributes
dec = json.JSONDecoder()
scan = _json.make_scanner(dec)
print(type(scan).__name__, scan.strict, scan.object_hook, scan.parse_float is float, scan.parse_int is int)
for s, i in [('[1, 2] x', 0), ('  {"a": 1}', 2), ('x', 0), ('', 0), ('[1]', 3), ('-', 0), ('-x', 0),
             ('01', 0), ('1.', 0), ('1.5e', 0), ('1e+', 0), ('1E-2', 0), ('-0.0', 0), ('NaN', 0),
             ('Infinity', 0), ('-Infinity', 0), ('-Inf', 0), ('nul', 0), ('true', 0), ('fals', 0),
             ('"\U0001F600" [1,', 0), ('["\U0001F600", 7]', 0), ('[1]', -1), ('12345678901234567890123', 0)]:
    try:
        print(repr(s), i, scan(s, i))
    except StopIteration as e:
        print(repr(s), i, 'StopIteration', e.value)
    except Exception as e:
        print(repr(s), i, type(e).__name__, e)
show(lambda: scan(5, 0))
show(lambda: scan('1', '0'))
show(lambda: scan(string='[true]', idx=0))

# errors through json.loads: positions count code points, also after non-BMP text
for s in ['["\U0001F600\U0001F600", x]', '{"\U0001F600": 1,}', '["\U0001F600",]', '"\U0001F600\\x"',
          '{"a" 1}', '{1: 2}', '[1 2]', '[', '{', '{"a":', '{"a":1', '[1,2', '"abc', '\n\n  [1,\n  x]',
          '[1,]', '{"a":1,}', '{"a":1 "b"}', '[,]', '1 2', ' ', '', '"\x01"', '{"a": [1, {"b": ]}]}']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e.msg, e.pos, e.lineno, e.colno)

# hooks
print(json.loads('{"a": 1.5, "b": [2, NaN]}', parse_float=lambda t: ('F', t), parse_int=lambda t: ('I', t),
                 parse_constant=lambda t: ('C', t)))
print(json.loads('{"a": {"b": 1}, "c": 2}', object_pairs_hook=lambda pairs: ('P', pairs)))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, 2, 3]', parse_int=str))
print(json.loads('"a\x01b"', strict=False))
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])

# escapers
for s in ['plain', 'quote " back \\ slash /', '\b\f\n\r\t\x00\x1f\x7f', 'caf\u00e9 \u2603 \U0001F600', '\ud800', '']:
    print(ascii(_json.encode_basestring(s)), _json.encode_basestring_ascii(s))
show(lambda: _json.encode_basestring(b'x'))
show(lambda: _json.encode_basestring_ascii(1))

# the encoder through json.dumps
doc = {'s': 'x\u00e9\U0001F600', 'i': -12, 'big': 10 ** 30, 'f': [0.1, -0.0, 1e300, 1e-7, 3.0],
       't': (1, [2, (3,)]), 'n': None, 'b': [True, False], 'e': {}, 'l': []}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(',', ':')))
print(json.dumps(doc, indent=3, sort_keys=True))
print(json.dumps(doc, indent='\t'))
print(json.dumps([[], {}, [[]], {'a': {}}], indent=2))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}))
print(json.dumps({(1, 2): 'x', 'y': 1}, skipkeys=True))
print(json.dumps({(1, 2): 'x'}, skipkeys=True))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
print(json.dumps({float('inf'): 1}))
show(lambda: json.dumps({'b': 1, 2: 3}, sort_keys=True))
show(lambda: json.dumps({(1,): 2}))
show(lambda: json.dumps(float('nan'), allow_nan=False))
show(lambda: json.dumps({float('nan'): 1}, allow_nan=False))
show(lambda: json.dumps(object()))
l = []
l.append(l)
show(lambda: json.dumps(l))
d = {}
d['d'] = d
show(lambda: json.dumps(d))
print(json.dumps([l[:0], l[:0]]))
shared = [1]
print(json.dumps([shared, shared, {'a': shared}]))


class Obj:
    def __init__(self, v):
        self.v = v


print(json.dumps([Obj(1), {'k': Obj([Obj(2)])}], default=lambda o: {'v': o.v}))
print(json.dumps([1, 2], default=None), json.dumps('a"b'), json.dumps(5), json.dumps(None))


class MyDict(dict):
    def items(self):
        return [('z', 1), ('a', 2)]


class MyList(list):
    pass


class MyStr(str):
    pass


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


print(json.dumps(MyDict(q=1)), json.dumps(MyDict(q=1), sort_keys=True))
print(json.dumps([MyList([1]), MyStr('s'), MyInt(7), MyFloat(2.5), {MyStr('k'): MyInt(1), MyInt(3): 0}]))
show(lambda: json.dumps(MyFloat('nan'), allow_nan=False))
import enum


class Color(enum.IntEnum):
    RED = 1


print(json.dumps({Color.RED: Color.RED}))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(Enc().encode({'s': {3, 1, 2}}), Enc(indent=1).encode([{1}]))
print(json.JSONEncoder(separators=(';', '=')).encode({'a': [1, 2]}))
enc = _json.make_encoder(None, None, _json.encode_basestring, None, ': ', ', ', False, False, True)
print(enc({'a': 'é'}, 0), enc.markers, enc.indent, enc.sort_keys, enc.skipkeys, enc.key_separator)
enc = _json.make_encoder({}, None, lambda s: '<' + s + '>', '  ', '=', ';', False, True, True)
print(enc({'b': ['x'], 'a': 1, (1,): 2}, 0))
enc = _json.make_encoder({}, None, lambda s: '<' + s + '>', '  ', '=', ';', True, False, True)
print(enc({'b': ['x'], 'a': 1}, 0))
show(lambda: _json.make_encoder({}, None, lambda s: 5, None, ':', ',', 0, 0, 0)(['x'], 0))
show(lambda: _json.make_encoder([], None, None, None, ':', ',', 0, 0, 0))
show(lambda: _json.make_encoder(None, None, None, None, 1, ',', 0, 0, 0))
show(lambda: _json.make_encoder(None, None, None, None, ':', ','))
deep = []
for _ in range(100000):
    deep = [deep]
show(lambda: json.dumps(deep))
show(lambda: json.loads('[' * 100000 + ']' * 100000))
print('done')
