# Binary operators: NotImplemented, reflected operands, subclass priority, in-place fallbacks.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V({self.v})"
    def __add__(self, other):
        if isinstance(other, V): return V(self.v + other.v)
        if isinstance(other, int): return V(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd", other)
        return V(other + self.v) if isinstance(other, int) else NotImplemented
    def __sub__(self, other): return NotImplemented
    def __rsub__(self, other): return ("rsub", other)
    def __mul__(self, other): return ("mul", other)
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return ("gt", other)
print(V(1) + V(2), V(1) + 3, 3 + V(1))
print(5 - V(1), V(2) * "x")
try:
    V(1) - V(2)
except TypeError as e:
    print(e)
try:
    V(1) + "s"
except TypeError as e:
    print(e)
try:
    "s" + V(1)
except TypeError as e:
    print(e)
class W(V):
    def __radd__(self, other):
        return ("W.radd first", other)
print(V(1) + W(2))
print(V(1) < V(2))
class Plain: pass
try:
    Plain() < Plain()
except TypeError as e:
    print(e)
try:
    Plain() @ Plain()
except TypeError as e:
    print(e)
class InPlace:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
x = InPlace(); y = x
x += 1
print(x is y, x.items)
z = V(1)
z += 5
print(z)
class NoIadd:
    def __add__(self, o): return "add used"
n = NoIadd()
n += 1
print(n)
try:
    q = Plain(); q -= 1
except TypeError as e:
    print(e)
class RPow:
    def __rpow__(self, other): return ("rpow", other)
print(2 ** RPow(), pow(2, RPow()))
print(1 == V(1), V(1) != V(1), [V(1)] == [V(1)])
class Eq:
    def __eq__(self, other): return "truthy string"
print(Eq() == 1, 1 == Eq(), Eq() != 1)
print(NotImplemented.__class__.__name__, repr(NotImplemented))
class Divs:
    def __truediv__(self, o): return "truediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rlshift__(self, o): return "rlshift"
    def __rand__(self, o): return "rand"
    def __rxor__(self, o): return "rxor"
    def __ror__(self, o): return "ror"
    def __rmatmul__(self, o): return "rmatmul"
    def __rdivmod__(self, o): return "rdivmod"
d = Divs()
print(d / 1, 1 // d, 1 % d, 1 << d, 1 & d, 1 ^ d, 1 | d, 1 @ d, divmod(1, d))
