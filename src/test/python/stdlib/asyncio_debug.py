# asyncio debug mode: where futures and handles were created, argument reprs, misuse checks
import asyncio
import logging
import re
import threading

# slow steps are reported in debug mode: not what this program is about (Ember is slower)
logging.getLogger('asyncio').setLevel(logging.ERROR)


def clean(t):
    t = re.sub(r'0x[0-9a-f]+', 'ADDR', t.replace(__file__, 'FILE'))
    # inside asyncio itself: the module, not the line
    return re.sub(r'created at \S*/asyncio/(\w+\.py):\d+', r'created at asyncio/\1', t)


def cb(*args):
    pass


async def coro_fn():
    pass


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug())
    fut = loop.create_future()
    print(clean(repr(fut)))
    h = loop.call_soon(cb, 1, 'two', [3] * 30)
    print(clean(repr(h)))
    h.cancel()
    print(clean(repr(h)))
    for method in (loop.call_soon, loop.call_soon_threadsafe):
        try:
            method(coro_fn)
        except TypeError as e:
            print(e)
        try:
            method(42)
        except TypeError as e:
            print(e)
    c = coro_fn()
    try:
        loop.call_later(1, c)
    except TypeError as e:
        print(e)
    c.close()
    errors = []

    def from_thread():
        try:
            loop.call_soon(cb)
        except RuntimeError as e:
            errors.append(str(e))
    t = threading.Thread(target=from_thread)
    t.start()
    t.join()
    print(errors)
    t = asyncio.create_task(coro_fn())
    print(clean(repr(t)))
    await t
    fut.cancel()


asyncio.run(main(), debug=True)
