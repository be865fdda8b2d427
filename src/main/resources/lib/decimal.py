"""Decimal fixed- and floating-point arithmetic (Ember's own implementation, a core subset).

A Decimal is a sign, an integer coefficient and a power-of-ten exponent, or a special value
(Infinity, NaN, sNaN). Results of arithmetic are rounded to the current context's precision
with its rounding mode; conditions are signalled as in the General Decimal Arithmetic
specification (flags set, trapped ones raised). Reprs, strs and messages follow CPython's C
`_decimal`.

Present: construction (str, int, float, tuple, Decimal), str/repr/format, + - * / // %
divmod, unary ops, ** (integer and non-integer exponents), comparisons and hashing consistent with int,
float and Fraction, quantize, sqrt, normalize, to_integral*, the predicates, as_tuple,
as_integer_ratio, int/float/round/trunc/floor/ceil, exp/ln/log10 (correctly rounded), fma,
scaleb, logb, Context and localcontext. Not present: three-argument pow, the logical and
next_* operations, compare_total.
"""

import contextvars as _contextvars
import math as _math
import sys as _sys
import numbers as _numbers
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---- signals ----

class DecimalException(ArithmeticError):
    """Base exception class."""


class Clamped(DecimalException):
    """Exponent of a 0 changed to fit bounds."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed."""


class ConversionSyntax(InvalidOperation):
    """Trying to convert badly formed string."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """Division by 0."""


class DivisionImpossible(InvalidOperation):
    """Cannot perform the division adequately."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Undefined result of division."""


class Inexact(DecimalException):
    """Had to round, losing information."""


class InvalidContext(InvalidOperation):
    """Invalid context.  Unknown rounding, for example."""


class Rounded(DecimalException):
    """Number got rounded (not  necessarily changed during rounding)."""


class Subnormal(DecimalException):
    """Exponent < Emin before rounding."""


class Overflow(Inexact, Rounded):
    """Numerical overflow."""


class Underflow(Inexact, Rounded, Subnormal):
    """Numerical underflow with result rounded to 0."""


class FloatOperation(DecimalException, TypeError):
    """Enable stricter semantics for mixing floats and Decimals."""


# the signals a Context has flags and traps for, in the order CPython's reprs list them
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
# the order of Context reprs (libmpdec's flag bits)
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]
# a condition is flagged and trapped as the signal it belongs to
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# ---- context ----

class _SignalDict(dict):
    """flags/traps: a dict keyed by signal that refuses unknown keys."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError("invalid signal dict")
        dict.__setitem__(self, key, bool(value))

    def __repr__(self):
        return '{' + ', '.join(f"<class '{s.__module__}.{s.__name__}'>:{self[s]}" for s in _SIGNALS) + '}'


class Context(object):
    """The arithmetic context: precision, rounding, exponent limits, flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if DefaultContext is not None else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self._flags = _SignalDict((s, False) for s in _SIGNALS)
        self._traps = _SignalDict((s, False) for s in _SIGNALS)
        if traps is None:
            default_traps = base._traps if base else {s: s in (InvalidOperation, DivisionByZero, Overflow) for s in _SIGNALS}
            for s in _SIGNALS:
                self._traps[s] = default_traps[s]
        else:
            self._set_signals(self._traps, traps)
        if flags is not None:
            self._set_signals(self._flags, flags)

    @staticmethod
    def _set_signals(target, value):
        if isinstance(value, dict):
            for s in _SIGNALS:
                if s not in value:
                    raise KeyError("invalid signal dict")
            for s in _SIGNALS:
                target[s] = value[s]
        else:
            for s in value:
                target[s] = True

    def __setattr__(self, name, value):
        if name == 'prec':
            value = self._check_int(name, value, 1, MAX_PREC)
        elif name == 'Emin':
            value = self._check_int(name, value, MIN_EMIN, 0)
        elif name == 'Emax':
            value = self._check_int(name, value, 0, MAX_EMAX)
        elif name in ('capitals', 'clamp'):
            value = self._check_int(name, value, 0, 1)
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                                "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                                "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name in ('flags', 'traps'):
            if not isinstance(value, dict):
                raise TypeError("argument must be a signal dict")
            target = self._flags if name == 'flags' else self._traps
            for s in _SIGNALS:
                target[s] = False
            self._set_signals(target, value)
            return
        elif name not in ('_flags', '_traps'):
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    @staticmethod
    def _check_int(name, value, low, high):
        if not isinstance(value, int):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        if not low <= value <= high:
            if name in ('capitals', 'clamp'):
                raise ValueError(f"valid values for {name} are 0 or 1")
            bounds = {'prec': '[1, MAX_PREC]', 'Emin': '[MIN_EMIN, 0]', 'Emax': '[0, MAX_EMAX]'}
            raise ValueError(f"valid range for {name} is {bounds[name]}")
        return value

    @property
    def flags(self):
        return self._flags

    @property
    def traps(self):
        return self._traps

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _REPR_ORDER if self._flags[s])
        traps = ', '.join(s.__name__ for s in _REPR_ORDER if self._traps[s])
        return (f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, "
                f"Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, "
                f"flags=[{flags}], traps=[{traps}])")

    def clear_flags(self):
        """Reset all flags to False."""
        for s in _SIGNALS:
            self._flags[s] = False

    def clear_traps(self):
        """Set all traps to False."""
        for s in _SIGNALS:
            self._traps[s] = False

    def copy(self):
        """Return a duplicate of the context with all flags cleared."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self._flags), dict(self._traps))

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                          self.clamp, [s for s in _SIGNALS if self._flags[s]],
                          [s for s in _SIGNALS if self._traps[s]]))

    def Etiny(self):
        """Return Etiny (= Emin - prec + 1)."""
        return self.Emin - self.prec + 1

    def Etop(self):
        """Return Etop (= Emax - prec + 1)."""
        return self.Emax - self.prec + 1

    def _raise(self, condition, explanation=None):
        """Signal a condition: set its flag, raise it when trapped."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self._flags[signal] = True
        if self._traps[signal]:
            raise signal([condition])

    def create_decimal(self, num='0'):
        """Create a new Decimal instance but using self as context."""
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise_conversion()
        if isinstance(num, float):
            self._raise(FloatOperation)
        value = Decimal(num, context=self)
        if value._is_special:
            return value
        return value._fix(self)

    def _raise_conversion(self):
        self._raise(ConversionSyntax)
        return Decimal('NaN')

    def create_decimal_from_float(self, f):
        """Create a new Decimal instance from a float but rounding using self as context."""
        return Decimal.from_float(f)._fix(self)

    # operations as context methods
    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, context=self)

    def divmod(self, a, b):
        return _convert(a, True).__divmod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(context=self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, context=self)

    def max(self, a, b):
        return _convert(a, True).max(b, context=self)

    def min(self, a, b):
        return _convert(a, True).min(b, context=self)

    def normalize(self, a):
        return _convert(a, True).normalize(context=self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _convert(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _convert(a, True).to_eng_string(context=self)

    def is_zero(self, a):
        return _convert(a, True).is_zero()

    def is_signed(self, a):
        return _convert(a, True).is_signed()

    def is_nan(self, a):
        return _convert(a, True).is_nan()

    def is_finite(self, a):
        return _convert(a, True).is_finite()

    def is_infinite(self, a):
        return _convert(a, True).is_infinite()

    def copy_abs(self, a):
        return _convert(a, True).copy_abs()

    def compare_total(self, a, b):
        return _convert(a, True).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert(a, True).compare_total_mag(b)

    def logical_and(self, a, b):
        return _convert(a, True).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _convert(a, True).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _convert(a, True).logical_xor(b, context=self)

    def logical_invert(self, a):
        return _convert(a, True).logical_invert(context=self)

    def copy_negate(self, a):
        return _convert(a, True).copy_negate()

    def copy_sign(self, a, b):
        return _convert(a, True).copy_sign(b)

    def _decimal_argument(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def canonical(self, a):
        return self._decimal_argument(a).canonical()

    def copy_decimal(self, a):
        return Decimal(_convert(a, True))

    def radix(self):
        return Decimal(10)

    def compare_signal(self, a, b):
        return _convert(a, True).compare_signal(b, context=self)

    def max_mag(self, a, b):
        return _convert(a, True).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _convert(a, True).min_mag(b, context=self)

    def next_plus(self, a):
        return _convert(a, True).next_plus(context=self)

    def next_minus(self, a):
        return _convert(a, True).next_minus(context=self)

    def next_toward(self, a, b):
        return _convert(a, True).next_toward(b, context=self)

    def remainder_near(self, a, b):
        return _convert(a, True).remainder_near(b, context=self)

    def rotate(self, a, b):
        return _convert(a, True).rotate(b, context=self)

    def shift(self, a, b):
        return _convert(a, True).shift(b, context=self)

    def exp(self, a):
        return _convert(a, True).exp(context=self)

    def ln(self, a):
        return _convert(a, True).ln(context=self)

    def log10(self, a):
        return _convert(a, True).log10(context=self)

    def logb(self, a):
        return _convert(a, True).logb(context=self)

    def fma(self, a, b, c):
        return _convert(a, True).fma(b, c, context=self)

    def scaleb(self, a, b):
        return _convert(a, True).scaleb(b, context=self)

    def same_quantum(self, a, b):
        return _convert(a, True).same_quantum(b)

    def number_class(self, a):
        return _convert(a, True).number_class(context=self)

    def to_integral_exact(self, a):
        return _convert(a, True).to_integral_exact(context=self)

    def is_canonical(self, a):
        return self._decimal_argument(a).is_canonical()

    def is_normal(self, a):
        return _convert(a, True).is_normal(context=self)

    def is_subnormal(self, a):
        return _convert(a, True).is_subnormal(context=self)

    def is_qnan(self, a):
        return _convert(a, True).is_qnan()

    def is_snan(self, a):
        return _convert(a, True).is_snan()


DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[], traps=[])

_current_context = _contextvars.ContextVar('decimal_context')


def getcontext():
    """Return the current context of the active thread."""
    try:
        return _current_context.get()
    except LookupError:
        context = DefaultContext.copy()
        _current_context.set(context)
        return context


def setcontext(context):
    """Set a new default context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    _current_context.set(context)


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"this function got an unexpected keyword argument '{key}'")
        setattr(manager.new_context, key, value)
    return manager


# ---- rounding helpers ----

def _round_coefficient(coefficient, drop, rounding, negative):
    """The coefficient with its last `drop` digits removed under `rounding`, and whether
    anything non-zero was discarded."""
    if drop <= 0:
        return coefficient * 10 ** (-drop), False
    # Dropping more digits than the coefficient has keeps 0 and leaves a rest below half, just
    # as dropping one digit more than it has does: never build 10 ** drop for a huge drop
    # (1e-777777777 * 1e-411111111 rounds ~189 million digits away into a subnormal).
    drop = min(drop, _digits(coefficient) + 1)
    divisor = 10 ** drop
    kept, rest = divmod(coefficient, divisor)
    if rest == 0:
        return kept, False
    half = divisor // 2 if divisor > 1 else 0
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not negative
    elif rounding == ROUND_FLOOR:
        up = negative
    elif rounding == ROUND_HALF_UP:
        up = rest * 2 >= divisor
    elif rounding == ROUND_HALF_DOWN:
        up = rest * 2 > divisor
    elif rounding == ROUND_HALF_EVEN:
        up = rest * 2 > divisor or (rest * 2 == divisor and kept % 2 == 1)
    else:   # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        up = kept % 5 == 0
    return kept + up, True


def _digits(n):
    """The number of decimal digits of an int >= 0 (1 for 0), without str() and its limit."""
    if n < 10 ** 15:
        return len(str(n))
    estimate = int(n.bit_length() * 0.30102999566398120)    # floor(log10(2**bits)), or one less
    return estimate + 1 if n >= 10 ** estimate else estimate


_CHUNK = 2000     # decimal digits converted at once (int <-> str have a 4300-digit limit)


def _int_str(n):
    """str(n) for an int >= 0 of any size."""
    if n < 10 ** _CHUNK:
        return str(n)
    half = _digits(n) // 2
    high, low = divmod(n, 10 ** half)
    return _int_str(high) + _int_str(low).zfill(half)


def _str_int(text):
    """int(text) for a str of ASCII digits of any length."""
    if len(text) <= _CHUNK:
        return int(text)
    half = len(text) // 2
    return _str_int(text[:-half]) * 10 ** half + _str_int(text[-half:])


# ---- parsing ----

def _parse_string(text):
    """(sign, coefficient, exponent, special) of a numeric string, or None if invalid.
    special is '' (finite), 'F' (infinity), 'n' (NaN) or 'N' (sNaN); NaN payloads are the
    coefficient."""
    s = text.strip().replace('_', '')     # (CPython's C decimal drops every underscore)
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    lowered = s.lower()
    if lowered in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if lowered.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, _str_int(payload) if payload else 0, 0, kind
    mantissa, _, exponent_text = s.partition('e') if 'e' in s else s.partition('E')
    exponent = 0
    if exponent_text or s.endswith(('e', 'E')):
        body = exponent_text[1:] if exponent_text[:1] in '+-' else exponent_text
        if not body or not body.isdigit() or not body.isascii():
            return None
        exponent = int(exponent_text)
    whole, point, fraction = mantissa.partition('.')
    digits = whole + fraction
    if not digits or not digits.isdigit() or not digits.isascii():
        return None
    return sign, _str_int(digits), exponent - len(fraction), ''


# ---- Decimal ----

def _far_addend_as_sticky(x, y, prec):
    """x and y for an addition, the one that lies wholly below the other's rounding digit
    replaced by a one-digit stand-in of the same sign just under that digit (and its half
    digit): the rounded sum and its flags are the same, but 10 ** (exponent gap) is never built
    (1 + 77E-9999999 took seconds). Zero operands are left alone: they fix the exponent."""
    if not x._int or not y._int:
        return x, y
    big, small = (x, y) if x.adjusted() >= y.adjusted() else (y, x)
    sticky_exp = min(big._exp, big.adjusted() - prec - 1) - 1
    if small.adjusted() >= sticky_exp:
        return x, y
    stand_in = Decimal._finite(small._sign, 1, sticky_exp)
    return (big, stand_in) if big is x else (stand_in, big)


class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active.
    """
    __slots__ = ('_sign', '_int', '_exp', '_special')
    __ember_tp_name__ = 'decimal.Decimal'

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse_string(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._raise(ConversionSyntax)
                parsed = (0, 0, 0, 'n')
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = ''
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (value._sign, value._int,
                                                               value._exp, value._special)
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise(FloatOperation)
            converted = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = (converted._sign, converted._int,
                                                               converted._exp, converted._special)
            return self
        if isinstance(value, (list, tuple)):
            return cls._from_tuple(self, value)
        raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")

    @staticmethod
    def _from_tuple(self, value):
        if len(value) != 3:
            raise ValueError("argument must be a sequence of length 3")
        sign, digits, exponent = value
        if sign not in (0, 1):
            raise ValueError("sign must be an integer with the value 0 or 1")
        if exponent in ('F', 'n', 'N'):
            self._sign, self._exp, self._special = sign, 0, exponent
            self._int = int(''.join(map(str, digits))) if exponent != 'F' and digits else 0
            return self
        if not isinstance(exponent, int):
            raise ValueError("exponent must be an integer")
        coefficient = 0
        for digit in digits:
            if not isinstance(digit, int) or not 0 <= digit <= 9:
                raise ValueError("coefficient must be a tuple of digits")
            coefficient = coefficient * 10 + digit
        self._sign, self._int, self._exp, self._special = sign, coefficient, exponent, ''
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if f != f:
            return cls._special_value(sign, 'n')
        if f in (_math.inf, -_math.inf):
            return cls._special_value(sign, 'F')
        numerator, denominator = abs(f).as_integer_ratio()
        k = denominator.bit_length() - 1          # the denominator is 2**k
        result = cls._finite(sign, numerator * 5 ** k, -k)
        return result if cls is Decimal else cls(result)

    @classmethod
    def from_number(cls, number):
        """Converts a real number to a decimal number, exactly."""
        if isinstance(number, (int, Decimal)):
            return cls(number)
        if isinstance(number, float):
            return cls.from_float(number)
        raise TypeError(f"conversion from {type(number).__name__} to Decimal is not supported")

    @classmethod
    def _finite(cls, sign, coefficient, exponent):
        self = object.__new__(Decimal)
        self._sign, self._int, self._exp, self._special = sign, coefficient, exponent, ''
        return self

    @classmethod
    def _special_value(cls, sign, kind, payload=0):
        self = object.__new__(Decimal)
        self._sign, self._int, self._exp, self._special = sign, payload, 0, kind
        return self

    # ---- properties and predicates ----
    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    @property
    def _is_special(self):
        return self._special != ''

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special == ''

    def is_zero(self):
        return self._special == '' and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        context = context or getcontext()
        return self.adjusted() >= context.Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        context = context or getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        """Return the adjusted exponent of the number."""
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        """Return a tuple representation of the number."""
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(d) for d in _int_str(self._int)) if self._int or not self._special else ()
        if self._special:
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """Express a finite Decimal instance in the form n / d."""
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._int == 0:
            return 0, 1
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
            common = _math.gcd(n, d)
            n //= common
            d //= common
        return (-n if self._sign else n), d

    # ---- strings ----
    def __str__(self, eng=False, context=None):
        """Return string representation of the number in scientific notation."""
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            prefix = 'NaN' if self._special == 'n' else 'sNaN'
            return sign + prefix + (_int_str(self._int) if self._int else '')
        digits = _int_str(self._int)
        exponent = self._exp
        leftdigits = exponent + len(digits)
        if exponent <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp_text = ''
        else:
            capitals = (context or getcontext()).capitals
            exp_text = ('E' if capitals else 'e') + f"{leftdigits - dotplace:+d}"
        return sign + intpart + fracpart + exp_text

    def to_eng_string(self, context=None):
        """Convert to an engineering-type string."""
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('" + self.__str__() + "')"

    def __format__(self, specifier, _localeconv=None):
        """Format a Decimal instance according to the given specifier (f, e, g, %, n, none)."""
        if not specifier:
            return self.__str__()
        import re
        match = re.fullmatch(r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<zeropad>0)?'
                             r'(?P<width>\d+)?(?P<thousands>[,_])?(?:\.(?P<precision>\d+))?'
                             r'(?P<type>[eEfFgGn%])?', specifier, re.S)
        if match is None:
            raise ValueError(f"invalid format string")
        spec = match.groupdict()
        kind = spec['type']
        precision = int(spec['precision']) if spec['precision'] is not None else None
        if self._special:
            body = str(abs(self)) if self._special != 'F' else 'Infinity'
            if self._special == 'F' and kind in ('%',):
                body = 'Infinity%'
        else:
            body = self._format_body(kind, precision, spec['thousands'])
        sign = '-' if self._sign else ('+' if spec['sign'] == '+' else ' ' if spec['sign'] == ' ' else '')
        fill = spec['fill'] or (' ' if not spec['zeropad'] else '0')
        align = spec['align'] or ('=' if spec['zeropad'] else '>')
        width = int(spec['width']) if spec['width'] else 0
        pad = max(0, width - len(sign) - len(body))
        if align == '<':
            return sign + body + fill * pad
        if align == '=':
            return sign + fill * pad + body
        if align == '^':
            return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
        return fill * pad + sign + body

    def _format_body(self, kind, precision, thousands):
        value = abs(self)
        if kind is None:
            if precision is None:
                return str(value)
            kind = 'g'
        if kind == '%':
            value = Decimal._finite(0, value._int, value._exp + 2)
        if kind in ('f', 'F', '%'):
            if precision is not None:
                value = value._rescale(-precision, getcontext().rounding)
            digits = _int_str(value._int)
            if value._exp >= 0:
                intpart, fracpart = digits + '0' * value._exp, ''
            else:
                digits = digits.rjust(-value._exp + 1, '0')
                intpart, fracpart = digits[:value._exp], digits[value._exp:]
            if thousands:
                intpart = f"{int(intpart):{thousands}}"
            text = intpart + ('.' + fracpart if fracpart else '')
            return text + ('%' if kind == '%' else '')
        if kind in ('e', 'E'):
            if precision is not None:
                value = value._round_digits(precision + 1, getcontext().rounding)
            digits = _int_str(value._int)
            exponent = value._exp + len(digits) - 1
            text = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
            return text + kind + f"{exponent:+d}"
        # g, G, n
        if precision == 0:
            precision = 1
        if precision is not None:
            value = value._round_digits(precision, getcontext().rounding)
        text = str(value)
        return text.replace('E', 'e') if kind in ('g', 'n') else text

    def _round_digits(self, ndigits, rounding):
        drop = _digits(self._int) - ndigits
        if drop <= 0:
            return self
        coefficient, _ = _round_coefficient(self._int, drop, rounding, self._sign)
        exponent = self._exp + drop
        if _digits(coefficient) > ndigits:
            coefficient //= 10
            exponent += 1
        return Decimal._finite(self._sign, coefficient, exponent)

    # ---- the finishing step of every operation ----
    def _fix(self, context):
        """Round to the context's precision and check the exponent limits."""
        if self._special:
            return self
        prec = context.prec
        etiny = context.Etiny()
        etop = context.Etop()
        coefficient, exponent = self._int, self._exp
        if coefficient == 0:
            limit = etop if context.clamp else context.Emax
            new_exp = min(max(exponent, etiny), limit)
            if new_exp != exponent:
                context._raise(Clamped)
                return Decimal._finite(self._sign, 0, new_exp)
            return self
        length = _digits(coefficient)
        adjusted = exponent + length - 1
        if adjusted > context.Emax:
            return self._overflow(context)
        subnormal = adjusted < context.Emin
        min_exponent = etiny if subnormal else exponent + length - prec
        if exponent < min_exponent:
            drop = min_exponent - exponent
            coefficient, inexact = _round_coefficient(coefficient, drop, context.rounding,
                                                      self._sign)
            exponent = min_exponent
            if _digits(coefficient) > prec:
                coefficient //= 10
                exponent += 1
            if exponent + _digits(coefficient) - 1 > context.Emax:
                return self._overflow(context)
            if subnormal:
                context._raise(Subnormal)
            if inexact:
                context._raise(Inexact)
                if subnormal:
                    context._raise(Underflow)
                    if coefficient == 0:
                        context._raise(Clamped)
            context._raise(Rounded)
            return Decimal._finite(self._sign, coefficient, exponent)
        if subnormal:
            context._raise(Subnormal)
        if context.clamp and exponent > etop:
            context._raise(Clamped)
            coefficient *= 10 ** (exponent - etop)
            exponent = etop
            return Decimal._finite(self._sign, coefficient, exponent)
        return self

    def _overflow(self, context):
        context._raise(Inexact)
        context._raise(Rounded)
        context._raise(Overflow)
        rounding = context.rounding
        to_infinity = (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                       or (rounding == ROUND_CEILING and not self._sign)
                       or (rounding == ROUND_FLOOR and self._sign))
        if to_infinity:
            return Decimal._special_value(self._sign, 'F')
        return Decimal._finite(self._sign, 10 ** context.prec - 1, context.Etop())

    def _check_nans(self, other, context):
        """The NaN result of an operation with a NaN operand, or None."""
        for operand in (self, other):
            if operand is not None and operand._special == 'N':
                context._raise(InvalidOperation)
                return Decimal._special_value(operand._sign, 'n', operand._int)
        for operand in (self, other):
            if operand is not None and operand._special == 'n':
                return operand
        return None

    def _invalid(self, context, condition=InvalidOperation):
        context._raise(condition)
        return Decimal._special_value(0, 'n')

    # ---- arithmetic ----
    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                return self._invalid(context)
            return self if self._special == 'F' else other
        left, right = _far_addend_as_sticky(self, other, context.prec)
        exponent = min(left._exp, right._exp)
        a = left._int * 10 ** (left._exp - exponent) * (-1 if left._sign else 1)
        b = right._int * 10 ** (right._exp - exponent) * (-1 if right._sign else 1)
        total = a + b
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            else:
                sign = 1 if context.rounding == ROUND_FLOOR and self._sign != other._sign else 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._finite(sign, abs(total), exponent)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self.is_zero() or other.is_zero():
                return self._invalid(context)
            return Decimal._special_value(sign, 'F')
        return Decimal._finite(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                return self._invalid(context)
            if self._special == 'F':
                return Decimal._special_value(sign, 'F')
            context._raise(Clamped)
            return Decimal._finite(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                return self._invalid(context, DivisionUndefined)
            context._raise(DivisionByZero)
            return Decimal._special_value(sign, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._finite(sign, 0, ideal)._fix(context)
        prec = context.prec
        shift = _digits(other._int) - _digits(self._int) + prec + 1
        exponent = ideal - shift
        if shift >= 0:
            quotient, remainder = divmod(self._int * 10 ** shift, other._int)
        else:
            quotient, remainder = divmod(self._int, other._int * 10 ** -shift)
        if remainder:
            if quotient % 5 == 0:
                quotient += 1          # a sticky digit: the result is inexact
        else:
            while exponent < ideal and quotient % 10 == 0:
                quotient //= 10
                exponent += 1
        return Decimal._finite(sign, quotient, exponent)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide_integer(self, other, context, want):
        """The truncating division's quotient ('q'), remainder ('r') or both ('qr'); NaNs
        and infinities as CPython signals them for each."""
        sign = self._sign ^ other._sign
        if other._int == 0 and other._special == '':
            if self._int == 0 and self._special == '':
                nan = self._invalid(context, DivisionUndefined)
                return (nan, nan) if want == 'qr' else nan
            if want == 'r':
                return self._invalid(context)
            context._raise(DivisionByZero)
            infinity = Decimal._special_value(sign, 'F')
            return (infinity, self._invalid(context)) if want == 'qr' else infinity
        exponent = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exponent)
        b = other._int * 10 ** (other._exp - exponent)
        q, r = divmod(a, b)
        if _digits(q) > context.prec:
            nan = self._invalid(context, DivisionImpossible)
            return (nan, nan) if want == 'qr' else nan
        quotient = Decimal._finite(sign, q, 0)
        if want == 'q':
            return quotient
        remainder = Decimal._finite(self._sign, r, exponent)._fix(context)
        return (quotient, remainder) if want == 'qr' else remainder

    def _integer_division_special(self, other, context):
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                nan = self._invalid(context)
                return nan, nan
            return Decimal._special_value(sign, 'F'), self._invalid(context)
        return Decimal._finite(sign, 0, 0), self._fix(context)      # x // inf

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if self._special or other._special:
            return self._integer_division_special(other, context)[0]
        return self._divide_integer(other, context, 'q')

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if self._special or other._special:
            return self._integer_division_special(other, context)[1]
        return self._divide_integer(other, context, 'r')

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if self._special or other._special:
            return self._integer_division_special(other, context)
        return self._divide_integer(other, context, 'qr')

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            return self._power_modulo(other, _convert(modulo, True), context)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._special or not other._is_integral():
            return self._power_general(other, context)
        n = int(other)
        if self._special == 'F':
            if n == 0:
                return Decimal._finite(0, 1, 0)
            sign = self._sign if n % 2 else 0
            return Decimal._special_value(sign, 'F') if n > 0 else Decimal._finite(sign, 0, 0)
        if n == 0:
            if self._int == 0:
                return self._invalid(context)
            return Decimal._finite(0, 1, 0)
        sign = self._sign if n % 2 else 0
        if n > 0 and self._int == 0:
            return Decimal._finite(sign, 0, 0)
        if self._int:
            shortcut = self._large_power(n, sign, context)
            if shortcut is not None:
                return shortcut
        if n > 0:
            exact = Decimal._finite(sign, self._int ** n, self._exp * n)
            if exact.adjusted() < context.Etiny():
                # libmpdec's power underflows such a result to zero whatever the rounding
                for signal in (Inexact, Rounded, Subnormal, Underflow, Clamped):
                    context._raise(signal)
                return Decimal._finite(sign, 0, context.Etiny())
            return exact._fix(context)
        if self._int == 0:
            return Decimal._special_value(sign, 'F')      # (no signal, as libmpdec)
        # 1 / x**-n with extra digits, rounded half-even within the caller's exponent range
        # (so a result far below Etiny becomes 0, as libmpdec's), then to the context
        work = context.copy()
        work.prec = context.prec + 10
        work.rounding = ROUND_HALF_EVEN
        work.clear_traps()
        work.clear_flags()
        positive = Decimal._finite(0, self._int ** -n, self._exp * -n)
        inverse = Decimal._finite(0, 1, 0).__truediv__(positive, context=work)
        for signal in _SIGNALS:
            if work.flags[signal] and signal not in (Rounded, Inexact):
                context._raise(signal)
        result = inverse._copy_with_sign(sign)
        if work.flags[Inexact]:
            context._raise(Inexact)
            context._raise(Rounded)
        if result._special:        # overflowed: the caller's rounding decides Infinity or max
            return Decimal._finite(sign, 1, context.Emax + 1)._overflow(context)
        return result._fix(context)

    def _integral_parts(self):
        """(coefficient, exponent >= 0) of an integral finite value: trailing zeros moved into
        the exponent, so huge exponents never expand into digits."""
        coefficient, exponent = self._int, self._exp
        if exponent < 0:
            coefficient //= 10 ** -exponent
            exponent = 0
        return coefficient, exponent

    def _power_modulo(self, other, modulo, context):
        """pow(self, other, modulo): exact, exponent 0, as (self ** other) % modulo computed
        with unbounded precision; the arguments must be integers that fit the precision."""
        for operand in (self, other, modulo):
            if operand._special == 'N':
                context._raise(InvalidOperation)
                return Decimal._special_value(operand._sign, 'n', operand._int)
        for operand in (self, other, modulo):
            if operand._special == 'n':
                return operand._fix(context)
        if not all(x._is_integral() for x in (self, other, modulo)) or other._sign and other._int:
            return self._invalid(context)
        if not modulo._int or modulo.adjusted() >= context.prec or not (self._int or other._int):
            return self._invalid(context)
        base, base_exp = self._integral_parts()
        power, power_exp = other._integral_parts()
        divisor = abs(int(modulo))
        result = base % divisor * pow(10, base_exp, divisor) % divisor
        for _ in range(power_exp):          # the power's trailing zeros: ten-fold powers
            result = pow(result, 10, divisor)
        result = pow(result, power, divisor)
        odd_power = power_exp == 0 and power % 2 == 1
        return Decimal._finite(self._sign if odd_power else 0, result, 0)

    def _log10_estimate(self):
        """log10(|self|) as a float, for a finite non-zero value of any size."""
        length = _digits(self._int)
        leading = self._int // 10 ** max(0, length - 15)        # the first (up to) 15 digits
        return self.adjusted() + _math.log10(leading / 10 ** (min(15, length) - 1))

    def _large_power(self, n, sign, context):
        """self ** n (an int) when the exact power would be a needlessly huge integer: a certain
        overflow or underflow, a power of ten, or far more digits than the precision (then
        exp(n ln |x|), rounded like the exact value). None when the exact way is cheap."""
        estimate = n * self._log10_estimate()
        if estimate > context.Emax + 2:
            return Decimal._finite(sign, 1, context.Emax + 1)._overflow(context)
        if estimate < context.Etiny() - 2:
            for signal in (Inexact, Rounded, Subnormal, Underflow, Clamped):
                context._raise(signal)
            return Decimal._finite(sign, 0, context.Etiny())
        stripped, zeros = self._int, 0
        while stripped % 10 == 0:
            stripped //= 10
            zeros += 1
        if stripped == 1 or abs(n) * _math.log10(stripped) < 4 * context.prec + 50:
            return None
        magnitude = self.copy_abs()

        def approximate(w):
            w2 = w + _digits(abs(n)) + 12
            log_value, _, _ = _log_fixed(magnitude, w2, False)
            t = _fixed_to_decimal(n * log_value, w2)
            value, error, shift = _exp_fixed(t, w)
            error += value // 10 ** (w + 6) + 1
            return (-value if sign else value), error, shift
        return self._correctly_rounded(approximate, context, context.rounding)

    def _power_general(self, other, context):
        """self ** other for a non-integral or infinite exponent: exp(other * ln(self)),
        correctly rounded half even."""
        if self._sign and not self.is_zero():
            return self._invalid(context)
        if other._special == 'F' or self._special == 'F':
            if self._special == 'F':
                return Decimal._special_value(0, 'F') if not other._sign else Decimal._finite(0, 0, 0)
            magnitude = self._compare_key(Decimal._finite(0, 1, 0))
            if magnitude == 0:
                return self._invalid(context) if False else Decimal._finite(0, 10 ** (context.prec - 1), 1 - context.prec)._flag_inexact(context)
            grows = (magnitude > 0) != bool(other._sign)
            return Decimal._special_value(0, 'F') if grows else Decimal._finite(0, 0, 0)
        if self._int == 0:
            return Decimal._special_value(0, 'F') if other._sign else Decimal._finite(0, 0, 0)
        # the size of the result, to leave certain overflows and underflows early
        estimate = float(other) * self._log10_estimate()
        if estimate > context.Emax + 2:
            for signal in (Inexact, Rounded, Overflow):
                context._raise(signal)
            return Decimal._special_value(0, 'F')
        if estimate < context.Etiny() - 2:
            tiny = Decimal._finite(0, 1, context.Etiny() - 2)
            return tiny._fix(_rounding_copy(context, ROUND_HALF_EVEN))._flag_underflow(context)
        exponent_digits = _digits(abs(int(other))) + 2

        def approximate(w):
            w2 = w + exponent_digits + 10
            log_value, _, _ = _log_fixed(self, w2, False)
            product = other._int * abs(log_value)
            sign = other._sign ^ (log_value < 0)
            t = Decimal._finite(sign, product, other._exp - w2)
            value, error, shift = _exp_fixed(t, w)
            return value, error + value // 10 ** (w + 6) + 1, shift
        return self._correctly_rounded(approximate, context)

    def _flag_inexact(self, context):
        context._raise(Inexact)
        context._raise(Rounded)
        return self

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=context)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._special:
            nan = self._check_nans(None, context)
            return nan if nan is not None else self.copy_negate()
        if self._int == 0 and context.rounding != ROUND_FLOOR:
            return Decimal._finite(0, 0, self._exp)._fix(context)
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._special:
            nan = self._check_nans(None, context)
            return nan if nan is not None else self
        if self._int == 0 and context.rounding != ROUND_FLOOR:
            return Decimal._finite(0, 0, self._exp)._fix(context)
        return self._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self.__neg__(context) if self._sign else self.__pos__(context)

    def copy_abs(self):
        return self._copy_with_sign(0)

    def copy_negate(self):
        return self._copy_with_sign(1 - self._sign)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return self._copy_with_sign(other._sign)

    def _copy_with_sign(self, sign):
        result = object.__new__(Decimal)
        result._sign, result._int, result._exp, result._special = sign, self._int, self._exp, self._special
        return result

    # ---- quantize and friends ----
    def _rescale(self, exponent, rounding):
        """The value with the given exponent, rounded (no context checks)."""
        if self._special:
            return self
        if self._int == 0:
            return Decimal._finite(self._sign, 0, exponent)
        coefficient, _ = _round_coefficient(self._int, exponent - self._exp, rounding, self._sign)
        return Decimal._finite(self._sign, coefficient, exponent)

    def quantize(self, exp, rounding=None, context=None):
        """Quantize self so its exponent is the same as that of exp."""
        exp = _convert(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        nan = self._check_nans(exp, context)
        if nan is not None:
            return nan
        if self._special == 'F' or exp._special == 'F':
            if self._special == 'F' and exp._special == 'F':
                return Decimal(self)
            return self._invalid(context)
        if not context.Etiny() <= exp._exp <= context.Emax:
            return self._invalid(context)
        if self._int == 0:
            return Decimal._finite(self._sign, 0, exp._exp)._fix(context)
        if self.adjusted() > context.Emax:
            return self._invalid(context)
        result = self._rescale(exp._exp, rounding)
        if _digits(result._int) > context.prec:
            return self._invalid(context)
        if result._exp > self._exp:
            if result != self:
                context._raise(Inexact)
            context._raise(Rounded)
        if result._int and result.adjusted() < context.Emin:
            context._raise(Subnormal)
        return result._fix(context)

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        """Round to the nearest integer without signaling Inexact or Rounded."""
        context = context or getcontext()
        if self._special:
            nan = self._check_nans(None, context)
            return nan if nan is not None else Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Round to an integer, signaling Inexact and Rounded when the value changes."""
        context = context or getcontext()
        result = self.to_integral_value(rounding, context)
        if not self._special and self._exp < 0:
            if result != self:
                context._raise(Inexact)
            context._raise(Rounded)
        return result

    def normalize(self, context=None):
        """Normalize- strip trailing 0s, change anything equal to 0 to 0e0"""
        context = context or getcontext()
        if self._special:
            nan = self._check_nans(None, context)
            return nan if nan is not None else Decimal(self)
        rounded = self._fix(context)
        if rounded._special:
            return rounded
        if rounded._int == 0:
            return Decimal._finite(rounded._sign, 0, 0)
        coefficient, exponent = rounded._int, rounded._exp
        limit = context.Etop() if context.clamp else context.Emax
        while coefficient % 10 == 0 and exponent < limit:
            coefficient //= 10
            exponent += 1
        return Decimal._finite(rounded._sign, coefficient, exponent)

    def sqrt(self, context=None):
        """Return the square root of self."""
        context = context or getcontext()
        if self._special:
            nan = self._check_nans(None, context)
            if nan is not None:
                return nan
            if self._sign:
                return self._invalid(context)
            return Decimal(self)
        ideal = self._exp // 2
        if self._int == 0:
            return Decimal._finite(self._sign, 0, ideal)._fix(context)
        if self._sign:
            return self._invalid(context)
        prec = context.prec
        # c * 10**e == c2 * 10**e2 with e2 even and c2 of about 2*(prec+1) digits, so that the
        # integer root has prec+1 digits; digits cut off c2 make the result inexact
        shift = 2 * (prec + 1) - _digits(self._int)
        exponent = self._exp - shift
        if exponent % 2:
            shift += 1
            exponent -= 1
        cut_nonzero = False
        if shift >= 0:
            coefficient = self._int * 10 ** shift
        else:
            coefficient, cut = divmod(self._int, 10 ** -shift)
            cut_nonzero = cut != 0
        root = _math.isqrt(coefficient)
        root_exp = exponent // 2
        if root * root == coefficient and not cut_nonzero:
            while root_exp < ideal and root % 10 == 0:
                root //= 10
                root_exp += 1
        elif root % 5 == 0:
            root += 1                  # sticky digit
        with localcontext(context) as work:
            work.rounding = ROUND_HALF_EVEN
            result = Decimal._finite(0, root, root_exp)._fix(work)
        # flags raised in the work context belong to the caller's
        for s in _SIGNALS:
            if work.flags[s] and not context.flags[s]:
                context._raise(s)
        return result

    # ---- exp, ln, log10: correctly rounded (half even) by refining until the rounding is sure ----
    def _correctly_rounded(self, approximate, context, rounding=ROUND_HALF_EVEN):
        """Round the function value given by approximate(w) -> (V, E), a fixed-point value
        V / 10**w within E / 10**w of the exact one, to the context's precision, refining w
        until V-E and V+E round alike; then the context's exponent limits apply."""
        prec = context.prec
        wide = Context(prec=prec, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX)
        wide.clear_traps()
        w = prec + 10
        while True:
            value, error, shift = approximate(w)
            low = _fixed_to_decimal(value - error, w - shift)._round_digits(prec, rounding)
            high = _fixed_to_decimal(value + error, w - shift)._round_digits(prec, rounding)
            if value - error != 0 and low == high and low._exp == high._exp:
                break
            if w > 4 * prec + 200:      # an exact tie (possible for powers): round the value itself
                low = _fixed_to_decimal(value, w - shift)._round_digits(prec, rounding)
                break
            w += max(10, w // 2)
        result = low
        if _digits(result._int) < prec and result._int:
            shift = prec - _digits(result._int)
            result = Decimal._finite(result._sign, result._int * 10 ** shift, result._exp - shift)
        work = context.copy()
        work.rounding = rounding
        work.clear_flags()
        work.clear_traps()
        fixed = result._fix(work)
        context._raise(Inexact)
        context._raise(Rounded)
        for signal in (Subnormal, Underflow, Clamped):
            if work.flags[signal]:
                context._raise(signal)
        if work.flags[Overflow]:            # rounded half even: always to infinity
            context._raise(Overflow)
            if rounding != ROUND_HALF_EVEN:
                return Decimal._finite(result._sign, 1, context.Emax + 1)._overflow(context)
            return Decimal._special_value(result._sign, 'F')
        return fixed

    def exp(self, context=None):
        """Return the value of the (natural) exponential function e**x at the given number."""
        context = context or getcontext()
        if self._special:
            nan = self._check_nans(None, context)
            if nan is not None:
                return nan
            return Decimal._finite(0, 0, 0) if self._sign else Decimal(self)
        if self._int == 0:
            return Decimal._finite(0, 1, 0)
        # far outside the exponent range: certain overflow, or underflow to zero
        if self.adjusted() > 20 or abs(float(self)) / 2.302585092994046 > context.Emax + 2:
            if not self._sign:
                for signal in (Inexact, Rounded, Overflow):
                    context._raise(signal)
                return Decimal._special_value(0, 'F')
            if abs(float(self)) / 2.302585092994046 > -context.Etiny() + 2:
                tiny = Decimal._finite(0, 1, context.Etiny() - 2)
                return tiny._fix(_rounding_copy(context, ROUND_HALF_EVEN))._flag_underflow(context)
        return self._correctly_rounded(lambda w: _exp_fixed(self, w), context)

    def _flag_underflow(self, context):
        context._raise(Inexact)
        context._raise(Rounded)
        if self._int == 0 or self.adjusted() < context.Emin:
            context._raise(Subnormal)
            context._raise(Underflow)
            if self._int == 0:
                context._raise(Clamped)
        return self

    def ln(self, context=None):
        """Return the natural (base e) logarithm of the operand."""
        return self._logarithm(context, False)

    def log10(self, context=None):
        """Return the base 10 logarithm of the operand."""
        return self._logarithm(context, True)

    def _logarithm(self, context, base10):
        context = context or getcontext()
        if self._special:
            nan = self._check_nans(None, context)
            if nan is not None:
                return nan
            if self._sign:
                return self._invalid(context)
            return Decimal(self)
        if self._int == 0:
            return Decimal._special_value(1, 'F')
        if self._sign:
            return self._invalid(context)
        if self._int == 1 and self._exp == 0 or (self._int == 10 ** (_digits(self._int) - 1) and self.adjusted() == 0):
            return Decimal._finite(0, 0, 0)
        if base10 and self._int == 10 ** (_digits(self._int) - 1):
            return Decimal(self.adjusted())._fix(context)      # an exact power of ten
        return self._correctly_rounded(lambda w: _log_fixed(self, w, base10), context)

    def fma(self, other, third, context=None):
        """Fused multiply-add: self*other+third with one rounding."""
        other = _convert(other, True)
        third = _convert(third, True)
        context = context or getcontext()
        if self._special or other._special:
            product = self.__mul__(other, context=context)
            return product.__add__(third, context=context)
        product = Decimal._finite(self._sign ^ other._sign, self._int * other._int,
                                  self._exp + other._exp)
        return product.__add__(third, context=context)

    def scaleb(self, other, context=None):
        """Return the first operand with the exponent adjusted the second."""
        other = _convert(other, True)
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._special or not other._is_integral() or other._exp != 0:
            return self._invalid(context)
        limit = 2 * (context.Emax + context.prec)
        if not -limit <= int(other) <= limit:
            return self._invalid(context)
        if self._special:
            return Decimal(self)
        return Decimal._finite(self._sign, self._int, self._exp + int(other))._fix(context)

    def logb(self, context=None):
        """Return the adjusted exponent of the operand as a Decimal."""
        context = context or getcontext()
        if self._special:
            nan = self._check_nans(None, context)
            return nan if nan is not None else Decimal._special_value(0, 'F')
        if self._int == 0:
            context._raise(DivisionByZero)
            return Decimal._special_value(1, 'F')
        return Decimal(self.adjusted())._fix(context)

    def number_class(self, context=None):
        """The class of the operand: '+Normal', '-Zero', 'NaN', ..."""
        context = context or getcontext()
        sign = '-' if self._sign else '+'
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        return sign + ('Subnormal' if self.adjusted() < context.Emin else 'Normal')

    def radix(self):
        """Just returns 10, as this is Decimal, :)"""
        return Decimal(10)

    def canonical(self):
        return self

    # ---- comparisons ----
    def _compare_key(self, other):
        """-1, 0, 1 comparing two non-NaN Decimals."""
        if self._special == 'F' or other._special == 'F':
            a = (-1 if self._sign else 1) * (2 if self._special == 'F' else 1 if self._int else 0)
            b = (-1 if other._sign else 1) * (2 if other._special == 'F' else 1 if other._int else 0)
            if self._special == 'F' and other._special == 'F':
                return (a > b) - (a < b)
            if self._special == 'F':
                return -1 if self._sign else 1
            return 1 if other._sign else -1
        a = self.as_integer_ratio()
        b = other.as_integer_ratio()
        left = a[0] * b[1]
        right = b[0] * a[1]
        return (left > right) - (left < right)

    def _compare_operand(self, other, equality):
        """A Decimal for a comparison, NotImplemented, or ('fraction', value)."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            context = getcontext()
            if equality:
                context._flags[FloatOperation] = True
            else:
                context._raise(FloatOperation)
            return Decimal.from_float(other)
        if isinstance(other, _numbers.Rational):
            return ('fraction', other)
        if isinstance(other, complex) and equality and other.imag == 0:
            return self._compare_operand(other.real, equality)
        return NotImplemented

    def _rich_compare(self, other, op):
        operand = self._compare_operand(other, op in ('eq', 'ne'))
        if operand is NotImplemented:
            return NotImplemented
        if isinstance(operand, tuple):
            fraction = operand[1]
            if self.is_nan():
                return op == 'ne'
            if self._special == 'F':
                result = -1 if self._sign else 1
            else:
                n, d = self.as_integer_ratio()
                left = n * fraction.denominator
                right = fraction.numerator * d
                result = (left > right) - (left < right)
        else:
            if self.is_nan() or operand.is_nan():
                if op in ('eq', 'ne'):
                    if self.is_snan() or operand.is_snan():
                        getcontext()._raise(InvalidOperation)
                    return op == 'ne'
                getcontext()._raise(InvalidOperation)
                return False
            result = self._compare_key(operand)
        return {'eq': result == 0, 'ne': result != 0, 'lt': result < 0, 'le': result <= 0,
                'gt': result > 0, 'ge': result >= 0}[op]

    def __eq__(self, other):
        return self._rich_compare(other, 'eq')

    def __ne__(self, other):
        return self._rich_compare(other, 'ne')

    def __lt__(self, other):
        return self._rich_compare(other, 'lt')

    def __le__(self, other):
        return self._rich_compare(other, 'le')

    def __gt__(self, other):
        return self._rich_compare(other, 'gt')

    def __ge__(self, other):
        return self._rich_compare(other, 'ge')

    def compare(self, other, context=None):
        """Compare values numerically: Decimal('-1'), Decimal('0') or Decimal('1')."""
        other = _convert(other, True)
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        return Decimal(self._compare_key(other))

    def _total_key(self, other):
        """Keys of self and other (same sign) whose order is compare_total's for positive
        values: finite < infinity < sNaN < NaN; equal finite values order by exponent."""
        ranks = {'': 0, 'F': 1, 'N': 2, 'n': 3}
        keys = []
        common = min(self._exp, other._exp)
        for operand in (self, other):
            if operand._special == 'F':
                keys.append((ranks['F'], 0, 0))
            elif operand._special:
                keys.append((ranks[operand._special], operand._int, 0))
            else:
                scaled = operand._int * 10 ** (operand._exp - common) if not (
                    self._special or other._special) else 0
                keys.append((0, scaled, operand._exp))
        return keys

    def compare_total(self, other, context=None):
        """Compares by the abstract representation: Decimal('-1'), ('0') or ('1'); never
        signals, orders NaNs and distinguishes equal values of different exponents."""
        other = _convert(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        mine, theirs = self._total_key(other)
        if mine == theirs:
            return Decimal(0)
        lower = mine < theirs
        if self._sign:
            lower = not lower
        return Decimal(-1) if lower else Decimal(1)

    def compare_total_mag(self, other, context=None):
        """compare_total of the absolute values."""
        other = _convert(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def _logical_digits(self, context):
        """The coefficient's digits when this is a logical operand (finite, positive, exponent
        0, only 0s and 1s), else None after signalling InvalidOperation."""
        digits = str(self._int)
        if self._special or self._sign or self._exp != 0 or digits.strip('01'):
            return None
        return digits

    def _logical(self, other, context, combine):
        context = context or getcontext()
        operands = [self] if other is None else [self, _convert(other, True)]
        digit_strings = [operand._logical_digits(context) for operand in operands]
        if None in digit_strings:
            context._raise(InvalidOperation)
            return Decimal('NaN')
        width = context.prec
        padded = [d.rjust(width, '0')[-width:] for d in digit_strings]
        result = ''.join(combine(*column) for column in zip(*padded))
        return Decimal._finite(0, int(result), 0)

    def logical_and(self, other, context=None):
        """Digit-wise AND of two logical operands."""
        return self._logical(other, context, lambda a, b: '1' if a == b == '1' else '0')

    def logical_or(self, other, context=None):
        """Digit-wise OR of two logical operands."""
        return self._logical(other, context, lambda a, b: '1' if '1' in (a, b) else '0')

    def logical_xor(self, other, context=None):
        """Digit-wise exclusive OR of two logical operands."""
        return self._logical(other, context, lambda a, b: '1' if a != b else '0')

    def logical_invert(self, context=None):
        """Inverts every digit of a logical operand, padded to the context's precision."""
        return self._logical(None, context, lambda a: '0' if a == '1' else '1')

    def max(self, other, context=None):
        other = _convert(other, True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan():
                return self._check_nans(other, context)
            return (other if self.is_nan() else self)._fix(context)
        order = self._compare_key(other) or _tie_order(self, other)
        chosen = self if order >= 0 else other
        return chosen._fix(context)

    def min(self, other, context=None):
        other = _convert(other, True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan():
                return self._check_nans(other, context)
            return (other if self.is_nan() else self)._fix(context)
        order = self._compare_key(other) or _tie_order(self, other)
        chosen = self if order <= 0 else other
        return chosen._fix(context)

    def compare_signal(self, other, context=None):
        """compare, except that a quiet NaN operand signals InvalidOperation too."""
        other = _convert(other, True)
        context = context or getcontext()
        for operand in (self, other):
            if operand._special == 'N':
                context._raise(InvalidOperation)
                return Decimal._special_value(operand._sign, 'n', operand._int)
        for operand in (self, other):
            if operand._special == 'n':
                context._raise(InvalidOperation)
                return operand
        return self.compare(other, context)

    def _by_magnitude(self, other, context, want_larger):
        other = _convert(other, True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            # a number wins over a quiet NaN; an sNaN signals
            if self.is_qnan() and not other.is_nan():
                return other._fix(context)
            if other.is_qnan() and not self.is_nan():
                return self._fix(context)
            return self._check_nans(other, context)
        order = self.copy_abs()._compare_key(other.copy_abs())
        if order == 0:
            order = int(self.compare_total(other))
        if want_larger:
            return (other if order < 0 else self)._fix(context)
        return (self if order < 0 else other)._fix(context)

    def max_mag(self, other, context=None):
        """The operand larger in absolute value (compare_total breaks ties)."""
        return self._by_magnitude(other, context, True)

    def min_mag(self, other, context=None):
        """The operand smaller in absolute value (compare_total breaks ties)."""
        return self._by_magnitude(other, context, False)

    def _step(self, context, upward):
        """next_plus / next_minus: the closest representable value above / below."""
        context = context or getcontext()
        if self._special in ('n', 'N'):
            return self._check_nans(None, context)
        if self._special == 'F':
            if self._sign == (0 if upward else 1):
                return self
            return Decimal._finite(self._sign, 10 ** context.prec - 1, context.Etop())
        quiet = context.copy()
        quiet.clear_flags()
        quiet.clear_traps()
        quiet.rounding = ROUND_CEILING if upward else ROUND_FLOOR
        rounded = self._fix(quiet)
        if rounded._compare_key(self) != 0:
            return rounded
        # exactly representable: add less than the smallest subnormal, rounding outward
        nudge = Decimal._finite(0 if upward else 1, 1, quiet.Etiny() - 1)
        return self.__add__(nudge, context=quiet)

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        return self._step(context, True)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        return self._step(context, False)

    def next_toward(self, other, context=None):
        """The representable number closest to self in the direction of other (self with
        other's sign when they are equal)."""
        other = _convert(other, True)
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        order = self._compare_key(other)
        if order == 0:
            return self.copy_sign(other)
        result = self._step(context, order < 0)
        if result._special == 'F':
            for signal in (Overflow, Inexact, Rounded):
                context._raise(signal)
        elif result.adjusted() < context.Emin:
            for signal in (Underflow, Subnormal, Inexact, Rounded):
                context._raise(signal)
            if not result._int:
                context._raise(Clamped)
        return result

    def remainder_near(self, other, context=None):
        """self - other * n, n the integer nearest self / other (the even one on a tie)."""
        other = _convert(other, True)
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == 'F':
            return self._invalid(context)
        if not other._special and not other._int:
            return self._invalid(context, InvalidOperation if self._int else DivisionUndefined)
        if other._special == 'F':
            return self._fix(context)
        exponent = min(self._exp, other._exp)
        if not self._int:
            return Decimal._finite(self._sign, 0, exponent)._fix(context)
        magnitude_gap = self.adjusted() - other.adjusted()
        if magnitude_gap > context.prec:
            return self._invalid(context, DivisionImpossible)
        if magnitude_gap <= -2:            # |self / other| < 0.1: self itself is the remainder
            return self._rescale(exponent, context.rounding)._fix(context)
        dividend = self._int * 10 ** (self._exp - exponent)
        divisor = other._int * 10 ** (other._exp - exponent)
        quotient, remainder = divmod(dividend, divisor)
        if 2 * remainder + (quotient & 1) > divisor:     # past halfway, or halfway to an odd n
            remainder -= divisor
            quotient += 1
        if quotient >= 10 ** context.prec:
            return self._invalid(context, DivisionImpossible)
        sign = self._sign if remainder >= 0 else 1 - self._sign
        return Decimal._finite(sign, abs(remainder), exponent)._fix(context)

    def _digit_move(self, other, context, rotating):
        """rotate / shift: the coefficient as prec digits moved by int(other) places."""
        other = _convert(other, True)
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._special or other._exp != 0 or other._int > context.prec:
            return self._invalid(context)
        if self._special == 'F':
            return self
        places = -other._int if other._sign else other._int
        width = context.prec
        digits = str(self._int).rjust(width, '0')[-width:]
        if rotating:
            moved = digits[places:] + digits[:places]
        elif places >= 0:
            moved = (digits + '0' * places)[-width:]
        else:
            moved = digits[:places]
        return Decimal._finite(self._sign, int(moved or '0'), self._exp)

    def rotate(self, other, context=None):
        """The coefficient's digits (padded to prec) rotated left by other places (right when negative)."""
        return self._digit_move(other, context, True)

    def shift(self, other, context=None):
        """The coefficient's digits (padded to prec) shifted left by other places (right when negative)."""
        return self._digit_move(other, context, False)

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError("Cannot hash a signaling NaN value")
            if self._special == 'n':
                return object.__hash__(self)
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            value = self._int * pow(10, self._exp, modulus) % modulus
        else:
            inverse_ten = pow(10, modulus - 2, modulus)
            value = self._int * pow(inverse_ten, -self._exp, modulus) % modulus
        result = -value if self._sign else value
        return -2 if result == -1 else result

    def __bool__(self):
        return bool(self._special) or self._int != 0

    # ---- conversions ----
    def _is_integral(self):
        if self._special:
            return False
        if self._exp >= 0 or self._int == 0:
            return True
        return self._int % 10 ** -self._exp == 0

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            value = self._int * 10 ** self._exp
        else:
            value = self._int // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __float__(self):
        if self._special == 'N':
            raise ValueError("cannot convert signaling NaN to float")
        if self.is_nan():
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __floor__(self):
        return int(self._rescale(0, ROUND_FLOOR)) if not self._special else int(self)

    def __ceil__(self):
        return int(self._rescale(0, ROUND_CEILING)) if not self._special else int(self)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(Decimal._finite(0, 1, -n))
        if self._special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __complex__(self):
        return complex(float(self))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))


def _rounding_copy(context, rounding):
    copy = context.copy()
    copy.rounding = rounding
    copy.clear_traps()
    return copy


def _fixed_to_decimal(value, w):
    return Decimal._finite(1 if value < 0 else 0, abs(value), -w)


def _to_fixed(x, w):
    """x * 10**w as an int (truncated), for a finite Decimal x."""
    shift = x._exp + w
    magnitude = x._int * 10 ** shift if shift >= 0 else x._int // 10 ** -shift
    return -magnitude if x._sign else magnitude


def _exp_fixed(x, w):
    """(V, E, q): exp(x) ~ V * 10**(q - w) within E * 10**(q - w).

    exp(x) = exp(r) * 10**q with q = floor(x / ln 10) and r = x - q ln 10 in [0, ln 10): the
    series only ever sees a small argument, however large x is."""
    guard = 12
    q_estimate = int(float(x) / 2.302585092994046)
    extra = len(str(abs(q_estimate))) + 2
    wide = w + guard + extra
    scale = 10 ** wide
    ln10 = _ln10_fixed(wide)
    fixed_x = _to_fixed(x, wide)
    q = fixed_x // ln10
    r = fixed_x - q * ln10                              # in [0, ln10) * scale
    # exp(r): halve 4 times (r/16 < 0.15), Taylor series, square 4 times
    reduced = r >> 4
    total = scale
    term = scale
    n = 1
    while term:
        term = term * reduced // (n * scale)
        total += term
        n += 1
    for _ in range(4):
        total = total * total // scale
    value = total // 10 ** (guard + extra)
    return value, 2, q


def _ln_fixed_positive(numerator, denominator, w):
    """ln(numerator/denominator) * 10**w for a ratio in [1, 10], by square roots and atanh."""
    guard = 12
    scale = 10 ** (w + guard)
    y = numerator * scale // denominator              # the ratio in fixed point
    halvings = 0
    while y > scale * 11 // 10:                       # bring it close to 1: ln(y) = 2**j ln(y**(1/2**j))
        y = _math.isqrt(y * scale)
        halvings += 1
    z_num = y - scale
    z_den = y + scale
    z = z_num * scale // z_den                        # atanh argument, |z| < 0.05
    z2 = z * z // scale
    total = z
    power = z
    n = 3
    while power:
        power = power * z2 // scale
        total += power // n
        n += 2
    result = 2 * total << halvings
    return result // 10 ** guard


_LN10_CACHE = {}


def _ln10_fixed(w):
    cached = _LN10_CACHE.get(w)
    if cached is None:
        cached = _ln_fixed_positive(10, 1, w)
        _LN10_CACHE[w] = cached
    return cached


def _log_fixed(x, w, base10):
    """(V, E): ln(x) or log10(x) ~ V / 10**w within E / 10**w, x > 0 finite."""
    adjusted = x.adjusted()
    extra = len(str(abs(adjusted))) + 2
    wide = w + extra
    length = _digits(x._int)
    # x = (c / 10**(length-1)) * 10**adjusted with the first factor in [1, 10)
    mantissa_ln = _ln_fixed_positive(x._int, 10 ** (length - 1), wide)
    ln10 = _ln10_fixed(wide)
    total = mantissa_ln + adjusted * ln10
    if base10:
        total = total * 10 ** wide // ln10
    value = total // 10 ** extra if total >= 0 else -((-total) // 10 ** extra)
    return value, 3, 0


def _tie_order(a, b):
    """Total order of numerically equal values: -0 < +0, and a larger exponent is larger
    for positive values (smaller for negative ones)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    if a._exp == b._exp:
        return 0
    larger = 1 if a._exp > b._exp else -1
    return -larger if a._sign else larger


def _convert(other, raise_error=False):
    """An int or Decimal operand as a Decimal; NotImplemented (or TypeError) otherwise."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raise_error:
        raise TypeError(f"conversion from {type(other).__name__} to Decimal is not supported")
    return NotImplemented


_numbers.Number.register(Decimal)
