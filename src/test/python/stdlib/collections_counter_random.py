# Randomized (fixed seed) Counter arithmetic and comparisons.
import random
from collections import Counter

rng = random.Random(11)
for case in range(60):
    a = Counter({rng.choice("abcdef"): rng.randrange(-3, 4) for _ in range(rng.randrange(6))})
    b = Counter({rng.choice("abcdef"): rng.randrange(-3, 4) for _ in range(rng.randrange(6))})
    c = Counter(a); c += b
    d = Counter(a); d -= b
    e = Counter(a); e |= b
    f = Counter(a); f &= b
    print(case, a, b, a + b, a - b, a | b, a & b, +a, -a, c, d, e, f,
          a == b, a <= b, a < b, a >= b, a > b, a.most_common(2), a.total())
