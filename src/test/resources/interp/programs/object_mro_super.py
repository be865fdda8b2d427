class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
class E:
    def __init__(self, **kw):
        print("E init", kw)
class F(E):
    def __init__(self, x, **kw):
        super().__init__(**kw)
        print("F init", x)
F(1, y=2)
class Meta(type):
    def method(cls): return "meta method of " + cls.__name__
class M(metaclass=Meta): pass
print(M.method(), hasattr(M(), "method"))
class G(B):
    @classmethod
    def cm(cls): return super().who
    @staticmethod
    def sm():
        try:
            super()
        except RuntimeError as e:
            return str(e)
print(G.cm().__name__, G.sm())
def explicit_super():
    # (a module-level use of the name super would turn off LOAD_SUPER_ATTR everywhere)
    print(super(B, D()).who(), super(D, D()).who())
    s = super(B, D())
    print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)
explicit_super()
class H:
    def __init__(self):
        self.a = 1
    def f(self):
        return __class__.__name__
print(H().f())
class WithSlotsBase:
    __slots__ = ()
class Mix(WithSlotsBase, dict): pass
print(Mix.__mro__[1].__name__, isinstance(Mix(), dict))
print(issubclass(D, (int, A)), isinstance(D(), C), issubclass(bool, int), D.__bases__)
D.extra = lambda self: "added later"
print(D().extra())
B.who = lambda self: ["B2"] + super(B, self).who()
print(D().who())
class Base:
    x = "base"
class Derived(Base): pass
d = Derived()
print(d.x)
Base.x = "changed"
print(d.x)
del Base.x
try:
    d.x
except AttributeError as e:
    print(e)
Derived.__bases__ = (A,)
print(Derived.__mro__, Derived().who())
