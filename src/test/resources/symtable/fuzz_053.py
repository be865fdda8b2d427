def f1[U]():
    print(__class__)
    def f2():
        global __p
        def f3(c):
            class C4[T]:
                a = f0(f3(c))
                print(__class__)
                y += f1(a)
            print(__p)
            with f3(a) as (__p, T): pass
            T = [(y := __p) for a in x]
    c: T = x
class C5:
    def f6(a):
        for y in f2(x): pass
        b = f2([(T := b) for y in x])
    class C7[T]:
        __p += f2(c)
        T = f1(f1(__p))
if (c + c):
    __p: int
