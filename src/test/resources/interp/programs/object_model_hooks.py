# descriptors, metaclass hooks, __init_subclass__, __class_getitem__, __slots__ rules, properties, attribute hooks, PEP 667 locals(), deep builtin nesting under a low recursion limit
class Desc:
    def __set_name__(self, owner, name): self.name = name; print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None): return ('get', self.name, obj is None, objtype.__name__ if objtype else None)
    def __set__(self, obj, value): print('set', self.name, value)
    def __delete__(self, obj): print('delete', self.name)
class NonData:
    def __get__(self, obj, objtype=None): return 'nondata'
class C:
    d = Desc()
    n = NonData()
c = C()
print(c.d, C.d)
c.d = 5; del c.d
print(c.n); c.__dict__['n'] = 'inst'; print(c.n)
c.__dict__['d'] = 'inst'; print(c.d)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw); return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name); super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('call', a, k); return super().__call__(*a, **k)
class M(metaclass=Meta, flag=True):
    x = 1
print(M.injected, type(M).__name__, type(M()).__name__)
class Base:
    subs = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw); Base.subs.append((cls.__name__, tag))
class S1(Base, tag='a'): pass
class S2(S1): pass
print(Base.subs)
try:
    class S3(Base, bogus=1): pass
except TypeError as e: print(e)
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(G[int], G[int, str])
print(list[int], dict[str, list[int]], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
class Slotted:
    __slots__ = ('a', 'b')
s = Slotted(); s.a = 1
try: s.c = 2
except AttributeError as e: print(e)
try: print(s.b)
except AttributeError as e: print(e)
print(Slotted.a, type(Slotted.a).__name__, hasattr(s, '__dict__'))
try:
    class Bad: __slots__ = ('x',); x = 1
except ValueError as e: print(e)
try:
    class Bad2(int): __slots__ = ('x',)
except TypeError as e: print(e)
class P:
    @property
    def v(self): "the v"; return 1
    @v.setter
    def v(self, val): print('setv', val)
p = P(); print(p.v, P.v.__doc__); p.v = 3
try: del p.v
except AttributeError as e: print(e)
class Q:
    @property
    def ro(self): return 1
try: Q().ro = 2
except AttributeError as e: print(e)
class SM:
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return cls.__name__, x
print(SM.s(1), SM().s(2), SM.c(3), SM().c(4), SM.__dict__['s'].__func__.__name__, SM.__dict__['c'].__wrapped__.__name__)
class GA:
    def __getattr__(self, n): return 'ga_' + n
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError(n)
        return object.__getattribute__(self, n)
print(GA().foo, GA().boom)
class SA:
    def __setattr__(self, n, v): print('setattr', n, v); object.__setattr__(self, n, v)
    def __delattr__(self, n): print('delattr', n); object.__delattr__(self, n)
sa = SA(); sa.x = 1; del sa.x
def f():
    x = 1
    l = locals(); l['x'] = 2; l['y'] = 3
    return x, sorted(locals())
print(f())
class CL:
    a = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
import sys
sys.setrecursionlimit(200)
l = []
for i in range(1000): l = [l]
try: repr(l)
except RecursionError as e: print('RecursionError', e)
a = []; b = []
for i in range(1000): a = [a]; b = [b]
try: a == b
except RecursionError as e: print('RecursionError', e)
d = {}
for i in range(1000): d = {'k': d}
try: str(d)
except RecursionError as e: print('RecursionError', e)
for b in (int, tuple, bytes, str):
    for sl in (("x",), ("__weakref__",), ()):
        try:
            type("T", (b,), {"__slots__": sl}); print(b.__name__, sl, "ok")
        except TypeError as e: print(b.__name__, sl, e)
