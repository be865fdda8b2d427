# copyreg: the dispatch table used by copy and pickle, the protocol 0/1 reductions of
# object.__reduce_ex__, _slotnames, and the extension registry.
import copy
import copyreg
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


def reduce_point(point):
    return Point, (point.x * 10, point.y * 10)


copyreg.pickle(Point, reduce_point)
print(copy.copy(Point(1, 2)), copy.deepcopy([Point(3, 4)]))
print(pickle.loads(pickle.dumps(Point(5, 6))))
print(copyreg.dispatch_table[complex](3 + 4j), Point in copyreg.dispatch_table)
union_reduction = copyreg.dispatch_table[type(int | str)](int | str)
print(union_reduction[0].__name__, union_reduction[1][0].__name__, union_reduction[1][1])
del copyreg.dispatch_table[Point]
for bad in (lambda: copyreg.pickle(Point, 42), lambda: copyreg.pickle(Point, reduce_point, 1),
            lambda: copyreg.constructor('x')):
    try:
        bad()
    except TypeError as err:
        print('TypeError:', err)


class Name(str):
    pass


class Plain:
    pass


class Slotted:
    __slots__ = ('a', '__b', '__dict__', '__weakref__')


class _Hidden:
    __slots__ = ('__c',)


class Child(Slotted):
    __slots__ = 'd'


named = Name('abc')
named.extra = 1
reduced = copyreg._reduce_ex(named, 1)
print(reduced[0] is copyreg._reconstructor, reduced[1], reduced[2])
rebuilt = copyreg._reconstructor(*reduced[1])
print(type(rebuilt).__name__, rebuilt, copyreg._reconstructor(Plain, object, None).__class__.__name__)
plain = Plain()
print(copyreg._reduce_ex(plain, 0)[1:])
plain.v = 5
print(copyreg._reduce_ex(plain, 0)[1:])
for obj in (Slotted(), 3):
    try:
        print(copyreg._reduce_ex(obj, 1))
    except TypeError as err:
        print('TypeError:', err)
print(copyreg._slotnames(Plain), copyreg._slotnames(Slotted), copyreg._slotnames(Child),
      copyreg._slotnames(_Hidden), Child.__slotnames__)
print(copyreg.__newobj__(Name, 'xy'), copyreg.__newobj_ex__(dict, (), {'a': 1}))
for protocol in range(6):
    print(protocol, pickle.loads(pickle.dumps(named, protocol)), pickle.loads(pickle.dumps(
        [plain.__dict__, 1 + 2j], protocol)))

copyreg.add_extension('mod', 'name', 240)
copyreg.add_extension('mod', 'name', 240)
for call in (lambda: copyreg.add_extension('mod', 'name', 241),
             lambda: copyreg.add_extension('mod', 'other', 240),
             lambda: copyreg.add_extension('mod', 'x', 0),
             lambda: copyreg.remove_extension('mod', 'name', 241)):
    try:
        call()
    except ValueError as err:
        print('ValueError:', err)
print(copyreg._extension_registry[('mod', 'name')], copyreg._inverted_registry[240])
copyreg.remove_extension('mod', 'name', 240)
copyreg.clear_extension_cache()
print(('mod', 'name') in copyreg._extension_registry, copyreg.__all__)
