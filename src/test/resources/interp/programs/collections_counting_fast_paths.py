# Counter's _count_elements and OrderedDict.move_to_end take one hash per key (as CPython's
# known-hash paths): __hash__ calls are counted; the stored key object survives a move; subclasses
# overriding get/__setitem__ take the generic path; counts beyond the long range and non-int counts;
# OrderedDict.move_to_end keeps the stored key object and reports unhashable keys as CPython's odict.
import collections


class Key:
    hashes = 0

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        Key.hashes += 1
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name

    def __repr__(self):
        return "Key(%r)" % self.name


keys = [Key("a"), Key("b"), Key("a"), Key("c"), Key("a")]
counts = collections.Counter(keys)
print(sorted((k.name, v) for k, v in counts.items()), "hashes", Key.hashes)

Key.hashes = 0
counts.update([Key("b"), Key("z")])
print(counts[Key("b")], counts[Key("z")], "hashes", Key.hashes)

big = collections.Counter()
big["x"] = 2 ** 63 - 1
big.update(["x", "x"])
print(big["x"], big["x"] == 2 ** 63 + 1)
floats = collections.Counter({"f": 0.5})
floats.update("ff")
print(floats)
nan = float("nan")
nans = collections.Counter([nan, nan, float("nan")])
print(len(nans), nans[nan])


class Loud(collections.Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


Loud("aba")


class Getter(collections.Counter):
    def get(self, key, default=None):
        return 10


print(sorted(Getter("xyx").items()))
print(collections.Counter(""), collections.Counter([]))
try:
    collections.Counter([[1], [2]])
except TypeError as e:
    print("TypeError", e)


odict_keys = collections.OrderedDict.fromkeys("abcde")
odict_keys.move_to_end("b")
odict_keys.move_to_end("e")
odict_keys.move_to_end("a", last=False)
odict_keys.move_to_end("c", False)
print(list(odict_keys))
stored = collections.OrderedDict([(1, "one"), (2, "two"), (3, "three")])
stored.move_to_end(1.0)
stored.move_to_end(True)
print(list(stored.items()), type(list(stored)[-1]).__name__)
od = collections.OrderedDict([(Key("p"), 1), (Key("q"), 2)])
first = list(od)[0]
od.move_to_end(Key("p"))
print(list(od), list(od)[-1] is first)
for bad in ("missing", [1]):
    for last in (True, False):
        try:
            collections.OrderedDict(a=1).move_to_end(bad, last)
        except (KeyError, TypeError) as e:
            print(type(e).__name__, e)
try:
    collections.OrderedDict().move_to_end("x")
except KeyError as e:
    print("KeyError", e)
lru = collections.OrderedDict()
for i, key in enumerate("abcabdaebfa" * 3):
    if key in lru:
        lru.move_to_end(key)
    else:
        lru[key] = i
        if len(lru) > 3:
            lru.popitem(last=False)
print(list(lru.items()))
