y: __p = c
c: [(c := b) for __p in y] = b
def f1(b: b, x):
    print({a for x in {c for __p in x}})
    return [(lambda a, c: a) for __p in [(b := a) for c in y]]
    del b
    def f2(c, y):
        async def f3(a: x, y):
            x = await super()
            x = [a async for b in T]
            def f4[U: T = x](a: T, b: __p):
                type A5[T] = [(y := b) for x in __p]
                c = f3(b)
                from m import y
                return (lambda : (__p + b))
            T = (lambda x: (lambda a, x: y))
            a = T
        b: c = T
        class C6:
            try: pass
            except E as __p: __p = 1
            type A7[x] = c
b = b
