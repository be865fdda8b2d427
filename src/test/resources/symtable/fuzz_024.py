async def f1():
    b = await f2(y)
    b = [c async for y in T]
    return __p
    print((f3(y) + (lambda : c)))
    def f2():
        c: [(T := b) for c in y] = f1(T)
        class C3:
            print(__class__)
        type A4[c] = __class__
        if f3(b):
            T: int
