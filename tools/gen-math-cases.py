#!/usr/bin/env python3.13
"""Records math-module results from CPython (run with python3.13 on the reference machine).

Writes src/test/resources/modules/math-cases.txt: one case per line,
    name arg ... => result
where a float is f:<16 hex digits of its IEEE bits>, an int i:<decimal>, and the result is a
float, an int, a tuple (t:item,item) or E:<exception type>. MathModuleTest replays the file.
"""
import math, random, struct, sys

def enc(v):
    if isinstance(v, bool):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, tuple):
        return 't:' + ','.join(enc(x) for x in v)
    if isinstance(v, list):
        return 'l:' + ','.join(enc(x) for x in v)
    raise TypeError(v)

r = random.Random(20261125)
out = []

def case(name, *args):
    f = getattr(math, name)
    try:
        res = enc(f(*args))
    except Exception as e:
        res = 'E:' + type(e).__name__
    out.append(' '.join([name] + [enc(a) for a in args] + ['=>', res]))

SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300, -1e-300, 5e-324, -5e-324, 1e300, -1e300,
           1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 3.0, 10.0, 0.1, 100.0,
           1e-10, 710.0, -745.5, 171.5, -171.5, 2.2250738585072014e-308, 1 - 2**-53, 1 + 2**-52]
RANGES = {'acos': (-1, 1), 'asin': (-1, 1), 'atan': (-50, 50), 'acosh': (1, 1e6), 'asinh': (-1e6, 1e6),
          'atanh': (-1, 1), 'cbrt': (-1e6, 1e6), 'cos': (-1e3, 1e3), 'sin': (-1e3, 1e3), 'tan': (-1e3, 1e3),
          'cosh': (-700, 700), 'sinh': (-700, 700), 'tanh': (-20, 20), 'erf': (-6, 6), 'erfc': (-6, 27),
          'exp': (-745, 709), 'exp2': (-1074, 1023), 'expm1': (-40, 709), 'log': (0, 1e300),
          'log10': (0, 1e300), 'log1p': (-1, 1e10), 'log2': (0, 1e300), 'sqrt': (0, 1e300),
          'gamma': (-170, 171), 'lgamma': (-1e3, 1e5), 'fabs': (-1e300, 1e300), 'floor': (-1e20, 1e20),
          'ceil': (-1e20, 1e20), 'trunc': (-1e20, 1e20), 'modf': (-1e20, 1e20), 'frexp': (-1e300, 1e300),
          'ulp': (-1e300, 1e300), 'degrees': (-1e6, 1e6), 'radians': (-1e6, 1e6), 'isfinite': (-1, 1)}
PER = int(sys.argv[1]) if len(sys.argv) > 1 else 400
for name, (lo, hi) in RANGES.items():
    xs = list(SPECIAL) + [r.uniform(lo, hi) for _ in range(PER)] + [r.uniform(lo, hi) * 1e-3 for _ in range(PER // 4)]
    xs += [r.uniform(-1, 1) * 10.0 ** r.randint(-300, 300) for _ in range(PER // 4)]
    for x in xs:
        case(name, x)
for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'hypot', 'nextafter']:
    xs = SPECIAL + [r.uniform(-100, 100) for _ in range(PER // 4)]
    for _ in range(PER):
        case(name, r.choice(xs), r.choice(xs))
for _ in range(PER):
    case('hypot', *[r.uniform(-1e3, 1e3) * 10.0 ** r.randint(-5, 5) for _ in range(r.randint(0, 6))])
    case('dist', tuple(r.uniform(-10, 10) for _ in range(3)), tuple(r.uniform(-10, 10) for _ in range(3)))
    case('fsum', *[[r.uniform(-1, 1) * 10.0 ** r.randint(-20, 20) for _ in range(r.randint(0, 30))]])
    case('fma', r.uniform(-10, 10), r.uniform(-10, 10), r.uniform(-100, 100))
    case('ldexp', r.choice(SPECIAL + [r.uniform(-10, 10)]), r.randint(-1100, 1100))
    case('log', r.uniform(0, 1e10), r.choice([2.0, 10.0, r.uniform(0, 100)]))
    case('log', 10 ** r.randint(0, 400) + r.randint(0, 10**6))
    case('log2', 2 ** r.randint(0, 2000) + r.randint(-1, 1))
    case('log10', 10 ** r.randint(0, 600) - r.randint(0, 1))
    case('sumprod', [r.uniform(-10, 10) for _ in range(5)], [r.uniform(-10, 10) for _ in range(5)])
    case('nextafter', r.uniform(-10, 10), r.choice([float('inf'), -1e300, 0.0]))
    case('isqrt', r.randint(0, 10 ** r.randint(1, 60)))
    case('comb', r.randint(0, 200), r.randint(0, 120))
    case('perm', r.randint(0, 100), r.randint(0, 60))
    case('gcd', r.randint(-10**12, 10**12), r.randint(-10**12, 10**12), r.randint(0, 10**6))
    case('lcm', r.randint(-10**6, 10**6), r.randint(-10**6, 10**6))
    case('factorial', r.randint(0, 300))
    case('isclose', r.uniform(0, 1), r.choice([r.uniform(0, 1), 0.5 + 1e-10]))
    case('prod', [r.uniform(-2, 2) for _ in range(r.randint(0, 10))])
for n in range(-3, 40):
    case('factorial', n)
    case('gamma', float(n))
    case('lgamma', float(n))
    for k in range(-2, 8):
        case('comb', n, k)
        case('perm', n, k)
with open(sys.argv[2] if len(sys.argv) > 2 else 'src/test/resources/modules/math-cases.txt', 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'cases')
