# Generic classes, TypeVar/ParamSpec/TypeVarTuple, PEP 695 syntax, Protocol. Recorded with CPython 3.14.
import typing
from typing import Generic, TypeVar, ParamSpec, TypeVarTuple, Protocol, runtime_checkable, Callable


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))


T = TypeVar('T')
K = TypeVar('K', bound=str)
V = TypeVar('V', int, float, default=int)
Co = TypeVar('Co', covariant=True)
print(T, K, V, Co, T.__name__, T.__module__, K.__bound__, V.__constraints__, V.__default__, V.has_default())
print(type(T), type(T).__module__, T.__bound__, T.__constraints__, T.__default__, T.evaluate_bound)
attempt("TypeVar single constraint", lambda: TypeVar('X', int))
attempt("TypeVar bivariant", lambda: TypeVar('X', covariant=True, contravariant=True))
attempt("TypeVar infer+co", lambda: TypeVar('X', covariant=True, infer_variance=True))
attempt("TypeVar name", lambda: TypeVar(5))
attempt("TypeVar bound+constraints", lambda: TypeVar('X', int, str, bound=int))
attempt("subclass TypeVar", lambda: exec("class X(TypeVar): pass"))
attempt("inherit from T", lambda: exec("class X(T): pass", {'T': T}))


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item


print(Box.__parameters__, Box.__orig_bases__, Box.__mro__)
print(Box[int], Box[int].__origin__, Box[int].__args__, Box[T], Box[K].__parameters__)
b = Box[int](3)
print(b.item, b.__orig_class__, type(b))
attempt("Box[int, str]", lambda: Box[int, str])
attempt("Box[int][str]", lambda: Box[int][str])


class Pair(Generic[K, V]):
    pass


print(Pair[str, int], Pair.__parameters__, Pair[str, T][float])
attempt("Pair[str]", lambda: Pair[str])


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__)
attempt("IntBox[str]", lambda: IntBox[str])


class Mixed(Box[T], Pair[str, V]):
    pass


print(Mixed.__parameters__, Mixed[int, float])
attempt("plain Generic", lambda: exec("class X(Generic): pass", {'Generic': Generic}))
attempt("Generic twice", lambda: exec("class X(Generic[T], Generic[K]): pass", globals()))
attempt("not listed", lambda: exec("class X(Box[T], Generic[K]): pass", globals()))


# PEP 695
def first[X](items: list[X]) -> X:
    return items[0]


print(first.__type_params__, first([7, 8]), first.__annotations__)


class Stack[E]:
    def push(self, item: E) -> None:
        pass


print(Stack.__type_params__, Stack.__parameters__, Stack[int], Stack.__orig_bases__, Stack.__mro__)
E, = Stack.__type_params__
print(E, E.__infer_variance__, E.__module__, type(E))


class Bounded[N: (int, float), *Ts, **Ps]:
    pass


class Defaulted[S: str = str]:
    pass


N, Ts, Ps = Bounded.__type_params__
S, = Defaulted.__type_params__
print(Bounded.__parameters__, Bounded[int, str, bytes, [float]], Defaulted[str], Defaulted.__parameters__)
print(N.__constraints__, N.evaluate_constraints(1), S.__bound__, S.__default__, S.evaluate_default(1))
print(Ts, Ps, Ps.args, Ps.kwargs, Ts.has_default(), Ps.has_default(), Ts.__default__)
type ListOrSet[Item] = list[Item] | set[Item]
type Plain = dict[str, int]
print(ListOrSet, ListOrSet.__type_params__, ListOrSet.__value__, ListOrSet[int], Plain.__value__)
print(type(Plain), Plain.__name__, Plain.__module__, Plain.__type_params__, ListOrSet.__parameters__)
attempt("Plain[int]", lambda: Plain[int])
attempt("TypeAliasType()", lambda: typing.TypeAliasType('A', int, type_params=(T,)))
A = typing.TypeAliasType('A', list[T], type_params=(T,))
print(A, A[int], A.__value__, A.__type_params__, A.__module__)
print(Plain | None, int | Plain)


def lazy():
    type Later = Undefined
    return Later


print(lazy().__name__)
attempt("lazy value", lambda: lazy().__value__)
# ParamSpec and TypeVarTuple
P = ParamSpec('P')
Ts2 = TypeVarTuple('Ts2')
print(P, P.args, P.kwargs, P.args.__origin__ is P, P.__name__, Ts2, list(Ts2), typing.Unpack[Ts2])


class Fn(Generic[P, T]):
    pass


print(Fn[[int, str], bool], Fn[..., int], Fn.__parameters__)


class Single(Generic[P]):
    pass


print(Single[int, str], Single[[int]])
print(Callable[P, T][[int], str], T | None, None | T, T | int | str)


# Protocol
class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    size: int

    def length(self) -> int: ...


class File:
    def close(self): pass


class Thing:
    size = 3

    def length(self): return 3


print(typing.is_protocol(Closable), typing.is_protocol(File), sorted(typing.get_protocol_members(Sized2)))
print(isinstance(Thing(), Sized2), isinstance(File(), Sized2), Closable.__protocol_attrs__)
attempt("isinstance non-runtime", lambda: isinstance(File(), Closable))
attempt("issubclass data protocol", lambda: issubclass(Thing, Sized2))
attempt("instantiate protocol", lambda: Closable())
attempt("protocol bad base", lambda: exec("class X(Protocol, int): pass", globals()))
attempt("runtime_checkable non-protocol", lambda: runtime_checkable(File))


class Impl(Closable):
    pass


print(type(Impl()).__name__, Impl._is_protocol)


@runtime_checkable
class HasRead[R](Protocol):
    def read(self) -> R: ...


print(HasRead[int], issubclass(File, HasRead), isinstance(open if False else File(), HasRead))
print(isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt), issubclass(float, typing.SupportsIndex))
print(isinstance(3, typing.SupportsAbs), typing.SupportsAbs[int])
