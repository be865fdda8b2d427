class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("A.__lt__"); return NotImplemented
    def __gt__(self, o):
        print("A.__gt__"); return self.v > o.v
class B(A):
    def __gt__(self, o):
        print("B.__gt__"); return "B wins"
print(A(1) < A(2))
print(A(1) < B(2))
class E:
    def __eq__(self, o):
        print("E.__eq__"); return NotImplemented
e = E()
print(e == e, e == E(), e != e)
class NeFromEq:
    def __eq__(self, o): return True
print(NeFromEq() != 1)
try:
    sorted([object(), object()])
except TypeError as err:
    print(err)
try:
    A(1) >= A(2)
except TypeError as err:
    print(err)
try:
    1 < "a"
except TypeError as err:
    print(err)
print([1, 2] < [1, 3], (1, "a") < (1, "b"), [A(1)] == [A(1)])
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Num) and o.v == self.v
    __hash__ = None
print(Num(1) in [Num(2), Num(1)], [Num(1)].index(Num(1)), [Num(1), Num(1)].count(Num(1)))
x = float("nan")
print(x == x, [x] == [x], x in [x])
