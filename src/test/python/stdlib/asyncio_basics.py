# asyncio: the loop's callback order, Future and Task basics, run/Runner
import asyncio
import re


def clean(text):
    """Drop file paths and addresses from reprs (they differ between runs)."""
    text = re.sub(r' at [^ >]+:\d+', ' at FILE:N', text)
    return re.sub(r'0x[0-9a-f]+', '0xADDR', text)


log = []


def cb(tag, *rest):
    log.append((tag,) + rest)


# ---- the loop without tasks ----
loop = asyncio.new_event_loop()
print(clean(repr(loop)).replace('_UnixSelectorEventLoop', 'LOOP'))
print(loop.is_running(), loop.is_closed(), loop.get_debug())
loop.call_soon(cb, 1)
h = loop.call_soon(cb, 2)
loop.call_soon(cb, 3)
h.cancel()
print(h.cancelled(), clean(repr(h)))
# delays far apart: on a loaded machine the statements between them can take many ms
loop.call_later(0.3, cb, 'late')
loop.call_later(0.2, cb, 'early')
t = loop.call_at(loop.time() + 0.1, cb, 'at')
print(type(t).__name__, isinstance(t.when(), float))
loop.call_later(0.4, loop.stop)
loop.run_forever()
print(log)

log.clear()


def chain(n):
    log.append(n)
    if n < 3:
        loop.call_soon(chain, n + 1)


loop.call_soon(chain, 0)
loop.call_soon(cb, 'x')
loop.call_soon(loop.stop)
loop.run_forever()
print(log)  # the step runs only what was ready when it began
loop.run_forever() if False else None
log.clear()
loop.call_soon(loop.stop)
loop.call_soon(cb, 'after stop')
loop.run_forever()
print(log)

# ---- futures ----
fut = loop.create_future()
print(clean(repr(fut)), fut.done(), fut.cancelled())
try:
    fut.result()
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)
try:
    fut.exception()
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)
fut.add_done_callback(lambda f: log.append(('done1', f.result())))
fut.add_done_callback(lambda f: log.append(('done2', f.result())))


def removed(f):
    log.append('removed')


fut.add_done_callback(removed)
fut.add_done_callback(removed)
print('removed', fut.remove_done_callback(removed))
fut.set_result(7)
print(clean(repr(fut)))
try:
    fut.set_result(8)
except asyncio.InvalidStateError as e:
    print('InvalidStateError:', e)
log.clear()
loop.call_soon(loop.stop)
loop.run_forever()
print(log)

fut = loop.create_future()
fut.set_exception(ValueError('bad'))
print(clean(repr(fut)), type(fut.exception()).__name__)
try:
    fut.result()
except ValueError as e:
    print('raised', repr(e))

fut = loop.create_future()
fut.set_exception(StopIteration)
print(repr(fut.exception()), repr(fut.exception().__cause__))

fut = loop.create_future()
print(fut.cancel('why'), fut.cancel(), fut.cancelled(), clean(repr(fut)))
try:
    fut.result()
except asyncio.CancelledError as e:
    print('CancelledError', e.args)

print(asyncio.isfuture(fut), asyncio.isfuture(1), fut.get_loop() is loop)
print(loop.run_until_complete(asyncio.sleep(0, 'slept')))


async def coro(x):
    await asyncio.sleep(0)
    return x * 2


print(loop.run_until_complete(coro(21)))
task = loop.create_task(coro(5), name='named')
print(clean(repr(task)))
print(loop.run_until_complete(task), task.get_name(), clean(repr(task)))
task.set_name(12)
print(repr(task.get_name()))
try:
    task.set_result(1)
except RuntimeError as e:
    print(e)
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(cb, 1)
except RuntimeError as e:
    print(e)
c = coro(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()

# ---- run ----


async def main():
    loop = asyncio.get_running_loop()
    print('running', loop.is_running(), asyncio.get_event_loop() is loop)
    me = asyncio.current_task()
    print('task name', me.get_name().startswith('Task-'), me in asyncio.all_tasks())
    c = coro(1)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print(e)
    c.close()
    c = coro(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()
    return 'main result'


print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.run(1)
except ValueError as e:
    print(e)

with asyncio.Runner() as runner:
    print(runner.run(coro(3)), runner.run(coro(4)))
    print(type(runner.get_loop()).__name__ in ('_UnixSelectorEventLoop', 'SelectorEventLoop'))
c = coro(1)
try:
    runner.run(c)
except RuntimeError as e:
    print(e)
c.close()


async def fails():
    await asyncio.sleep(0)
    raise KeyError('k')


try:
    asyncio.run(fails())
except KeyError as e:
    print('KeyError', e)

# interleaving of tasks and plain callbacks


async def ordered():
    loop = asyncio.get_running_loop()
    order = []

    async def step(name, n):
        for i in range(n):
            order.append(f'{name}{i}')
            await asyncio.sleep(0)

    a = asyncio.create_task(step('a', 3))
    loop.call_soon(order.append, 'cb1')
    b = asyncio.create_task(step('b', 2))
    loop.call_soon(order.append, 'cb2')
    order.append('main')
    await asyncio.sleep(0)
    order.append('main2')
    await a
    await b
    print(order)


asyncio.run(ordered())
print(asyncio.iscoroutine(1), asyncio.iscoroutine(c := coro(1)))
c.close()

# KeyboardInterrupt in a callback leaves run_forever at once; the rest of the step runs later
loop = asyncio.new_event_loop()
log = []


def interrupt():
    raise KeyboardInterrupt


loop.call_soon(log.append, 1)
loop.call_soon(interrupt)
loop.call_soon(log.append, 2)
try:
    loop.run_forever()
except KeyboardInterrupt:
    print('interrupted', log, loop.is_running())
loop.call_soon(loop.stop)
loop.run_forever()
print(log)
loop.close()
