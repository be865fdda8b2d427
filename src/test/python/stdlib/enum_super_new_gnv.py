# enum: _generate_next_value_ becomes a staticmethod, super().__new__ inside a member __new__ during
# class creation is refused, and an error creating a member is raised without the __set_name__ note.
from enum import Enum, IntEnum, Flag, auto
class E(Enum):
    pass
try:
    E(1)
except Exception as e:
    print(type(e).__name__, e)
class L(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
print(type(L.__dict__['_generate_next_value_']).__name__, L.A.value)
for base in (Enum, IntEnum, Flag):
    try:
        class BadSuper(base):
            def __new__(cls, value):
                obj = super().__new__(cls, value)
                return obj
            failed = 1
    except Exception as e:
        print(type(e).__name__, e, e.__notes__ if hasattr(e, '__notes__') else None, type(e.__cause__).__name__)
class Boom(Exception):
    pass
try:
    class Bad(Enum):
        def __new__(cls, value):
            raise Boom("no")
        X = 1
except Exception as e:
    print(type(e).__name__, e, getattr(e, '__notes__', None), repr(e.__cause__))

# A Flag member whose value is not an int is neither a canonical flag nor combinable.
from enum import Flag, show_flag_values
from collections import namedtuple


class WithNone(Flag):
    A = 1
    E = None


print(WithNone.A.value, WithNone.E.value, list(WithNone), WithNone._member_names_)
for f in (lambda: WithNone.A | WithNone.E, lambda: WithNone.E & WithNone.A, lambda: ~WithNone.E):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(show_flag_values(10))
try:
    show_flag_values(-8)
except ValueError as e:
    print("ValueError", e)

# auto() inside a namedtuple value keeps the namedtuple.
T = namedtuple('T', 'index desc')


class Numbered(Enum):
    first = T(auto(), 'for the money')
    second = T(auto(), 'for the show')


print(Numbered.second.value, type(Numbered.first.value).__name__, Numbered.first.value.index)
