# typing.Union (int | str): reprs, flattening, equality, substitution, copying, errors. Recorded with CPython 3.14.
import copy, types, typing
u = int | str
print(u, type(u), u.__args__, types.UnionType, types.UnionType.__module__, types.UnionType.__name__, types.UnionType.__qualname__)
print(u.__origin__, u.__parameters__, typing.Union is types.UnionType)
print(typing.Union[int], typing.Union[int, int, str], typing.Union[int, None], typing.Optional[int])
for bad in [lambda: typing.Union[()], lambda: types.UnionType(), lambda: int | 3, lambda: isinstance(1, int | list[int]), lambda: typing.Union[3], lambda: (int|str)[int], lambda: typing.Union[int, list]]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(isinstance(1, int | str), issubclass(bool, str | int), (int | str) == (str | int), int | str | int, (int|str)|(float|int))
print(list[int] | None, None | int, int | list[int] == list[int] | int)
print(hash(int|str) == hash(str|int), u.__name__ if hasattr(u, '__name__') else '-', dir(u)[:5])
T = typing.TypeVar('T')
print(int | T, (int | T)[str], (list[T] | int)[str], (T | None).__parameters__)
print(typing.Union[int, "str"], int | typing.Any)
class A: pass
print(A | None, typing.Union[[int], str] if False else 0)
print(repr(typing.Union), repr(typing.Optional))
try:
    class X(int | str): pass
except Exception as e: print(type(e).__name__, e)
print(typing.get_args(int | str), typing.get_origin(int | str), u.__hash__ is not None)
print(u.__unhashable_args__ if hasattr(u, '__unhashable_args__') else '')
print(typing.Union[int, [1]])
u = int | list[str] | None
print(sorted(n for n in dir(u) if not n.startswith('_') or n in ('__args__', '__parameters__', '__origin__')))
print(copy.copy(u) == u, copy.deepcopy(u) == u)
print(u.__args__, u.__parameters__, typing.get_args(u))
try: u.__args__ = ()
except AttributeError as e: print('AttributeError', e)
print(typing.Union.__doc__ is not None, typing.Union.__module__, typing.Union.__qualname__)
print(int | str in {str | int: 1}, {int | str: 1}[str | int])
T = typing.TypeVar('T')
print((T | int)[str], (list[T] | None)[int], typing.Union[T, int][str])
try: (T | int)[str, int]
except TypeError as e: print(e)
