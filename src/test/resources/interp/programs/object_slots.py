# __slots__: no __dict__, member descriptors, inheritance, __dict__/__weakref__ in slots, errors.
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S()
print(s.a, hasattr(s, "__dict__"), type(S.a).__name__)
try:
    s.b
except AttributeError as e:
    print(e)
try:
    s.c = 3
except AttributeError as e:
    print(e)
s.b = 2
del s.b
try:
    del s.b
except AttributeError as e:
    print(e)
class T(S):
    pass
t = T()
t.c = 5
print(t.c, t.__dict__)
class U(S):
    __slots__ = ("c",)
u = U()
u.a, u.c = 1, 3
print(u.a, u.c, hasattr(u, "__dict__"))
class V:
    __slots__ = ("x", "__dict__")
v = V()
v.x = 1; v.y = 2
print(v.x, v.__dict__)
class W:
    __slots__ = "single"
w = W(); w.single = "one"
print(w.single, W.__slots__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(e)
try:
    class Dup:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(e)
try:
    class A1:
        __slots__ = ("a",)
    class B1:
        __slots__ = ("b",)
    class C1(A1, B1): pass
except TypeError as e:
    print(e)
class Private:
    __slots__ = ("__p",)
    def __init__(self): self.__p = 1
    def get(self): return self.__p
print(Private().get(), "_Private__p" in Private.__dict__)
