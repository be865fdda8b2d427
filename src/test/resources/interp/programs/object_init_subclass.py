# __init_subclass__ (with keyword arguments) and __set_name__.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print("init_subclass", cls.__name__, key)
        if key is not None:
            Plugin.registry[key] = cls

class P1(Plugin, key="one"): pass
class P2(Plugin): pass
class P3(P1, key="three"): pass
print(sorted(Plugin.registry), Plugin.registry["three"].__name__)

try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
try:
    class Bad2(object, unknown=1): pass
except TypeError as e:
    print(e)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    first = Field()
    second = Field()
    other = 5
m = Model()
m.first = "F"
print(m.first, m.second, Model.first.name)

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class Owner:
        attr = Boom()
except ValueError as e:
    print("ValueError", e, type(e.__context__))

# __set_name__ is not called for attributes added after class creation
Model.third = Field()
print(hasattr(Model.third, "name"))
class WithClassMethod:
    @classmethod
    def __init_subclass__(cls):
        print("classmethod init_subclass", cls.__name__)
class Child(WithClassMethod): pass
