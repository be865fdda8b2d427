from decimal import *
import decimal
def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
for s in ['0', '1.5', '-0', '1e5', '1E-7', '123.456e3', '0.000001', '0.0000001', '-1.23E+10', '1_000.5', 'inf', '-Infinity', 'nan', 'NaN123', '-sNaN', '  7  ', '1.', '.5', '1e', 'abc', '1__0', '_1', '100E-2', '0E-10', '0e+3']:
    show(s, lambda: Decimal(s))
print(Decimal(1.1), Decimal(-0.0), Decimal(float('inf')), Decimal(10**30), Decimal((1, (1, 2, 3), -2)), Decimal((0, (), 'F')))
a, b = Decimal('1.10'), Decimal('3')
print(a + b, a - b, a * b, a / b, b / a, a // b, a % b, divmod(Decimal(-7), Decimal(2)), Decimal(-7) // 2, Decimal(-7) % 2)
print(Decimal(1) / Decimal(8), Decimal(10) / Decimal(4), Decimal('1.00') / Decimal('0.1'), Decimal(2) ** 10, Decimal('1.5') ** 3, Decimal(2) ** -2, Decimal(3) ** -1)
print(Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal('0.25').sqrt(), Decimal('1e10').sqrt(), Decimal('2.25').sqrt(), Decimal(0).sqrt(), Decimal('1.21e-4').sqrt())
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN), Decimal('7.325').quantize(Decimal('1.')), Decimal('2.5').quantize(Decimal(1)), Decimal('3.5').quantize(Decimal(1)), Decimal('-2.5').quantize(Decimal(1), ROUND_HALF_UP))
for r in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(r, [str(Decimal(x).quantize(Decimal('1'), rounding=r)) for x in ['2.5', '-2.5', '1.5', '2.4', '2.6', '-2.6', '0.5', '10.1', '15.1']])
print(hash(Decimal(5)) == hash(5), hash(Decimal('0.5')) == hash(0.5), hash(Decimal('1.10')) == hash(Decimal('1.1')), hash(Decimal('-1')), hash(Decimal('inf')), hash(Decimal('1e100')) == hash(10**100))
from fractions import Fraction
print(Decimal('0.5') == Fraction(1, 2), Decimal('0.5') < 1, Decimal(1) == 1.0, Decimal('0.1') == 0.1, Decimal('nan') == Decimal('nan'), Decimal(2) > Decimal('1.99'), sorted([Decimal('1.5'), Decimal(-2), Decimal('0.1')]))
print(getcontext())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), ctx.flags[Inexact], ctx)
with localcontext(prec=3, rounding=ROUND_UP) as ctx:
    print(Decimal('1.2345') + 0, +Decimal('1.2341'), -Decimal('9.999'))
print(Decimal(1) / Decimal(7))
show('div0', lambda: Decimal(1) / 0)
show('0/0', lambda: Decimal(0) / 0)
show('bad str', lambda: Decimal('x'))
show('inf-inf', lambda: Decimal('inf') - Decimal('inf'))
show('sqrt neg', lambda: Decimal(-1).sqrt())
show('int nan', lambda: int(Decimal('nan')))
show('hash snan', lambda: hash(Decimal('snan')))
show('quantize too big', lambda: Decimal('1e30').quantize(Decimal('0.1')))
ctx = Context(prec=4, traps=[])
print(ctx.divide(Decimal(1), 0), ctx.flags[DivisionByZero], ctx.create_decimal('1.23456'), ctx.add(1, 2), ctx.sqrt(2))
print(Decimal('1.5').as_tuple(), Decimal('-inf').as_tuple(), Decimal('nan').as_tuple(), Decimal('1.25').as_integer_ratio(), Decimal('-7.5e3').as_integer_ratio())
print(int(Decimal('-7.9')), float(Decimal('1.5')), round(Decimal('2.5')), round(Decimal('2.567'), 2), round(Decimal('-3.5')), Decimal('1.234e2').adjusted(), Decimal('123.4500').normalize(), Decimal('0.00').normalize())
import math
print(math.floor(Decimal('-1.5')), math.ceil(Decimal('-1.5')), math.trunc(Decimal('-1.5')), Decimal('12345.678').to_integral_value(), Decimal('1e3').to_eng_string(), Decimal('123e-9').to_eng_string())
print(f"{Decimal('1234.5678'):.2f} {Decimal('1234.5678'):,.1f} {Decimal('0.5'):%} {Decimal('0.5'):.1%} {Decimal('12345.678'):.3e} {Decimal('1.5'):>8} {Decimal('-1.5'):08.2f} {Decimal('1234567'):.3g} {Decimal('1.5')}")
show('overflow', lambda: Decimal('1e999999') * 10)
print(ExtendedContext, BasicContext.prec)
print(repr(Decimal('-0')), Decimal(0) * -1, -Decimal(0), Decimal('-0') + Decimal('0'), Decimal('1.0') + Decimal('1.00'))
print(Decimal('100').max(Decimal('1e2')), Decimal(1).min(2), Decimal(3).compare(2), Decimal('5').copy_sign(Decimal('-1')), Decimal(5).is_normal(), Decimal('nan').is_nan(), Decimal(0).is_zero())
import pickle, copy
print(pickle.loads(pickle.dumps(Decimal('1.50'))), copy.deepcopy(Decimal('2')), DecimalTuple(0, (1,), 0))
print(isinstance(Decimal(1), decimal.Decimal), issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError), InvalidOperation.__mro__[1:3])
for s in ['2', '0.04557', '1234567890123456789012345678901234567890', '1e-30', '0.0001', '100', '1e101',
          '3.999999999999999999999999999999999', '0.045572222222222222222222222222']:
    print(s, Decimal(s).sqrt())
with localcontext(prec=5):
    print(Decimal('123456789').sqrt(), Decimal('2').sqrt(), Decimal('0.0000000004').sqrt(), Decimal(1) / 3 * 3)
