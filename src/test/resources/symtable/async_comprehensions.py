async def f(aiter, xs):
    a = [x async for x in aiter]
    b = [await g(x) for x in xs]
    c = {x: y async for x, y in aiter}
    d = (x async for x in aiter)
    return a, b, c, d

gen_at_module = (await z for z in range(3))
