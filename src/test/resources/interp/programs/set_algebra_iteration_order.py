# Set operations lay their results out as CPython does, so they iterate in the same order:
# difference copies-then-discards when the other operand is small (or not a set/dict),
# symmetric difference starts from a copy of the other operand, copies are re-merged tables,
# and the in-place forms mutate the table they have.
import random

rng = random.Random(5)


def sample(n, top=1000):
    return set(rng.randrange(top) for _ in range(n))


def show(label, value):
    print(label, type(value).__name__, list(value))


for trial in range(60):
    s = sample(rng.randrange(1, 70))
    for x in list(s)[:rng.randrange(0, 6)]:
        s.discard(x)
    o = set(rng.choice(list(s)) for _ in range(rng.randrange(0, 5))) if s else set()
    o |= sample(rng.randrange(0, 4))
    f = frozenset(s)
    print("trial", trial, len(s), len(o))
    show("s-o", s - o)
    show("f-o", f - o)
    show("o-s", o - s)
    show("s.difference(list)", s.difference(list(o)))
    show("s.difference(dict)", s.difference(dict.fromkeys(o)))
    show("s.difference(o, list)", s.difference(o, [1, 2, 3]))
    show("s|o", s | o)
    show("o|f", o | f)
    show("s.union(list)", s.union(list(o), (7, 8)))
    show("s&o", s & o)
    show("o&f", o & f)
    show("s.intersection(list)", s.intersection(list(o)))
    show("s.intersection(o, f)", s.intersection(o, f))
    show("s^o", s ^ o)
    show("o^s", o ^ s)
    show("s.symmetric_difference(list)", s.symmetric_difference(list(o)))
    show("copy", s.copy())
    show("set(f)", set(f))
    show("frozenset(s)", frozenset(s))
    t = set(s); t -= o; show("-=", t)
    t = set(s); t ^= o; show("^=", t)
    t = set(s); t &= o; show("&=", t)
    t = set(s); t |= o; show("|=", t)
    t = set(s); t.difference_update(list(o), {5}); show("difference_update", t)
    t = set(s); t.intersection_update(o, list(s)); show("intersection_update", t)
    t = set(s); t.intersection_update(); show("intersection_update()", t)
    t = set(s); t.symmetric_difference_update(list(o) + [1]); show("symmetric_difference_update", t)
    t = set(s); t.symmetric_difference_update(dict.fromkeys(o)); show("symmetric_difference_update(dict)", t)
    print(s <= s | o, s < s | o, s == set(f), s != o, f >= s & o, s > o, s.issubset(list(s)), s.issuperset(list(o)))
    print(len(s), len(f), len(s - o))

# Tuples as elements (str hashes are salted in CPython, so no strs here).
pairs = {(rng.randrange(9), rng.randrange(9)) for _ in range(30)}
show("pairs-{first}", pairs - {next(iter(pairs))})
show("pairs^{(0, 0)}", pairs ^ {(0, 0)})
show("pairs|{(9, 9)}", pairs | {(9, 9)})

# An operand with itself.
s = {1, 2, 3, 9, 17}
show("s-s", s - s)
show("s^s", s ^ s)
show("s&s", s & s)
show("s|s", s | s)
t = set(s); t -= t; show("t-=t", t)
t = set(s); t ^= t; show("t^=t", t)
t = set(s); t.difference_update(t); show("t.difference_update(t)", t)

# A subclass's result type.
class S(set):
    pass


class F(frozenset):
    pass


for value in (S({1, 2}) - {1}, F({1, 2}) | {3}, S({1}) ^ F({2}), F({1, 2}) & S({2}), S({5}).copy(), F({5}).copy()):
    print(type(value).__name__, sorted(value))


# An element whose __eq__ changes the set being searched.
class Sneaky:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.target.clear()
        return False


victim = {1, 2, 3}
probe = {Sneaky(victim)}
print(sorted(map(type, victim - probe), key=str), len(probe - victim), len(victim))
