def f1():
    T += y
    class C2:
        T += (lambda __p, c: x)
        __p: f2(y) = {y for x in b}
        y = T
        def f3():
            with a as (a, c): pass
