# Descriptors: data vs non-data precedence, __get__ with None, property, classmethod, staticmethod.
class NonData:
    def __get__(self, obj, owner):
        return ("nondata", obj is None, owner.__name__)
class Data:
    def __get__(self, obj, owner):
        return ("data", obj is None)
    def __set__(self, obj, value):
        print("Data.__set__", value)
    def __delete__(self, obj):
        print("Data.__delete__")
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["s"] = value * 2

class C:
    nd = NonData()
    d = Data()
    s = SetOnly()
c = C()
print(c.nd, C.nd, c.d, C.d)
c.__dict__["nd"] = "instance wins over non-data"
c.__dict__["d"] = "data descriptor wins"
print(c.nd, c.d)
c.d = 5
del c.d
c.s = 4
print(c.s, C.__dict__["s"].__class__.__name__)

class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting x")
    @property
    def ro(self): return "read-only"
p = P()
p.x = 3
print(p.x, P.x.__doc__, type(P.x).__name__)
try:
    p.x = -1
except ValueError as e:
    print(e)
del p.x
try:
    p.ro = 1
except AttributeError as e:
    print(e)
try:
    del p.ro
except AttributeError as e:
    print(e)

class K:
    count = 0
    @classmethod
    def make(cls, *args): return (cls.__name__, args)
    @staticmethod
    def helper(a, b=2): return a + b
class L(K): pass
print(K.make(1), L.make(), L().make(2), K.helper(1), K().helper(1, 3))
print(type(K.__dict__["make"]).__name__, type(K.__dict__["helper"]).__name__)
sm = K.__dict__["helper"]
print(sm(5), sm.__func__(6), K.__dict__["make"].__func__(K))

# functions are non-data descriptors
def f(self): return ("f", self)
class M: pass
M.meth = f
m = M()
print(m.meth()[0], M.meth(1), f.__get__(m)()[0], f.__get__(None, M) is f)
bound = m.meth
print(bound.__self__ is m, bound.__func__ is f, bound == m.meth)

# __get__ on the owner type raising AttributeError falls back to __getattr__
class Raising:
    def __get__(self, obj, owner): raise AttributeError("from descriptor")
class WithGetattr:
    r = Raising()
    def __getattr__(self, name): return "fallback " + name
print(WithGetattr().r)
