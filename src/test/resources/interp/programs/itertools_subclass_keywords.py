# A subclass of a positional-only itertools type that overrides __init__ may take keywords:
# the constructor leaves them to __init__ (CPython); without such an __init__ they are refused.
from itertools import chain, cycle, dropwhile, filterfalse, islice, starmap, takewhile

cases = [
    (chain, ('ab', 'cd')),
    (cycle, ('ab',)),
    (dropwhile, (lambda x: x < 2, [1, 2, 3])),
    (filterfalse, (None, [0, 1, 2])),
    (islice, ('abcdef', 1, 4)),
    (starmap, (pow, [(2, 3), (3, 2)])),
    (takewhile, (lambda x: x < 3, [1, 2, 3])),
]
for cls, args in cases:
    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    u = WithInit(*args, newarg=3)
    print(cls.__name__, type(u) is WithInit, list(islice(u, 0, 4)), u.newarg)

    class Plain(cls):
        pass
    try:
        Plain(*args, newarg=3)
    except TypeError as e:
        print('  TypeError', e)
    try:
        cls(*args, newarg=3)
    except TypeError as e:
        print('  TypeError', e)
