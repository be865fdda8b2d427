import copy

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

# immutables are their own copies
for value in [1, 2.5, "s", (1, 2), b"b", frozenset([1]), None, Ellipsis, len, range(3), int, 3j, True]:
    print(type(value).__name__, copy.copy(value) is value, copy.deepcopy(value) is value)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t)[1] is t[1])
t2 = (1, (2, "x"))
print(copy.deepcopy(t2) is t2)

# containers
lst = [1, [2, 3], {"a": [4]}]
shallow = copy.copy(lst)
deep = copy.deepcopy(lst)
print(shallow == lst, shallow is lst, shallow[1] is lst[1], deep[1] is lst[1], deep[2]["a"] is lst[2]["a"], deep == lst)
d = {"k": [1], "j": {2, 3}}
print(copy.copy(d)["k"] is d["k"], copy.deepcopy(d)["k"] is d["k"], copy.deepcopy(d) == d)
s = {1, 2, 3}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s, copy.deepcopy(s) is s)
ba = bytearray(b"xyz")
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba), copy.deepcopy(ba) is ba)

# self-reference and sharing
rec = [1, 2]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[2] is r2, r2 is not rec, r2[:2])
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is not shared)
drec = {}
drec["me"] = drec
print(copy.deepcopy(drec)["me"] is not drec)
trec = ([],)
trec[0].append(trec)
tcopy = copy.deepcopy(trec)
print(tcopy[0][0] is tcopy, tcopy is not trec)

# memo argument
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], memo[id(x)] is y[0], id(memo) in memo)
z = copy.deepcopy(x, {id(x): "replaced"})
print(z)

# plain classes: __reduce_ex__ protocol
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

p = Point(1, [2])
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, pc.y is p.y, pd.y is p.y, type(pc) is Point)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)
sl2 = Slotted()
del sl2.b
c2 = copy.copy(sl2)
print(c2.a, hasattr(c2, "b"), c2.a is sl2.a)

class Both:
    __slots__ = ("s", "__dict__")
b = Both()
b.s = 1
b.d = 2
bc = copy.copy(b)
print(bc.s, bc.d)

class Hooks:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("  __copy__ called")
        return Hooks(self.v + 1)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called with memo", type(memo).__name__)
        return Hooks(self.v + 100)
print(copy.copy(Hooks(1)).v, copy.deepcopy(Hooks(1)).v, copy.deepcopy([Hooks(2)])[0].v)

class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "expensive"
    def __getstate__(self):
        state = dict(self.__dict__)
        del state["cache"]
        return state
    def __setstate__(self, state):
        print("  __setstate__", sorted(state))
        self.__dict__.update(state)
        self.cache = "rebuilt"
w = copy.deepcopy(WithState())
print(w.data, w.cache)

class Reducer:
    def __init__(self, *args):
        print("  init", args)
        self.args = args
    def __reduce__(self):
        return (Reducer, (1, [2]), None, iter([]), None)
r = copy.deepcopy(Reducer(0))
print(r.args)

class ListSub(list):
    pass
ls = ListSub([1, [2]])
ls.attr = "x"
lsc = copy.deepcopy(ls)
print(type(lsc).__name__, lsc, lsc.attr, lsc[1] is ls[1])
lss = copy.copy(ls)
print(type(lss).__name__, lss, lss.attr, lss[1] is ls[1])

class DictSub(dict):
    pass
ds = DictSub(a=[1])
dsc = copy.deepcopy(ds)
print(type(dsc).__name__, dsc, dsc["a"] is ds["a"])

class AsGlobal:
    def __reduce__(self):
        return "GLOBAL_NAME"
g = AsGlobal()
print(copy.copy(g) is g, copy.deepcopy(g) is g)

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(copy.copy(WithMeta) is WithMeta, copy.deepcopy(WithMeta) is WithMeta)

def func():
    pass
print(copy.copy(func) is func, copy.deepcopy(func) is func)

class HasMethod:
    def __init__(self):
        self.items = [1]
    def m(self):
        return self.items
obj = HasMethod()
bm = copy.deepcopy(obj.m)
print(bm() == obj.m(), bm.__self__ is obj, bm() is obj.items)

class NoReduce:
    def __reduce_ex__(self, proto):
        raise TypeError("cannot pickle NoReduce")
attempt("copy NoReduce", copy.copy, NoReduce())
attempt("deepcopy NoReduce", copy.deepcopy, NoReduce())

class Nothing:
    __reduce_ex__ = None
    __reduce__ = None
attempt("copy Nothing", copy.copy, Nothing())
attempt("deepcopy Nothing", copy.deepcopy, Nothing())
print(copy.error is copy.Error, issubclass(copy.Error, Exception))

# copy.replace
class Replaceable:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __replace__(self, **changes):
        values = {"a": self.a, "b": self.b}
        values.update(changes)
        return Replaceable(**values)
rp = copy.replace(Replaceable(1, 2), b=5)
print(rp.a, rp.b)
attempt("replace list", copy.replace, [1], x=1)
attempt("replace Point", copy.replace, Point(1, 2))
attempt("replace bad kw", copy.replace, Replaceable(1, 2), c=3)
import collections
print(copy.replace(collections.namedtuple("NT", "x y")(1, 2), y=9))
attempt("deepcopy generator", copy.deepcopy, (i for i in range(3)))
print(sorted(copy.__all__))

# copyreg's dispatch table takes precedence over __reduce_ex__
import copyreg
class Registered:
    def __init__(self, v):
        self.v = v
def reduce_registered(obj):
    print("  reducer called")
    return (Registered, (obj.v * 10,))
copyreg.pickle(Registered, reduce_registered)
print(copy.copy(Registered(1)).v, copy.deepcopy(Registered(2)).v)

# __reduce_ex__ receives protocol 4; dictitems and listitems are replayed
class Proto:
    def __reduce_ex__(self, protocol):
        print("  protocol", protocol)
        return (Proto, ())
copy.copy(Proto())
class Bag(dict):
    def __reduce_ex__(self, protocol):
        return (Bag, (), None, None, iter([("k", [1]), ("j", 2)]))
bag = copy.deepcopy(Bag())
print(type(bag).__name__, bag)
class Stack(list):
    def __reduce_ex__(self, protocol):
        return (Stack, (), {"name": "s"}, iter([[1], 2]))
st = copy.deepcopy(Stack())
print(type(st).__name__, st, st.name)
class StateWithSlots:
    __slots__ = ("a", "__dict__")
    def __reduce_ex__(self, protocol):
        return (StateWithSlots, (), ({"d": 1}, {"a": 2}))
sws = copy.copy(StateWithSlots())
print(sws.d, sws.a)
