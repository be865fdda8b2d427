import enum, pickle, copy, re
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
# re builds RegexFlag with enum._simple_enum and global_enum
print(repr(re.I), repr(re.I | re.M), str(re.S), repr(re.NOFLAG), re.I.value, type(re.I).__name__, repr(re.I | 1024))
class Color(Flag):
    R = auto(); G = auto(); B = auto()
for m in [Color.R, Color.R | Color.B, Color(0), ~Color.G]:
    print(pickle.loads(pickle.dumps(m)) is m, copy.deepcopy(m) is m, m.__reduce_ex__(4))
class Num(IntFlag):
    A = auto(); B = auto(); C = auto()
print(list(Num), Num.C, repr(Num(9)), pickle.loads(pickle.dumps(Num(9))) == 9, Num.A | Num.B | 16)
class WithValueInit(Enum):
    ONE = 1, 'one'
    TWO = 2, 'two'
    def __init__(self, number, word):
        self._value_ = number
        self.word = word
print(repr(WithValueInit.TWO), WithValueInit.TWO.word, WithValueInit.TWO.value, list(WithValueInit))
class AutoNew(Enum):
    def __new__(cls, doc):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        obj.doc = doc
        return obj
    FIRST = 'first doc'
    SECOND = 'second doc'
print(list(AutoNew), AutoNew(2).doc, AutoNew.FIRST.doc)
class Raises(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError('custom')
t(lambda: Raises(5))
try:
    Raises(5)
except KeyError as e:
    print(type(e.__context__).__name__, e.__context__)
class Ordinal(IntEnum):
    LOW = 1
    HIGH = 10
print(max(Ordinal), min(Ordinal), Ordinal.HIGH > Ordinal.LOW, Ordinal.LOW in [1], {Ordinal.LOW: 'x'}[1], Ordinal.HIGH * 2, Ordinal(10) is Ordinal.HIGH)
print(list(map(str, Ordinal)), [format(x, '>4') for x in Ordinal], '%d %s %r' % (Ordinal.LOW, Ordinal.LOW, Ordinal.LOW))
class Weekday(Enum):
    MON = 1
    TUE = 2
    @property
    def is_first(self):
        return self is Weekday.MON
    def __str__(self):
        return self.name.title()
    @classmethod
    def today(cls):
        return cls.TUE
print(Weekday.MON.is_first, str(Weekday.TUE), f'{Weekday.MON}', repr(Weekday.MON), Weekday.today(), dir(Weekday.MON))
class Mood(StrEnum):
    HAPPY = 'happy'
    SAD = 'sad'
    def describe(self):
        return self.upper()
print(Mood.HAPPY.describe(), Mood('sad'), Mood.SAD in ['sad'], ','.join(Mood), sorted(Mood))
t(lambda: Mood('angry'))
t(lambda: Mood(3))
t(lambda: Color('x'))
t(lambda: Color(1.5))
t(lambda: Num('x'))
t(lambda: Color.R + 1)
t(lambda: Color.R < Color.G)
t(lambda: Weekday.MON < Weekday.TUE)
t(lambda: setattr(Weekday, 'MON', 5))
t(lambda: setattr(Weekday, 'NEW', 5))
print(Weekday.NEW, 'NEW' in Weekday.__members__)
t(lambda: Weekday.__members__.__setitem__('X', 1))
print(Weekday['MON'] is Weekday.MON, Weekday.MON.name, Weekday.MON._name_, Weekday.MON._value_, Weekday.MON._sort_order_)
class Inherit(IntEnum):
    X = 1
print(Inherit.X.real, Inherit.X.bit_length(), Inherit.X.to_bytes(1, 'big'), Inherit.X.numerator, Inherit.X.__class__.__mro__)
t(lambda: Enum('Bad', 'a b', type=int, boundary=enum.STRICT))
Boxed = IntFlag('Boxed', 'x y z')
print(list(Boxed), Boxed.__module__, repr(Boxed.x | Boxed.z))
Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal.ANT, Animal.DOG.value, Animal.__qualname__, len(Animal))
print(enum.Enum.__dict__['name'].__doc__, enum.Enum.__dict__['value'].__doc__, Enum.name.__class__ if False else '')
t(lambda: enum.EnumCheck('nope'))
print(enum.EnumCheck('one name per value'), enum.FlagBoundary('keep'))
class Big(Flag):
    A = 1 << 0
    B = 1 << 65
print(repr(Big.A | Big.B), Big._all_bits_ == 2 ** 66 - 1, list(Big))
class Neg(IntFlag):
    A = 1
    B = 2
print(repr(Neg(-1)), repr(Neg(-3)), repr(~Neg.A), repr(Neg(0) | 4))
class Hashy(Enum):
    A = {'k': 1}
    B = [1, 2]
print(Hashy({'k': 1}), Hashy([1, 2]), [1, 2] in Hashy, {'k': 1} in Hashy)
from enum import Enum, IntEnum, StrEnum
class E(IntEnum):
    real = 5
    numerator = 7
print(E.real, E.real.real, E.numerator.numerator, E.numerator.real, repr(E.real))
class S(StrEnum):
    upper = 'x'
print(repr(S.upper), S.upper.value)
class N(Enum):
    name = 'n'
    value = 'v'
print(N.name.name, N.name.value, N.value.name, N.value.value, list(N))
