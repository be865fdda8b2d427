from collections import defaultdict
import copy
import pickle

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, d.default_factory, dict(d), len(d), "c" in d, d.get("c"), "c" in d)
counts = defaultdict(int)
for word in "a b a c a b".split():
    counts[word] += 1
print(counts, sorted(counts.items()))
n = defaultdict()
print(n, n.default_factory)
attempt("no factory", n.__getitem__, "k")
attempt("bad factory", defaultdict, 1)
print(defaultdict(None, {"a": 1}), defaultdict(int, a=1), defaultdict(list, [("x", [1])]), defaultdict(lambda: "z", {1: 2})[3])
c = counts.copy()
c["new"] = 5
print(type(c).__name__, c.default_factory, "new" in counts, copy.copy(counts) == counts, copy.deepcopy(d))
p = pickle.loads(pickle.dumps(defaultdict(list, a=[1])))
print(p, p.default_factory)
d.default_factory = set
d["s"].add(1)
print(d)
print(d | {"z": 1}, type(d | {"z": 1}).__name__, ({"z": 1} | d).default_factory, type({"z": 1} | d).__name__)
d |= {"y": 0}
print(d)
print(d.__or__([1]))
print(defaultdict(int) == {}, defaultdict(int, a=1) == {"a": 1})
rec = defaultdict(list)
rec["me"] = rec
print(rec)
def factory():
    return "made"
print(repr(defaultdict(factory)).startswith("defaultdict(<function factory at 0x"))
class Sub(defaultdict):
    pass
s = Sub(int)
s["x"] += 1
print(s, type(s.copy()).__name__)
print(d.setdefault("q", 1), d.pop("q"), "nope" in d, d.get("nope", "g"))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(dict(nested["a"]), list(nested))
print(isinstance(d, dict), defaultdict[str, int])
