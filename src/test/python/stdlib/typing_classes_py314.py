# NamedTuple, TypedDict, NewType, get_type_hints and the decorators of typing. Recorded with CPython 3.14.
import sys
import typing
from typing import (NamedTuple, TypedDict, NewType, Required, NotRequired, ReadOnly, Annotated,
                    Optional, ClassVar, get_type_hints, overload, get_overloads, final, override)

sys.stderr = sys.stdout


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), p._fields, p._field_defaults, Point.__annotations__, Point.__mro__)
print(p._replace(x=1), p._asdict(), Point._make([1, 2, 'q']), isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, [b.__name__ for b in Emp.__orig_bases__])
attempt("non-default after default", lambda: exec("class B(NamedTuple):\n    a: int = 1\n    b: str", globals()))
attempt("bad base", lambda: exec("class B(NamedTuple, int):\n    a: int", globals()))
attempt("overwrite _fields", lambda: exec("class B(NamedTuple):\n    a: int\n    def _asdict(self): pass", globals()))


class Movie(TypedDict):
    title: str
    year: int


class Movie2(Movie, total=False):
    rating: float
    director: Required[str]


class Partial(TypedDict, total=False):
    a: int
    b: Required[str]
    c: NotRequired[bytes]
    d: ReadOnly[int]


m = Movie(title='x', year=1)
print(m, type(m), Movie.__required_keys__ == {'title', 'year'}, Movie.__total__, Movie.__mro__)
print(sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__annotations__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), sorted(Partial.__readonly_keys__),
      sorted(Partial.__mutable_keys__), Partial.__total__)
print(typing.is_typeddict(Movie), typing.is_typeddict(dict), typing.is_typeddict(m))
Func = TypedDict('Func', {'a': int, 'b': str}, total=False)
print(Func(a=1), Func.__annotations__, sorted(Func.__optional_keys__), Func.__module__)
attempt("isinstance TypedDict", lambda: isinstance({}, Movie))
attempt("TypedDict non-TypedDict base", lambda: exec("class B(Movie, int): pass", globals()))
print(get_type_hints(Partial), get_type_hints(Partial, include_extras=True))

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None, type(UserId(3)))
attempt("subclass NewType", lambda: exec("class B(UserId): pass", globals()))
Nested = NewType('pkg.Nested', str)
print(Nested, Nested.__name__, Nested.__qualname__)


class Node:
    value: int
    children: 'list[Node]'
    parent: Optional['Node']
    count: ClassVar[int] = 0
    meta: Annotated[str, 'doc']


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['meta'])


class Child(Node):
    extra: 'Undefined | None' = None


attempt("unresolvable hint", lambda: get_type_hints(Child))


def func(a: 'int', b: list['str'], c: None = None, *args: 'Node', **kw: float) -> 'Optional[int]':
    pass


print(get_type_hints(func))
print(get_type_hints(func, localns={'int': bytes}))
attempt("hints of 3", lambda: get_type_hints(3))
print(get_type_hints(typing.no_type_check(func)))


@overload
def over(x: int) -> int: ...
@overload
def over(x: str) -> str: ...
def over(x):
    return x


print(over(3), [f.__annotations__ for f in get_overloads(over)], get_overloads(print))
attempt("call overload", lambda: overload(lambda: 1)())
typing.clear_overloads()
print(get_overloads(over))


@final
class Leaf:
    @final
    def m(self): pass

    @override
    def __repr__(self): return 'Leaf()'


print(Leaf.__final__, Leaf.m.__final__, Leaf.__repr__.__override__, Leaf())


@typing.dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)
print(typing.reveal_type(42))
print(typing.IO, typing.TextIO, typing.BinaryIO, typing.IO[str], typing.TextIO.__mro__)
print(typing.IO.__parameters__, typing.TextIO.__parameters__)
print(typing.get_type_hints(typing.BinaryIO.write))
