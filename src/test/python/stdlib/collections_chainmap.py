from collections import ChainMap, OrderedDict
import copy

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], cm["c"], len(cm), list(cm), list(cm.items()), "a" in cm, "z" in cm)
print(cm.get("a"), cm.get("z"), cm.get("z", 0), dict(cm), bool(cm), bool(ChainMap()), bool(ChainMap({}, {})))
attempt("missing", cm.__getitem__, "z")
cm["d"] = 4
cm["a"] = 100
print(over, base, cm["a"])
del cm["d"]
attempt("del from parent", cm.__delitem__, "b" if False else "a" if False else "zz")
attempt("del only in parent", cm.__delitem__, "x")
cm2 = ChainMap({}, {"x": 1})
attempt("del parent key", cm2.__delitem__, "x")
attempt("pop parent key", cm2.pop, "x")
print(cm2.pop("x", "dflt"))
attempt("popitem empty", ChainMap({}, {"a": 1}).popitem)
print(ChainMap({"k": "v"}).popitem())
child = cm.new_child()
child["new"] = 1
print(child, child.parents, child.parents.parents, len(child.maps))
print(cm.new_child({"m": 1}), cm.new_child(n=2), cm.new_child({"m": 1}, n=2))
print(ChainMap(), ChainMap().maps, ChainMap.fromkeys("ab"), ChainMap.fromkeys("ab", 0))
c = cm.copy()
c["copied"] = True
print("copied" in cm, c.maps[1] is cm.maps[1], copy.copy(cm).maps[0] is not cm.maps[0])
cm.clear()
print(cm, base)
m = ChainMap({"a": 1}, {"b": 2})
print(m | {"c": 3}, {"z": 0} | m, type({"z": 0} | m).__name__)
m |= {"d": 4}
print(m)
attempt("or list", lambda: m | [1])
rec = ChainMap()
rec.maps[0]["self"] = rec
print(rec)
class DefaultLike(dict):
    def __missing__(self, key):
        return "missing:" + key
dm = ChainMap(DefaultLike(), {"x": 1})
print(dm["x"], dm["y"])
ordered = ChainMap({"z": 1, "a": 2}, {"b": 3, "a": 4}, {"c": 5})
print(list(ordered), list(ordered.keys()), list(ordered.values()))
print(ordered == {"z": 1, "a": 2, "b": 3, "c": 5}, ordered != {})
print(ChainMap(OrderedDict(a=1)), ChainMap({1: 2}, {3: 4}).maps)
class Sub(ChainMap):
    pass
sub = Sub({"a": 1})
print(sub, type(sub.new_child()).__name__, type(sub.parents).__name__, type(sub.copy()).__name__)
print(m.setdefault("q", 5), m.maps[0], m.pop("q"))
m.update({"u": 1}, v=2)
print(m.maps[0])

# lookups through every kind of map (the Java __getitem__), and its argument errors
class Store:
    """A mapping-like object with only __getitem__ (raising KeyError when absent)."""
    def __init__(self, data):
        self.data = data
    def __getitem__(self, key):
        return self.data[key]
class Angry:
    def __getitem__(self, key):
        raise ValueError("no lookups here")
class MissingChain(ChainMap):
    def __missing__(self, key):
        return "chain-missing:%s" % (key,)
mixed = ChainMap({}, DefaultLike(), {"x": 1})
print(mixed["x"], mixed["q"])
chain = MissingChain({"a": 1}, Store({"b": 2}), OrderedDict(c=3))
print(chain["a"], chain["b"], chain["c"], chain["zz"], chain[(1, 2)])
attempt("ValueError propagates", lambda: ChainMap({}, Angry(), {"k": 1})["k"])
attempt("maps replaced", lambda: setattr(chain, "maps", ({"t": 1},)) or chain["t"])
attempt("maps not iterable", lambda: setattr(chain, "maps", 5) or chain["t"])
plain = ChainMap({"a": 1})
attempt("__getitem__()", plain.__getitem__)
attempt("__getitem__(1, 2)", plain.__getitem__, 1, 2)
attempt("__getitem__(key=)", lambda: plain.__getitem__(key="a"))
attempt("__getitem__(k=)", lambda: plain.__getitem__(k="a"))
attempt("__getitem__('a', key=)", lambda: plain.__getitem__("a", key="a"))
attempt("missing in subclass of dict maps", lambda: ChainMap({}, {})["nope"])
print(ChainMap.__getitem__(sub, "a"), sub.get("a"), sub.get("zz", "default"))
