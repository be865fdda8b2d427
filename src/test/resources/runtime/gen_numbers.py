# Generates numbers.txt: expected results of int/float operations, recorded with CPython 3.13.
# Run: PYENV_VERSION=3.13.0 python3.13 gen_numbers.py > numbers.txt
# Line format: OP <tab> A <tab> B <tab> EXPECTED, operands and results as repr();
# EXPECTED is "!Type: message" when the operation raises. Messages are rewritten to CPython 3.14's
# wording where 3.14 changed them (the oracle here is 3.13).
import math, operator

INTS = [0, 1, -1, 2, 3, -5, 7, -7, 123456789, 2**31, 2**53 + 1, 2**62, 2**63 - 1, -2**63, 2**63,
        2**64 + 1, -(2**100) + 3, 10**30, 2**61 - 1]
FLOATS = [0.0, -0.0, 1.5, -2.5, 0.1, 3.0, -7.25, 1e308, 2.0**53, math.inf, -math.inf, math.nan]

OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
       '//': operator.floordiv, '%': operator.mod, '**': operator.pow, '<<': operator.lshift,
       '>>': operator.rshift, '&': operator.and_, '|': operator.or_, '^': operator.xor,
       '<': operator.lt, '<=': operator.le, '==': operator.eq, '!=': operator.ne,
       '>': operator.gt, '>=': operator.ge}

MESSAGES_314 = {
    'integer division or modulo by zero': 'division by zero',
    'integer modulo by zero': 'division by zero',
    'float division by zero': 'division by zero',
    'float floor division by zero': 'division by zero',
    'float modulo by zero': 'division by zero',
    '0.0 cannot be raised to a negative power': 'zero to a negative power',
}

def wanted(op, a, b):
    """Cases deliberately left out: huge results, and complex results (Ember has no complex yet)."""
    if op == '**':
        if isinstance(b, int) and abs(b) > 200 and abs(a) > 1:
            return False
        if isinstance(a, float) or isinstance(b, float):
            fa, fb = float(a), float(b)
            if fa < 0 and not math.isinf(fb) and not math.isnan(fb) and fb != int(fb):
                return False  # CPython returns a complex number
    if op in ('<<',) and isinstance(b, int) and b > 200:
        return False
    return True

def result(op, a, b):
    try:
        r = OPS[op](a, b)
        return repr(r)
    except Exception as e:
        msg = str(e)
        return '!' + type(e).__name__ + ': ' + MESSAGES_314.get(msg, msg)

values = INTS + FLOATS
for op in OPS:
    for a in values:
        for b in values:
            if op in ('<<', '>>', '&', '|', '^') and (isinstance(a, float) or isinstance(b, float)):
                continue
            if op in ('<<', '>>') and isinstance(b, int) and b > 200:
                continue
            if not wanted(op, a, b):
                continue
            print(op, repr(a), repr(b), result(op, a, b), sep='\t')
for x in values:
    print('hash', repr(x), '-', hash(x) if x == x else 'nan', sep='\t')
    print('neg', repr(x), '-', result('-', 0, x) if False else repr(-x), sep='\t')
