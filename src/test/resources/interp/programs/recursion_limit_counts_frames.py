# sys.setrecursionlimit bounds Python frames only: calls made from builtins (map, filter,
# sorted's key), calls of types and of instances with __call__, bound methods, class bodies,
# exec and eval each count exactly their one frame, as in CPython.
import sys


def frames():
    f = sys._getframe(1)
    n = 0
    while f:
        n += 1
        f = f.f_back
    return n


def room():
    def r(n):
        try:
            return r(n + 1)
        except RecursionError:
            return n
    return r(0)


def probe(label):
    depth = frames()
    sys.setrecursionlimit(depth + 100)
    try:
        print(label, depth, room())
    finally:
        sys.setrecursionlimit(1000)


probe('plain')
list(map(lambda x: probe('map lambda'), [1]))
list(filter(lambda x: probe('filter'), [1]))
sorted([1], key=lambda x: probe('sorted key'))


class Callable:
    def __call__(self):
        probe('instance __call__')


Callable()()


class Meta(type):
    def __call__(cls):
        probe('metaclass __call__')


class WithMeta(metaclass=Meta):
    pass


WithMeta()


class Init:
    def __init__(self):
        probe('__init__')


Init()


class Lookups:
    def __getattr__(self, name):
        probe('__getattr__')

    @property
    def prop(self):
        probe('property')

    def method(self):
        probe('bound method called later')


Lookups().missing
Lookups().prop
bound = getattr(Lookups(), 'method')
bound()
list(map(bound.__func__, [Lookups()]))


class Body:
    probe('class body')


exec("probe('exec')")
eval("probe('eval')")


def gen():
    probe('generator')
    yield


next(gen())


def chain(n):
    if n:
        return chain(n - 1)
    probe('after 20 calls')


chain(20)
