import pprint, collections, sys, io, random
from dataclasses import dataclass, field
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
rnd = random.Random(3)
def gen(depth):
    k = rnd.randrange(10 if depth < 4 else 5)
    if k == 0: return rnd.randrange(-10**8, 10**8)
    if k == 1: return rnd.choice(['', 'abc', 'a longer string with several words in it', 'line1\nline2\nline three is long ' * 2])
    if k == 2: return rnd.random()
    if k == 3: return rnd.choice([None, True, b'bytes value here that is long enough', bytearray(b'xy' * 20)])
    if k == 4: return (rnd.randrange(5),) if rnd.random() < 0.3 else ()
    if k == 5: return [gen(depth + 1) for _ in range(rnd.randrange(7))]
    if k == 6: return tuple(gen(depth + 1) for _ in range(rnd.randrange(5)))
    if k == 7: return {rnd.choice(['k', 'key', 'some_key', 3, 2.5]) + ('' if rnd.random() < 0.5 else '') if False else 'k%d' % rnd.randrange(30): gen(depth + 1) for _ in range(rnd.randrange(6))}
    if k == 8: return set(rnd.sample(range(100), rnd.randrange(8))) if rnd.random() < 0.7 else frozenset(range(rnd.randrange(6)))
    return collections.OrderedDict((str(i), gen(depth + 1)) for i in range(rnd.randrange(4)))
for i in range(60):
    obj = [gen(0) for _ in range(rnd.randrange(1, 5))]
    width = rnd.choice([10, 20, 40, 80])
    indent = rnd.choice([1, 2, 4])
    compact = rnd.random() < 0.4
    depth = rnd.choice([None, None, 2, 3])
    print('--', width, indent, compact, depth)
    print(pprint.pformat(obj, width=width, indent=indent, compact=compact, depth=depth))
    print(pprint.pformat(obj, width=width, sort_dicts=False, underscore_numbers=True))
stuff = ['spam', 'eggs', 'lumberjack', 'knights', 'ni']
stuff.insert(0, stuff[:])
pprint.pprint(stuff, indent=4)
pprint.pprint(stuff, width=41, compact=True)
d = {'b': [1, 2], 'a': {'z': 1, 'y': (1,)}, 3: None}
t(lambda: pprint.pformat(d))
pprint.pp(d, width=10)
l = [1, 2]; l.append(l)
dd = {'x': 1}; dd['self'] = dd
print(pprint.pformat(l).replace(str(id(l)), 'ID'), pprint.saferepr(l).replace(str(id(l)), 'ID'), pprint.isrecursive(l), pprint.isreadable(l))
print(pprint.pformat(dd, width=5).replace(str(id(dd)), 'ID'), pprint.saferepr(dd).replace(str(id(dd)), 'ID'))
print(pprint.isreadable([1, 'a', None]), pprint.isreadable(object()), pprint.isreadable({1: len}), pprint.isrecursive([[]]))
print(pprint.saferepr({2: 1, 1: 2, 'a': 3, (1,): 4}), pprint.saferepr(12345678), pprint.pformat(12345678, underscore_numbers=True))
print(pprint.pformat({'a': 10**10, 'b': [True, 1234567]}, underscore_numbers=True))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0), dict(width=-5)]:
    t(lambda: type(pprint.PrettyPrinter(**bad)).__name__)
text = 'The quick brown fox jumped over the lazy dog. ' * 6
pprint.pprint(text, width=30)
pprint.pprint([text], width=30)
pprint.pprint({'k': text, 'k2': 'a\nb\n' * 8}, width=35)
pprint.pprint(b'abcdefghij' * 8, width=30)
pprint.pprint([bytearray(b'0123456789' * 6)], width=30)
pprint.pprint('x' * 100, width=20)
pprint.pprint(['a' * 30, 'word ' * 20], width=25)
pprint.pprint(collections.defaultdict(list, {'a': list(range(20)), 'b': [1]}), width=30)
pprint.pprint(collections.Counter('abracadabra alakazam'), width=30)
pprint.pprint(collections.ChainMap({'a': list(range(15))}, {'b': 2}, {}), width=30)
pprint.pprint(collections.deque(range(30)), width=30)
pprint.pprint(collections.deque(range(30), maxlen=40), width=30)
pprint.pprint(collections.UserList([list(range(12))] * 2), width=30)
pprint.pprint(collections.UserDict({'q': list(range(12))}), width=30)
pprint.pprint(collections.OrderedDict(), width=30)
pprint.pprint(type.__dict__['__dict__'].__class__ and __import__('types').MappingProxyType({'a': list(range(30))}), width=30)
pprint.pprint(__import__('types').SimpleNamespace(a=list(range(20)), bb='x' * 40), width=30)
@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)
@dataclass
class Line:
    a: Point
    b: Point
pprint.pprint(Line(Point(1, list(range(20))), Point(2)), width=30)
pprint.pprint([Point(3, ['abc'] * 10)], width=40)
class Custom(list):
    def __repr__(self): return 'Custom!' * 20
pprint.pprint([Custom([1, 2])], width=30)
class SubList(list): pass
class SubDict(dict): pass
pprint.pprint(SubList(range(30)), width=30)
pprint.pprint(SubDict(a=list(range(30))), width=30)
pprint.pprint({3: 1, 'a': 2, None: 3, 2.5: 4, (1,): 5}, width=10)
pprint.pprint({1, 'a', None, 2.5, (1, 2)}, width=10)
pprint.pprint(frozenset(range(25)), width=30)
pprint.pprint([[[[[1, 2, 3]]]], {'a': {'b': {'c': {}}}}], depth=3)
pprint.pprint([[[[[1, 2, 3]]]], {'a': {'b': {'c': {}}}}], depth=1)
buf = io.StringIO()
pprint.pprint(list(range(40)), stream=buf, width=50, compact=True)
print(buf.getvalue(), end='')
pp = pprint.PrettyPrinter(width=20, indent=3, compact=True)
print(pp.pformat(list(range(30))), pp.isreadable([1]), pp.isrecursive(l))
pp.pprint((1, 2, 3))
class MyPP(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, int):
            return hex(object), True, False
        return super().format(object, context, maxlevels, level)
print(MyPP(width=15).pformat([10, 255, {'a': 4096}, (1, 2, 3, 4, 5)]))
print(pprint.__all__)
