# An addend far below the other's rounding digit only decides rounding: results and flags are
# CPython's for every rounding mode, without building 10 ** (exponent gap).
import decimal
from decimal import Decimal as D, getcontext
getcontext().prec = 9
for a, b in [('1', '77e-9999999'), ('10', '-77e-9999999'), ('-1', '77e-9999999'), ('1e-9999990', '3e-9999999'),
             ('9.99999999', '4.9e-20'), ('9.99999999', '5e-9'), ('123456789', '0.5'),
             ('123456789', '0.4999999999999999999999999'), ('-123456789', '-0.50000000000000000001'), ('1E+100', '-1E-100'), ('5', '-1E-999999999'), ('-9.99999999E+999', '-2E-999999')]:
    with decimal.localcontext() as c:
        r = D(a) + D(b); print(a, b, r, sorted(k.__name__ for k, v in c.flags.items() if v))
        c.clear_flags(); r = D(b) - D(a); print(' ', r, sorted(k.__name__ for k, v in c.flags.items() if v))
        for mode in (decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_05UP, decimal.ROUND_HALF_DOWN):
            c.rounding = mode; c.clear_flags(); r = D(a) + D(b); print(' ', mode, r, sorted(k.__name__ for k, v in c.flags.items() if v))

# Rounding a coefficient far more digits away than it has (deep underflow): 0 or one ulp.
for mode in (decimal.ROUND_HALF_EVEN, decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_CEILING,
             decimal.ROUND_FLOOR, decimal.ROUND_05UP, decimal.ROUND_HALF_UP):
    with decimal.localcontext(decimal.ExtendedContext) as c:
        c.prec, c.Emax, c.Emin, c.rounding = 9, 999999999, -999999999, mode
        for a, b in [('1e-777777777', '1e-411111111'), ('-7e-777777777', '3e-411111111'), ('5e-500000000', '1e-500000009'),
                     ('123456789e-999999990', '1e-30')]:
            r = D(a) * D(b)
            print(mode, a, b, r, sorted(k.__name__ for k, v in c.flags.items() if v))
            c.clear_flags()
