def outer():
    n = 0
    def inc(step=1, *, twice=False):
        nonlocal n
        n += step * (2 if twice else 1)
        return n
    return inc
c = outer(); c(); c(2, twice=True); print(c())
def kw(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6))
for bad in [lambda: kw(), lambda: kw(1, 2, c=1, b=3), lambda: kw(1, c=1, zz=2) and None]:
    try: bad()
    except TypeError as e: print(e)
def f(x, y): return x + y
try: f(1)
except TypeError as e: print(e)
try: f(1, 2, 3)
except TypeError as e: print(e)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with CM() as m:
    raise KeyError("k")
print("after with")
def g():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError:
        yield "handled"
it = g(); print(next(it)); print(it.send("s")); print(it.throw(ValueError)); it.close()
a, *b, c = range(6); print(a, b, c)
print([x * y for x in range(3) for y in range(3) if x != y])
print(isinstance(True, int), issubclass(bool, object), hasattr(c, "real"), divmod(17, 5), round(2.675, 2), pow(2, 10, 1000))
print(min([3, 1, 2]), max("abc", key=ord), any([]), all([]), list(reversed([1, 2, 3])), list(enumerate("ab", 1)))
print(list(map(lambda v: v * 2, [1, 2])), list(filter(None, [0, 1, 2])), chr(65), ord("a"))
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print("recursion:", e)
x = 10
def uses_global():
    global x
    x += 1
uses_global(); print(x)
print(type(range(3)), range(1, 10, 2), len(range(0, 10, 3)), 5 in range(10))
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(m, name, bases, ns)
class T(metaclass=Meta, tag="hi"): pass
print(T.tag, type(T).__name__)
def undefined_local():
    print(zz)
    zz = 1
try: undefined_local()
except UnboundLocalError as e: print(e)
match {"a": 1, "b": [1, 2]}:
    case {"a": 1, "b": [_, y]}: print("matched", y)
import sys
print(sys.getrecursionlimit())
sys.exit(3)
