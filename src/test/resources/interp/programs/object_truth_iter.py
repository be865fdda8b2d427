# Truth (__bool__, __len__), iteration fallback (__getitem__), __contains__ fallbacks, __call__.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), not L(0), bool(object()))
print("yes" if L(2) else "no", [x for x in [L(0), L(1)] if x].__len__())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(e)
try:
    len(NegLen())
except ValueError as e:
    print(e)
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print(e)
class BoolAndLen:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(BoolAndLen()))

class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([1, 2])))
it = iter(Seq())
print(next(it), next(it), type(it).__name__)
class StopSeq:
    def __getitem__(self, i):
        if i > 1: raise StopIteration
        return i
print(list(StopSeq()))
class Contains:
    def __contains__(self, x): return x == "magic"
print("magic" in Contains(), "other" in Contains(), "magic" not in Contains())
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in IterOnly(), 7 in IterOnly(), sum(IterOnly()))
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class Counter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Counter()), [a for a in Counter()], *Counter())

class Callable:
    def __call__(self, *args, **kwargs): return ("called", args, kwargs)
c = Callable()
print(c(1, k=2), callable(c), callable(Callable), callable(5))
five = 5
try:
    five()
except TypeError as e:
    print(e)
c.__call__ = lambda: "instance attr ignored"
print(c()[0])
class Meta(type):
    def __call__(cls, *a):
        return "meta call " + cls.__name__
class WithMeta(metaclass=Meta): pass
print(WithMeta())
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())))
class RevMethod:
    def __reversed__(self): return iter("zyx")
print(list(reversed(RevMethod())))
