# globals(), locals(), vars(), dir() with and without arguments
import sys

module_level = 1
print("globals is module dict:", globals() is sys.modules[__name__].__dict__)
print("locals at module level:", locals() is globals())
print("vars() at module level:", vars() is globals())
print("dir() at module level:", [n for n in dir() if not n.startswith("__")])


def f(a, *args, k=3, **kw):
    inner = 5
    print("locals:", locals())
    print("vars():", vars())
    print("dir():", dir())
    l1 = locals()
    l1["inner"] = 99
    print("snapshot:", inner, l1 is not locals())
    return globals() is sys.modules[__name__].__dict__


print("function globals:", f(1, 2, k=4, z=0))


class C:
    attr = 1

    def method(self):
        return sorted(k for k in locals())

    print("class body dir:", dir())
    print("class body vars is locals:", vars() is locals())


obj = C()
obj.x = 10
print("vars(obj):", vars(obj))
print("vars(C) keys:", sorted(k for k in vars(C) if not k.startswith("__")))
print("vars(module) is dict:", vars(sys) is sys.__dict__)
for bad in (1, "s", [1]):
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError:", e)
print("dir(obj):", [n for n in dir(obj) if not n.startswith("__")])
print("dir(C):", [n for n in dir(C) if not n.startswith("__")])
print("dir(int) has bit_length:", "bit_length" in dir(int), dir(int) == sorted(dir(int)))
print("dir(type) has mro:", "mro" in dir(type), "__name__" in dir(C))
print("dir(module):", [n for n in dir(sys) if n in ("path", "argv", "modules")])


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]


print("custom __dir__:", dir(Custom()))


class BadDir:
    def __dir__(self):
        return 5


try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)


def no_args_super():
    class Base:
        def hello(self):
            return "base hello"

    class Derived(Base):
        def hello(self):
            return "derived+" + super().hello()

        @classmethod
        def make(cls):
            return super().__new__(cls)

    return Derived().hello(), type(Derived.make()).__name__


print("super():", no_args_super())


def super_outside():
    return super()


try:
    super_outside()
except RuntimeError as e:
    print("RuntimeError:", e)


class NoArgMethod:
    def m():
        return super()


try:
    NoArgMethod.m()
except RuntimeError as e:
    print("RuntimeError:", e)


class DeletedSelf:
    def m(self):
        del self
        return super()


try:
    DeletedSelf().m()
except RuntimeError as e:
    print("RuntimeError:", e)
