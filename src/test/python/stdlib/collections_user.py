from collections import UserDict, UserList, UserString
import copy

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

d = UserDict({"a": 1}, b=2)
print(d, d.data, d["a"], len(d), list(d), "a" in d, d.get("z"), d.get("a"), d == {"a": 1, "b": 2})
d["c"] = 3
del d["a"]
print(d, d.copy(), type(d.copy()).__name__, d | {"x": 1}, {"x": 1} | d, type({"x": 1} | d).__name__)
d |= {"y": 2}
print(d, d.pop("y"), d.setdefault("k", 0), d.popitem(), d)
attempt("missing", d.__getitem__, "nope")
attempt("del missing", d.__delitem__, "nope")
print(UserDict.fromkeys("ab", 1), UserDict(), UserDict(dict={"d": 1}) if False else UserDict({"dict": 1}))
print(UserDict(self=1, dict=2))
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()["ab"], Missing().get("x"), "x" in Missing())
class Attr(UserDict):
    pass
a = Attr(x=1)
a.extra = "e"
ac = a.copy()
ac["y"] = 2
print(a, ac, ac.extra, type(ac).__name__, copy.copy(a).data is not a.data, copy.copy(a).extra)
print(d.keys(), d.items(), d.values())
d.update([("u", 1)], v=2)
print(d, d == UserDict(d), d != {})
print(UserDict(a=1) | UserDict(b=2))

l = UserList([3, 1, 2])
print(l, l.data, len(l), l[0], l[-1], l[1:], type(l[1:]).__name__, 3 in l, l == [3, 1, 2], l < [4], l > UserList([2]))
l.append(5)
l.insert(0, 0)
l.extend([7, 8])
l.extend(UserList([9]))
print(l, l.pop(), l.pop(0), l)
l.remove(5)
l.sort()
print(l, l.index(3), l.count(2), l.copy(), type(l.copy()).__name__)
l.reverse()
print(l)
l.sort(key=lambda v: -v, reverse=True)
print(l)
print(l + [10], [10] + l, l + UserList([11]), l + (12,), type(l + [1]).__name__, type([1] + l).__name__)
print(l * 2, 2 * l, l <= l, l >= [100])
l2 = UserList("ab")
l2 += "cd"
l2 *= 2
print(l2)
l2[0] = "X"
del l2[1]
l2[1:3] = ["Y", "Z"]
print(l2, l2.clear(), l2)
try:
    UserList([1]).index(5)
except ValueError:
    print("index missing raises ValueError")   # (list's message, which changed in 3.14)
attempt("pop empty", UserList().pop)
attempt("remove missing", UserList().remove, 1)
print(UserList(), UserList(UserList([1, 2])), UserList((1, 2)), UserList(range(3)))
print(copy.copy(UserList([1, [2]])), copy.deepcopy(UserList([1, [2]])))
print(list(reversed(UserList([1, 2, 3]))), sorted(UserList([3, 1])))

s = UserString("Hello World")
print(s, repr(s), len(s), s[0], s[-5:], type(s[0]).__name__, "World" in s, UserString("lo") in s, s == "Hello World", s < "Z")
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold(), s.center(15, "*"), s.ljust(13, "."), s.rjust(13))
print(s.count("o"), s.find("o"), s.rfind("o"), s.index("W"), s.rindex("o"), s.startswith("He"), s.endswith(("d", "x")))
print(s.split(), s.rsplit("o", 1), s.partition(" "), s.rpartition("o"), s.splitlines(), s.replace("l", "L", 2), s.strip("Hd"))
print(s.isalpha(), s.isalnum(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(), s.islower(), s.isnumeric(),
      s.isprintable(), s.isspace(), s.istitle(), s.isupper())
print(s.encode(), s.zfill(14), s.expandtabs(), s.join(["<", ">"]), s.format(), UserString("{0}-{x}").format(1, x=2),
      UserString("{a}").format_map({"a": 5}))
print(s + "!", "¡" + s, s + UserString("?"), s * 2, 2 * s, UserString("%s=%d") % ("x", 1), type(s + "!").__name__)
print(s.removeprefix("Hello "), s.removesuffix("World"), s.lstrip("H"), s.rstrip("d"), s.translate({ord("o"): "0"}))
print(int(UserString("42")), float(UserString("2.5")), complex(UserString("1+2j")), hash(s) == hash("Hello World"), str(s))
print(UserString(5), UserString(UserString("x")), sorted([UserString("b"), UserString("a")]))
print(UserString.maketrans("a", "b"), UserString("abc").translate(UserString.maketrans("a", "b")))
attempt("index missing", s.index, "zz")
print(UserString("a,b").split(","), list(UserString("abc")), UserString("Ab") >= "Ab", UserString("x") != "y")
