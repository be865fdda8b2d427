# random: seeded sequences of every function must be CPython's, for many seeds and seed types
import random

def checksum(values):
    return sum(hash(v) * (i + 1) for i, v in enumerate(values)) % (2 ** 61 - 1)

seeds = [0, 1, 42, -42, 2 ** 32, 2 ** 64 + 1, 10 ** 50, 3.25, -0.5, '', 'hello', 'Ember ✓', None]
for seed in seeds:
    if seed is None:
        continue
    r = random.Random(seed)
    print(repr(seed), [r.random() for _ in range(3)])
    print(' bits', [r.getrandbits(k) for k in (1, 7, 32, 33, 64, 100, 257)])
    print(' ints', [r.randrange(10) for _ in range(10)], r.randrange(-5, 50, 7), r.randint(-10 ** 30, 10 ** 30))
    print(' seq', r.choice('abcdefg'), r.sample(range(30), 6), r.choices(range(10), k=4),
          r.choices('xyz', weights=[5, 1, 0.5], k=4), r.choices('xyz', cum_weights=[1, 2, 10], k=3))
    big = list(range(50)); r.shuffle(big); print(' shuffle', big[:10])
    print(' dist', r.uniform(-3, 3), r.triangular(0, 10, 2), r.gauss(5, 2), r.gauss(5, 2), r.normalvariate(1, 3))
    print('      ', r.lognormvariate(0, 0.5), r.expovariate(1.5), r.vonmisesvariate(0.5, 3), r.vonmisesvariate(0, 0))
    print('      ', r.gammavariate(0.3, 2), r.gammavariate(1.0, 2), r.gammavariate(7.5, 0.5), r.betavariate(0.5, 0.5))
    print('      ', r.paretovariate(3), r.weibullvariate(2, 0.5))
    print(' binom', [r.binomialvariate(n, p) for n, p in [(1, 0.3), (20, 0.2), (100, 0.5), (1000, 0.05), (5000, 0.7), (7, 0.0), (7, 1.0)]])
    print(' long', checksum([r.random() for _ in range(5000)]), checksum([r.getrandbits(61) for _ in range(2000)]))
    print(' sample', r.sample(range(10 ** 9), 10), r.sample(['a', 'b', 'c'], 5, counts=[2, 0, 4]))

r = random.Random(7)
state = r.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
first = [r.random() for _ in range(700)]
r.setstate(state)
print(first == [r.random() for _ in range(700)])
r.gauss(); s2 = r.getstate(); g = r.gauss(); r.setstate(s2); print(g == r.gauss())
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice([1, 2, 3]), random.getrandbits(20))
x = list(range(10)); random.shuffle(x); print(x)

class Mine(random.Random):
    def random(self):
        return 0.5
m = Mine(3)
print(m.randrange(10), m.choice('abcd'), m.uniform(0, 4))

class Bits(random.Random):
    pass
b = Bits(99); print(b.random(), b.randrange(1000))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

r = random.Random(5)
attempt('rr0', lambda: r.randrange(0))
attempt('rr55', lambda: r.randrange(5, 5))
attempt('rr512', lambda: r.randrange(5, 1, 2))
attempt('rrstep0', lambda: r.randrange(1, 5, 0))
attempt('rrfloat', lambda: r.randrange(1.5))
attempt('rrfloat2', lambda: r.randrange(1, 2.5))
attempt('rrstep', lambda: r.randrange(10, step=2))
attempt('choice', lambda: r.choice([]))
attempt('sampleset', lambda: r.sample({1, 2}, 1))
attempt('samplebig', lambda: r.sample([1, 2], 3))
attempt('choicesw', lambda: r.choices([1, 2], [1]))
attempt('choicesk', lambda: r.choices([1, 2], 3))
attempt('seedlist', lambda: r.seed([1]))
attempt('bitsneg', lambda: r.getrandbits(-1))
attempt('state9', lambda: r.setstate((9, (), None)))
attempt('state2', lambda: r.setstate((3, (1, 2), None)))
attempt('binneg', lambda: r.binomialvariate(-1))
attempt('binp', lambda: r.binomialvariate(3, 2))
attempt('gamma0', lambda: r.gammavariate(0, 1))
attempt('sysstate', lambda: random.SystemRandom().getstate())
attempt('counts', lambda: r.sample([1, 2], 1, counts=[1]))
attempt('bothw', lambda: r.choices([1, 2], cum_weights=[1, 2], weights=[1, 1]))
attempt('zerow', lambda: r.choices([1, 2], [0, 0]))
sr = random.SystemRandom()
print(0.0 <= sr.random() < 1.0, 0 <= sr.getrandbits(10) < 1024, sr.randrange(5) in range(5))
