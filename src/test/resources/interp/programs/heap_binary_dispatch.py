# Binary operators between instances of Python classes (SlotDefs.heapBinary and
# Abstract.callMethod's direct function calls): reflected operands, NotImplemented on both
# sides, the subclass-first rule, special methods that are not plain functions, and dunders
# replaced or deleted on the class after the operator sites have warmed up.


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.v)

    def __add__(self, other):
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if isinstance(other, (int, float)):
            return Num(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        return ("radd", type(self).__name__, other)

    def __mul__(self, factor):
        return Num(self.v * factor)

    __rmul__ = __mul__

    def __sub__(self, other):
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented


class Sub(Num):
    def __radd__(self, other):
        return ("Sub.radd", other)


class SubNoOverride(Num):
    pass


class Other:
    def __radd__(self, other):
        return ("Other.radd", other)

    def __rsub__(self, other):
        return ("Other.rsub", other)


print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), 2.5 * Num(2), Num(3) * 2)
print(Num(1) + Sub(2))            # Sub overrides __radd__: it goes first
print(Sub(2) + Num(1))
print(Num(1) + SubNoOverride(2))  # same __radd__ as Num: the left operand goes first
print(Num(1) + Other(), Num(1) - Other())
for a, b in [(Num(1), Num(2)), (Num(1), "s"), ("s", Num(1)), (Num(1), None)]:
    try:
        print(a - b)
    except TypeError as e:
        print("TypeError:", e)
try:
    Num(1) + "s"
except TypeError as e:
    print("TypeError:", e)


# Special methods that are not plain functions.
class Adder:
    def __call__(self, *args):
        return ("Adder called with", len(args))


class Odd:
    __add__ = Adder()                        # not a descriptor: called without self
    __sub__ = staticmethod(lambda *a: ("static", len(a)))
    __mul__ = classmethod(lambda cls, x: ("class", cls.__name__, x))
    __truediv__ = None

    def __repr__(self):
        return "Odd()"


print(Odd() + 1, Odd() - 2, Odd() * 3)
try:
    Odd() / 2
except TypeError as e:
    print("TypeError:", e)
o = Odd()
o.__add__ = lambda x: "instance attribute"   # special methods are looked up on the type
print(o + 1)


# In-place operators: __iadd__ returning NotImplemented falls back to __add__, then __radd__.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        if isinstance(other, int):
            self.items.append(other)
            return self
        return NotImplemented

    def __add__(self, other):
        return ("Acc.add", other)


acc = Acc()
acc += 1
acc += 2
print(acc.items)
acc += "x"
print(acc)


# Errors raised inside a special method propagate unchanged.
class Bad:
    def __add__(self, other):
        raise ValueError("bad add %r" % (other,))

    def __radd__(self, other):
        return self + other


try:
    1 + Bad()
except ValueError as e:
    print("ValueError:", e)


class Deep:
    def __add__(self, other):
        return self + other


try:
    Deep() + 1
except RecursionError as e:
    print("RecursionError:", e)


# Warm the sites up, then change the class under them.
def add_all(a, b, n):
    out = None
    for _ in range(n):
        out = a + b
    return out


class Warm:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return ("first", self.v, other.v)


x, y = Warm(1), Warm(2)
print(add_all(x, y, 500))
Warm.__add__ = lambda self, other: ("second", self.v + other.v)
print(add_all(x, y, 500))
del Warm.__add__
try:
    add_all(x, y, 1)
except TypeError as e:
    print("TypeError:", e)
Warm.__radd__ = lambda self, other: ("radd now", other)
print(add_all(5, y, 500))


class WarmBase:
    def __init__(self, v):
        self.v = v

    def __sub__(self, other):
        return ("base sub", self.v, other.v)


class WarmChild(WarmBase):
    pass


a, c = WarmBase(1), WarmChild(2)
print(add_all.__code__.co_name, [a - c for _ in range(300)][-1])
WarmChild.__rsub__ = lambda self, other: ("child rsub", self.v, other.v)
print([a - c for _ in range(300)][-1])
WarmBase.__rsub__ = WarmChild.__rsub__       # the same function: the left operand first again
print([a - c for _ in range(300)][-1])
x.__class__ = WarmChild                      # __class__ assignment after warm-up
print([x - a for _ in range(300)][-1], [a - x for _ in range(300)][-1])


# pow with and without a modulus
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)


print(P() ** 2, 2 ** P(), pow(P(), 3, 5))
