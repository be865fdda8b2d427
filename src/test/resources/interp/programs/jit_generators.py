# Generators, coroutines and async generators as tier 2 compiles them (JitTest runs this with
# every code object compiled on its first run): resume points, send/throw/close, frames and
# states of suspended generators, yield inside try/with, yield from, await, async for/with.
import asyncio
import sys
import types


def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        else:
            i += 1
    return "done"


def states_and_frames():
    g = counter(3)
    print("created:", g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_frame.f_lineno)
    print("first:", next(g), g.gi_suspended, g.gi_frame.f_lineno)
    print("send 2:", g.send(2))
    try:
        g.send(None)
    except StopIteration as e:
        print("stop value:", e.value)
    print("finished frame:", g.gi_frame, g.gi_suspended)
    try:
        next(g)
    except StopIteration as e:
        print("again:", e.value)


def running_flag():
    g = None

    def inner():
        yield g.gi_running
        try:
            next(g)
        except ValueError as e:
            yield str(e)

    g = inner()
    print("running:", list(g))


def protected(log):
    try:
        yield 1
        yield 2
    except KeyError as e:
        log.append("caught " + repr(e))
        yield "after catch"
    finally:
        log.append("finally")


def throw_and_close():
    log = []
    g = protected(log)
    print(next(g))
    print(g.throw(KeyError("k")))
    try:
        next(g)
    except StopIteration:
        print("exhausted")
    print(log)
    log.clear()
    g = protected(log)
    next(g)
    g.close()
    print("closed:", log, g.gi_frame)
    g = protected(log)
    try:
        g.throw(ValueError("never started"))
    except ValueError as e:
        print("unstarted throw:", e, log)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def close_ignored():
    g = stubborn()
    next(g)
    try:
        g.close()
    except RuntimeError as e:
        print("RuntimeError:", e)


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        self.log.append("exit %s %s" % (self.name, exc[0].__name__ if exc[0] else None))
        return False


def with_yield(log):
    with Resource("a", log) as r:
        yield r.name
        with Resource("b", log):
            yield "inner"
    yield "out"


def with_blocks():
    log = []
    print(list(with_yield(log)), log)
    log = []
    g = with_yield(log)
    next(g)
    next(g)
    try:
        g.throw(OverflowError)
    except OverflowError:
        print("thrown through with:", log)


def leaf(n):
    for i in range(n):
        got = yield i
        if got:
            print("leaf got", got)
    return n * 10


def middle():
    result = yield from leaf(3)
    print("leaf returned", result)
    result = yield from [100, 200]
    print("list returned", result)
    return "middle done"


def delegation():
    g = middle()
    print(next(g), g.send("hello"), g.gi_yieldfrom is not None)
    print(list(g))
    g = middle()
    next(g)
    try:
        g.throw(IndexError("into leaf"))
    except IndexError as e:
        print("through yield from:", e)
    g = middle()
    next(g)
    g.close()
    print("closed delegation:", g.gi_frame)


def raises_stop():
    yield 1
    raise StopIteration("inside")


def errors():
    try:
        list(raises_stop())
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__cause__))
    def bad(n):
        yield n
        return 1 / n
    g = bad(0)
    next(g)
    try:
        next(g)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print("traceback line:", tb.tb_frame.f_code.co_name, tb.tb_lineno - bad.__code__.co_firstlineno)


def expressions():
    data = [3, 1, 4, 1, 5, 9, 2, 6]
    print(sum(x * x for x in data), max(x for x in data if x % 2 == 0))
    print([y for y in (x + 1 for x in range(5))])
    nested = (((i, j) for j in range(i)) for i in range(4))
    print([list(g) for g in nested])


def hot_generator(n):
    total = 0
    for i in range(n):
        total += i
        if i % 1000 == 0:
            yield total


def long_running():
    # one generator resumed many times (its loop's back edges make it hot)
    print(sum(hot_generator(100_000)))


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


class AsyncResource:
    def __init__(self, log):
        self.log = log

    async def __aenter__(self):
        self.log.append("aenter")
        return self

    async def __aexit__(self, *exc):
        self.log.append("aexit")
        return False


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print("ticker done")


async def coroutine_main():
    print("add:", await add(1, 2))
    log = []
    async with AsyncResource(log):
        log.append("body")
    print(log)
    print([i async for i in ticker(3)])
    results = await asyncio.gather(*(add(i, i) for i in range(4)))
    print("gathered:", results)
    agen = ticker(5)
    print("anext:", await agen.__anext__(), await anext(agen))
    await agen.aclose()
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.001)
    except TimeoutError:
        print("timed out")


@types.coroutine
def legacy():
    value = yield "legacy-step"
    return value


async def uses_legacy():
    return await legacy()


def drive_by_hand():
    c = uses_legacy()
    print(c.send(None), c.cr_await is not None)
    try:
        c.send("resumed")
    except StopIteration as e:
        print("legacy result:", e.value)
    c = add(1, 1)
    c.close()
    print("closed coroutine:", c.cr_frame)


states_and_frames()
running_flag()
throw_and_close()
close_ignored()
with_blocks()
delegation()
errors()
expressions()
long_running()
asyncio.run(coroutine_main())
drive_by_hand()
print(sys.getrecursionlimit() > 0)
