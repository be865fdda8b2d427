# Sorting with inconsistent or failing comparisons gives CPython's exact results: NaN keys,
# lying __lt__, comparisons and key functions that raise, lists mutated during the sort,
# stability and reverse=True stability, and the fast paths' fallbacks (mixed types, subclasses,
# big ints, tuples).
import math

nan = float("nan")
inf = float("inf")

seed = 2024
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % n

# --- NaN keys ---
for n in (5, 20, 70, 300):
    data = [float(rand(100)) if rand(5) else nan for _ in range(n)]
    out = sorted(data)
    print("nan", n, [x if x == x else "nan" for x in out][:40])
    print("nan rev", n, [x if x == x else "nan" for x in sorted(data, reverse=True)][:40])
    print("nan key", n, [x if x == x else "nan" for x in sorted(data, key=lambda x: -x)][:40])
print(sorted([3.0, nan, 1.0, nan, 2.0, 0.5, nan, -1.0]))
print(sorted([(nan, 1), (1.0, 2), (nan, 0), (0.5, 3), (nan, -1)]))
print(sorted([(1.0, nan), (1.0, 2.0), (1.0, 0.0)]))
x = nan
print(sorted([(x, 2), (x, 1), (1.0, 5)]))  # the same NaN object: tuples' equality uses identity

# --- a __lt__ that lies ---
class Liar:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return rand(3) == 0
    def __repr__(self):
        return "L%d" % self.v

for n in (6, 40, 100, 500):
    seed = n
    out = sorted(Liar(i) for i in range(n))
    print("liar", n, [o.v for o in out][:60])

class ModLess:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):  # not transitive
        return (other.v - self.v) % 7 in (1, 2, 3)

for n in (10, 64, 129, 400):
    out = sorted([ModLess(rand(50)) for _ in range(n)])
    print("mod", n, [o.v for o in out][:60])

# --- comparisons that raise part-way: the list is left as CPython leaves it ---
class Bomb:
    count = 0
    limit = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Bomb.count += 1
        if Bomb.count == Bomb.limit:
            raise RuntimeError("boom at %d" % Bomb.count)
        return self.v < other.v

for n, limit in ((10, 5), (70, 100), (70, 300), (300, 1000), (300, 2000), (1000, 5000), (1000, 9000)):
    for reverse in (False, True):
        items = [Bomb(rand(1000)) for _ in range(n)]
        Bomb.count = 0
        Bomb.limit = limit
        try:
            items.sort(reverse=reverse)
        except RuntimeError as e:
            print("raised", e, n, reverse)
        print("after", n, limit, reverse, sum(i * b.v for i, b in enumerate(items)) % 1000003, [b.v for b in items[:12]])
        # with a key function, the values move with the keys
        values = [rand(1000) for _ in range(n)]
        Bomb.count = 0
        try:
            values.sort(key=Bomb, reverse=reverse)
        except RuntimeError as e:
            print("raised", e)
        print("after key", n, limit, reverse, sum(i * v for i, v in enumerate(values)) % 1000003)

# --- comparison between incomparable types raises TypeError ---
for data in ([3, 1, "a", 2], [1, 2, 3, "x", 0], [None, 1], [1.5, 2, "z", 0.5, 1]):
    try:
        data.sort()
    except TypeError as e:
        print("TypeError", e, data)

# --- key functions that raise: the list is untouched ---
def bad_key(x):
    if x == 7:
        raise ValueError("no 7")
    return -x
data = [5, 9, 7, 1, 3]
try:
    data.sort(key=bad_key)
except ValueError as e:
    print("key raised", e, data)
try:
    sorted([1, 2, 3], key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# --- the list is empty while sorting; changes made meanwhile are an error ---
seen = []
data = [3, 1, 2]
def peek(x):
    seen.append(len(data))
    return x
data.sort(key=peek)
print("len during key", seen, data)

class Mutator:
    def __init__(self, v, target):
        self.v = v
        self.target = target
    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v
data = []
data.extend(Mutator(v, data) for v in (5, 3, 4, 1))
try:
    data.sort()
except ValueError as e:
    print("ValueError", e, [m.v for m in data])

data = [4, 2, 3, 1]
def appending_key(x):
    data.append(x)
    return x
try:
    data.sort(key=appending_key)
except ValueError as e:
    print("ValueError", e, data)

class Popper:
    def __init__(self, v, target):
        self.v = v
        self.target = target
    def __lt__(self, other):
        self.target.append(1)
        self.target.pop()
        return self.v < other.v
data = []
data.extend(Popper(v, data) for v in (2, 1, 3))
try:
    data.sort()
except ValueError as e:
    print("ValueError popper", e, [p.v for p in data])

# --- stability ---
records = [(rand(5), i) for i in range(200)]
by_first = sorted(records, key=lambda r: r[0])
print("stable", all(by_first[i][1] < by_first[i + 1][1] for i in range(199) if by_first[i][0] == by_first[i + 1][0]))
print(by_first[:15])
rev = sorted(records, key=lambda r: r[0], reverse=True)
print("stable reverse", all(rev[i][1] < rev[i + 1][1] for i in range(199) if rev[i][0] == rev[i + 1][0]))
print(rev[:15])
words = "the quick brown fox jumps over the lazy dog a bb ccc dd e".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(sorted(words), key=len, reverse=True))
desc_dups = [(3, "a"), (3, "b"), (2, "c"), (2, "d"), (2, "e"), (1, "f"), (1, "g")]
print(sorted(desc_dups, key=lambda t: t[0]))
print(sorted(desc_dups, key=lambda t: t[0], reverse=True))

# --- fast paths and their fallbacks ---
class MyInt(int):
    def __lt__(self, other):
        return int(self) > int(other)  # reversed order
class MyStr(str):
    pass
class MyFloat(float):
    pass
print(sorted([MyInt(3), MyInt(1), MyInt(2)]))
print(sorted([3, MyInt(1), 2, MyInt(5)]))
print(sorted([MyStr("b"), "a", MyStr("c")]))
print(sorted([1.5, MyFloat(0.5), 1, True, 0.25, False]))
print(sorted([2**70, -2**65, 3, 2**64, -1, 0]))
print(sorted([2**70 + 0.0, 2**70, 1.0, 1]))
print(sorted(["b", "a", "\U0001F600", "\uffff", "z", "\ud800"]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), ()]))
print(sorted([(1, 2.5), (1, 2), (1.0, 1), (0.5, "x")]))
print(sorted([[3, 1], [2], [3, 0], []]))
print(sorted([frozenset({1, 2}), frozenset({1}), frozenset({3})]))
print(sorted([3, 1, 2], key=lambda x: (x % 2, -x)))
print(sorted([-0.0, 0.0, 0, -0.0], key=lambda x: x))
print(sorted([inf, -inf, 0.0, nan, 1e308]))
print(sorted(range(20), key=lambda x: math.sin(x)))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError", e)
print([].sort(), sorted([]), sorted([1]), sorted((2, 1)), sorted("hello"), sorted({3: 1, 1: 2}))
