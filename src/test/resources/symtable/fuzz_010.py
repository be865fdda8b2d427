def f1[T: x = T](a, x):
    async def f2[T: a = __p]():
        b = await b
        a = [y async for y in b]
        type A3[c] = {T for y in a}
        global b
del c
class C4:
    class C5[T]:
        T = __class__
        print(f2(__p))
        for c in [(y := __p) for a in a]: pass
    try: pass
    except E as x: y = 1
