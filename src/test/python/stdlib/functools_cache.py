import functools

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

calls = []
@functools.lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    square(x)
print(calls, square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info())
print(square(2), square.cache_info(), square.__name__, square.__wrapped__.__name__)

@functools.lru_cache
def bare(x):
    return x
bare(1); bare(1); bare(2)
print(bare.cache_info(), bare.cache_parameters())

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info(), nocache.cache_parameters())

@functools.lru_cache(maxsize=-5)
def negative(x):
    return x
negative(1)
print(negative.cache_info())

typed_calls = []
@functools.lru_cache(typed=True)
def typed(x):
    typed_calls.append(type(x).__name__)
    return x
typed(3); typed(3.0); typed(3); typed(True)
print(typed_calls, typed.cache_info())
untyped_calls = []
@functools.lru_cache()
def untyped(x):
    untyped_calls.append(type(x).__name__)
    return x
print(untyped(3), untyped(3.0), untyped(True), untyped_calls, untyped.cache_info())

kw_calls = []
@functools.lru_cache(maxsize=10)
def kw(a, b=2):
    kw_calls.append((a, b))
    return a + b
print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1, b=2), kw(b=2, a=1), kw(1), kw_calls, kw.cache_info())
attempt("unhashable", kw, [1])
print(kw.cache_info())
attempt("bad maxsize", functools.lru_cache, "x")
attempt("float maxsize", functools.lru_cache, maxsize=1.5)

hash_calls = []
class Hashy:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        hash_calls.append(self.v)
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Hashy) and self.v == other.v
@functools.lru_cache(maxsize=2)
def use(h):
    return h.v
use(Hashy(1)); use(Hashy(1)); use(Hashy(2)); use(Hashy(3)); use(Hashy(1))
print(use.cache_info(), len(hash_calls))

@functools.cache
def counted(n):
    return n * 2
print(counted(3), counted(3), counted.cache_info(), counted.cache_parameters(), counted.__name__)

class Methods:
    def __init__(self, base):
        self.base = base
    @functools.lru_cache(maxsize=4)
    def add(self, x):
        return self.base + x
    def __hash__(self):
        return self.base
    def __eq__(self, other):
        return self.base == other.base
m1, m2 = Methods(10), Methods(20)
print(m1.add(1), m2.add(1), m1.add(1), Methods.add.cache_info())

def raises(x):
    raise ValueError(x)
cached_raise = functools.lru_cache(raises)
attempt("raise", cached_raise, 1)
attempt("raise again", cached_raise, 1)
print(cached_raise.cache_info())

# reentrancy: the cached function calls itself with the same argument indirectly
depth = []
@functools.lru_cache(maxsize=2)
def reenter(n):
    depth.append(n)
    if len(depth) < 3:
        reenter(n)
    return n
print(reenter(7), depth, reenter.cache_info())

# cached_property
class Data:
    def __init__(self, values):
        self.values = values
        self.computations = 0
    @functools.cached_property
    def total(self):
        "sum of values"
        self.computations += 1
        return sum(self.values)
d = Data([1, 2, 3])
print(d.total, d.total, d.computations, "total" in d.__dict__)
del d.total
print(d.total, d.computations)
d.total = 100
print(d.total, Data.total.__doc__, Data.total.attrname, type(Data.total).__name__)
class Slotted:
    __slots__ = ("x",)
    @functools.cached_property
    def prop(self):
        return 1
attempt("no dict", lambda: Slotted().prop)
cp = functools.cached_property(lambda self: 1)
class Unnamed:
    pass
Unnamed.late = cp
attempt("no set_name", lambda: Unnamed().late)
def two_names():
    shared = functools.cached_property(lambda self: 1)
    class Twice:
        a = shared
        b = shared
attempt("two names", two_names)
class Twice2:
    a = functools.cached_property(lambda self: 1)
Twice2.b = Twice2.__dict__["a"]
print(Twice2().b)
print(functools.cached_property[int])

class Mapping:
    def __init__(self):
        pass
class ProxyDict:
    __slots__ = ("__dict__",)
print(set(functools.__all__) >= set(['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod', 'cached_property']))

# Threads sharing one cache: every call is counted once, and the cache stays consistent.
import threading
@functools.lru_cache(maxsize=16)
def shared(n):
    return n * n
def worker(offset):
    for i in range(200):
        assert shared((i + offset) % 24) == ((i + offset) % 24) ** 2
threads = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = shared.cache_info()
print(info.hits + info.misses, info.currsize, info.maxsize)
