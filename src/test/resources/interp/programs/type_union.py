# recorded with CPython 3.14: int | str is typing.Union (3.13: types.UnionType)
import types
u = int | str
print(u, repr(u), type(u), type(u).__name__, type(u).__module__, types.UnionType is type(u))
print(u.__args__, u.__parameters__, int | None, None | int, int | int, (int | str) | float, int | (str | float))
print(u == (str | int), hash(u) == hash(str | int), u == (int | float), int | str | int)
print(isinstance(3, u), isinstance(3.0, u), issubclass(bool, u), isinstance(None, int | None))
print(list[int] | None, int | list[str])
for bad in [lambda: int | 3, lambda: int | "str", lambda: 3 | int, lambda: isinstance(3, int | list[int])]:
    try: print(bad())
    except TypeError as e: print("TypeError", e)
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 3))
print(u | None, (int | None).__args__, bool(u))
class M(type): pass
class C(metaclass=M): pass
print(C | int)
print(u.__origin__ if hasattr(u, '__origin__') else 'no origin')
print(u[int] if False else '', int | type(None))
