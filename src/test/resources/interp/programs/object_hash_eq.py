# __hash__/__eq__ rules: defining __eq__ sets __hash__ to None, explicit __hash__, inheritance.
class Default: pass
a, b = Default(), Default()
print(a == a, a == b, hash(a) == hash(a), Default.__hash__ is object.__hash__)
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    hash(EqOnly(1))
except TypeError as e:
    print(e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(e)
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return isinstance(other, Both) and self.v == other.v
    def __hash__(self): return hash(self.v)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(3) in {Both(3)}, {Both(1): "x"}[Both(1)])
class Child(Both):
    def __eq__(self, other): return False
print(Child.__hash__)
class Child2(Both): pass
print(hash(Child2(5)) == hash(5))
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(e)
print(isinstance(Unhashable(), object))
class BadHash:
    def __hash__(self): return "no"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class NeOnly:
    def __ne__(self, other): return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)
class EqNotImpl:
    def __eq__(self, other): return NotImplemented
x = EqNotImpl()
print(x == x, x == EqNotImpl(), x != x)
print(hash(True) == hash(1), hash(1.0) == hash(1), hash(-1), hash(()) == hash(()))
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max([Ordered(3), Ordered(5)]))
print(Ordered(2) > Ordered(1))
