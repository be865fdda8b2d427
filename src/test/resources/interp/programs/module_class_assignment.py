import types, sys
class M(types.ModuleType):
    def __getattr__(self, name): return 'lazy:' + name
    @property
    def prop(self): return 'p' + self.__name__
m = types.ModuleType('zz')
m.a = 1
m.__class__ = M
print(type(m), m.a, m.missing, m.prop, m.__dict__['a'], isinstance(m, M))
m.b = 2; print(m.__dict__.keys())
m.__class__ = types.ModuleType
print(type(m))
try: m.missing
except AttributeError as e: print(e)
class A: pass
for t in (A, int, type('S', (types.ModuleType,), {'__slots__': ('x',)})):
    try: m.__class__ = t
    except TypeError as e: print(e)
s = M('s'); s.__class__ = types.ModuleType; print(type(s))
class N(types.ModuleType): pass
s2 = M('s2'); s2.__class__ = N; print(type(s2))
print(repr(m))
class Counted(types.ModuleType):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    def __setattr__(self, name, value):
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
c = Counted('c', 'x')
c.more = 'y'
print(c.extra, c.more, c.__name__, sorted(k for k in vars(c) if not k.startswith('__')))
import weakref
print(weakref.ref(c)() is c)
c.__class__ = M
print(c.whatever, type(c).__name__)
this = sys.modules[__name__]
class Lazy(types.ModuleType):
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        return value
this.__class__ = Lazy
print(sys.modules[__name__].abcdef, 'abcdef' in globals())
