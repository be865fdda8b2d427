# abc: abstract methods, instantiation errors, register, __subclasshook__, caches; collections.abc
from abc import ABC, ABCMeta, abstractmethod, get_cache_token, update_abstractmethods
import collections.abc as cabc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)

class Square(Shape):
    def __init__(self, side): self.side = side
    def area(self): return self.side ** 2
try:
    Square(2)
except TypeError as e:
    print(e)

class RealSquare(Square):
    def perimeter(self): return 4 * self.side
print(RealSquare(3).describe(), RealSquare.__abstractmethods__, sorted(Shape.__abstractmethods__))
print(isinstance(RealSquare(1), Shape), issubclass(RealSquare, Shape), issubclass(int, Shape))

class Duck:
    def area(self): return 0
token = get_cache_token()
Shape.register(Duck)
print(get_cache_token() != token, issubclass(Duck, Shape), isinstance(Duck(), Shape), Duck in Shape.__subclasses__())
print(Shape.register(Duck) is Duck)
try:
    Shape.register(3)
except TypeError as e:
    print(e)
try:
    issubclass(3, Shape)
except TypeError as e:
    print(e)

class Closeable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any('close' in B.__dict__ for B in C.__mro__)
        return NotImplemented
class File:
    def close(self): pass
print(issubclass(File, Closeable), isinstance(File(), Closeable), issubclass(int, Closeable))

class Base(ABC):
    @abstractmethod
    def run(self): ...
class Impl(Base):
    pass
Impl.run = lambda self: 'ran'
update_abstractmethods(Impl)
print(Impl().run(), Impl.__abstractmethods__)

class WithProps(ABC):
    @property
    @abstractmethod
    def value(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(WithProps.__abstractmethods__))

# collections.abc: one-trick ABCs recognize classes structurally
print([issubclass(list, c) for c in (cabc.Iterable, cabc.Sized, cabc.Container, cabc.Sequence,
                                      cabc.MutableSequence, cabc.Hashable, cabc.Mapping, cabc.Reversible)])
print([isinstance(x, cabc.Hashable) for x in (1, 'a', (), [], {}, set(), frozenset())])
print(isinstance({}, cabc.MutableMapping), isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), cabc.Set),
      isinstance(iter(()), cabc.Iterator), isinstance((x for x in ()), cabc.Generator), isinstance(len, cabc.Callable),
      isinstance(range(3), cabc.Sequence), isinstance('s', cabc.Sequence), isinstance(frozenset(), cabc.Set),
      isinstance(set(), cabc.MutableSet), isinstance(type.__dict__, cabc.Mapping))

class Deck(cabc.Sequence):
    def __init__(self, cards): self.cards = list(cards)
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
d = Deck('abcab')
print(list(d), 'b' in d, d.index('b'), d.index('b', 2), d.count('a'), list(reversed(d)))
try:
    d.index('z')
except ValueError as e:
    print('ValueError', e)

class Registry(cabc.MutableMapping):
    def __init__(self): self.data = {}
    def __getitem__(self, k): return self.data[k]
    def __setitem__(self, k, v): self.data[k] = v
    def __delitem__(self, k): del self.data[k]
    def __iter__(self): return iter(self.data)
    def __len__(self): return len(self.data)
r = Registry()
r.update({'a': 1}, b=2); r.update([('c', 3)])
print(sorted(r.items()), r.get('z', 'none'), r.setdefault('d', 4), r.pop('a'), r.pop('zz', 'dflt'), 'b' in r, len(r))
print(sorted(r.keys()), sorted(r.values()), r == {'b': 2, 'c': 3, 'd': 4}, r.popitem(), len(r))
r.clear(); print(len(r), repr(Registry().keys())[:9])

class Bag(cabc.MutableSet):
    def __init__(self, it=()): self.items = set(it)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(sorted(self.items))
    def __len__(self): return len(self.items)
    def add(self, x): self.items.add(x)
    def discard(self, x): self.items.discard(x)
a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= Bag([1, 2, 3, 4]), a < a, a == Bag([3, 2, 1]), a.isdisjoint([7]))
a |= [9]; a -= [1]; print(list(a), a.pop() in (2, 3, 9), len(a))
try:
    a.remove(100)
except KeyError as e:
    print('KeyError', e)
print(Bag([1, 2])._hash() == Bag([2, 1])._hash(), cabc.Set._hash(frozenset()) == hash(frozenset()))

class Stack(cabc.MutableSequence):
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)
s = Stack(); s.append(1); s.extend([2, 3, 4]); s += [5]; s.reverse(); s.remove(3)
print(s.data, s.pop(), s.pop(0), s.data)
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
print(cabc.Iterable.__module__, cabc.Mapping.__name__)
