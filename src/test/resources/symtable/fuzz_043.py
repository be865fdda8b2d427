c = [(T := a) for __p in T]
class C1:
    def f2():
        T += (T + y)
        del c
        type A3[x] = __class__
    if c:
        c: int
    def f4(b, y):
        def f5(b: T):
            with __p as (T, y): pass
            from m import a
        c = a
        class C6:
            def f7():
                if (a + a):
                    x: int
                y += (lambda b, y: c)
                nonlocal T
            class C8:
                b = [(b := (__p + T)) for __p in x]
                x = b
                x = a
            print(b)
            del __p
    y = __p
print(__p)
async def f9(c, y):
    T = await f0(b)
    a = [b async for c in c]
    y = (f0(x) + f0(a))
    class C10:
        print(f3([x for x in b for b in x]))
        type A11[y] = T
        b: [(x := __p) for __p in T] = f1(y)
        c = __p
    if super():
        c: int
