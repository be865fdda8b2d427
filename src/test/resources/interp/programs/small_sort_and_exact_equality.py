# Sorts of fewer than 64 items (one run, binary insertion, no merge stack) and equality of
# exact strs/ints/floats inside tuples, lists and dicts: the same answers, exceptions and
# comparison calls as CPython's.
import math


class Loud(int):
    calls = 0

    def __lt__(self, other):
        Loud.calls += 1
        return int(self) < int(other)


class Key(str):
    def __eq__(self, other):
        print("Key.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


for n in (0, 1, 2, 5, 31, 63, 64, 65, 200):
    items = [(i * 37) % 11 for i in range(n)]
    records = [(v, i) for i, v in enumerate(items)]
    by_value = sorted(records, key=lambda r: r[0])
    assert by_value == sorted(records, key=lambda r: (r[0], r[1])), n
    rev = sorted(records, key=lambda r: r[0], reverse=True)
    print(n, [r[1] for r in by_value][:12], [r[1] for r in rev][:12])
    Loud.calls = 0
    louds = sorted(Loud(v) for v in items)
    print("  Loud calls", Loud.calls, louds[:5])
    floats = [float(v) if v % 4 else math.nan for v in items]
    print("  nan", [repr(x) for x in sorted(floats)][:10])
    print("  desc run", sorted(range(n, 0, -1))[:5], sorted([3] * n + [1])[:3])

for bad in ([3, "a", 1], [(1, 2), (1, "x")], [1.5, None]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError", e)


def failing(x):
    if x == 4:
        raise ValueError("key failed at 4")
    return -x


data = [5, 2, 4, 1]
try:
    data.sort(key=failing)
except ValueError as e:
    print(e, data)


class Boom:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise RuntimeError("cannot order 3")
        return self.v < other.v


data = [Boom(v) for v in (5, 1, 4, 3, 2)]
try:
    data.sort()
except RuntimeError as e:
    print(e, [b.v for b in data])

victim = [3, 1, 2]
try:
    victim.sort(key=lambda x: victim.append(x) or x)
except ValueError as e:
    print("ValueError", e, victim)

# Equality of exact items decided without the protocol must agree with it.
nan = math.nan
print((nan,) == (nan,), (float("nan"),) == (float("nan"),), [nan] == [nan], [float("nan")] == [float("nan")])
print({1: nan} == {1: nan}, {1: float("nan")} == {1: float("nan")}, {"a": 1.0} == {"a": 1}, {"a": True} == {"a": 1})
print((1, "x", 2.5) == (1, "x", 2.5), ("x" * 3,) == ("xxx",), (10 ** 30,) == (10 ** 30 + 0,), (1, 2) != (1, 2.0))
print([10 ** 20, "s"] == [10 ** 20, "s" + ""], ["é"] == ["e\u0301"], {"k": "v" * 2} == {"k": "vv"})
print((Key("a"), 1) == ("a", 1), ("a", 1) == (Key("a"), 1))
d = {("a", 1): "pair"}
print(d[(Key("a"), 1)], ("a", 1) in {(Key("a"), 1): 0})
print(1 in [True], "a" in ["b", "a"], 2.0 in [1, 2], [1, 2].index(2.0), [1.0, 2].count(1))


class Default(dict):
    def __missing__(self, key):
        return "missing " + repr(key)


dd = Default(a=1)
print(dd["a"], dd["b"], dd.get("b"), dd == {"a": 1}, {"a": 1} == dd)
