async def f():
    await x
    async for a in b:
        async with c as d:
            pass
