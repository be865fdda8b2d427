class Sleep:
    def __await__(self):
        return (yield "tick")

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

async def agen(n):
    for i in range(n):
        await Sleep()
        yield i
    print("agen done")

async def main():
    out = []
    async for x in agen(3):
        out.append(x)
    print("async for", out)
    print("comp", [x * 2 async for x in agen(3)])
    print("set comp", {x async for x in agen(2)}, {x: x async for x in agen(2)})
    print("filtered", [x async for x in agen(5) if x % 2])
    g = (x + 100 async for x in agen(2))
    print(type(g).__name__, [y async for y in g])
    it = aiter(agen(2))
    print(await anext(it), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    return "main done"
print(run(main()))

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally")

async def drive():
    g = echo()
    print(await g.asend(None), await g.asend("a"), await g.asend("b"))
    await g.aclose()
    try:
        await g.asend("c")
    except StopAsyncIteration:
        print("closed gen: StopAsyncIteration")
    g2 = echo()
    await g2.asend(None)
    try:
        await g2.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow propagated", e)
    async def catching():
        try:
            yield 1
        except KeyError:
            yield "caught"
    g3 = catching()
    print(await g3.__anext__())
    print(await g3.athrow(KeyError))
    async def ignoring():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g4 = ignoring()
    await g4.__anext__()
    try:
        await g4.aclose()
    except RuntimeError as e:
        print(e)
    g5 = agen(1)
    print(g5.ag_running, g5.ag_await, type(g5.ag_code).__name__, g5.__name__, g5.__qualname__)
    await g5.aclose()
    print(await g5.aclose())
    return "drive done"
print(run(drive()))

# manual driving of the awaitables
async def two():
    yield 1
    yield 2
g = two()
a = g.__anext__()
print(type(a).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print(e)
a = g.asend(None)
try:
    a.send(None)
except StopIteration as e:
    print("second", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")
print(hasattr(g, "send"), hasattr(g, "__next__"), hasattr(g, "__aiter__"))

class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def use_counter():
    return [i async for i in Counter(3)]
print(run(use_counter()))

async def errors():
    for obj in (1, object()):
        try:
            async for x in obj: pass
        except TypeError as e:
            print(e)
    class NoAnext:
        def __aiter__(self): return 5
    try:
        async for x in NoAnext(): pass
    except TypeError as e:
        print(e)
    class BadAnext:
        def __aiter__(self): return self
        def __anext__(self): return 5
    try:
        async for x in BadAnext(): pass
    except TypeError as e:
        print(e, "| cause:", e.__cause__)
    for f in (lambda: aiter(1), lambda: anext(1), lambda: aiter(NoAnext())):
        try:
            f()
        except TypeError as e:
            print(e)
print(run(errors()))

def sync_in_async():
    async def inner():
        yield 1
    try:
        for x in inner(): pass
    except TypeError as e:
        print(e)
sync_in_async()
