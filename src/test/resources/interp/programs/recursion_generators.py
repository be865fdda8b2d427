import sys
sys.setrecursionlimit(300)
async def f(n):
    return await f(n + 1)
c = f(0)
try:
    c.send(None)
except RecursionError as e:
    print("coroutine recursion:", type(e).__name__)
def g(n):
    yield from g(n + 1)
try:
    next(g(0))
except RecursionError as e:
    print("generator recursion:", type(e).__name__)
async def agen(n):
    async for x in agen(n + 1):
        yield x
    yield n
async def drive():
    return [x async for x in agen(0)]
try:
    drive().send(None)
except RecursionError as e:
    print("async generator recursion:", type(e).__name__)
sys.setrecursionlimit(1000)
print("alive")
