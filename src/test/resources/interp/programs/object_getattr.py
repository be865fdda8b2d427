# __getattr__, __getattribute__, __setattr__, __delattr__, object.__getattribute__, dir.
class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("no"):
            raise AttributeError(f"nothing called {name}")
        return "computed " + name
l = Lazy()
print(l.real, l.virtual, getattr(l, "nope", "default"), hasattr(l, "nothing"))
try:
    l.nothing
except AttributeError as e:
    print(e)

class Logged:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        value = object.__getattribute__(self, name)
        return value
    def __getattr__(self, name):
        return "getattr " + name
g = Logged()
print(g.x, g.secret, g.other)

class Tracked:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
t = Tracked()
t.a = 5
print(t.a, t.__dict__)
del t.a
try:
    del t.a
except AttributeError as e:
    print(e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target: pass
tg = Target()
px = Proxy(tg)
px.v = 9
print(tg.v, px.v, "v" in tg.__dict__, "v" in px.__dict__)
print(len(px.__class__.__name__))

# special methods are looked up on the type, not the instance
class Special:
    def __len__(self): return 3
sp = Special()
sp.__len__ = lambda: 99
print(len(sp), sp.__len__())

print(getattr(1, "real"), getattr(Special, "__len__").__name__)
try:
    getattr(l, 5)
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
