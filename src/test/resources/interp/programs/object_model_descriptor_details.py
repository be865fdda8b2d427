# Details of builtin descriptors and bound objects: method equality, a bound method's __get__,
# binding a super subclass, dir() without duplicates, __dict__ of a class whose metaclass
# derives from a plain class, pickling state with odd __slotnames__, ord() of str subclasses.

# bound builtin methods and method-wrappers compare by receiver and underlying method
items = []
print(items.append == items.append, items.append != items.append)
print(items.append == [].append, items.append == items.extend)
print(items.__add__ == items.__add__, items.__add__ == [].__add__, (1).__add__ == (1).__add__)
print(hash(items.append) == hash(items.append), hash(items.__len__) == hash(items.__len__))
print(len({items.append, items.append, items.pop}))
print(len.__eq__(len) is True, len == abs)


# a bound method is not rebound by __get__
class Owner:
    def who(self):
        return self

class Other:
    pass

owner, other = Owner(), Other()
other.who = owner.who.__get__(other, Other)
print(other.who() is owner)
Other.shared = owner.who      # a bound method as class attribute stays bound
print(Other().shared() is owner)


# a super subclass binds through its own type
class Base:
    def hello(self):
        return "Base.hello"

class Derived(Base):
    pass

class LoggingSuper(super):
    def __getattribute__(self, name):
        value = super().__getattribute__(name)
        return value

unbound = LoggingSuper(Derived)
bound = unbound.__get__(Derived())
print(type(bound).__name__, bound.hello())

class ViaClassAttr(Base):
    def hello(self):
        return "ViaClassAttr>" + self._ViaClassAttr__up.hello()

ViaClassAttr._ViaClassAttr__up = LoggingSuper(ViaClassAttr)
print(ViaClassAttr().hello(), type(ViaClassAttr()._ViaClassAttr__up).__name__)


# dir(): each name once
class Plain:
    """documented"""
    x = 1

p = Plain()
p.y = 2
names = dir(p)
print(len(names) == len(set(names)), names == sorted(names), "__doc__" in names, "y" in names)
print([n for n in dir(Plain) if not n.startswith("__")], [n for n in names if not n.startswith("__")])


class Fake:
    """An object claiming another class: dir() shows that class's names."""
    @property
    def __class__(self):
        return Plain

print("x" in dir(Fake()))


# __dict__ of a class whose metaclass also derives from a plain class
class Mixin:
    pass

class Meta(type, Mixin):
    pass

class WithMeta(metaclass=Meta):
    attr = 5

descr = Mixin.__dict__["__dict__"]
print(type(descr.__get__(WithMeta)).__name__, descr.__get__(WithMeta)["attr"])
for action in (lambda: descr.__set__(WithMeta, {}), lambda: descr.__delete__(WithMeta)):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


# __reduce_ex__ reads the slot names through getattr; names must be strings
class Name(str):
    pass

class Slotted:
    __slotnames__ = [Name("spam")]
    def __getattr__(self, name):
        if name == "spam":
            return 42
        raise AttributeError(name)

print(Slotted().__reduce_ex__(2)[2])
Slotted.__slotnames__ = [7]
try:
    Slotted().__reduce_ex__(2)
except TypeError as e:
    print("TypeError", e)


# ord() of str and bytes subclasses uses their value
class Letter(str):
    def __str__(self):
        return "not used"

class Byte(bytes):
    pass

print(ord(Letter("A")), ord(Byte(b"z")))
try:
    ord(Letter("AB"))
except TypeError as e:
    print("TypeError", e)


# a module subclass that also derives from a plain class keeps its namespace read-only
import types

class ModuleWithMixin(Mixin, types.ModuleType):
    pass

module = ModuleWithMixin("spam")
for action in (lambda: setattr(module, "__dict__", {}), lambda: delattr(module, "__dict__")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
module.__dict__["eggs"] = 1
print(type(module.__dict__).__name__, module.eggs)


# an exception whose class also derives from a plain class: __dict__ replaceable, not deletable
class WithMixinFirst(Mixin, Exception):
    pass

for exc in (WithMixinFirst(), ValueError()):
    exc.__dict__ = {"a": 1}
    try:
        del exc.__dict__
    except TypeError as e:
        print(type(exc).__name__, exc.a, "TypeError", e)
