import enum, pickle, copy, sys
from enum import Enum, IntEnum, StrEnum, Flag, auto, unique, verify, member, nonmember, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck, ReprEnum, EnumType, EnumMeta
def _stable(message):
    # a set of classes prints in hash (address) order, which changes from run to run: sort it
    head, brace, rest = message.partition('{')
    if not brace or not rest.endswith('}') or '<class' not in rest:
        return message
    return head + '{' + ', '.join(sorted(rest[:-1].split(', '))) + '}'
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, _stable(str(e)))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)
print(repr(Planet.EARTH), Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))
print(dir(Planet.EARTH))
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    X = (0, 'P.X')
    Y = (1, 'P.Y')
print(Coord.Y.name, Coord.Y.label, Coord(1), Coord.X == b'\x00')
class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    A = 3
    B = 1
    C = 2
print(sorted(Ordered))
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Shape('circle'), Shape.ALIAS_FOR_SQUARE, Shape(2).name, list(Shape.__members__.items()))
t(lambda: Shape(9))
t(lambda: Shape('nope'))
class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
t(lambda: Bad(2))
t(lambda: unique(Shape))
@unique
class U(Enum):
    A = 1
    B = 2
print(list(U))
t(lambda: verify(UNIQUE)(Shape))
class Gap(Enum):
    A = 1
    B = 2
    D = 5
t(lambda: verify(CONTINUOUS)(Gap))
class FGap(Flag):
    A = 1
    D = 8
t(lambda: verify(CONTINUOUS)(FGap))
class Named(Flag):
    A = 1
    B = 2
    ABC = 7
    XY = 24
t(lambda: verify(NAMED_FLAGS)(Named))
print(repr(EnumCheck.UNIQUE), str(EnumCheck.CONTINUOUS))
class WithMember(Enum):
    A = 1
    B = member(lambda x: x)
    C = nonmember(3)
    D = lambda x: x
print(list(WithMember.__members__), WithMember.C, WithMember.B.value(7))
class Mixed(float, Enum):
    A = 1.5
    B = 2.25
print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), Mixed.A + 1, Mixed.A < 2)
class MyStrMixin(str, Enum):
    X = 'ex'
print(repr(MyStrMixin.X), str(MyStrMixin.X), format(MyStrMixin.X), MyStrMixin.X == 'ex', MyStrMixin('ex'))
class S(StrEnum):
    UP = auto()
    DOWN = auto()
print(list(S), S.UP.upper(), S('down'), '%s|%r' % (S.UP, S.UP), S.UP + '!')
class I(IntEnum):
    A = 1
    B = 2
print(I.A + I.B, I(1) < 2, hash(I.A) == hash('A'), I.A == 1, sorted([I.B, 0, I.A]), int(I.B), str(I.B), format(I.B, 'x'))
print(pickle.loads(pickle.dumps(I.B)) is I.B, pickle.loads(pickle.dumps(Shape.CIRCLE)) is Shape.CIRCLE, copy.copy(Shape.CIRCLE) is Shape.CIRCLE)
print(Shape.CIRCLE.__reduce_ex__(4), I.A.__reduce_ex__(4))
class AutoInt(Enum):
    A = auto()
    B = 10
    C = auto()
    D = auto(), 'x'
print(list(AutoInt), repr(auto()), repr(auto(5)))
class CustomGen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return (name, start, count, tuple(last_values))
    P = auto()
    Q = auto()
print(list(CustomGen))
class Pvt(Enum):
    A = 1
    _Pvt__hidden = 2
    __dunder__ = 3
    _sunder = 4
print(list(Pvt), Pvt._Pvt__hidden, Pvt.__dunder__)
class Base(Enum):
    def describe(self):
        return f'{self.name}={self.value}'
    @classmethod
    def first(cls):
        return next(iter(cls))
class Child(Base):
    X = 1
    Y = 2
print(Child.X.describe(), Child.first(), isinstance(Child.X, Base), type(Child.X), type(Child))
class NameValue(Enum):
    name = 1
    value = 2
print(repr(NameValue.name), NameValue.name.name, NameValue.value.value, NameValue['value'])
print(EnumMeta is EnumType, isinstance(Shape, EnumType), type(Enum), repr(Enum), repr(Flag), repr(IntEnum), repr(ReprEnum))
E = Enum('E', 'x y', module=__name__, qualname='E')
print(pickle.loads(pickle.dumps(E.y)) is E.y)
E2 = Enum('E2', (('a', 5), ('b', 5)))
print(list(E2), E2.b, list(E2.__members__))
E3 = Enum('E3', {'a': [1], 'b': [2]})
print(E3([2]), [1] in E3, [3] in E3, 2 in E3, E3.a in E3)
print(E3([1]).value)
t(lambda: E3([9]))
E4 = Enum('E4', [], type=int)
print(list(E4), E4.__mro__)
E5 = Enum('E5', 'one two', start=10)
print(list(E5))
t(lambda: Enum('E6', 'a', type=int, start='x'))
class Dup(Enum):
    A = 1
    B = 2
Dup.A._add_alias_('ONE')
Dup.B._add_value_alias_(20)
print(Dup.ONE, Dup(20), list(Dup), list(Dup.__members__))
t(lambda: Dup.A._add_value_alias_(2))
t(lambda: Dup.A._add_alias_('B'))
class Tup(tuple, Enum):
    A = (1, 2)
print(repr(Tup.A), Tup.A[0], Tup((1, 2)))
class WithInitSub(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__()
class Sub(WithInitSub, flag=1):
    A = 1
print(list(Sub))
t(lambda: Enum('X', 'a b', type=int)(3))
t(lambda: IntEnum('X', 'a b')('1'))
t(lambda: EnumType.__call__(Shape, 2))
class H(Enum):
    A = [1]
    B = [2]
print(H([1]), H.A.value)
print(Shape.__members__['SQUARE'], type(Shape.__members__).__name__, 'x' in dir(Shape))
print([m for m in reversed(Shape)], Shape.CIRCLE.__objclass__)
print(hasattr(Shape, 'missing'), getattr(Shape, 'SQUARE'))
print(bool(Shape), bool(Shape.SQUARE), bool(Enum('Z', 'a').a))
class Empty(Enum):
    pass
print(list(Empty), len(Empty), repr(Empty))
class ExtendsEmpty(Empty):
    A = 1
print(list(ExtendsEmpty))
def define(src):
    def run():
        ns = {'Enum': Enum, 'Empty': Empty}
        exec(src, ns)
        return list(ns['X'])
    return run
t(define('class X(Empty, int): pass'))
try:
    define('class X(int, str, Enum): pass')()
except TypeError as e:  # the message shows a set of types, ordered by their (address-based) hashes: sort it
    head, _, members = str(e).partition('{')
    print('TypeError', head + '{' + ', '.join(sorted(members.rstrip('}').split(', '))) + '}')
t(define('class X(int, Enum):\n  A = "x"'))
t(define('class X(Enum):\n  A = 1\n  B = 2\n  __order__ = "B A"'))
t(define('class X(Enum):\n  _ignore_ = ["A"]\n  A = 1\n  _ignore_ = "B"'))
@enum.global_enum
class GE(Enum):
    GA = 1
    GB = 2
print(repr(GE.GA), str(GE.GA), GA)
@enum.global_enum
class GF(Flag):
    FA = 1
    FB = 2
print(repr(GF.FA), repr(GF.FA | GF.FB), repr(GF(0)), str(GF.FA|GF.FB))
class PBN(Enum):
    __reduce_ex__ = enum.pickle_by_enum_name
    A = 1
print(PBN.A.__reduce_ex__(2), pickle.loads(pickle.dumps(PBN.A)) is PBN.A)
print(enum.EnumDict, type(Shape.SQUARE.__class__.__dict__['_member_map_']))
d = enum.EnumDict()
d['a'] = 1
d['_x'] = 2
print(d, d.member_names)
