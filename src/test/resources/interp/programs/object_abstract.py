# Abstract classes the way abc implements them: a metaclass collects the names whose value has
# a true __isabstractmethod__ and assigns cls.__abstractmethods__ (abc itself is not used here).
def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f

class MiniABCMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstracts = {n for n, v in ns.items() if getattr(v, "__isabstractmethod__", False)}
        for base in bases:
            for n in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, n, None), "__isabstractmethod__", False):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls

class Shape(metaclass=MiniABCMeta):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name()} of area {self.area()}"

class Half(Shape):
    def area(self): return 1

class Square(Half):
    def name(self): return "square"

for cls in (Shape, Half, Square):
    try:
        print(cls.__name__, sorted(cls.__abstractmethods__), cls().describe())
    except TypeError as e:
        print(e)

class Prop(metaclass=MiniABCMeta):
    @property
    @abstractmethod
    def value(self): ...
try:
    Prop()
except TypeError as e:
    print(e)
print(Prop.__dict__["value"].__isabstractmethod__)

# assigning and deleting __abstractmethods__ directly
class Plain: pass
Plain.__abstractmethods__ = frozenset({"x"})
try:
    Plain()
except TypeError as e:
    print(e)
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)
del Plain.__abstractmethods__
try:
    del Plain.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
try:
    Plain.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__abstractmethods__ = frozenset()
except TypeError as e:
    print(e)
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
# the flag is not inherited: a subclass of an abstract class without its own assignment works
class Child(Plain): pass
Plain.__abstractmethods__ = frozenset({"y"})
print(type(Child()).__name__)
class Methods(metaclass=MiniABCMeta):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
    @staticmethod
    def concrete(): ...
print(sorted(Methods.__abstractmethods__), Methods.__dict__["concrete"].__isabstractmethod__)
class M2(type): pass
class UsesMeta(metaclass=M2):
    attr = 1
print(UsesMeta.__dict__["attr"], type(UsesMeta.__dict__).__name__)
