# what __hash__ returns becomes the hash as is when it fits 64 bits; dataclass hashes are their fields' tuple's
from dataclasses import dataclass
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in (0, 1, -1, -2, 2**61 - 1, 2**61, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**100, True):
    print(v, hash(H(v)))
@dataclass(frozen=True)
class P:
    x: int
    y: str
print(hash(P(1, 'a')) == hash((1, 'a')), P.__hash__ is not None, {P(1, 'a'), P(1, 'a')} == {P(1, 'a')})
@dataclass(eq=True)
class Q:
    x: int
print(Q.__hash__)
@dataclass(unsafe_hash=True)
class R:
    x: int
print(hash(R(3)) == hash((3,)))
class Bad:
    def __hash__(self): return 1.5
try:
    hash(Bad())
except TypeError as e:
    print(e)
