import enum, pickle, copy
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0
print(list(Color), list(Color.__members__), len(Color), Color._flag_mask_, Color._all_bits_)
for v in range(9):
    t(lambda: Color(v))
for m in Color.__members__.values():
    print(repr(m), str(m), format(m), bool(m), len(m), list(m), repr(~m), m.name, m.value)
print(repr(Color.RED | Color.BLUE), repr(Color.WHITE & ~Color.GREEN), repr(Color.RED ^ Color.WHITE))
print(Color.RED in Color.WHITE, Color.WHITE in Color.RED, Color.BLACK in Color.RED)
print(Color.RED | Color.GREEN is Color(3), Color(3) is Color(3))
t(lambda: Color.RED | 2)
t(lambda: Color.RED & 'x')
t(lambda: 'x' in Color.RED)
print(pickle.loads(pickle.dumps(Color.RED | Color.BLUE)) is (Color.RED | Color.BLUE), copy.deepcopy(Color.RED) is Color.RED)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), Perm.R + 2, Perm.R | 8, repr(Perm.R | 8), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), repr(~Perm(0)), repr(~(Perm.R|Perm.W|Perm.X)), repr(Perm(-1)), repr(Perm(-8)), repr(Perm(100)))
print(repr(Perm.R & 6), repr(6 & Perm.R), repr(Perm.W ^ 3), repr(3 | Perm.R), Perm.R == 4, isinstance(Perm.R | Perm.W, Perm))
print(format(Perm.R | Perm.X, '08b'), f'{Perm.W}', list(Perm.R | Perm.X | 8), Perm.R in Perm(7), len(Perm(15)))
for boundary in (STRICT, CONFORM, EJECT, KEEP):
    class B(Flag, boundary=boundary):
        A = 1
        C = 4
    print(boundary, repr(boundary), B._boundary_)
    for v in (0, 1, 2, 3, 5, 8, 13, -1, -2):
        t(lambda: B(v))
    t(lambda: ~B.A)
class D(Flag):
    X = 8
    Y = 1
    Z = 2
print(list(D), list(D(11)), repr(D(11)), list(D))
class Multi(Flag):
    A = 1
    B = 2
    AB = 3
    C = 16
print(list(Multi), repr(Multi(3)), repr(Multi(19)), repr(Multi(17)), repr(~Multi.A), Multi._singles_mask_)
class Gen(Flag):
    A = auto()
    B = 8
    C = auto()
print(list(Gen))
class IG(IntFlag, boundary=STRICT):
    A = 1
    B = 2
t(lambda: IG(4))
t(lambda: IG.A | 4)
print(repr(FlagBoundary.STRICT), str(FlagBoundary.KEEP), list(FlagBoundary))
print(enum.show_flag_values(13), enum.bin(5), enum.bin(-5), enum.bin(0), enum.bin(5, 8), enum.bin(-5, 8))
F2 = Flag('F2', 'a b c d')
print(list(F2), repr(F2.a | F2.d), repr(~F2.a))
IF = IntFlag('IF', [('x', 1), ('y', 4)])
print(list(IF), repr(IF(5)), repr(IF(7)))
print(dir(Color), dir(Color.RED))
print(sorted(set(dir(Perm)) - set(dir(int))), dir(Perm.R)[:6])
