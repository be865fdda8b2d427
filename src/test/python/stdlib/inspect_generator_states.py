# inspect.getgeneratorstate / getcoroutinestate / getasyncgenstate and the *locals helpers
# through the life of a generator, a coroutine and an async generator.
import inspect
import types


def counter(limit):
    total = 0
    for i in range(limit):
        total += i
        print("  inside:", inspect.getgeneratorstate(current))
        yield total


current = counter(2)
print(inspect.getgeneratorstate(current), inspect.getgeneratorlocals(current))
next(current)
print(inspect.getgeneratorstate(current), inspect.getgeneratorlocals(current))
list(current)
print(inspect.getgeneratorstate(current), inspect.getgeneratorlocals(current))

closed = counter(5)
next(closed)
closed.close()
print("closed:", inspect.getgeneratorstate(closed))
try:
    inspect.getgeneratorlocals([1, 2])
except TypeError as e:
    print("TypeError", e)


@types.coroutine
def pause():
    yield


async def work(n):
    step = n * 2
    await pause()
    return step


coro = work(3)
print(inspect.getcoroutinestate(coro), inspect.getcoroutinelocals(coro))
coro.send(None)
print(inspect.getcoroutinestate(coro), inspect.getcoroutinelocals(coro))
try:
    coro.send(None)
except StopIteration as stop:
    print("returned", stop.value, inspect.getcoroutinestate(coro), inspect.getcoroutinelocals(coro))


async def agen():
    value = 1
    yield value


ag = agen()
print(inspect.getasyncgenstate(ag), inspect.getasyncgenlocals(ag))
try:
    ag.__anext__().send(None)
except StopIteration as stop:
    print("yielded", stop.value, inspect.getasyncgenstate(ag), inspect.getasyncgenlocals(ag))
print([name for name in ("GEN_CLOSED", "CORO_SUSPENDED", "AGEN_RUNNING") if name in inspect.__all__])
