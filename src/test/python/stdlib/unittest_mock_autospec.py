# unittest.mock: create_autospec, seal, mock_open, PropertyMock, AsyncMock and ThreadingMock
import asyncio
import inspect
import re
import threading
from unittest.mock import (create_autospec, seal, mock_open, PropertyMock, AsyncMock,
                           ThreadingMock, MagicMock, Mock, patch, call, DEFAULT, ANY)


def norm(obj):
    """A repr without the id; repr() (str() of a MagicMock would be a recorded call)."""
    text = str(obj) if isinstance(obj, (str, BaseException)) else repr(obj)
    return re.sub(r"id='\d+'", "id='N'", text)


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except BaseException as e:
        print(f'{label}: {type(e).__name__}: {norm(e)}')
    else:
        print(f'{label}: ok {norm(result)}')


# ---- create_autospec of functions ----
def func(a, b=2, *, c):
    return 'real'

af = create_autospec(func, return_value='mocked')
print(type(af).__name__, af.__name__, inspect.signature(af), af(1, c=3))
attempt('missing kwonly', af, 1)
attempt('too many', af, 1, 2, 3, c=4)
attempt('unknown kw', af, 1, c=1, d=2)
af.assert_called_once_with(1, c=3)
af.assert_called_once_with(a=1, c=3)
attempt('bound mismatch', af.assert_called_with, 2, c=3)
print(af.call_count, af.call_args, af.mock_calls, norm(af.mock))
af.reset_mock()
print(af.call_count, af.called)
lam = create_autospec(lambda x: x)
print(lam.__name__)

# ---- create_autospec of classes and instances ----
class Widget:
    kind = 'widget'

    def __init__(self, size):
        self.size = size

    def grow(self, by):
        return self.size + by

    @classmethod
    def make(cls, size):
        return cls(size)

    @staticmethod
    def helper(x, y):
        return x + y

    @property
    def area(self):
        return self.size ** 2

WidgetMock = create_autospec(Widget)
print(norm(WidgetMock))
attempt('class call no args', WidgetMock)
w = WidgetMock(3)
print(norm(w), isinstance(w, Widget))
w.grow(2)
attempt('method wrong args', w.grow)
attempt('method extra', w.grow, 1, 2)
w.grow.assert_called_once_with(2)
w.grow.assert_called_once_with(by=2)
print(norm(WidgetMock.make(5)), norm(WidgetMock.helper(1, 2)))
attempt('staticmethod args', WidgetMock.helper, 1)
attempt('missing attribute', getattr, w, 'nothing')
print(norm(w.kind), norm(w.area))
attempt('instance not callable', w)
inst = create_autospec(Widget, instance=True)
print(norm(inst))
inst.grow(1)
print(inst.mock_calls)
strict = create_autospec(Widget, spec_set=True)
attempt('spec_set new attr', setattr, strict, 'other', 1)
print(WidgetMock.mock_calls)
configured = create_autospec(Widget, **{'return_value.grow.return_value': 10})
print(configured(1).grow(1))
attempt('autospec a mock', create_autospec, Mock())

# builtin types and their methods as specs (signatures through functools.partial(method, self))
list_mock = create_autospec([])
list_mock.append('x')
list_mock.append.assert_called_with('x')
attempt('list spec attr', getattr, list_mock, 'nope')
class Listish(list):
    def bar(self, arg):
        pass
    sorted = sorted
    attr = {}

lm = create_autospec(Listish)
lm.append(3)
lm.attr.pop(3)
lm.sorted([2, 1])
attempt('builtin subclass method args', lm.bar, 'a', 'b')
print(lm.mock_calls)

def star(*args, **kwargs):
    pass

def mixed(a, b, /, c, *args, d, **kw):
    pass

import functools
for fn, args, kw in [(star, (None,), {}), (mixed, (1,), {}), (mixed, (1, 2), {'c': 3}),
                     (mixed, (1, 2, 3, 4), {'d': 5}), (list.append.__call__, (None,), {})]:
    print(inspect.signature(functools.partial(fn, *args, **kw)))

# ---- seal ----
m = Mock()
m.known.attr = 1
m.method.return_value = 5
seal(m)
print(m.known.attr, m.method())
attempt('sealed new attr', getattr, m, 'new')
attempt('sealed child new attr', getattr, m.known, 'other')
attempt('sealed return value', lambda: m.known())
attempt('sealed set new', setattr, m, 'extra', 'refused')
m.known.attr = 2
print(m.known.attr)

# ---- mock_open ----
opener = mock_open(read_data='line 1\nline 2\nline 3\n')
with patch('builtins.open', opener):
    with open('some/file') as fh:
        print(repr(fh.read()))
    with open('some/file') as fh:
        print(repr(fh.readline()), repr(fh.readline()), fh.readlines())
    with open('some/file') as fh:
        print([line for line in fh])
    fh = open('other', 'w')
    fh.write('data')
    fh.close()
print(opener.call_args_list)
opener.return_value.write.assert_called_once_with('data')
print(opener.mock_calls[:5])
binary = mock_open(read_data=b'\x00\x01')
print(binary().read(), binary().read(1))
handle = mock_open()
print(norm(handle), norm(handle()))

# ---- PropertyMock ----
class Config:
    @property
    def value(self):
        return 'real'

with patch.object(Config, 'value', new_callable=PropertyMock) as prop:
    prop.return_value = 'mocked'
    config = Config()
    print(config.value)
    config.value = 'set'
    print(prop.mock_calls)
print(Config().value)
pm = PropertyMock(return_value=3)
holder = type('Holder', (), {'attr': pm})
print(holder().attr, norm(pm.child))

# ---- AsyncMock ----
am = AsyncMock(return_value='async result')
print(inspect.iscoroutinefunction(am), norm(am))

async def run_async():
    print(await am(1, key=2))
    am.assert_awaited_once_with(1, key=2)
    am.assert_awaited()
    am.assert_any_await(1, key=2)
    am.assert_has_awaits([call(1, key=2)])
    effect = AsyncMock(side_effect=[1, ValueError('async boom')])
    print(await effect())
    try:
        await effect()
    except ValueError as e:
        print('raised', e)
    async def coro_effect(x):
        return x * 10
    print(await AsyncMock(side_effect=coro_effect)(4))
    mm = MagicMock()
    async with mm as entered:
        print(norm(entered))
    mm.__aiter__.return_value = [1, 2]
    print([x async for x in mm])
    print(norm(mm.__aenter__), norm(mm.__aexit__))
    child = am.child
    print(norm(child), inspect.iscoroutinefunction(child))
    await child()
    print(am.mock_calls)

asyncio.run(run_async())
attempt('assert_awaited_with', am.assert_awaited_with, 2)
attempt('assert_awaited_once', am.assert_awaited_once)
attempt('assert_not_awaited', am.assert_not_awaited)
attempt('assert_any_await', am.assert_any_await, 9)
attempt('assert_has_awaits', am.assert_has_awaits, [call(9)])
attempt('assert_has_awaits any', am.assert_has_awaits, [call(9)], any_order=True)
fresh = AsyncMock()
attempt('never awaited', fresh.assert_awaited)
attempt('never awaited with', fresh.assert_awaited_with, 1)
coro = fresh()
print(fresh.call_count, fresh.await_count)
asyncio.run(coro)
print(fresh.await_count, fresh.await_args)
fresh.reset_mock()
print(fresh.await_count, fresh.await_args_list)

async def real_async(x):
    return x

spec_async = Mock(spec=real_async)
print(type(spec_async).__name__, inspect.iscoroutinefunction(spec_async))
auto_async = create_autospec(real_async, return_value=7)
print(asyncio.run(auto_async(1)), auto_async.await_count)

class Service:
    async def fetch(self):
        return 'real'
    def sync(self):
        return 'sync'

svc = MagicMock(spec=Service)
print(type(svc.fetch).__name__, type(svc.sync).__name__)

# ---- ThreadingMock ----
tm = ThreadingMock()
worker = threading.Thread(target=lambda: tm.method(1, 2))
worker.start()
tm.method.wait_until_called(timeout=5)
tm.method.wait_until_any_call_with(1, 2)
worker.join()
print(tm.method.call_args, norm(tm))
attempt('wait timeout', ThreadingMock().wait_until_called, timeout=0.01)
