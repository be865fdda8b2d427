# class creation errors (metaclass conflict, layout, MRO, __set_name__ notes), super() errors, special-method result checks and fallbacks
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
t(lambda: type('C', (A, B), {}))
t(lambda: type('C', (int, str), {}))
t(lambda: type('C', (bool,), {}))
t(lambda: type('C', (1,), {}))
t(lambda: type('C', (object, object), {}))
class X: pass
class Y(X): pass
t(lambda: type('Z', (X, Y), {}))
class Bad:
    def __set_name__(self, o, n): raise ValueError('nope')
def mk():
    class H:
        b = Bad()
t(mk)
t(lambda: super())
t(lambda: super(int, 'x'))
class S:
    def m(self): return super().m()
t(lambda: S().m())
t(lambda: super(S, S()).zz)
print(super(S, S()).__thisclass__, repr(super(S, S()))[:28], super(S).__self__)
class W:
    __slots__ = ('__dict__',)
w = W(); w.a = 1; print(w.__dict__)
t(lambda: type('WW', (W,), {'__slots__': ('__dict__',)}))
t(lambda: type('Q', (), {'__slots__': ('__dict__', '__dict__')}))
t(lambda: type('Q', (), {'__slots__': 1}))
t(lambda: type('Q', (), {'__slots__': ('1a',)}))
t(lambda: type('Q', (), {'__qualname__': 5}))
class NoInit:
    def __init__(self): return 5
t(NoInit)
class NewRet:
    def __new__(cls): return 7
t(NewRet)
t(lambda: type(object.__new__(NoInit, 1)).__name__)
t(lambda: int.__new__(str))
class AbstractIt:
    __abstractmethods__ = frozenset({'f', 'g'})
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
t(Ab)
class Cm:
    __class_getitem__ = None
t(lambda: Cm[int])
t(lambda: X[int])
class Call:
    __call__ = None
t(lambda: Call()())
class Ln:
    def __len__(self): return -1
t(lambda: len(Ln()))
t(lambda: bool(Ln()))
class Bo:
    def __bool__(self): return 1
t(lambda: bool(Bo()))
class Ix:
    def __index__(self): return 'x'
t(lambda: [1][Ix()])
class It:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(list(It()), 2 in It(), 5 in It())
class Cn:
    def __contains__(self, x): return []
print(1 in Cn())
class Fmt:
    def __format__(self, spec): return 5
t(lambda: format(Fmt()))
class Rp:
    def __repr__(self): return 5
t(lambda: repr(Rp()))
class Hs:
    def __hash__(self): return 'x'
t(lambda: hash(Hs()))
class Eq:
    def __eq__(self, o): return NotImplemented
print(Eq() == Eq(), Eq() != 1)
class Lt:
    def __lt__(self, o): return NotImplemented
t(lambda: Lt() < Lt())
class R1:
    def __radd__(self, o): return 'radd'
class R1s(int):
    def __radd__(self, o): return 'sub radd'
print(1 + R1(), 1 + R1s(2))
