async def f():
    type X = await y
