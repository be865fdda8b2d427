# recorded with CPython 3.14: builtin iterators' __reduce__/__setstate__/__length_hint__ (pickle and
# copy resume mid-iteration), mappingproxy's |, memoryview's buffer protocol methods,
# __class_getitem__ of staticmethod/classmethod/memoryview, descriptors' __qualname__/__objclass__;
# enumerate/zip/map/filter reduce (zip's and map's strict flag: 3.14's map(strict=)).
import copy, pickle, types

class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * 10
class SizedSeq(Seq):
    def __len__(self):
        return 4

def show(label, it):
    reduced = it.__reduce__()
    print(label, type(it).__name__, reduced[0].__name__, reduced[1:] if not isinstance(reduced[1][0], Seq) else reduced[2:])

makers = [('list', lambda: iter([1, 2, 3, 4])), ('tuple', lambda: iter((1, 2, 3, 4))),
          ('reversed list', lambda: reversed([1, 2, 3, 4])), ('str', lambda: iter('abcd')),
          ('str wide', lambda: iter('ab\u20acd')), ('range', lambda: iter(range(2, 14, 3))),
          ('bytes', lambda: iter(b'abcd')), ('bytearray', lambda: iter(bytearray(b'wxyz'))),
          ('sequence', lambda: iter(SizedSeq()))]
for label, make in makers:
    it = make()
    show(label, it)
    next(it)
    show(label, it)
    print('  hint', it.__length_hint__(), 'copy', list(copy.copy(it)), 'rest', list(it))
    show(label, it)
    it = make()
    next(it)
    if label != 'sequence':
        print('  pickled', list(pickle.loads(pickle.dumps(it))))
    for position in (-5, -1, 0, 2, 99):
        moved = make()
        moved.__setstate__(position)
        print('  setstate', position, list(moved))
class Shrinking(SizedSeq):
    size = 4
    def __len__(self):
        return self.size
def reversed_state(r):
    reduced = r.__reduce__()
    return reduced[0].__name__, len(reduced[1]), reduced[2:]
r = reversed(SizedSeq())
print('reversed', type(r).__name__, r.__length_hint__(), reversed_state(r), next(r), r.__length_hint__(), reversed_state(r))
for position in (-7, -1, 0, 2, 99):
    moved = reversed(SizedSeq())
    moved.__setstate__(position)
    print('  setstate', position, moved.__length_hint__(), list(moved), moved.__length_hint__(), reversed_state(moved))
shrink = Shrinking()
r = reversed(shrink)
shrink.size = 1
print('  shrunk hint', r.__length_hint__())
class Stops(SizedSeq):
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print('  stops', list(reversed(Stops())))
try:
    reversed(SizedSeq()).__setstate__('x')
except TypeError as e:
    print('TypeError', e)
try:
    iter([]).__setstate__('x')
except TypeError as e:
    print('TypeError', e)
print(iter(Seq()).__length_hint__(), iter(range(0)).__length_hint__())

proxy = types.MappingProxyType({'a': 1})
print(proxy | {'b': 2}, {'c': 3} | proxy, proxy | proxy, list(reversed(proxy)))
for bad in (lambda: proxy | 1, lambda: 1 | proxy):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    proxy |= {'d': 4}
except TypeError as e:
    print('TypeError', e)
print(type(proxy).__name__, sorted(n for n in ('__or__', '__ror__', '__ior__', '__reversed__') if n in dir(proxy)))

view = memoryview(b'abc')
inner = view.__buffer__(0)
print(type(inner).__name__, bytes(inner), inner.obj is view, view.__release_buffer__(inner))
for bad in (lambda: view.__buffer__('x'), lambda: view.__release_buffer__(b'x')):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(staticmethod[int], classmethod[str], memoryview[int])

print(int.__add__.__qualname__, (1).__add__.__qualname__, (1).__add__.__name__, (1).__add__.__objclass__)
print(type.__dict__['__name__'].__qualname__, type.__dict__['__name__'].__objclass__, object.__init__.__qualname__)

# enumerate, zip, map (3.14: strict=) and filter
z = zip([1, 2], 'ab', strict=True); print(z.__reduce__()[0], [type(x).__name__ for x in z.__reduce__()[1]], z.__reduce__()[2:])
z = zip([1, 2], 'ab'); print(len(z.__reduce__())); z.__setstate__(1); print(len(z.__reduce__()))
m = map(abs, [-1, -2]); print(m.__reduce__()[0], m.__reduce__()[1][0], len(m.__reduce__()))
try:
    print(list(map(pow, [1, 2], [3], strict=True)))
except ValueError as e: print(e)
try:
    print(list(map(pow, [1], [3, 4], strict=True)))
except ValueError as e: print(e)
try:
    print(list(map(pow, [1], [3], [4, 5], strict=True)))
except ValueError as e: print(e)
m = map(pow, [2], [3], strict=True); print(len(m.__reduce__()), m.__reduce__()[2:]); m.__setstate__(0); print(len(m.__reduce__()))
f = filter(None, [0, 1]); print(f.__reduce__()[0], f.__reduce__()[1][0])
e = enumerate('ab', 5); next(e); print(e.__reduce__()[0], e.__reduce__()[1][1])
it = enumerate([1,2,3], 1); next(it); print(list(pickle.loads(pickle.dumps(it))))
z = zip([1,2,3], [4,5,6]); next(z); print(list(pickle.loads(pickle.dumps(z))))
m = map(abs, [-1,-2,-3]); next(m); print(list(pickle.loads(pickle.dumps(m))))
f = filter(None, [0,1,0,2]); next(f); print(list(pickle.loads(pickle.dumps(f))))
z = zip([1], [2]); list(z); print(z.__reduce__()[0], len(z.__reduce__()[1]))
try: map(abs, [1], strict=True, x=1)
except TypeError as e: print(e)
try: map(abs, [1], bad=1)
except TypeError as e: print(e)
