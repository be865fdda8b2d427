"""Basic statistics (Ember's own implementation of the core of `statistics`).

Averages, medians, modes, quantiles, variances and standard deviations (computed exactly
with fractions and rounded once, so results are those of CPython), covariance,
correlation and linear regression.
"""

import math
import numbers
import sys
from fractions import Fraction
from decimal import Decimal

__all__ = ['StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------------------------
# Exact sums and type coercion

def _exact_ratio(x):
    """(numerator, denominator) of x exactly; infinities and NaNs come back as (x, None)."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    """The type of a result mixing values of types T and S (bool counts as int)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _sum(data):
    """(type, exact total as a Fraction (or a special float), count)."""
    count = 0
    types = set()
    partials = {}
    special = None
    for value in data:
        types.add(type(value))
        numerator, denominator = _exact_ratio(value)
        count += 1
        if denominator is None:
            special = value if special is None else special + value
            continue
        partials[denominator] = partials.get(denominator, 0) + numerator
    T = int
    for kind in types:
        T = _coerce(T, kind)
    if special is not None:
        return (T, special, count)
    total = sum((Fraction(n, d) for d, n in partials.items()), Fraction(0))
    return (T, total, count)


def _convert(value, T):
    """The exact `value` as type T (int results that are not whole become float)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Decimal):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    for value in values:
        if value < 0:
            raise StatisticsError(errmsg)
        yield value


def _sum_of_squares(data, center=None):
    """(type, exact sum of squared deviations from the mean (or `center`), center, count)."""
    data = list(data)
    if center is not None:
        T, _, count = _sum(data)
        T = _coerce(T, type(center))
        exact_center = Fraction(*_exact_ratio(center)) if _exact_ratio(center)[1] else center
        deviations = [Fraction(*_exact_ratio(x)) - exact_center for x in data]
        total = sum((d * d for d in deviations), Fraction(0))
        correction = sum(deviations, Fraction(0))
        total -= correction * correction / count if count else 0
        return (T, total, center, count)
    T, total, count = _sum(data)
    if count == 0 or not isinstance(total, Fraction):
        return (T, total, total, count)
    mean = total / count
    squares = sum(((Fraction(*_exact_ratio(x)) - mean) ** 2 for x in data), Fraction(0))
    return (T, squares, mean, count)


def _integer_sqrt_of_frac_rto(numerator, denominator):
    """isqrt(numerator/denominator) rounded to odd: the low bit is set when the root is
    inexact, so one later rounding to fewer bits is still correct. A negative ratio raises
    isqrt's ValueError and a zero denominator ZeroDivisionError, like math.sqrt/Fraction."""
    root = math.isqrt(numerator // denominator)
    return root | (root * root * denominator != numerator)


def _float_sqrt_of_frac(numerator, denominator):
    """sqrt(numerator/denominator) as a correctly rounded float: a round-to-odd integer
    root with enough extra bits rounds exactly once when converted."""
    wanted_bits = sys.float_info.mant_dig + 8
    magnitude = (numerator.bit_length() - denominator.bit_length()) // 2
    shift = max(0, wanted_bits - magnitude)
    root = _integer_sqrt_of_frac_rto(numerator << (2 * shift), denominator)
    return root / (1 << shift)


def _decimal_sqrt_of_frac(numerator, denominator):
    """sqrt(numerator/denominator) as a correctly rounded Decimal. Decimal's own sqrt of the
    already rounded quotient can be one ulp off, so the neighbours are checked exactly."""
    if numerator <= 0:
        if not numerator:
            return Decimal('0.0')
        numerator, denominator = -numerator, -denominator
    root = (Decimal(numerator) / Decimal(denominator)).sqrt()
    exact = Fraction(numerator, denominator)

    def beyond_midpoint(neighbour):
        # Is the exact root strictly past the midpoint between root and neighbour?
        midpoint = (Fraction(root) + Fraction(neighbour)) / 2
        return exact > midpoint * midpoint if neighbour > root else exact < midpoint * midpoint

    for neighbour in (root.next_plus(), root.next_minus()):
        if beyond_midpoint(neighbour):
            return neighbour
    return root


def _isfinite(x):
    """math.isfinite for any number statistics accepts (Decimal has its own is_finite)."""
    try:
        return x.is_finite()
    except AttributeError:
        return math.isfinite(x)


# ---------------------------------------------------------------------------------------------
# Averages

def mean(data):
    """The arithmetic mean, exact and converted to the type of the data."""
    T, total, count = _sum(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    if not isinstance(total, Fraction):
        return total / count
    return _convert(total / count, T)


def fmean(data, weights=None):
    """The mean as a float, fast: fsum(data) / n, optionally weighted."""
    if weights is None:
        try:
            count = len(data)
        except TypeError:
            data = list(data)
            count = len(data)
        total = math.fsum(data)
        if not count:
            raise StatisticsError('fmean requires at least one data point')
        return total / count
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    data = list(data)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    total_weight = math.fsum(weights)
    if not total_weight:
        raise StatisticsError('sum of weights must be non-zero')
    return math.sumprod(data, weights) / total_weight if hasattr(math, 'sumprod') else \
        math.fsum(x * w for x, w in zip(data, weights)) / total_weight


def geometric_mean(data):
    """The geometric mean as a float (exp of the mean of logarithms)."""
    count = 0
    found_zero = False

    def logs(values):
        nonlocal count, found_zero
        for value in values:
            count += 1
            if value > 0:
                yield math.log(value)
            elif value == 0:
                found_zero = True
            else:
                raise StatisticsError('No negative inputs allowed', value)

    total = math.fsum(logs(data))
    if not count:
        raise StatisticsError('Must have a non-empty dataset')
    if math.isnan(total):
        return math.nan
    if found_zero:
        return math.nan if total == math.inf else 0.0
    return math.exp(total / count)


def harmonic_mean(data, weights=None):
    """The harmonic mean: n / sum(1/x) (weighted when weights are given)."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    count = len(data)
    if count < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if count == 1 and weights is None:
        value = data[0]
        if isinstance(value, (numbers.Real, Decimal)):
            if value < 0:
                raise StatisticsError(errmsg)
            return value
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * count
        sum_weights = count
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != count:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


# ---------------------------------------------------------------------------------------------
# Medians, modes, quantiles

def median(data):
    data = sorted(data)
    count = len(data)
    if count == 0:
        raise StatisticsError('no median for empty data')
    if count % 2 == 1:
        return data[count // 2]
    middle = count // 2
    return (data[middle - 1] + data[middle]) / 2


def median_low(data):
    data = sorted(data)
    count = len(data)
    if count == 0:
        raise StatisticsError('no median for empty data')
    return data[count // 2] if count % 2 == 1 else data[count // 2 - 1]


def median_high(data):
    data = sorted(data)
    count = len(data)
    if count == 0:
        raise StatisticsError('no median for empty data')
    return data[count // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in classes of width `interval`, by interpolation."""
    data = sorted(data)
    count = len(data)
    if not count:
        raise StatisticsError('no median for empty data')
    middle_value = data[count // 2]
    low_index = _bisect_left(data, middle_value)
    high_index = _bisect_right(data, middle_value, low_index)
    try:
        interval = float(interval)
        middle_value = float(middle_value)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = middle_value - interval / 2.0
    cumulative = low_index
    frequency = high_index - low_index
    return lower + interval * (count / 2 - cumulative) / frequency


def _bisect_left(items, value, low=0):
    high = len(items)
    while low < high:
        middle = (low + high) // 2
        if items[middle] < value:
            low = middle + 1
        else:
            high = middle
    return low


def _bisect_right(items, value, low=0):
    high = len(items)
    while low < high:
        middle = (low + high) // 2
        if value < items[middle]:
            high = middle
        else:
            low = middle + 1
    return low


def _counts(data):
    counts = {}
    for value in data:
        counts[value] = counts.get(value, 0) + 1
    return counts


def mode(data):
    """The most common value (the first one met, on ties)."""
    counts = _counts(iter(data))
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = max(counts.values())
    for value, count in counts.items():
        if count == best:
            return value


def multimode(data):
    """Every most common value, in order of first appearance."""
    counts = _counts(iter(data))
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, count in counts.items() if count == best]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing the data into n groups of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    count = len(data)
    if count < 2:
        if count == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    if method == 'inclusive':
        m = count - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = count + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else count - 1 if j > count - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# ---------------------------------------------------------------------------------------------
# Spread

def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator)."""
    T, squares, _, count = _sum_of_squares(data, xbar)
    if count < 2:
        raise StatisticsError('variance requires at least two data points')
    if not isinstance(squares, Fraction):
        return squares
    return _convert(squares / (count - 1), T)


def pvariance(data, mu=None):
    """The population variance (n in the denominator)."""
    T, squares, _, count = _sum_of_squares(data, mu)
    if count < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if not isinstance(squares, Fraction):
        return squares
    return _convert(squares / count, T)


def _root(T, value):
    if not isinstance(value, Fraction):
        return math.sqrt(value)
    if issubclass(T, Decimal):
        return _decimal_sqrt_of_frac(value.numerator, value.denominator)
    return _float_sqrt_of_frac(value.numerator, value.denominator)


def stdev(data, xbar=None):
    """The sample standard deviation."""
    T, squares, _, count = _sum_of_squares(data, xbar)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(T, squares / (count - 1) if isinstance(squares, Fraction) else squares)


def pstdev(data, mu=None):
    """The population standard deviation."""
    T, squares, _, count = _sum_of_squares(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(T, squares / count if isinstance(squares, Fraction) else squares)


def _paired(x, y, name, minimum=2):
    count = len(x)
    if len(y) != count:
        raise StatisticsError(f'{name} requires that both inputs have same number of data '
                              f'points')
    if count < minimum:
        raise StatisticsError(f'{name} requires at least two data points')
    return count


def covariance(x, y, /):
    """The sample covariance of two equally long inputs."""
    count = _paired(x, y, 'covariance')
    xbar = math.fsum(x) / count
    ybar = math.fsum(y) / count
    total = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return total / (count - 1)


def _ranks(data):
    """Average ranks (1-based) of the values, ties sharing their mean rank."""
    order = sorted(range(len(data)), key=lambda index: data[index])
    ranks = [0.0] * len(data)
    position = 0
    while position < len(order):
        end = position
        while end + 1 < len(order) and data[order[end + 1]] == data[order[position]]:
            end += 1
        rank = (position + end) / 2 + 1
        for index in order[position:end + 1]:
            ranks[index] = rank
        position = end + 1
    return ranks


def correlation(x, y, /, *, method='linear'):
    """Pearson's (or, with method='ranked', Spearman's) correlation coefficient."""
    count = _paired(x, y, 'correlation')
    if method not in {'linear', 'ranked'}:
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        # Ranks centred on zero (the mean rank is (count + 1) / 2).
        shift = (count + 1) / 2
        x = [rank - shift for rank in _ranks(x)]
        y = [rank - shift for rank in _ranks(y)]
    else:
        xbar = math.fsum(x) / count
        ybar = math.fsum(y) / count
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
    sxx = math.fsum(xi * xi for xi in x)
    syy = math.fsum(yi * yi for yi in y)
    try:
        return sxy / _sqrtprod(sxx, syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def _sqrtprod(a, b):
    """sqrt(a * b) correctly rounded, from the exact product (no overflow or underflow)."""
    if a == 0 or b == 0 or not (math.isfinite(a) and math.isfinite(b)):
        # Zeros, infinities and NaNs: exactly what math.sqrt(a * b) gives, signed zeros and
        # its domain error included.
        return math.sqrt(a * b)
    if (a < 0) != (b < 0):
        raise ValueError('math domain error')
    numerator, denominator = (Fraction(a) * Fraction(b)).as_integer_ratio()
    return _float_sqrt_of_frac(numerator, denominator)


class LinearRegression(tuple):
    """(slope, intercept)."""

    def __new__(cls, slope, intercept):
        return super().__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0])
    intercept = property(lambda self: self[1])

    def __repr__(self):
        return f'LinearRegression(slope={self[0]!r}, intercept={self[1]!r})'


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y)."""
    count = _paired(x, y, 'linear regression')
    if not proportional:
        xbar = math.fsum(x) / count
        ybar = math.fsum(y) / count
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
    sxx = math.fsum(xi * xi for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
