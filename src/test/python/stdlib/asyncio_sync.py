# asyncio: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier, queues
import asyncio
import re


def clean(text):
    return re.sub(r'0x[0-9a-f]+', '0xADDR', text)


async def locks():
    lock = asyncio.Lock()
    print(clean(repr(lock)), lock.locked())
    order = []

    async def user(tag, hold):
        async with lock:
            order.append(f'{tag} in')
            await asyncio.sleep(hold)
            order.append(f'{tag} out')

    tasks = [asyncio.create_task(user(t, 0)) for t in 'abc']
    await asyncio.sleep(0)
    print(clean(repr(lock)))
    await asyncio.gather(*tasks)
    print(order)
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    # a cancelled waiter does not keep the lock
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    print('after cancel', lock.locked(), waiter.cancelled())
    print(await lock.acquire(), lock.locked())
    lock.release()


async def events():
    ev = asyncio.Event()
    print(clean(repr(ev)), ev.is_set())
    woke = []

    async def waiter(tag):
        r = await ev.wait()
        woke.append((tag, r))

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(clean(repr(ev)))
    ev.set()
    await asyncio.gather(*ts)
    print(woke, await ev.wait())
    ev.clear()
    print(ev.is_set())


async def conditions():
    cond = asyncio.Condition()
    print(clean(repr(cond)))
    items = []
    got = []

    async def consumer(tag):
        async with cond:
            await cond.wait_for(lambda: items)
            got.append((tag, items.pop(0)))

    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.extend(['x', 'y'])
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        items.append('z')
        cond.notify_all()
    await asyncio.gather(*cs)
    print(got)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with c2:
        print(shared.locked())


async def semaphores():
    sem = asyncio.Semaphore(2)
    print(clean(repr(sem)), sem.locked())
    active = []
    peak = 0

    async def job(i):
        nonlocal peak
        async with sem:
            active.append(i)
            peak = max(peak, len(active))
            await asyncio.sleep(0)
            active.remove(i)
        return i

    print(await asyncio.gather(*(job(i) for i in range(5))), 'peak', peak)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    print(clean(repr(bs)))
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    sem = asyncio.Semaphore(0)
    order = []

    async def take(tag):
        await sem.acquire()
        order.append(tag)

    ts = [asyncio.create_task(take(t)) for t in 'xyz']
    await asyncio.sleep(0)
    print(clean(repr(sem)))
    sem.release()
    sem.release()
    sem.release()
    await asyncio.gather(*ts)
    print(order)


async def barriers():
    barrier = asyncio.Barrier(3)
    print(clean(repr(barrier)), barrier.parties, barrier.n_waiting, barrier.broken)
    log = []

    async def party(tag):
        index = await barrier.wait()
        log.append((tag, index))

    ts = [asyncio.create_task(party(t)) for t in 'abc']
    await asyncio.sleep(0)
    print(clean(repr(barrier)))
    await asyncio.gather(*ts)
    print(sorted(log), clean(repr(barrier)))
    t = asyncio.create_task(party('lonely'))
    await asyncio.sleep(0)
    await barrier.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e, barrier.broken, clean(repr(barrier)))
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e)
    await barrier.reset()
    print(clean(repr(barrier)))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)


async def queues():
    q = asyncio.Queue(maxsize=2)
    print(clean(repr(q)), str(q), q.maxsize, q.empty(), q.full())
    await q.put(1)
    q.put_nowait(2)
    print(str(q), q.qsize(), q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull')
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    print(await q.get(), q.get_nowait())
    await putter
    print(await q.get(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')

    # producer/consumer with join and task_done
    q = asyncio.Queue()
    seen = []

    async def consumer(tag):
        while True:
            item = await q.get()
            seen.append((tag, item))
            await asyncio.sleep(0)
            q.task_done()

    workers = [asyncio.create_task(consumer(t)) for t in 'AB']
    for i in range(5):
        q.put_nowait(i)
    await q.join()
    print(seen)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print(e)

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in 'xyz':
        await lq.put(item)
    print([await lq.get() for _ in range(3)])

    # shutdown
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait('kept')
    q.shutdown()
    print(await getter, str(q))
    try:
        q.put_nowait('late')
    except asyncio.QueueShutDown:
        print('QueueShutDown on put')
    try:
        await q.get()
    except asyncio.QueueShutDown:
        print('QueueShutDown on get')
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    waiting = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    q.shutdown(immediate=True)
    await waiting
    print('joined after immediate shutdown', q.qsize())
    print(asyncio.Queue[int])


async def bound_elsewhere():
    return asyncio.Lock()


async def use_lock(lock):
    await lock.acquire()
    lock.release()
    return 'used'


for part in (locks, events, conditions, semaphores, barriers, queues):
    print(f'--- {part.__name__}')
    asyncio.run(part())

lock = asyncio.Lock()
print(asyncio.run(use_lock(lock)))
try:
    asyncio.run(use_lock(lock))
except RuntimeError as e:
    print(clean(str(e)))
