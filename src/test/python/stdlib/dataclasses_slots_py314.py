from dataclasses import dataclass, field
import dataclasses
class Base:
    def hello(self): return 'base'
@dataclass(slots=True)
class S(Base):
    a: int = 0
    def hello(self): return 'S+' + super().hello()
    @property
    def double(self): return self.a * 2
    @classmethod
    def make(cls): return cls(5)
print(S(2).hello(), S(3).double, S.make(), type(S.make()) is S)
@dataclass(slots=True)
class S2(S):
    b: int = 1
print(S2(1, 2), S2.__slots__, S2(1).hello())
@dataclass(frozen=True, slots=True)
class FS:
    x: int
    def __post_init__(self):
        object.__setattr__(self, 'x', self.x * 10)
print(FS(1))
try:
    FS(1).x = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass(eq=True, frozen=False, unsafe_hash=False)
class H:
    x: int
print(H.__hash__)
@dataclass(frozen=True)
class FH:
    x: int
    y: list = field(default_factory=list, hash=False, compare=False)
print(hash(FH(1)) == hash((1,)), FH(1) == FH(1, [2]))
@dataclass
class Cmp:
    x: float
n = float('nan')
print(Cmp(n) == Cmp(n), (n,) == (n,))
from dataclasses import dataclass
try:
    @dataclass(slots=True)
    class A:
        __slots__ = ('x',)
        x: int
except TypeError as e:
    print(e)
