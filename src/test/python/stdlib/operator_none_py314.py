# Python 3.14 additions to operator: is_none and is_not_none. Recorded with CPython 3.14.
import operator
for value in [None, 0, "", False, [], object]:
    print(repr(value), operator.is_none(value), operator.is_not_none(value))
print(list(filter(operator.is_not_none, [1, None, 2, None])), operator.is_none.__doc__, operator.is_not_none.__name__)
print("is_none" in operator.__all__, "is_not_none" in operator.__all__)
