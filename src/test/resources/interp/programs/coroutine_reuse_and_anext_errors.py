# An exhausted coroutine refuses throw() as it refuses send(); a generator's except block does
# not leak the exception it saved into later resumptions; an __anext__ result whose __await__
# fails gives "invalid object from __anext__" caused by that failure.
import sys
import types


@types.coroutine
def pause():
    yield


async def produce():
    await pause()
    return "spam"


async def consume(coro):
    await pause()
    return await coro


shared = produce()
reader = consume(shared)
reader.send(None)
reader.send(None)
try:
    reader.throw(Exception("ham"))
except Exception as e:
    print("thrown through:", e)

reader = consume(shared)
reader.send(None)
for label, action in (("send", lambda: reader.send(None)), ("throw", lambda: reader.throw(Exception("wat")))):
    try:
        action()
    except RuntimeError as e:
        print(label, "->", e)


async def finished():
    return 1

coro = finished()
try:
    coro.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    coro.throw(KeyError("late"))
except RuntimeError as e:
    print("throw after return ->", e)
print("close after return:", coro.close())


def plain():
    yield

gen = plain()
next(gen)
gen.close()
try:
    gen.throw(KeyError("late"))
except KeyError as e:
    print("finished generator re-raises the thrown exception:", repr(e))


def leaves_handler():
    try:
        raise ValueError("inside")
    except ValueError:
        yield "in handler"
    print("  after the handler:", repr(sys.exception()))
    yield "after"


gen = leaves_handler()
try:
    raise IndexError("caller")
except IndexError:
    print(next(gen))
print(next(gen))
try:
    raise KeyError("another caller")
except KeyError:
    gen2 = leaves_handler()
    print(next(gen2))
    print(next(gen2))


class BrokenAwait:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


class NotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


async def loop_over(iterable):
    async for _ in iterable:
        pass

for iterable in (BrokenAwait(), NotAwaitable()):
    try:
        loop_over(iterable).send(None)
    except TypeError as e:
        print(e, "| cause:", type(e.__cause__).__name__)
