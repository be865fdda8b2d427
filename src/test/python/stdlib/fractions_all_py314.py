import fractions, math, sys, copy, pickle, random, decimal, numbers
from fractions import Fraction as F
from decimal import Decimal
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for args in [(), (7,), (-6, 4), (6, -4), (0, -5), (3.75,), (-0.1,), (1e300,), (F(1, 3),), (F(1, 3), F(2, 5)), (Decimal('1.25'),), (Decimal('-0.001'),),
             ('3/7',), (' -12 / 16 ',), ('1.5',), ('-.25',), ('1e3',), ('1.5E-2',), ('1_000/3',), ('+7',), ('0.1_2',), ('1/0',), ('abc',), ('1/-2',), ('1.',), ('.',), ('',), ('1/2/3',),
             (float('nan'),), (float('inf'),), (1.5, 2), (1, 2.5), ([],), ('3', 4), (True,), (True, 2), (10**30, 10**20), (Decimal('nan'),)]:
    t(lambda: F(*args))
class R:
    def as_integer_ratio(self): return (6, 8)
t(lambda: F(R()))
t(lambda: F.from_number(R()))
t(lambda: F.from_number(2.5))
t(lambda: F.from_number(3))
t(lambda: F.from_number('1'))
t(lambda: F.from_number(Decimal('0.5')))
t(lambda: F.from_float(0.1))
t(lambda: F.from_float(3))
t(lambda: F.from_float('x'))
t(lambda: F.from_float(Decimal(1)))
t(lambda: F.from_decimal(Decimal('3.14')))
t(lambda: F.from_decimal(5))
t(lambda: F.from_decimal(1.5))
a, b = F(3, 4), F(-5, 6)
others = [b, 2, -3, 0, 0.5, 1.5 + 2j, Decimal('1.5'), True, F(0)]
import operator as op
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow']:
    fn = getattr(op, name)
    for o in others:
        t(lambda: fn(a, o))
        t(lambda: fn(o, a))
for o in others:
    t(lambda: divmod(a, o))
    t(lambda: divmod(o, a))
t(lambda: pow(a, 2, 5))
t(lambda: F(-8, 27) ** F(1, 3))
t(lambda: F(4, 9) ** F(1, 2))
t(lambda: F(-2, 3) ** -3)
t(lambda: F(0) ** -2)
t(lambda: 2 ** F(3))
t(lambda: 2 ** F(-3))
t(lambda: 2.0 ** F(1, 2))
t(lambda: (-8) ** F(1, 3))
t(lambda: F(1, 2) ** 0.5)
t(lambda: F(1, 2) ** (1 + 1j))
print(+a, -a, abs(b), int(b), math.trunc(b), math.floor(b), math.ceil(b), round(b), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(b, 1), round(F(12345, 7), -2), float(b), complex(a))
print(a.numerator, a.denominator, a.real, a.imag, a.conjugate(), a.as_integer_ratio(), a.is_integer(), F(4, 2).is_integer(), bool(F(0)), bool(a))
print(a == F(6, 8), a == 0.75, a == 0.75 + 0j, a == 1j, a != 0.1, F(1) == 1, F(1) == True, a == Decimal('0.75'), a == 'x', a < 1, a > 0.7, a <= F(3, 4), a >= b, b < -0.8, a < float('inf'), a > float('nan'), a < float('nan'), sorted([a, b, 0, 0.5, F(1)]))
t(lambda: a < 'x')
t(lambda: a < 1j)
M = sys.hash_info.modulus
print(hash(F(1, 3)) == pow(3, -1, M), hash(F(-1, 3)) == -pow(3, -1, M), hash(F(10**40, 3)) == (10**40 % M) * pow(3, -1, M) % M)
print(hash(F(1, M)) == sys.hash_info.inf, hash(F(-7, 3 * M)) == -sys.hash_info.inf, hash(F(-1)) == -2, hash(F(0)) == 0)
for v in [F(1, 2), F(-7, 4), F(10**40), F(3, 1024), F(-5)]:
    print(v, hash(v) == hash(float(v)) == hash(Decimal(v.numerator) / Decimal(v.denominator)))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1), {F(1, 2): 'x'}[0.5])
print(F(3.141592653589793).limit_denominator(10), F(3.141592653589793).limit_denominator(100), F(3.141592653589793).limit_denominator(), F(1, 3).limit_denominator(3), F(-13, 7).limit_denominator(2), F(1, 10).limit_denominator(1))
t(lambda: F(1, 3).limit_denominator(0))
rnd = random.Random(11)
for i in range(100):
    x = F(rnd.randrange(-10**6, 10**6), rnd.randrange(1, 10**6))
    print(x, x.limit_denominator(rnd.randrange(1, 1000)))
print(repr(F(1, 3)), str(F(-1, 3)), str(F(4)), repr(F(4)))
print(copy.copy(a) is a, copy.deepcopy(a) is a, pickle.loads(pickle.dumps(a)) == a, a.__reduce__())
class MyF(F): pass
m = MyF(1, 2)
print(repr(m), type(copy.copy(m)).__name__, type(m + 1).__name__, repr(MyF(3)))
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), issubclass(F, numbers.Number))
print(sum([F(1, n) for n in range(1, 20)]), math.prod([F(n, n + 1) for n in range(1, 10)]))
print(fractions.__all__)
specs = ['', '>10', '#', '+', '_', ',', '010', '0', '0=10', '^#12', '<8', ' ', '-', '.3f', '.2e', '.4g', '.0%', ',.2f', '012,.2f', 'z.1f', '.3_f', '.5,f', '#.0f', '#g', 'g', 'd', 'x', '.2', '=+12.3f', '*^15.4e',
         '10.3E', '.0e', '.0g', '#.0g', 'G', '.20g', 'F', '%', '.1%', 'z.0f', '+.2f', ' .2f', '0>12.3f', '015.3e', '_.1f', '10,.1_f', '.10e', '.30f', '-^9.2f', 'q<10.2f', '=9', '.f', '.e', 'zg', 'z', 'z=10f', '#x']
vals = [F(1, 3), F(-2, 7), F(12345678, 7), F(0), F(-1, 10**8), F(5), F(999999, 1000), F(-1, 2), F(5, 2), F(1, 8), F(-10**25, 3), F(99999, 10**9), F(9995, 10**4)]
for spec in specs:
    print(repr(spec), end=': ')
    for v in vals:
        try: print(repr(format(v, spec)), end=' ')
        except Exception as e: print(type(e).__name__, e, end=' ')
    print()
for i in range(200):
    v = F(rnd.randrange(-10**rnd.randrange(1, 12), 10**rnd.randrange(1, 12)), rnd.randrange(1, 10**rnd.randrange(1, 10)))
    spec = rnd.choice(['', '<', '>', '^', '=', '*<', '0=']) + rnd.choice(['', '+', '-', ' ']) + rnd.choice(['', 'z']) + rnd.choice(['', '#']) + rnd.choice(['', '0', '1', '12', '020']) + rnd.choice(['', ',', '_']) + rnd.choice(['', '.0', '.3', '.12']) + rnd.choice(['e', 'E', 'f', 'F', 'g', 'G', '%'])
    try: print(repr(spec), v, repr(format(v, spec)))
    except Exception as e: print(repr(spec), v, type(e).__name__, e)
    if rnd.random() < 0.3:
        s2 = spec[:-1].replace('z', '').split('.')[0]
        try: print(repr(s2), repr(format(v, s2)))
        except Exception as e: print(repr(s2), type(e).__name__, e)
