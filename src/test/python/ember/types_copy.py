# types (names, new_class, SimpleNamespace, GenericAlias-free parts), copyreg and object.__reduce_ex__ via copy
import types, copy, copyreg
from collections import UserList, UserDict, OrderedDict, namedtuple

print([t.__name__ for t in (types.FunctionType, types.LambdaType, types.MethodType, types.BuiltinFunctionType,
                            types.ModuleType, types.NoneType, types.GeneratorType, types.CodeType, types.CellType,
                            types.MappingProxyType, types.NotImplementedType, types.EllipsisType)])
ns = types.SimpleNamespace(a=1, b=[2]); ns.c = 'x'
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c='x'), vars(ns) if hasattr(__builtins__, 'vars') else ns.__dict__)
m = types.ModuleType('m', 'the doc'); m.x = 1; print(m.__name__, m.__doc__, m.x)
def body(ns):
    ns['greet'] = lambda self: 'hi ' + self.name
    ns['name'] = 'class attr'
Greeter = types.new_class('Greeter', (), {}, body)
print(Greeter.__name__, Greeter().greet())
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls
K = types.new_class('K', (object,), {'metaclass': Meta, 'flag': 1})
print(type(K).__name__, K.extra)
print(types.prepare_class('P', (), {'metaclass': Meta, 'x': 2})[0].__name__, types.resolve_bases((int, str)))
class Fake:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((Fake(), int)), type(types.get_original_bases(types.new_class('Q', (Fake(),)))[0]).__name__)
print(types.get_original_bases(Greeter))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
class Slotted:
    __slots__ = ('a', '__b')
    def __init__(self):
        self.a = [1, 2]
        self.__b = 'secret'
    def b(self):
        return self.__b
class Both(Point):
    __slots__ = ('z',)
p = Point(1, [2, 3])
q = copy.deepcopy(p); q.y.append(4); print(p, q, copy.copy(p).y is p.y)
s = copy.deepcopy(Slotted()); print(s.a, s.b(), copyreg._slotnames(Slotted))
b = Both(5, 6); b.z = 7; c = copy.copy(b); print(c, c.z)
print(p.__reduce_ex__(2)[0] is copyreg.__newobj__, p.__reduce_ex__(2)[1] == (Point,), p.__reduce_ex__(2)[2])
print(p.__getstate__(), object().__getstate__() if hasattr(object, '__getstate__') else None, Slotted().__getstate__())
ul = UserList([1, [2]]); ul2 = copy.deepcopy(ul); ul2[1].append(3); print(ul, ul2, type(ul2).__name__)
ud = UserDict(a=[1]); print(copy.deepcopy(ud), copy.copy(ud) == ud)
print(copy.copy(OrderedDict(a=1)), copy.deepcopy(OrderedDict(b=[1])))
class ListSub(list):
    pass
ls = ListSub([1, [2]]); ls.tag = 't'; ls2 = copy.deepcopy(ls); print(ls2, type(ls2).__name__, ls2.tag, ls2[1] is ls[1])
class DictSub(dict):
    pass
ds = copy.deepcopy(DictSub(k=[1])); print(ds, type(ds).__name__)
class WithArgs:
    def __init__(self, n):
        self.n = n
    def __getnewargs__(self):
        return (self.n,)
    def __new__(cls, n):
        obj = super().__new__(cls)
        obj.n = n
        return obj
print(copy.copy(WithArgs(9)).n, WithArgs(3).__reduce_ex__(2)[1][1:])
class Custom:
    def __reduce__(self):
        return (Custom, ())
print(type(copy.copy(Custom())).__name__, Custom().__reduce_ex__(2))
copyreg.pickle(complex if hasattr(__builtins__, 'complex') else Point, lambda o: (Point, (0, 0)))
print(len(copyreg.dispatch_table) >= 1)
try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print(e)
