# decimal: non-integer and large powers (exp(y ln x), correctly rounded) against CPython, flags included
from decimal import *
import random
rng = random.Random(5)
c = getcontext()
def show(label, thunk):
    try:
        r = thunk(); print(label, '->', r, [f.__name__ for f in (Inexact, Rounded, Overflow, Underflow, InvalidOperation) if c.flags[f]])
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    c.clear_flags()
for a, b in [('4', '0.5'), ('2', '0.5'), ('1.5', '2.5'), ('10', '-1.5'), ('0', '0.5'), ('0', '-0.5'), ('inf', '0.5'), ('inf', '-0.5'), ('2', '-inf'), ('0.5', 'inf'), ('2', 'inf'), ('-8', '0.5'), ('2', '2.0'), ('4', '0.50'), ('1e10', '0.1'), ('123.456', '7.89'), ('0.001', '-3.3'), ('10', '1e6'), ('10', '-1e7'), ('2.25', '0.5'), ('9', '1.5'), ('1', '0.5')]:
    show(f'{a}**{b}', lambda: Decimal(a) ** Decimal(b))
for i in range(300):
    a = Decimal(f"{rng.randint(1, 10**rng.randint(1, 12))}E{rng.randint(-12, 6)}")
    b = Decimal(f"{rng.choice(['', '-'])}{rng.randint(1, 10**rng.randint(1, 6))}E{rng.randint(-6, 0)}")
    with localcontext(prec=rng.randint(1, 35)):
        show(f'{i} {a}**{b}', lambda: a ** b)
# coefficients beyond int<->str's 4300-digit limit
big = Decimal('7' * 5000 + 'E-10')
print(len(str(big)), str(big)[:12], big.adjusted(), len(big.as_tuple().digits), (Decimal(3) ** 9000).adjusted())
with localcontext(prec=6000):
    print(str(Decimal(3) ** 9000)[-20:], str(Decimal(2) ** 20000)[:20])
