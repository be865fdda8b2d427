# A metaclass overriding mro() decides the MRO of the classes it creates: it runs once the class
# namespace is filled, and its result must hold only classes with a compatible layout.
class A:
    def f(self): return "A"
class B(A): pass
class C(A):
    def f(self): return "C"
class D(B, C): pass
class Reversing(type):
    def mro(cls):
        order = type.mro(cls)
        order.reverse()
        return order
class X(D, B, C, A, metaclass=Reversing):
    pass
print([k.__name__ for k in X.__mro__], X().f())
class Logging(type):
    def mro(cls):
        print("mro() sees", sorted(k for k in vars(cls) if not k.startswith("__")))
        return super().mro()
class Y(metaclass=Logging):
    attr = 1
print([k.__name__ for k in Y.__mro__])
class Bad(type):
    def mro(cls):
        return [cls, 1, object]
try:
    class Z(metaclass=Bad): pass
except TypeError as e:
    print(e)
class Unsuitable(type):
    def mro(cls):
        return [cls, int, object]
try:
    class W(list, metaclass=Unsuitable): pass
except TypeError as e:
    print(e)
