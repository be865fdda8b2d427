# Tier 2's third increment: the guards of the forms compiled inline (globals, builtins, method
# loads, list/tuple iteration, unpacking, len/isinstance/type/list.append, int/float mixes) and of
# the direct calls that take their arguments from JVM locals, each failing after the function has
# run warm (and, in JitTest's warm mode, been compiled from specialized bytecode).
import sys


def warm(fn, *args):
    for _ in range(60):
        fn(*args)


# ---- LOAD_GLOBAL_MODULE: the global rebound, deleted, re-added ----
LIMIT = 10


def read_global():
    return LIMIT + 1


warm(read_global)
print("global", read_global())
LIMIT = 20
print("global rebound", read_global())
globals()["LIMIT"] = "s"
try:
    read_global()
except TypeError as e:
    print("TypeError", e)
del LIMIT
try:
    read_global()
except NameError as e:
    print("NameError", e)
LIMIT = 1.5
print("global re-added", read_global())


# ---- LOAD_GLOBAL_BUILTIN: shadowed by a global and unshadowed ----
def use_len(x):
    return len(x)


def use_abs(x):
    return abs(x)


warm(use_len, [1, 2])
warm(use_abs, -3)
print("builtin", use_len([1, 2, 3]), use_abs(-4))
len = lambda x: "shadowed"
print("shadowed", use_len([1]))
del len
print("unshadowed", use_len([1]))
abs = lambda x: ("shadowed", x)
print("abs shadowed", use_abs(-5))
del abs
print("abs unshadowed", use_abs(-5))


# ---- LOAD_ATTR_METHOD_WITH_VALUES: shadowed on the instance, replaced on the class ----
class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def call_get(p):
    return p.get()


warm(call_get, Point(1))
print("method", call_get(Point(2)))
p = Point(3)
p.get = lambda: "instance attribute"
print("instance shadows", call_get(p))
Point.get = lambda self: ("class replaced", self.x)
print("class changed", call_get(Point(4)))


class SubPoint(Point):
    def get(self):
        return "sub"


print("subclass", call_get(SubPoint(5)), call_get(Point(6)))
try:
    call_get(object())
except AttributeError as e:
    print("AttributeError", e)


# ---- LOAD_ATTR_METHOD_NO_DICT: slots classes and str ----
class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def twice(self):
        return self.v * 2


def call_twice(s):
    return s.twice()


def upper(s):
    return s.upper()


warm(call_twice, Slotted(2))
warm(upper, "ab")
print("slots", call_twice(Slotted(3)))
Slotted.twice = lambda self: "replaced"
print("slots class changed", call_twice(Slotted(3)))


class LoudStr(str):
    def upper(self):
        return "LOUD"


print("str", upper("xy"), upper(LoudStr("xy")), upper("zz"))


# ---- FOR_ITER_LIST / FOR_ITER_TUPLE: mutation, other iterables ----
def total(seq):
    t = 0
    for x in seq:
        t += x
    return t


def grow(items):
    seen = []
    for x in items:
        if x < 3:
            items.append(x + 10)
        seen.append(x)
    return seen


def shrink(items):
    seen = []
    for x in items:
        seen.append(x)
        if items:
            del items[0]
    return seen


def tuple_total(seq):
    t = 0
    for x in seq:
        t += x
    return t


warm(total, [1, 2, 3])
warm(tuple_total, (1, 2, 3))
print("tuple iterate", tuple_total((4, 5)), tuple_total([1, 2]), tuple_total(x for x in (3, 3)))
print("iterate", total([1, 2, 3]), total((4, 5)), total(range(4)), total({7: 0, 8: 0}), total(iter([1, 1])))
warm(grow, [5])
print("appended while iterating", grow([1, 2, 5]))
warm(shrink, [1])
print("deleted while iterating", shrink([1, 2, 3, 4, 5]))
try:
    total([1, "a"])
except TypeError as e:
    print("TypeError", e)


# ---- UNPACK_SEQUENCE_TWO_TUPLE / TUPLE / LIST: wrong lengths and types ----
def swap(pair):
    a, b = pair
    return b, a


def three(t):
    a, b, c = t
    return c, b, a


def from_list(items):
    a, b = items
    return a - b


warm(swap, (1, 2))
warm(three, (1, 2, 3))
warm(from_list, [5, 3])
print("unpack", swap((1, 2)), three((1, 2, 3)), from_list([9, 4]))
print("other sequences", swap([3, 4]), swap("ab"), three("xyz"), from_list((7, 2)), swap(iter([5, 6])))
for bad in [(1,), [1], iter([1, 2, 3]), 5, None]:
    try:
        swap(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    from_list([1])
except ValueError as e:
    print("ValueError", e)


# ---- CALL_LEN / CALL_ISINSTANCE / CALL_TYPE_1 / CALL_LIST_APPEND ----
class Sized:
    def __len__(self):
        return 7


class BadLen:
    def __len__(self):
        return -1


def size(x):
    return len(x)


warm(size, [1])
print("len", size([1, 2]), size((1,)), size("h\U0001F600i"), size({1: 2}), size(Sized()), size(b"abc"))
for bad in [BadLen(), 5]:
    try:
        size(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"


class Magic(metaclass=Meta):
    pass


class Pretender:
    __class__ = int


def is_int(x, cls):
    return isinstance(x, cls)


warm(is_int, 1, int)
print("isinstance", is_int(1, int), is_int(True, int), is_int("1", int), is_int(1, (str, int)),
      is_int("magic", Magic), is_int("plain", Magic), is_int(Pretender(), int), is_int(1, int | str))
try:
    is_int(1, 2)
except TypeError as e:
    print("TypeError", e)


def type_of(x):
    return type(x)


warm(type_of, 1)
print("type", type_of(1).__name__, type_of("s").__name__, type_of(SubPoint(1)).__name__)
type = lambda x: "shadowed type"
print("type shadowed", type_of(1))
del type


def to_int(x):
    return int(x)


def to_float(x):
    return float(x)


warm(to_int, 2.5)
warm(to_float, 3)
print("int()", to_int(2.7), to_int(-2.7), to_int(-0.0), to_int(1e300) == 10 ** 300, to_int(7), to_int(True), to_int("12"),
      to_int(9.2e18), to_int(-9.3e18))
print("float()", to_float(3), to_float(2 ** 80), to_float(-1.5), to_float("2.5"), to_float(False), to_float(2 ** 63 - 1))
for bad in [float("nan"), float("inf"), "x"]:
    try:
        to_int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class Recorder(list):
    def append(self, x):
        super().append(("recorded", x))


def add(items, x):
    items.append(x)
    return items


warm(add, [], 1)
print("append", add([], 1), add(Recorder(), 2))


# ---- BINARY_OP_EXTEND: int/float mixes, division by zero, big ints ----
def mix(a, b):
    return a * b + a / b - a % b


warm(mix, 7, 2.0)
warm(mix, 7, 2)
print("extend", mix(7, 2.0), mix(7, 2), mix(-7, 3), mix(2 ** 70, 3), mix(True, 2), mix(1.5, -0.5))
for b in [0, -0]:
    try:
        mix(1, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


# ---- direct calls: the callee changes, exceptions and recursion through them ----
def callee(x):
    return x + 1


def other(x):
    return ("other", x)


def caller(x):
    return callee(x)


warm(caller, 1)
print("direct", caller(1))
callee.__code__ = other.__code__
print("__code__ replaced", caller(2))
callee = lambda x: ("lambda", x)
print("rebound", caller(3))


def with_default(x, y=10):
    return x + y


def call_default(x):
    return with_default(x)


warm(call_default, 1)
print("default", call_default(1))
with_default.__defaults__ = (100,)
print("__defaults__ changed", call_default(1))


def star(*args, scale=1, **kw):
    return sum(args) * scale, sorted(kw)


def call_star(x):
    return star(x, x)


def general(a, b=2, *, c=3):
    return a + b + c


def call_general(f, x):
    return f(x)


warm(call_star, 1)
warm(call_general, general, 1)
print("general", call_star(2), call_general(general, 1))
general.__kwdefaults__ = {"c": 30}
print("__kwdefaults__ changed", call_general(general, 1))
general.__code__ = (lambda a, b=5: ("new code", a, b)).__code__
general.__defaults__ = (50,)
print("__code__ and __defaults__ replaced", call_general(general, 1))
try:
    call_general(lambda: 0, 1)
except TypeError as e:
    print("TypeError", e)
try:
    call_general(lambda a, *, k: 0, 1)
except TypeError as e:
    print("TypeError", e)


def gen(a, b=1):
    yield a + b


print("generator through a general call site", list(call_general(gen, 1)))


class Greeter:
    def greet(self, name, punctuation="!"):
        return "hi " + name + punctuation


def bound_general(g):
    m = g.greet
    return m("x")


warm(bound_general, Greeter())
print("bound general", bound_general(Greeter()))
Greeter.greet = lambda self, name, p="?": ("replaced", name, p)
print("bound general replaced", bound_general(Greeter()))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n


def bump_bound(c):
    m = c.bump
    return m(2)


def bump_method(c):
    return c.bump(1)


c = Counter()
warm(bump_bound, c)
warm(bump_method, c)
print("bound", bump_bound(c), bump_method(c))
Counter.bump = lambda self, k: ("replaced bump", k)
print("bound replaced", bump_bound(c), bump_method(c))


# ---- stack instructions on JVM locals: LOAD_DEREF, LOAD_FAST_CHECK, COPY/SWAP, IS_OP, UNARY_NOT, BUILD_TUPLE ----
def closure_maker(flag):
    if flag:
        v = 1

    def inner():
        return v

    return inner


def call_made_closure(flag):
    return closure_maker(flag)()


def maybe_unbound(flag):
    if flag:
        u = 1
    return u


def shuffle(a, b, c):
    a, b = b, a
    x = y = a if a is not None else c
    return (a, b, c, x is y, not a, a is None, (b, c) if b else ())


warm(call_made_closure, True)
warm(maybe_unbound, True)
warm(shuffle, 1, 2, 3)
print("stack", shuffle(1, 2, 3), shuffle(None, 0, "c"), shuffle([], None, 2))
for fn in [call_made_closure, maybe_unbound]:
    try:
        fn(False)
    except NameError as e:
        print(type(e).__name__, e)


class Made:
    def __init__(self, v):
        self.v = v
        self = None  # rebinding the local: the call still gives the new instance


def make(v):
    return Made(v)


warm(make, 1)
print("init", make(2).v)
Made.__init__ = lambda self, v: setattr(self, "v", ("replaced init", v))
print("init replaced", make(3).v)
Made.__init__ = lambda self, v: v
try:
    make(4)
except TypeError as e:
    print("TypeError", e)
print("init returning None", type(make(None)).__name__)


def fails(x):
    if x > 50:
        raise KeyError(x)
    return x


def calls_fails(x):
    try:
        return fails(x)
    except KeyError as e:
        return ("caught", e.args)


for i in range(60):
    calls_fails(i % 40)
print("exception through a direct call", calls_fails(99))


def depth(n):
    return depth(n + 1) if n < 10 ** 6 else n


warm(lambda: None)
old = sys.getrecursionlimit()
sys.setrecursionlimit(400)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)


def frame_of_caller():
    return sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno


def looks_at_caller(x):
    a, b = x, x + 1
    return frame_of_caller()


warm(looks_at_caller, 1)
print("caller frame", looks_at_caller(5))


def uncaught(x):
    return fails(x) + 1


warm(uncaught, 1)
uncaught(77)
