# decimal: seeded random arithmetic under random contexts, compared digit for digit with CPython
import random
from decimal import (Decimal, localcontext, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, Inexact, Rounded, Subnormal,
                     Underflow, Overflow, Clamped, DivisionByZero, InvalidOperation)

ROUNDINGS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
             ROUND_05UP]
FLAGS = [Inexact, Rounded, Subnormal, Underflow, Overflow, Clamped, DivisionByZero, InvalidOperation]
rng = random.Random(1234)


def number():
    kind = rng.random()
    if kind < 0.05:
        return Decimal(rng.choice(['0', '-0', '0.000', '0E+5']))
    digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 30)))
    exponent = rng.randint(-40, 40) if kind < 0.9 else rng.randint(-120, 120)
    sign = rng.choice(['', '-'])
    return Decimal(f"{sign}{digits}E{exponent}")


OPS = ['+', '-', '*', '/', '//', '%', 'sqrt', 'quantize', 'neg', 'pos', 'normalize', 'int_power', 'compare',
       'to_integral', 'max', 'min', 'exp', 'ln', 'log10']
for i in range(800):
    op = rng.choice(OPS)
    a, b = number(), number()
    with localcontext() as ctx:
        ctx.prec = rng.randint(1, 40)
        ctx.rounding = rng.choice(ROUNDINGS)
        ctx.Emax = rng.choice([999999, 60, 100])
        ctx.Emin = rng.choice([-999999, -60, -100])
        ctx.clamp = rng.choice([0, 0, 1])
        ctx.clear_traps()
        try:
            if op == '+':
                r = a + b
            elif op == '-':
                r = a - b
            elif op == '*':
                r = a * b
            elif op == '/':
                r = a / b
            elif op == '//':
                r = a // b
            elif op == '%':
                r = a % b
            elif op == 'sqrt':
                r = abs(a).sqrt()
            elif op == 'quantize':
                r = a.quantize(Decimal(f"1E{rng.randint(-20, 20)}"))
            elif op == 'neg':
                r = -a
            elif op == 'pos':
                r = +a
            elif op == 'normalize':
                r = a.normalize()
            elif op == 'int_power':
                r = a ** rng.randint(-3, 6)
            elif op == 'compare':
                r = (a < b, a == b, a.compare(b), hash(a) == hash(b))
            elif op == 'to_integral':
                r = a.to_integral_value()
            elif op == 'exp':
                r = (a.scaleb(-a.adjusted() + rng.randint(-3, 2)) if a else a).exp()
            elif op == 'ln':
                r = abs(a).ln()
            elif op == 'log10':
                r = abs(a).log10()
            elif op == 'max':
                r = a.max(b)
            else:
                r = a.min(b)
            result = str(r) if isinstance(r, Decimal) else repr(r)
        except Exception as e:
            result = f'{type(e).__name__}'
        flags = ''.join(f.__name__[0:3] for f in FLAGS if ctx.flags[f])
        print(i, op, ctx.prec, ctx.rounding[6:], ctx.Emax, ctx.clamp, a, b, '->', result, flags)
