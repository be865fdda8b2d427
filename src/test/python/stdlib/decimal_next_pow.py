# decimal: three-argument pow, next_plus/next_minus/next_toward, remainder_near, rotate, shift,
# compare_signal, max_mag/min_mag, and the Context methods for the operations, with the flags
# each raises.
from decimal import (Decimal as D, Context, localcontext, InvalidOperation, ROUND_HALF_EVEN,
                     ROUND_DOWN, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped,
                     DivisionByZero, DivisionImpossible, DivisionUndefined)
import decimal

SIGNALS = [InvalidOperation, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped, DivisionByZero]


def run(label, function, *args, prec=9, emin=-99, emax=99, clamp=0):
    context = Context(prec=prec, Emin=emin, Emax=emax, rounding=ROUND_HALF_EVEN, clamp=clamp, traps=[])
    try:
        result = function(context, *args)
    except Exception as e:
        print(label, "raises", type(e).__name__, e)
        return
    flags = [s.__name__ for s in SIGNALS if context.flags[s]]
    print(label, repr(result), flags)


pow3 = lambda c, x, y, m: c.power(D(x), D(y), D(m))
for args in [("3", "7", "10"), ("-3", "7", "10"), ("-3", "8", "10"), ("3", "7", "-10"), ("2", "100", "97"),
             ("10", "0", "7"), ("0", "5", "7"), ("0", "0", "7"), ("3", "-1", "7"), ("3", "7", "0"),
             ("3.5", "2", "7"), ("3", "2.5", "7"), ("3", "2", "7.5"), ("30E-1", "2", "7"), ("3", "2E+3", "7"),
             ("123456789", "123456789", "987654321"), ("2", "3", "10000000000"), ("NaN", "2", "3"),
             ("2", "sNaN", "3"), ("sNaN", "NaN", "3"), ("Infinity", "2", "3"), ("2", "3", "Infinity"),
             ("7E+5", "3", "13"), ("-0", "3", "5"), ("5", "-0", "3")]:
    run("pow" + str(args), pow3, *args)
print(pow(D(3), 7, 10), pow(D(-3), D(7), D(-10)), pow(D(2), 10, D(1000)))
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = True
    try:
        pow(D(3), D("1.5"), 7)
    except InvalidOperation as e:
        print("trapped", type(e).__name__)

for x in ["0", "1", "-1", "1.000000000", "123456789", "9.99999999E+99", "-9.99999999E+99", "1E-107",
          "-1E-107", "1E-100", "Infinity", "-Infinity", "NaN", "-sNaN12", "0E-150", "1E+99", "0.5"]:
    run("next_plus " + x, lambda c, v: c.next_plus(D(v)), x)
    run("next_minus " + x, lambda c, v: c.next_minus(D(v)), x)
for x, y in [("1", "2"), ("1", "0"), ("1", "1"), ("-1", "1"), ("0", "-0"), ("-0", "1"), ("1E-107", "0"),
             ("-1E-107", "0"), ("9.99999999E+99", "Infinity"), ("Infinity", "1"), ("-Infinity", "Infinity"),
             ("1", "NaN"), ("sNaN", "1"), ("1E-100", "0"), ("0", "1")]:
    run("next_toward %s %s" % (x, y), lambda c, a, b: c.next_toward(D(a), D(b)), x, y)
run("next_plus prec 3", lambda c: c.next_plus(D("1.23456")), prec=3)
run("next_minus clamp", lambda c: c.next_minus(D("Infinity")), clamp=1)
print(D("1").next_plus(), D("1").next_minus(), D("1").next_toward(2), D(1).next_toward(D(0)))

for x, y in [("10", "3"), ("10", "6"), ("10", "4"), ("-10", "4"), ("10.5", "3"), ("1", "10"), ("1", "0.3"),
             ("0", "3"), ("-0", "3"), ("5", "0"), ("0", "0"), ("Infinity", "3"), ("5", "Infinity"),
             ("NaN", "3"), ("3", "sNaN"), ("1E+20", "3"), ("1E+8", "3"), ("7", "-2"), ("0.001", "7"),
             ("3.6", "1.2"), ("2.5", "1"), ("3.5", "1"), ("-2.5", "1"), ("1.0000", "0.3")]:
    run("remainder_near %s %s" % (x, y), lambda c, a, b: c.remainder_near(D(a), D(b)), x, y)
print(D(10).remainder_near(6), D(-10).remainder_near(D(4)))

for x, y in [("34", "8"), ("12", "9"), ("123456789", "-2"), ("123456789", "0"), ("123456789", "9"),
             ("123456789", "-9"), ("123456789", "10"), ("123", "1.0"), ("123", "2.5"), ("-123", "3"),
             ("1.23", "2"), ("Infinity", "2"), ("NaN", "2"), ("2", "sNaN"), ("12", "Infinity"), ("1E+3", "1")]:
    run("rotate %s %s" % (x, y), lambda c, a, b: c.rotate(D(a), D(b)), x, y)
    run("shift %s %s" % (x, y), lambda c, a, b: c.shift(D(a), D(b)), x, y)
run("rotate prec 3", lambda c: c.rotate(D("123456"), D(1)), prec=3)
run("shift prec 3", lambda c: c.shift(D("123456"), D(-1)), prec=3)

for x, y in [("1", "2"), ("2", "1"), ("1", "1.0"), ("NaN", "1"), ("1", "sNaN"), ("-1", "1"), ("-2", "1")]:
    run("compare_signal %s %s" % (x, y), lambda c, a, b: c.compare_signal(D(a), D(b)), x, y)
    run("max_mag %s %s" % (x, y), lambda c, a, b: c.max_mag(D(a), D(b)), x, y)
    run("min_mag %s %s" % (x, y), lambda c, a, b: c.min_mag(D(a), D(b)), x, y)
run("max_mag NaN NaN", lambda c: c.max_mag(D("NaN1"), D("NaN2")))
run("min_mag prec", lambda c: c.min_mag(D("1.23456"), D("-7")), prec=3)

for name, args in [("exp", ("1",)), ("ln", ("10",)), ("log10", ("1000",)), ("logb", ("250",)),
                   ("fma", ("2", "3", "4")), ("scaleb", ("1.5", "3")), ("same_quantum", ("1.0", "2.0")),
                   ("number_class", ("-0",)), ("to_integral_exact", ("2.5",)), ("is_normal", ("1E-100",)),
                   ("is_subnormal", ("1E-100",)), ("is_qnan", ("NaN",)), ("is_snan", ("sNaN",)),
                   ("is_canonical", ("1",)), ("canonical", ("1.50",)), ("copy_decimal", ("7",))]:
    run("Context.%s%s" % (name, args), lambda c, n, a: getattr(c, n)(*map(D, a)), name, args)
run("Context.radix", lambda c: c.radix())
run("Context.canonical int", lambda c: c.canonical(5))
run("Context.is_canonical int", lambda c: c.is_canonical(5))
run("Context.next_plus int", lambda c: c.next_plus(5))
run("Context.rotate int", lambda c: c.rotate(123, 1))
run("Context.next_plus str", lambda c: c.next_plus("5"))
