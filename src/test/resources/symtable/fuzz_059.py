def f1():
    def f2(x):
        a: __p = y
        def f3():
            T = f2(a)
            x = T
            return (lambda : (a + __p))
            def f4[T]():
                print(x)
                c = y
        c = f0((x + T))
        nonlocal a
