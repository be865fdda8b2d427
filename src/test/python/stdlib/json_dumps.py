import json, io, builtins
def print(*a, **k):
    builtins.print(*[x.encode('utf-8', 'backslashreplace').decode() if isinstance(x, str) else x for x in a], **k)
from collections import OrderedDict
values = [None, True, False, 0, -1, 10**30, 1.5, 1e100, 1e-7, 0.1, -0.0, float('nan'), float('inf'),
          float('-inf'), 'abc', '', 'quote" back\\ slash/ \b\f\n\r\t \x00\x1f\x7f', 'é ñ € 😀 \ud800',
          [], {}, (), [1, [2, [3, []]]], {'a': {'b': {}}}, (1, 'two', 3.0),
          {'b': 1, 'a': [1, 2, {'c': None}], 3: 'x', 2.5: 'y', True: 't', None: 'n'}]
for v in values:
    print(json.dumps(v))
    print(json.dumps(v, ensure_ascii=False))
    print(json.dumps(v, indent=2))
    print(json.dumps(v, indent='\t', separators=(',', '=')))
    print(json.dumps(v, indent=0))
    print(json.dumps(v, separators=(',', ':')))
d = {'z': 1, 'y': {'b': 2, 'a': 1}, 'x': [3, 2, 1]}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=4))
print(json.dumps({(1, 2): 3, 'a': 1, object: 2}, skipkeys=True))
print(json.dumps(OrderedDict([('q', 1), ('p', 2)])))
class MyInt(int):
    def __repr__(self): return 'MyInt!'
class MyFloat(float):
    def __repr__(self): return 'MyFloat!'
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(a=1), True, False]))
print(json.dumps({MyInt(3): 1, MyFloat(0.5): 2}))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point): return {'x': o.x, 'y': o.y}
    if isinstance(o, set): return sorted(o)
    raise TypeError('nope %r' % type(o).__name__)
print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point): return [o.x, o.y]
        return super().default(o)
print(json.dumps({'p': Point(3, 4)}, cls=PointEncoder, indent=1))
print(list(json.JSONEncoder().iterencode([1, {'a': 2}])) != [])
print(''.join(json.JSONEncoder(indent=2).iterencode({'a': [1, 2]})))
e = json.JSONEncoder()
print(e.item_separator, e.key_separator, e.indent, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys)
e = json.JSONEncoder(indent=3)
print(repr(e.item_separator), repr(e.key_separator), e.indent)
print(e.encode('plain'), e.encode('ü'), json.JSONEncoder(ensure_ascii=False).encode('ü'))
buf = io.StringIO()
json.dump({'a': [1, 2, 3], 'b': 'x'}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf = io.StringIO()
json.dump([1, 'a'], buf)
print(buf.getvalue())
shared = [1]
print(json.dumps([shared, shared, {'a': shared}]))
print(json.dumps([1, 2], check_circular=False))
for s in ['\u2028', '\x7f', '\U0010ffff', 'a' * 3 + '\u00ff']:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False))
print(json.dumps([[[]], [{}], {'a': {}}], indent=2))
print(json.__all__)
