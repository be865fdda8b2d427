class Tick:
    def __await__(self):
        yield "tick"
async def gen():
    try:
        await Tick()
        yield 1
    except GeneratorExit:
        print("gen saw GeneratorExit")
        raise
    finally:
        print("gen finally")
g = gen()
a = g.asend(None)
print(a.send(None))
print(a.close())
print(g.ag_running)
try:
    g.asend(None).send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")
g2 = gen()
a2 = g2.__anext__()
a2.close()
try:
    a2.send(None)
except RuntimeError as e:
    print(e)
t = g2.athrow(ValueError)
t.close()
try:
    t.send(None)
except RuntimeError as e:
    print(e)
