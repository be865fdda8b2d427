# pickle: round trips of standard-library and builtin types under every protocol
import pickle, collections, enum, dataclasses, datetime, decimal, fractions
from collections import OrderedDict, deque, defaultdict, namedtuple, Counter
P = namedtuple('P', 'x y')
class Color(enum.Enum):
    RED = 1

class D:
    a: int
    b: list
values = [OrderedDict(a=1, b=2), deque([1, 2], maxlen=5), defaultdict(list, {'a': [1]}), P(1, 2), Counter('abca'), Color.RED,
          decimal.Decimal('1.50'), fractions.Fraction(3, 4), datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC), {1, 2}, frozenset({3}), bytearray(b'xy'), complex(1, 2), range(3), slice(1, 2), ValueError('x')]
for proto in range(6):
    for v in values:
        try:
            back = pickle.loads(pickle.dumps(v, proto))
            ok = back == v if not isinstance(v, (ValueError,)) else back.args == v.args
            print(proto, type(v).__name__, ok, type(back) is type(v), getattr(back, 'maxlen', ''))
        except Exception as e:
            print(proto, type(v).__name__, 'ERR', type(e).__name__, e)
