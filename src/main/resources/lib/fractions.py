"""Rational numbers: the Fraction class, written for Ember.

Fraction(numerator=0, denominator=None) accepts ints, Rationals, floats, Decimals, strings
such as '3/7', '-1.5e3' or ' 10 ', and (3.14) anything with an as_integer_ratio() method.
"""

import sys
import math
import operator
import re

try:
    import numbers as _numbers
except ImportError:      # Ember without `numbers`: Fraction is then not registered as a Rational
    _numbers = None

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

if _numbers is not None:
    _RationalBase = _numbers.Rational
    _Rational = _numbers.Rational
    _Real = _numbers.Real
    _Complex = _numbers.Complex
else:
    _RationalBase = object
    _Rational = ()
    _Real = (int, float)
    _Complex = (int, float, complex)


def _decimal_type():
    decimal = sys.modules.get('decimal')
    return decimal.Decimal if decimal is not None else None


def _fraction_hash(numerator, denominator):
    """Python's numeric hash of numerator/denominator (equal to hash(int/float) values)."""
    try:
        inverse = pow(denominator, -1, _HASH_MODULUS)
    except ValueError:
        # The denominator is a multiple of the modulus: the value hashes like infinity.
        result = _HASH_INF
    else:
        result = hash(hash(abs(numerator)) * inverse)
    if numerator < 0:
        result = -result
    return -2 if result == -1 else result


_RATIONAL_FORMAT = re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(_\d+)*)
    (?:
        (?:\s*/\s*(?P<denom>\d+(_\d+)*))?
      |
        (?:\.(?P<decimal>\d*|\d+(_\d+)*))?
        (?:E(?P<exp>[-+]?\d+(_\d+)*))?
    )
    \s*\Z
""", re.VERBOSE | re.IGNORECASE)

# Format specs without a presentation type: the value is shown as n/d.
_GENERAL_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<alt>\#)?
    (?P<minimumwidth>0|[1-9][0-9]*)?
    (?P<thousands_sep>[,_])?
    \Z
""", re.DOTALL | re.VERBOSE).match

# Format specs with a float presentation type (e, E, f, F, g, G, %).
_FLOAT_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<no_neg_zero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<minimumwidth>[0-9]+)?
    (?P<thousands_sep>[,_])?
    (?:\.(?P<precision>[0-9]+)(?P<frac_sep>[,_])?)?
    (?P<presentation_type>[eEfFgG%])
    \Z
""", re.DOTALL | re.VERBOSE).match


def _round_to_exponent(n, d, exponent, no_neg_zero=False):
    """(negative, |m|) where m * 10**exponent is n/d rounded half-to-even."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    quotient, remainder = divmod(n, d)
    twice = 2 * remainder
    if twice > d or (twice == d and quotient % 2 == 1):
        quotient += 1
    negative = quotient < 0 if no_neg_zero else n < 0
    return negative, abs(quotient)


def _round_to_figures(n, d, figures):
    """(negative, m, e): n/d ~ m * 10**e with m of exactly `figures` digits (m=0 for 0)."""
    if n == 0:
        return False, 0, 1 - figures
    magnitude = len(str(abs(n))) - len(str(d))
    if magnitude >= 0:
        at_least = abs(n) >= d * 10 ** magnitude
    else:
        at_least = abs(n) * 10 ** -magnitude >= d
    # now 10**(digits-1) <= |n/d| < 10**digits
    digits = magnitude + at_least
    exponent = digits - figures
    negative, significand = _round_to_exponent(n, d, exponent)
    if len(str(significand)) == figures + 1:
        # Rounding carried into a new digit (e.g. 9.99 -> 10.0).
        significand //= 10
        exponent += 1
    return negative, significand, exponent


def _group(digits, separator, from_left=False):
    """Insert `separator` every three digits (counted from the right, or from the left)."""
    if not separator or len(digits) <= 3:
        return digits
    if from_left:
        return separator.join(digits[i:i + 3] for i in range(0, len(digits), 3))
    first = 1 + (len(digits) - 1) % 3
    return digits[:first] + ''.join(separator + digits[i:i + 3]
                                    for i in range(first, len(digits), 3))


def _pad(sign, body, fill, align, minimumwidth):
    padding = fill * (minimumwidth - len(sign) - len(body))
    if align == '>':
        return padding + sign + body
    if align == '<':
        return sign + body + padding
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return sign + padding + body


class Fraction(_RationalBase):
    """A rational number numerator/denominator, always in lowest terms with a positive
    denominator."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction) or (
                    _numbers is not None and isinstance(numerator, _Rational)):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, str):
                numerator, denominator = _parse_fraction_text(numerator)
            elif (isinstance(numerator, (float, int))
                  or (_decimal_type() is not None and isinstance(numerator, _decimal_type()))
                  or (not isinstance(numerator, type)
                      and callable(getattr(numerator, 'as_integer_ratio', None)))):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError('argument should be a string or a Rational instance or '
                                'have the as_integer_ratio() method')
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, (int, Fraction)) or _is_rational(numerator)) and (
                isinstance(denominator, (int, Fraction)) or _is_rational(denominator)):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        divisor = math.gcd(numerator, denominator)
        if denominator < 0:
            divisor = -divisor
        self._numerator = numerator // divisor
        self._denominator = denominator // divisor
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float `f` (an int is accepted too)."""
        if isinstance(f, int) or (_numbers is not None and isinstance(f, _numbers.Integral)):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal `dec` (an int is accepted too)."""
        decimal_type = _decimal_type()
        if isinstance(dec, int) or (_numbers is not None and isinstance(dec, _numbers.Integral)):
            dec = decimal_type(int(dec)) if decimal_type is not None else dec
            if isinstance(dec, int):
                return cls(dec)
        elif decimal_type is None or not isinstance(dec, decimal_type):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def from_number(cls, number):
        """The value of any number: a Rational, or anything with as_integer_ratio()."""
        if isinstance(number, (int, Fraction)) or _is_rational(number):
            return cls(number)
        if not isinstance(number, type) and callable(getattr(number, 'as_integer_ratio', None)):
            return cls._from_coprime_ints(*number.as_integer_ratio())
        raise TypeError('argument should be a Rational instance or have the '
                        'as_integer_ratio() method')

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        """Build without normalizing: the caller guarantees lowest terms, denominator > 0."""
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self, keeping the last two convergents
        # prev = p0/q0 and last = p1/q1, until the next denominator would be too large.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        # The best semiconvergent with an allowed denominator, or the last convergent,
        # whichever is closer (comparing their distances to self exactly).
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        match = _GENERAL_SPEC(format_spec)
        if match is not None:
            return self._format_general(match)
        match = _FLOAT_SPEC(format_spec)
        # A zero-padding flag cannot be combined with an explicit alignment.
        if match is not None and not (match['align'] is not None and match['zeropad']):
            return self._format_float_style(match)
        raise ValueError(f'Invalid format specifier {format_spec!r} '
                         f'for object of type {type(self).__name__!r}')

    def _format_general(self, match):
        fill = match['fill'] or ' '
        align = match['align'] or '>'
        sign = '-' if self._numerator < 0 else ('' if match['sign'] == '-' else match['sign'])
        separator = match['thousands_sep'] or ''
        body = _group(str(abs(self._numerator)), separator)
        if self._denominator > 1 or match['alt']:
            body += '/' + _group(str(self._denominator), separator)
        return _pad(sign, body, fill, align, int(match['minimumwidth'] or '0'))

    def _format_float_style(self, match):
        fill = match['fill'] or ' '
        align = match['align'] or '>'
        positive_sign = '' if match['sign'] == '-' else match['sign']
        no_neg_zero = bool(match['no_neg_zero'])
        alternate = bool(match['alt'])
        zeropad = bool(match['zeropad'])
        minimumwidth = int(match['minimumwidth'] or '0')
        thousands_sep = match['thousands_sep']
        frac_sep = match['frac_sep']
        precision = int(match['precision'] or '6')
        kind = match['presentation_type']
        trim_zeros = kind in 'gG' and not alternate
        trim_point = not alternate
        exponent_letter = 'E' if kind in 'EFG' else 'e'
        if zeropad:
            fill = '0'
            align = '='
        elif fill == '0' and align == '=':
            zeropad = True     # the same thing spelled out: zeros are grouped too

        n, d = self._numerator, self._denominator
        if kind in 'fF%':
            if kind == '%':
                n *= 100
            negative, significand = _round_to_exponent(n, d, -precision, no_neg_zero)
            scientific = False
            point_pos = precision
        else:
            figures = max(precision, 1) if kind in 'gG' else precision + 1
            negative, significand, exponent = _round_to_figures(n, d, figures)
            scientific = kind in 'eE' or exponent > 0 or exponent + figures <= -4
            point_pos = figures - 1 if scientific else -exponent
            if no_neg_zero and significand == 0:
                negative = False
        if kind == '%':
            suffix = '%'
        elif scientific:
            suffix = '%s%+03d' % (exponent_letter, exponent + point_pos)
        else:
            suffix = ''
        digits = str(significand).rjust(point_pos + 1, '0')
        sign = '-' if negative else positive_sign
        leading = digits[:len(digits) - point_pos]
        fraction_digits = digits[len(digits) - point_pos:]
        if trim_zeros:
            fraction_digits = fraction_digits.rstrip('0')
        point = '' if trim_point and not fraction_digits else '.'
        trailing = point + _group(fraction_digits, frac_sep, from_left=True) + suffix
        if zeropad:
            # Zero padding goes inside the digits, so that separators apply to it too.
            min_leading = minimumwidth - len(sign) - len(trailing)
            leading = leading.zfill(3 * min_leading // 4 + 1 if thousands_sep else min_leading)
        body = _group(leading, thousands_sep) + trailing
        return _pad(sign, body, fill, align, minimumwidth)

    # ------------------------------------------------------------ arithmetic

    def __add__(a, b):
        return _binary(a, b, _add, operator.add)

    def __radd__(b, a):
        return _reflected(b, a, _add, operator.add)

    def __sub__(a, b):
        return _binary(a, b, _sub, operator.sub)

    def __rsub__(b, a):
        return _reflected(b, a, _sub, operator.sub)

    def __mul__(a, b):
        return _binary(a, b, _mul, operator.mul)

    def __rmul__(b, a):
        return _reflected(b, a, _mul, operator.mul)

    def __truediv__(a, b):
        return _binary(a, b, _div, operator.truediv)

    def __rtruediv__(b, a):
        return _reflected(b, a, _div, operator.truediv)

    def __floordiv__(a, b):
        return _binary(a, b, _floordiv, operator.floordiv, complex_ok=False)

    def __rfloordiv__(b, a):
        return _reflected(b, a, _floordiv, operator.floordiv, complex_ok=False)

    def __divmod__(a, b):
        return _binary(a, b, _divmod, divmod, complex_ok=False)

    def __rdivmod__(b, a):
        return _reflected(b, a, _divmod, divmod, complex_ok=False)

    def __mod__(a, b):
        return _binary(a, b, _mod, operator.mod, complex_ok=False)

    def __rmod__(b, a):
        return _reflected(b, a, _mod, operator.mod, complex_ok=False)

    def __pow__(a, b, modulo=None):
        """a ** b: exact for integral b, a float (or complex) otherwise."""
        if modulo is not None:
            return NotImplemented
        if isinstance(b, (int, Fraction)) or _is_rational(b):
            if b.denominator == 1:
                return _int_power(a, b.numerator)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, (int, Fraction)) or _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self): the nearest int, ties to even; round(self, n): a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __hash__(self):
        return _fraction_hash(self._numerator, self._denominator)

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)) or _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) or (_numbers is not None and isinstance(b, _Complex)
                                      and not isinstance(b, _Real)):
            if b.imag != 0:
                return False
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)) or _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return self.__class__, (self._numerator, self._denominator)

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _is_rational(value):
    return _numbers is not None and isinstance(value, _Rational)


def _parse_fraction_text(text):
    """(numerator, denominator) of a fraction literal such as '-3/4' or '1.5e-3'."""
    match = _RATIONAL_FORMAT.match(text)
    if match is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    numerator = int(match['num'] or '0')
    denominator = match['denom']
    if denominator:
        denominator = int(denominator)
    else:
        denominator = 1
        decimal = match['decimal']
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator *= scale
        exponent = match['exp']
        if exponent:
            exponent = int(exponent)
            if exponent >= 0:
                numerator *= 10 ** exponent
            else:
                denominator *= 10 ** -exponent
    if match['sign'] == '-':
        numerator = -numerator
    return numerator, denominator


def _binary(a, b, exact, fallback, complex_ok=True):
    """a <op> b for a Fraction a: exact with int/Fraction b, float/complex otherwise."""
    if isinstance(b, Fraction):
        return exact(a, b)
    if isinstance(b, int):
        return exact(a, Fraction._from_coprime_ints(b, 1))
    if isinstance(b, float):
        return fallback(float(a), b)
    if complex_ok and isinstance(b, complex):
        return fallback(complex(a), b)
    return NotImplemented


def _reflected(b, a, exact, fallback, complex_ok=True):
    """a <op> b for a Fraction b and a left operand a that did not handle it."""
    if isinstance(a, int) or _is_rational(a):
        return exact(Fraction(a), b)
    if isinstance(a, float) or (_numbers is not None and isinstance(a, _Real)):
        return fallback(float(a), float(b))
    if complex_ok and (isinstance(a, complex)
                       or (_numbers is not None and isinstance(a, _Complex))):
        return fallback(complex(a), complex(b))
    return NotImplemented


def _add(a, b):
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _sub(a, b):
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _mul(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    if b._numerator == 0:
        # The message shows a's numerator reduced by gcd(a's numerator, 0) = |numerator|
        # and the denominators' common factor removed: sign(a) * b.den / gcd(b.den, a.den).
        sign = -1 if a._numerator < 0 else 1
        raise ZeroDivisionError('Fraction(%s, 0)'
                                % (sign * (b._denominator // math.gcd(b._denominator,
                                                                      a._denominator))))
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


def _check_divisor(b):
    if b._numerator == 0:
        raise ZeroDivisionError('division by zero')


def _floordiv(a, b):
    _check_divisor(b)
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _divmod(a, b):
    _check_divisor(b)
    denominator = a._denominator * b._denominator
    quotient, remainder = divmod(a._numerator * b._denominator,
                                 a._denominator * b._numerator)
    return quotient, Fraction(remainder, denominator)


def _mod(a, b):
    _check_divisor(b)
    denominator = a._denominator * b._denominator
    return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator),
                    denominator)


def _int_power(a, power):
    if power >= 0:
        return Fraction._from_coprime_ints(a._numerator ** power, a._denominator ** power)
    if a._numerator > 0:
        return Fraction._from_coprime_ints(a._denominator ** -power, a._numerator ** -power)
    if a._numerator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % a._denominator ** -power)
    return Fraction._from_coprime_ints((-a._denominator) ** -power,
                                       (-a._numerator) ** -power)
