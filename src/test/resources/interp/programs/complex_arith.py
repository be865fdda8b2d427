# complex arithmetic sweep: +, -, *, / over special values (3.14 mixed-mode rules),
# abs/neg/conjugate, integral powers. Expected output recorded with CPython 3.14.

inf=float('inf'); nan=float('nan')
vals=[0j, -0j, complex(-0.0,-0.0), complex(0.0,-0.0), 1+0j, 1j, -1j, 1+2j, -3.5+4.25j, 1e-310+1e-310j, 1e300+1e300j, 1e308-1e308j,
      complex(inf,0), complex(0,inf), complex(-inf,inf), complex(nan,0), complex(0,nan), complex(inf,nan), complex(nan,inf), complex(nan,nan),
      0.5+0.5j, 3, -2, 0.0, -0.0, 2.5, inf, nan]
ops = [('+', lambda a,b: a+b), ('-', lambda a,b: a-b), ('*', lambda a,b: a*b), ('/', lambda a,b: a/b)]
for a in vals:
    for b in vals:
        if not (isinstance(a, complex) or isinstance(b, complex)): continue
        out=[]
        for name, f in ops:
            try: out.append(repr(f(a,b)))
            except Exception as e: out.append(type(e).__name__ + ':' + str(e))
        print(repr(a), repr(b), ' '.join(out))
for a in vals:
    if isinstance(a, complex):
        try: r = abs(a)
        except Exception as e: r = type(e).__name__ + ':' + str(e)
        print("abs", repr(a), r, repr(-a), repr(+a), repr(a.conjugate()), a == a, a != 1, bool(a))
exps=[0, 1, 2, 3, -1, -2, 10, 100, -100, 0j, 3+0j, 2.0, 0.5, -0.5]
bases=[0j, 1+0j, 1j, 1+1j, -1+0j, 2-3j, 0.5+0.25j, 1e200j, 1e-200+1e-200j, -0j]
for a in bases:
    for b in exps:
        if not (isinstance(a, complex) or isinstance(b, complex)): continue
        try: r = repr(a ** b)
        except Exception as e: r = type(e).__name__ + ':' + str(e)
        print('pow', repr(a), repr(b), r)
for a, b in [(-8, 1/3), (-2.0, 0.5), (-1, 0.5)]:
    print('fpow', repr(a ** b), repr(pow(a, b)))
try: pow(1j, 2, 3)
except Exception as e: print(type(e).__name__, e)
for x in [1+2j, 1j]:
    for y in [1, 1.0, 1+0j, 1j, 'a', None]:
        print(repr(x), repr(y), x == y, y == x, x != y)
    try: x < 1
    except TypeError as e: print(e)
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), {1: 'a'}[1+0j])
print((1+2j).real, (1+2j).imag, type((1).real), complex.__name__, isinstance(1j, complex))

errors = [('1j / 0', lambda: 1j / 0), ('(1+1j) / 0.0', lambda: (1+1j) / 0.0), ('1 / 0j', lambda: 1 / 0j),
          ('1j / -0j', lambda: 1j / -0j), ('0j ** -1', lambda: 0j ** -1), ('0j ** 1j', lambda: 0j ** 1j),
          ('0j ** -0.5', lambda: 0j ** -0.5), ('from_number("1")', lambda: complex.from_number("1")),
          ('from_number(None)', lambda: complex.from_number(None)), ('inf ** 2', lambda: complex(float('inf'), 0) ** 2)]
for text, bad in errors:
    try: print(text, bad())
    except Exception as e: print(text, type(e).__name__, e)
class Sub(complex):
    pass
class F:
    def __float__(self): return 2.5
class C:
    def __complex__(self): return 1-1j
for x in [5, 2.5, 1j, True, F(), C(), Sub(1, 2)]:
    r = complex.from_number(x)
    print(repr(r), type(r).__name__, repr(Sub.from_number(x)), type(Sub.from_number(x)).__name__)
print(0.0 + -0.0j, -0.0 - 0j, 1 * (2+3j), (2+3j) * -1, 3 / (1+1j), 2 - 1j, -(0j), 0j - 0.0)
