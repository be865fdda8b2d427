# asyncio: cancellation, gather, wait, wait_for, as_completed, shield, eager tasks
import asyncio


async def sleeper(tag, delay, result=None, log=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        if log is not None:
            log.append(f'{tag} cancelled {e.args}')
        raise
    if log is not None:
        log.append(f'{tag} done')
    return result if result is not None else tag


async def boom(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def cancellation():
    log = []
    t = asyncio.create_task(sleeper('t', 10, log=log))
    await asyncio.sleep(0)
    print('cancel', t.cancel('stop it'), t.cancelling(), t.cancel('again'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting cancelled task:', e.args)
    print(t.cancelled(), t.done(), log, t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result():', e.args)

    # cancelled before it starts
    t = asyncio.create_task(sleeper('early', 10, log=log))
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), log[-1:])

    # a task that swallows cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            print('stubborn caught, cancelling =', me.cancelling(), 'uncancel ->', me.uncancel())
        return 'survived'
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # cancel while the coroutine is returning
    async def quick():
        return 5
    t = asyncio.create_task(quick())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('quick cancelled', t.cancelled())

    # task waiting on another task: cancelling the outer cancels the awaited future
    inner = asyncio.create_task(sleeper('inner', 10, log=log))
    async def outer():
        return await inner
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    o.cancel('outer msg')
    try:
        await o
    except asyncio.CancelledError as e:
        print('outer:', e.args, 'inner cancelled:', inner.cancelled(), log[-1])


async def gathering():
    print(await asyncio.gather())
    print(await asyncio.gather(sleeper('a', 0.02), sleeper('b', 0.01), sleeper('c', 0)))
    try:
        await asyncio.gather(sleeper('a', 0.01), boom('first'), boom('second', 0.001))
    except ValueError as e:
        print('gather raised', e)
    results = await asyncio.gather(sleeper('a', 0), boom('x'), boom('y'), return_exceptions=True)
    print([repr(r) for r in results])
    # the same coroutine object twice gives one child and two results
    t = asyncio.ensure_future(sleeper('same', 0))
    print(await asyncio.gather(t, t))

    # cancelling the gather cancels the children
    log = []
    g = asyncio.gather(sleeper('g1', 10, log=log), sleeper('g2', 10, log=log))
    await asyncio.sleep(0)
    print('gather cancel', g.cancel('msg'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args, sorted(log))
    # a cancelled child with return_exceptions
    t1 = asyncio.create_task(sleeper('c1', 10))
    t2 = asyncio.create_task(sleeper('c2', 0))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel('child msg')
    print([repr(r) for r in await g])
    # a cancelled child without return_exceptions
    t1 = asyncio.create_task(sleeper('c1', 10))
    g = asyncio.gather(t1, sleeper('c3', 0.01))
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print('child cancelled ->', type(e).__name__)
    await asyncio.sleep(0.02)


async def waiting():
    t1 = asyncio.create_task(sleeper('w1', 0.01))
    t2 = asyncio.create_task(sleeper('w2', 10))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending), pending == {t2})
    done, pending = await asyncio.wait([t2], timeout=0.01)
    print(len(done), len(pending))
    t2.cancel()
    t3 = asyncio.create_task(boom('w3'))
    t4 = asyncio.create_task(sleeper('w4', 10))
    done, pending = await asyncio.wait([t3, t4], return_when=asyncio.FIRST_EXCEPTION)
    print(done == {t3}, pending == {t4}, repr(t3.exception()))
    t4.cancel()
    t5 = asyncio.create_task(sleeper('w5', 0))
    done, pending = await asyncio.wait({t5})
    print(len(done), len(pending))
    for bad in ([], asyncio.sleep(0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        if asyncio.iscoroutine(bad):
            bad.close()
    try:
        await asyncio.wait([t5], return_when='bogus')
    except ValueError as e:
        print(e)
    c = sleeper('c', 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()


async def wait_for_cases():
    print(await asyncio.wait_for(sleeper('quick', 0), timeout=1))
    log = []
    try:
        await asyncio.wait_for(sleeper('slow', 10, log=log), timeout=0.01)
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__, log)
    try:
        await asyncio.wait_for(sleeper('zero', 10, log=log), timeout=0)
    except TimeoutError as e:
        print('TimeoutError at 0', log[-1])
    print(await asyncio.wait_for(sleeper('none', 0), None))
    t = asyncio.create_task(sleeper('done-first', 0))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(t, 0))


async def completing():
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in (('x', 0.06), ('y', 0.0), ('z', 0.03))]
    for f in asyncio.as_completed(tasks):
        print('as_completed', await f)
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in (('p', 0.03), ('q', 0.0))]
    async for t in asyncio.as_completed(tasks):
        print('async for', t.result(), t in tasks)
    slow = asyncio.create_task(sleeper('slow', 10))
    try:
        for f in asyncio.as_completed([slow], timeout=0.01):
            await f
    except TimeoutError:
        print('as_completed timed out')
    slow.cancel()
    c = asyncio.sleep(0)
    try:
        asyncio.as_completed(c)
    except TypeError as e:
        print(e)
    c.close()


async def shielding():
    log = []
    inner = asyncio.create_task(sleeper('shielded', 0.02, log=log))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', inner.cancelled())
    print(await inner, log)

    async def waiter():
        return await asyncio.shield(sleeper('s2', 0.01, log=log))
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('waiter cancelled')
    await asyncio.sleep(0.03)
    print(log)


async def eager():
    loop = asyncio.get_running_loop()
    order = []

    async def body(tag):
        order.append(f'{tag} start')
        await asyncio.sleep(0)
        order.append(f'{tag} end')
        return tag

    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(body('eager'))
    order.append('created')
    print(await t, order)

    async def immediate():
        return 'now'
    t = asyncio.create_task(immediate())
    print(t.done(), t.result())
    loop.set_task_factory(None)
    order.clear()
    t = asyncio.create_task(body('lazy'))
    order.append('created')
    await t
    print(order, loop.get_task_factory())


async def misc():
    async def named():
        return asyncio.current_task().get_name()
    print(await asyncio.create_task(named(), name='my-task'))
    t = asyncio.ensure_future(sleeper('ef', 0))
    print(type(t).__name__, await t, asyncio.ensure_future(t) is t)

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'awaited'
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print(e)
    print(await asyncio.sleep(0.001, result='slept'))
    try:
        await asyncio.sleep(float('nan'))
    except ValueError as e:
        print(e)

    async def selfwait():
        await asyncio.sleep(0)
        return await me
    me = asyncio.create_task(selfwait())
    try:
        await me
    except RuntimeError as e:
        print('RuntimeError', str(e).split(':')[0])

    @asyncio.coroutines.types.coroutine
    def bad_yield():
        yield 'not a future'
    async def uses_bad():
        await bad_yield()
    try:
        await asyncio.create_task(uses_bad())
    except RuntimeError as e:
        print(str(e).split(':')[0])


for part in (cancellation, gathering, waiting, wait_for_cases, completing, shielding, eager, misc):
    print(f'--- {part.__name__}')
    asyncio.run(part())
