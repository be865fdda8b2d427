# _collections (deque, defaultdict, _tuplegetter, _count_elements, deque iterators), the Java
# OrderedDict.popitem/move_to_end, and _operator's getters. Recorded with CPython 3.14
# (deque.index/remove speak 3.14's messages).
import collections
import collections.abc
import copy
import operator
import _collections
from collections import deque, defaultdict, OrderedDict


def attempt(label, f, *args, **kwargs):
    try:
        print(label, '->', repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


print(deque, defaultdict, type(iter(deque())), type(deque().__reversed__()), _collections._tuplegetter)
d = deque('abc')
print(d, len(d), bool(d), bool(deque()), d[0], d[-1], d[1], 'b' in d, 'z' in d)
d.append('d'); d.appendleft('z'); print(d, d.pop(), d.popleft(), d)
d.extend('ef'); d.extendleft('yx'); print(d)
d.rotate(); print(d); d.rotate(-2); print(d); d.rotate(10); print(d); d.rotate(0); print(d)
d.reverse(); print(d, d.count('a'), d.index('a'), d.index('a', 1) if d.count('a') > 1 else None)
d[0] = 'Q'; del d[1]; d.insert(2, 'I'); d.insert(-100, 'first'); d.insert(100, 'last'); print(d)
d.remove('I'); print(d, d.copy(), copy.copy(d), copy.deepcopy(d))
for label, f, args in [('pop empty', deque().pop, ()), ('popleft empty', deque().popleft, ()),
                       ('index missing', d.index, ('nope',)), ('remove missing', d.remove, ('nope',)),
                       ('index range', deque([1, 2, 3]).index, (1, 1)), ('index neg', deque([1, 2, 3]).index, (3, -1)),
                       ('index bad start', d.index, ('Q', 'x')), ('getitem str', d.__getitem__, ('x',)),
                       ('getitem slice', d.__getitem__, (slice(1),)), ('getitem range', d.__getitem__, (99,)),
                       ('setitem range', d.__setitem__, (-99, 1)), ('delitem range', d.__delitem__, (99,)),
                       ('getitem huge', d.__getitem__, (2 ** 70,)), ('rotate str', d.rotate, ('x',)),
                       ('not iterable', deque, (1,)), ('negative maxlen', deque, ([], -1)),
                       ('str maxlen', deque, ([], 'x')), ('float maxlen', deque, ([], 1.5)),
                       ('insert full', deque([1], 1).insert, (0, 2)), ('add list', d.__add__, ([1],)),
                       ('mul str', lambda: d * 'x', ()), ('hash', hash, (d,))]:
    attempt(label, f, *args)
m = deque(range(5), maxlen=3)
print(m, m.maxlen); m.append(5); m.appendleft(-1); m.extend([10, 11]); m.extendleft([20]); print(m)
z = deque(maxlen=0); z.append(1); z.appendleft(2); z.extend([3]); print(z, len(z))
print(deque([1], maxlen=None), deque(maxlen=2), deque('ab', 2), deque(iterable=[1]), deque(range(3), maxlen=True))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]),
      deque([1]) <= deque([1]), deque([1, 2]) != deque([1]), deque() >= deque())
g = deque([1]); g += [2, 3]; g *= 2; print(g); g *= -1; print(g)
h = deque([1, 2]); h += h; print(h); h.extend(h); print(h); h.extendleft(h); print(h)
print(deque([1, 2], maxlen=2) + deque([3]), (deque([1], maxlen=2) + deque([3])).maxlen, 2 * deque([1, 2]),
      deque([1, 2, 3], maxlen=4) * 3)
print(deque.__hash__ is None, deque([1, 2], maxlen=4).__reduce__()[:2], deque([1]).__reduce__()[:2])
mutate = deque([1, 2, 3])
it = iter(mutate); next(it); mutate.append(4)
attempt('mutated', next, it)
it = iter(mutate); list(it); mutate.pop()
attempt('mutated after end', next, it)
it = deque([1, 2, 3]).__reversed__(); print(list(it), operator.length_hint(iter(deque([1, 2]))))


class Eq:
    def __init__(self, q):
        self.q = q

    def __eq__(self, other):
        self.q.clear()
        return False


q = deque([1, 2, 3]); attempt('count mutating', q.count, Eq(q))
q = deque([1, 2, 3]); attempt('index mutating', q.index, Eq(q))
r = deque(); r.append(r); print(r, deque([deque([1])]))


class Sub(deque):
    pass


s = Sub([1, 2], 5)
print(s, type(s.copy()).__name__, s.copy(), s + deque([3]), type(s + deque([3])).__name__, s == deque([1, 2]))
print(deque[int], Sub.__mro__[1] is deque, isinstance(s, collections.abc.MutableSequence))

# defaultdict
dd = defaultdict(list)
dd['a'].append(1); dd['b']; print(dd, dd.default_factory, len(dd), 'c' in dd, dd.get('c'))
print(repr(defaultdict()), defaultdict(None, {'x': 1}), defaultdict(int, a=1), defaultdict(int, [('k', 2)], k2=3))
attempt('missing no factory', defaultdict().__getitem__, 'k')
attempt('bad factory', defaultdict, 5)
attempt('missing direct', defaultdict(lambda: 7).__missing__, 'k')
c = dd.copy(); c['z'].append(9); print(c, dd, type(c).__name__, copy.copy(dd), copy.deepcopy(dd))
print(dd | {'n': 0}, {'n': 0} | dd, type({'n': 0} | dd).__name__, dd.__reduce__()[:4])
dd |= {'m': 1}; print(dd)
dd.default_factory = set; print(dd['s'], dd)


class Factory:
    def __call__(self):
        return 0

    def __repr__(self):
        return 'Factory:' + repr(rec)


rec = defaultdict(Factory()); rec['k']; print(rec)
selfref = defaultdict(dict); selfref['me'] = selfref; print(selfref)


class SubDD(defaultdict):
    def __missing__(self, key):
        return 'sub:' + key


print(SubDD(int)['q'], SubDD(int), defaultdict[str, int], isinstance(dd, dict))
counter = defaultdict(int)
for ch in 'mississippi':
    counter[ch] += 1
print(sorted(counter.items()))

# _count_elements and Counter
cnt = {}
_collections._count_elements(cnt, 'abracadabra'); print(cnt)
print(collections.Counter('abracadabra').most_common(3), collections.Counter(a=2) + collections.Counter('ab'))


class Loud(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        dict.__setitem__(self, k, v)


_collections._count_elements(Loud(), 'aba')
attempt('count non-iterable', _collections._count_elements, {}, 5)

# namedtuple fields (_tuplegetter)
P = collections.namedtuple('P', 'x y')
p = P(1, 2)
print(p.x, p.y, P.x, P.y.__doc__, type(P.x).__name__, P.x.__reduce__())
attempt('set field', setattr, p, 'x', 5)
attempt('del field', delattr, p, 'x')
getter = _collections._tuplegetter(1, 'doc')
print(getter.__get__((10, 20)), getter.__get__(None, tuple) is getter, getter)
attempt('short tuple', getter.__get__, (1,))
attempt('not a tuple', getter.__get__, [1, 2])
P.x.__doc__ = 'changed'; print(P.x.__doc__)

# OrderedDict's Java methods
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('d', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od.popitem(False), list(od))
attempt('move missing', od.move_to_end, 'zz')
od.clear(); attempt('popitem empty', od.popitem); attempt('popitem empty first', od.popitem, last=False)
lru = OrderedDict()
for i in range(40):
    lru[i % 7] = i
    lru.move_to_end(i % 7)
    if len(lru) > 4:
        lru.popitem(last=False)
print(lru, OrderedDict.popitem.__qualname__)

# operator getters
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)('abc'), operator.itemgetter('k')({'k': 1}))
print(operator.attrgetter('real')(3), operator.attrgetter('real', 'imag')(3 + 4j),
      operator.attrgetter('__class__.__name__')(p))
print(operator.methodcaller('split', ',')('a,b'), operator.methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
print(operator.itemgetter(1), operator.itemgetter(1, 'a'), operator.attrgetter('a', 'b.c'),
      operator.methodcaller('f', 1, k=2), operator.methodcaller('f'))
print(operator.itemgetter(1).__reduce__(), operator.attrgetter('a.b').__reduce__(),
      operator.methodcaller('f', 1).__reduce__(), operator.methodcaller('f', 1, k=2).__reduce__()[1])
for label, f, args in [('itemgetter 2 args', operator.itemgetter(1), (1, 2)), ('itemgetter none', operator.itemgetter, ()),
                       ('attrgetter int', operator.attrgetter, (1,)), ('attrgetter missing', operator.attrgetter('nope'), (1,)),
                       ('methodcaller none', operator.methodcaller, ()), ('methodcaller int', operator.methodcaller, (1,)),
                       ('index float', operator.index, (1.5,)), ('add one', operator.add, (1,)),
                       ('not_ two', operator.not_, (1, 2))]:
    attempt(label, f, *args)
attempt('itemgetter kw', operator.itemgetter(1), a=1)
print(operator.index(True), type(operator.index(True)).__name__, operator.add(1, 2), operator.iadd([1], [2]),
      operator.pow(2, 10), operator.ipow(2, 3), operator.truediv(1, 4), operator.matmul.__name__, operator.lt(1, 2),
      operator.is_(None, None), operator.contains([1], 1), operator.truth([]), operator.neg(5), operator.inv(5))
x = [1, 2, 3]; operator.setitem(x, 0, 9); operator.delitem(x, 1); print(x, operator.getitem(x, -1))
print(operator.add.__doc__, '|', operator.ixor.__doc__, '|', operator.index.__doc__, operator.__add__ is operator.add)
