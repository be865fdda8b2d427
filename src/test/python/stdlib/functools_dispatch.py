import functools
import collections.abc as cabc
import abc
import numbers
import re

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, re.sub("0x[0-9a-f]+", "0x?", str(e)))
    else:
        print(label, "->", repr(result))

# total_ordering
@functools.total_ordering
class ByLt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, ByLt):
            return NotImplemented
        return self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, ByLt):
            return NotImplemented
        return self.v < other.v
a, b = ByLt(1), ByLt(2)
print(a < b, a > b, a <= b, a >= b, a <= ByLt(1), a >= ByLt(1), b > a)
print(ByLt.__gt__.__name__, ByLt.__le__.__name__, ByLt.__ge__.__doc__)
attempt("compare with int", lambda: a >= 1)
attempt("compare with int 2", lambda: a > 1)

for root in ["__le__", "__gt__", "__ge__"]:
    def make(root):
        def method(self, other):
            if not hasattr(other, "v"):
                return NotImplemented
            return {"__le__": self.v <= other.v, "__gt__": self.v > other.v, "__ge__": self.v >= other.v}[root]
        def eq(self, other):
            return self.v == other.v
        cls = type("By" + root, (), {root: method, "__eq__": eq, "__init__": lambda self, v: setattr(self, "v", v)})
        return functools.total_ordering(cls)
    cls = make(root)
    x, y, z = cls(1), cls(2), cls(1)
    print(root, [x < y, x > y, x <= y, x >= y, x < z, x > z, x <= z, x >= z, y < x, y >= x])
    attempt(root + " NotImplemented", lambda: x < 5)

@functools.total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return "gt-defined"
    def __le__(self, other):
        return "le-defined"
print(Both(1) > Both(2), Both(1) <= Both(2), Both(1) < Both(2), Both(1) >= Both(2))
attempt("no ordering", functools.total_ordering, type("Plain", (), {}))
class Sub(int):
    pass
print(functools.total_ordering(Sub) is Sub)

# cmp_to_key
def numeric(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 8, 1], key=functools.cmp_to_key(numeric)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
K = functools.cmp_to_key(numeric)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(4), K(5) > K(1), K(5) >= K(6), K(7).obj)
attempt("compare K with int", lambda: K(1) < 2)
print(K(1).__hash__ is None)
print(min([3, 1, 2], key=K), max("abc", key=K))

# singledispatch
@functools.singledispatch
def describe(arg, verbose=False):
    return f"object:{arg!r}"
@describe.register
def _(arg: int, verbose=False):
    return f"int:{arg}"
@describe.register(float)
def _describe_float(arg, verbose=False):
    return f"float:{arg}"
def describe_list(arg, verbose=False):
    return f"list of {len(arg)}"
describe.register(list, describe_list)
@describe.register
def _(arg: str | bytes, verbose=False):
    return f"text:{arg!r}"
@describe.register(cabc.Mapping)
def _(arg, verbose=False):
    return f"mapping:{len(arg)}"
@describe.register(cabc.Sequence)
def _(arg, verbose=False):
    return f"sequence:{len(arg)}"
for value in [1, True, 2.5, [1, 2], "s", b"b", {"a": 1}, (1, 2, 3), None, range(4), collections_ordered := __import__("collections").OrderedDict(a=1), object]:
    print(type(value).__name__, describe(value))
print(describe(1, verbose=True), describe.__name__, describe.dispatch(bool).__name__, describe.dispatch(tuple) is describe.dispatch(range))
print(describe.registry[object].__name__, describe.registry[list] is describe_list, len(describe.registry))
attempt("no args", describe)
def set_registry():
    describe.registry[int] = None
attempt("registry immutable", set_registry)
attempt("register non-class", describe.register, 5, lambda x: x)
def unannotated(arg):
    pass
attempt("register unannotated", describe.register, unannotated)
def bad_annotation(arg: "not a class"):
    pass
attempt("register bad annotation", describe.register, bad_annotation)
def bad_union(arg: int | list[int]):
    pass
attempt("register bad union", describe.register, bad_union)

class Sized:
    def __len__(self):
        return 0
class Iter:
    def __iter__(self):
        return iter([])
class SizedIter(Sized, Iter):
    pass
@functools.singledispatch
def abstract(x):
    return "default"
abstract.register(cabc.Sized, lambda x: "sized")
abstract.register(cabc.Iterable, lambda x: "iterable")
print(abstract(Sized()), abstract(Iter()))
attempt("ambiguous", abstract, SizedIter())
abstract.register(cabc.Collection, lambda x: "collection")
print(abstract([]), abstract(SizedIter()) if False else "-", abstract(set()))

class Base(abc.ABC):
    pass
class Impl:
    pass
@functools.singledispatch
def virtual(x):
    return "default"
virtual.register(Base, lambda x: "base")
print(virtual(Impl()))
Base.register(Impl)
print(virtual(Impl()))
print(virtual(3), virtual(numbers.Integral) if False else "-")
virtual.register(numbers.Number, lambda x: "number")
print(virtual(3), virtual(2.5), virtual(3j), virtual("x"))

class A: pass
class B(A): pass
class C(B): pass
class D(A): pass
class E(C, D): pass
@functools.singledispatch
def mro(x):
    return "object"
mro.register(A, lambda x: "A")
mro.register(D, lambda x: "D")
print(mro(A()), mro(B()), mro(C()), mro(D()), mro(E()))
mro.register(B, lambda x: "B")
print(mro(C()), mro(E()))

# singledispatchmethod
class Negator:
    @functools.singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
    @functools.singledispatchmethod
    @classmethod
    def cls_neg(cls, arg):
        return f"{cls.__name__} default"
    @cls_neg.register
    @classmethod
    def _(cls, arg: int):
        return f"{cls.__name__} int {-arg}"
    @functools.singledispatchmethod
    @staticmethod
    def static_neg(arg):
        return "static default"
    @static_neg.register(str)
    @staticmethod
    def _(arg):
        return "static str"
n = Negator()
print(n.neg(5), n.neg(True), Negator.cls_neg(3), n.cls_neg("x"), Negator.static_neg("s"), n.static_neg(1.5))
attempt("neg float", n.neg, 1.5)
attempt("neg no args", n.neg)
print(Negator.neg.__name__, Negator.__dict__["neg"].__isabstractmethod__)
attempt("bad singledispatchmethod", functools.singledispatchmethod, 5)
class AbstractDispatch(abc.ABC):
    @functools.singledispatchmethod
    @abc.abstractmethod
    def method(self, x):
        pass
print(sorted(AbstractDispatch.__abstractmethods__))
