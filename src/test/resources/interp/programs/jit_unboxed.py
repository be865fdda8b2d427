# Tier 2 (docs/jit.md): int and float arithmetic and comparisons compiled inline on values held
# in JVM locals. Every function runs warm first (so tier 2 compiles it from specialized bytecode),
# then is fed what the inline forms' guards must reject: overflow out of the long range, big
# ints, nan/inf/-0.0, bools, int/float mixes, subclasses, strings.
import math


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"


class MyFloat(float):
    def __lt__(self, other):
        return True


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def poly(x, y):
    return x * x + 3 * y - x * y + 1


def fpoly(x, y):
    return x * x + 3.0 * y - x * y + 1.0


def less(a, b):
    if a < b:
        return "lt"
    return "ge"


def compare_all(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def branchy(a, b):
    if a == b:
        return "eq"
    elif a > b:
        return "gt"
    elif not a <= b:
        return "nan?"
    return "lt"


def loop_sum(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        total = total + i * i - 1
    return total


def float_loop(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x = x * 0.5 + y
        y = y - x * 0.25
    return x, y


def item(seq, i):
    return seq[i]


def put(seq, i, v):
    seq[i] = v
    return seq


def truth(x):
    if x:
        return "T"
    return "F"


def same_str(a, b):
    if a == b:
        return "eq"
    return "ne" if a != b else "?"


class MyList(list):
    def __getitem__(self, i):
        return "MyList.__getitem__"

    def __setitem__(self, i, v):
        print("MyList.__setitem__", i, v)


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, y, x):
        self.y = y
        self.x = x


def getx(p):
    return p.x + p.y


def setx(p, v):
    p.x = v
    p.y = v * 2
    return p.x


for _ in range(300):
    getx(P(1, 2)); setx(P(1, 2), 3); getx(Q(1, 2)); setx(Q(1.5, 2.5), 0.5)
    item([1, 2], 1); item((1, 2), 0); put([1, 2], 0, 5); truth(1); truth([]); truth(None); truth(""); truth(True)
    same_str("a", "b")
    add(1, 2); sub(5, 3); mul(6, 7); add(1.5, 2.5); sub(1.5, 0.5); mul(1.5, 2.0)
    poly(3, 4); fpoly(1.5, 2.5); less(1, 2); less(1.0, 2.0); compare_all(1, 2); compare_all(1.0, 2.0)
    branchy(1, 2); branchy(2.0, 1.0); loop_sum(20); float_loop(20)

big = 2 ** 62
print("ints", add(1, 2), sub(5, 3), mul(6, 7), poly(3, 4))
print("overflow", add(big, big), sub(-big, big), mul(big, 4), mul(-big, big), add(2 ** 63 - 1, 1), sub(-2 ** 63, 1))
print("big", add(2 ** 100, 1), sub(2 ** 100, 2 ** 100), mul(2 ** 64, 2 ** 64), poly(2 ** 40, 2 ** 70))
print("small results", add(-5, 5), sub(256, 1), mul(-1, 5), add(True, True), mul(False, 3))
print("floats", add(1.5, 2.5), sub(1.5, 0.5), mul(1.5, 2.0), fpoly(1.5, 2.5))
nan, inf = float("nan"), float("inf")
print("specials", add(inf, -inf), mul(inf, 0.0), sub(-0.0, 0.0), add(-0.0, -0.0), mul(-0.0, 5.0), mul(1e308, 10.0))
print("signs", math.copysign(1.0, add(-0.0, -0.0)), math.copysign(1.0, sub(0.0, 0.0)), math.copysign(1.0, mul(-0.0, 1.0)))
print("mixed", add(1, 2.5), mul(2.5, 2), sub(True, 0.5), fpoly(2, 3), poly(1.5, 2))
print("strings", add("a", "b"), mul("ab", 3), mul([1], 2))
print("subclasses", add(MyInt(1), 2), add(2, MyInt(1)), less(MyFloat(5.0), 1.0))
print("compare ints", compare_all(1, 2), compare_all(2, 2), compare_all(3, 2))
print("compare big", compare_all(2 ** 70, 2 ** 70 + 1), compare_all(-2 ** 70, 1), less(2 ** 64, 2 ** 63))
print("compare floats", compare_all(1.0, 2.0), compare_all(-0.0, 0.0), compare_all(inf, inf))
print("compare nan", compare_all(nan, nan), compare_all(nan, 1.0), compare_all(1.0, nan))
print("compare mixed", compare_all(1, 1.0), compare_all(2 ** 53 + 1, float(2 ** 53)), compare_all(True, 1))
print("branchy", branchy(1, 2), branchy(2, 2), branchy(3.0, 2.0), branchy(nan, 1.0), branchy("b", "a"))
print("loops", loop_sum(1000), loop_sum(10 ** 5), float_loop(1000))
try:
    less(1, "x")
except TypeError as e:
    print("TypeError", e)
try:
    add(None, 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    compare_all(1.0, [])
except TypeError as e:
    print("TypeError", e)

print("item", item([1, 2, 3], -1), item((1, 2), 1), item([[0]], 0))
for args in [([1], 5), ((1,), 3), ([1], "x"), (MyList([1]), 0), ({0: 9}, 0), ((1, 2), -1), ([1, 2], -3), ([1], 2 ** 70), ("ab", 1)]:
    try:
        print("item", item(*args))
    except Exception as e:
        print("item", type(e).__name__, e)
for args in [([1], 0, 9), ([1], 5, 9), ([1], -1, 8), (MyList([1]), 0, 1), ({}, "k", 1), ((1,), 0, 1), ([1], 2 ** 64, 0)]:
    try:
        print("put", put(*args))
    except Exception as e:
        print("put", type(e).__name__, e)
print("truth", [truth(v) for v in (0, 1, -1, 2 ** 70, [], [0], None, "", "a", True, False, 0.0, 1.5, nan, (), (1,), {}, object(), MyList())])
print("same_str", same_str("a", "a"), same_str("a", "b"), same_str(1, 1), same_str("a", 1), same_str(1.0, 1), same_str("é", "é"))

p = P(1, 2)
print("attrs", getx(p), setx(p, 10), getx(p), getx(Q(5, 6)), setx(Q(1, 1), 7))
p.__dict__["x"] = 100
print("dict", getx(p), setx(p, 3), p.__dict__)
del p.x
try:
    getx(p)
except AttributeError as e:
    print("AttributeError", e)
print("set after del", setx(p, 4), sorted(vars(p).items()))
p2 = P(1, 2)
P.x = property(lambda self: "prop")
for f, args in [(getx, (p2,)), (setx, (p2, 1))]:
    try:
        print("property", f(*args))
    except (TypeError, AttributeError) as e:
        print("property", type(e).__name__, e)
print("other", getx(Q("a", "b")))
class R:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
        self.y = 2
print("slots", getx(R()), setx(R(), 9))
