# asyncio: threads (to_thread, executors, call_soon_threadsafe, run_coroutine_threadsafe),
# exception handlers, async generator finalization, context variables
import asyncio
import concurrent.futures
import contextvars
import re
import sys
import threading

var = contextvars.ContextVar('var', default='unset')


def clean(text):
    text = re.sub(r' at [^ >]+:\d+', ' at FILE:N', text)
    return re.sub(r'0x[0-9a-f]+', '0xADDR', text)


def blocking(x, *, scale=1):
    return (x * scale, threading.current_thread() is not threading.main_thread(), var.get())


async def threads():
    var.set('main value')
    print(await asyncio.to_thread(blocking, 2, scale=5))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 3))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, pow, 2, n) for n in range(6)))
        print(results)

    def fails():
        raise OSError('in thread')
    try:
        await asyncio.to_thread(fails)
    except OSError as e:
        print('OSError', e)

    # another thread wakes the loop
    fut = loop.create_future()
    threading.Thread(target=lambda: loop.call_soon_threadsafe(fut.set_result, 'from thread')).start()
    print(await fut)

    # a coroutine submitted from another thread
    async def remote(x):
        await asyncio.sleep(0)
        return x + 1

    def submit():
        cf = asyncio.run_coroutine_threadsafe(remote(41), loop)
        box.append(cf.result(timeout=30))
    box = []
    t = threading.Thread(target=submit)
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.01)
    print(box)
    try:
        asyncio.run_coroutine_threadsafe(1, loop)
    except TypeError as e:
        print(e)

    # wrap_future
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        cf = pool.submit(sum, [1, 2, 3])
        print(await asyncio.wrap_future(cf))


def loop_in_thread():
    """A loop running in its own thread, fed from the main thread."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    def run():
        asyncio.set_event_loop(loop)
        loop.call_soon(ready.set)
        loop.run_forever()

    t = threading.Thread(target=run)
    t.start()
    ready.wait()

    async def job(n):
        await asyncio.sleep(0.001)
        return n * n, threading.current_thread() is t
    print([asyncio.run_coroutine_threadsafe(job(n), loop).result(30) for n in range(4)])
    loop.call_soon_threadsafe(loop.stop)
    t.join()
    loop.close()
    print('thread loop closed', loop.is_closed())


def handlers():
    loop = asyncio.new_event_loop()
    seen = []

    def handler(lp, context):
        seen.append((lp is loop, clean(context['message']), sorted(context),
                     repr(context.get('exception'))))

    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)

    def bad_callback(x):
        raise ZeroDivisionError(x)
    loop.call_soon(bad_callback, 'boom')
    loop.call_soon(loop.call_exception_handler, {'message': 'custom', 'extra': 1})
    loop.call_soon(loop.stop)
    loop.run_forever()
    for entry in seen:
        print(entry)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(e)

    def broken_handler(lp, context):
        raise RuntimeError('handler failed')
    loop.set_exception_handler(broken_handler)
    loop.set_exception_handler(None)

    async def doomed():
        raise ValueError('never retrieved')

    loop.set_exception_handler(handler)
    seen.clear()
    loop.set_debug(True)
    print('debug', loop.get_debug())
    loop.set_debug(False)
    loop.close()

    # the default handler logs to the 'asyncio' logger
    import logging

    class Short(logging.Formatter):
        """The record without the traceback's file paths."""
        def format(self, record):
            text = f'{record.levelname}:{record.name}:{clean(record.getMessage())}'
            if record.exc_info:
                text += f' | {record.exc_info[0].__name__}: {record.exc_info[1]}'
            return text
    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(Short())
    logging.getLogger('asyncio').addHandler(out)
    loop = asyncio.new_event_loop()
    loop.default_exception_handler({'message': 'plain message', 'key': [1, 2]})
    loop.default_exception_handler({'exception': KeyError('k'), 'future': 'f'})
    loop.call_soon(bad_callback, 'x')
    loop.call_soon(loop.stop)
    loop.run_forever()
    loop.close()


async def agen_user(log):
    async def ticker():
        try:
            for i in range(100):
                yield i
        finally:
            log.append('ticker finalized')
    async for i in ticker():
        if i == 2:
            break
    log.append('loop left')
    return 'user done'


def asyncgens():
    log = []
    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(agen_user(log)), log)
    loop.run_until_complete(loop.shutdown_asyncgens())
    print(log)
    loop.close()

    log.clear()
    asyncio.run(agen_user(log))
    print(log)
    print(sys.get_asyncgen_hooks())


async def contexts():
    var.set('outer')
    loop = asyncio.get_running_loop()

    async def child(value):
        before = var.get()
        var.set(value)
        await asyncio.sleep(0)
        return before, var.get()

    print(await asyncio.gather(child('a'), child('b')), var.get())
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    t = asyncio.create_task(child('c'), context=ctx)
    print(await t, ctx[var], var.get())
    done = loop.create_future()
    loop.call_soon(lambda: done.set_result(var.get()), context=ctx)
    print(await done)
    h = loop.call_soon(print, 'handle context', context=ctx)
    print(h.get_context() is ctx)
    await asyncio.sleep(0)


print('--- threads')
asyncio.run(threads())
print('--- loop in thread')
loop_in_thread()
print('--- handlers')
handlers()
print('--- asyncgens')
asyncgens()
print('--- contexts')
asyncio.run(contexts())


async def many_threads():
    """Threads hammering call_soon_threadsafe while the loop sleeps and runs."""
    loop = asyncio.get_running_loop()
    total = 8 * 300
    counted = 0
    finished = loop.create_future()

    def count():
        nonlocal counted
        counted += 1
        if counted == total:
            finished.set_result(counted)

    def producer():
        for _ in range(300):
            loop.call_soon_threadsafe(count)

    threads = [threading.Thread(target=producer) for _ in range(8)]
    for t in threads:
        t.start()
    print(await finished)
    for t in threads:
        t.join()


print('--- many threads')
asyncio.run(many_threads())
