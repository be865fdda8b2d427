# decimal: fma, scaleb, logb, number_class, contexts as objects
from decimal import Decimal, Context, localcontext, getcontext, setcontext, ExtendedContext, DefaultContext, InvalidOperation, Inexact, ROUND_DOWN
import decimal


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


print(Decimal(2).fma(3, 5), Decimal('1.23456789').fma(Decimal('9.87654321'), Decimal('-12.1'), Context(prec=5)))
print(Decimal('7.5').scaleb(3), Decimal('7.5').scaleb(-5), Decimal('inf').scaleb(2), Decimal(123).logb(), Decimal('0.001').logb())
show('scaleb fraction', lambda: Decimal(1).scaleb(Decimal('1.5')))
show('logb zero', lambda: Decimal(0).logb())
for x in ['1', '-0', '0', 'inf', '-inf', 'nan', 'snan', '1e-999999', '1e-1000000']:
    print(x, Decimal(x).number_class())
print(Decimal(5).radix(), Decimal(5).canonical(), Decimal(5).is_canonical())
ctx = Context(prec=6, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps=[InvalidOperation])
print(ctx, ctx.Etiny(), ctx.Etop())
print(ctx.create_decimal('123.4567891'), ctx.create_decimal('1e20'), ctx.to_sci_string(Decimal('1E+5')))
print(ctx.copy() is not ctx, ctx.copy().prec, repr(ctx.flags[Inexact]))
show('bad prec', lambda: setattr(ctx, 'prec', 0))
show('bad rounding', lambda: setattr(ctx, 'rounding', 'UP'))
show('bad attr', lambda: setattr(ctx, 'precision', 3))
show('bad clamp', lambda: setattr(ctx, 'clamp', 2))
show('bad traps', lambda: setattr(ctx, 'traps', [InvalidOperation]))
old = getcontext()
setcontext(ExtendedContext)
print(getcontext().prec, Decimal(1) / 0, Decimal(0) / 0, getcontext().flags[decimal.DivisionByZero])
setcontext(old)
with localcontext(Context(prec=3)) as c:
    print(Decimal(2) / 3, c.prec)
show('localcontext bad kw', lambda: localcontext(precision=3))
print(getcontext().prec, DefaultContext.prec)

# exp, ln, log10 (correctly rounded, half even)
from decimal import Overflow, Underflow, Subnormal, Clamped, Rounded
for s in ['1', '2', '-1', '0.5', '10', '100', '-100', '1e-10', '-1e-30', '123.456', '1e3', '-1e3', '0', 'inf', '-inf', '2.302585092994045684017991454']:
    print('exp', s, Decimal(s).exp())
for s in ['1', '2', '10', '0.5', '1e-10', '1e10', '123.456', '0.999999', '1.000001', '100', '1e100', '3', '0.1', '7e-50']:
    print('ln', s, Decimal(s).ln(), Decimal(s).log10())
with localcontext(prec=5):
    print(Decimal(2).exp(), Decimal(2).ln(), Decimal(2).log10(), Decimal('1e5').log10(), Decimal('1e50').log10(), getcontext().flags[Inexact])
with localcontext(prec=50):
    print(Decimal(1).exp(), Decimal(10).ln())
for s in ['2302585', '-2302585', '1e6', '-1e6', '2302587', '-2302610', '5e6', '-5e6', '1e30', '-1e30', '0.0000001', '-2.302585092994045684017991455']:
    try:
        r = Decimal(s).exp(); print('exp', s, r)
    except Exception as e:
        print('exp', s, type(e).__name__, e)
with localcontext(Emax=50, Emin=-50, prec=8) as c:
    c.clear_traps()
    for s in ['115', '116', '-118', '-130', '-200', '120']:
        print(s, Decimal(s).exp(), [f.__name__ for f in (Inexact, Rounded, Subnormal, Underflow, Overflow, Clamped) if c.flags[f]])
        c.clear_flags()
