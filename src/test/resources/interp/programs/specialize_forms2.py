# The specialized forms added second (slots, materialized dicts, __getattribute__, __getitem__,
# METH_O / METH_NOARGS / keyword builtins, str(x) / tuple(x), super(), SEND_GEN, back-edge
# counting): each warmed up on its typical operand, checked to be reached (on Ember, silent when
# it was), then made to miss by mutating types, dicts and bindings. Results must be CPython's.
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


# ---- LOAD_ATTR_SLOT / STORE_ATTR_SLOT -----------------------------------------------------------
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class SlottedChild(Slotted):
    __slots__ = ("c",)


class Loose:
    def __init__(self):
        self.a = "loose"


def get_a(o):
    return o.a


def set_b(o, v):
    o.b = v
    return o.b


s1 = Slotted(1)
print(run(get_a, s1), run(set_b, s1, 2))
check(get_a, "LOAD_ATTR_SLOT")
check(set_b, "STORE_ATTR_SLOT", "LOAD_ATTR_SLOT")
print(run(get_a, SlottedChild(7)), run(get_a, Loose()))     # other types at the site
del s1.a
print(attempt(get_a, s1))                                       # unset slot
s1.a = 3
print(run(get_a, s1))
print(attempt(set_b, Loose(), 5), attempt(set_b, 42, 1))        # no slot / no attributes
Slotted.a = property(lambda self: "property a")                 # the member replaced on the class
print(run(get_a, s1), attempt(set_b, s1, 9))


# ---- LOAD_ATTR_WITH_HINT / STORE_ATTR_WITH_HINT / METHOD_LAZY_DICT --------------------------------
class Bag:
    def __init__(self):
        self.x = 1
        self.y = 2

    def total(self):
        return self.x + self.y


def get_x(o):
    return o.x


def set_y(o, v):
    o.y = v
    return o.y


def call_total(o):
    return o.total()


bag = Bag()
bag.__dict__                     # the attributes move into a real dict
print(run(get_x, bag), run(set_y, bag, 5), run(call_total, bag))
check(get_x, "LOAD_ATTR_WITH_HINT")
check(set_y, "STORE_ATTR_WITH_HINT")
check(call_total, "LOAD_ATTR_METHOD_LAZY_DICT")
print(run(get_x, Bag()), run(set_y, Bag(), 6), run(call_total, Bag()))   # inline values again
del bag.x
print(attempt(get_x, bag), attempt(call_total, bag))
bag.x = 10                       # re-added: a different dict entry
print(run(get_x, bag), run(set_y, bag, 7), run(call_total, bag))
del bag.y
print(run(set_y, bag, 8), bag.__dict__)     # the store adds the key back (generic path)
bag.total = lambda: "shadowed"  # the instance shadows the method
print(run(call_total, bag))
del bag.total
bag.__dict__ = {"y": 1, "x": 2}  # a new dict, other entry order
print(run(get_x, bag), run(set_y, bag, 3), run(call_total, bag), bag.__dict__)
Bag.x = property(lambda self: "class property")                  # a data descriptor now wins
print(run(get_x, bag), attempt(set_y, bag, 4))
Bag.total = lambda self: "new total"                             # the method replaced
print(run(call_total, bag))


# ---- LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN ------------------------------------------------------------
class Tracing:
    def __getattribute__(self, name):
        if name == "missing":
            raise AttributeError("no " + name)
        return "got " + name


def get_attr(o):
    return o.value


def get_missing(o):
    return o.missing


tr = Tracing()
print(run(get_attr, tr), attempt(get_missing, tr))
check(get_attr, "LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN")
Tracing.__getattr__ = lambda self, name: "fallback " + name    # now __getattr__ catches the error
print(run(get_attr, tr), run(get_missing, tr))
Tracing.__getattribute__ = lambda self, name: "replaced " + name
print(run(get_attr, tr))
del Tracing.__getattribute__
print(run(get_attr, tr), attempt(get_attr, Loose()))


# ---- BINARY_OP_SUBSCR_GETITEM ---------------------------------------------------------------------
class Grid:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, key):
        if key >= self.n:
            raise IndexError("grid index out of range")
        return key * 10


def item(c, k):
    return c[k]


g = Grid(5)
print(run(item, g, 3), attempt(item, g, 9))
check(item, "BINARY_OP_SUBSCR_GETITEM")
print(run(item, [1, 2, 3], 1), run(item, {"k": "v"}, "k"), run(item, g, 4))
Grid.__getitem__ = lambda self, key: "replaced"
print(run(item, g, 1))
del Grid.__getitem__
print(attempt(item, g, 1))


def iterate(c):
    return [v for v in c]            # the old __getitem__ iteration protocol


Grid.__getitem__ = lambda self, key: key if key < 3 else [][0]
print(iterate(Grid(0)))


# ---- BINARY_OP_SUBSCR_LIST_SLICE --------------------------------------------------------------
def backwards(seq, k):
    return seq[k::-1]


class MyList(list):
    def __getitem__(self, key):
        return "MyList " + repr(key)


print(run(backwards, [1, 2, 3, 4], 2))
check(backwards, "BINARY_OP_SUBSCR_LIST_SLICE")
print(run(backwards, (1, 2, 3), 1), run(backwards, "abc", 2), run(backwards, MyList([1]), 0))
print(attempt(backwards, [1, 2], "x"), attempt(backwards, 5, 1), run(backwards, [1, 2, 3], 9))


# ---- CALL_BUILTIN_O / _FAST / _FAST_WITH_KEYWORDS, CALL_STR_1, CALL_TUPLE_1 ---------------------
def call_abs(x):
    return abs(x)


def call_sorted(x):
    return sorted(x)


def call_str(x):
    return str(x)


def call_tuple(x):
    return tuple(x)


def call_any(f, x):
    return f(x)


print(run(call_abs, -4), run(call_sorted, [3, 1, 2]), run(call_str, 12), run(call_tuple, [1, 2]))
check(call_abs, "CALL_BUILTIN_O")
check(call_sorted, "CALL_BUILTIN_FAST_WITH_KEYWORDS")
check(call_str, "CALL_STR_1")
check(call_tuple, "CALL_TUPLE_1")
print(run(call_any, ord, "a"))
check(call_any, "CALL_BUILTIN_O")
print(run(call_any, len, "abcd"))
check(call_any, "CALL_LEN")
print(run(call_any, repr, "x"), run(call_any, sorted, "cba"), run(call_any, str, 5), run(call_any, lambda v: v, 1))
print(attempt(call_abs, "s"), call_str([1, "a"]), attempt(call_tuple, 5), call_tuple((1,)))
print(call_tuple(x for x in "ab"), call_str(b"b"), call_str(1.5))


class Shouty:
    def __str__(self):
        return "LOUD"


print(call_str(Shouty()))
abs = lambda x: "shadowed abs"      # globals shadow the builtins
str = lambda x: "shadowed str"
tuple = lambda x: "shadowed tuple"
sorted = lambda x: "shadowed sorted"
print(run(call_abs, -4), run(call_str, 12), run(call_tuple, [1]), run(call_sorted, [2, 1]))
del abs, str, tuple, sorted
print(run(call_abs, -4), run(call_str, 12), run(call_tuple, [1]), run(call_sorted, [2, 1]))


# ---- CALL_METHOD_DESCRIPTOR_NOARGS / _O / _FAST_WITH_KEYWORDS -------------------------------------
def upper(s):
    return s.upper()


def join(s, items):
    return s.join(items)


def split(s):
    return s.split()


def unbound_upper(s):
    return str.upper(s)


print(run(upper, "ab"), run(join, "-", ["a", "b"]), run(split, "a b  c"), run(unbound_upper, "x"))
check(upper, "CALL_METHOD_DESCRIPTOR_NOARGS")
check(join, "CALL_METHOD_DESCRIPTOR_O")
check(split, "CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS")
check(unbound_upper, "CALL_METHOD_DESCRIPTOR_NOARGS")


class FakeStr:
    def upper(self):
        return "fake upper"

    def join(self, items):
        return "fake join"

    def split(self):
        return ["fake"]


class SubStr(str):
    pass


print(run(upper, FakeStr()), run(join, FakeStr(), []), run(split, FakeStr()), run(upper, SubStr("sub")))
print(attempt(unbound_upper, 5), attempt(join, "-", [1]), attempt(unbound_upper, SubStr("y")))


# ---- LOAD_SUPER_ATTR_ATTR / _METHOD ---------------------------------------------------------------
class Base:
    label = "base label"

    def hello(self):
        return "base hello " + type(self).__name__

    @property
    def prop(self):
        return "base prop"

    @classmethod
    def make(cls):
        return "made " + cls.__name__


class Derived(Base):
    def hello(self):
        return super().hello() + " via derived"

    def label_of(self):
        return super().label

    def prop_of(self):
        return super().prop

    def make_of(self):
        return super().make()

    def missing(self):
        return super().nothing

    def klass(self):
        return super().__class__


class Leaf(Derived):
    pass


d = Derived()
print(run(d.hello), run(d.label_of), run(d.prop_of), run(d.make_of), attempt(d.missing), d.klass())
check(Derived.hello, "LOAD_SUPER_ATTR_METHOD")
check(Derived.label_of, "LOAD_SUPER_ATTR_ATTR")
print(run(Leaf().hello), run(Leaf().make_of))                  # a subclass's objects at the same site
Base.hello = lambda self: "new base hello"                      # the base changed
Base.label = "new label"
print(run(d.hello), run(d.label_of), run(Leaf().hello))
del Base.label
del Base.hello
print(attempt(d.label_of), attempt(d.hello))                    # nothing found after Derived


# ---- SEND_GEN -----------------------------------------------------------------------------------
def inner(n):
    for i in range(n):
        got = yield i
        if got:
            yield "got " + got
    return "inner done"


def outer(source):
    result = yield from source
    yield result


def drive(source):
    return list(outer(source))


print(drive(inner(3)), run(lambda: drive(inner(2))))
check(outer, "SEND_GEN")
print(drive(iter([7, 8])), drive(range(2)))                      # not a generator at the site
gen = outer(inner(2))
print(next(gen), gen.send("hi"), next(gen), next(gen), attempt(next, gen))


# ---- LOAD_ATTR_PROPERTY on several subclasses (a chain of guards) ------------------------------
class Sized:
    def __init__(self, n):
        self.n = n

    @property
    def size(self):
        return self.n * 2


class Big(Sized):
    pass


class Huge(Big):
    pass


class Plain(Sized):
    size = "not a property"


def size_of(o):
    return o.size


print(run(size_of, Sized(1)), run(size_of, Big(2)), run(size_of, Huge(3)))
check(size_of, "LOAD_ATTR_PROPERTY")
print(run(size_of, Plain(4)))
Big.size = property(lambda self: "big size")                     # one class of the chain changed
print(run(size_of, Sized(1)), run(size_of, Big(2)), run(size_of, Huge(3)))


# ---- JUMP_BACKWARD (back-edge counting) ---------------------------------------------------------
def loop(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total


print(loop(10000), run(loop, 10))
# JUMP_BACKWARD_NO_JIT by default (CPython's default build), JUMP_BACKWARD_JIT under -X jit
if getattr(sys, "_ember_adaptive_ops", None) and sys._is_specialization_enabled():
    if not {"JUMP_BACKWARD_JIT", "JUMP_BACKWARD_NO_JIT"} & set(sys._ember_adaptive_ops(loop)):
        print("not specialized in loop: JUMP_BACKWARD")
