class C1:
    for c in (a + T): pass
    print(T)
    global y
    if a:
        a: int
print(((b + c) + T))
class C2[T]:
    for y in __class__: pass
    def f3(a, c):
        def f4():
            for x in __p: pass
        x = __class__
        x = f3(x)
    a += __class__
class C5[T]:
    def f6():
        class C7:
            type A8[y] = y
            y += (__p + a)
            type A9[a] = x
            def f10():
                for y in y: pass
                x = T
                if [a for __p in c for T in __p]:
                    x: int
                return a
    def f11():
        type A12[p] = a
        def f13(x):
            __p = y
        print(x)
    type A14[y] = y
