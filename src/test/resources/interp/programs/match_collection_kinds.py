# Which subjects sequence and mapping patterns accept: builtin sequences beyond list/tuple
# (range, memoryview, array, deque), classes deriving from or registered with the
# collections.abc ABCs (the first along the MRO decides), and the checks of class and mapping
# patterns (duplicate attributes, non-string __match_args__, duplicate keys found at run time).
import array
import collections
from collections import abc


def kind(subject):
    match subject:
        case [*items]:
            return f"sequence of {len(items)}"
        case {**items}:
            return f"mapping of {len(items)}"
        case _:
            return "neither"


for subject in ([1], (1, 2), range(3), memoryview(b"ab"), array.array("i", [1, 2]),
                collections.deque("abc"), "str", b"bytes", bytearray(b"x"), {1: 2},
                {}.keys(), collections.OrderedDict(a=1),
                collections.defaultdict(int), collections.UserDict(x=1), collections.UserList([1]),
                collections.ChainMap({1: 2}), 42, None):
    print(type(subject).__name__, "->", kind(subject))

print("proxy ->", kind(type.__dict__).split(" of")[0])   # its size differs by implementation


class Plain:
    pass


class MyList(collections.UserList, abc.Mapping):
    pass


class MyDict(Plain, collections.UserDict, abc.Sequence):
    pass


class DictFirst(dict, abc.Sequence):
    pass


class ListThenDict(collections.UserList, dict):
    pass


for cls in (MyList, MyDict, DictFirst, ListThenDict):
    print(cls.__name__, "->", kind(cls()))


class Later:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError(i)

    def keys(self):
        return [0, 1]

    def get(self, key, default=None):
        return self[key] if key in (0, 1) else default


class LaterChild(Later):
    pass


print("before register:", kind(Later()), kind(LaterChild()))
abc.Sequence.register(Later)
print("registered as Sequence:", kind(Later()), kind(LaterChild()))
abc.Mapping.register(Later)
print("then as Mapping:", kind(Later()), kind(LaterChild()))

match range(10):
    case [first, second, *rest]:
        print("range:", first, second, rest)

match array.array("b", b"abc"):
    case (x, y, z):
        print("array:", x, y, z)

match collections.UserDict({0: 1, 2: 3}):
    case {2: 3, **rest}:
        print("UserDict rest:", rest)

match bytearray(b"raw"):
    case bytearray(whole):
        print("self-matching bytearray:", whole)
match b"raw":
    case bytes(whole):
        print("self-matching bytes:", whole)


def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


class Point:
    __match_args__ = ("x", "y")
    x, y = 1, 2


class BadArgs:
    __match_args__ = ("x", None)
    x = 1


def duplicate_attribute():
    match Point():
        case Point(1, x=1):
            return "matched"


def non_string_match_arg():
    match BadArgs():
        case BadArgs(1, 2):
            return "matched"


class Keys:
    one = 1
    one_float = 1.0


def duplicate_key():
    match {1: "a", 2: "b"}:
        case {Keys.one: _, Keys.one_float: _}:
            return "matched"


attempt("duplicate attribute:", duplicate_attribute)
attempt("non-string __match_args__:", non_string_match_arg)
attempt("duplicate key:", duplicate_key)
