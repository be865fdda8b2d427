# unittest.mock: Mock/NonCallableMock basics, call recording, side effects, specs, wraps,
# reset/configure and the assert_* methods with their exact messages
import re
from unittest import mock
from unittest.mock import Mock, NonCallableMock, MagicMock, call, ANY, DEFAULT


def norm(obj):
    """A repr without the id (it differs between runs)."""
    return re.sub(r"id='\d+'", "id='N'", str(obj))


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except BaseException as e:
        print(f'{label}: {type(e).__name__}: {norm(e)}')
    else:
        print(f'{label}: ok {norm(result)}')


# ---- names and reprs ----
m = Mock()
print(norm(m), norm(m.foo), norm(m.foo()), norm(m().bar.baz()), norm(m.foo.bar().baz))
print(m.foo is m.foo, m() is m(), m.foo() is m.foo.return_value)
named = Mock(name='thing')
print(norm(named), norm(named.attr), norm(named.attr()))
print(norm(NonCallableMock()), norm(MagicMock().x))
attempt('noncallable call', NonCallableMock())

# ---- call recording ----
m = Mock()
m(1, 2, key='v')
m.method(3)
m.attr.deep(x=4)
m().chained(5)
print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.method_calls)
print(m.mock_calls)
print(m.attr.mock_calls, m.return_value.mock_calls)
print(m.call_args == call(1, 2, key='v'), m.call_args == ((1, 2), {'key': 'v'}))
print(m.mock_calls == [call(1, 2, key='v'), call.method(3), call.attr.deep(x=4), call(), call().chained(5)])

# ---- return_value and side_effect ----
print(Mock(return_value=3)(), Mock(return_value=None)())
seq = Mock(side_effect=[1, ValueError('boom'), 3])
attempt('iter 1', seq)
attempt('iter 2', seq)
attempt('iter 3', seq)
attempt('iter exhausted', seq)
attempt('exception class', Mock(side_effect=KeyError))
attempt('exception instance', Mock(side_effect=KeyError('k')))
attempt('callable', Mock(side_effect=lambda a, b=1: a + b), 1, b=2)
fallback = Mock(side_effect=lambda: DEFAULT, return_value='rv')
attempt('DEFAULT falls back', fallback)
m = Mock(return_value=1)
m.side_effect = [5]
attempt('set later', m)
m.side_effect = None
attempt('cleared', m)
print(type(Mock(side_effect=[1, 2]).side_effect).__name__)

# ---- wraps ----
class Real:
    def double(self, x):
        return 2 * x

w = Mock(wraps=Real())
print(w.double(21), w.double.call_args, norm(w.double))
wf = Mock(wraps=len)
print(wf('abc'), wf.call_count)
wf.return_value = 9
print(wf('abc'))

# ---- spec / spec_set ----
class Spec:
    attr = 1
    def method(self, a, b):
        pass

s = Mock(spec=Spec)
print(isinstance(s, Spec), s.__class__ is Spec, norm(s), norm(s.method))
attempt('spec missing attr', getattr, s, 'missing')
s.other = 3
print(s.other)
ss = Mock(spec_set=Spec)
print(norm(ss))
attempt('spec_set new attr', setattr, ss, 'other', 1)
ss.attr = 5
print(ss.attr)
ls = Mock(spec=['a', 'b'])
print(norm(ls.a))
attempt('list spec', getattr, ls, 'c')
attempt('mock as spec', Mock, spec=Mock())
s.method(1, 2)
s.method.assert_called_with(1, 2)
nc = NonCallableMock(spec=Spec)
print(isinstance(nc, Spec))

# ---- configure_mock / reset_mock / attach_mock ----
m = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError, 'a.b.c': 7})
print(m.method(), m.a.b.c)
attempt('configured side effect', m.other)
m.configure_mock(**{'x.y.return_value': 'deep'})
print(m.x.y())
m.reset_mock()
print(m.mock_calls, m.method.call_count, m.method(), m.x.y.called)
m.reset_mock(return_value=True)
print(norm(m.method()))
r = Mock(return_value=1, side_effect=[2])
r.reset_mock(return_value=True, side_effect=True)
print(norm(r()), r.side_effect)
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, 'kid')
child(1)
print(parent.mock_calls, norm(child))
parent2 = Mock()
parent2.sub = Mock()
parent2.sub(2)
print(parent2.mock_calls)

# ---- deleting and setting attributes ----
m = Mock()
m.foo
del m.foo
attempt('deleted', getattr, m, 'foo')
attempt('delete twice', delattr, m, 'foo')
m.foo = 1
print(m.foo)
attempt('typo assert', getattr, Mock(), 'assert_called_twice')
attempt('typo assret', getattr, Mock(), 'assret_called')
attempt('typo called_once', getattr, Mock(), 'called_once_with')
print(norm(Mock(unsafe=True).assert_foo))
attempt('magic on plain Mock', getattr, Mock(), '__iter__')
attempt('unsupported magic', setattr, Mock(), '__getattr__', None)
print('method' in dir(Mock(spec=Spec)), 'assert_called' in dir(Mock()))
attempt('spec typo', Mock, autospect=True)

# ---- assertions ----
m = Mock()
attempt('assert_called never', m.assert_called)
attempt('assert_called_once never', m.assert_called_once)
attempt('assert_called_with never', m.assert_called_with, 1)
m.assert_not_called()
m(1)
m(2, k=3)
attempt('assert_called', m.assert_called)
attempt('assert_called_once twice', m.assert_called_once)
attempt('assert_not_called', m.assert_not_called)
attempt('assert_called_with ok', m.assert_called_with, 2, k=3)
attempt('assert_called_with bad', m.assert_called_with, 9)
attempt('assert_called_once_with', m.assert_called_once_with, 2, k=3)
attempt('assert_any_call ok', m.assert_any_call, 1)
attempt('assert_any_call bad', m.assert_any_call, 5)
attempt('assert_any_call ANY', m.assert_any_call, ANY, k=3)
attempt('assert_has_calls ok', m.assert_has_calls, [call(1), call(2, k=3)])
attempt('assert_has_calls order', m.assert_has_calls, [call(2, k=3), call(1)])
attempt('assert_has_calls any_order', m.assert_has_calls, [call(2, k=3), call(1)], any_order=True)
attempt('assert_has_calls missing', m.assert_has_calls, [call(7)], any_order=True)
attempt('assert_has_calls not found', m.assert_has_calls, [call(7)])
named = Mock(name='named')
named(1)
attempt('named once', named.assert_called_once_with, 2)
attempt('named not called', named.assert_not_called)
attempt('child not called', named.child.assert_called)
attempt('empty assert_has_calls', Mock().assert_has_calls, [call(1)])

def sig(a, b, c=3):
    pass

sm = Mock(spec=sig)
sm(1, 2)
attempt('spec binds kw', sm.assert_called_with, a=1, b=2)
attempt('spec binds bad', sm.assert_called_with, 1, 2, 3, 4)
attempt('no sig check on call', sm, 1, 2, 3, 4, 5)
