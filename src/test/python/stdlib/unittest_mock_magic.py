# unittest.mock: MagicMock's magic methods (defaults, configuration, removal) and call/ANY/sentinel
import re
from unittest.mock import MagicMock, NonCallableMagicMock, Mock, call, ANY, sentinel, DEFAULT


def norm(obj):
    return re.sub(r"id='\d+'", "id='N'", str(obj))


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except BaseException as e:
        print(f'{label}: {type(e).__name__}: {norm(e)}')
    else:
        print(f'{label}: ok {norm(result)}')


# ---- defaults ----
m = MagicMock()
print(len(m), list(m), bool(m), int(m), float(m), complex(m), 3 in m, m.__index__())
print(isinstance(hash(m), int), str(m) == object.__str__(m), isinstance(m.__sizeof__(), int))
print(m == m, m != m, m == 3, m != 3)
attempt('lt default', lambda: m < 1)
with m as entered:
    print(norm(entered))
print(m.__exit__.return_value, norm(m[1]), norm(m + 1), norm(1 - m), norm(-m), norm(abs(m)))
m[2] = 3
del m[4]
m += 1
print(norm(m))
print(m.mock_calls[:3])
print(m.__getitem__.call_args, m.__setitem__.call_args, m.__delitem__.call_args)
print(norm(round(m)), norm(divmod(m, 2)), norm(next(m)))
print(norm(m.__fspath__()).startswith('MagicMock/mock/'))

# ---- configuring ----
m = MagicMock()
m.__len__.return_value = 4
m.__iter__.return_value = [1, 2]
m.__getitem__.side_effect = lambda key: key * 2
m.__contains__.return_value = True
m.__bool__.return_value = False
m.__eq__.return_value = 'eq'
m.__lt__.return_value = True
print(len(m), list(m), list(m), m[3], 'x' in m, bool(m), m == 1, m < 5)
m.__str__ = lambda self: 'custom str'
print(str(m))
m.__int__ = Mock(return_value=42)
print(int(m), norm(m.__int__))
del m.__len__
attempt('deleted __len__', len, m)
it = MagicMock()
it.__iter__.return_value = iter([1, 2])
print(list(it), list(it))
print(m.__len__ if False else 'skip')

# ---- mock_calls of magic methods ----
mm = MagicMock()
len(mm)
mm['k']
with mm:
    pass
print(mm.mock_calls)
print(mm.method_calls)

# ---- spec limits the magic methods ----
class OnlyLen:
    def __len__(self):
        return 1

sm = MagicMock(spec=OnlyLen)
print(len(sm))
attempt('spec no iter', iter, sm)
attempt('spec set magic', setattr, sm, '__iter__', lambda self: iter([]))
nm = NonCallableMagicMock()
print(len(nm), norm(nm), norm(nm.child), norm(nm.child()))
attempt('noncallable magic', nm)
m = MagicMock()
m.mock_add_spec(['__len__'])
attempt('after mock_add_spec', iter, m)

# ---- call ----
print(call(1, a=2), call.foo(1), call.foo.bar(2, 3), call(1).foo(2), call.x().y.z(3))
print(call.foo(1).bar(2).call_list())
print(call(1) == ((1,), {}), call(1) == ('', (1,), {}), call.name(1) == ('name', (1,), {}))
print(call(1) == call(2), call(1) != call(2), call.a(1) == call.b(1))
print(call(1, 2) == ((1, 2),), call(x=1) == ({'x': 1},), call() == (), call.f() == ('f',))
print(call(ANY, 2) == call(1, 2), call(1, b=ANY) == call(1, b=object()))
print(call.foo.args, call(1, 2, k=3).args, call(1, 2, k=3).kwargs)
print(repr(call), repr(call.foo), repr(call().bar), call.count(1), call.index(2))
print(call(1) in [call(2), call(1)], [call(1), call(2)] == [call(1), call(2)])
m = Mock()
m.a(1).b(2)
print(m.mock_calls == call.a(1).b(2).call_list(), m.mock_calls)
kall = m.a.call_args
print(type(kall).__name__, len(kall), tuple(kall))
args, kwargs = kall
print(args, kwargs)
print(len(m.mock_calls[0]), m.mock_calls[0][0])
m2 = MagicMock()
m2(ANY)
m2.assert_called_with(object())

# ---- ANY, sentinel, DEFAULT ----
print(ANY == 1, ANY != 1, repr(ANY), [1, ANY] == [1, 'x'])
print(sentinel.thing, sentinel.thing is sentinel.thing, sentinel.thing is sentinel.other)
print(DEFAULT, sentinel.DEFAULT is DEFAULT)
import copy, pickle
print(copy.copy(sentinel.thing) is sentinel.thing, copy.deepcopy(sentinel.thing) is sentinel.thing)
# a sentinel pickles by name (getattr(unittest.mock.sentinel, 'thing')), as the same object
print([pickle.loads(pickle.dumps(sentinel.thing, proto)) is sentinel.thing for proto in range(6)])
print(pickle.dumps(sentinel.thing, 2))
