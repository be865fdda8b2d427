def f1():
    @c
    async def f2(x, y):
        T = await (b + y)
        a = [c async for a in c]
        def f3(a: c, c):
            def f4():
                if x:
                    b: int
                c = b
                c = (a + x)
            y += x
            type A5[T] = __class__
        with f1(a) as (x, __p): pass
