# numbers: the numeric tower, registrations, abstract methods, derived operations
import numbers
from numbers import Number, Complex, Real, Rational, Integral

print([isinstance(x, c) for x in (1, True, 1.5) for c in (Number, Complex, Real, Rational, Integral)])
print(isinstance('a', Number), issubclass(int, Real), issubclass(float, Rational), Number.__hash__)
print([sorted(c.__abstractmethods__) for c in (Number, Complex)])
print(sorted(Real.__abstractmethods__), sorted(Rational.__abstractmethods__ - Real.__abstractmethods__))
print(sorted(Integral.__abstractmethods__ - Rational.__abstractmethods__))

class Money(Integral):
    pass
try:
    Money()
except TypeError as e:
    print(e)

class Nat(Integral):
    """A minimal Integral over an int, to exercise the derived operations."""
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f'Nat({self.v})'
    def __add__(self, o): return Nat(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return Nat(-self.v)
    def __pos__(self): return Nat(self.v)
    def __mul__(self, o): return Nat(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, e, m=None): return Nat(pow(self.v, int(e), m))
    def __rpow__(self, b): return Nat(int(b) ** self.v)
    def __abs__(self): return Nat(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return Nat(self.v // int(o))
    def __rfloordiv__(self, o): return Nat(int(o) // self.v)
    def __mod__(self, o): return Nat(self.v % int(o))
    def __rmod__(self, o): return Nat(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __lshift__(self, o): return Nat(self.v << int(o))
    def __rlshift__(self, o): return Nat(int(o) << self.v)
    def __rshift__(self, o): return Nat(self.v >> int(o))
    def __rrshift__(self, o): return Nat(int(o) >> self.v)
    def __and__(self, o): return Nat(self.v & int(o))
    __rand__ = __and__
    def __xor__(self, o): return Nat(self.v ^ int(o))
    __rxor__ = __xor__
    def __or__(self, o): return Nat(self.v | int(o))
    __ror__ = __or__
    def __invert__(self): return Nat(~self.v)

n = Nat(7)
print(n - 2, 10 - n, divmod(n, 2), divmod(20, n), float(n), n.numerator, n.denominator, n.real, n.imag)
print(n.conjugate(), bool(n), bool(Nat(0)), [1, 2, 3, 4, 5, 6, 7, 8][n], n.__index__(), isinstance(n, Rational))
