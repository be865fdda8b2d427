
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        r = yield ("sleep", self.n)
        return r

def run(coro):
    """A tiny event loop: drive one coroutine, answering every yielded request."""
    value = None
    steps = 0
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        value = f"woke{req[1]}"

async def child(x):
    r = await Sleep(x)
    return (x, r)

async def parent():
    a = await child(1)
    b = await child(2)
    return [a, b]

print(run(parent()))

c = parent()
print(type(c).__name__, c.cr_running, c.cr_code.co_name, c.cr_await)
print(c.send(None))
print(type(c.cr_await).__name__)
c.close()
print(c.cr_await)

async def failing():
    await Sleep(1)
    raise ValueError("boom")
c = failing()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("raised", e)

c = child(5)
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("thrown through", repr(e))

async def catcher():
    try:
        await Sleep(1)
    except KeyError:
        return "caught"
c = catcher(); c.send(None)
try:
    c.throw(KeyError)
except StopIteration as e:
    print("StopIteration", e.value)

async def simple(): return 1
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
c = simple()
try:
    c.send(1)
except TypeError as e:
    print(e)
c.close()
c = simple()
try:
    iter(c)
except TypeError as e:
    print(e)
c.close()

async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)

class BadAwait:
    def __await__(self): return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print(e)

def gen():
    yield 1
async def awaits_gen():
    await gen()
try:
    awaits_gen().send(None)
except TypeError as e:
    print(e)

async def nested_await():
    c = simple()
    await c
    await c
try:
    nested_await().send(None)
except RuntimeError as e:
    print(e)
