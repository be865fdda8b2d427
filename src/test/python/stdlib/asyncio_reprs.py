# asyncio: the reprs of tasks, futures and handles (line numbers of this file included)
import asyncio
import functools
import re


def clean(t):
    t = re.sub(r'0x[0-9a-f]+', 'ADDR', t.replace(__file__, 'FILE'))
    t = re.sub(r'when=[0-9.]+', 'when=T', t)
    return re.sub(r'(_run_until_complete_cb\(\)) at [^ \]]+', r'\1 at LIB', t)


async def waiter(fut):
    return await fut
async def sleeper():
    await asyncio.sleep(10)
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut), name='w')
    print(clean(repr(t)))
    await asyncio.sleep(0)
    print(clean(repr(t)))
    print(clean(repr(fut)))
    fut.add_done_callback(print)
    fut.add_done_callback(functools.partial(print, 1))
    print(clean(repr(fut)))
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(clean(repr(s)))
    s.cancel()
    print(clean(repr(s)))
    await asyncio.sleep(0)
    print(clean(repr(s)))
    h = loop.call_later(10, print, 'x')
    print(clean(repr(h)))
    h.cancel()
    print(clean(repr(h)))
    h = loop.call_soon(functools.partial(print, 1), 2)
    print(clean(repr(h)))
    fut.set_result(None)
    await t
    print(clean(repr(t)))
    g = asyncio.gather(asyncio.sleep(0))
    print(clean(repr(g)))
    await g
    print(clean(repr(g)))
    print(clean(repr(asyncio.current_task())))
    print(asyncio.CancelledError.__module__, asyncio.Queue.__module__, asyncio.Lock.__module__)
asyncio.run(main())
