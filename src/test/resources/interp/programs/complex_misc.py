# complex(): constructor forms and errors, string syntax, format(), hash, general powers
# (libm-based), float ** fractional -> complex. Expected output recorded with CPython 3.13.
class F:
    def __float__(self): return 2.5
    def __repr__(self): return 'F()'
class I:
    def __index__(self): return 7
    def __repr__(self): return 'I()'
class C:
    def __complex__(self): return 3j
    def __repr__(self): return 'C()'
class Bad:
    def __complex__(self): return 3
    def __repr__(self): return 'Bad()'
class Sub(complex):
    pass
for args in [(), ("1+2j",), (" ( 1+2j ) ",), ("1",), ("j",), ("-j",), ("+1.5e3-2.5J",), ("nan+infj",),
             ("1_0j",), ("1e",), ("",), ("1+",), ("(1",), ("1+2j", 1), (1, "2"), ([],), (1, []), (F(),),
             (I(),), (C(),), (Bad(),), (1+2j, 3+4j), (1, 2j), (F(), I()), ("  -infj ",), ("1 + 2j",),
             ("0x10",), ("\u0661j",), (None,), (1, None), ("inFinity-nanJ",), ("1e500j",), (True, False),
             (2**1100,), ("1__0",), ("1.j",), (".5-.5j",), ("()",), ("(1+2j)j",), ("1+2jj",), ("-1-J",), ("_1",), ("1_",), ("1_j",), ("1e1_0",), ("1+2_j",), ("(1_0)",), ("1._5",)]:
    try: print(args, repr(complex(*args)))
    except Exception as e: print(args, type(e).__name__, e)
print(complex(imag=2), complex(real=3), complex(real=1, imag=2))
s = Sub(1, 2)
print(type(s).__name__, s, s + 1, type(s + 1).__name__, s == 1+2j, hash(s) == hash(1+2j))
vals = [1+2j, -1.5+0j, 2j, -0j, complex(-0.0, 0.0), complex(float('nan'), float('inf')), 1e20+1e-5j, 12345.678-0.001j]
specs = ['', '10', '<20', '^20', '>20', '+', ' ', '.2', '.3f', 'e', '.2E', 'g', 'G', 'n', '#', '#g', 'z.1f',
         '*^30.2f', '+.0f', '-', 'F', 'f']
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
for s in ['010', '=10', '%', 'd', 'x', ',', '_.2f', 's']:
    try: print(repr(format(1+2j, s)))
    except Exception as e: print(s, type(e).__name__, e)
print(f"{1+2j:>12}|{3j!r}|{-1-1j}")
for v in [0j, 1+0j, -1+0j, 1j, 1+1j, 2.5-3.25j, 1e300j, complex(float('inf'), 0), complex(0, float('-inf')),
          complex(1e-300, -5)]:
    print(repr(v), hash(v), str(v))
bases = [1+1j, -1+0j, 2-3j, 0.5+0.25j, 1e-200+1e-200j, 1j]
for a in bases:
    for b in [1j, 1+1j, -2j, 0.5, 2.5, 101, -101]:
        try: print('pow', a, b, a ** b)
        except Exception as e: print('pow', a, b, type(e).__name__, e)
print((-8) ** (1/3), (-2.0) ** 0.5, pow(-1, 0.5), 2 ** 0.5j, 2.0 ** (1+1j))
errors = [('(1+2j) < 1', lambda: (1+2j) < 1), ('1j % 2', lambda: 1j % 2), ('1j // 2', lambda: 1j // 2),
          ('int(1j)', lambda: int(1j)), ('float(1j)', lambda: float(1j)),
          ('round(1j)', lambda: round(1j)), ('pow(1j, 2, 3)', lambda: pow(1j, 2, 3)),
          ('abs(big)', lambda: abs(complex(1e308, 1e308))), ('abs(huge)', lambda: abs(complex(1.7e308, 1.7e308))),
          ('overflow', lambda: (1e300+1e300j) ** 1000), ('complex("1", 2)', lambda: complex("1", 2)),
          ('1j > 1j', lambda: 1j > 1j), ('-1j <= 2', lambda: -1j <= 2)]
for text, bad in errors:
    try: print(text, bad())
    except Exception as e: print(text, type(e).__name__, e)
print((1+2j).real, (1+2j).imag, (3+4j).conjugate(), abs(3+4j), bool(0j), bool(1e-300j), -(1+2j), +(1+2j))
print(complex.__name__, isinstance(1j, complex), type(1j), 1j.__getnewargs__(), (1j).__complex__())
