# statistics' private square-root helpers, which CPython's test_statistics calls directly:
# correctly rounded float and Decimal roots of a fraction, round-to-odd integer roots, the
# exact sqrt of a product, and their errors and signed zeros (math.sqrt's and Decimal's).
import decimal, math, random, statistics, sys
from decimal import Decimal
from fractions import Fraction


def correctly_rounded(n, d, root):
    if n == 0:
        return root == 0.0
    up = Fraction(math.nextafter(root, math.inf))
    down = Fraction(math.nextafter(root, -math.inf))
    exact = Fraction(root)
    return ((exact + down) / 2) ** 2 <= Fraction(n, d) <= ((exact + up) / 2) ** 2


def outcome(function, *args):
    try:
        return repr(function(*args))
    except Exception as error:
        return type(error).__name__


rng = random.Random(7)
bad = 0
for _ in range(600):
    n = rng.randrange(10 ** rng.randrange(50))
    d = rng.randrange(10 ** rng.randrange(50)) + 1
    if not correctly_rounded(n, d, statistics._float_sqrt_of_frac(n, d)):
        bad += 1
print('float roots not correctly rounded:', bad)
print([statistics._float_sqrt_of_frac(n, d) for n, d in [(2, 1), (1, 3), (10 ** 40, 7), (7, 10 ** 40)]])
for args in [(0, 1), (-1, 1), (1, -1), (1, 0), (-2, -1)]:
    print('float', args, outcome(statistics._float_sqrt_of_frac, *args))

odd = all(
    (r * r * m == n) or (r & 1 and m * (r - 1) ** 2 < n < m * (r + 1) ** 2)
    for n in range(60) for m in range(1, 200)
    for r in [statistics._integer_sqrt_of_frac_rto(n, m)])
print('round-to-odd integer roots:', odd)

with decimal.localcontext(decimal.DefaultContext):
    for n in [200874688349065940678243576378, 628048187350206338833590574929,
              722594208960136395984391238251]:
        print('decimal', statistics._decimal_sqrt_of_frac(n, 10 ** 30))
    for args in [(0, 1), (-1, 1), (1, -1), (1, 0), (-2, -1)]:
        print('decimal', args, outcome(statistics._decimal_sqrt_of_frac, *args))

print(statistics._sqrtprod(0.8035720646477457, 0.7957468097636939))
tiny = sys.float_info.min * sys.float_info.epsilon
print(statistics._sqrtprod(tiny, tiny) == tiny, statistics._sqrtprod(sys.float_info.max, 2.0))
specials = [0.0, -0.0, 4.0, -4.0, math.nan, math.inf, -math.inf]
for x in specials:
    print(x, [outcome(statistics._sqrtprod, x, y) for y in specials])

print([statistics._isfinite(x) for x in (5, Fraction(1, 3), 2.5, Decimal('5.5'), math.inf,
                                         Decimal('inf'), math.nan, Decimal('NaN'), Decimal('sNaN'))])
print(list(statistics._fail_neg([1, 2.5, 0])), outcome(lambda: list(statistics._fail_neg([1, -1], 'nope'))))
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([Decimal('1.5'), Decimal('2.25')]))
print(statistics.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
