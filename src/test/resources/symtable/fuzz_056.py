class C1:
    import m.c as x
    class C2:
        T = [__class__ for b in [(c := a) for a in x]]
        x = __p
        class C3:
            T = a
            global a
            nonlocal a
    def f4[U: a = T](a, c):
        def f5(c, x):
            a += __class__
            class C6[T]:
                b = y
                y = x
                type A7[y] = y
            y += (__p + a)
            return y
        for a in T: pass
        def f8[T](y):
            async def f9(c, y):
                c = await f2(a)
                x = [x async for T in x]
                try: pass
                except E as y: a = 1
                __p = y
                print(x)
                return [(y := [(c := c) for b in b]) for x in a]
            print((lambda b: [(a := T) for T in y]))
            c = f1((a + b))
            return c
        class C10:
            nonlocal __p
    class C11:
        def f12(c):
            def f13():
                a: __p = (lambda : a)
                print(y)
                a = c
                return super()
            y = T
        __p += (__p + a)
a: __class__ = [T for c in __p]
global b
a: [(x := c) for c in b] = f3(__p)
