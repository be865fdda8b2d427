# __getattribute__ ordering with data descriptors on the type, __set_name__ timing, __slots__ with descriptors
import sys
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Point:
    x = Typed(int)
    y = Typed(int)
    __slots__ = ("_x", "_y")
    def __init__(self, x, y): self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y)
try:
    p.x = "no"
except TypeError as e:
    print(e)
class Cached:
    def __init__(self, func): self.func = func; self.__doc__ = func.__doc__
    def __set_name__(self, owner, name): self.attr = name
    def __get__(self, obj, cls):
        if obj is None: return self
        value = obj.__dict__[self.attr] = self.func(obj)
        return value
class Data:
    calls = 0
    @Cached
    def expensive(self):
        "computes once"
        Data.calls += 1
        return 99
d = Data()
print(d.expensive, d.expensive, Data.calls, Data.expensive.__doc__)
class GetattributeAll:
    def __getattribute__(self, name):
        if name == "__class__":
            return int
        return f"ga:{name}"
g = GetattributeAll()
print(g.anything, g.__class__, type(g).__name__, isinstance(g, int), isinstance(g, GetattributeAll))
class Lookup:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    getattr(Lookup(), "missing", "default")
except KeyError as e:
    print("KeyError escapes getattr default:", e)
print(hasattr(Lookup, "x"))
