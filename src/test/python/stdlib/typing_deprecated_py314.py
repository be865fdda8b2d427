# typing's 3.14 DeprecationWarnings for NamedTuple/TypedDict calls without fields. Recorded with CPython 3.14.
import os
import typing
import warnings


def calls(label, thunk):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        result = thunk()
    for w in caught:
        print(label, w.category.__name__, os.path.basename(w.filename) == os.path.basename(__file__), w.message)
    return result


A = calls('A', lambda: typing.NamedTuple('A', a=int))
B = calls('B', lambda: typing.NamedTuple('B'))
C = calls('C', lambda: typing.NamedTuple('C', None))
D = calls('D', lambda: typing.TypedDict('D'))
E = calls('E', lambda: typing.TypedDict('E', None))
try:
    typing.NamedTuple('F', [('a', int)], b=str)
except TypeError as e:
    print(e)
try:
    typing.TypedDict('G', {}, x=int)
except TypeError as e:
    print(e)
print(A._fields, B._fields, C._fields, D.__annotations__, E.__annotations__)
