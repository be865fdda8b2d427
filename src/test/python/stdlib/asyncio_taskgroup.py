# asyncio: TaskGroup (ExceptionGroup semantics), timeout/timeout_at/Timeout
import asyncio


def show(exc, indent=''):
    print(f'{indent}{type(exc).__name__}: {exc}')
    for sub in getattr(exc, 'exceptions', ()):
        show(sub, indent + '  ')


async def work(tag, delay, log, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f'{tag} cancelled')
        raise
    if fail is not None:
        log.append(f'{tag} fails')
        raise fail
    log.append(f'{tag} done')
    return tag


async def groups():
    log = []
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work('a', 0.01, log))
        b = tg.create_task(work('b', 0, log), name='bee')
        print(repr(tg), b.get_name())
    print('all done', a.result(), b.result(), log, repr(tg))

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('ok', 0, log))
            tg.create_task(work('bad', 0.01, log, ValueError('v')))
            tg.create_task(work('slow', 10, log))
            await asyncio.sleep(10)
            print('not reached')
    except* ValueError as eg:
        show(eg)
    print(log)

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('e1', 0, log, ValueError(1)))
            tg.create_task(work('e2', 0, log, TypeError(2)))
    except BaseExceptionGroup as eg:
        show(eg)
        print(sorted(type(e).__name__ for e in eg.exceptions))
    print(sorted(log))

    # the body raises: tasks are cancelled and the error joins the group
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('t', 10, log))
            await asyncio.sleep(0)
            raise KeyError('body')
    except ExceptionGroup as eg:
        show(eg)
    print(log)

    # nested groups
    log = []
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(work('deep', 0, log, OSError('deep')))
            outer.create_task(inner_group())
            outer.create_task(work('sibling', 10, log))
    except ExceptionGroup as eg:
        show(eg)
    print(log)


    # create_task in the wrong state
    tg = asyncio.TaskGroup()
    c = work('x', 0, log)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    async with tg:
        pass
    c = work('x', 0, log)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)


async def group_cancelled_from_outside():
    log = []
    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('child', 10, log))
            await asyncio.sleep(10)
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('runner cancelled', t.cancelled(), log)


async def timeouts():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(10) as cm:
        print(cm.expired(), type(cm).__name__, repr(cm).startswith('<Timeout [active] when='))
        await asyncio.sleep(0)
    print(cm.expired(), repr(cm))
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__, cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(loop.time() + 10)
        print(cm.when() > loop.time())
        cm.reschedule(None)
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print('timeout_at expired')
    # an already past deadline
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print('past deadline')
    # timeout around a swallowed cancellation: the exception gets a TimeoutError in its context
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                raise KeyError('after cancel')
    except KeyError as e:
        ctx = e.__context__
        print('KeyError', type(ctx).__name__, type(ctx.__context__).__name__)
    # nested: the inner one expires
    try:
        async with asyncio.timeout(10):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(10)
    except TimeoutError:
        print('inner expired', asyncio.current_task().cancelling())
    # outer cancellation is not turned into TimeoutError
    async def cancelled_inside():
        async with asyncio.timeout(10):
            await asyncio.sleep(10)
    t = asyncio.create_task(cancelled_inside())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled, not timeout')
    t = asyncio.Timeout(None)
    print(repr(t))
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print(e)
    async with t:
        pass
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print(e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print(e)
    # TaskGroup inside a timeout
    log = []
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(work('g1', 10, log))
                tg.create_task(work('g2', 10, log))
    except TimeoutError:
        print('group timed out', sorted(log))


for part in (groups, group_cancelled_from_outside, timeouts):
    print(f'--- {part.__name__}')
    asyncio.run(part())

