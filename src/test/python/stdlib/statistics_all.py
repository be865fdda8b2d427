# statistics: exact averages and spreads over int, float, Fraction and Decimal data,
# medians, modes, quantiles, covariance/correlation/regression, and the errors.
import random
import statistics
from decimal import Decimal
from fractions import Fraction

datasets = [
    [1, 2, 3, 4, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [Fraction(1, 3), Fraction(2, 7), Fraction(5, 6)],
    [Decimal('0.5'), Decimal('0.75'), Decimal('0.625'), Decimal('1.0')],
    [1, 2.5, 3],
    [1, Fraction(1, 2)],
    [True, False, True, 3],
    [10 ** 20, 10 ** 20 + 1, 10 ** 20 + 3],
    [1e308, 1e308, -1e308],
    [0.1, 0.2, 0.3, 0.4],
]
for data in datasets:
    results = []
    for name in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped',
                 'mode', 'multimode', 'variance', 'pvariance', 'stdev', 'pstdev',
                 'harmonic_mean', 'geometric_mean'):
        try:
            value = getattr(statistics, name)(data)
            results.append(f'{name}={value!r}')
        except Exception as err:
            results.append(f'{name}!{type(err).__name__}: {err}')
    print(data)
    for line in results:
        print('   ', line)

rng = random.Random(7)
for trial in range(40):
    data = [rng.choice([rng.randint(-50, 50), rng.uniform(-1e3, 1e3),
                        Fraction(rng.randint(-20, 20), rng.randint(1, 9))])
            for _ in range(rng.randint(2, 12))]
    if trial % 3 == 0:
        data = [float(x) for x in data]
    print(trial, statistics.mean(data), statistics.variance(data), statistics.stdev(data),
          statistics.pstdev(data), statistics.median(data), statistics.quantiles(data, n=5),
          statistics.quantiles(data, method='inclusive'))

print(statistics.variance([1, 2, 3, 4], xbar=2.5), statistics.pvariance([1, 2, 3, 4], mu=2.5))
print(statistics.stdev([Decimal('1.5'), Decimal('2.5'), Decimal('4')]))
print(statistics.fmean([1, 2, 3], weights=[3, 1, 1]), statistics.fmean(iter([1, 2])))
print(statistics.harmonic_mean([40, 60], weights=[5, 30]), statistics.harmonic_mean([1, 0, 2]))
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([0, 5]))
print(statistics.median_grouped([52, 52, 53, 54], interval=2), statistics.median([1, 3]),
      statistics.median([Fraction(1, 2), Fraction(3, 2)]))
print(statistics.mode('aabbbc'), statistics.multimode('aabbcc'), statistics.multimode([]))
print(statistics.quantiles([1], n=3), statistics.quantiles(range(1, 11), n=10))
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100],
                           n=10, method='inclusive'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.correlation(x, y),
      statistics.correlation(x, [v * 2 for v in x]), statistics.correlation(x, y, method='ranked'))
print(statistics.linear_regression(x, [2 * v + 1 for v in x]),
      statistics.linear_regression(x, [3 * v for v in x], proportional=True))
r = statistics.linear_regression([1, 2, 3], [2, 4, 7])
print(r.slope, r.intercept, r)

for call in (lambda: statistics.mean([]), lambda: statistics.fmean([]),
             lambda: statistics.median([]), lambda: statistics.mode([]),
             lambda: statistics.variance([1]), lambda: statistics.stdev([]),
             lambda: statistics.pvariance([]), lambda: statistics.pstdev([]),
             lambda: statistics.harmonic_mean([]), lambda: statistics.harmonic_mean([1, -1]),
             lambda: statistics.geometric_mean([]), lambda: statistics.geometric_mean([-1, 1]),
             lambda: statistics.quantiles([1, 2], n=0), lambda: statistics.quantiles([]),
             lambda: statistics.quantiles([1, 2], method='bad'),
             lambda: statistics.covariance([1, 2], [1]), lambda: statistics.covariance([1], [1]),
             lambda: statistics.correlation([1, 1], [1, 2]),
             lambda: statistics.correlation([1, 2], [1, 2], method='x'),
             lambda: statistics.linear_regression([1, 1], [1, 2]),
             lambda: statistics.mean(['a']),
             lambda: statistics.fmean([1, 2], weights=[1]),
             lambda: statistics.fmean([1, 2], weights=[0, 0])):
    try:
        print(call())
    except Exception as err:
        print(type(err).__name__, err)
print(issubclass(statistics.StatisticsError, ValueError))
