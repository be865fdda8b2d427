# math.sumprod follows CPython's accumulation paths (exact long ints, triple-length floats,
# then generic * and +), so mixed inputs round exactly as CPython's do.
import math, random
from fractions import Fraction
from decimal import Decimal
print(math.sumprod((-5, -5, 10), (1.5, 4611686018427387904, 2305843009213693952)))
print(math.sumprod([0.1] * 10, [1.0] * 10), math.sumprod([1e308, 1e308, -1e308], [10.0, 1.0, 10.0]))
print(math.sumprod([True, False, True], [3, 4, 5]), math.sumprod([2**62, 2**62], [2, 2]), math.sumprod([], []))
print(math.sumprod([1, 2.5, Fraction(1, 3)], [3, 4, 6]), math.sumprod([Decimal('1.1'), 2], [2, Decimal('0.5')]))
print(math.sumprod([10.1, math.inf], [20.2, 30.3]), math.sumprod([10.1, math.inf], [-math.inf, math.inf]))
print(math.sumprod([2**80, 1.5], [2, 2.0]), math.sumprod([1.5, 2**80], [2.0, 2]))
random.seed(8)
for trial in range(300):
    n = random.randrange(1, 8)
    def item():
        k = random.randrange(5)
        if k == 0: return random.randrange(-2**70, 2**70)
        if k == 1: return random.randrange(-100, 100)
        if k == 2: return random.uniform(-1e20, 1e20)
        if k == 3: return random.choice([True, False])
        return random.uniform(-1, 1) * 2.0 ** random.randrange(-60, 60)
    p = [item() for _ in range(n)]; q = [item() for _ in range(n)]
    print(repr(math.sumprod(p, q)), end=' ')
print()
for bad in [([1.5, 10**400], [2.0, 1]), ([1, 2], [3]), ([1], [2, 3]), (1, [2]), (['a'], [2.0])]:
    try:
        print(math.sumprod(*bad))
    except Exception as e:
        print(type(e).__name__, e)
