# Tier 2's builtin calls, dict and set operations compiled inline (method descriptors and
# builtin functions called from the compiled site, `in` on sets and dicts, dict subscripts,
# str(x)/tuple(x)): each guard failing after the function has run warm (and, in JitTest's warm
# mode, been compiled from specialized bytecode), and exceptions and Python code inside them.
import sys


def warm(fn, *args):
    for _ in range(60):
        fn(*args)


# ---- CALL_METHOD_DESCRIPTOR_NOARGS / _O / _FAST: receivers of other types ----
class MyStr(str):
    pass


class Stripper:
    def strip(self):
        return "Stripper.strip"

    def startswith(self, prefix):
        return "Stripper.startswith " + prefix


def strip(x):
    return x.strip()


def starts(x, p):
    return x.startswith(p)


def split2(x):
    return x.split(",", 1)


def upper(x):
    return x.upper()


def count_a(x):
    return x.count("a")


warm(upper, "a")
warm(count_a, "banana")
print("noargs/o", upper("b"), upper(MyStr("c")), upper(b"d"), count_a("aa"), count_a([1, "a"]))
warm(strip, "  a ")
warm(starts, "abc", "a")
warm(split2, "a,b,c")
print("descr", repr(strip("  x  ")), starts("xyz", "x"), split2("p,q,r"))
print("subclass", repr(strip(MyStr(" sub "))), starts(MyStr("sub"), "s"), split2(MyStr("s,t,u")))
print("bytes", strip(b"  b  "), starts(b"bx", b"b"))
try:
    split2(b"1,2,3")
except TypeError as e:
    print("TypeError", e)
print("python", strip(Stripper()), starts(Stripper(), "p"))
try:
    starts("abc", 5)
except TypeError as e:
    print("TypeError", e)


def strip_args(x, *args):
    return x.strip(*args)


def strip3(x):
    return x.strip("a", "b", "c")


warm(strip_args, "aba", "a")
try:
    strip3("abc")
except TypeError as e:
    print("TypeError", e)


# the descriptor called with its receiver as an argument (NULL self slot)
def unbound(m, x):
    return m(x)


warm(unbound, str.upper, "u")
print("unbound", unbound(str.upper, "v"), unbound(str.lower, "W"))
try:
    unbound(str.upper, 5)
except TypeError as e:
    print("TypeError", e)


# ---- a body that raises, and one that runs Python code ----
def find(lst, x):
    try:
        return lst.index(x)
    except ValueError as e:
        return "ValueError"  # the message differs between 3.13 and 3.14


warm(find, [1, 2, 3], 2)
print("index", find([1, 2, 3], 3), find([1, 2, 3], 9))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 99 or other.v == 99:
            raise RuntimeError("cannot compare 99")
        return self.v < other.v

    def __repr__(self):
        return "Loud(%d)" % self.v


def sort_copy(items):
    items = list(items)
    items.sort()
    return items


def sort_safely(items):
    try:
        return sort_copy(items)
    except RuntimeError as e:
        return "RuntimeError " + str(e)


warm(sort_copy, [3, 1, 2])
print("sort", sort_copy([Loud(2), Loud(1)]), sort_safely([Loud(1), Loud(99)]))


def joined(parts):
    return ",".join(parts)


warm(joined, ["a", "b"])
try:
    joined(["a", 1])
except TypeError as e:
    print("TypeError", e)


def get(d, k):
    return d.get(k, "default")


warm(get, {"a": 1}, "a")
print("get", get({"a": 1}, "a"), get({"a": 1}, "b"))


class MyDict(dict):
    def get(self, k, default=None):
        return ("MyDict.get", k)


print("get override", get(MyDict(), "k"))
print("get other", get(type("D", (), {"get": lambda self, k, d: ("D.get", k, d)})(), "k"))


# ---- CALL_BUILTIN_O / _FAST / _FAST_WITH_KEYWORDS: shadowed builtins, errors ----
def use_ord(c):
    return ord(c)


def use_min(a, b):
    return min(a, b)


def use_sorted(x):
    return sorted(x)


def use_divmod(a, b):
    try:
        return divmod(a, b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError"  # the message differs between 3.13 and 3.14


warm(use_ord, "a")
warm(use_min, 1, 2)
warm(use_sorted, [2, 1])
warm(use_divmod, 7, 2)
print("builtins", use_ord("b"), use_min(5, 3), use_sorted((3, 1, 2)), use_divmod(9, 4), use_divmod(1, 0))
try:
    use_ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    use_sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
ord = lambda c: ("shadowed ord", c)
min = lambda a, b: ("shadowed min", a, b)
sorted = lambda x: ("shadowed sorted", x)
print("shadowed", use_ord("c"), use_min(1, 2), use_sorted([2]))
del ord, min, sorted
print("unshadowed", use_ord("c"), use_min(1, 2), use_sorted([2, 1]))


# ---- CONTAINS_OP_SET / CONTAINS_OP_DICT: contents changed, other containers, Python __eq__ ----
def in_set(x, s):
    return x in s


def not_in_dict(x, d):
    return x not in d


warm(in_set, 1, {1, 2})
warm(not_in_dict, "a", {"a": 1})
s = {1, 2}
print("set", in_set(1, s), in_set(3, s))
s.add(3)
s.discard(1)
print("set changed", in_set(1, s), in_set(3, s), in_set(2, frozenset([2])), in_set("a", ["a"]))
d = {"a": 1}
print("dict", not_in_dict("a", d), not_in_dict("b", d))
d["b"] = 2
del d["a"]
print("dict changed", not_in_dict("a", d), not_in_dict("b", d), not_in_dict("x", "xyz"))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        if self.v == "bad":
            raise ValueError("bad key")
        return isinstance(other, Key) and self.v == other.v


def in_set_safely(x, s):
    try:
        return x in s
    except ValueError as e:
        return "ValueError " + str(e)


warm(in_set_safely, 1, {1})
print("key in set", in_set(Key(1), {Key(1)}), in_set_safely(Key("bad"), {Key("bad")}))
try:
    in_set([1], {1})
except TypeError as e:
    print("TypeError")  # the message differs between 3.13 and 3.14


class InSet(set):
    def __contains__(self, x):
        return "InSet.__contains__"


print("set subclass", in_set(1, InSet()))


# ---- BINARY_OP_SUBSCR_DICT / STORE_SUBSCR_DICT: missing keys, subclasses ----
def lookup(d, k):
    return d[k]


def store(d, k, v):
    d[k] = v
    return len(d)


warm(lookup, {"a": 1}, "a")
warm(store, {}, "a", 1)
d = {"a": 1}
print("subscr", lookup(d, "a"), store(d, "b", 2), lookup(d, "b"))
try:
    lookup(d, "zz")
except KeyError as e:
    print("KeyError", e)


class Missing(dict):
    def __missing__(self, k):
        return ("missing", k)


class GetItem(dict):
    def __getitem__(self, k):
        return ("getitem", k)

    def __setitem__(self, k, v):
        print("setitem", k, v)
        dict.__setitem__(self, k, v * 2)


print("subclasses", lookup(Missing(a=1), "a"), lookup(Missing(), "q"), lookup(GetItem(), "r"))
g = GetItem()
print("store subclass", store(g, "k", 5), dict.__getitem__(g, "k"))
print("key subscr", lookup({Key(2): "two"}, Key(2)), store({}, Key(3), "three"))
try:
    store({}, [1], 2)
except TypeError as e:
    print("TypeError")  # the message differs between 3.13 and 3.14
print("list subscr", lookup([10, 20], 1))


# ---- CALL_STR_1 / CALL_TUPLE_1 ----
def to_str(x):
    return str(x)


def to_tuple(x):
    return tuple(x)


class Show:
    def __str__(self):
        return "Show.__str__"


warm(to_str, 5)
warm(to_tuple, [1, 2])
print("str", to_str(7), to_str(2.5), to_str("s"), to_str(Show()), to_str(10 ** 30), to_str(MyStr("m")))
try:
    to_str(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
print("tuple", to_tuple([1, 2]), to_tuple((3,)), to_tuple(x * 2 for x in range(3)), to_tuple("ab"))
lst = [1]
t = to_tuple(lst)
lst.append(2)
print("tuple snapshot", t, lst)
str = lambda x: ("shadowed str", x)
tuple = lambda x: ("shadowed tuple", x)
print("shadowed", to_str(1), to_tuple([1]))
