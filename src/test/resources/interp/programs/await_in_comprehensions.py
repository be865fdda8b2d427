class V:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield "step"
        return self.v * 10
async def c():
    a = [await V(i) for i in range(3)]
    b = {i: await V(i) for i in range(2)}
    g = (await V(i) for i in range(2))
    c = [x async for x in g]
    lam = [v for v in [await V(7)]]
    return a, b, c, lam
co = c()
n = 0
try:
    while True:
        co.send(None); n += 1
except StopIteration as e:
    print(e.value, n)
