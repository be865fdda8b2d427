def f1[T: x = x]():
    __p += a
    __p = y
    global a
    @a
    async def f2(a, y: a):
        a = await __p
        T = [a async for T in b]
        try: pass
        except E as y: __p = 1
        a = (f0(__p) + super())
b = f3(__p)
global x
