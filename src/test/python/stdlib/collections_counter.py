from collections import Counter
import copy
import pickle

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

c = Counter("abracadabra")
print(c, c["a"], c["z"], "z" in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), Counter(a=1, b=2), Counter({"x": 3}), Counter([1, 1, 2]), Counter(Counter("aab")))
attempt("fromkeys", Counter.fromkeys, "abc")
c.update("zzz")
c.update({"a": 10})
c.update(b=1)
c.update(None)
print(c)
c.subtract("aaa")
c.subtract({"z": 5})
c.subtract(q=1)
print(c)
del c["never"]
del c["q"]
print(c, c.copy(), type(c.copy()).__name__)
ties = Counter("bbaacc")
print(ties.most_common(), ties.most_common(2))
x = Counter(a=3, b=1, c=-2)
y = Counter(a=1, b=2, d=4, c=1)
print(x + y, x - y, x | y, x & y, +x, -x)
print(y - x, y | x, y & x)
x2 = Counter(x)
x2 += y
print(x2)
x2 = Counter(x)
x2 -= y
print(x2)
x2 = Counter(x)
x2 |= y
print(x2)
x2 = Counter(x)
x2 &= y
print(x2)
for op in ["+", "-", "|", "&"]:
    attempt("counter " + op + " dict", eval, "Counter(a=1) " + op + " {'a': 1}")
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {"a": 1}, Counter() == Counter(x=0))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=1) > Counter(), Counter(a=1) < Counter(a=2, b=-1))
attempt("lt dict", lambda: Counter() < {})
attempt("hash", hash, Counter())
print(repr(Counter({1: "b", 2: "a"})), repr(Counter({"x": 1.5, "y": 2})))
print(Counter({"a": None, "b": 1}).__repr__())
print(copy.deepcopy(Counter(a=[1]) if False else Counter("aa")), pickle.loads(pickle.dumps(Counter("xyx"))))
print(Counter("hello world").most_common(3))
class Sub(Counter):
    pass
s = Sub("aab")
print(s, s.copy(), type(s.copy()).__name__, type(s + s).__name__)
print(Counter(a=5).get("a"), Counter(a=5).get("b"), Counter(a=5).get("b", 7))
print(sum(Counter("aaab").values()), Counter("abc").keys())
n = Counter(a=0, b=-1, c=2)
print(+n, -n, n)
print(Counter("aab") == Counter("aba"), list(Counter("bca")))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(2), Counter(map(len, words)))
print(Counter(a=1.5) + Counter(a=0.5), Counter(a=True) + Counter(a=1))
