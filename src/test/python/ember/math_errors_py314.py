# math: CPython 3.14's error types and messages for bad arguments (values are checked bit for bit by MathModuleTest)
import math

def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc', 'exp',
             'exp2', 'expm1', 'fabs', 'gamma', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'sin', 'sinh', 'sqrt',
             'tan', 'tanh']:
    f = getattr(math, name)
    for x in [-2.0, -1.0, 0.0, -0.0, 1.0, 1e308, -1e308, float('inf'), float('-inf'), 1000.0, -1000, 0, 'x']:
        try:
            r = f(x)
            out = 'ok' if r == r else 'nan'
        except Exception as e:
            out = f'{type(e).__name__}: {e}'
        print(name, repr(x), out)
attempt('log base 1', math.log, 10, 1)
attempt('log 0 base', math.log, 0, 10)
attempt('log big neg', math.log, -10 ** 400)
attempt('log2 big', math.log2, 2 ** 5000)
attempt('pow 0 -1', math.pow, 0.0, -1.0)
attempt('pow neg frac', math.pow, -8.0, 1 / 3)
attempt('pow overflow', math.pow, 10.0, 400.0)
attempt('fmod inf', math.fmod, float('inf'), 1.0)
attempt('remainder', math.remainder, 1.0, 0.0)
attempt('factorial neg', math.factorial, -1)
attempt('factorial float', math.factorial, 5.0)
attempt('factorial str', math.factorial, '5')
attempt('comb neg', math.comb, -1, 2)
attempt('comb k neg', math.comb, 5, -2)
attempt('perm neg', math.perm, 5, -1)
attempt('perm float', math.perm, 5.5)
attempt('isqrt neg', math.isqrt, -4)
attempt('ldexp float', math.ldexp, 1.0, 2.5)
attempt('ldexp overflow', math.ldexp, 1.0, 5000)
attempt('fsum inf-inf', math.fsum, [float('inf'), float('-inf')])
attempt('fsum overflow', math.fsum, [1e308, 1e308])
attempt('fsum str', math.fsum, ['a'])
attempt('dist dims', math.dist, (1, 2), (1, 2, 3))
attempt('isclose neg', math.isclose, 1.0, 1.0, rel_tol=-1)
attempt('nextafter steps', math.nextafter, 1.0, 2.0, steps=-1)
attempt('sumprod len', math.sumprod, [1, 2], [3])
attempt('fma inf', math.fma, float('inf'), 0.0, 1.0)
attempt('fma overflow', math.fma, 1e308, 10.0, 0.0)
attempt('trunc str', math.trunc, 'x')
attempt('floor str', math.floor, 'x')
attempt('gcd float', math.gcd, 1.5, 2)
attempt('gcd kw', math.gcd, a=1)
attempt('sqrt args', math.sqrt)
attempt('hypot', math.hypot, 3, 4, 12)
attempt('prod', math.prod, [1, 2, 3], start=10)
attempt('ceil int subclass', math.ceil, True)
print(math.pi, math.e, math.tau, math.inf, math.nan)
