import json, io
from collections import OrderedDict
from decimal import Decimal
docs = ['null', 'true', 'false', '0', '-0', '12', '-12.5e3', '1.0', '1e400', '-1e400', '"x"', '"\\u00e9\\ud83d\\ude00"',
        '[1, "a", [true, false, null], {}]', '{"a": {"b": [1, 2.5]}, "c": "d"}', ' \t\n\r[ 1 , 2 ]\r\n ',
        'NaN', 'Infinity', '-Infinity', '[NaN, Infinity]', '{"":""}', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
        '{"a":1,"a":2}', '"é"', '3.141592653589793', '0.1', '1E2', '1e-2', '[[[[[[]]]]]]']
for d in docs:
    print(repr(json.loads(d)))
print(json.loads('{"b":1,"a":2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b":1,"a":2,"b":3}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('[1.5, 2, 1e3]', parse_float=Decimal))
print(json.loads('[1.5, 2, -3]', parse_int=lambda s: 'int:' + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: 'const:' + s))
print(json.loads(b'[1, "\xc3\xa9"]'))
print(json.loads(bytearray(b'{"a": 1}')))
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    print(enc, json.loads('["ab", 1]'.encode(enc)), json.loads('1'.encode(enc)) if 'utf-8' in enc else '')
print(json.detect_encoding(b'\x00\x00\x00['), json.detect_encoding(b'[\x00'), json.detect_encoding(b'{}'))
print(json.load(io.StringIO('{"k": [1, 2]}')))
print(json.loads('"a\tb"', strict=False))
try:
    json.loads('"a\tb"')
except ValueError as e:
    print(type(e).__name__, e)
class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
dec = json.JSONDecoder(strict=False)
print(dec.strict, dec.decode('"x\\ny"'))
print(dec.raw_decode('{"a": 1}{"b": 2}'))
text = '{"a": [1, 2, {"b": null}], "c": "\\u20ac", "d": -1.5e-10}'
obj = json.loads(text)
print(json.loads(json.dumps(obj)) == obj, json.dumps(obj))
import random
rnd = random.Random(7)
def gen(depth):
    k = rnd.randrange(8 if depth < 4 else 5)
    if k == 0: return None
    if k == 1: return rnd.random() < 0.5
    if k == 2: return rnd.randrange(-10**6, 10**6)
    if k == 3: return rnd.uniform(-1e6, 1e6)
    if k == 4: return ''.join(chr(rnd.choice([rnd.randrange(32, 127), rnd.randrange(0, 0x3000), rnd.randrange(0x10000, 0x10ffff)])) for _ in range(rnd.randrange(6)))
    if k in (5, 6): return [gen(depth + 1) for _ in range(rnd.randrange(4))]
    return {str(rnd.randrange(100)): gen(depth + 1) for _ in range(rnd.randrange(4))}
for i in range(40):
    v = gen(0)
    s = json.dumps(v, sort_keys=True)
    print(s)
    print(json.dumps(v, ensure_ascii=False, indent=1))
    assert json.loads(s) == v
