# Importing array registers array.array as a collections.abc.MutableSequence (CPython's
# module init does it), so isinstance and pattern matching see a sequence.
import array
import collections.abc

a = array.array("B", [1, 2])
print(isinstance(a, collections.abc.MutableSequence), isinstance(a, collections.abc.Sequence))
print(issubclass(array.array, collections.abc.MutableSequence), isinstance(a, collections.abc.Hashable))
match a:
    case [first, *rest]:
        print("sequence", first, rest)
print(array.array.__hash__)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
