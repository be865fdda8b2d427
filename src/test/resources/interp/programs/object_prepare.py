# Metaclasses: __prepare__, __new__/__init__ order, keyword arguments, the winning metaclass.
class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kwargs)
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("init", name, kwargs)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

class A(metaclass=Meta, flag=True):
    z = 1
    def b(self): pass
    a = 2

print(A, A.order, type(A))
a = A()
print(type(a).__name__)

class B(A):
    y = 3
print(B.order, type(B))

class OtherMeta(type): pass
class C(metaclass=OtherMeta): pass
try:
    class D(A, C): pass
except TypeError as e:
    print(e)

class SubMeta(Meta): pass
class E(metaclass=SubMeta): pass
class F(A, E): pass
print(type(F).__name__)

def factory(name, bases, ns):
    print("factory", name, sorted(k for k in ns if not k.startswith("__")))
    return 42
class G(metaclass=factory):
    x = 1
print(G)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class H(metaclass=BadPrepare): pass
except TypeError as e:
    print(e)
print(type("Dyn", (object,), {"v": 7}).v, type(3), type.__name__)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
