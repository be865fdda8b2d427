c = [(T := a) for __p in T]
class C1:
    def f2():
        for c in super(): pass
        if f1(__p):
            __p: int
        __p = ([c for c in y] + [(x := __p) for b in y])
        b = b
    nonlocal __p
    def f3[T]():
        del __p
        class C4:
            y += f0(c)
            def f5():
                __p = __p
                for c in y: pass
                return x
                c: T = __p
            type A6[p] = f1(c)
            nonlocal T
    class C7:
        b = [(b := (__p + T)) for __p in x]
        def f8[U](b):
            print((b + (lambda c, y: __p)))
            y += __p
            def f9(c, y):
                for a in __class__: pass
        type A10[c] = __class__
del b
def f11(c):
    del y
    for x in (a + a): pass
    class C12:
        print(f3([x for x in b for b in x]))
        type A13[y] = T
        b: [(x := __p) for __p in T] = f1(y)
        c = __p
    if super():
        c: int
