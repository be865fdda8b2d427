from collections import OrderedDict
import copy
import pickle

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

od = OrderedDict([("b", 2), ("a", 1)], c=3)
print(od, list(od), list(reversed(od)), od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
od["d"] = 4
od["b"] = 20
print(od)
od.move_to_end("b")
print(list(od))
od.move_to_end("d", last=False)
print(list(od), od)
od.move_to_end("d", False)
print(list(od))
attempt("move missing", od.move_to_end, "zz")
print(od.popitem(), od.popitem(last=False), od)
attempt("popitem empty", OrderedDict().popitem)
attempt("popitem empty first", OrderedDict().popitem, last=False)
print(od.pop("a"), od.pop("zz", "default"), od)
attempt("pop missing", od.pop, "zz")
print(od.setdefault("x", 9), od.setdefault("x", 10), od)
del od["x"]
print(od, "x" in od, len(od))
attempt("del missing", od.__delitem__, "zz")

# equality
a = OrderedDict([(1, 1), (2, 2)])
b = OrderedDict([(2, 2), (1, 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, a == {1: 1, 2: 2}, a == [(1, 1), (2, 2)])
print(a == OrderedDict([(1, 1), (2, 2)]), a != OrderedDict([(1, 1), (2, 2)]))
print(OrderedDict.__hash__ is None)

# other methods
print(OrderedDict.fromkeys("cab"), OrderedDict.fromkeys("xy", 0))
c = a.copy()
c[3] = 3
print(c, a, type(c).__name__)
print(copy.copy(a), copy.deepcopy(OrderedDict(k=[1])), pickle.loads(pickle.dumps(b)))
u = OrderedDict(z=1)
u.update([("y", 2)], x=3)
u.update({"z": 0})
print(u)
print(a | {3: 3}, {0: 0} | a, type({0: 0} | a).__name__)
a |= {9: 9}
print(a)
print(OrderedDict(), repr(OrderedDict()), str(OrderedDict(a=1)))
rec = OrderedDict()
rec["self"] = rec
print(rec)
e = OrderedDict(a=1)
e.clear()
print(e, len(e))
keys = OrderedDict(a=1, b=2).keys()
print("a" in keys, keys & {"a", "z"}, len(keys), keys == {"a", "b"})
print(("a", 1) in OrderedDict(a=1).items(), 1 in OrderedDict(a=1).values())
class Sub(OrderedDict):
    pass
s = Sub(a=1)
s.move_to_end("a", last=False)
print(s, s.copy(), type(s.copy()).__name__)
it = OrderedDict(a=1, b=2)
def mutate():
    for k in it:
        it["new" + k] = 1
attempt("mutate during iteration", mutate)
print(list(OrderedDict.fromkeys("mississippi")))
print(isinstance(OrderedDict(), dict), issubclass(OrderedDict, dict))
m = OrderedDict((i, i) for i in range(6))
for k in [3, 0, 5]:
    m.move_to_end(k, last=False)
print(list(m))
m.move_to_end(2)
print(list(m), m.popitem(False), m.popitem(True), list(m))
