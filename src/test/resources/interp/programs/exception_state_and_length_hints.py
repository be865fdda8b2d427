# exceptions survive copy/pickle (__reduce__/__setstate__); iterators' __length_hint__ through operator.length_hint
import copy, operator, pickle
e = ValueError('x', 2); e.extra = 5
c = copy.copy(e); print(type(c).__name__, c.args, c.extra)
print(e.__reduce__())
e2 = ValueError(); e2.__setstate__({'a': 1}); print(e2.a)
try: e2.__setstate__(5)
except TypeError as x: print(x)
e2.__setstate__(None)
k = pickle.loads(pickle.dumps(KeyError('k'))); print(repr(k))
o = pickle.loads(pickle.dumps(OSError(2, 'nf', 'f'))); print(type(o).__name__, o.errno, o.filename)
for it in (reversed([1, 2, 3]), iter({1: 2}), iter({1, 2}), iter(range(5)), iter([1, 2]), iter((1,)), iter('ab'), reversed(range(4)), iter({1: 2}.values())):
    print(type(it).__name__, operator.length_hint(it))
d = {1: 1, 2: 2, 3: 3}
it = iter(d); next(it); print(operator.length_hint(it)); d[4] = 4; print(operator.length_hint(it))
s = {1, 2, 3}
it = iter(s); next(it); print(operator.length_hint(it)); s.add(9); print(operator.length_hint(it))
it = iter(range(3)); list(it); print(operator.length_hint(it))
