# __classcell__/__classdictcell__ leave the class dict (and a metaclass that drops or replaces them is an error); __weakref__
class Meta(type):
    def __new__(m, name, bases, ns):
        ns2 = {k: v for k, v in ns.items() if k != '__classcell__'}
        return super().__new__(m, name, bases, ns2)
try:
    class C(metaclass=Meta):
        def f(self): return __class__
except RuntimeError as e:
    print('RuntimeError', e)
class Meta2(type):
    def __new__(m, name, bases, ns):
        ns['__classcell__'] = 5
        return super().__new__(m, name, bases, ns)
try:
    class D(metaclass=Meta2):
        pass
except TypeError as e:
    print('TypeError', e)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print('init_subclass', cls.__name__, cls.hello())
class E(Base):
    @classmethod
    def hello(cls): return super().__name__ if False else __class__.__name__
import weakref
class W: pass
w = W()
print(w.__weakref__)
r = weakref.ref(w)
print(w.__weakref__ is r, '__weakref__' in W.__dict__, W.__dict__['__weakref__'])
class S: __slots__ = ('a',)
print('__weakref__' in S.__dict__, hasattr(S(), '__weakref__'))
class SW(S): __slots__ = ('__weakref__',)
print('__weakref__' in SW.__dict__, SW().__weakref__)
class Sub(W): pass
print('__weakref__' in Sub.__dict__)
class K:
    def m(self): return __class__
print(sorted(k for k in K.__dict__ if k.startswith("__class")))
