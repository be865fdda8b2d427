# typing with the rest of the library: singledispatch on annotations and unions, inspect.signature, dataclasses, get_type_hints formats. Recorded with CPython 3.14.
import functools, inspect, typing, dataclasses, sys
from typing import Protocol, TypeVar, Generic, Callable
T = TypeVar('T')
@functools.singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register
def _(x: str | bytes): return 'strbytes'
@show.register(list)
def _(x): return 'list'
print(show(1), show('a'), show(b'b'), show([]), show(2.0))
def f(a: int, b: 'list[str]' = None, *c: T) -> typing.Optional[int]: pass
print(inspect.signature(f))
class P(Protocol[T]):
    def get(self) -> T: ...
print(P[int], P.__parameters__, typing.is_protocol(P))
print(isinstance(len, typing.Callable), isinstance(3, typing.Callable), issubclass(int, typing.Hashable))
@dataclasses.dataclass
class D:
    x: int
    y: typing.ClassVar[int] = 3
    z: dataclasses.InitVar[int] = 0
    def __post_init__(self, z): self.w = z
print(D(1, 5), [f.name for f in dataclasses.fields(D)], D(1, 5).w)
print(typing.get_type_hints(sys.modules[__name__]))
x: int = 1
print(typing.get_type_hints(sys.modules[__name__]))
class Tree(Generic[T]):
    left: 'Tree[T] | None'
print(typing.get_type_hints(Tree))
import annotationlib
class Fwd:
    a: 'Undefined'
    b: list['Also']
print(annotationlib.get_annotations(Fwd, eval_str=False), typing.get_type_hints(Fwd, format=annotationlib.Format.FORWARDREF) if True else '')
print(typing.get_type_hints(Fwd, format=annotationlib.Format.STRING))
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def wrapped(a: 'int') -> 'str': pass
print(typing.get_type_hints(wrapped), wrapped.__annotations__)
print(typing.Union[int, str] == (int | str), typing.Optional[int] == (int | None))
print(typing.Literal["a"] | typing.Literal["b"])
print(typing.List[int] | typing.Dict[str, int])
type Recursive = list[Recursive] | int
print(Recursive.__value__)
class WithSlots(typing.NamedTuple):
    a: int
print(WithSlots.__slots__ if hasattr(WithSlots, '__slots__') else '-', WithSlots(1))
import annotationlib
print(inspect.get_annotations is annotationlib.get_annotations, 'get_annotations' in inspect.__all__)
print(inspect.get_annotations(wrapped, eval_str=True), inspect.get_annotations(Fwd, format=inspect.Format.STRING))
