# Dict and set lookups of tuple keys, and tuple == tuple (libperf's fast path for items that are
# exact strs, ints and floats): the answers and the __eq__ calls of the general protocol.
counts = {}
words = "the quick brown fox jumps over the lazy dog the quick red fox".split()
for pair in zip(words, words[1:]):
    counts[pair] = counts.get(pair, 0) + 1
print(sorted(counts.items()))
print(counts[("the", "quick")], ("the", "lazy") in counts, ("fox", "jumps") in counts)

nan = float("nan")
d = {(1, "a"): "int-str", (2 ** 70, 1.5): "big-float", ("\U0001F600", "\u00e9"): "non-bmp", (): "empty"}
print(d[(1, "a")], d[(2 ** 70, 1.5)], d[("\U0001F600", "\u00e9")], d[()])
print(d.get((1.0, "a")), d.get((True, "a")), d.get((1, "a", None)), d.get((1,)))
t = (nan, 1)
d[t] = "nan-same"
print(d.get(t), d.get((nan, 1)))
print((nan, 1) == (nan, 1), t == t, (1, 2) == (1, 2.0), (0.0,) == (-0.0,), ("a",) != ("a",))


class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("Key.__eq__", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.name == other.name

    def __hash__(self):
        return 7


a, b = Key("a"), Key("b")
pairs = {("x", a): 1}
print(pairs.get(("x", Key("a"))), pairs.get(("y", Key("a"))), pairs.get(("x", b)))
# lengths differ: the common items are still compared first, as tuple == tuple does
print(("x", a) == ("x", Key("a"), 1), ("x", a) == ("y",))


class MyTuple(tuple):
    def __eq__(self, other):
        print("MyTuple.__eq__")
        return tuple.__eq__(self, other)

    __hash__ = tuple.__hash__


m = {MyTuple(("p", 1)): "sub"}
print(m.get(("p", 1)), m.get(MyTuple(("p", 1))), ("p", 1) == MyTuple(("p", 1)))


class S(str):
    pass


s = {("k", 1): 1}
print(s.get((S("k"), 1)), {(S("k"), 1)} == {("k", 1)}, (S("k"),) == ("k",))
sset = {("a", 1), ("b", 2)}
print(("a", 1) in sset, ("a", 1.0) in sset, ("a", 2) in sset)
