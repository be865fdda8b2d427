# typing's special forms and generic aliases: reprs, get_origin/get_args, errors. Recorded with CPython 3.14.
import collections.abc
import typing
from typing import (Any, Optional, Union, Literal, Final, ClassVar, Annotated, Callable, List, Dict,
                    Tuple, Set, FrozenSet, Type, Iterable, Mapping, Sequence, DefaultDict, Deque, Counter,
                    Generator, Self, Never, NoReturn, LiteralString, TypeAlias, TypeGuard, TypeIs,
                    Required, NotRequired, ReadOnly, Concatenate, ParamSpec, get_origin, get_args)


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
    else:
        print(label, "->", repr(result))


print(Any, Optional, Union, Literal, Final, ClassVar, Annotated, Callable, List, Self, Never, NoReturn)
print(LiteralString, TypeAlias, TypeGuard, TypeIs, Required, NotRequired, ReadOnly, Concatenate)
print(Optional[int], Union[int, str], Union[int], Union[int, None, str], Union[int, int])
print(Literal[1, 'a', None, True], Literal[1, 1, 2], Literal[Literal[1, 2], 3])
print(Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(Final[int], ClassVar[list[int]], TypeGuard[int], TypeIs[str], Required[int], ReadOnly[str])
print(Annotated[int, 'meta'], Annotated[Annotated[int, 1], 2], Annotated[int, 'x'].__metadata__)
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable)
print(List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Tuple[int, str], Set[int], FrozenSet[str])
print(Type[int], Iterable[int], Mapping[str, int], Sequence[int], DefaultDict[str, int], Deque[int])
print(Counter[str], Generator[int], Generator[int, str, bool], typing.ContextManager[int])
print(List, Dict, typing.Hashable, typing.Sized, typing.AbstractSet, typing.Pattern, typing.Match)
print(List[int] == List[int], List[int] == list[int], hash(List[int]) == hash(List[int]))
print(isinstance([], List), issubclass(list, typing.Sequence), isinstance({}, typing.Mapping))
print(issubclass(dict, typing.MutableMapping), isinstance(3, typing.Hashable))
print(List[int].__origin__, List[int].__args__, List[int].__parameters__)
T = typing.TypeVar('T')
print(List[T], List[T][int], Dict[str, T][int], List[T].__parameters__)
print(Callable[[T], T][int], Callable[..., T][str])
for tp in [int, List[int], list[int], Dict[str, int], Optional[int], int | str, Literal[1, 2],
           Annotated[int, 'm'], Callable[[int], str], Callable[..., str], Tuple[int, ...], ClassVar[int],
           Generic_ := typing.Generic, Final[int], Any, T, collections.abc.Callable[[int], str]]:
    print(repr(tp), '|', get_origin(tp), '|', get_args(tp))
print(get_origin(typing.Generic[T]), get_args(typing.Generic[T]))
P = ParamSpec('P')
print(Concatenate[int, P], get_args(Concatenate[int, P]), Callable[Concatenate[int, P], str])
print(Callable[P, int], get_args(Callable[P, int]))
print(Union[int, "str"], Optional["X"], List["int"])
print(typing.Text, typing.TYPE_CHECKING, typing.AnyStr, typing.AnyStr.__constraints__)
print(int | List[int], List[int] | None, Literal[1] | None, Any | None, Optional[Any])
attempt("Union[()]", lambda: Union[()])
attempt("Optional[int, str]", lambda: Optional[int, str])
attempt("List[int, str]", lambda: List[int, str])
attempt("Dict[int]", lambda: Dict[int])
attempt("Callable[int]", lambda: Callable[int])
attempt("Annotated[int]", lambda: Annotated[int])
attempt("ClassVar[int, str]", lambda: ClassVar[int, str])
attempt("Final[ClassVar[int]]", lambda: List[ClassVar[int]])
attempt("Self[int]", lambda: Self[int])
attempt("Any()", lambda: Any())
attempt("isinstance Any", lambda: isinstance(1, Any))
attempt("isinstance List[int]", lambda: isinstance([], List[int]))
attempt("isinstance Optional", lambda: isinstance(1, Optional))
attempt("List()", lambda: List())
attempt("Literal()", lambda: Literal())
attempt("List[int]()", lambda: List[int]())
attempt("Deque[int]()", lambda: Deque[int]([1, 2]))
attempt("Dict[str, int] call", lambda: Dict[str, int]())
attempt("subclass ClassVar", lambda: exec("class X(ClassVar): pass"))
attempt("subclass ClassVar[int]", lambda: exec("class X(ClassVar[int]): pass"))
attempt("subclass Union", lambda: exec("class X(int | str): pass"))
attempt("List[int][str]", lambda: List[int][str])
attempt("Generic[int]", lambda: typing.Generic[int])
attempt("Generic[T, T]", lambda: typing.Generic[T, T])
attempt("Generic[()]", lambda: typing.Generic[()])
print(typing.cast(int, 'x'), typing.assert_type(3, int))
attempt("assert_never", lambda: typing.assert_never('y' * 200))
print(typing.Optional.__name__ if hasattr(typing.Optional, '__name__') else '-', ClassVar._name if hasattr(ClassVar, '_name') else '')
class Sub(List[int]):
    pass
print(Sub.__mro__, Sub.__orig_bases__)
class Sub2(typing.Mapping[str, int]):
    def __getitem__(self, k): return 1
    def __iter__(self): return iter(['a'])
    def __len__(self): return 1
print(dict(Sub2()), Sub2.__mro__[:2])
print(sorted(typing.__all__))
print(sorted(n for n in dir(typing) if not n.startswith('_')))
print(sorted(typing.EXCLUDED_ATTRIBUTES))
print(typing.T, typing.KT, typing.VT, typing.T_co, typing.V_co, typing.VT_co, typing.T_contra, typing.CT_co, typing.CT_co.__bound__)
print(typing.ByteString, typing.Pattern[str], typing.Match[bytes], typing.AsyncContextManager[int], typing.ForwardRef)
