# Class-scope and closure names in the FORWARDREF/STRING formats, TypeVarTuple substitution, generic NamedTuple. Recorded with CPython 3.14.
import annotationlib, re, typing


def clean(value):
    return re.sub(r' at 0x[0-9a-f]+', '', str(value))


from annotationlib import Format, get_annotations
class A:
    T = int
    x: T
    y: list[T]
    z: Missing
print(get_annotations(A, format=Format.STRING), clean(get_annotations(A, format=Format.FORWARDREF)))
def outer():
    local = str
    def inner(a: local, b: Nope): pass
    return inner
print(get_annotations(outer(), format=Format.STRING), clean(get_annotations(outer(), format=Format.FORWARDREF)))
class B[T]:
    a: T
    def m[U](self, x: U, y: T) -> Missing: pass
print(get_annotations(B, format=Format.STRING), get_annotations(B.m, format=Format.STRING), clean(get_annotations(B.m, format=Format.FORWARDREF)))
Ts = typing.TypeVarTuple('Ts')
T = typing.TypeVar('T')
class V(typing.Generic[T, *Ts]): pass
print(V[int, str, bytes], V[int], V.__parameters__)
class V2(typing.Generic[*Ts, T]): pass
print(V2[int, str, bytes], V2[int])
print(tuple[*Ts], tuple[int, *Ts][str, bytes], typing.Tuple[int, *Ts])
def f(*args: *Ts): pass
print(f.__annotations__)
try:
    class NG: pass
    NG[int]
except TypeError as e: print(e)
print(typing.get_args(tuple[int, ...]), typing.get_args(typing.Callable[[], int]))
nt = typing.NamedTuple('nt', [])
print(nt())
class GN(typing.NamedTuple, typing.Generic[T]):
    a: T
print(GN[int], GN.__mro__, GN(1))
