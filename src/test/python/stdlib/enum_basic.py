import re
import enum
from enum import *
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, re.sub(' at 0x[0-9a-f]+', '', str(e)))
print(enum.__all__)
def mk(src):
    def f():
        ns = {}
        exec(src, {'Enum': Enum, 'Flag': Flag, 'auto': auto, 'IntFlag': IntFlag, 'STRICT': STRICT}, ns)
        return ns
    return f
t(mk("class A(Enum):\n x = 1\n x = 2"))
t(mk("class A(Enum):\n def x(self): pass\n x = 2".replace("def x(self): pass", "x = property(len)")))
t(mk("class A(Enum):\n x = 2\n x = property(lambda s: 1)"))
t(mk("class A(Enum):\n _foo_ = 2"))
t(mk("class A(Enum):\n x = auto()\n def _generate_next_value_(*a): return 1"))
t(mk("class A(Enum):\n x = 1\nclass B(A): pass"))
t(mk("class A(Flag):\n x = 1\n y = 5"))
t(mk("class A(Flag, boundary=STRICT):\n x = 1\n y = 4\n z = 7"))
t(mk("class A(Enum):\n mro = 1"))
t(mk("class A(Enum):\n _order_ = 'b a'\n a = 1\n b = 2"))
t(mk("class A(Enum):\n x = 1\nA.x = 3"))
t(mk("class A(Enum):\n x = 1\ndel A.x"))
t(mk("class A(Enum):\n x = 1\nA.x.name = 3"))
t(mk("class A(Enum):\n x = 1\nA.name"))
t(mk("class A(Enum):\n a = 'x'\n b = auto()"))
t(mk("class A(Enum):\n a = 3\n b = 1\n c = auto()"))
t(mk("class A(Enum):\n _ignore_ = 'a'\n a = 1\n b = 2\nprint(list(A))"))
t(mk("class A(Enum):\n _ignore_ = ['a']\n class N: pass\n b = 2\nprint(list(A), A.N)"))
class C(Enum):
    R = 1; G = 2; B = 3; ALIAS = 1
print(repr(C.R), str(C.R), format(C.R), f'{C.R:>10}', C['G'], C(3), list(C), len(C), C.__members__, dir(C), dir(C.R))
print(1 in C, 7 in C, C.R in C, 'R' in C, list(reversed(C)), repr(C), C.R.__reduce_ex__(2), hash(C.R) == hash('R'))
t(lambda: C(7))
t(lambda: C['zz'])
t(lambda: Enum('X'))
class P(Flag):
    R = 4; W = 2; X = 1; RWX = 7
print(repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), list(P), len(P), list(P.R|P.X), len(P.R|P.W), repr(~P.R), bool(P(0)), P.W in P.RWX, repr(P.RWX), list(P.__members__))
t(lambda: P(8))
t(lambda: P.R | 1)
t(lambda: 1 in P.R)
class IP(IntFlag):
    R = 4; W = 2; X = 1
print(repr(IP.R|8), str(IP.R|IP.W), repr(~IP.R), format(IP.R, 'x'), IP.R + 1, repr(IP(0)), repr(IP(-1)), repr(IP.R|1), repr(IP(12)))
class S(StrEnum):
    A = auto(); B = 'bee'
print(repr(S.A), str(S.A), format(S.A), S.A == 'a', repr(S('bee')))
t(lambda: StrEnum('Y', [('a', 1)]))
class I(IntEnum):
    A = 1; B = auto()
print(repr(I.B), str(I.B), format(I.B, '03d'), I.A + 1, I(2), dir(I.A)[:5])
F = Enum('F', 'a b,c')
print(list(F), F.__module__, F.__qualname__, repr(F.a))
G = Enum('G', [('x', 10), ('y', 20)], start=5)
print(list(G))
H = IntEnum('H', {'p': 1, 'q': 2}, module='mod', qualname='Q.H')
print(list(H), H.__module__, H.__qualname__)
K = Flag('K', 'a b c')
print(list(K), repr(K.a|K.c))
