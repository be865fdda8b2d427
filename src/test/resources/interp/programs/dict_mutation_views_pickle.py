# dict behaviours found by CPython's test_dict: keys replaced during iteration, a dict merged in
# that a key's __eq__ mutates, items views compared without hashing their pairs, setdefault's
# single lookup, dict iterators pickled as iter(list), getattr with a str subclass.
import pickle
for view in ['keys', 'values', 'items']:
    d = {0: 0}
    try:
        for x in getattr(d, view)():
            del d[0]
            d[1] = 1
        print(view, 'no error')
    except RuntimeError as e:
        print(view, e)
d = {i: i for i in range(3)}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
class X:
    def __hash__(self): return 0
    def __eq__(self, o):
        other.clear()
        return False
other = dict((i, 0) for i in range(1, 50)); other[X()] = 0
try:
    {X(): 0, 1: 1}.update(other)
except RuntimeError as e:
    print('update:', e)
class C:
    __hash__ = None
    def __eq__(self, o): return isinstance(o, C)
d1, d2 = {1: C()}, {1: C()}
print(d1.items() == d2.items(), d1.items() != d2.items(), d1.items() <= d2.items(), d1.items() > d2.items())
print({1: 2}.items() == {(1, 2)}, {1: 2}.keys() < {1, 2}, {1: 2, 3: 4}.keys() >= {1}, {1: 2}.keys() == [1])
class Hashed:
    def __init__(self): self.eq_count = 0
    def __hash__(self): return 1
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
h1, h2 = Hashed(), Hashed()
dd = {h1: 1}
dd.setdefault(h2, 2)
print('eq calls', h1.eq_count + h2.eq_count, len(dd))
d = {'a': 1, 'b': 2, 'c': 3}
for make in [lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items()), lambda: reversed(d), lambda: reversed(d.items())]:
    it = make(); next(it)
    r = it.__reduce__()
    print(r[0].__name__, r[1], list(pickle.loads(pickle.dumps(it))))
it = iter(d); list(it); print(it.__reduce__()[1])
class S(str): pass
class F:
    msg = 'found'
print(getattr(F(), S('msg')), hasattr(F(), S('msg')))
f = F(); setattr(f, S('x'), 5); print(f.x, vars(f))
