class Tick:
    def __await__(self):
        return (yield "tick")

async def gen():
    try:
        yield 1
        await Tick()
        yield 2
    finally:
        print("cleanup: awaiting in finally")
        await Tick()
        print("cleanup done")

g = gen()
a1 = g.asend(None)
try:
    a1.send(None)
except StopIteration as e:
    print("got", e.value)
a2 = g.__anext__()
print("passthrough:", a2.send(None))
print("ag_running while awaiting:", g.ag_running, type(g.ag_await).__name__)
a3 = g.__anext__()
try:
    a3.send(None)
except RuntimeError as e:
    print(e)
try:
    a2.send("resumed")
except StopIteration as e:
    print("got", e.value)
c = g.aclose()
print("aclose passthrough:", c.send(None))
try:
    c.send(None)
except StopIteration:
    print("aclose finished")
print(g.ag_running, g.ag_suspended if hasattr(g, "ag_suspended") else "")
try:
    g.asend(None).send(None)
except StopAsyncIteration:
    print("after aclose: StopAsyncIteration")
g2 = gen()
try:
    g2.asend(5).send(None)
except TypeError as e:
    print(e)
g3 = gen()
t = g3.athrow(ValueError("early"))
try:
    t.send(None)
except ValueError as e:
    print("athrow on fresh:", e)
try:
    t.send(None)
except RuntimeError as e:
    print(e)
g4 = gen()
a4 = g4.athrow(ValueError)
try:
    a4.send(1)
except RuntimeError as e:
    print(e)
a4.close()
a5 = g.__anext__()
print(repr(gen())[:35], repr(a5)[:30])
a5.close()
async def ret():
    yield 1
    return
print(type(ret()).__name__)
async def co(): pass
x = co()
print(repr(x)[:23])
x.close()
print(x.cr_suspended, x.cr_running)
