print(list[int], type(list[int]).__name__, list[int].__origin__, list[int](range(3)), dict[str, list[int]], tuple[int, ...], list[()])
print(list[int] == list[int], list[int] != list[str], hash(list[int]) == hash(list[int]), list[int].__args__, list[int].__parameters__)
print(list[int].append, BaseExceptionGroup[int], set[frozenset[int]])
class L(list): pass
print(L[int], L[int]().__orig_class__)
class Derived(list[int]): pass
print(Derived.__mro__[1], Derived.__orig_bases__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    list[int][str]
except TypeError as e:
    print(e)
print(repr(dict[str, None]), list[1, "x"])
