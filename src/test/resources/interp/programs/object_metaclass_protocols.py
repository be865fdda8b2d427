class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic" or type.__instancecheck__(cls, obj)
    def __subclasscheck__(cls, sub):
        return sub is int or type.__subclasscheck__(cls, sub)
    def __len__(cls): return 42
    def __iter__(cls): return iter(["x", "y"])
    def __contains__(cls, item): return item == "in"
    def __bool__(cls): return False
    def __getattr__(cls, name): return "meta getattr " + name
    @property
    def klass_prop(cls): return "prop on " + cls.__name__
    def __or__(cls, other): return ("or", cls.__name__, other)
    def __repr__(cls): return f"<{cls.__name__}>"
    def __eq__(cls, other): return isinstance(other, str) and other == cls.__name__
    __hash__ = type.__hash__
class K(metaclass=Meta):
    pass
print(isinstance("magic", K), isinstance(K(), K), isinstance(3, K), issubclass(int, K), issubclass(str, K))
print(len(K), list(K), "in" in K, bool(K), K.missing, K.klass_prop, K | 1, K, K == "K", {K: 1}[K])
try:
    K().klass_prop
except AttributeError as e:
    print(e)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes, type(R2).__name__)
class CounterMeta(type):
    def __call__(cls, *args):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args)
class Counted(metaclass=CounterMeta):
    def __init__(self, v): self.v = v
Counted(1); Counted(2)
print(Counted.instances)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class One(metaclass=Singleton): pass
print(One() is One())
print(type(K).__name__, type(type(K)).__name__, Meta.__mro__)
