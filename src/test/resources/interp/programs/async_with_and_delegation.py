def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

class ACM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await Tick()
        return self.suppress

async def main():
    async with ACM("a") as x, ACM("b") as y:
        print("body", x, y)
    async with ACM("c", suppress=True):
        raise ValueError("suppressed")
    try:
        async with ACM("d"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", repr(e))
    class NoProto: pass
    try:
        async with NoProto(): pass
    except TypeError as e:
        print(e)
    class SyncOnly:
        def __enter__(self): return self
        def __exit__(self, *a): pass
    try:
        async with SyncOnly(): pass
    except TypeError as e:
        print(e)
    class BadEnter:
        def __aenter__(self): return 1
        async def __aexit__(self, *a): pass
    try:
        async with BadEnter(): pass
    except TypeError as e:
        print(e)
    class BadExit:
        async def __aenter__(self): return 1
        def __aexit__(self, *a): return 2
    try:
        async with BadExit(): pass
    except TypeError as e:
        print(e)
    return "ok"
print(run(main()))

# throw()/close() reach the sub-generator of yield from
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer end"
g = outer()
print(next(g), g.gi_yieldfrom.__name__)
print(g.throw(ValueError("v")))
print(next(g))
print(g.gi_yieldfrom)
g = outer()
next(g)
g.close()
print("closed", g.gi_suspended)
class Sub:
    def __iter__(self): return self
    def __next__(self): return "sub"
    def throw(self, *a):
        print("Sub.throw", a[0].__class__.__name__)
        raise StopIteration("from throw")
def deleg():
    r = yield from Sub()
    yield ("after", r)
g = deleg()
print(next(g), type(g.gi_yieldfrom).__name__)
print(g.throw(KeyError()))

# a coroutine awaiting another coroutine: throw reaches the innermost await
class Wait:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError:
            print("Wait saw KeyError")
            return "handled"
async def leaf():
    return await Wait()
async def root():
    return await leaf()
c = root()
print(c.send(None), type(c.cr_await).__name__, c.cr_await.cr_await.__class__.__name__)
try:
    c.throw(KeyError)
except StopIteration as e:
    print("root returned", e.value)
c = root()
c.send(None)
c.close()
print(c.cr_suspended, c.cr_await)
async def await_twice():
    async def slow():
        await Tick()
    co = slow()
    co.send(None)
    try:
        await co
    except RuntimeError as e:
        print(e)
    co.close()
run(await_twice())
