import asyncio

async def fetch(x):
    await asyncio.sleep(0)
    return x

async def main():
    async with lock() as l:
        async for item in stream():
            r = await fetch(item)
    results = [await fetch(i) for i in range(3)]
    agen = (await fetch(i) for i in range(3))
    acomp = [i async for i in stream()]
    return results, agen, acomp, l, r

async def agen_func():
    yield 1
