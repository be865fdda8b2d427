# Every specialized form, warmed up on one kind of operand, then made to miss: the results
# must stay CPython's. On Ember, check() also asserts the form was reached (silent when it was;
# CPython and Ember with specialization off skip it).
import sys


def check(f, *forms):
    ops = getattr(sys, "_ember_adaptive_ops", None)
    if ops is None or not sys._is_specialization_enabled():
        return
    have = ops(f)
    missing = [form for form in forms if form not in have]
    if missing:
        print("not specialized in", f.__name__, missing)


def run(f, *args, times=60):
    result = None
    for _ in range(times):
        result = f(*args)
    return result


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


# ---- LOAD_GLOBAL ---------------------------------------------------------------------------
counter = 1


def read_global():
    return counter


def read_builtin(x):
    return len(x)


print(run(read_global))
check(read_global, "LOAD_GLOBAL_MODULE")
counter = 2                      # same keys, new value
print(run(read_global))
other_global = 5                 # keys changed
print(run(read_global))
del counter
print(attempt(read_global))
counter = 3
print(run(read_global))

print(run(read_builtin, "abc"))
check(read_builtin, "LOAD_GLOBAL_BUILTIN")
len = lambda x: 42               # a global shadows the builtin
print(run(read_builtin, "abc"))
del len
print(run(read_builtin, "abcd"))


# ---- LOAD_ATTR / STORE_ATTR on instances ----------------------------------------------------
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


def get_x(p):
    return p.x


def call_norm(p):
    return p.norm()


def set_y(p, v):
    p.y = v
    return p.y


p = Point(3, 4)
print(run(get_x, p), run(call_norm, p), run(set_y, p, 7))
check(get_x, "LOAD_ATTR_INSTANCE_VALUE")
check(call_norm, "LOAD_ATTR_METHOD_WITH_VALUES", "CALL_PY_EXACT_ARGS")
check(set_y, "STORE_ATTR_INSTANCE_VALUE")
q = Point(1, 2)
del q.x
print(attempt(get_x, q))
q.norm = lambda: "instance attribute shadows the method"
print(run(call_norm, q))
print(sorted(p.__dict__.items()))      # materialized dict: values move
print(run(get_x, p), run(set_y, p, 8), p.__dict__["y"])
pp = Point(9, 9)
Point.x = property(lambda self: "property wins")   # data descriptor added to the class
print(run(get_x, pp))
del Point.x
Point.norm = lambda self: "replaced method"
print(run(call_norm, Point(1, 1)))


class Slotted:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot"


print(run(get_x, Slotted()))


class Other:
    def __init__(self):
        self.x = "other class"


print(run(get_x, Other()))
print(run(get_x, Point(5, 6)))


class Logged(Point):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("logged", value))


print(run(set_y, Logged(0, 0), 1))


# ---- LOAD_ATTR on builtins, modules, classes, properties -----------------------------------
def append_to(lst, v):
    lst.append(v)
    return len(lst)


def upper(s):
    return s.upper()


def module_attr():
    return sys.maxsize > 0


class Config:
    limit = 10

    @property
    def twice(self):
        return self.limit * 2


def class_attr():
    return Config.limit


def prop(c):
    return c.twice


print(run(append_to, [], 1), run(upper, "abc"), run(module_attr), run(class_attr), run(prop, Config()))
check(append_to, "LOAD_ATTR_METHOD_NO_DICT", "CALL_LIST_APPEND", "CALL_LEN")
check(module_attr, "LOAD_ATTR_MODULE")
check(class_attr, "LOAD_ATTR_CLASS")
check(prop, "LOAD_ATTR_PROPERTY")


class MyList(list):
    def append(self, v):
        list.append(self, v * 10)


m = MyList()
print(run(append_to, m, 2), m[:3])
print(run(upper, "xyz"))
Config.limit = 20
print(run(class_attr), run(prop, Config()))
Config.twice = property(lambda self: "new property")
print(run(prop, Config()))
sys.maxsize_backup = sys.maxsize
del sys.maxsize
print(attempt(module_attr))
sys.maxsize = sys.maxsize_backup


# ---- BINARY_OP -------------------------------------------------------------------------------
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def item(c, k):
    return c[k]


print(run(add, 1, 2), run(sub, 5, 3), run(mul, 4, 5))
check(add, "BINARY_OP_ADD_INT")
print(add(2 ** 62, 2 ** 62), sub(-2 ** 63, 1), mul(2 ** 40, 2 ** 40))   # out of the long range
print(run(add, 1.5, 2.25), run(add, "ab", "cd"), run(add, [1], [2]), run(mul, 2.0, 3.0), run(sub, 1.0, 0.5))
print(run(add, 1, 2.5), run(mul, "ab", 3), run(add, True, True))
print(run(item, [1, 2, 3], -1), run(item, (4, 5), 1), run(item, "hello", 4), run(item, {"a": 1}, "a"))
check(item, "BINARY_OP_SUBSCR_DICT")
print(attempt(item, [1, 2], 5), attempt(item, (1,), 2), attempt(item, {}, "k"), attempt(item, "s", 9))


class Missing(dict):
    def __missing__(self, key):
        return "missing " + key


print(run(item, Missing(), "k"), run(item, [7, 8], 2 ** 70 - 2 ** 70))


class Money(int):
    def __add__(self, other):
        return "money"


print(run(add, Money(1), 2), run(add, 3, 4))


# ---- COMPARE_OP, CONTAINS_OP, TO_BOOL ------------------------------------------------------------
def less(a, b):
    return a < b


def equal(a, b):
    return a == b


def contains(x, c):
    return x in c


def truth(v):
    return "yes" if v else "no"


print(run(less, 1, 2), run(less, 2 ** 80, 2 ** 81), run(less, 1.5, 0.5), run(less, float("nan"), 1.0))
print(run(equal, "a", "a"), run(equal, "a", "b"), run(equal, 1, 1.0), run(less, "a", "b"))
print(run(contains, 1, {1: 2}), run(contains, 3, {1, 2}), run(contains, 2, [1, 2]), run(contains, "a", frozenset("abc")))
print(run(truth, True), run(truth, 0), run(truth, []), run(truth, None), run(truth, ""), run(truth, [1]), run(truth, "x"))


class Thing:
    pass


t = Thing()
print(run(truth, t))
Thing.__bool__ = lambda self: False          # the class changes under the specialized form
print(run(truth, t))
Thing.__len__ = lambda self: 1
del Thing.__bool__
print(run(truth, t))


# ---- UNPACK_SEQUENCE, STORE_SUBSCR ----------------------------------------------------------------
def unpack2(s):
    a, b = s
    return b, a


def store(c, k, v):
    c[k] = v
    return c


print(run(unpack2, (1, 2)), run(unpack2, [3, 4]), run(unpack2, "xy"), attempt(unpack2, iter([1, 2, 3])), attempt(unpack2, [1]))
print(run(store, [0, 0], 1, 9), run(store, {}, "k", 1), attempt(store, [0], 5, 1), run(store, [0, 1, 2], -1, 7))
check(store, "STORE_SUBSCR_LIST_INT")


# ---- CALL ---------------------------------------------------------------------------------------------
def twice(x):
    return 2 * x


def call1(f, x):
    return f(x)


def call_kw(f):
    return f(x=1)


class Box:
    def __init__(self, v):
        self.v = v


def make(cls, v):
    return cls(v).v


print(run(call1, twice, 2), run(call1, lambda x: x + 1, 2), run(call1, str, 5), run(call1, len, "abc"))
print(run(call1, Point(1, 2).norm.__func__, Point(2, 3)), run(call1, Box, 1).v, run(call1, type, 1.5))
print(run(make, Box, 3))
check(make, "CALL_ALLOC_AND_ENTER_INIT")
Box.__init__ = lambda self, v: setattr(self, "v", v * 100)
print(run(make, Box, 3))


class Boxed(Box):
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj.v = "new"
        return obj

    def __init__(self, v):
        pass


print(run(make, Boxed, 4))
print(attempt(call1, twice, 1), attempt(call1, lambda: 0, 1), attempt(call1, 5, 1))


def bound_call(p):
    m = p.norm
    return m()


print(run(bound_call, Point(2, 2)), run(bound_call, Point(1, 0)))
print(run(call_kw, lambda x: x), attempt(call_kw, lambda y: y))


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(run(deep, 50, times=5), attempt(deep, 10 ** 6))


# ---- polymorphic sites, BINARY_OP_EXTEND, FOR_ITER --------------------------------------------
class A:
    def __init__(self):
        self.v = "a"

    def who(self):
        return "A"


class B(A):
    def __init__(self):
        self.w = 0
        self.v = "b"

    def who(self):
        return "B"


def poly(objs):
    out = []
    for o in objs:
        o.v = o.v + "!"
        out.append(o.v + o.who())
    return out


mixed = [A(), B(), A(), B(), B()]
print(run(poly, mixed)[:2], len(mixed[0].v))
check(poly, "LOAD_ATTR_INSTANCE_VALUE", "LOAD_ATTR_METHOD_WITH_VALUES", "STORE_ATTR_INSTANCE_VALUE", "FOR_ITER_LIST")
B.who = lambda self: "B2"
print(poly(mixed)[:2])


def mod(a, b):
    return a % b


def power(a, b):
    return a ** b


print(run(mod, 17, 5), run(mod, -7, 3), run(mod, 7.5, 2.0), run(mod, "%d-%s", (1, "x")), run(mod, 2 ** 70, 7))
check(mod, "BINARY_OP_EXTEND")
print(run(mod, 7, 2.5), attempt(mod, [], 1))  # (zero-division messages differ between 3.13 and 3.14)
print(run(power, 2, 10), run(power, 2.0, 0.5), run(power, 2, -1), run(power, 10, 30), run(power, 2.5, 2.0))


def total(it):
    t = 0
    for x in it:
        t += x
    return t


def numbers(n):
    yield from range(n)


print(run(total, [1, 2, 3]), run(total, (4, 5)), run(total, range(10)), run(total, numbers(5)), run(total, {7: 0, 8: 1}))
print(run(total, iter([1, 2])), attempt(total, 5))


# ---- CALL_KW, LOAD_SUPER_ATTR, SEND ----------------------------------------------------------------
def kw(f, v):
    return f(1, key=v)


def target(a, key=None):
    return (a, key)


class Base:
    def hello(self, key=0):
        return "base %s" % key

    @property
    def name(self):
        return "base-name"


class Child(Base):
    def hello(self, key=0):
        return "child+" + super().hello(key=key) + " " + super().name


print(run(kw, target, 2))
check(kw, "CALL_KW_PY")
print(run(kw, lambda a, key: Child().hello(key=key), 3), run(kw, "{} {key}".format, 4))
check(kw, "CALL_KW_NON_PY")
print(run(kw, lambda *a, **k: (a, k), 6), attempt(kw, target.__call__, 7), attempt(kw, len, 8))
print(run(Child().hello, 9))
check(Child.hello, "LOAD_SUPER_ATTR_METHOD", "LOAD_SUPER_ATTR_ATTR")


def inner(n):
    for i in range(n):
        yield i
    return "done"


def outer(n):
    result = yield from inner(n)
    yield result


def drain(g):
    return list(g)


print(drain(outer(3)), run(lambda: drain(outer(4))))


def delegate(it):
    result = yield from it
    return result


print(run(lambda: drain(delegate(iter([1, 2])))), run(lambda: drain(delegate(outer(2)))))


# ---- every other form reached on its typical code (silent when it is) ---------------------------------
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    label = "meta"


class Plain:
    tag = "plain"

    def __init__(self):
        self.n = 1

    def method(self, x):
        return x


def forms(p, t, s, d, lst, gen_items):
    a = p.tag                      # NONDESCRIPTOR_WITH_VALUES
    b = (1).real if False else s.__class__   # (NONDESCRIPTOR_NO_DICT on str below)
    c = WithMeta.label             # CLASS_WITH_METACLASS_CHECK
    x, y = t                       # UNPACK_SEQUENCE_TWO_TUPLE
    u, v, w = t + (3,)             # UNPACK_SEQUENCE_TUPLE
    e, g = lst                     # UNPACK_SEQUENCE_LIST
    f = s + s                      # ADD_UNICODE
    h = t[0] + s[0].__len__()      # SUBSCR_TUPLE_INT, SUBSCR_STR_INT
    k = 1.5 < 2.5 and s == "ab" and 1 in {1} and "k" in d   # COMPARE_OP_FLOAT/STR, CONTAINS_OP_SET/DICT
    d["k"] = 2                     # STORE_SUBSCR_DICT
    m = type(p) is Plain and isinstance(p, Plain)           # CALL_TYPE_1, CALL_ISINSTANCE
    n = abs(-3) + s.count("a")     # CALL_BUILTIN_O, CALL_METHOD_DESCRIPTOR_FAST
    bm = p.method
    o = bm(4)                      # CALL_BOUND_METHOD_EXACT_ARGS
    q = sorted([3, 1]) + [divmod(7, 2)]   # CALL_BUILTIN_FAST_WITH_KEYWORDS (sorted), CALL_BUILTIN_FAST
    r = Plain.method(p, 5)         # LOAD_ATTR_CLASS + CALL_PY_EXACT_ARGS
    z = 0
    for item in gen_items():       # FOR_ITER_GEN
        z += item
    for item in (1, 2):            # FOR_ITER_TUPLE
        z += item
    for item in range(3):          # FOR_ITER_RANGE
        z += item
    if lst and s and d and None is None and not [] and p:   # TO_BOOL_LIST/STR/..., ALWAYS_TRUE
        z += 1
    return (a, b, c, x, y, u, v, w, e, g, f, h, k, m, n, o, q, r, z, d["k"])


def items():
    yield 1
    yield 2


print(run(forms, Plain(), (1, 2), "ab", {"k": 1}, [5, 6], items))
check(forms, "LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES", "LOAD_ATTR_CLASS_WITH_METACLASS_CHECK",
      "UNPACK_SEQUENCE_TWO_TUPLE", "UNPACK_SEQUENCE_TUPLE", "UNPACK_SEQUENCE_LIST", "BINARY_OP_ADD_UNICODE",
      "BINARY_OP_SUBSCR_TUPLE_INT", "BINARY_OP_SUBSCR_STR_INT", "COMPARE_OP_FLOAT", "COMPARE_OP_STR",
      "CONTAINS_OP_SET", "CONTAINS_OP_DICT", "STORE_SUBSCR_DICT", "CALL_TYPE_1", "CALL_ISINSTANCE",
      "CALL_BUILTIN_FAST", "CALL_BUILTIN_O", "CALL_BUILTIN_FAST_WITH_KEYWORDS", "CALL_METHOD_DESCRIPTOR_FAST", "CALL_BOUND_METHOD_EXACT_ARGS", "LOAD_ATTR_CLASS",
      "FOR_ITER_GEN", "FOR_ITER_TUPLE", "FOR_ITER_RANGE", "TO_BOOL_LIST", "TO_BOOL_STR", "TO_BOOL_ALWAYS_TRUE",
      "LOAD_ATTR_METHOD_NO_DICT")


def defaults(a, b=2):
    return a + b


def py_general(x):
    return defaults(x)


def bound_general(p):
    m = p.method2
    return m(1)


Plain.method2 = lambda self, x, y=10: x + y
print(run(py_general, 1), run(bound_general, Plain()))
check(py_general, "CALL_PY_GENERAL")
check(bound_general, "CALL_BOUND_METHOD_GENERAL")


def non_py(x):
    return x(3)


class Callable:
    def __call__(self, x):
        return x * 11


print(run(non_py, Callable()), run(non_py, str))
check(non_py, "CALL_NON_PY_GENERAL")


def bound_kw(m):
    return m(1, y=2)


print(run(bound_kw, Plain().method2))
check(bound_kw, "CALL_KW_BOUND_METHOD")
