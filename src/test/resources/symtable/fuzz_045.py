x = c
class C1[T]:
    __p += __class__
    def f2(a, y):
        return (lambda y: (x + T))
        for y in [x for y in __p]: pass
        __p = x
        def f3():
            class C4:
                del y
                for c in f3(__p): pass
            global T
