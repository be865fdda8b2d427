# decimal: compare_total/compare_total_mag (the total order over NaNs, infinities, zeros and
# exponents) and the logical operations (padding to the precision, invalid operands).
from decimal import Decimal as D, Context, InvalidOperation, getcontext, localcontext
values = ['-NaN', '-sNaN', '-Infinity', '-12', '-12.0', '-0', '0', '0.00', '12.0', '12', '1E+1', 'Infinity', 'sNaN', 'NaN', 'NaN5', 'NaN12', '-NaN3']
for a in values:
    print(a, [str(D(a).compare_total(D(b))) for b in values])
print([str(D(a).compare_total_mag(D(b))) for a, b in [('-3', '2'), ('-2.0', '2'), ('NaN', '-NaN'), ('-Infinity', '1')]])
print(D('1100').logical_and(D('1010')), D('1100').logical_or(D('1010')), D('1100').logical_xor(D('1010')))
print(D('0').logical_invert(), D('101').logical_invert())
with localcontext(Context(prec=5)):
    print(D('0').logical_invert(), D('1111111').logical_and(D('1')), D('11').logical_or(D('1000000')))
c = getcontext()
print(c.compare_total(1, 2), c.logical_and(D(11), D(1)), c.logical_invert(D(0))  == D('1' * 28))
for bad in ['2', '-1', '1.0', '1E+1', 'NaN']:
    try:
        print(D(bad).logical_and(D('1')))
    except InvalidOperation as e:
        print('InvalidOperation', type(e).__name__)
c2 = Context(traps=[])
print(c2.logical_and(D('2'), D(1)), c2.flags[InvalidOperation])
print(D(3).compare_total(4), D('2').compare_total(2.0 if False else D('2.00')))
