import operator as op
import warnings
warnings.simplefilter("ignore", DeprecationWarning)

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

binary = ["lt", "le", "eq", "ne", "ge", "gt", "is_", "is_not", "add", "and_", "floordiv", "lshift", "mod",
          "mul", "or_", "pow", "rshift", "sub", "truediv", "xor", "concat", "contains", "countOf", "indexOf",
          "getitem", "iadd", "iand", "ifloordiv", "ilshift", "imod", "imul", "ior", "ipow", "irshift", "isub",
          "itruediv", "ixor", "iconcat"]
pairs = [(7, 3), (2.5, 2), (True, 3), ([1, 2], [3]), ("ab", "b"), ((1, 2), 1), ({1, 2}, {2, 3}), (5, 0), ("x", 3), (None, None), (-7, 2)]
def attempt_builtin(label, function, *args):
    """Like attempt, for operations whose errors come from the builtin types: only the
    exception type is shown (several builtin messages changed in 3.14)."""
    try:
        result = function(*args)
    except Exception as e:
        print(label, "raises", type(e).__name__)
    else:
        print(label, "->", repr(result))

for name in binary:
    function = getattr(op, name)
    for a, b in pairs:
        attempt_builtin(f"{name}({a!r}, {b!r})", function, a, b)
unary = ["not_", "truth", "abs", "index", "inv", "invert", "neg", "pos"]
for name in unary:
    for a in [0, 5, -2.5, True, "", [1], None, 3j]:
        attempt(f"{name}({a!r})", getattr(op, name), a)
class Idx:
    def __index__(self):
        return 7
class BadIdx:
    def __index__(self):
        return "x"
print(op.index(Idx()), op.index(True) is True)
attempt("bad index", op.index, BadIdx())

class Matrix:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return Matrix(self.v * other.v)
    def __imatmul__(self, other):
        self.v += other.v
        return self
m = Matrix(3)
print(op.matmul(m, Matrix(4)).v, op.imatmul(m, Matrix(2)) is m, m.v)
attempt("matmul ints", op.matmul, 1, 2)

# in-place on mutable objects mutates
lst = [1]
print(op.iadd(lst, [2]) is lst, lst, op.iconcat(lst, (3,)) is lst, lst)
s = {1}
print(op.ior(s, {2}) is s, s)
attempt("iconcat int", op.iconcat, 1, 2)
attempt("concat dict", op.concat, {}, {})
attempt("concat list tuple", op.concat, [1], (2,))

d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.getitem([1, 2, 3], slice(1, None)))
attempt("delitem missing", op.delitem, d, "zz")
attempt("getitem index", op.getitem, [1], 5)
print(op.countOf([1, 2, 1, 1.0, True], 1), op.countOf("banana", "a"), op.indexOf([3, 4, 5], 5))
nan = float("nan")
print(op.countOf([nan, nan], nan), op.indexOf([1, nan], nan))
attempt("indexOf missing", op.indexOf, [1], 2)
attempt("countOf int", op.countOf, 1, 1)
attempt("indexOf int", op.indexOf, 1, 1)
attempt_builtin("contains int", op.contains, 1, 1)

print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2, 3])), op.length_hint(x for x in []), op.length_hint(5), op.length_hint(5, 9))
attempt("length_hint bad default", op.length_hint, 1, "x")
class Hint:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        if self.v == "raise":
            raise TypeError("nope")
        return self.v
for v in [-1, "x", NotImplemented, 5, 2 ** 100, "raise", True]:
    attempt(f"hint {v!r}", op.length_hint, Hint(v), 42)
class BadLen:
    def __len__(self):
        raise ValueError("bad len")
attempt("bad len", op.length_hint, BadLen())

print(op.call(max, 1, 5, 2), op.call(dict, a=1), op.is_(None, None), op.is_not(None, 0))

# attrgetter / itemgetter / methodcaller
class Name:
    first = "Ada"
    last = "Lovelace"
class Person:
    name = Name()
    age = 36
f = op.attrgetter("age")
g = op.attrgetter("name.first", "name.last", "age")
print(f(Person), g(Person), repr(f), repr(g), op.attrgetter("name.first")(Person))
attempt("attr missing", f, 1)
attempt("attr no arg", f)
attempt("attr two args", f, 1, 2)
attempt("attr kwargs", f, obj=1)
attempt("attr non-str", op.attrgetter, 1)
attempt("attr non-str 2", op.attrgetter, "a", 1)
attempt("attr none", op.attrgetter)
attempt("attr trailing dot", op.attrgetter("a."), Person)
attempt("attr empty", op.attrgetter(""), 1)
print(op.attrgetter("age").__reduce__()[1], type(op.attrgetter("x")).__name__)

i1 = op.itemgetter(1)
i3 = op.itemgetter(0, -1, slice(1, 3))
print(i1("abc"), i3([1, 2, 3, 4]), repr(i1), repr(i3), repr(op.itemgetter("k")), op.itemgetter("k")({"k": 5}))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)))
attempt("item none", op.itemgetter)
attempt("item no arg", i1)
attempt("item missing", i1, [])
attempt("item kwargs", i1, obj=[1, 2])
print(i3.__reduce__()[1][:2])

mc = op.methodcaller("split", ",", maxsplit=1)
print(mc("a,b,c"), repr(mc), repr(op.methodcaller("upper")), op.methodcaller("upper")("x"))
print(repr(op.methodcaller("m", 1, [2], k={"x": 3})))
attempt("mc none", op.methodcaller)
attempt("mc non-str", op.methodcaller, 1)
attempt("mc no arg", op.methodcaller("x"))
attempt("mc missing", op.methodcaller("nope"), 1)
r = mc.__reduce__()
print(r[0](*r[1])("x,y,z"))
print(op.methodcaller("upper").__reduce__()[1])

print(op.__add__ is op.add, op.__and__ is op.and_, op.__not__ is op.not_, op.__invert__ is op.invert,
      op.__iadd__ is op.iadd, op.__call__ is op.call, op.__contains__ is op.contains, op.inv is not None)
print(all(name in op.__all__ for name in ['abs', 'add', 'attrgetter', 'call', 'countOf', 'itemgetter', 'length_hint', 'methodcaller', 'truth', 'xor']))
print(op.truth.__doc__, op.add.__name__)
