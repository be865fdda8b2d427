class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return "trunc"
    def __abs__(self): return "abs"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
n = N()
print(int(n), float(n), round(n), round(n, 2), abs(n), -n, +n, ~n, [0, 1, 2, 3][n], "%d" % n if False else "")
class OnlyIndex:
    def __index__(self): return 5
print(int(OnlyIndex()), float(OnlyIndex()) if False else "", range(OnlyIndex()))
class OnlyFloat:
    def __float__(self): return 1.5
print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(e)
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(e)
class MyInt(int):
    def __add__(self, o): return "MyInt.add"
    def __radd__(self, o): return "MyInt.radd"
print(1 + MyInt(2), MyInt(2) + 1, MyInt(5) * 2, type(MyInt(5) * 2).__name__)
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
print(MyFloat(1.5), MyFloat(1.5) + 1, str(MyFloat(2.0)), f"{MyFloat(2.25):.1f}")
class S(str):
    def __len__(self): return 100
print(len(S("ab")), S("ab") + "c", type(S("ab") + "c").__name__, S("x").upper())
class L(list):
    def __getitem__(self, i): return ("L", i)
l = L([1, 2, 3])
print(l[0], list(l), [x for x in l], l[1:2], len(l))
class D(dict):
    def __missing__(self, k): return f"missing {k}"
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)
class S(str):
    def __len__(self): return 100
print(S("ab") + "c", type(S("ab") + "c").__name__, S("ab") * 2, 2 * S("ab"), type(S("a") * 2).__name__)
try:
    S("a") + 1
except TypeError as e:
    print(e)
try:
    1 + S("a")
except TypeError as e:
    print(e)
class L(list): pass
l = L([1]); l2 = l
l += [2]
print(l, l is l2, type(l).__name__, L([1]) + [3], type(L([1]) + [3]).__name__, L([0]) * 2)
class T(tuple): pass
print(T((1,)) + (2,), T((1,)) * 2, type(T((1,)) + (2,)).__name__)
class Add(str):
    def __add__(self, o): return NotImplemented
try:
    Add("x") + "y"
except TypeError as e:
    print(e)
