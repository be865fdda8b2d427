x = c
class C1[T]:
    __p += __class__
    def f2(a, y):
        class C3:
            type A4[c] = [x for y in __p]
            __p = x
            @x
            def f5():
                del y
                for c in f3(__p): pass
        global T
        del c
        del __p
