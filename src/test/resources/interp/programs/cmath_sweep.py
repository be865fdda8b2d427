# cmath: every function over finite, huge, tiny, signed-zero and special arguments, with errors.
# Finite results are shown to 12 digits (libm last-bit differences). Recorded with CPython 3.13.
import cmath
inf, nan = float('inf'), float('nan')
def show(z):
    # 12 significant digits: Java's libm may differ from the C library's in the last bit
    if isinstance(z, tuple): return '(' + ', '.join(show(x) for x in z) + ')'
    if isinstance(z, bool): return repr(z)
    if isinstance(z, complex): return '(' + show(z.real) + ',' + show(z.imag) + ')'
    if z != z or z in (inf, -inf) or z == 0: return repr(z)
    return '%.12g' % z
parts = [-inf, -1e308, -2.5, -1.0, -0.5, -1e-310, -0.0, 0.0, 1e-310, 0.5, 1.0, 2.5, 1e308, inf, nan]
funcs = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh',
         'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for name in funcs:
    f = getattr(cmath, name)
    out = []
    for re in parts:
        for im in parts:
            try:
                out.append(show(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__[0])
    print(name, ' '.join(out))
out = []
for r in parts:
    for phi in parts:
        try:
            out.append(show(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
print('rect', ' '.join(out))
for args in [(8, 2), (1j, 2), (100, 10), (1, 1), (0, 2), (2, 0), (-1, 1j)]:
    try: print('log', args, cmath.log(*args))
    except Exception as e: print('log', args, type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(1j, 2j, abs_tol=1))
for bad in [lambda: cmath.sqrt('x'), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.rect(1j, 0), lambda: cmath.exp(1000),
            lambda: cmath.polar(complex(1e308, 1e308))]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 4.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(-4), cmath.sqrt(True))
