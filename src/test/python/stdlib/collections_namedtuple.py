import collections
import copy
import pickle
from collections import namedtuple

def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__, Point._fields, Point._field_defaults)
print(Point.__new__.__doc__, Point.__new__.__name__, Point.__new__.__qualname__, Point._make.__qualname__,
      Point._replace.__qualname__, Point.__repr__.__qualname__, Point._asdict.__qualname__, Point.__getnewargs__.__qualname__)
print(Point.x.__doc__, Point.y.__doc__, Point.__match_args__, Point.__slots__)
print(Point._make([3, 4]), Point._make(iter((5, 6))), p._replace(x=10), p._replace(), p._asdict(), p.__getnewargs__())
print(copy.copy(p), copy.deepcopy(p), copy.replace(p, y=7) if hasattr(copy, "replace") else "-", p.__replace__(x=0))
print(pickle.loads(pickle.dumps(p)), type(pickle.loads(pickle.dumps(p))) is Point)
attempt("missing arg", Point, 1)
attempt("too many", Point, 1, 2, 3)
attempt("bad kw", Point, 1, y=2, z=3)
attempt("make short", Point._make, [1])
attempt("make long", Point._make, [1, 2, 3])
attempt("replace bad", p._replace, z=1)
attempt("replace positional", lambda: p._replace(1))
attempt("set attr", setattr, p, "x", 5)
attempt("del attr", delattr, p, "x")
attempt("new attr", setattr, p, "z", 5)
x, y = p
print(x, y, p + (3,), p * 2, p[::-1], p.count(1), p.index(2))
match p:
    case Point(a, b):
        print("matched", a, b)

# field name spellings
for spec in ["a b c", "a,b,c", "a, b ,c", ["a", "b", "c"], ("a",), "", [], iter(["q", "r"])]:
    T = namedtuple("T", spec)
    print(repr(spec) if not hasattr(spec, "__next__") else "iterator", T._fields, T.__doc__, T.__new__.__doc__)
Single = namedtuple("Single", "only")
print(Single(1), Single._make([2]), Single.__doc__)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._make([]), Empty._asdict(Empty()))

# defaults
D = namedtuple("D", "a b c", defaults=[2, 3])
print(D(1), D(1, 5), D._field_defaults, D.__new__.__defaults__)
D2 = namedtuple("D2", "a b", defaults=(None, None))
print(D2(), D2._field_defaults)
D3 = namedtuple("D3", "a b", defaults=[])
print(D3._field_defaults, D3.__new__.__defaults__)
D4 = namedtuple("D4", "a b", defaults=iter([9]))
print(D4(1), D4._field_defaults)
attempt("too many defaults", namedtuple, "D5", "a", defaults=[1, 2])
attempt("D missing", D)

# rename and validation
R = namedtuple("R", ["abc", "def", "ghi", "abc", "_x", "2x", "jkl", "class"], rename=True)
print(R._fields)
print(namedtuple("R2", "a a", rename=True)._fields)
for bad in [("1P", "x"), ("P", "x def"), ("P", "_x"), ("P", "x x"), ("P", ["x", 1]), ("class", "x"), ("P-Q", "x"), ("P", "x y-z"), ("P", "__x")]:
    attempt(f"namedtuple{bad}", namedtuple, *bad)
print(namedtuple("P", ["x", 1], rename=True)._fields)
attempt("non-str typename", namedtuple, 5, "x")
print(namedtuple(b"x".decode(), "a").__name__)

# module
M = namedtuple("M", "a", module="some.module")
print(M.__module__)

# subclassing
class Point3(namedtuple("Point3Base", "x y z")):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return "P3<%s>" % ",".join(map(str, self))
p3 = Point3(1, -2, 3)
print(p3, repr(p3), p3.norm1, p3._replace(x=0), type(p3._replace(x=0)).__name__, Point3._make([0, 0, 0]))
print(p3._asdict(), Point3.__mro__[1].__name__)
print(Point3.x, type(Point3.x).__name__)
print(p3 < Point3(2, 0, 0), sorted([Point(2, 1), Point(1, 2)]))
big = namedtuple("Big", [f"f{i}" for i in range(30)])
print(big(*range(30)).f29, len(big._fields))
print(Point(x=[1], y={"a": 2}))
nested = Point(Point(1, 2), Point(3, 4))
print(nested, nested.x.y, nested._asdict())
class Renamed(Point):
    pass
print(Renamed(1, 2))
