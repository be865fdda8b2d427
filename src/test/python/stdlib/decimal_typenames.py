# Decimal is a C type in CPython: messages name it 'decimal.Decimal' (Ember: __ember_tp_name__;
# on CPython with Ember's decimal.py this program prints 'Decimal' and fails the checker)
from decimal import Decimal
for expr in ["Decimal(1) + 1.5", "1.5 * Decimal(2)", "Decimal(1) < 'x'"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '!!', e)
